#pragma once

#include "storage/DatabaseError.h"

#include <QByteArray>
#include <QList>

#include <span>

struct sqlite3;

namespace qundesk::bulk {

// Helpers shared by the bulk loads (DemoWriter, MemberImportWriter): triggers that are slow row
// by row are dropped for the load and created again from their own SQL afterwards, inside the
// load's transaction, so a rollback restores them.

// Runs a one-column query and collects its rows as UTF-8.
DatabaseError selectColumn(sqlite3 *h, const QByteArray &sql, QList<QByteArray> *out);

// Drops the named triggers when every one of them exists, appending their CREATE statements to
// `created` so they can be run again; when any is missing, drops none. `dropped` says which.
DatabaseError dropAllOrNone(sqlite3 *handle, std::span<const char *const> names, QList<QByteArray> *created,
                            bool *dropped);

// The member_search row of members, as the search triggers write it: the SELECT's columns are
// (rowid, display_name, group_nickname, platform_id, phone, tags); append a WHERE on `m`.
extern const char MemberSearchInsertSelect[];
// The triggers that write member_search rows on insert (MemberSearchInsertSelect replaces them).
std::span<const char *const> memberSearchInsertTriggers();

} // namespace qundesk::bulk
