#include "storage/ScheduleRepository.h"

#include "storage/AuditRepository.h"
#include "storage/ContentStorageDetail.h"
#include "storage/Query.h"
#include "storage/SqlTransaction.h"

#include <QJsonArray>

#include <algorithm>

namespace qundesk {

namespace {

using K = DatabaseError::Kind;

const QString entryFields = QStringLiteral(
    "e.id, e.content_item_id, e.group_id, e.scheduled_at, e.title, e.body, e.status, e.done_at, e.operator_id, "
    "e.sop_application_id, e.sop_step_id");
constexpr int EntryFieldCount = 11;

ScheduleEntry readEntry(const Query &q)
{
    ScheduleEntry e;
    e.id = q.value(0).toLongLong();
    e.contentItemId = q.value(1).toLongLong();
    e.groupId = q.value(2).toLongLong();
    e.scheduledAt = sqltext::dateTimeFrom(q.value(3));
    e.title = q.value(4).toString();
    e.body = q.value(5).toString();
    e.status = scheduleStatusFromCode(q.value(6).toString()).value_or(ScheduleStatus::Planned);
    e.doneAt = sqltext::dateTimeFrom(q.value(7));
    e.operatorId = q.value(8).toLongLong();
    e.sopApplicationId = q.value(9).toLongLong();
    e.sopStepId = q.value(10).toLongLong();
    return e;
}

// The calendar's joins and filter, shared by the listing and its aggregates. The slot join
// compares the 'HH:MM' part of scheduled_at with the slot's time.
const QString calendarJoins
    = QStringLiteral(" FROM schedule_entries e "
                     "JOIN chat_groups g ON g.id = e.group_id "
                     "LEFT JOIN content_items ci ON ci.id = e.content_item_id "
                     "LEFT JOIN content_columns cc ON cc.id = ci.column_id "
                     "LEFT JOIN sop_steps st ON st.id = e.sop_step_id "
                     "LEFT JOIN time_slots ts ON ts.slot_time = substr(e.scheduled_at, 12, 5) ");

QString calendarWhere(const ScheduleFilter &filter)
{
    QString sql = QStringLiteral("WHERE e.scheduled_at >= :from AND e.scheduled_at < :to");
    if (filter.groupId > 0)
        sql += QStringLiteral(" AND e.group_id = :group");
    if (filter.operatorId > 0)
        sql += QStringLiteral(" AND e.operator_id = :operator");
    if (filter.status)
        sql += QStringLiteral(" AND e.status = :status");
    if (filter.tierId > 0)
        sql += QStringLiteral(" AND g.tier_id = :tier");
    if (filter.teamId > 0)
        sql += QStringLiteral(" AND g.team_id = :team");
    if (filter.columnId > 0)
        sql += QStringLiteral(" AND ci.column_id = :column");
    return sql;
}

void bindCalendarWhere(Query &q, const QDate &from, const QDate &to, const ScheduleFilter &filter)
{
    q.bind(QStringLiteral(":from"), sqltext::dayStart(from))
        .bind(QStringLiteral(":to"), sqltext::dayStart(to.addDays(1)));
    if (filter.groupId > 0)
        q.bind(QStringLiteral(":group"), filter.groupId);
    if (filter.operatorId > 0)
        q.bind(QStringLiteral(":operator"), filter.operatorId);
    if (filter.status)
        q.bind(QStringLiteral(":status"), scheduleStatusCode(*filter.status));
    if (filter.tierId > 0)
        q.bind(QStringLiteral(":tier"), filter.tierId);
    if (filter.teamId > 0)
        q.bind(QStringLiteral(":team"), filter.teamId);
    if (filter.columnId > 0)
        q.bind(QStringLiteral(":column"), filter.columnId);
}

std::optional<ContentKind> kindFrom(const QVariant &v)
{
    return v.isNull() ? std::nullopt : contentKindFromCode(v.toString());
}

} // namespace

DatabaseError ScheduleRepository::groupChoice(qint64 groupId, GroupChoice *out)
{
    Query q(m_db, QStringLiteral("SELECT id, name, purpose FROM chat_groups WHERE id = :id"));
    q.bind(QStringLiteral(":id"), groupId);
    if (auto err = q.exec(tr("look up group")))
        return err;
    if (!q.next())
        return DatabaseError::make(K::NotFound, tr("Group #%1 does not exist.").arg(groupId));
    *out = { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() };
    return {};
}

DatabaseError ScheduleRepository::listGroupChoices(QList<GroupChoice> *out, const QString &nameContains, int limit)
{
    const QString text = nameContains.trimmed();
    QString sql = QStringLiteral("SELECT id, name, purpose FROM chat_groups WHERE status <> 'dissolved'");
    if (!text.isEmpty())
        sql += QStringLiteral(" AND instr(lower(name), lower(:text)) > 0");
    sql += QStringLiteral(" ORDER BY name, id LIMIT :limit");
    Query q(m_db, sql);
    if (!text.isEmpty())
        q.bind(QStringLiteral(":text"), text);
    q.bind(QStringLiteral(":limit"), limit > 0 ? limit : -1);
    if (auto err = q.exec(tr("list groups")))
        return err;
    out->clear();
    while (q.next())
        out->append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() });
    return {};
}

