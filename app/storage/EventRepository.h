#pragma once

#include "domain/Member.h"
#include "storage/DatabaseError.h"

#include <QMap>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace qundesk {

// Activity events (messages, joins, purchases ...). The table may hold ten million rows: every
// read is bounded by an index range and a limit.
class EventRepository final
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)

public:
    explicit EventRepository(const QSqlDatabase &db) : m_db(db) {}

    DatabaseError insert(const ActivityEvent &event, qint64 *id = nullptr);
    // All or nothing, in one transaction with one prepared statement.
    DatabaseError insertMany(const QList<ActivityEvent> &events);
    // Events with from <= occurred_at < to, counted per kind (kinds without events are absent).
    DatabaseError countByKind(const QDateTime &from, const QDateTime &to, QMap<EventKind, qint64> *out);
    // A member's events, newest first. beforeEventId = 0 starts at the newest; otherwise the
    // page continues after that event (keyset on occurred_at, id).
    DatabaseError listForMember(qint64 memberId, qint64 beforeEventId, int limit, QList<ActivityEvent> *out);

private:
    QSqlDatabase m_db;
};

} // namespace qundesk
