#include "storage/GroupRepository.h"

#include "analytics/Lifecycle.h"
#include "storage/ActivityRollups.h"
#include "storage/AuditRepository.h"
#include "storage/Query.h"
#include "storage/SqlTransaction.h"

#include <QHash>

namespace qundesk {

namespace {

const QString AuditEntity = QStringLiteral("group");
const QString DbTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

const QString GroupColumns = QStringLiteral(
    "g.id, g.name, g.number, g.purpose, g.tier_id, g.team_id, g.identity_segment, g.channel_id, g.region_id, "
    "g.parent_id, g.owner_member_id, g.operator_id, g.capacity, g.created_on, g.filled_on, g.status, "
    "g.status_changed_at, g.rules, g.culture, g.created_at, g.updated_at");
constexpr int GroupColumnCount = 21;

QDateTime parseTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    const QString s = v.toString();
    QDateTime t = QDateTime::fromString(s.left(19), DbTimeFormat);
    return t.isValid() ? t : QDateTime::fromString(s, Qt::ISODate);
}

QDate parseDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString &s)
{
    return s.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

void readGroup(const Query &q, Group *g)
{
    g->id = q.value(0).toLongLong();
    g->name = q.value(1).toString();
    g->number = q.value(2).toInt();
    g->purpose = groupPurposeFromCode(q.value(3).toString()).value_or(GroupPurpose::Other);
    g->tierId = q.value(4).toLongLong();
    g->teamId = q.value(5).toLongLong();
    g->identitySegment = identitySegmentFromCode(q.value(6).toString()).value_or(IdentitySegment::Mixed);
    g->channelId = q.value(7).toLongLong();
    g->regionId = q.value(8).toLongLong();
    g->parentId = q.value(9).toLongLong();
    g->ownerMemberId = q.value(10).toLongLong();
    g->operatorId = q.value(11).toLongLong();
    g->capacity = q.value(12).toInt();
    g->createdOn = parseDate(q.value(13));
    g->filledOn = parseDate(q.value(14));
    g->status = groupStatusFromCode(q.value(15).toString()).value_or(GroupStatus::Active);
    g->statusChangedAt = parseTime(q.value(16));
    g->rules = q.value(17).toString();
    g->culture = q.value(18).toString();
    g->createdAt = parseTime(q.value(19));
    g->updatedAt = parseTime(q.value(20));
}

// The columns create and update write; status is written only by create and the status changes.
void bindEditable(Query &q, const Group &g)
{
    q.bind(QStringLiteral(":name"), g.name.trimmed())
        .bind(QStringLiteral(":number"), g.number > 0 ? QVariant(g.number) : QVariant(QMetaType::fromType<int>()))
        .bind(QStringLiteral(":purpose"), groupPurposeCode(g.purpose))
        .bindId(QStringLiteral(":tier"), g.tierId)
        .bindId(QStringLiteral(":team"), g.teamId)
        .bind(QStringLiteral(":segment"), identitySegmentCode(g.identitySegment))
        .bindId(QStringLiteral(":channel"), g.channelId)
        .bindId(QStringLiteral(":region"), g.regionId)
        .bindId(QStringLiteral(":parent"), g.parentId)
        .bindId(QStringLiteral(":owner"), g.ownerMemberId)
        .bindId(QStringLiteral(":operator"), g.operatorId)
        .bind(QStringLiteral(":capacity"), g.capacity)
        .bind(QStringLiteral(":created_on"), dateOrNull(g.createdOn))
        .bind(QStringLiteral(":filled_on"), dateOrNull(g.filledOn))
        .bind(QStringLiteral(":rules"), textOrNull(g.rules))
        .bind(QStringLiteral(":culture"), textOrNull(g.culture));
}

DatabaseError constraint(const QString &message)
{
    return DatabaseError::make(DatabaseError::Kind::Constraint, message);
}

} // namespace

