#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QTableView;

namespace qundesk::ui {

class ImportWizardPreviewModel;
struct ImportWizardState;

// Step 3: the first rows as they would be stored, with the rows the import would reject marked
// and their reason (naming the column) in a column and a tooltip, and how many of the previewed
// rows are good and bad. Its Next button starts the import.
class ImportWizardPreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizardPreviewPage)

public:
    ImportWizardPreviewPage(ImportWizardState *state, QWidget *parent = nullptr);
    ~ImportWizardPreviewPage() override;

    void initializePage() override;

    ImportWizardPreviewModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QCheckBox *problemsOnlyBox() const { return m_problemsOnly; }
    QCheckBox *revealBox() const { return m_reveal; }
    // "Of the first 200 rows, 195 can be imported, 5 will be rejected." and what happens to duplicates.
    QString countsText() const;

private:
    void sizeColumns();

    ImportWizardState *m_state;
    ImportWizardPreviewModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_duplicates = nullptr;
    QCheckBox *m_problemsOnly = nullptr;
    QCheckBox *m_reveal = nullptr;
};

} // namespace qundesk::ui
