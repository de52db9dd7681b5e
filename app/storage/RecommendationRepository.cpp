#include "storage/RecommendationRepository.h"

#include "domain/Schedule.h"
#include "domain/Sop.h"
#include "storage/AuditRepository.h"
#include "storage/GroupActivityRepository.h"
#include "storage/GroupRepository.h"
#include "storage/Query.h"
#include "storage/ScheduleRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SopRepository.h"
#include "storage/SqlTransaction.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace qundesk {

namespace {

using K = DatabaseError::Kind;

const QString DbTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

// A still-active member of the membership row `m`: any activity other than joining or leaving
// in the same group within the window (events_member_time: one short range per member).
const QString ActiveInWindow = QStringLiteral(
    "EXISTS (SELECT 1 FROM events e WHERE e.member_id = m.member_id AND e.group_id = m.group_id "
    "AND e.occurred_at >= :from AND e.occurred_at < :end AND e.kind NOT IN ('join', 'leave'))");

// A promotion candidate of sub-group :g under master :p: qualifies by the rule, not blacklisted,
// not in the master group, and counted for the lowest-id active sub-group of :p it is in.
// (Each placeholder appears once: QSQLITE binds a repeated name only at its first place.)
const QString PromotionCandidatesSql = QStringLiteral(
    "SELECT k.id, k.display_name FROM memberships m JOIN members k ON k.id = m.member_id "
    "WHERE m.group_id = :g AND m.left_at IS NULL AND (k.points_balance >= :pts OR k.is_koc = 1) "
    "AND k.blacklisted = 0 "
    "AND NOT EXISTS (SELECT 1 FROM memberships p WHERE p.member_id = m.member_id AND p.group_id = :p "
    "AND p.left_at IS NULL) "
    "AND NOT EXISTS (SELECT 1 FROM memberships o JOIN chat_groups og ON og.id = o.group_id "
    "WHERE o.member_id = m.member_id AND o.left_at IS NULL AND og.parent_id = :p2 AND og.status = 'active' "
    "AND o.group_id < :g2) "
    "ORDER BY k.is_koc DESC, k.points_balance DESC, k.id LIMIT :n");

QString dayStart(const QDate &day) { return day.toString(Qt::ISODate); }

DatabaseError constraint(const QString &message) { return DatabaseError::make(K::Constraint, message); }

void bindPromotion(Query &q, const Recommendation &r, int minPoints)
{
    q.bind(QStringLiteral(":g"), r.groupId).bind(QStringLiteral(":g2"), r.groupId)
        .bind(QStringLiteral(":p"), r.targetGroupId).bind(QStringLiteral(":p2"), r.targetGroupId)
        .bind(QStringLiteral(":pts"), minPoints).bind(QStringLiteral(":n"), r.members);
}

void bindWindow(Query &q, const QDate &today, int days)
{
    q.bind(QStringLiteral(":from"), dayStart(today.addDays(1 - days)))
        .bind(QStringLiteral(":end"), dayStart(today.addDays(1)));
}

} // namespace

DatabaseError RecommendationRepository::rules(RecommendationRules *out)
{
    RecommendationRules r;
    QString text;
    if (auto err = SettingsRepository(m_db).get(QString::fromLatin1(PromotionMinPointsKey),
                                                 QString::number(r.promotionMinPoints), &text))
        return err;
    bool ok = false;
    const int points = text.trimmed().toInt(&ok);
    if (ok && points >= 0)
        r.promotionMinPoints = points;
    *out = r;
    return {};
}