double pivotValue(PivotMeasure measure, const GroupGrid::Cell &cell)
{
    switch (measure) {
    case PivotMeasure::Groups:
        return cell.groups;
    case PivotMeasure::Members:
        return double(cell.members);
    case PivotMeasure::ActiveRate7d:
        return cell.members > 0 ? double(cell.amount) / double(cell.members) : 0.0;
    case PivotMeasure::MessagesPerDay:
        return double(cell.amount) / 7.0;
    case PivotMeasure::Gmv30d:
        return double(cell.amount) / 100.0;
    case PivotMeasure::NetJoins30d:
    case PivotMeasure::KocCount:
        break;
    }
    return double(cell.amount);
}

namespace {

void addInto(GroupGrid::Cell *sum, const GroupGrid::Cell &c)
{
    sum->groups += c.groups;
    sum->members += c.members;
    sum->amount += c.amount;
}

} // namespace

GroupGrid::Cell GroupGrid::rowTotal(int row) const
{
    Cell sum;
    for (int c = 0; c < columns.size(); ++c)
        addInto(&sum, cell(row, c));
    sum.value = pivotValue(measure, sum);
    return sum;
}

GroupGrid::Cell GroupGrid::columnTotal(int column) const
{
    Cell sum;
    for (int r = 0; r < rows.size(); ++r)
        addInto(&sum, cell(r, column));
    sum.value = pivotValue(measure, sum);
    return sum;
}

GroupGrid::Cell GroupGrid::total() const
{
    Cell sum;
    for (const Cell &c : cells)
        addInto(&sum, c);
    sum.value = pivotValue(measure, sum);
    return sum;
}

// A violated UNIQUE index on live names says "UNIQUE constraint failed: chat_groups.name";
// the user needs to hear which name is taken.
DatabaseError GroupRepository::explainWriteError(const Group &group, DatabaseError err)
{
    if (err.kind != DatabaseError::Kind::Constraint)
        return err;
    Query q(m_db, QStringLiteral("SELECT 1 FROM chat_groups WHERE name = :name AND status <> 'dissolved' "
                                 "AND id <> :id LIMIT 1"));
    q.bind(QStringLiteral(":name"), group.name.trimmed()).bind(QStringLiteral(":id"), group.id);
    if (!q.exec(tr("check group name")) && q.next())
        return constraint(tr("A group named “%1” already exists. Dissolved groups free their names; "
                             "archived ones keep them.").arg(group.name.trimmed()));
    return err;
}

// The schema refuses a group as its own parent; longer loops (A under B under A) are caught here.
DatabaseError GroupRepository::checkParent(const Group &group)
{
    if (group.parentId <= 0 || group.id <= 0)
        return {};
    Query q(m_db, QStringLiteral("WITH RECURSIVE up(id) AS (SELECT :parent "
                                 "UNION SELECT g.parent_id FROM chat_groups g JOIN up ON g.id = up.id "
                                 "WHERE g.parent_id IS NOT NULL) "
                                 "SELECT 1 FROM up WHERE id = :self LIMIT 1"));
    q.bind(QStringLiteral(":parent"), group.parentId).bind(QStringLiteral(":self"), group.id);
    if (auto err = q.exec(tr("check master group")))
        return err;
    if (q.next())
        return constraint(tr("“%1” cannot be placed under one of its own sub-groups.").arg(group.name));
    return {};
}

DatabaseError GroupRepository::create(const Group &group, qint64 *id)
{
    if (const QString problem = validateGroup(group); !problem.isEmpty())
        return constraint(problem);
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Query q(m_db, QStringLiteral(
        "INSERT INTO chat_groups (name, number, purpose, tier_id, team_id, identity_segment, channel_id, region_id, "
        "parent_id, owner_member_id, operator_id, capacity, created_on, filled_on, status, rules, culture) "
        "VALUES (:name, :number, :purpose, :tier, :team, :segment, :channel, :region, :parent, :owner, :operator, "
        ":capacity, coalesce(:created_on, date('now', 'localtime')), :filled_on, :status, :rules, :culture)"));
    bindEditable(q, group);
    q.bind(QStringLiteral(":status"), groupStatusCode(group.status));
    if (auto err = q.exec(tr("create group “%1”").arg(group.name.trimmed())))
        return explainWriteError(group, err);
    const qint64 newId = q.lastInsertId();
    Group stored;
    if (auto err = get(newId, &stored))
        return err;
    if (auto err = AuditRepository(m_db).record(QStringLiteral("create"), AuditEntity, newId, {}, stored.toJson()))
        return err;
    if (auto err = tx.commit())
        return err;
    if (id)
        *id = newId;
    return {};
}