DatabaseError ScheduleRepository::insertInTransaction(const ScheduleEntry &e, qint64 *id)
{
    GroupChoice group;
    if (auto err = groupChoice(e.groupId, &group))
        return err;
    if (e.contentItemId > 0) {
        Query q(m_db, QStringLiteral("SELECT 1 FROM content_items WHERE id = :id"));
        q.bind(QStringLiteral(":id"), e.contentItemId);
        if (auto err = q.exec(tr("look up content item")))
            return err;
        if (!q.next())
            return DatabaseError::make(K::NotFound, tr("Content item #%1 does not exist.").arg(e.contentItemId));
    } else if (e.title.trimmed().isEmpty()) {
        return DatabaseError::make(
            K::Constraint, tr("An entry for “%1” needs a title when it has no content item.").arg(group.name));
    }
    if (!e.scheduledAt.isValid())
        return DatabaseError::make(K::Constraint, tr("An entry for “%1” needs a date and time.").arg(group.name));

    QDateTime doneAt = e.doneAt;
    if (e.status == ScheduleStatus::Done && !doneAt.isValid())
        doneAt = e.scheduledAt;
    Query q(m_db,
        QStringLiteral(
            "INSERT INTO schedule_entries (content_item_id, group_id, scheduled_at, title, body, status, done_at, "
            "operator_id, sop_application_id, sop_step_id) "
            "VALUES (:content, :group, :at, :title, :body, :status, :done, "
            "coalesce(:operator, (SELECT operator_id FROM chat_groups WHERE id = :group)), :application, :step)"));
    q.bindId(QStringLiteral(":content"), e.contentItemId)
        .bind(QStringLiteral(":group"), e.groupId)
        .bind(QStringLiteral(":at"), sqltext::dateTime(e.scheduledAt))
        .bindText(QStringLiteral(":title"), e.title.trimmed().isEmpty() ? QString() : e.title.trimmed())
        .bindText(QStringLiteral(":body"), e.body.isEmpty() ? QString() : e.body)
        .bind(QStringLiteral(":status"), scheduleStatusCode(e.status))
        .bindText(
            QStringLiteral(":done"), e.status == ScheduleStatus::Done ? sqltext::dateTimeOrNull(doneAt) : QString())
        .bindId(QStringLiteral(":operator"), e.operatorId)
        .bindId(QStringLiteral(":application"), e.sopApplicationId)
        .bindId(QStringLiteral(":step"), e.sopStepId);
    if (auto err = q.exec(tr("schedule “%1” for “%2”").arg(e.title, group.name)))
        return err;
    if (id)
        *id = q.lastInsertId();
    return {};
}

