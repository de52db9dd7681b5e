#pragma once

#include "io/CsvReader.h"

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTimer;

namespace qundesk::ui {

struct ImportWizardState;

// Step 1: which file, how to read it and what to do with members already in the database.
// The file's head is read off the UI thread whenever the path or an override changes; the
// page shows what was detected (encoding, delimiter, columns) or why the file cannot be
// imported, and Next stays disabled until a readable file with a header is chosen.
class ImportWizardFilePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizardFilePage)

public:
    ImportWizardFilePage(ImportWizardState *state, QWidget *parent = nullptr);
    ~ImportWizardFilePage() override;

    // Chooses the file and reads its head (as picking it in the file dialog does).
    void setFile(const QString &path);
    // An override of the detected encoding (Auto, Utf8 or Gb18030) or delimiter (null = detect).
    void setEncoding(TextEncoding encoding);
    void setDelimiter(QChar delimiter);
    void setUpdateExisting(bool update);
    void setRejectsPath(const QString &path);

    // True while the file's head is being read.
    bool isLoading() const { return m_loading; }
    // What the page says about the file: what was detected, or why it cannot be imported.
    QString statusText() const;
    // The reason Next is disabled, empty when it is enabled.
    QString blockingReason() const;

    bool isComplete() const override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Loaded;

    void browse();
    void browseRejects();
    void load();
    void onLoaded(const Loaded &loaded, int generation);
    void onOverridesChanged();
    void updateDetectedLabels();
    void showStatus(const QString &text, bool problem);

    ImportWizardState *m_state;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QRadioButton *m_update = nullptr;
    QRadioButton *m_skip = nullptr;
    QLineEdit *m_rejects = nullptr;
    QPushButton *m_browseRejects = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_typingTimer = nullptr;

    CsvFormat m_detected;               // what auto-detection found for the current file
    bool m_hasDetected = false;
    QString m_loadedPath;
    QString m_defaultRejects;           // the default for the current file; kept in sync until edited
    QString m_problem;                  // why the current file cannot be imported
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace qundesk::ui