DatabaseError RecommendationRepository::gather(const QDate &today, const QList<GroupActivity> &activity,
                                               const RecommendationRules &rules, QList<RecommendationGroup> *groups,
                                               QList<PromotionCandidates> *promotions)
{
    LifecycleThresholds thresholds;
    if (auto err = SettingsRepository(m_db).lifecycleThresholds(&thresholds))
        return err;
    QHash<qint64, const GroupActivity *> activityOf;
    for (const GroupActivity &a : std::as_const(activity))
        activityOf.insert(a.groupId, &a);

    // Every group (names and numbers of all statuses matter for new sub-groups), whether a
    // campaign SOP was ever stamped on it, and its KOCs (starting from the few KOC members,
    // as GroupRepository::listSummaries does).
    Query q(m_db, QStringLiteral(
        "SELECT g.id, g.name, g.number, g.purpose, g.tier_id, g.team_id, g.identity_segment, g.parent_id, "
        "g.status, g.capacity, "
        "EXISTS (SELECT 1 FROM sop_applications a JOIN sop_templates t ON t.id = a.template_id "
        "WHERE a.group_id = g.id AND t.kind = 'campaign'), coalesce(kc.n, 0) "
        "FROM chat_groups g "
        "LEFT JOIN (SELECT m.group_id, count(*) AS n FROM members k CROSS JOIN memberships m ON m.member_id = k.id "
        "WHERE k.is_koc = 1 AND m.left_at IS NULL GROUP BY m.group_id) kc ON kc.group_id = g.id ORDER BY g.id"));
    if (auto err = q.exec(tr("read the groups for the recommendations")))
        return err;
    QList<RecommendationGroup> rows;
    while (q.next()) {
        RecommendationGroup g;
        g.id = q.value(0).toLongLong();
        g.name = q.value(1).toString();
        g.number = q.value(2).toInt();
        g.purpose = groupPurposeFromCode(q.value(3).toString()).value_or(GroupPurpose::Other);
        g.tierId = q.value(4).toLongLong();
        g.teamId = q.value(5).toLongLong();
        g.identitySegment = identitySegmentFromCode(q.value(6).toString()).value_or(IdentitySegment::Mixed);
        g.parentId = q.value(7).toLongLong();
        g.status = groupStatusFromCode(q.value(8).toString()).value_or(GroupStatus::Active);
        g.capacity = q.value(9).toInt();
        g.hasOnboardingSop = q.value(10).toInt() != 0;
        g.kocCount = q.value(11).toInt();
        if (const GroupActivity *a = activityOf.value(g.id)) {
            const LifecycleInput input = a->lifecycleInput(today, thresholds);
            g.members = a->members;
            g.activeRate7d = activeRate7d(input);
            g.assessment = assessLifecycle(input, thresholds);
        }
        rows.append(g);
    }

    // Still-active members only where they matter: the few groups that may be dissolved.
    Query active(m_db, QStringLiteral("SELECT count(*) FROM memberships m WHERE m.group_id = :g AND m.left_at IS NULL AND ")
                           + ActiveInWindow);
    for (RecommendationGroup &g : rows) {
        if (!isDissolveCandidate(g, thresholds, rules))
            continue;
        active.bind(QStringLiteral(":g"), g.id);
        bindWindow(active, today, rules.activeWindowDays);
        if (auto err = active.exec(tr("count the still-active members of “%1”").arg(g.name)))
            return err;
        g.active30d = active.next() ? active.value(0).toInt() : 0;
    }

    // Promotion candidates per sub-group, each member counted once per master group.
    Query p(m_db, QStringLiteral(
        "SELECT sub, count(*) FROM ("
        " SELECT m.member_id, g.parent_id AS master, min(g.id) AS sub"
        " FROM members k CROSS JOIN memberships m ON m.member_id = k.id JOIN chat_groups g ON g.id = m.group_id"
        " WHERE (k.points_balance >= :pts OR k.is_koc = 1) AND k.blacklisted = 0 AND m.left_at IS NULL"
        " AND g.status = 'active' AND g.parent_id IS NOT NULL"
        " AND NOT EXISTS (SELECT 1 FROM memberships pm WHERE pm.member_id = m.member_id"
        "   AND pm.group_id = g.parent_id AND pm.left_at IS NULL)"
        " GROUP BY m.member_id, g.parent_id) GROUP BY sub"));
    p.bind(QStringLiteral(":pts"), rules.promotionMinPoints);
    if (auto err = p.exec(tr("find the promotion candidates")))
        return err;
    QList<PromotionCandidates> candidates;
    while (p.next())
        candidates.append({p.value(0).toLongLong(), p.value(1).toInt()});

    *groups = std::move(rows);
    *promotions = std::move(candidates);
    return {};
}

