#include "analytics/Recommendations.h"

#include "domain/EnumTable.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace qundesk {

namespace {

using enumtable::Entry;

constexpr char ActionContext[] = "RecommendationAction";
constexpr Entry<RecommendationAction> ActionTable[] = {
    {RecommendationAction::MigrateAndDissolve, "dissolve", QT_TRANSLATE_NOOP("RecommendationAction", "Migrate and dissolve")},
    {RecommendationAction::AddOnboardingSop, "sop", QT_TRANSLATE_NOOP("RecommendationAction", "Add onboarding SOP")},
    {RecommendationAction::RecruitKoc, "koc", QT_TRANSLATE_NOOP("RecommendationAction", "Recruit a KOC")},
    {RecommendationAction::Promote, "promote", QT_TRANSLATE_NOOP("RecommendationAction", "Promote to master group")},
};

QString makeId(RecommendationAction action, qint64 groupId)
{
    return recommendationActionCode(action) + QLatin1Char('-') + QString::number(groupId);
}

// Groups that take the same members: the identity segment keeps conflicting identities apart,
// tier and team keep the information flow and the operator.
bool sameSegment(const RecommendationGroup &a, const RecommendationGroup &b)
{
    return a.tierId == b.tierId && a.teamId == b.teamId && a.identitySegment == b.identitySegment;
}

bool isLive(const RecommendationGroup &g)
{
    return g.status == GroupStatus::Active && g.assessment
        && (g.assessment->stage == LifecycleStage::Strong || g.assessment->stage == LifecycleStage::Daily);
}

// "Zombie: below the activity floor ..." — the stage and the engine's own reason.
QString stageWhy(const RecommendationGroup &g, const LifecycleThresholds &thresholds, const RecommendationRules &rules)
{
    if (!g.assessment)
        return {};
    if (g.assessment->stage == LifecycleStage::Weak) {
        return QCoreApplication::translate("Recommendations", "Deep-weak: 7-day active rate %1 < %2 (half the weak threshold)")
            .arg(formatPercent(g.activeRate7d), formatPercent(thresholds.weakActiveRate * rules.deepWeakFactor));
    }
    return QCoreApplication::translate("Recommendations", "%1: %2").arg(lifecycleStageLabel(g.assessment->stage), g.assessment->reason);
}

} // namespace

QString recommendationActionCode(RecommendationAction action) { return enumtable::code(ActionTable, action); }
std::optional<RecommendationAction> recommendationActionFromCode(const QString &code) { return enumtable::fromCode(ActionTable, code); }
QString recommendationActionLabel(RecommendationAction action) { return enumtable::label(ActionContext, ActionTable, action); }
QList<RecommendationAction> allRecommendationActions() { return enumtable::all(ActionTable); }

bool Recommendation::sameFacts(const Recommendation &other) const
{
    return id == other.id && action == other.action && groupId == other.groupId
        && targetGroupId == other.targetGroupId && members == other.members
        && newGroupNumber == other.newGroupNumber && (!createsGroup() || targetName == other.targetName);
}

bool isDissolveCandidate(const RecommendationGroup &group, const LifecycleThresholds &thresholds,
                         const RecommendationRules &rules)
{
    if (group.status != GroupStatus::Active || !group.assessment)
        return false;
    if (group.assessment->stage == LifecycleStage::Zombie)
        return true;
    return group.assessment->stage == LifecycleStage::Weak
        && group.activeRate7d < thresholds.weakActiveRate * rules.deepWeakFactor;
}

QString subGroupName(const QString &sourceName, int sourceNumber, int number)
{
    if (sourceNumber > 0) {
        static const QRegularExpression digits(QStringLiteral("\\d+"));
        qsizetype at = -1;
        qsizetype length = 0;
        for (auto it = digits.globalMatch(sourceName); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.captured().toInt() == sourceNumber) {
                at = m.capturedStart();
                length = m.capturedLength();
            }
        }
        if (at >= 0)
            return QString(sourceName).replace(at, length, QString::number(number));
    }
    return sourceName + QLatin1Char(' ') + QString::number(number);
}

