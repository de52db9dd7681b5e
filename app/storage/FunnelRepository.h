#pragma once

#include "domain/Funnel.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace qundesk {

class Query;

// A channel as the funnel screens need it: just enough to filter by.
struct FunnelChannel
{
    qint64 id = 0;
    QString name;
};

// Funnels, their steps and the daily per-channel counts behind them. Counts are summed in SQL,
// so a range of any length costs one GROUP BY query.
class FunnelRepository final
{
    Q_DECLARE_TR_FUNCTIONS(FunnelRepository)

public:
    explicit FunnelRepository(const QSqlDatabase &db) : m_db(db) {}

    // Funnels without their steps: builtin ones first, then by name.
    DatabaseError listFunnels(QList<Funnel> *out);
    // One funnel with its steps in position order; NotFound when there is no such funnel.
    DatabaseError funnel(qint64 id, Funnel *out);
    // Inserts (id 0) or updates the funnel and replaces its steps in one transaction. Steps keep
    // their ids (and counts) when given; steps left out are deleted with their counts; positions
    // are renumbered 1..n in list order. Ids and positions are written back into *funnel.
    DatabaseError saveFunnel(Funnel *funnel);
    // Builtin funnels are refused; a removed funnel takes its steps and counts with it.
    DatabaseError removeFunnel(qint64 id);
    // Adds the funnels QunDesk ships with when no builtin funnel exists yet; otherwise does nothing.
    DatabaseError ensureBuiltinFunnels();

    // Sets (inserting or overwriting) the count of a step, channel and day. Negative counts are refused.
    DatabaseError upsertCount(qint64 stepId, qint64 channelId, const QDate &day, qint64 count);
    // All or nothing, in one transaction; every count is checked before anything is written.
    DatabaseError upsertCounts(const QList<FunnelCount> &counts);

    // Every step of the funnel in order with the sum of its counts from..to (inclusive), over all
    // channels or, with channelId > 0, over one. Steps without counts have a total of 0.
    DatabaseError stepTotals(qint64 funnelId, const QDate &from, const QDate &to, qint64 channelId,
                             QList<FunnelStepTotal> *out);
    // One step's total per day from..to, every day present (0 where nothing was counted), for trends.
    DatabaseError dailyTotals(qint64 funnelId, qint64 stepId, const QDate &from, const QDate &to,
                              QList<FunnelDayTotal> *out, qint64 channelId = 0);

    // The channels counts can be recorded against, by name.
    DatabaseError listChannels(QList<FunnelChannel> *out);

private:
    DatabaseError loadSteps(qint64 funnelId, QList<FunnelStep> *out);
    DatabaseError saveInTransaction(Funnel *funnel);
    DatabaseError writeFunnel(Funnel *funnel, const Funnel *before);
    DatabaseError writeCount(Query &q, const FunnelCount &count);

    QSqlDatabase m_db;
};

} // namespace qundesk