DatabaseError GroupRepository::get(qint64 id, Group *out)
{
    Query q(m_db, QStringLiteral("SELECT ") + GroupColumns + QStringLiteral(" FROM chat_groups g WHERE g.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("read group")))
        return err;
    if (!q.next())
        return DatabaseError::make(DatabaseError::Kind::NotFound, tr("Group %1 does not exist.").arg(id));
    readGroup(q, out);
    return {};
}

DatabaseError GroupRepository::update(const Group &group)
{
    if (const QString problem = validateGroup(group); !problem.isEmpty())
        return constraint(problem);
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Group before;
    if (auto err = get(group.id, &before))
        return err;
    if (auto err = checkParent(group))
        return err;
    Query q(m_db, QStringLiteral(
        "UPDATE chat_groups SET name = :name, number = :number, purpose = :purpose, tier_id = :tier, team_id = :team, "
        "identity_segment = :segment, channel_id = :channel, region_id = :region, parent_id = :parent, "
        "owner_member_id = :owner, operator_id = :operator, capacity = :capacity, "
        "created_on = coalesce(:created_on, created_on), filled_on = :filled_on, rules = :rules, culture = :culture, "
        "updated_at = datetime('now', 'localtime') WHERE id = :id"));
    bindEditable(q, group);
    q.bind(QStringLiteral(":id"), group.id);
    if (auto err = q.exec(tr("save group “%1”").arg(group.name.trimmed())))
        return explainWriteError(group, err);
    Group after;
    if (auto err = get(group.id, &after))
        return err;
    if (auto err = AuditRepository(m_db).record(QStringLiteral("update"), AuditEntity, group.id, before.toJson(),
                                                after.toJson()))
        return err;
    return tx.commit();
}

DatabaseError GroupRepository::changeStatus(qint64 id, GroupStatus from, GroupStatus to, const QString &action)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Group before;
    if (auto err = get(id, &before))
        return err;
    if (before.status != from)
        return constraint(tr("“%1” is %2 and cannot change to %3.")
                              .arg(before.name, groupStatusLabel(before.status), groupStatusLabel(to)));
    Query q(m_db, QStringLiteral("UPDATE chat_groups SET status = :status, status_changed_at = datetime('now', "
                                 "'localtime'), updated_at = datetime('now', 'localtime') WHERE id = :id"));
    q.bind(QStringLiteral(":status"), groupStatusCode(to)).bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("change the status of “%1”").arg(before.name)))
        return explainWriteError(before, err);
    Group after;
    if (auto err = get(id, &after))
        return err;
    if (auto err = AuditRepository(m_db).record(action, AuditEntity, id, before.toJson(), after.toJson()))
        return err;
    return tx.commit();
}

DatabaseError GroupRepository::archive(qint64 id)
{
    return changeStatus(id, GroupStatus::Active, GroupStatus::Archived, QStringLiteral("archive"));
}

DatabaseError GroupRepository::restore(qint64 id)
{
    return changeStatus(id, GroupStatus::Archived, GroupStatus::Active, QStringLiteral("restore"));
}

DatabaseError GroupRepository::dissolve(qint64 id, const QDateTime &at, int *closedMemberships)
{
    const QString when = (at.isValid() ? at : QDateTime::currentDateTime()).toString(DbTimeFormat);
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Group before;
    if (auto err = get(id, &before))
        return err;
    if (before.status == GroupStatus::Dissolved)
        return constraint(tr("“%1” is already dissolved.").arg(before.name));

    Query group(m_db, QStringLiteral("UPDATE chat_groups SET status = 'dissolved', status_changed_at = :at, "
                                     "updated_at = datetime('now', 'localtime') WHERE id = :id"));
    group.bind(QStringLiteral(":at"), when).bind(QStringLiteral(":id"), id);
    if (auto err = group.exec(tr("dissolve “%1”").arg(before.name)))
        return err;
    // A membership recorded as starting after the dissolution closes at its own start, so the
    // schema's left_at >= joined_at holds.
    Query members(m_db, QStringLiteral("UPDATE memberships SET left_at = max(joined_at, :at), leave_reason = 'dissolved' "
                                       "WHERE group_id = :id AND left_at IS NULL"));
    members.bind(QStringLiteral(":at"), when).bind(QStringLiteral(":id"), id);
    if (auto err = members.exec(tr("close the memberships of “%1”").arg(before.name)))
        return err;
    const int closed = members.numRowsAffected();

    Group after;
    if (auto err = get(id, &after))
        return err;
    QJsonObject afterJson = after.toJson();
    afterJson.insert(QStringLiteral("closed_memberships"), closed);
    if (auto err = AuditRepository(m_db).record(QStringLiteral("dissolve"), AuditEntity, id, before.toJson(), afterJson))
        return err;
    if (auto err = tx.commit())
        return err;
    if (closedMemberships)
        *closedMemberships = closed;
    return {};
}