DatabaseError ScheduleRepository::create(const ScheduleEntry &entry, qint64 *id)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    qint64 newId = 0;
    if (auto err = insertInTransaction(entry, &newId))
        return err;
    ScheduleEntry after;
    if (auto err = this->entry(newId, &after))
        return err;
    if (auto err = AuditRepository(m_db).record(
            QStringLiteral("create"), QStringLiteral("schedule_entry"), newId, {}, after.toJson()))
        return err;
    if (auto err = tx.commit())
        return err;
    if (id)
        *id = newId;
    return {};
}

DatabaseError ScheduleRepository::entry(qint64 id, ScheduleEntry *out)
{
    Query q(
        m_db, QStringLiteral("SELECT ") + entryFields + QStringLiteral(" FROM schedule_entries e WHERE e.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("read schedule entry")))
        return err;
    if (!q.next())
        return DatabaseError::make(K::NotFound, tr("Schedule entry #%1 does not exist.").arg(id));
    *out = readEntry(q);
    return {};
}

DatabaseError ScheduleRepository::list(
    const QDate &from, const QDate &to, const ScheduleFilter &filter, QList<ScheduleRow> *out)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        out->clear();
        return {};
    }
    const QString sql = QStringLiteral("SELECT ") + entryFields
        + QStringLiteral(", g.name, ci.title, coalesce(e.kind, ci.kind, st.kind), ci.column_id, cc.name, ts.label")
        + calendarJoins + calendarWhere(filter) + QStringLiteral(" ORDER BY e.scheduled_at, g.name, e.id");
    Query q(m_db, sql);
    bindCalendarWhere(q, from, to, filter);
    if (auto err = q.exec(tr("list the calendar from %1 to %2").arg(sqltext::date(from), sqltext::date(to))))
        return err;
    QList<ScheduleRow> rows;
    while (q.next()) {
        ScheduleRow row;
        row.entry = readEntry(q);
        row.groupName = q.value(EntryFieldCount).toString();
        row.contentTitle = q.value(EntryFieldCount + 1).toString();
        row.kind = kindFrom(q.value(EntryFieldCount + 2));
        row.columnId = q.value(EntryFieldCount + 3).toLongLong();
        row.columnName = q.value(EntryFieldCount + 4).toString();
        row.slotLabel = q.value(EntryFieldCount + 5).toString();
        rows.append(row);
    }
    *out = std::move(rows);
    return {};
}

DatabaseError ScheduleRepository::listChips(
    const QDate &from, const QDate &to, const ScheduleFilter &filter, QList<CalendarChip> *out)
{
    out->clear();
    if (!from.isValid() || !to.isValid() || to < from)
        return {};
    // One row per visible chip: the entry's own title wins over its content item's, as in
    // ScheduleRow::displayTitle(). min(g.name) names a chip's single group without a second query.
    const QString sql
        = QStringLiteral("SELECT substr(e.scheduled_at, 1, 10) AS day, substr(e.scheduled_at, 12, 5) AS hm, "
                         "coalesce(nullif(trim(e.title), ''), ci.title) AS shown, coalesce(e.kind, ci.kind, st.kind) AS k, "
                         "ci.column_id AS col, min(cc.name), min(cc.color), min(ts.label), count(*), "
                         "count(DISTINCT e.group_id), min(g.name), sum(e.status = 'done'), "
                         "count(e.sop_application_id), group_concat(e.id)")
        + calendarJoins + calendarWhere(filter)
        + QStringLiteral(" GROUP BY day, hm, shown, k, col ORDER BY day, hm, count(*) DESC, shown, min(e.id)");
    Query q(m_db, sql);
    bindCalendarWhere(q, from, to, filter);
    if (auto err = q.exec(tr("list the calendar from %1 to %2").arg(sqltext::date(from), sqltext::date(to))))
        return err;
    QList<CalendarChip> chips;
    while (q.next()) {
        CalendarChip c;
        c.day = sqltext::dateFrom(q.value(0));
        c.time = sqltext::timeFrom(q.value(1));
        c.title = q.value(2).toString();
        c.kind = kindFrom(q.value(3));
        c.columnId = q.value(4).toLongLong();
        c.columnName = q.value(5).toString();
        c.columnColor = q.value(6).toString();
        c.slotLabel = q.value(7).toString();
        c.entryCount = q.value(8).toInt();
        c.groupCount = q.value(9).toInt();
        c.groupName = q.value(10).toString();
        c.doneCount = q.value(11).toInt();
        c.sopCount = q.value(12).toInt();
        const QStringList ids = q.value(13).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        c.entryIds.reserve(ids.size());
        for (const QString &id : ids)
            c.entryIds.append(id.toLongLong());
        std::sort(c.entryIds.begin(), c.entryIds.end());
        chips.append(std::move(c));
    }
    *out = std::move(chips);
    return {};
}

