#include "storage/CalendarConflictRepository.h"

#include "storage/ContentStorageDetail.h"
#include "storage/Query.h"
#include "storage/SettingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace qundesk {

namespace {

// Group ids as a JSON array for json_each, so any number of groups binds as one parameter.
QString idArray(const QSet<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

const QString entrySelect = QStringLiteral(
    "SELECT e.id, e.group_id, e.scheduled_at, e.status, coalesce(e.kind, ci.kind, st.kind), "
    "coalesce(e.sop_application_id, 0), coalesce(nullif(trim(e.title), ''), ci.title) "
    "FROM schedule_entries e "
    "LEFT JOIN content_items ci ON ci.id = e.content_item_id "
    "LEFT JOIN sop_steps st ON st.id = e.sop_step_id "
    "WHERE e.scheduled_at >= :from AND e.scheduled_at < :to");

ConflictEntry readEntry(const Query &q)
{
    ConflictEntry e;
    e.id = q.value(0).toLongLong();
    e.groupId = q.value(1).toLongLong();
    e.scheduledAt = sqltext::dateTimeFrom(q.value(2));
    e.status = scheduleStatusFromCode(q.value(3).toString()).value_or(ScheduleStatus::Planned);
    if (!q.value(4).isNull())
        e.kind = contentKindFromCode(q.value(4).toString());
    e.sopApplicationId = q.value(5).toLongLong();
    e.title = q.value(6).toString();
    return e;
}

} // namespace

DatabaseError CalendarConflictRepository::facts(const QSet<qint64> &groupIds, ConflictFacts *out)
{
    ConflictFacts facts;
    if (auto err = SettingsRepository(m_db).calendarRules(&facts.rules))
        return err;
    Query timeSlots(m_db, QStringLiteral("SELECT slot_time, max_posts FROM time_slots"));
    if (auto err = timeSlots.exec(tr("read the time slots")))
        return err;
    while (timeSlots.next()) {
        const QTime t = sqltext::timeFrom(timeSlots.value(0));
        if (t.isValid())
            facts.slotMaxPosts.insert(t.hour() * 60 + t.minute(), timeSlots.value(1).toInt());
    }
    if (!groupIds.isEmpty()) {
        Query q(m_db, QStringLiteral("SELECT id, name, status FROM chat_groups "
                                     "WHERE id IN (SELECT value FROM json_each(:ids))"));
        q.bind(QStringLiteral(":ids"), idArray(groupIds));
        if (auto err = q.exec(tr("read the groups of the calendar")))
            return err;
        while (q.next()) {
            ConflictGroup g;
            g.id = q.value(0).toLongLong();
            g.name = q.value(1).toString();
            g.status = groupStatusFromCode(q.value(2).toString()).value_or(GroupStatus::Active);
            facts.groups.insert(g.id, g);
        }
    }
    *out = std::move(facts);
    return {};
}

DatabaseError CalendarConflictRepository::entries(const QDate &from, const QDate &to, qint64 groupId,
                                                  QList<ConflictEntry> *out)
{
    out->clear();
    if (!from.isValid() || !to.isValid() || to < from)
        return {};
    Query q(m_db, entrySelect + (groupId > 0 ? QStringLiteral(" AND e.group_id = :group") : QString())
                      + QStringLiteral(" ORDER BY e.scheduled_at, e.id"));
    q.bind(QStringLiteral(":from"), sqltext::dayStart(from))
        .bind(QStringLiteral(":to"), sqltext::dayStart(to.addDays(1)));
    if (groupId > 0)
        q.bind(QStringLiteral(":group"), groupId);
    if (auto err = q.exec(tr("read the calendar from %1 to %2").arg(sqltext::date(from), sqltext::date(to))))
        return err;
    while (q.next())
        out->append(readEntry(q));
    return {};
}

DatabaseError CalendarConflictRepository::entriesOfGroups(const QDate &from, const QDate &to,
                                                          const QSet<qint64> &groupIds, QList<ConflictEntry> *out)
{
    out->clear();
    if (groupIds.isEmpty())
        return {};
    Query q(m_db, entrySelect
                      + QStringLiteral(" AND e.group_id IN (SELECT value FROM json_each(:ids)) "
                                       "ORDER BY e.scheduled_at, e.id"));
    q.bind(QStringLiteral(":from"), sqltext::dayStart(from))
        .bind(QStringLiteral(":to"), sqltext::dayStart(to.addDays(1)))
        .bind(QStringLiteral(":ids"), idArray(groupIds));
    if (auto err = q.exec(tr("read the calendar of %n group(s)", nullptr, int(groupIds.size()))))
        return err;
    while (q.next())
        out->append(readEntry(q));
    return {};
}

DatabaseError CalendarConflictRepository::check(const QDate &from, const QDate &to, qint64 groupId,
                                                QList<CalendarConflict> *out)
{
    QList<ConflictEntry> stored;
    if (auto err = entries(from, to, groupId, &stored))
        return err;
    QSet<qint64> groups;
    for (const ConflictEntry &e : stored)
        groups.insert(e.groupId);
    ConflictFacts facts;
    if (auto err = this->facts(groups, &facts))
        return err;
    *out = findCalendarConflicts(stored, facts);
    return {};
}

DatabaseError CalendarConflictRepository::checkProposed(const QList<ConflictEntry> &proposed,
                                                        QList<CalendarConflict> *out)
{
    out->clear();
    QSet<qint64> groups;
    QSet<qint64> replaced;
    QList<qint64> proposedIds;
    QDate from;
    QDate to;
    for (const ConflictEntry &e : proposed) {
        if (!e.scheduledAt.isValid())
            continue;
        groups.insert(e.groupId);
        proposedIds.append(e.id);
        if (e.id > 0)
            replaced.insert(e.id);
        const QDate day = e.scheduledAt.date();
        from = from.isValid() ? std::min(from, day) : day;
        to = to.isValid() ? std::max(to, day) : day;
    }
    if (groups.isEmpty())
        return {};
    // Only the days of proposed entries matter, but one range query over their span is simpler
    // and cheap (an SOP plan spans at most a month); rules bucket by day anyway.
    QList<ConflictEntry> all;
    if (auto err = entriesOfGroups(from, to, groups, &all))
        return err;
    all.erase(std::remove_if(all.begin(), all.end(), [&](const ConflictEntry &e) { return replaced.contains(e.id); }),
              all.end());
    for (const ConflictEntry &e : proposed) {
        if (e.scheduledAt.isValid())
            all.append(e);
    }
    ConflictFacts facts;
    if (auto err = this->facts(groups, &facts))
        return err;
    *out = conflictsInvolving(findCalendarConflicts(all, facts), proposedIds);
    return {};
}

} // namespace qundesk
