#include "storage/GroupTrendRepository.h"

#include "storage/Query.h"

namespace qundesk {

namespace {

// Times are stored as "yyyy-MM-dd HH:mm:ss", so a day's start compares as its date text.
QString dayStart(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

const QString MessageKinds = QStringLiteral("('message', 'reply')");
const QString NotActivityKinds = QStringLiteral("('join', 'leave')");

} // namespace

DatabaseError GroupTrendRepository::daily(qint64 groupId, const QDate &from, const QDate &to, QList<GroupDay> *out)
{
    out->clear();
    if (!from.isValid() || !to.isValid() || from > to)
        return {};
    QList<GroupDay> days(from.daysTo(to) + 1);
    for (qsizetype i = 0; i < days.size(); ++i)
        days[i].day = from.addDays(i);
    const auto slot = [&](const QVariant &dayText) -> GroupDay * {
        const qint64 i = from.daysTo(QDate::fromString(dayText.toString(), Qt::ISODate));
        return i >= 0 && i < days.size() ? &days[i] : nullptr;
    };

    // Closed and open memberships of the group are one range of memberships_group; the leave
    // half is even a range on (group_id, left_at).
    Query m(m_db, QStringLiteral(
        "SELECT 0, substr(joined_at, 1, 10) AS day, count(*) FROM memberships"
        " WHERE group_id = :g1 AND joined_at >= :from1 AND joined_at < :end1 GROUP BY day"
        " UNION ALL "
        "SELECT 1, substr(left_at, 1, 10) AS day, count(*) FROM memberships"
        " WHERE group_id = :g2 AND left_at >= :from2 AND left_at < :end2 GROUP BY day"));
    const QString start = dayStart(from);
    const QString end = dayStart(to.addDays(1));
    m.bind(QStringLiteral(":g1"), groupId).bind(QStringLiteral(":from1"), start).bind(QStringLiteral(":end1"), end)
        .bind(QStringLiteral(":g2"), groupId).bind(QStringLiteral(":from2"), start).bind(QStringLiteral(":end2"), end);
    if (auto err = m.exec(tr("count the joins and leaves of group %1").arg(groupId)))
        return err;
    while (m.next()) {
        if (GroupDay *d = slot(m.value(1))) {
            if (m.value(0).toInt() == 0)
                d->joins = m.value(2).toInt();
            else
                d->leaves = m.value(2).toInt();
        }
    }

    Query e(m_db, QStringLiteral(
        "SELECT substr(occurred_at, 1, 10) AS day, count(*) FROM events"
        " WHERE group_id = :g AND occurred_at >= :from AND occurred_at < :end AND kind IN %1"
        " GROUP BY day").arg(MessageKinds));
    e.bind(QStringLiteral(":g"), groupId).bind(QStringLiteral(":from"), start).bind(QStringLiteral(":end"), end);
    if (auto err = e.exec(tr("count the messages of group %1").arg(groupId)))
        return err;
    while (e.next()) {
        if (GroupDay *d = slot(e.value(0)))
            d->messages = e.value(1).toLongLong();
    }
    *out = std::move(days);
    return {};
}

DatabaseError GroupTrendRepository::activity(qint64 groupId, const QDate &today, GroupActivity *out, int historyDays)
{
    historyDays = std::max(historyDays, 14);
    const QString end = dayStart(today.addDays(1));
    const QString from7 = dayStart(today.addDays(-6));
    const QString from14 = dayStart(today.addDays(-13));
    const QString fromHistory = dayStart(today.addDays(1 - historyDays));

    Query q(m_db, QStringLiteral(
        "SELECT g.id, g.name, g.status, g.created_on, g.filled_on,"
        " (SELECT COUNT(*) FROM memberships m WHERE m.group_id = g.id AND m.left_at IS NULL),"
        " (SELECT COUNT(DISTINCT e.member_id) FROM events e WHERE e.group_id = g.id"
        "    AND e.occurred_at >= :from7a AND e.occurred_at < :enda AND e.kind NOT IN %1),"
        " (SELECT COUNT(*) FROM events e WHERE e.group_id = g.id"
        "    AND e.occurred_at >= :from7b AND e.occurred_at < :endb AND e.kind IN %2),"
        " (SELECT COUNT(*) FROM events e WHERE e.group_id = g.id"
        "    AND e.occurred_at >= :from14 AND e.occurred_at < :from7c AND e.kind IN %2)"
        " FROM chat_groups g WHERE g.id = :id").arg(NotActivityKinds, MessageKinds));
    q.bind(QStringLiteral(":from7a"), from7).bind(QStringLiteral(":enda"), end)
        .bind(QStringLiteral(":from7b"), from7).bind(QStringLiteral(":endb"), end)
        .bind(QStringLiteral(":from14"), from14).bind(QStringLiteral(":from7c"), from7)
        .bind(QStringLiteral(":id"), groupId);
    if (auto err = q.exec(tr("compute the activity of group %1").arg(groupId)))
        return err;
    if (!q.next())
        return DatabaseError::make(DatabaseError::Kind::NotFound, tr("Group %1 does not exist.").arg(groupId));
    GroupActivity a;
    a.groupId = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.status = groupStatusFromCode(q.value(2).toString()).value_or(GroupStatus::Active);
    a.createdOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    a.filledOn = q.value(4).isNull() ? QDate() : QDate::fromString(q.value(4).toString(), Qt::ISODate);
    a.members = q.value(5).toInt();
    a.active7d = q.value(6).toInt();
    a.messages7d = q.value(7).toLongLong();
    a.messagesPrev7d = q.value(8).toLongLong();
    a.days = QList<DayActivity>(historyDays);

    Query d(m_db, QStringLiteral(
        "SELECT substr(e.occurred_at, 1, 10) AS day, SUM(e.kind IN %2),"
        " COUNT(DISTINCT CASE WHEN e.kind NOT IN %1 THEN e.member_id END)"
        " FROM events e WHERE e.group_id = :id AND e.occurred_at >= :from AND e.occurred_at < :end"
        " GROUP BY day").arg(NotActivityKinds, MessageKinds));
    d.bind(QStringLiteral(":id"), groupId).bind(QStringLiteral(":from"), fromHistory).bind(QStringLiteral(":end"), end);
    if (auto err = d.exec(tr("compute the daily activity of group %1").arg(groupId)))
        return err;
    while (d.next()) {
        const QDate day = QDate::fromString(d.value(0).toString(), Qt::ISODate);
        const qint64 ago = day.isValid() ? day.daysTo(today) : -1;
        if (ago < 0 || ago >= historyDays)
            continue;
        a.days[ago].messages = d.value(1).toLongLong();
        a.days[ago].activeMembers = d.value(2).toInt();
    }
    *out = std::move(a);
    return {};
}

} // namespace qundesk