DatabaseError ScheduleRepository::countPerDayAndKind(
    const QDate &from, const QDate &to, const ScheduleFilter &filter, QList<CalendarDayCount> *out)
{
    out->clear();
    if (!from.isValid() || !to.isValid() || to < from)
        return {};
    const QString sql = QStringLiteral("SELECT substr(e.scheduled_at, 1, 10) AS day, coalesce(e.kind, ci.kind, st.kind) AS k, "
                                       "count(*), sum(e.status = 'done')")
        + calendarJoins + calendarWhere(filter) + QStringLiteral(" GROUP BY day, k ORDER BY day, count(*) DESC, k");
    Query q(m_db, sql);
    bindCalendarWhere(q, from, to, filter);
    if (auto err = q.exec(tr("count the calendar from %1 to %2").arg(sqltext::date(from), sqltext::date(to))))
        return err;
    while (q.next())
        out->append({ sqltext::dateFrom(q.value(0)), kindFrom(q.value(1)), q.value(2).toInt(), q.value(3).toInt() });
    return {};
}

DatabaseError ScheduleRepository::groupNamesOf(const QList<qint64> &entryIds, int limit, QStringList *names, int *total)
{
    names->clear();
    if (total)
        *total = 0;
    if (entryIds.isEmpty())
        return {};
    // The ids go in as one bound text and are split by SQLite (json_each), so a chip of
    // thousands of entries is still a single statement with a single parameter.
    QString list = QStringLiteral("[");
    list.reserve(int(entryIds.size()) * 8);
    for (qint64 id : entryIds) {
        if (list.size() > 1)
            list += QLatin1Char(',');
        list += QString::number(id);
    }
    list += QLatin1Char(']');
    Query q(m_db,
        QStringLiteral("SELECT DISTINCT g.name FROM schedule_entries e JOIN chat_groups g ON g.id = e.group_id "
                       "WHERE e.id IN (SELECT value FROM json_each(:ids)) ORDER BY g.name"));
    q.bind(QStringLiteral(":ids"), list);
    if (auto err = q.exec(tr("list the groups of %n entries", nullptr, int(entryIds.size()))))
        return err;
    int count = 0;
    while (q.next()) {
        if (count < limit)
            names->append(q.value(0).toString());
        ++count;
    }
    if (total)
        *total = count;
    return {};
}

DatabaseError ScheduleRepository::rescheduleMany(const QList<ScheduleMove> &moves)
{
    if (moves.isEmpty())
        return {};
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    QJsonArray before;
    QJsonArray after;
    Query q(m_db, QStringLiteral("UPDATE schedule_entries SET scheduled_at = :at WHERE id = :id"));
    for (const ScheduleMove &move : moves) {
        if (!move.to.isValid())
            return DatabaseError::make(
                K::Constraint, tr("Schedule entry #%1 needs a valid new date and time.").arg(move.id));
        ScheduleEntry old;
        if (auto err = entry(move.id, &old))
            return err;
        q.bind(QStringLiteral(":at"), sqltext::dateTime(move.to)).bind(QStringLiteral(":id"), move.id);
        if (auto err = q.exec(tr("reschedule entry #%1").arg(move.id)))
            return err;
        before.append(QJsonObject { { QStringLiteral("id"), move.id },
            { QStringLiteral("scheduled_at"), sqltext::dateTime(old.scheduledAt) } });
        after.append(QJsonObject {
            { QStringLiteral("id"), move.id }, { QStringLiteral("scheduled_at"), sqltext::dateTime(move.to) } });
    }
    // One audit entry for the whole move, filed under the first entry; the JSON lists every one.
    if (auto err = AuditRepository(m_db).record(QStringLiteral("reschedule"), QStringLiteral("schedule_entry"),
            moves.first().id, { { QStringLiteral("entries"), before } }, { { QStringLiteral("entries"), after } }))
        return err;
    return tx.commit();
}

