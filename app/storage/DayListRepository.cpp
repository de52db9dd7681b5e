#include "storage/DayListRepository.h"

#include "storage/ContentStorageDetail.h"
#include "storage/Query.h"

#include <QJsonArray>

namespace qundesk {

namespace {

using K = DatabaseError::Kind;

// The columns every listing reads, in readItem's order. The title and the text fall back to the
// content item's when the entry has none of its own; the material count is a correlated count
// over the (content_item_id, material_id) primary key.
const QString itemSelect = QStringLiteral(
    "SELECT e.id, e.group_id, g.name, e.scheduled_at, coalesce(nullif(trim(e.title), ''), ci.title, ''), "
    "coalesce(nullif(e.body, ''), ci.body, ''), coalesce(ci.kind, st.kind), ts.label, e.status, e.done_at, "
    "e.content_item_id, e.operator_id, "
    "(SELECT count(*) FROM content_item_materials cim WHERE cim.content_item_id = e.content_item_id) "
    "FROM schedule_entries e "
    "JOIN chat_groups g ON g.id = e.group_id "
    "LEFT JOIN content_items ci ON ci.id = e.content_item_id "
    "LEFT JOIN sop_steps st ON st.id = e.sop_step_id "
    "LEFT JOIN time_slots ts ON ts.slot_time = substr(e.scheduled_at, 12, 5) ");

DayListItem readItem(const Query &q)
{
    DayListItem item;
    item.entryId = q.value(0).toLongLong();
    item.groupId = q.value(1).toLongLong();
    item.groupName = q.value(2).toString();
    item.scheduledAt = sqltext::dateTimeFrom(q.value(3));
    item.title = q.value(4).toString();
    item.text = q.value(5).toString();
    if (const QVariant kind = q.value(6); !kind.isNull())
        item.kind = contentKindFromCode(kind.toString());
    item.slotLabel = q.value(7).toString();
    item.status = scheduleStatusFromCode(q.value(8).toString()).value_or(ScheduleStatus::Planned);
    item.doneAt = sqltext::dateTimeFrom(q.value(9));
    item.contentItemId = q.value(10).toLongLong();
    item.operatorId = q.value(11).toLongLong();
    item.materialCount = q.value(12).toInt();
    return item;
}

QJsonValue dateTimeJson(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))) : QJsonValue();
}

} // namespace

bool DayListItem::isOverdue(const QDateTime &now) const
{
    return status == ScheduleStatus::Planned && scheduledAt.isValid() && scheduledAt < now;
}

qint64 DayListItem::minutesLate(const QDateTime &now) const
{
    return isOverdue(now) ? scheduledAt.secsTo(now) / 60 : 0;
}

QJsonObject DayListItem::toJson(const QDateTime &now) const
{
    return { { QStringLiteral("entry_id"), entryId },
        { QStringLiteral("time"), scheduledAt.time().toString(QStringLiteral("HH:mm")) },
        { QStringLiteral("scheduled_at"), dateTimeJson(scheduledAt) },
        { QStringLiteral("slot_label"), slotLabel.isEmpty() ? QJsonValue() : QJsonValue(slotLabel) },
        { QStringLiteral("group"), QJsonObject { { QStringLiteral("id"), groupId }, { QStringLiteral("name"), groupName } } },
        { QStringLiteral("title"), title }, { QStringLiteral("text"), text },
        { QStringLiteral("kind"), kind ? QJsonValue(contentKindCode(*kind)) : QJsonValue() },
        { QStringLiteral("status"), scheduleStatusCode(status) }, { QStringLiteral("done_at"), dateTimeJson(doneAt) },
        { QStringLiteral("overdue"), isOverdue(now) }, { QStringLiteral("minutes_late"), minutesLate(now) },
        { QStringLiteral("content_item_id"), contentItemId > 0 ? QJsonValue(contentItemId) : QJsonValue() },
        { QStringLiteral("materials"), materialCount } };
}

DayListSummary DayListSummary::of(const QList<DayListItem> &items, const QDateTime &now)
{
    DayListSummary s;
    for (const DayListItem &item : items) {
        if (!item.counts()) {
            ++s.skipped;
            continue;
        }
        ++s.total;
        if (item.status == ScheduleStatus::Done)
            ++s.done;
        else if (item.isOverdue(now))
            ++s.overdue;
    }
    return s;
}

QJsonObject DayListSummary::toJson() const
{
    return { { QStringLiteral("total"), total }, { QStringLiteral("done"), done },
        { QStringLiteral("open"), total - done }, { QStringLiteral("overdue"), overdue },
        { QStringLiteral("skipped"), skipped } };
}

DatabaseError DayListRepository::listOperators(QList<DayListOperator> *out)
{
    Query q(m_db,
        QStringLiteral("SELECT o.id, o.name, (SELECT count(*) FROM chat_groups g WHERE g.operator_id = o.id "
                       "AND g.status <> 'dissolved') FROM operators o WHERE o.active = 1 ORDER BY o.name, o.id"));
    if (auto err = q.exec(tr("list operators")))
        return err;
    out->clear();
    while (q.next())
        out->append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt() });
    return {};
}