DatabaseError RecommendationRepository::list(const QDate &today, QList<Recommendation> *out)
{
    if (!today.isValid())
        return constraint(tr("Choose the day to evaluate the recommendations for."));
    QList<GroupActivity> activity;
    if (auto err = GroupActivityRepository(m_db).activeGroups(today, &activity))
        return err;
    return list(today, activity, out);
}

DatabaseError RecommendationRepository::list(const QDate &today, const QList<GroupActivity> &activity,
                                             QList<Recommendation> *out)
{
    if (!today.isValid())
        return constraint(tr("Choose the day to evaluate the recommendations for."));
    RecommendationRules r;
    if (auto err = rules(&r))
        return err;
    LifecycleThresholds thresholds;
    if (auto err = SettingsRepository(m_db).lifecycleThresholds(&thresholds))
        return err;
    QList<RecommendationGroup> groups;
    QList<PromotionCandidates> promotions;
    if (auto err = gather(today, activity, r, &groups, &promotions))
        return err;
    QList<Recommendation> list = recommend(groups, promotions, thresholds, r);
    for (Recommendation &rec : list)
        rec.asOf = today;
    *out = std::move(list);
    return {};
}

DatabaseError RecommendationRepository::memberNames(const QString &sql, const Recommendation &r, const QDate &today,
                                                    QStringList *out)
{
    RecommendationRules ru;
    if (auto err = rules(&ru))
        return err;
    Query q(m_db, sql);
    if (r.action == RecommendationAction::Promote) {
        bindPromotion(q, r, ru.promotionMinPoints);
    } else {
        q.bind(QStringLiteral(":g"), r.groupId);
        bindWindow(q, today, ru.activeWindowDays);
    }
    if (auto err = q.exec(tr("list the members of “%1”").arg(r.groupName)))
        return err;
    out->clear();
    while (q.next())
        out->append(q.value(1).toString());
    return {};
}

DatabaseError RecommendationRepository::builtinCampaign(qint64 *templateId, QString *name, int *steps)
{
    Query q(m_db, QStringLiteral("SELECT t.id, t.name, (SELECT count(*) FROM sop_steps s WHERE s.template_id = t.id) "
                                 "FROM sop_templates t WHERE t.builtin = 1 AND t.kind = 'campaign' ORDER BY t.id LIMIT 1"));
    if (auto err = q.exec(tr("find the built-in onboarding SOP")))
        return err;
    if (!q.next())
        return DatabaseError::make(K::NotFound, tr("The built-in new-member 7-day SOP template is not installed: "
                                                   "install the built-in templates on the calendar screen first."));
    *templateId = q.value(0).toLongLong();
    *name = q.value(1).toString();
    *steps = q.value(2).toInt();
    return {};
}