DatabaseError ScheduleRepository::update(
    qint64 id, const QString &action, const QString &what, const QString &setSql, const QVariantMap &binds)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    ScheduleEntry old;
    if (auto err = entry(id, &old))
        return err;
    Query q(m_db, QStringLiteral("UPDATE schedule_entries SET ") + setSql + QStringLiteral(" WHERE id = :id"));
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bind(it.key(), it.value());
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(what))
        return err;
    ScheduleEntry after;
    if (auto err = entry(id, &after))
        return err;
    if (auto err
        = AuditRepository(m_db).record(action, QStringLiteral("schedule_entry"), id, old.toJson(), after.toJson()))
        return err;
    return tx.commit();
}

DatabaseError ScheduleRepository::markDone(qint64 id, const QDateTime &when)
{
    return setStatus(id, ScheduleStatus::Done, when);
}

DatabaseError ScheduleRepository::setStatus(qint64 id, ScheduleStatus status, const QDateTime &when)
{
    const bool done = status == ScheduleStatus::Done;
    const QDateTime at = when.isValid() ? when : QDateTime::currentDateTime();
    return update(id, done ? QStringLiteral("done") : QStringLiteral("status"),
        tr("set schedule entry #%1 to %2").arg(id).arg(scheduleStatusLabel(status)),
        QStringLiteral("status = :status, done_at = :done"),
        { { QStringLiteral(":status"), scheduleStatusCode(status) },
            { QStringLiteral(":done"),
                done ? QVariant(sqltext::dateTime(at)) : QVariant(QMetaType::fromType<QString>()) } });
}

DatabaseError ScheduleRepository::reschedule(qint64 id, const QDateTime &newDateTime)
{
    if (!newDateTime.isValid())
        return DatabaseError::make(K::Constraint, tr("Schedule entry #%1 needs a valid new date and time.").arg(id));
    return update(id, QStringLiteral("reschedule"), tr("reschedule entry #%1").arg(id),
        QStringLiteral("scheduled_at = :at"), { { QStringLiteral(":at"), sqltext::dateTime(newDateTime) } });
}

DatabaseError ScheduleRepository::remove(qint64 id)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    ScheduleEntry before;
    if (auto err = entry(id, &before))
        return err;
    Query q(m_db, QStringLiteral("DELETE FROM schedule_entries WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("delete schedule entry #%1").arg(id)))
        return err;
    if (auto err = AuditRepository(m_db).record(
            QStringLiteral("delete"), QStringLiteral("schedule_entry"), id, before.toJson(), {}))
        return err;
    return tx.commit();
}

DatabaseError ScheduleRepository::countPerGroupPerDay(const QDate &from, const QDate &to, QList<GroupDayCount> *out)
{
    out->clear();
    if (!from.isValid() || !to.isValid() || to < from)
        return {};
    Query q(m_db,
        QStringLiteral("SELECT group_id, substr(scheduled_at, 1, 10) AS day, count(*) FROM schedule_entries "
                       "WHERE scheduled_at >= :from AND scheduled_at < :to AND status IN ('planned', 'done') "
                       "GROUP BY group_id, day ORDER BY group_id, day"));
    q.bind(QStringLiteral(":from"), sqltext::dayStart(from))
        .bind(QStringLiteral(":to"), sqltext::dayStart(to.addDays(1)));
    if (auto err = q.exec(tr("count posts per group and day")))
        return err;
    while (q.next())
        out->append({ q.value(0).toLongLong(), sqltext::dateFrom(q.value(1)), q.value(2).toInt() });
    return {};
}

} // namespace qundesk
