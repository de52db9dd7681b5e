#pragma once

#include "storage/DatabaseError.h"

#include <QSqlDatabase>
#include <QString>

namespace qundesk {

// One open QunDesk database on one thread. Each instance owns its own named QSqlDatabase
// connection, so a worker thread opens its own Database on the same file. The connection is
// configured for WAL, foreign keys, synchronous=NORMAL and a busy timeout, and the schema is
// migrated to the version this build knows before open() returns.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    static constexpr int BusyTimeoutMs = 5000;
    static constexpr int ApplicationId = 1364545092; // 'QUND' in PRAGMA application_id

    enum class Mode {
        Migrate,    // the normal mode: create or upgrade the schema
        NoMigrate   // open as is (the file must already be current); used by readers on worker threads
    };

    Database();
    ~Database();

    // Opens (creating if absent) and migrates. On failure the file is left as it was and the
    // returned error says why in words a user understands.
    DatabaseError open(const QString &path, Mode mode = Mode::Migrate);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const;

    // Default location: AppDataLocation/qundesk.db (the folder is created on demand).
    static QString defaultPath();

    // Classifies the last error of a query or connection into a DatabaseError with context.
    static DatabaseError errorFrom(const class QSqlError &error, const QString &context);

private:
    DatabaseError checkFileBeforeOpen(const QString &path) const;
    DatabaseError configure();

    QString m_connectionName;
    QString m_path;
};

} // namespace qundesk
