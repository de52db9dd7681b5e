#pragma once

#include "io/MemberImport.h"

#include <QMutex>
#include <QObject>

#include <atomic>

class QThread;

namespace qundesk::ui {

// Runs one member import on a worker QThread with a database connection of its own, so the
// window stays responsive while a million rows go in. The importer writes everything in one
// transaction: cancel() (from the UI thread, any time) ends it with the database unchanged.
class ImportWizardRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizardRunner)

public:
    explicit ImportWizardRunner(QObject *parent = nullptr);
    // Cancels a running import and waits for its rollback.
    ~ImportWizardRunner() override;

    // Starts importing csvPath into the database file at databasePath; false while one runs.
    bool start(const QString &databasePath, const QString &csvPath, const MemberImportOptions &options);
    void cancel();
    // Blocks until the worker has finished (for the destructor and tests).
    void wait();

    bool isRunning() const { return m_running; }
    bool wasCancelRequested() const { return m_cancelRequested.load(); }
    // Valid after finished().
    const MemberImportSummary &summary() const { return m_summary; }
    const ImportError &error() const { return m_error; }

signals:
    // Rows read so far and the share of the file read, at most every ProgressIntervalMs.
    void progress(qint64 rows, qint64 bytesDone, qint64 bytesTotal);
    // The import ended: committed (error() false), cancelled or failed.
    void finished();

private:
    static constexpr int ProgressIntervalMs = 80;

    void work(const QString &databasePath, const QString &csvPath, const MemberImportOptions &options);
    void onThreadFinished();

    QThread *m_thread = nullptr;
    bool m_running = false;
    std::atomic<bool> m_cancelRequested{false};
    // The importer of the running import, for cancel(); null before it exists and after it ended.
    QMutex m_importerLock;
    MemberImporter *m_importer = nullptr;
    // Written by the worker, read after its thread finished.
    MemberImportSummary m_summary;
    ImportError m_error;
};

} // namespace qundesk::ui
