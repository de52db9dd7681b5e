#include "storage/RawSqlite.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace qundesk::raw {

sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

DatabaseError errorFromCode(int code, const QString &message)
{
    using K = DatabaseError::Kind;
    switch (code & 0xff) {
    case SQLITE_OK:
    case SQLITE_DONE:
    case SQLITE_ROW:
        return {};
    case SQLITE_CONSTRAINT:
        return DatabaseError::make(K::Constraint, message);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return DatabaseError::make(K::Locked,
            QCoreApplication::translate("Database", "The database is busy: another program is writing to it (%1). Try again in a moment.").arg(message));
    case SQLITE_CORRUPT:
        return DatabaseError::make(K::Corrupt,
            QCoreApplication::translate("Database", "The database file is damaged (%1). Restore it from a backup.").arg(message));
    case SQLITE_NOTADB:
        return DatabaseError::make(K::NotADatabase,
            QCoreApplication::translate("Database", "The file is not an SQLite database (%1).").arg(message));
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return DatabaseError::make(K::ReadOnly,
            QCoreApplication::translate("Database", "The database cannot be written (%1).").arg(message));
    case SQLITE_CANTOPEN:
        return DatabaseError::make(K::CannotOpen,
            QCoreApplication::translate("Database", "The database file cannot be opened (%1).").arg(message));
    default:
        return DatabaseError::make(K::Query, message);
    }
}

DatabaseError exec(sqlite3 *db, const char *sql)
{
    char *msg = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &msg);
    const QString text = msg ? QString::fromUtf8(msg) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(msg);
    return errorFromCode(rc, text);
}

DatabaseError queryInt(sqlite3 *db, const char *sql, int *out)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW)
            *out = sqlite3_column_int(stmt, 0);
    }
    const QString text = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    return errorFromCode(rc, text);
}

} // namespace qundesk::raw
