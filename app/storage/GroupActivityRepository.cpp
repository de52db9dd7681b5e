#include "storage/GroupActivityRepository.h"

#include "storage/ActivityRollups.h"
#include "storage/Query.h"

#include <QHash>

namespace qundesk {

namespace {

// Event times are stored as "yyyy-MM-dd HH:mm:ss", so a day's start compares as its date text.
QString dayStart(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

// Chat volume (group_days.messages) is what members write: message and reply events. Check-ins,
// games and purchases count as activity, not messages.
const QString NotActivityKinds = QStringLiteral("('join', 'leave')");
// A group was live at the end of a day when it is active now or left operation (archived or
// dissolved, both only reachable from active in practice) after that day. A group restored
// later counts as live for the days it spent archived: the table keeps only the last change.
const QString LiveAtEnd = QStringLiteral(
    "(g.status = 'active' OR (g.status_changed_at IS NOT NULL AND g.status_changed_at >= :ends))");

} // namespace

LifecycleInput GroupActivity::lifecycleInput(const QDate &today, const LifecycleThresholds &thresholds) const
{
    LifecycleInput in;
    in.status = status;
    in.createdOn = createdOn;
    in.filledOn = filledOn;
    in.today = today;
    in.members = members;
    in.active7d = active7d;
    in.messages7d = messages7d;
    in.messagesPrev7d = messagesPrev7d;
    in.daysBelowFloor = trailingDaysBelowFloor(days, members, thresholds);
    // Days before the group existed were not quiet days of this group.
    if (createdOn.isValid() && createdOn <= today)
        in.daysBelowFloor = std::min<qint64>(in.daysBelowFloor, createdOn.daysTo(today) + 1);
    return in;
}

DatabaseError GroupActivityRepository::readGroups(const QDate &today, int historyDays, QList<GroupActivity> *out)
{
    const QString end = dayStart(today.addDays(1));
    const QString from7 = dayStart(today.addDays(-6));
    const QString from14 = dayStart(today.addDays(-13));

    // Messages come from the group_days rollup (migration 4). Members and 7-day active members
    // come from the rollups too when the day is today with no activity recorded after it: the
    // open memberships and their last activity are then exactly the state at the end of the
    // day. For a past day they are counted from the raw rows as of its end (joined before it,
    // not yet left; distinct members with events in the window).
    bool noLaterActivity = false;
    if (auto err = ActivityRollups(m_db).lastActivityCoversDay(today, &noLaterActivity))
        return err;
    const bool current = today >= QDate::currentDate() && noLaterActivity;
    const QString members = current
        ? QStringLiteral("g.member_count")
        : QStringLiteral("(SELECT COUNT(*) FROM memberships m WHERE m.group_id = g.id"
                         " AND m.joined_at < :endm AND (m.left_at IS NULL OR m.left_at >= :endl))");
    const QString active = current
        ? QStringLiteral("(SELECT COUNT(*) FROM memberships m WHERE m.group_id = g.id AND m.left_at IS NULL"
                         " AND m.last_active_at >= :from7a AND m.last_active_at < :enda)")
        : QStringLiteral("(SELECT COUNT(DISTINCT e.member_id) FROM events e WHERE e.group_id = g.id"
                         " AND e.occurred_at >= :from7a AND e.occurred_at < :enda AND e.kind NOT IN %1)")
              .arg(NotActivityKinds);
    Query q(m_db, QStringLiteral(
        "SELECT g.id, g.name, g.created_on, g.filled_on, %1, %2,"
        " (SELECT coalesce(SUM(d.messages), 0) FROM group_days d WHERE d.group_id = g.id"
        "    AND d.day >= :from7b AND d.day < :endb),"
        " (SELECT coalesce(SUM(d.messages), 0) FROM group_days d WHERE d.group_id = g.id"
        "    AND d.day >= :from14 AND d.day < :from7c)"
        " FROM chat_groups g WHERE %3 ORDER BY g.id").arg(members, active, LiveAtEnd));
    if (!current)
        q.bind(QStringLiteral(":endm"), end).bind(QStringLiteral(":endl"), end);
    q.bind(QStringLiteral(":ends"), end)
        .bind(QStringLiteral(":from7a"), from7).bind(QStringLiteral(":enda"), end)
        .bind(QStringLiteral(":from7b"), from7).bind(QStringLiteral(":endb"), end)
        .bind(QStringLiteral(":from14"), from14).bind(QStringLiteral(":from7c"), from7);
    if (auto err = q.exec(tr("compute the activity of the groups")))
        return err;
    QList<GroupActivity> rows;
    while (q.next()) {
        GroupActivity a;
        a.groupId = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.createdOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        a.filledOn = q.value(3).isNull() ? QDate() : QDate::fromString(q.value(3).toString(), Qt::ISODate);
        a.members = q.value(4).toInt();
        a.active7d = q.value(5).toInt();
        a.messages7d = q.value(6).toLongLong();
        a.messagesPrev7d = q.value(7).toLongLong();
        a.days = QList<DayActivity>(historyDays);
        rows.append(a);
    }
    *out = std::move(rows);
    return {};
}

// Per group and day over [from, to] (days counted back from `today`): a few thousand groups ×
// some small rows. `only` empty: every group live at the end of `today`; else just those ids.
DatabaseError GroupActivityRepository::readDays(const QDate &today, int fromAgo, int toAgo,
                                                const QList<qint64> &only, QList<GroupActivity> *rows)
{
    QHash<qint64, qsizetype> rowOf;
    for (qsizetype i = 0; i < rows->size(); ++i)
        rowOf.insert(rows->at(i).groupId, i);
    QString groups = QStringLiteral("WHERE %1").arg(LiveAtEnd);
    if (!only.isEmpty()) {
        // Ids are integers from the database: listing them inline is safe and lets SQLite walk
        // exactly those groups' index ranges.
        QStringList ids;
        ids.reserve(only.size());
        for (qint64 id : only)
            ids.append(QString::number(id));
        groups = QStringLiteral("WHERE g.id IN (%1)").arg(ids.join(u','));
    }
    // The group_days rollup holds exactly these figures per group and day (migration 4).
    Query d(m_db, QStringLiteral(
        "SELECT d.group_id, d.day, d.messages, d.active_members"
        " FROM chat_groups g %2 group_days d ON d.group_id = g.id AND d.day >= :from AND d.day < :end %1")
        // For a few listed groups, CROSS JOIN pins the walk to their primary-key ranges.
        .arg(groups, only.isEmpty() ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN")));
    d.bind(QStringLiteral(":from"), dayStart(today.addDays(-toAgo)))
        .bind(QStringLiteral(":end"), dayStart(today.addDays(1 - fromAgo)));
    if (only.isEmpty())
        d.bind(QStringLiteral(":ends"), dayStart(today.addDays(1)));
    if (auto err = d.exec(tr("compute the daily activity of the groups")))
        return err;
    while (d.next()) {
        const auto it = rowOf.constFind(d.value(0).toLongLong());
        if (it == rowOf.cend())
            continue;
        const QDate day = QDate::fromString(d.value(1).toString(), Qt::ISODate);
        const qint64 ago = day.isValid() ? day.daysTo(today) : -1;
        GroupActivity &row = (*rows)[*it];
        if (ago < fromAgo || ago > toAgo || ago >= row.days.size())
            continue;
        DayActivity &slot = row.days[ago];
        slot.messages = d.value(2).toLongLong();
        slot.activeMembers = d.value(3).toInt();
    }
    return {};
}

DatabaseError GroupActivityRepository::activeGroups(const QDate &today, QList<GroupActivity> *out, int historyDays)
{
    historyDays = std::max(historyDays, 14);
    QList<GroupActivity> rows;
    if (auto err = readGroups(today, historyDays, &rows))
        return err;
    if (auto err = readDays(today, 0, historyDays - 1, {}, &rows))
        return err;
    *out = std::move(rows);
    return {};
}

DatabaseError GroupActivityRepository::activeGroupsForLifecycle(const QDate &today, const LifecycleThresholds &thresholds,
                                                                QList<GroupActivity> *out, int historyDays)
{
    historyDays = std::max(historyDays, 14);
    QList<GroupActivity> rows;
    if (auto err = readGroups(today, historyDays, &rows))
        return err;
    // Today for every group; the earlier days only for the groups below the floor today, whose
    // quiet streak the engine counts back. One day of events instead of a month for most groups.
    if (auto err = readDays(today, 0, 0, {}, &rows))
        return err;
    QList<qint64> quiet;
    for (const GroupActivity &a : std::as_const(rows)) {
        if (isBelowFloor(a.days.value(0), a.members, thresholds))
            quiet.append(a.groupId);
    }
    if (!quiet.isEmpty() && historyDays > 1) {
        if (auto err = readDays(today, 1, historyDays - 1, quiet, &rows))
            return err;
    }
    *out = std::move(rows);
    return {};
}

} // namespace qundesk