DatabaseError GroupRepository::listSummaries(const GroupFilter &filter, QList<GroupSummary> *out)
{
    QStringList where;
    QVariantList args;
    const auto arg = [&args](const QVariant &v) {
        args.append(v);
        return QStringLiteral(":a%1").arg(args.size() - 1);
    };
    if (!filter.statuses.isEmpty()) {
        QStringList codes;
        for (GroupStatus s : filter.statuses)
            codes.append(arg(groupStatusCode(s)));
        where.append(QStringLiteral("g.status IN (") + codes.join(QStringLiteral(", ")) + QLatin1Char(')'));
    }
    const auto idFilter = [&](const std::optional<qint64> &id, const QString &column) {
        if (!id)
            return;
        if (*id > 0)
            where.append(column + QStringLiteral(" = ") + arg(*id));
        else
            where.append(column + QStringLiteral(" IS NULL"));
    };
    idFilter(filter.tierId, QStringLiteral("g.tier_id"));
    idFilter(filter.teamId, QStringLiteral("g.team_id"));
    idFilter(filter.operatorId, QStringLiteral("g.operator_id"));
    if (!filter.text.trimmed().isEmpty()) {
        QString pattern = filter.text.trimmed();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        where.append(QStringLiteral("g.name LIKE ") + arg(QString(QLatin1Char('%') + pattern + QLatin1Char('%')))
                     + QStringLiteral(" ESCAPE '\\'"));
    }

    // Open members are the trigger-kept member_count (migration 4); KOCs come from one
    // aggregate starting from the (few) KOC members through members_koc.
    // CROSS JOIN pins that order: without ANALYZE statistics SQLite otherwise walks every
    // membership and looks up its member (4 s instead of 0.1 s at 1.3M memberships).
    const QString sql = QStringLiteral("SELECT ") + GroupColumns + QStringLiteral(
        ", t.name, t.rank, tm.name, o.name, p.name, g.member_count, coalesce(kc.n, 0) "
        "FROM chat_groups g "
        "LEFT JOIN tiers t ON t.id = g.tier_id "
        "LEFT JOIN teams tm ON tm.id = g.team_id "
        "LEFT JOIN operators o ON o.id = g.operator_id "
        "LEFT JOIN chat_groups p ON p.id = g.parent_id "
        "LEFT JOIN (SELECT m.group_id, count(*) AS n FROM members k CROSS JOIN memberships m ON m.member_id = k.id "
        "WHERE k.is_koc = 1 AND m.left_at IS NULL GROUP BY m.group_id) kc ON kc.group_id = g.id ")
        + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY t.rank IS NULL, t.rank, g.team_id IS NULL, g.team_id, g.name, g.id");

    Query q(m_db, sql);
    for (int i = 0; i < args.size(); ++i)
        q.bind(QStringLiteral(":a%1").arg(i), args.at(i));
    if (auto err = q.exec(tr("list groups")))
        return err;
    QList<GroupSummary> rows;
    while (q.next()) {
        GroupSummary s;
        readGroup(q, &s);
        int c = GroupColumnCount;
        s.tierName = q.value(c++).toString();
        s.tierRank = q.value(c++).toInt();
        s.teamName = q.value(c++).toString();
        s.operatorName = q.value(c++).toString();
        s.parentName = q.value(c++).toString();
        s.memberCount = q.value(c++).toInt();
        s.kocCount = q.value(c++).toInt();
        rows.append(s);
    }
    *out = std::move(rows);
    return {};
}