DatabaseError RecommendationRepository::preview(const Recommendation &r, RecommendationPreview *out)
{
    const QDate today = r.asOf.isValid() ? r.asOf : QDate::currentDate();
    RecommendationPreview p;
    p.recommendation = r;
    switch (r.action) {
    case RecommendationAction::MigrateAndDissolve: {
        if (auto err = memberNames(QStringLiteral("SELECT m.member_id, k.display_name FROM memberships m "
                                                  "JOIN members k ON k.id = m.member_id "
                                                  "WHERE m.group_id = :g AND m.left_at IS NULL AND ")
                                       + ActiveInWindow + QStringLiteral(" ORDER BY m.id"),
                                   r, today, &p.memberNames))
            return err;
        Query counts(m_db, QStringLiteral("SELECT count(*), coalesce(sum(act), 0), coalesce(sum(act AND there), 0) "
                                          "FROM (SELECT ") + ActiveInWindow + QStringLiteral(
            " AS act, EXISTS (SELECT 1 FROM memberships t WHERE t.member_id = m.member_id AND t.group_id = :target "
            "AND t.left_at IS NULL) AS there FROM memberships m WHERE m.group_id = :g AND m.left_at IS NULL)"));
        counts.bind(QStringLiteral(":g"), r.groupId).bind(QStringLiteral(":target"), r.targetGroupId);
        RecommendationRules ru;
        if (auto err = rules(&ru))
            return err;
        bindWindow(counts, today, ru.activeWindowDays);
        if (auto err = counts.exec(tr("count the members of “%1”").arg(r.groupName)))
            return err;
        if (counts.next()) {
            p.migrated = counts.value(1).toInt();
            p.alreadyInTarget = counts.value(2).toInt();
            p.closedDissolved = counts.value(0).toInt() - p.migrated;
        }
        p.opened = p.migrated - p.alreadyInTarget;
        p.dissolvesGroup = true;
        if (r.createsGroup()) {
            p.createsGroupName = r.targetName;
            p.lines.append(tr("Create the sub-group “%1” (same tier, team, identity, purpose and master group as “%2”).")
                               .arg(r.targetName, r.groupName));
        }
        if (p.migrated > 0) {
            p.lines.append(tr("Close %n membership(s) in “%1” with reason “migrated”.", nullptr, p.migrated).arg(r.groupName));
            p.lines.append(tr("Open %n membership(s) in “%1”.", nullptr, p.opened).arg(r.targetName));
            if (p.alreadyInTarget > 0)
                p.lines.append(tr("%n of the migrated member(s) are already in “%1”.", nullptr, p.alreadyInTarget)
                                   .arg(r.targetName));
        }
        p.lines.append(tr("Close %n membership(s) in “%1” with reason “dissolved”.", nullptr, p.closedDissolved)
                           .arg(r.groupName));
        p.lines.append(tr("Mark “%1” dissolved.").arg(r.groupName));
        break;
    }
    case RecommendationAction::Promote: {
        if (auto err = memberNames(PromotionCandidatesSql, r, today, &p.memberNames))
            return err;
        p.opened = int(p.memberNames.size());
        p.lines.append(tr("Add %n member(s) of “%1” to the master group “%2”.", nullptr, p.opened)
                           .arg(r.groupName, r.targetName));
        break;
    }
    case RecommendationAction::AddOnboardingSop: {
        qint64 templateId = 0;
        if (auto err = builtinCampaign(&templateId, &p.sopTemplateName, &p.sopEntries)) {
            if (err.kind != K::NotFound)
                return err;
            p.applicable = false;
            p.lines.append(err.message);
            break;
        }
        p.lines.append(tr("Put “%1” on the calendar of “%2” from %3: %n entry(s).", nullptr, p.sopEntries)
                           .arg(p.sopTemplateName, r.groupName, today.toString(Qt::ISODate)));
        break;
    }
    case RecommendationAction::RecruitKoc:
        p.applicable = false;
        p.lines.append(tr("Advice only: KOCs are found and grown in the group; mark them as KOC in their member profiles."));
        break;
    }
    if (!p.memberNames.isEmpty()) {
        constexpr int Shown = 20;
        QStringList names = p.memberNames.mid(0, Shown);
        QString text = names.join(tr(", "));
        if (p.memberNames.size() > Shown)
            text += tr(" and %n more", nullptr, int(p.memberNames.size() - Shown));
        p.lines.append(tr("Members: %1").arg(text));
    }
    *out = std::move(p);
    return {};
}

