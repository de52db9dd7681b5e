#pragma once

#include "storage/DatabaseError.h"

#include <QSqlDatabase>

struct sqlite3;

namespace qundesk::raw {

// Thin helpers over the sqlite3 C API for the few places where QSqlQuery is the wrong tool:
// multi-statement migration scripts and bulk loads (QSQLITE converts every value to UTF-16
// and its execBatch is a row-by-row loop). Kept inside storage/.

sqlite3 *handle(const QSqlDatabase &db);

DatabaseError exec(sqlite3 *db, const char *sql);
DatabaseError queryInt(sqlite3 *db, const char *sql, int *out);

// Maps an SQLite result code and message to our error kinds.
DatabaseError errorFromCode(int code, const QString &message);

} // namespace qundesk::raw