DatabaseError GroupRepository::axisItems(GroupDimension dimension, QList<GroupGrid::Item> *out)
{
    out->clear();
    if (dimension == GroupDimension::Purpose) {
        for (GroupPurpose p : allGroupPurposes())
            out->append({groupPurposeCode(p), groupPurposeLabel(p)});
        return {};
    }
    if (dimension == GroupDimension::Identity) {
        for (IdentitySegment s : allIdentitySegments())
            out->append({identitySegmentCode(s), identitySegmentLabel(s)});
        return {};
    }
    if (dimension == GroupDimension::Stage) {
        // In lifecycle order, all four even when empty: a missing stage is what the director looks for.
        for (LifecycleStage s : allLifecycleStages())
            out->append({lifecycleStageCode(s), lifecycleStageLabel(s)});
        return {};
    }
    QString sql;
    switch (dimension) {
    case GroupDimension::Tier:
        sql = QStringLiteral("SELECT id, name FROM tiers ORDER BY rank, id");
        break;
    case GroupDimension::Team:
        sql = QStringLiteral("SELECT id, name FROM teams ORDER BY id");
        break;
    case GroupDimension::Operator:
        // Former staff appear only while groups still name them.
        sql = QStringLiteral("SELECT id, name FROM operators WHERE active = 1 "
                             "OR id IN (SELECT operator_id FROM chat_groups) ORDER BY name, id");
        break;
    case GroupDimension::Channel:
        sql = QStringLiteral("SELECT id, name FROM channels ORDER BY id");
        break;
    case GroupDimension::Region:
        sql = QStringLiteral("SELECT id, name FROM regions ORDER BY id");
        break;
    case GroupDimension::Purpose:
    case GroupDimension::Identity:
    case GroupDimension::Stage:
        break;
    }
    Query q(m_db, sql);
    if (auto err = q.exec(tr("read the %1 list").arg(groupDimensionLabel(dimension))))
        return err;
    while (q.next())
        out->append({q.value(0).toString(), q.value(1).toString()});
    return {};
}

DatabaseError GroupRepository::countByDimensions(GroupDimension rowDimension, GroupDimension columnDimension,
                                                 GroupGrid *out, const QList<GroupStatus> &statuses)
{
    return pivot(rowDimension, columnDimension, PivotMeasure::Groups, QDate::currentDate(), out, statuses);
}