DatabaseError RecommendationRepository::applyMigration(const Recommendation &r, const QDate &today, const QString &at,
                                                       ApplyResult *out)
{
    RecommendationRules ru;
    if (auto err = rules(&ru))
        return err;
    GroupRepository groups(m_db);   // get() only: it reads without a transaction of its own
    Group before;
    if (auto err = groups.get(r.groupId, &before))
        return err;

    qint64 target = r.targetGroupId;
    QJsonObject created;
    if (r.createsGroup()) {
        Query insert(m_db, QStringLiteral(
            "INSERT INTO chat_groups (name, number, purpose, tier_id, team_id, identity_segment, channel_id, region_id, "
            "parent_id, operator_id, capacity, created_on, status, rules, culture) "
            "SELECT :name, :number, purpose, tier_id, team_id, identity_segment, channel_id, region_id, parent_id, "
            "operator_id, capacity, :today, 'active', rules, culture FROM chat_groups WHERE id = :g"));
        insert.bind(QStringLiteral(":name"), r.targetName).bind(QStringLiteral(":number"), r.newGroupNumber)
            .bind(QStringLiteral(":today"), dayStart(today)).bind(QStringLiteral(":g"), r.groupId);
        if (auto err = insert.exec(tr("create the sub-group “%1”").arg(r.targetName)))
            return err;
        target = insert.lastInsertId();
        Group fresh;
        if (auto err = groups.get(target, &fresh))
            return err;
        created = fresh.toJson();
        out->createdGroups.append(target);
    }

    // Open first, while the still-active memberships are recognisable as open ones.
    Query open(m_db, QStringLiteral("INSERT INTO memberships (member_id, group_id, role, joined_at) "
                                    "SELECT m.member_id, :target, 'member', :at FROM memberships m "
                                    "WHERE m.group_id = :g AND m.left_at IS NULL AND ") + ActiveInWindow
                         + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM memberships t WHERE t.member_id = m.member_id "
                                          "AND t.group_id = :target2 AND t.left_at IS NULL) ORDER BY m.id"));
    open.bind(QStringLiteral(":target"), target).bind(QStringLiteral(":target2"), target).bind(QStringLiteral(":at"), at).bind(QStringLiteral(":g"), r.groupId);
    bindWindow(open, today, ru.activeWindowDays);
    if (auto err = open.exec(tr("move the still-active members of “%1” to “%2”").arg(r.groupName, r.targetName)))
        return err;
    const int opened = open.numRowsAffected();

    Query migrate(m_db, QStringLiteral("UPDATE memberships AS m SET left_at = max(joined_at, :at), leave_reason = 'migrated' "
                                       "WHERE m.group_id = :g AND m.left_at IS NULL AND ") + ActiveInWindow);
    migrate.bind(QStringLiteral(":at"), at).bind(QStringLiteral(":g"), r.groupId);
    bindWindow(migrate, today, ru.activeWindowDays);
    if (auto err = migrate.exec(tr("close the migrated memberships of “%1”").arg(r.groupName)))
        return err;
    const int migrated = migrate.numRowsAffected();
    if (migrated != r.members)
        return constraint(tr("Recommendation “%1” is out of date: “%2” now has %3 still-active members, not %4. "
                             "List the recommendations again.")
                              .arg(r.id, r.groupName).arg(migrated).arg(r.members));

    Query rest(m_db, QStringLiteral("UPDATE memberships SET left_at = max(joined_at, :at), leave_reason = 'dissolved' "
                                    "WHERE group_id = :g AND left_at IS NULL"));
    rest.bind(QStringLiteral(":at"), at).bind(QStringLiteral(":g"), r.groupId);
    if (auto err = rest.exec(tr("close the other memberships of “%1”").arg(r.groupName)))
        return err;
    const int dissolved = rest.numRowsAffected();

    Query status(m_db, QStringLiteral("UPDATE chat_groups SET status = 'dissolved', status_changed_at = :at, "
                                      "updated_at = datetime('now', 'localtime') WHERE id = :g AND status = 'active'"));
    status.bind(QStringLiteral(":at"), at).bind(QStringLiteral(":g"), r.groupId);
    if (auto err = status.exec(tr("dissolve “%1”").arg(r.groupName)))
        return err;
    if (status.numRowsAffected() != 1)
        return constraint(tr("Recommendation “%1” is out of date: “%2” is no longer active.").arg(r.id, r.groupName));

    Group after;
    if (auto err = groups.get(r.groupId, &after))
        return err;
    QJsonObject beforeJson = before.toJson();
    beforeJson.insert(QStringLiteral("open_memberships"), migrated + dissolved);
    QJsonObject afterJson = after.toJson();
    afterJson.insert(QStringLiteral("recommendation"), r.id);
    afterJson.insert(QStringLiteral("target_group_id"), target);
    afterJson.insert(QStringLiteral("target_group"), r.targetName);
    afterJson.insert(QStringLiteral("migrated"), migrated);
    afterJson.insert(QStringLiteral("opened_in_target"), opened);
    afterJson.insert(QStringLiteral("closed_dissolved"), dissolved);
    if (!created.isEmpty())
        afterJson.insert(QStringLiteral("created_group"), created);
    if (auto err = AuditRepository(m_db).record(QStringLiteral("migrate_dissolve"), QStringLiteral("group"), r.groupId,
                                                beforeJson, afterJson))
        return err;
    out->migrated += migrated;
    out->closedDissolved += dissolved;
    out->summaries.append(r.createsGroup()
        ? tr("Dissolved “%1”: %2 members moved to the new sub-group “%3”, %4 memberships closed.")
              .arg(r.groupName).arg(migrated).arg(r.targetName).arg(dissolved)
        : tr("Dissolved “%1”: %2 members moved to “%3”, %4 memberships closed.")
              .arg(r.groupName).arg(migrated).arg(r.targetName).arg(dissolved));
    return {};
}

