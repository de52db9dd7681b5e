#pragma once

#include "domain/Member.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace qundesk {

// The points ledger (积分). The ledger is the record; members.points_balance follows it by
// trigger, and the balance's CHECK (>= 0) refuses any entry that would overdraw.
class PointsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PointsRepository)

public:
    explicit PointsRepository(const QSqlDatabase &db) : m_db(db) {}

    // Adds delta > 0 points for any reason but 'redeem'.
    DatabaseError earn(qint64 memberId, qint64 delta, PointsReason reason, const QString &note,
                       qint64 operatorId, qint64 *entryId = nullptr);
    // Spends amount > 0 points; refused, with the balance and the amount in the message, when
    // the member does not have that many.
    DatabaseError redeem(qint64 memberId, qint64 amount, const QString &note, qint64 operatorId,
                         qint64 *entryId = nullptr);
    // A correction in either direction (reason 'adjust'); it may not overdraw either.
    DatabaseError adjust(qint64 memberId, qint64 delta, const QString &note, qint64 operatorId,
                         qint64 *entryId = nullptr);
    DatabaseError balance(qint64 memberId, qint64 *out);
    // Newest first. beforeEntryId = 0 starts at the newest; otherwise the page continues after
    // that entry (keyset on created_at, id).
    DatabaseError ledger(qint64 memberId, qint64 beforeEntryId, int limit, QList<PointsEntry> *out);

private:
    DatabaseError append(qint64 memberId, qint64 delta, PointsReason reason, const QString &note,
                         qint64 operatorId, qint64 *entryId);

    QSqlDatabase m_db;
};

} // namespace qundesk
