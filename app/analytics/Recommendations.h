#pragma once

#include "analytics/Lifecycle.h"
#include "domain/Group.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace qundesk {

// What the lifecycle engine advises an operator to do next (issue 3).
enum class RecommendationAction {
    MigrateAndDissolve, // a zombie or deep-weak group: move its still-active members out, dissolve it
    AddOnboardingSop,   // a strong-stage group without an onboarding (campaign) SOP on its calendar
    RecruitKoc,         // a strong-stage group without a KOC among its members
    Promote,            // members of a sub-group who qualify for its master group and are not in it
};

// Codes are the id prefixes: "dissolve", "sop", "koc", "promote".
QString recommendationActionCode(RecommendationAction action);
std::optional<RecommendationAction> recommendationActionFromCode(const QString &code);
QString recommendationActionLabel(RecommendationAction action);
QList<RecommendationAction> allRecommendationActions();

struct Recommendation
{
    // Stable across runs: "<action code>-<group id>" (dissolve-16, sop-8, koc-8, promote-12), so
    // a list printed today can be applied by id after a re-check of the same facts.
    QString id;
    RecommendationAction action = RecommendationAction::MigrateAndDissolve;
    qint64 groupId = 0;
    // MigrateAndDissolve: the group that takes the members; 0 = a new sub-group (newGroupName),
    // or nobody when members is 0. Promote: the master group. 0 for AddOnboardingSop and RecruitKoc.
    qint64 targetGroupId = 0;
    // MigrateAndDissolve: still-active members to move; Promote: members to promote;
    // RecruitKoc: the group's members; AddOnboardingSop: the group's members.
    int members = 0;
    QString reason;             // translated: what to do and why

    QString groupName;
    QString targetName;         // the target's name, or the new sub-group's name
    int newGroupNumber = 0;     // > 0 when applying creates a sub-group with this number
    QDate asOf;                 // the day the activity windows ended (set by RecommendationRepository)

    bool createsGroup() const { return newGroupNumber > 0; }
    // Recruiting a KOC happens in the group, not in QunDesk: it is advice, and apply() refuses it.
    // (AddOnboardingSop is applied: it stamps the built-in new-member 7-day plan.)
    bool isAdvisory() const { return action == RecommendationAction::RecruitKoc; }
    // The facts apply() re-checks: same action, groups, member count and new group.
    bool sameFacts(const Recommendation &other) const;
};

// One group as the recommender sees it. Every group of the database is passed (any status): the
// non-active ones only reserve their names and numbers for new sub-groups.
struct RecommendationGroup
{
    qint64 id = 0;
    QString name;
    int number = 0;
    GroupPurpose purpose = GroupPurpose::Other;
    qint64 tierId = 0;                  // 0: none (matches only other groups without one)
    qint64 teamId = 0;
    IdentitySegment identitySegment = IdentitySegment::Mixed;
    qint64 parentId = 0;
    GroupStatus status = GroupStatus::Active;
    int capacity = 500;
    int members = 0;                    // open memberships
    std::optional<LifecycleAssessment> assessment; // set for active groups
    double activeRate7d = 0;
    // Open members with any activity (an event other than join/leave) in this group during the
    // 30 days ending today. Needed only where isDissolveCandidate() holds.
    int active30d = 0;
    bool hasOnboardingSop = false;      // a campaign SOP template was ever applied to the group
    int kocCount = 0;                   // open memberships of KOC members
};

// Members of one sub-group who qualify for its master group and are not in it yet. A member in
// two sub-groups of the same master counts for the lower group id only, so two promotions never
// add the same person twice.
struct PromotionCandidates
{
    qint64 groupId = 0;
    int candidates = 0;
};

struct RecommendationRules
{
    // Deep-weak: a weak group whose 7-day active rate is below this fraction of the weak
    // threshold (half: 10% with the default 20%). A group that is merely weak is still worth the
    // effort of daily operation; at half the threshold the few who talk are better served in a
    // live group. Weak by a falling message volume alone is not deep-weak.
    double deepWeakFactor = 0.5;
    // Promotion rule: points ≥ this, or KOC. Stored in the settings table under
    // promotion.min_points; 1000 points is about a year of daily check-ins and games, and picks
    // the top few percent of the demo's members.
    int promotionMinPoints = 1000;
    // Still-active members: activity in the group within this many days.
    int activeWindowDays = 30;
};

// Zombie, or weak with the 7-day active rate below deepWeakFactor × the weak threshold.
bool isDissolveCandidate(const RecommendationGroup &group, const LifecycleThresholds &thresholds,
                         const RecommendationRules &rules = {});

// The name a new sub-group after `source` gets: the source's number in its name replaced by
// `number` (the last run of digits equal to the source's number), else the number appended.
QString subGroupName(const QString &sourceName, int sourceNumber, int number);

// All recommendations, deterministic for the same input: dissolutions by source id (each taking
// room in its target, so two sources never count on the same free places), then SOP and KOC
// advice and promotions by group id.
//
// The target of a migration is an active group, neither weak nor zombie, not the source, with the
// same tier, team, identity segment and purpose (a shopping-guide group's members go to another
// shopping-guide group, never to an after-sales or training group; this also keeps sub-group
// members out of the master group, which is a promotion, not a migration), and with capacity − members ≥
// N after earlier assignments. Among those: the most room, then the lowest id. Most room keeps
// the live groups evenly filled and leaves the tighter groups' last places for their own
// growth; the lowest id (the oldest group) makes ties reproducible. When none has room, the
// members go to a new sub-group beside the source (same tier, team, identity, purpose and master
// group), numbered one above the highest number among the groups with the same purpose and
// master group, of any status.
QList<Recommendation> recommend(const QList<RecommendationGroup> &groups,
                                const QList<PromotionCandidates> &promotions,
                                const LifecycleThresholds &thresholds, const RecommendationRules &rules = {});

} // namespace qundesk
