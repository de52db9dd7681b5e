#include "members/ImportWizardRunner.h"

#include "storage/Database.h"

#include <QElapsedTimer>
#include <QMutexLocker>
#include <QThread>

namespace qundesk::ui {

ImportWizardRunner::ImportWizardRunner(QObject *parent)
    : QObject(parent)
{
}

ImportWizardRunner::~ImportWizardRunner()
{
    cancel();
    wait();
    delete m_thread;   // finished, but its queued finished() never reached this object
}

bool ImportWizardRunner::start(const QString &databasePath, const QString &csvPath, const MemberImportOptions &options)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancelRequested.store(false);
    m_summary = MemberImportSummary();
    m_error = ImportError();
    m_thread = QThread::create([this, databasePath, csvPath, options] { work(databasePath, csvPath, options); });
    m_thread->setObjectName(QStringLiteral("member-import"));
    // Queued to this (UI) thread: the result is read after the worker wrote it.
    connect(m_thread, &QThread::finished, this, &ImportWizardRunner::onThreadFinished);
    m_thread->start();
    return true;
}

void ImportWizardRunner::cancel()
{
    m_cancelRequested.store(true);
    QMutexLocker lock(&m_importerLock);
    if (m_importer)
        m_importer->cancel();
}

void ImportWizardRunner::wait()
{
    if (m_thread)
        m_thread->wait();
}

void ImportWizardRunner::work(const QString &databasePath, const QString &csvPath, const MemberImportOptions &options)
{
    MemberImportSummary summary;
    ImportError error;
    {
        Database db;
        if (const DatabaseError err = db.open(databasePath, Database::Mode::NoMigrate)) {
            error = ImportError::make(ImportError::Kind::Database, err.message);
        } else {
            MemberImporter importer(db.connection());
            QElapsedTimer sinceReport;
            sinceReport.start();
            importer.setProgress([this, &sinceReport](qint64 rows, qint64 bytesDone, qint64 bytesTotal) {
                // The importer reports often; the bar needs a few updates a second, not a queue of thousands.
                if (sinceReport.elapsed() < ProgressIntervalMs && bytesDone < bytesTotal)
                    return;
                sinceReport.restart();
                emit progress(rows, bytesDone, bytesTotal);
            });
            {
                QMutexLocker lock(&m_importerLock);
                m_importer = &importer;
                if (m_cancelRequested.load())
                    importer.cancel();
            }
            error = importer.run(csvPath, options, &summary);
            QMutexLocker lock(&m_importerLock);
            m_importer = nullptr;
        }
    }
    m_summary = summary;
    m_error = error;
}

void ImportWizardRunner::onThreadFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    m_running = false;
    emit finished();
}

} // namespace qundesk::ui
