#include "storage/DimensionRepository.h"

#include "storage/Query.h"


namespace qundesk {

namespace {

DatabaseError notFound(const QString &message)
{
    return DatabaseError::make(DatabaseError::Kind::NotFound, message);
}

QVariant nullableFen(const std::optional<qint64> &fen)
{
    return fen ? QVariant(*fen) : QVariant(QMetaType::fromType<qint64>());
}

const QString TierColumns = QStringLiteral("id, name, rank, buy_in_fen");
const QString OperatorColumns = QStringLiteral("id, name, role, team_id, persona_name, active, created_at");

Tier readTier(const Query &q)
{
    Tier t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.rank = q.value(2).toInt();
    if (!q.value(3).isNull())
        t.buyInFen = q.value(3).toLongLong();
    return t;
}

Operator readOperator(const Query &q)
{
    Operator o;
    o.id = q.value(0).toLongLong();
    o.name = q.value(1).toString();
    o.role = operatorRoleFromCode(q.value(2).toString()).value_or(OperatorRole::Specialist);
    o.teamId = q.value(3).toLongLong();
    o.personaName = q.value(4).toString();
    o.active = q.value(5).toInt() != 0;
    o.createdAt = QDateTime::fromString(q.value(6).toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return o;
}

Channel readChannel(const Query &q)
{
    Channel c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.kind = channelKindFromCode(q.value(2).toString()).value_or(ChannelKind::Other);
    c.code = q.value(3).toString();
    return c;
}

Region readRegion(const Query &q)
{
    return Region{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

// Empty optional texts are stored as NULL: channels.code is UNIQUE, and two empty strings would collide.
QVariant textOrNull(const QString &s)
{
    return s.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s.trimmed());
}

DatabaseError checkUpdated(const Query &q, const QString &message)
{
    return q.numRowsAffected() > 0 ? DatabaseError::none() : notFound(message);
}

} // namespace

// ---------------------------------------------------------------- shared

DatabaseError DimensionRepository::removeRow(const QString &table, qint64 id, const QString &what)
{
    Query q(m_db, QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(what))
        return err;
    return checkUpdated(q, tr("%1: row %2 does not exist.").arg(what).arg(id));
}

DatabaseError DimensionRepository::findIdByName(const QString &table, const QString &name, const QString &what,
                                                qint64 *id)
{
    Query q(m_db, QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE name = :name ORDER BY id LIMIT 1"));
    q.bind(QStringLiteral(":name"), name);
    if (auto err = q.exec(what))
        return err;
    *id = q.next() ? q.value(0).toLongLong() : 0;
    return {};
}

DatabaseError DimensionRepository::findOrInsert(const QString &table, const QString &insertSql, const QString &name,
                                                const QString &what, qint64 *id, bool *created)
{
    const QString trimmed = name.trimmed();
    if (created)
        *created = false;
    if (trimmed.isEmpty())
        return DatabaseError::make(DatabaseError::Kind::Constraint, tr("A name is required."));
    qint64 found = 0;
    if (auto err = findIdByName(table, trimmed, what, &found))
        return err;
    if (found == 0) {
        Query q(m_db, insertSql);
        q.bind(QStringLiteral(":name"), trimmed);
        if (auto err = q.exec(what))
            return err;
        found = q.lastInsertId();
        if (created)
            *created = true;
    }
    *id = found;
    return {};
}

// ---------------------------------------------------------------- tiers

DatabaseError DimensionRepository::listTiers(QList<Tier> *out)
{
    Query q(m_db, QStringLiteral("SELECT ") + TierColumns + QStringLiteral(" FROM tiers ORDER BY rank, id"));
    if (auto err = q.exec(tr("read tiers")))
        return err;
    out->clear();
    while (q.next())
        out->append(readTier(q));
    return {};
}

DatabaseError DimensionRepository::getTier(qint64 id, Tier *out)
{
    Query q(m_db, QStringLiteral("SELECT ") + TierColumns + QStringLiteral(" FROM tiers WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("read tier")))
        return err;
    if (!q.next())
        return notFound(tr("Tier %1 does not exist.").arg(id));
    *out = readTier(q);
    return {};
}

DatabaseError DimensionRepository::createTier(const Tier &tier, qint64 *id)
{
    Query q(m_db, QStringLiteral("INSERT INTO tiers (name, rank, buy_in_fen) VALUES (:name, :rank, :fen)"));
    q.bind(QStringLiteral(":name"), tier.name.trimmed())
        .bind(QStringLiteral(":rank"), tier.rank)
        .bind(QStringLiteral(":fen"), nullableFen(tier.buyInFen));
    if (auto err = q.exec(tr("add tier “%1”").arg(tier.name)))
        return err;
    if (id)
        *id = q.lastInsertId();
    return {};
}

DatabaseError DimensionRepository::updateTier(const Tier &tier)
{
    Query q(m_db, QStringLiteral("UPDATE tiers SET name = :name, rank = :rank, buy_in_fen = :fen WHERE id = :id"));
    q.bind(QStringLiteral(":name"), tier.name.trimmed())
        .bind(QStringLiteral(":rank"), tier.rank)
        .bind(QStringLiteral(":fen"), nullableFen(tier.buyInFen))
        .bind(QStringLiteral(":id"), tier.id);
    if (auto err = q.exec(tr("save tier “%1”").arg(tier.name)))
        return err;
    return checkUpdated(q, tr("Tier %1 does not exist.").arg(tier.id));
}

DatabaseError DimensionRepository::removeTier(qint64 id)
{
    return removeRow(QStringLiteral("tiers"), id, tr("delete tier"));
}

DatabaseError DimensionRepository::findOrCreateTier(const QString &name, qint64 *id, bool *created)
{
    return findOrInsert(QStringLiteral("tiers"),
                        QStringLiteral("INSERT INTO tiers (name, rank) "
                                       "SELECT :name, coalesce(max(rank), 0) + 1 FROM tiers"),
                        name, tr("find or add tier “%1”").arg(name.trimmed()), id, created);
}

// ---------------------------------------------------------------- teams

DatabaseError DimensionRepository::listTeams(QList<Team> *out)
{
    Query q(m_db, QStringLiteral("SELECT id, name FROM teams ORDER BY id"));
    if (auto err = q.exec(tr("read teams")))
        return err;
    out->clear();
    while (q.next())
        out->append(Team{q.value(0).toLongLong(), q.value(1).toString()});
    return {};
}

DatabaseError DimensionRepository::getTeam(qint64 id, Team *out)
{
    Query q(m_db, QStringLiteral("SELECT id, name FROM teams WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("read team")))
        return err;
    if (!q.next())
        return notFound(tr("Team %1 does not exist.").arg(id));
    *out = Team{q.value(0).toLongLong(), q.value(1).toString()};
    return {};
}

DatabaseError DimensionRepository::createTeam(const Team &team, qint64 *id)
{
    Query q(m_db, QStringLiteral("INSERT INTO teams (name) VALUES (:name)"));
    q.bind(QStringLiteral(":name"), team.name.trimmed());
    if (auto err = q.exec(tr("add team “%1”").arg(team.name)))
        return err;
    if (id)
        *id = q.lastInsertId();
    return {};
}

DatabaseError DimensionRepository::updateTeam(const Team &team)
{
    Query q(m_db, QStringLiteral("UPDATE teams SET name = :name WHERE id = :id"));
    q.bind(QStringLiteral(":name"), team.name.trimmed()).bind(QStringLiteral(":id"), team.id);
    if (auto err = q.exec(tr("save team “%1”").arg(team.name)))
        return err;
    return checkUpdated(q, tr("Team %1 does not exist.").arg(team.id));
}

DatabaseError DimensionRepository::removeTeam(qint64 id)
{
    return removeRow(QStringLiteral("teams"), id, tr("delete team"));
}

DatabaseError DimensionRepository::findOrCreateTeam(const QString &name, qint64 *id, bool *created)
{
    return findOrInsert(QStringLiteral("teams"), QStringLiteral("INSERT INTO teams (name) VALUES (:name)"), name,
                        tr("find or add team “%1”").arg(name.trimmed()), id, created);
}

// ---------------------------------------------------------------- operators

DatabaseError DimensionRepository::listOperators(QList<Operator> *out, qint64 teamId)
{
    Query q(m_db, QStringLiteral("SELECT ") + OperatorColumns
                      + QStringLiteral(" FROM operators WHERE (:team = 0 OR team_id = :team) ORDER BY name, id"));
    q.bind(QStringLiteral(":team"), teamId);
    if (auto err = q.exec(tr("read operators")))
        return err;
    out->clear();
    while (q.next())
        out->append(readOperator(q));
    return {};
}

DatabaseError DimensionRepository::getOperator(qint64 id, Operator *out)
{
    Query q(m_db, QStringLiteral("SELECT ") + OperatorColumns + QStringLiteral(" FROM operators WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("read operator")))
        return err;
    if (!q.next())
        return notFound(tr("Operator %1 does not exist.").arg(id));
    *out = readOperator(q);
    return {};
}

DatabaseError DimensionRepository::createOperator(const Operator &op, qint64 *id)
{
    Query q(m_db, QStringLiteral("INSERT INTO operators (name, role, team_id, persona_name, active) "
                                 "VALUES (:name, :role, :team, :persona, :active)"));
    q.bind(QStringLiteral(":name"), op.name.trimmed())
        .bind(QStringLiteral(":role"), operatorRoleCode(op.role))
        .bindId(QStringLiteral(":team"), op.teamId)
        .bind(QStringLiteral(":persona"), textOrNull(op.personaName))
        .bind(QStringLiteral(":active"), op.active ? 1 : 0);
    if (auto err = q.exec(tr("add operator “%1”").arg(op.name)))
        return err;
    if (id)
        *id = q.lastInsertId();
    return {};
}

DatabaseError DimensionRepository::updateOperator(const Operator &op)
{
    Query q(m_db, QStringLiteral("UPDATE operators SET name = :name, role = :role, team_id = :team, "
                                 "persona_name = :persona, active = :active WHERE id = :id"));
    q.bind(QStringLiteral(":name"), op.name.trimmed())
        .bind(QStringLiteral(":role"), operatorRoleCode(op.role))
        .bindId(QStringLiteral(":team"), op.teamId)
        .bind(QStringLiteral(":persona"), textOrNull(op.personaName))
        .bind(QStringLiteral(":active"), op.active ? 1 : 0)
        .bind(QStringLiteral(":id"), op.id);
    if (auto err = q.exec(tr("save operator “%1”").arg(op.name)))
        return err;
    return checkUpdated(q, tr("Operator %1 does not exist.").arg(op.id));
}

DatabaseError DimensionRepository::removeOperator(qint64 id)
{
    return removeRow(QStringLiteral("operators"), id, tr("delete operator"));
}

DatabaseError DimensionRepository::findOrCreateOperator(const QString &name, qint64 *id, bool *created)
{
    return findOrInsert(QStringLiteral("operators"), QStringLiteral("INSERT INTO operators (name) VALUES (:name)"), name,
                        tr("find or add operator “%1”").arg(name.trimmed()), id, created);
}

// ---------------------------------------------------------------- channels

DatabaseError DimensionRepository::listChannels(QList<Channel> *out)
{
    Query q(m_db, QStringLiteral("SELECT id, name, kind, code FROM channels ORDER BY id"));
    if (auto err = q.exec(tr("read channels")))
        return err;
    out->clear();
    while (q.next())
        out->append(readChannel(q));
    return {};
}

DatabaseError DimensionRepository::getChannel(qint64 id, Channel *out)
{
    Query q(m_db, QStringLiteral("SELECT id, name, kind, code FROM channels WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("read channel")))
        return err;
    if (!q.next())
        return notFound(tr("Channel %1 does not exist.").arg(id));
    *out = readChannel(q);
    return {};
}

DatabaseError DimensionRepository::createChannel(const Channel &channel, qint64 *id)
{
    Query q(m_db, QStringLiteral("INSERT INTO channels (name, kind, code) VALUES (:name, :kind, :code)"));
    q.bind(QStringLiteral(":name"), channel.name.trimmed())
        .bind(QStringLiteral(":kind"), channelKindCode(channel.kind))
        .bind(QStringLiteral(":code"), textOrNull(channel.code));
    if (auto err = q.exec(tr("add channel “%1”").arg(channel.name)))
        return err;
    if (id)
        *id = q.lastInsertId();
    return {};
}

DatabaseError DimensionRepository::updateChannel(const Channel &channel)
{
    Query q(m_db, QStringLiteral("UPDATE channels SET name = :name, kind = :kind, code = :code WHERE id = :id"));
    q.bind(QStringLiteral(":name"), channel.name.trimmed())
        .bind(QStringLiteral(":kind"), channelKindCode(channel.kind))
        .bind(QStringLiteral(":code"), textOrNull(channel.code))
        .bind(QStringLiteral(":id"), channel.id);
    if (auto err = q.exec(tr("save channel “%1”").arg(channel.name)))
        return err;
    return checkUpdated(q, tr("Channel %1 does not exist.").arg(channel.id));
}

DatabaseError DimensionRepository::removeChannel(qint64 id)
{
    return removeRow(QStringLiteral("channels"), id, tr("delete channel"));
}

DatabaseError DimensionRepository::findOrCreateChannel(const QString &name, qint64 *id, bool *created)
{
    return findOrInsert(QStringLiteral("channels"), QStringLiteral("INSERT INTO channels (name) VALUES (:name)"), name,
                        tr("find or add channel “%1”").arg(name.trimmed()), id, created);
}

// ---------------------------------------------------------------- regions

DatabaseError DimensionRepository::listRegions(QList<Region> *out)
{
    Query q(m_db, QStringLiteral("SELECT id, name, province FROM regions ORDER BY id"));
    if (auto err = q.exec(tr("read regions")))
        return err;
    out->clear();
    while (q.next())
        out->append(readRegion(q));
    return {};
}

DatabaseError DimensionRepository::getRegion(qint64 id, Region *out)
{
    Query q(m_db, QStringLiteral("SELECT id, name, province FROM regions WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("read region")))
        return err;
    if (!q.next())
        return notFound(tr("Region %1 does not exist.").arg(id));
    *out = readRegion(q);
    return {};
}

DatabaseError DimensionRepository::createRegion(const Region &region, qint64 *id)
{
    Query q(m_db, QStringLiteral("INSERT INTO regions (name, province) VALUES (:name, :province)"));
    q.bind(QStringLiteral(":name"), region.name.trimmed()).bind(QStringLiteral(":province"), textOrNull(region.province));
    if (auto err = q.exec(tr("add region “%1”").arg(region.name)))
        return err;
    if (id)
        *id = q.lastInsertId();
    return {};
}

DatabaseError DimensionRepository::updateRegion(const Region &region)
{
    Query q(m_db, QStringLiteral("UPDATE regions SET name = :name, province = :province WHERE id = :id"));
    q.bind(QStringLiteral(":name"), region.name.trimmed())
        .bind(QStringLiteral(":province"), textOrNull(region.province))
        .bind(QStringLiteral(":id"), region.id);
    if (auto err = q.exec(tr("save region “%1”").arg(region.name)))
        return err;
    return checkUpdated(q, tr("Region %1 does not exist.").arg(region.id));
}

DatabaseError DimensionRepository::removeRegion(qint64 id)
{
    return removeRow(QStringLiteral("regions"), id, tr("delete region"));
}

DatabaseError DimensionRepository::findOrCreateRegion(const QString &name, qint64 *id, bool *created)
{
    return findOrInsert(QStringLiteral("regions"), QStringLiteral("INSERT INTO regions (name) VALUES (:name)"), name,
                        tr("find or add region “%1”").arg(name.trimmed()), id, created);
}

} // namespace qundesk
