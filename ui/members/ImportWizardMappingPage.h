#pragma once

#include "io/MemberImport.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace qundesk::ui {

struct ImportWizardState;

// Step 2: which member field each column of the file fills. One row per column with its header,
// a few sample values and a combo box, preset from the header (姓名, 微信号, 手机号, Phone …,
// unknown headers are ignored). Next stays disabled, with the reason shown, while a required
// field has no column or a field has two.
class ImportWizardMappingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizardMappingPage)

public:
    enum Column { FileColumn, SamplesColumn, FieldColumn, ColumnCount };
    static constexpr int SampleCount = 3;

    ImportWizardMappingPage(ImportWizardState *state, QWidget *parent = nullptr);
    ~ImportWizardMappingPage() override;

    // The display name and the platform ID: a member cannot be stored without them.
    static bool isRequired(MemberField field);
    // Why `mapping` cannot be imported (a required field unmapped, a field mapped twice), in
    // words; empty when it can.
    static QString mappingProblem(const QStringList &header, const QList<MemberField> &mapping);

    void initializePage() override;
    bool isComplete() const override;

    // Maps the file's column `column` (0-based) to `field`, as choosing it in the combo does.
    void setField(int column, MemberField field);
    QComboBox *fieldCombo(int column) const;
    QTableWidget *table() const { return m_table; }
    // The reason Next is disabled, empty when it is enabled.
    QString blockingReason() const;

private:
    void rebuild();
    void onFieldChosen(int column);
    void resetToGuess();
    void updateSamples(int column);
    void updateStatus();

    ImportWizardState *m_state;
    QTableWidget *m_table = nullptr;
    QLabel *m_required = nullptr;
    QLabel *m_status = nullptr;
    QString m_problem;
};

} // namespace qundesk::ui
