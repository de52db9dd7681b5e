#pragma once

#include <QDate>
#include <QJsonObject>

namespace qundesk {
class Database;
}

namespace qundesk::cli {

class Cli;

// The members table's figures for `bench`: for each filter and sort, the first page (200 rows)
// as the table asks for it, next to the sqlite3 shell running the same SELECT ... LIMIT 200,
// and the capped and exact counts. Prints a table, or adds "member_filters" to *json when given.
// Searches and samples come from the database itself (its first channel, tag, biggest group).
void benchMembers(Cli &cli, Database &db, int runs, const QDate &today, QJsonObject *json = nullptr);

} // namespace qundesk::cli