QList<Recommendation> recommend(const QList<RecommendationGroup> &groups, const QList<PromotionCandidates> &promotions,
                                const LifecycleThresholds &thresholds, const RecommendationRules &rules)
{
    QList<const RecommendationGroup *> byId;
    byId.reserve(groups.size());
    for (const RecommendationGroup &g : groups)
        byId.append(&g);
    std::sort(byId.begin(), byId.end(), [](const auto *a, const auto *b) { return a->id < b->id; });

    QHash<qint64, const RecommendationGroup *> index;
    QHash<qint64, int> room;                        // free places left after earlier assignments
    QHash<QPair<qint64, int>, int> topNumber;       // (master group, purpose) → highest number
    QSet<QString> takenNames;                       // names a new group may not take
    for (const RecommendationGroup *g : std::as_const(byId)) {
        index.insert(g->id, g);
        room.insert(g->id, std::max(0, g->capacity - g->members));
        int &top = topNumber[qMakePair(g->parentId, int(g->purpose))];
        top = std::max(top, g->number);
        if (g->status != GroupStatus::Dissolved)
            takenNames.insert(g->name);
    }

    QList<Recommendation> out;
    QSet<qint64> dissolving;
    for (const RecommendationGroup *src : std::as_const(byId)) {
        if (!isDissolveCandidate(*src, thresholds, rules))
            continue;
        dissolving.insert(src->id);
        Recommendation r;
        r.action = RecommendationAction::MigrateAndDissolve;
        r.id = makeId(r.action, src->id);
        r.groupId = src->id;
        r.groupName = src->name;
        r.members = std::min(src->active30d, src->members);
        const QString why = stageWhy(*src, thresholds, rules);
        if (r.members == 0) {
            r.reason = QCoreApplication::translate("Recommendations", "Dissolve: no member was active in the last %1 days. %2").arg(rules.activeWindowDays).arg(why);
            out.append(r);
            continue;
        }
        const RecommendationGroup *best = nullptr;
        for (const RecommendationGroup *h : std::as_const(byId)) {
            if (h->id == src->id || !isLive(*h) || !sameSegment(*src, *h))
                continue;
            // Members of a shopping-guide group belong in another shopping-guide group, not in an
            // after-sales or training group that happens to share tier and team.
            if (h->purpose != src->purpose)
                continue;
            const int free = room.value(h->id);
            if (free < r.members)
                continue;
            if (!best || free > room.value(best->id))   // ties keep the lower id (sorted order)
                best = h;
        }
        if (best) {
            const int free = room.value(best->id);
            room[best->id] = free - r.members;
            r.targetGroupId = best->id;
            r.targetName = best->name;
            r.reason = QCoreApplication::translate("Recommendations", "Dissolve, and move its %n still-active member(s) to “%1” (%2 places free). %3", nullptr, r.members)
                           .arg(best->name).arg(free).arg(why);
        } else {
            int &top = topNumber[qMakePair(src->parentId, int(src->purpose))];
            int number = top + 1;
            while (takenNames.contains(subGroupName(src->name, src->number, number)))
                ++number;
            top = number;
            r.newGroupNumber = number;
            r.targetName = subGroupName(src->name, src->number, number);
            takenNames.insert(r.targetName);
            r.reason = QCoreApplication::translate("Recommendations", "Dissolve, and move its %n still-active member(s) to a new sub-group “%1”: no group of the same "
                          "tier, team and identity has room. %2", nullptr, r.members)
                           .arg(r.targetName, why);
        }
        out.append(r);
    }

    for (const RecommendationGroup *g : std::as_const(byId)) {
        if (g->status != GroupStatus::Active || !g->assessment || g->assessment->stage != LifecycleStage::Strong)
            continue;
        if (!g->hasOnboardingSop) {
            Recommendation r;
            r.action = RecommendationAction::AddOnboardingSop;
            r.id = makeId(r.action, g->id);
            r.groupId = g->id;
            r.groupName = g->name;
            r.members = g->members;
            r.reason = QCoreApplication::translate("Recommendations", "Strong stage without an onboarding SOP: put the new-member 7-day plan on its calendar. %1")
                           .arg(g->assessment->reason);
            out.append(r);
        }
        if (g->kocCount == 0) {
            Recommendation r;
            r.action = RecommendationAction::RecruitKoc;
            r.id = makeId(r.action, g->id);
            r.groupId = g->id;
            r.groupName = g->name;
            r.members = g->members;
            r.reason = QCoreApplication::translate("Recommendations",
                "Strong stage without a KOC among its %n member(s): find the most active ones, praise and reward them. %1",
                nullptr, g->members)
                           .arg(g->assessment->reason);
            out.append(r);
        }
    }

    QList<PromotionCandidates> sortedPromotions = promotions;
    std::sort(sortedPromotions.begin(), sortedPromotions.end(),
              [](const PromotionCandidates &a, const PromotionCandidates &b) { return a.groupId < b.groupId; });
    for (const PromotionCandidates &p : std::as_const(sortedPromotions)) {
        const RecommendationGroup *sub = index.value(p.groupId);
        if (!sub || p.candidates <= 0 || sub->status != GroupStatus::Active || sub->parentId <= 0)
            continue;
        const RecommendationGroup *master = index.value(sub->parentId);
        // A master group about to be dissolved takes nobody.
        if (!master || master->status != GroupStatus::Active || dissolving.contains(master->id))
            continue;
        const int free = room.value(master->id);
        const int members = std::min(p.candidates, free);
        if (members <= 0)
            continue;
        room[master->id] = free - members;
        Recommendation r;
        r.action = RecommendationAction::Promote;
        r.id = makeId(r.action, sub->id);
        r.groupId = sub->id;
        r.groupName = sub->name;
        r.targetGroupId = master->id;
        r.targetName = master->name;
        r.members = members;
        r.reason = QCoreApplication::translate("Recommendations", "%n member(s) with at least %1 points or KOC status are not in the master group “%2” yet.", nullptr, p.candidates)
                       .arg(rules.promotionMinPoints)
                       .arg(master->name);
        if (members < p.candidates)
            r.reason += QLatin1Char(' ') + QCoreApplication::translate("Recommendations", "It has room for %n of them: the KOCs and the highest points first.", nullptr, members);
        out.append(r);
    }
    return out;
}

} // namespace qundesk
