#include "storage/PointsRepository.h"

#include "storage/Query.h"
#include "storage/SqlTransaction.h"

namespace qundesk {

namespace {

DatabaseError invalid(const QString &message)
{
    return DatabaseError::make(DatabaseError::Kind::Constraint, message);
}

struct Holder
{
    QString name;
    qint64 balance = 0;
};

DatabaseError readHolder(const QSqlDatabase &db, qint64 memberId, Holder *out)
{
    Query q(db, QStringLiteral("SELECT display_name, points_balance FROM members WHERE id = :id"));
    q.bind(QStringLiteral(":id"), memberId);
    if (auto err = q.exec(PointsRepository::tr("read the points balance of member %1").arg(memberId)))
        return err;
    if (!q.next())
        return DatabaseError::make(DatabaseError::Kind::NotFound, PointsRepository::tr("Member %1 does not exist.").arg(memberId));
    out->name = q.value(0).toString();
    out->balance = q.value(1).toLongLong();
    return {};
}

QString overdrawMessage(const Holder &h, qint64 amount)
{
    return PointsRepository::tr("Cannot take %1 points from %2: the balance is only %3 points.").arg(amount).arg(h.name).arg(h.balance);
}

} // namespace

// Every change goes through here: one ledger row in a transaction, the balance checked first
// so the refusal names the numbers (the schema's CHECK would refuse it anyway).
DatabaseError PointsRepository::append(qint64 memberId, qint64 delta, PointsReason reason, const QString &note,
                                       qint64 operatorId, qint64 *entryId)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Holder holder;
    if (auto err = readHolder(m_db, memberId, &holder))
        return err;
    if (delta < 0 && holder.balance + delta < 0)
        return invalid(overdrawMessage(holder, -delta));
    Query q(m_db, QStringLiteral("INSERT INTO points_ledger (member_id, delta, reason, note, operator_id) "
                                 "VALUES (:member, :delta, :reason, :note, :operator)"));
    q.bind(QStringLiteral(":member"), memberId)
        .bind(QStringLiteral(":delta"), delta)
        .bind(QStringLiteral(":reason"), pointsReasonCode(reason))
        .bindText(QStringLiteral(":note"), note.trimmed().isEmpty() ? QString() : note.trimmed())
        .bindId(QStringLiteral(":operator"), operatorId);
    if (auto err = q.exec(PointsRepository::tr("record %1 points for %2").arg(delta).arg(holder.name))) {
        if (err.kind == DatabaseError::Kind::Constraint && err.message.contains(QLatin1StringView("points_balance")))
            err.message = overdrawMessage(holder, -delta);
        return err;
    }
    const qint64 id = q.lastInsertId();
    if (auto err = tx.commit())
        return err;
    if (entryId)
        *entryId = id;
    return {};
}

DatabaseError PointsRepository::earn(qint64 memberId, qint64 delta, PointsReason reason, const QString &note,
                                     qint64 operatorId, qint64 *entryId)
{
    if (delta <= 0)
        return invalid(PointsRepository::tr("Points earned must be more than zero (got %1).").arg(delta));
    if (reason == PointsReason::Redeem)
        return invalid(PointsRepository::tr("Redemptions spend points; record them with redeem, not as points earned."));
    return append(memberId, delta, reason, note, operatorId, entryId);
}

DatabaseError PointsRepository::redeem(qint64 memberId, qint64 amount, const QString &note, qint64 operatorId,
                                       qint64 *entryId)
{
    if (amount <= 0)
        return invalid(PointsRepository::tr("The points to redeem must be more than zero (got %1).").arg(amount));
    return append(memberId, -amount, PointsReason::Redeem, note, operatorId, entryId);
}

DatabaseError PointsRepository::adjust(qint64 memberId, qint64 delta, const QString &note, qint64 operatorId,
                                       qint64 *entryId)
{
    if (delta == 0)
        return invalid(PointsRepository::tr("An adjustment of zero points changes nothing."));
    if (note.trimmed().isEmpty())
        return invalid(PointsRepository::tr("Say why the points are adjusted: a note is required."));
    return append(memberId, delta, PointsReason::Adjust, note, operatorId, entryId);
}

DatabaseError PointsRepository::balance(qint64 memberId, qint64 *out)
{
    Holder holder;
    if (auto err = readHolder(m_db, memberId, &holder))
        return err;
    *out = holder.balance;
    return {};
}

DatabaseError PointsRepository::ledger(qint64 memberId, qint64 beforeEntryId, int limit, QList<PointsEntry> *out)
{
    const QString after = beforeEntryId > 0
        ? QStringLiteral(" AND (created_at, id) < (SELECT created_at, id FROM points_ledger WHERE id = :before)")
        : QString();
    Query q(m_db, QStringLiteral("SELECT id, member_id, delta, reason, note, operator_id, created_at "
                                 "FROM points_ledger WHERE member_id = :member")
                      + after + QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":member"), memberId).bind(QStringLiteral(":limit"), limit);
    if (beforeEntryId > 0)
        q.bind(QStringLiteral(":before"), beforeEntryId);
    if (auto err = q.exec(PointsRepository::tr("read the points ledger of member %1").arg(memberId)))
        return err;
    out->clear();
    while (q.next()) {
        PointsEntry e;
        e.id = q.value(0).toLongLong();
        e.memberId = q.value(1).toLongLong();
        e.delta = q.value(2).toLongLong();
        e.reason = pointsReasonFromCode(q.value(3).toString()).value_or(PointsReason::Adjust);
        e.note = q.value(4).toString();
        e.operatorId = q.value(5).toLongLong();
        e.createdAt = fromDbTime(q.value(6).toString());
        out->append(e);
    }
    return {};
}

} // namespace qundesk
