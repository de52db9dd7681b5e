#pragma once

#include "domain/Dimensions.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace qundesk {

// The matrix's dimension tables: tiers, teams, operators, channels and regions.
// Tiers list by rank, operators by name; teams, channels and regions in the order they were
// created, because names such as 一队/二队/三队 do not sort by code point.
// Removing a row leaves the groups and members that used it unassigned (ON DELETE SET NULL).
// findOrCreate* opens no transaction of its own, so importers can call it inside theirs.
class DimensionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(DimensionRepository)

public:
    explicit DimensionRepository(const QSqlDatabase &db) : m_db(db) {}

    DatabaseError listTiers(QList<Tier> *out);
    DatabaseError getTier(qint64 id, Tier *out);
    DatabaseError createTier(const Tier &tier, qint64 *id);
    DatabaseError updateTier(const Tier &tier);
    DatabaseError removeTier(qint64 id);
    // A new tier goes below the lowest rank.
    DatabaseError findOrCreateTier(const QString &name, qint64 *id, bool *created = nullptr);

    DatabaseError listTeams(QList<Team> *out);
    DatabaseError getTeam(qint64 id, Team *out);
    DatabaseError createTeam(const Team &team, qint64 *id);
    DatabaseError updateTeam(const Team &team);
    DatabaseError removeTeam(qint64 id);
    DatabaseError findOrCreateTeam(const QString &name, qint64 *id, bool *created = nullptr);

    // teamId 0 lists every operator.
    DatabaseError listOperators(QList<Operator> *out, qint64 teamId = 0);
    DatabaseError getOperator(qint64 id, Operator *out);
    DatabaseError createOperator(const Operator &op, qint64 *id);
    DatabaseError updateOperator(const Operator &op);
    DatabaseError removeOperator(qint64 id);
    // Operator names are not unique: the oldest operator of that name is taken.
    DatabaseError findOrCreateOperator(const QString &name, qint64 *id, bool *created = nullptr);

    DatabaseError listChannels(QList<Channel> *out);
    DatabaseError getChannel(qint64 id, Channel *out);
    DatabaseError createChannel(const Channel &channel, qint64 *id);
    DatabaseError updateChannel(const Channel &channel);
    DatabaseError removeChannel(qint64 id);
    DatabaseError findOrCreateChannel(const QString &name, qint64 *id, bool *created = nullptr);

    DatabaseError listRegions(QList<Region> *out);
    DatabaseError getRegion(qint64 id, Region *out);
    DatabaseError createRegion(const Region &region, qint64 *id);
    DatabaseError updateRegion(const Region &region);
    DatabaseError removeRegion(qint64 id);
    DatabaseError findOrCreateRegion(const QString &name, qint64 *id, bool *created = nullptr);

private:
    DatabaseError removeRow(const QString &table, qint64 id, const QString &what);
    DatabaseError findIdByName(const QString &table, const QString &name, const QString &what, qint64 *id);
    DatabaseError findOrInsert(const QString &table, const QString &insertSql, const QString &name,
                               const QString &what, qint64 *id, bool *created);

    QSqlDatabase m_db;
};

} // namespace qundesk