DatabaseError RecommendationRepository::applyPromotion(const Recommendation &r, const RecommendationRules &rules,
                                                       const QString &at, ApplyResult *out)
{
    Query q(m_db, PromotionCandidatesSql);
    bindPromotion(q, r, rules.promotionMinPoints);
    if (auto err = q.exec(tr("find the promotion candidates of “%1”").arg(r.groupName)))
        return err;
    QList<qint64> ids;
    QJsonArray promoted;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
        promoted.append(QJsonObject{{QStringLiteral("member_id"), q.value(0).toLongLong()},
                                    {QStringLiteral("name"), q.value(1).toString()}});
    }
    if (ids.size() != r.members)
        return constraint(tr("Recommendation “%1” is out of date: %2 members of “%3” qualify now, not %4. "
                             "List the recommendations again.")
                              .arg(r.id).arg(ids.size()).arg(r.groupName).arg(r.members));
    Query count(m_db, QStringLiteral("SELECT count(*) FROM memberships WHERE group_id = :p AND left_at IS NULL"));
    count.bind(QStringLiteral(":p"), r.targetGroupId);
    if (auto err = count.exec(tr("count the members of “%1”").arg(r.targetName)))
        return err;
    const int beforeCount = count.next() ? count.value(0).toInt() : 0;

    Query join(m_db, QStringLiteral("INSERT INTO memberships (member_id, group_id, role, joined_at) "
                                    "VALUES (:member, :p, 'member', :at)"));
    for (const qint64 id : std::as_const(ids)) {
        join.bind(QStringLiteral(":member"), id).bind(QStringLiteral(":p"), r.targetGroupId).bind(QStringLiteral(":at"), at);
        if (auto err = join.exec(tr("add member %1 to “%2”").arg(id).arg(r.targetName)))
            return err;
    }
    const QJsonObject before{{QStringLiteral("open_memberships"), beforeCount}};
    const QJsonObject after{{QStringLiteral("open_memberships"), beforeCount + int(ids.size())},
                            {QStringLiteral("recommendation"), r.id},
                            {QStringLiteral("from_group_id"), r.groupId},
                            {QStringLiteral("from_group"), r.groupName},
                            {QStringLiteral("promoted"), promoted}};
    if (auto err = AuditRepository(m_db).record(QStringLiteral("promote"), QStringLiteral("group"), r.targetGroupId,
                                                before, after))
        return err;
    out->promoted += int(ids.size());
    out->summaries.append(tr("Promoted %1 members of “%2” to “%3”.").arg(ids.size()).arg(r.groupName, r.targetName));
    return {};
}

