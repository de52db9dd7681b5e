#pragma once

#include "storage/DatabaseError.h"
#include "storage/GroupActivityRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace qundesk {

// One calendar day of one group, as the group profile charts it.
struct GroupDay
{
    QDate day;
    int joins = 0;          // memberships that started that day
    int leaves = 0;         // memberships that ended that day (left, removed, moved, dissolved)
    qint64 messages = 0;    // message and reply events
};

// Day-by-day figures of a single group. Joins and leaves come from the memberships table, which
// every path records (MembershipRepository::join/leave, dissolve, imports); join/leave events
// exist only where an import or the demo wrote them (the demo writes both, and they agree day
// for day). Messages come from events. Every figure is a GROUP BY over one index range
// (memberships_group, events_group_time), so no row is loaded.
class GroupTrendRepository final
{
    Q_DECLARE_TR_FUNCTIONS(GroupTrendRepository)

public:
    explicit GroupTrendRepository(const QSqlDatabase &db) : m_db(db) {}

    // One row per day from `from` to `to`, both inclusive, oldest first; days without events
    // have zeros. An empty or reversed range yields no rows.
    DatabaseError daily(qint64 groupId, const QDate &from, const QDate &to, QList<GroupDay> *out);

    // The lifecycle figures of one group up to `today`, the same as GroupActivityRepository
    // computes for all active groups at once, for screens that show a single group. Unlike
    // activeGroups it also answers for archived and dissolved groups (assessLifecycle gives
    // them no stage).
    DatabaseError activity(qint64 groupId, const QDate &today, GroupActivity *out,
                           int historyDays = GroupActivityRepository::DefaultHistoryDays);

private:
    QSqlDatabase m_db;
};

} // namespace qundesk
