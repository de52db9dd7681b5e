#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/RawSqlite.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <sqlite3.h>

namespace qundesk {

namespace {

quint32 bigEndian32(const QByteArray &b, int at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16)
           | (quint32(quint8(b[at + 2])) << 8) | quint32(quint8(b[at + 3]));
}

} // namespace

Database::Database()
{
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("qundesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("qundesk.db"));
}

DatabaseError Database::checkFileBeforeOpen(const QString &path) const
{
    using K = DatabaseError::Kind;
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!info.absoluteDir().exists())
            return DatabaseError::make(K::CannotOpen,
                QCoreApplication::translate("Database", "Cannot create the database %1: the folder %2 does not exist.").arg(path, info.absolutePath()));
        if (!QFileInfo(info.absolutePath()).isWritable())
            return DatabaseError::make(K::ReadOnly,
                QCoreApplication::translate("Database", "Cannot create the database %1: the folder %2 is not writable.").arg(path, info.absolutePath()));
        return {};
    }
    if (info.isDir())
        return DatabaseError::make(K::CannotOpen, QCoreApplication::translate("Database", "%1 is a folder, not a database file.").arg(path));
    if (!info.isReadable())
        return DatabaseError::make(K::CannotOpen, QCoreApplication::translate("Database", "The database %1 cannot be read: permission denied.").arg(path));
    if (!info.isWritable())
        return DatabaseError::make(K::ReadOnly,
            QCoreApplication::translate("Database", "The database %1 is read-only. QunDesk needs to write to it; make the file writable or open a copy.").arg(path));
    if (!QFileInfo(info.absolutePath()).isWritable())
        return DatabaseError::make(K::ReadOnly,
            QCoreApplication::translate("Database", "The folder %1 is not writable, and SQLite needs to create its journal files beside the database.").arg(info.absolutePath()));
    if (info.size() == 0)
        return {}; // an empty file becomes a new database

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return DatabaseError::make(K::CannotOpen, QCoreApplication::translate("Database", "The database %1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return DatabaseError::make(K::NotADatabase,
            QCoreApplication::translate("Database", "%1 is not a QunDesk database: it is not an SQLite file at all.").arg(path));
    if (header.size() < 100)
        return DatabaseError::make(K::Corrupt,
            QCoreApplication::translate("Database", "The database %1 is truncated: it ends inside its %2-byte header.").arg(path).arg(100));

    // The header records the page size and, when "version-valid-for" matches the change
    // counter, the page count: a file shorter than that lost its tail.
    quint32 pageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = bigEndian32(header, 28);
    const bool countValid = bigEndian32(header, 24) == bigEndian32(header, 92) && pageCount > 0;
    if (countValid && qint64(pageSize) * pageCount > info.size())
        return DatabaseError::make(K::Corrupt,
            QCoreApplication::translate("Database", "The database %1 is truncated: it should hold %2 bytes but has only %3. Restore it from a backup.")
                .arg(path).arg(qint64(pageSize) * pageCount).arg(info.size()));
    return {};
}

DatabaseError Database::open(const QString &path, Mode mode)
{
    using K = DatabaseError::Kind;
    close();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return DatabaseError::make(K::CannotOpen,
            QCoreApplication::translate("Database", "The Qt SQLite driver is not installed (package libqt6sql6-sqlite)."));
    if (auto err = checkFileBeforeOpen(path))
        return err;

    const bool existed = QFileInfo::exists(path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!db.open()) {
            const DatabaseError err = errorFrom(db.lastError(), path);
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            if (!existed)
                QFile::remove(path);
            return err;
        }
    }
    m_path = path;

    sqlite3 *h = raw::handle(connection());
    if (!h) {
        close();
        return DatabaseError::make(K::CannotOpen, QCoreApplication::translate("Database", "The Qt SQLite driver did not expose its handle."));
    }

    // Identify the file before changing anything in it (journal_mode=WAL rewrites the header).
    int appId = 0;
    int version = 0;
    int objects = 0;
    DatabaseError err = raw::queryInt(h, "SELECT count(*) FROM sqlite_master", &objects);
    if (!err)
        err = raw::queryInt(h, "PRAGMA application_id", &appId);
    if (!err)
        err = raw::queryInt(h, "PRAGMA user_version", &version);
    if (err) {
        err.message = QCoreApplication::translate("Database", "Cannot read %1: %2").arg(path, err.message);
        close();
        return err;
    }
    if (objects > 0 && appId != ApplicationId) {
        close();
        return DatabaseError::make(K::NotQunDesk,
            QCoreApplication::translate("Database", "%1 is an SQLite database made by another program, not by QunDesk. It was not changed.").arg(path));
    }
    const int latest = Migrations::latestVersion();
    if (version > latest) {
        close();
        return DatabaseError::make(K::TooNew,
            QCoreApplication::translate("Database", "%1 was made by a newer QunDesk (schema version %2); this QunDesk understands schema versions up to %3. "
               "The file was not changed; update QunDesk to open it.").arg(path).arg(version).arg(latest));
    }
    if (mode == Mode::NoMigrate && version != latest) {
        close();
        return DatabaseError::make(K::Query,
            QCoreApplication::translate("Database", "%1 has schema version %2 but %3 is needed; open it in QunDesk first.").arg(path).arg(version).arg(latest));
    }

    if ((err = configure())) {
        close();
        return err;
    }
    if (mode == Mode::Migrate && (err = Migrations::apply(h))) {
        close();
        return err;
    }
    return {};
}

DatabaseError Database::configure()
{
    sqlite3 *h = raw::handle(connection());
    const char *pragmas[] = {
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = NORMAL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA cache_size = -32768", // 32 MiB of page cache per connection
    };
    for (const char *pragma : pragmas) {
        if (auto err = raw::exec(h, pragma)) {
            err.message = QCoreApplication::translate("Database", "Cannot configure %1: %2").arg(m_path, err.message);
            return err;
        }
    }
    sqlite3_busy_timeout(h, BusyTimeoutMs);
    return {};
}

void Database::close()
{
    if (m_path.isNull() && !QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

DatabaseError Database::errorFrom(const QSqlError &error, const QString &context)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    DatabaseError err = raw::errorFromCode(ok ? code : SQLITE_ERROR, text);
    if (!err)
        err = DatabaseError::make(DatabaseError::Kind::Query, text);
    if (!context.isEmpty())
        err.message = context + QStringLiteral(": ") + err.message;
    return err;
}

} // namespace qundesk
