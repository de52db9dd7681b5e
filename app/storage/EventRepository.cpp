#include "storage/EventRepository.h"

#include "storage/Query.h"
#include "storage/SqlTransaction.h"

namespace qundesk {

namespace {

const QString InsertSql = QStringLiteral(
    "INSERT INTO events (occurred_at, kind, member_id, group_id, content_item_id, amount_fen) "
    "VALUES (:at, :kind, :member, :group, :content, :amount)");

DatabaseError check(const ActivityEvent &e)
{
    if (!e.occurredAt.isValid())
        return DatabaseError::make(DatabaseError::Kind::Constraint, EventRepository::tr("An event needs the time it happened."));
    if (e.kind == EventKind::Purchase && e.amountFen < 0)
        return DatabaseError::make(DatabaseError::Kind::Constraint,
                                   EventRepository::tr("A purchase amount cannot be negative (got %1 fen).").arg(e.amountFen));
    return {};
}

DatabaseError run(Query &q, const ActivityEvent &e)
{
    if (auto err = check(e))
        return err;
    // Only purchases carry an amount; the schema refuses one anywhere else.
    q.bind(QStringLiteral(":at"), toDbTime(e.occurredAt))
        .bind(QStringLiteral(":kind"), eventKindCode(e.kind))
        .bindId(QStringLiteral(":member"), e.memberId)
        .bindId(QStringLiteral(":group"), e.groupId)
        .bindId(QStringLiteral(":content"), e.contentItemId)
        .bind(QStringLiteral(":amount"), e.kind == EventKind::Purchase ? QVariant(e.amountFen)
                                                                       : QVariant(QMetaType::fromType<qint64>()));
    if (auto err = q.exec(EventRepository::tr("record a %1 event").arg(eventKindLabel(e.kind)))) {
        if (err.kind == DatabaseError::Kind::Constraint && err.message.contains(QLatin1StringView("FOREIGN KEY")))
            err.message = EventRepository::tr("The member, group or content item of this %1 event does not exist.")
                              .arg(eventKindLabel(e.kind));
        return err;
    }
    return {};
}

ActivityEvent readEvent(const Query &q)
{
    ActivityEvent e;
    e.id = q.value(0).toLongLong();
    e.occurredAt = fromDbTime(q.value(1).toString());
    e.kind = eventKindFromCode(q.value(2).toString()).value_or(EventKind::Message);
    e.memberId = q.value(3).toLongLong();
    e.groupId = q.value(4).toLongLong();
    e.contentItemId = q.value(5).toLongLong();
    e.amountFen = q.value(6).toLongLong();
    return e;
}

} // namespace

DatabaseError EventRepository::insert(const ActivityEvent &event, qint64 *id)
{
    Query q(m_db, InsertSql);
    if (auto err = run(q, event))
        return err;
    if (id)
        *id = q.lastInsertId();
    return {};
}

DatabaseError EventRepository::insertMany(const QList<ActivityEvent> &events)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Query q(m_db, InsertSql);
    for (const ActivityEvent &e : events) {
        if (auto err = run(q, e))
            return err;
    }
    return tx.commit();
}

DatabaseError EventRepository::countByKind(const QDateTime &from, const QDateTime &to, QMap<EventKind, qint64> *out)
{
    Query q(m_db, QStringLiteral("SELECT kind, count(*) FROM events WHERE occurred_at >= :from AND occurred_at < :to "
                                 "GROUP BY kind"));
    q.bind(QStringLiteral(":from"), toDbTime(from)).bind(QStringLiteral(":to"), toDbTime(to));
    if (auto err = q.exec(EventRepository::tr("count events by kind")))
        return err;
    out->clear();
    while (q.next()) {
        if (const auto kind = eventKindFromCode(q.value(0).toString()))
            out->insert(*kind, q.value(1).toLongLong());
    }
    return {};
}

DatabaseError EventRepository::listForMember(qint64 memberId, qint64 beforeEventId, int limit,
                                             QList<ActivityEvent> *out)
{
    const QString after = beforeEventId > 0
        ? QStringLiteral(" AND (occurred_at, id) < (SELECT occurred_at, id FROM events WHERE id = :before)")
        : QString();
    Query q(m_db, QStringLiteral("SELECT id, occurred_at, kind, member_id, group_id, content_item_id, amount_fen "
                                 "FROM events WHERE member_id = :member")
                      + after + QStringLiteral(" ORDER BY occurred_at DESC, id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":member"), memberId).bind(QStringLiteral(":limit"), limit);
    if (beforeEventId > 0)
        q.bind(QStringLiteral(":before"), beforeEventId);
    if (auto err = q.exec(EventRepository::tr("read the activity of member %1").arg(memberId)))
        return err;
    out->clear();
    while (q.next())
        out->append(readEvent(q));
    return {};
}

} // namespace qundesk
