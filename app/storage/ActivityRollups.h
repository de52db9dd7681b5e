#pragma once

#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

#include <span>

namespace qundesk {

// The activity rollups of migration 4 (chat_groups.member_count, group_days,
// memberships.last_active_at), migration 5 (members.last_active_at) and migration 6 (member_days,
// the KOC score's input), which triggers keep current row by row. A bulk load suspends
// those triggers and rebuilds the rollups once at the end with the same statements; check()
// compares every rollup with the raw rows it summarises.
class ActivityRollups final
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRollups)

public:
    // The triggers that keep the rollups, for a bulk load to drop and create again.
    static std::span<const char *const> triggerNames();
    // Statements that recompute every rollup from memberships and events, in order.
    static std::span<const char *const> rebuildStatements();

    explicit ActivityRollups(const QSqlDatabase &db) : m_db(db) {}

    // Whether no event lies after the end of `day`: then memberships.last_active_at, which knows
    // only each member's latest activity, answers "active in a window ending that day" exactly.
    DatabaseError lastActivityCoversDay(const QDate &day, bool *out);

    // Recomputes every rollup in one transaction.
    DatabaseError rebuild();
    // Each disagreement in words ("group 12, 2026-11-20: messages 40 in the rollup, 41 in the
    // events"); empty when the rollups match the raw rows. At most `limit` problems are listed.
    DatabaseError check(QStringList *problems, int limit = 20);

private:
    QSqlDatabase m_db;
};

} // namespace qundesk