DatabaseError GroupRepository::pivot(GroupDimension rowDimension, GroupDimension columnDimension,
                                     PivotMeasure measure, const QDate &today, GroupGrid *out,
                                     const QList<GroupStatus> &statuses)
{
    static const QHash<GroupDimension, QString> keyColumn = {
        {GroupDimension::Tier, QStringLiteral("g.tier_id")},
        {GroupDimension::Team, QStringLiteral("g.team_id")},
        {GroupDimension::Operator, QStringLiteral("g.operator_id")},
        {GroupDimension::Purpose, QStringLiteral("g.purpose")},
        {GroupDimension::Identity, QStringLiteral("g.identity_segment")},
        {GroupDimension::Channel, QStringLiteral("g.channel_id")},
        {GroupDimension::Region, QStringLiteral("g.region_id")},
        {GroupDimension::Stage, QStringLiteral("gs.stage")},
    };
    GroupGrid grid;
    grid.rowDimension = rowDimension;
    grid.columnDimension = columnDimension;
    grid.measure = measure;
    if (auto err = axisItems(rowDimension, &grid.rows))
        return err;
    if (auto err = axisItems(columnDimension, &grid.columns))
        return err;

    // The per-group amount, from the activity rollups of migration 4 (see ActivityRollups):
    // group_days for the event measures, one primary-key range per group; member_count for
    // members; KOCs start from the few KOC members, as in listSummaries. The 7-day active
    // members come from memberships.last_active_at, which knows only each member's latest
    // activity: exact while no event lies after the window's end (the usual "as of today"),
    // otherwise the window is counted from the raw events instead.
    QString amount;
    QString extraJoin;
    bool window = false;
    int windowDays = 7;
    const QString dayRange = QStringLiteral("FROM group_days d WHERE d.group_id = g.id AND d.day >= :from AND d.day < :end)");
    switch (measure) {
    case PivotMeasure::Groups:
        amount = QStringLiteral("1");
        break;
    case PivotMeasure::Members:
        amount = QStringLiteral("g.member_count");
        break;
    case PivotMeasure::ActiveRate7d: {
        window = true;
        bool exact = false;
        if (auto err = ActivityRollups(m_db).lastActivityCoversDay(today, &exact))
            return err;
        if (exact) {
            amount = QStringLiteral("(SELECT count(*) FROM memberships m WHERE m.group_id = g.id AND m.left_at IS NULL "
                                    "AND m.last_active_at >= :from AND m.last_active_at < :end)");
        } else {
            amount = QStringLiteral("(SELECT count(DISTINCT e.member_id) FROM events e WHERE e.group_id = g.id "
                                    "AND e.occurred_at >= :from AND e.occurred_at < :end "
                                    "AND e.kind NOT IN ('join', 'leave'))");
        }
        break;
    }
    case PivotMeasure::MessagesPerDay:
        amount = QStringLiteral("(SELECT coalesce(sum(d.messages), 0) ") + dayRange;
        window = true;
        break;
    case PivotMeasure::NetJoins30d:
        amount = QStringLiteral("(SELECT coalesce(sum(d.joins - d.leaves), 0) ") + dayRange;
        window = true;
        windowDays = 30;
        break;
    case PivotMeasure::Gmv30d:
        amount = QStringLiteral("(SELECT coalesce(sum(d.gmv_fen), 0) ") + dayRange;
        window = true;
        windowDays = 30;
        break;
    case PivotMeasure::KocCount:
        amount = QStringLiteral("coalesce(kc.n, 0)");
        extraJoin = QStringLiteral(
            "LEFT JOIN (SELECT m.group_id, count(*) AS n FROM members k CROSS JOIN memberships m "
            "ON m.member_id = k.id WHERE k.is_koc = 1 AND m.left_at IS NULL GROUP BY m.group_id) kc "
            "ON kc.group_id = g.id ");
        break;
    }

    // The recorded stage: at most one open span per group (group_stages_open), so the join
    // adds no rows. Groups without one (archived, dissolved, never refreshed) get NULL: unassigned.
    const QString stageJoin = rowDimension == GroupDimension::Stage || columnDimension == GroupDimension::Stage
        ? QStringLiteral("LEFT JOIN group_stages gs ON gs.group_id = g.id AND gs.until IS NULL ")
        : QString();

    QStringList placeholders;
    for (int i = 0; i < statuses.size(); ++i)
        placeholders.append(QStringLiteral(":s%1").arg(i));
    Query q(m_db, QStringLiteral("SELECT rk, ck, count(*), coalesce(sum(n), 0), coalesce(sum(amount), 0) FROM ("
                                 "SELECT ") + keyColumn.value(rowDimension) + QStringLiteral(" AS rk, ")
                      + keyColumn.value(columnDimension) + QStringLiteral(" AS ck, g.member_count AS n, ") + amount
                      + QStringLiteral(" AS amount FROM chat_groups g ")
                      + extraJoin + stageJoin
                      + (statuses.isEmpty() ? QString()
                                            : QStringLiteral("WHERE g.status IN (")
                                                  + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')'))
                      + QStringLiteral(") GROUP BY 1, 2"));
    for (int i = 0; i < statuses.size(); ++i)
        q.bind(placeholders.at(i), groupStatusCode(statuses.at(i)));
    if (window) {
        q.bind(QStringLiteral(":from"), today.addDays(1 - windowDays).toString(Qt::ISODate));
        q.bind(QStringLiteral(":end"), today.addDays(1).toString(Qt::ISODate));
    }
    if (auto err = q.exec(tr("count groups by %1 and %2")
                              .arg(groupDimensionLabel(rowDimension), groupDimensionLabel(columnDimension))))
        return err;

    struct Count
    {
        QString row, column;
        GroupGrid::Cell cell;
    };
    QList<Count> counts;
    while (q.next()) {
        // Ids come back as integers, codes as text, unassigned as NULL -> "".
        const auto key = [&q](int i) { return q.value(i).isNull() ? QString() : q.value(i).toString(); };
        counts.append({key(0), key(1), {q.value(2).toInt(), q.value(3).toLongLong(), q.value(4).toLongLong(), 0.0}});
    }

    const auto indexOf = [](QList<GroupGrid::Item> &items, const QString &key) {
        for (int i = 0; i < items.size(); ++i) {
            if (items.at(i).key == key)
                return i;
        }
        items.append({key, key.isEmpty() ? tr("Unassigned") : key});
        return int(items.size() - 1);
    };
    // Place unassigned buckets last: resolve every key first, then size the cells.
    for (const Count &c : counts) {
        indexOf(grid.rows, c.row);
        indexOf(grid.columns, c.column);
    }
    grid.cells.fill(GroupGrid::Cell{}, grid.rows.size() * grid.columns.size());
    for (const Count &c : counts) {
        GroupGrid::Cell &cell = grid.cells[indexOf(grid.rows, c.row) * grid.columns.size() + indexOf(grid.columns, c.column)];
        addInto(&cell, c.cell);
    }
    for (GroupGrid::Cell &cell : grid.cells)
        cell.value = pivotValue(measure, cell);
    *out = std::move(grid);
    return {};
}