DatabaseError RecommendationRepository::applySop(const Recommendation &r, const QDate &today, ApplyResult *out)
{
    qint64 templateId = 0;
    QString name;
    int steps = 0;
    if (auto err = builtinCampaign(&templateId, &name, &steps))
        return err;
    qint64 applicationId = 0;
    int entries = 0;
    if (auto err = SopRepository(m_db).applyInTransaction(templateId, r.groupId, today,
            QJsonObject{{QStringLiteral("recommendation"), r.id}}, &applicationId, &entries))
        return err;
    out->sopEntries += entries;
    out->summaries.append(tr("Put “%1” on the calendar of “%2”: %3 entries.").arg(name, r.groupName).arg(entries));
    return {};
}

DatabaseError RecommendationRepository::apply(const QList<Recommendation> &recommendations, const QDate &today,
                                              ApplyResult *out)
{
    if (recommendations.isEmpty())
        return constraint(tr("Choose at least one recommendation to apply."));
    if (!today.isValid())
        return constraint(tr("Choose the day to apply the recommendations on."));
    QSet<QString> seen;
    for (const Recommendation &r : recommendations) {
        if (seen.contains(r.id))
            return constraint(tr("Recommendation “%1” is listed twice.").arg(r.id));
        seen.insert(r.id);
        if (r.isAdvisory())
            return constraint(tr("Recommendation “%1” is advice only and cannot be applied: %2")
                                  .arg(r.id, recommendationActionLabel(r.action)));
    }

    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    // The facts as they are now, under the write lock: what was listed must still hold exactly.
    QList<Recommendation> fresh;
    if (auto err = list(today, &fresh))
        return err;
    QHash<QString, const Recommendation *> current;
    for (const Recommendation &r : std::as_const(fresh))
        current.insert(r.id, &r);
    for (const Recommendation &r : recommendations) {
        const Recommendation *now = current.value(r.id);
        if (!now)
            return constraint(tr("Recommendation “%1” no longer applies (the group changed since it was listed). "
                                 "List the recommendations again.").arg(r.id));
        if (!now->sameFacts(r))
            return constraint(tr("Recommendation “%1” is out of date: now %2. List the recommendations again.")
                                  .arg(r.id, now->reason));
    }

    RecommendationRules ru;
    if (auto err = rules(&ru))
        return err;
    const QString at = QDateTime(today, QTime::currentTime()).toString(DbTimeFormat);
    ApplyResult result;
    for (const Recommendation &given : recommendations) {
        const Recommendation &r = *current.value(given.id);
        DatabaseError err;
        switch (r.action) {
        case RecommendationAction::MigrateAndDissolve:
            err = applyMigration(r, today, at, &result);
            break;
        case RecommendationAction::Promote:
            err = applyPromotion(r, ru, at, &result);
            break;
        case RecommendationAction::AddOnboardingSop:
            err = applySop(r, today, &result);
            break;
        case RecommendationAction::RecruitKoc:
            err = constraint(tr("Recommendation “%1” is advice only and cannot be applied.").arg(r.id));
            break;
        }
        if (err) {
            err.message = tr("Nothing was changed: applying “%1” failed: %2").arg(r.id, err.message);
            return err;
        }
        ++result.applied;
    }
    if (auto err = tx.commit())
        return err;
    if (out)
        *out = std::move(result);
    return {};
}

} // namespace qundesk
