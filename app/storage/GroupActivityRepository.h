#pragma once

#include "analytics/Lifecycle.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace qundesk {

// The activity figures of one live group up to a day, as the lifecycle engine reads them.
struct GroupActivity
{
    qint64 groupId = 0;
    QString name;
    GroupStatus status = GroupStatus::Active;
    QDate createdOn;
    QDate filledOn;
    int members = 0;                // memberships open at the end of the day
    int active7d = 0;               // distinct members with a non join/leave event, today-6 .. today
    qint64 messages7d = 0;          // message and reply events, today-6 .. today
    qint64 messagesPrev7d = 0;      // the same, today-13 .. today-7
    QList<DayActivity> days;        // days[0] = today, days[i] = i days before; historyDays long

    // The engine's input with the trailing days below the floor counted (never more days than
    // the group has existed).
    LifecycleInput lifecycleInput(const QDate &today, const LifecycleThresholds &thresholds) const;
};

// Aggregates over events and memberships per group, all groups at once. Every figure comes from
// GROUP BY queries over index ranges (events_group_time, memberships_group): no event is loaded.
class GroupActivityRepository final
{
    Q_DECLARE_TR_FUNCTIONS(GroupActivityRepository)

public:
    static constexpr int DefaultHistoryDays = 30;

    explicit GroupActivityRepository(const QSqlDatabase &db) : m_db(db) {}

    // Every group live at the end of `today` (archived and dissolved ones have no stage), ordered
    // by id, with status Active. Events, memberships and status changes after the end of `today`
    // are ignored, so a past day can be evaluated: a group dissolved since then is live on that
    // day, with the members it had then. For the real today this is every active group.
    DatabaseError activeGroups(const QDate &today, QList<GroupActivity> *out,
                               int historyDays = DefaultHistoryDays);
    // The same figures, with `days` filled only as far back as the lifecycle engine reads them
    // under `thresholds`: today for every group, the whole history only for the groups below the
    // floor today (for the others days[1..] stay zero). lifecycleInput() gives the same result
    // as with activeGroups(), and on a large database it reads a day of events instead of a month.
    DatabaseError activeGroupsForLifecycle(const QDate &today, const LifecycleThresholds &thresholds,
                                           QList<GroupActivity> *out, int historyDays = DefaultHistoryDays);

private:
    DatabaseError readGroups(const QDate &today, int historyDays, QList<GroupActivity> *out);
    DatabaseError readDays(const QDate &today, int fromAgo, int toAgo, const QList<qint64> &only,
                           QList<GroupActivity> *rows);

    QSqlDatabase m_db;
};

} // namespace qundesk