DatabaseError DayListRepository::findOperator(const QString &idOrName, DayListOperator *out)
{
    const QString wanted = idOrName.trimmed();
    if (wanted.isEmpty())
        return DatabaseError::make(K::Constraint, tr("Name an operator by id or by name."));
    bool isId = false;
    const qint64 id = wanted.toLongLong(&isId);
    Query q(m_db,
        QStringLiteral("SELECT o.id, o.name, (SELECT count(*) FROM chat_groups g WHERE g.operator_id = o.id "
                       "AND g.status <> 'dissolved') FROM operators o WHERE ")
            + (isId ? QStringLiteral("o.id = :key") : QStringLiteral("o.name = :key"))
            + QStringLiteral(" ORDER BY o.id"));
    q.bind(QStringLiteral(":key"), isId ? QVariant(id) : QVariant(wanted));
    if (auto err = q.exec(tr("look up operator “%1”").arg(wanted)))
        return err;
    QList<DayListOperator> found;
    while (q.next())
        found.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt() });
    if (found.isEmpty()) {
        return DatabaseError::make(K::NotFound,
            isId ? tr("Operator #%1 does not exist.").arg(id) : tr("No operator is named “%1”.").arg(wanted));
    }
    if (found.size() > 1) {
        QStringList ids;
        for (const DayListOperator &op : std::as_const(found))
            ids << QStringLiteral("#%1").arg(op.id);
        return DatabaseError::make(K::Constraint,
            tr("Several operators are named “%1” (%2); name one by its id.").arg(wanted, ids.join(QStringLiteral(", "))));
    }
    *out = found.constFirst();
    return {};
}

DatabaseError DayListRepository::day(qint64 operatorId, const QDate &day, QList<DayListItem> *out)
{
    out->clear();
    if (operatorId <= 0 || !day.isValid())
        return {};
    // Two index paths united first, so the day of one operator never scans the day of everyone:
    // schedule_entries_operator for entries assigned to them, chat_groups_operator then
    // schedule_entries_group for the entries of their groups.
    Query q(m_db,
        QStringLiteral("WITH mine(id) AS ("
                       "SELECT id FROM schedule_entries WHERE operator_id = :op "
                       "AND scheduled_at >= :from AND scheduled_at < :to "
                       "UNION SELECT s.id FROM chat_groups cg JOIN schedule_entries s ON s.group_id = cg.id "
                       "AND s.scheduled_at >= :from AND s.scheduled_at < :to WHERE cg.operator_id = :op) ")
            + itemSelect
            + QStringLiteral("WHERE e.id IN (SELECT id FROM mine) AND e.status <> 'cancelled' "
                             "ORDER BY e.scheduled_at, g.name, e.id"));
    q.bind(QStringLiteral(":op"), operatorId)
        .bind(QStringLiteral(":from"), sqltext::dayStart(day))
        .bind(QStringLiteral(":to"), sqltext::dayStart(day.addDays(1)));
    if (auto err = q.exec(tr("list the posts of operator #%1 on %2").arg(operatorId).arg(sqltext::date(day))))
        return err;
    QList<DayListItem> items;
    while (q.next())
        items.append(readItem(q));
    *out = std::move(items);
    return {};
}

DatabaseError DayListRepository::item(qint64 entryId, DayListItem *out)
{
    Query q(m_db, itemSelect + QStringLiteral("WHERE e.id = :id"));
    q.bind(QStringLiteral(":id"), entryId);
    if (auto err = q.exec(tr("read post #%1").arg(entryId)))
        return err;
    if (!q.next())
        return DatabaseError::make(K::NotFound, tr("Schedule entry #%1 does not exist.").arg(entryId));
    *out = readItem(q);
    return {};
}

DatabaseError DayListRepository::materials(qint64 contentItemId, QList<DayListMaterial> *out)
{
    out->clear();
    if (contentItemId <= 0)
        return {};
    Query q(m_db,
        QStringLiteral("SELECT m.id, m.title, m.kind, coalesce(m.body, ''), coalesce(m.file_path, ''), "
                       "coalesce(m.mime_type, ''), m.data IS NOT NULL FROM content_item_materials cim "
                       "JOIN materials m ON m.id = cim.material_id WHERE cim.content_item_id = :item "
                       "ORDER BY m.title, m.id"));
    q.bind(QStringLiteral(":item"), contentItemId);
    if (auto err = q.exec(tr("list the materials of content item #%1").arg(contentItemId)))
        return err;
    while (q.next()) {
        DayListMaterial m;
        m.id = q.value(0).toLongLong();
        m.title = q.value(1).toString();
        m.kind = materialKindFromCode(q.value(2).toString()).value_or(MaterialKind::File);
        m.body = q.value(3).toString();
        m.filePath = q.value(4).toString();
        m.mimeType = q.value(5).toString();
        m.hasData = q.value(6).toBool();
        out->append(m);
    }
    return {};
}

} // namespace qundesk
