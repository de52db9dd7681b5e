#pragma once

#include <QElapsedTimer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QWidget;

namespace qundesk::ui {

class ImportWizardRunner;
struct ImportWizardState;

// Step 4: the import itself. A progress bar with the rows read and the share of the file, a
// Cancel that stops the worker and leaves the database as it was, then the summary: rows,
// inserted, updated, skipped, rejected, the first rejected rows with their line and reason, and
// a button that opens the rejects file's folder. After a cancel or a failure "Try again" runs
// the same import once more.
class ImportWizardRunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizardRunPage)

public:
    enum Outcome { NotStarted, Running, Committed, Cancelled, Failed };
    enum Figure { RowsFigure, InsertedFigure, UpdatedFigure, SkippedFigure, RejectedFigure, FigureCount };
    enum RejectColumn { RejectLine, RejectColumnName, RejectValue, RejectReason, RejectColumnCount };

    ImportWizardRunPage(ImportWizardState *state, const QString &databasePath, QWidget *parent = nullptr);
    ~ImportWizardRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

    void startImport();
    // Asks the worker to stop; the outcome becomes Cancelled once it has rolled back.
    void cancelImport();
    bool isRunning() const { return m_outcome == Running; }
    Outcome outcome() const { return m_outcome; }
    ImportWizardRunner *runner() const { return m_runner; }

    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    QTableWidget *rejectsTable() const { return m_rejects; }
    // The summary as shown (one line per figure) or the reason the import did not happen.
    QString resultText() const;
    // One figure of the summary as shown ("1,234").
    QString figureText(Figure figure) const;

signals:
    // The worker ended (committed, cancelled or failed): outcome() says which.
    void importFinished();

private:
    void onProgress(qint64 rows, qint64 bytesDone, qint64 bytesTotal);
    void onFinished();
    void showSummary();
    void openRejectsFolder();

    ImportWizardState *m_state;
    QString m_databasePath;
    ImportWizardRunner *m_runner = nullptr;
    Outcome m_outcome = NotStarted;
    double m_bytesPerRow = 0;
    QElapsedTimer m_clock;

    QLabel *m_phase = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_rows = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_result = nullptr;
    QWidget *m_summary = nullptr;
    QLabel *m_figures[FigureCount] = {};
    QLabel *m_details = nullptr;
    QLabel *m_rejectsFile = nullptr;
    QPushButton *m_openFolder = nullptr;
    QLabel *m_rejectsTitle = nullptr;
    QTableWidget *m_rejects = nullptr;
};

} // namespace qundesk::ui