QString GroupRepository::plainPivotSql(PivotMeasure measure, const QDate &today)
{
    const QString live = QStringLiteral("g.status IN ('active', 'archived')");
    const auto window = [&today](int days) {
        return QStringLiteral("e.occurred_at >= '%1' AND e.occurred_at < '%2'")
            .arg(today.addDays(1 - days).toString(Qt::ISODate), today.addDays(1).toString(Qt::ISODate));
    };
    const QString overEvents = QStringLiteral(" FROM events e JOIN chat_groups g ON g.id = e.group_id WHERE ") + live
        + QStringLiteral(" AND ");
    switch (measure) {
    case PivotMeasure::Groups:
        return QStringLiteral("SELECT g.tier_id, g.team_id, count(*) FROM chat_groups g WHERE ") + live
            + QStringLiteral(" GROUP BY 1, 2;");
    case PivotMeasure::Members:
        return QStringLiteral("SELECT g.tier_id, g.team_id, count(*) FROM memberships m JOIN chat_groups g "
                              "ON g.id = m.group_id WHERE m.left_at IS NULL AND ")
            + live + QStringLiteral(" GROUP BY 1, 2;");
    case PivotMeasure::ActiveRate7d:
        return QStringLiteral("SELECT g.tier_id, g.team_id, count(DISTINCT e.group_id || '-' || e.member_id)") + overEvents
            + window(7) + QStringLiteral(" AND e.kind NOT IN ('join', 'leave') GROUP BY 1, 2;");
    case PivotMeasure::MessagesPerDay:
        return QStringLiteral("SELECT g.tier_id, g.team_id, count(*)") + overEvents + window(7)
            + QStringLiteral(" AND e.kind IN ('message', 'reply') GROUP BY 1, 2;");
    case PivotMeasure::NetJoins30d:
        return QStringLiteral("SELECT g.tier_id, g.team_id, sum(CASE e.kind WHEN 'join' THEN 1 ELSE -1 END)") + overEvents
            + window(30) + QStringLiteral(" AND e.kind IN ('join', 'leave') GROUP BY 1, 2;");
    case PivotMeasure::Gmv30d:
        return QStringLiteral("SELECT g.tier_id, g.team_id, sum(e.amount_fen)") + overEvents + window(30)
            + QStringLiteral(" AND e.kind = 'purchase' GROUP BY 1, 2;");
    case PivotMeasure::KocCount:
        return QStringLiteral("SELECT g.tier_id, g.team_id, count(*) FROM members k JOIN memberships m ON m.member_id = k.id "
                              "JOIN chat_groups g ON g.id = m.group_id WHERE k.is_koc = 1 AND m.left_at IS NULL AND ")
            + live + QStringLiteral(" GROUP BY 1, 2;");
    }
    return {};
}

} // namespace qundesk
