#pragma once

#include "analytics/Recommendations.h"
#include "storage/DatabaseError.h"
#include "storage/GroupActivityRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace qundesk {

// Exactly what applying one recommendation changes, read from the database as it is now.
struct RecommendationPreview
{
    Recommendation recommendation;
    bool applicable = true;         // false for advice QunDesk cannot carry out (RecruitKoc)
    int migrated = 0;               // memberships closed with reason 'migrated'
    int alreadyInTarget = 0;        // of those, members already in the target (nothing opened)
    int opened = 0;                 // memberships opened in the target (or the master group)
    int closedDissolved = 0;        // memberships closed with reason 'dissolved'
    bool dissolvesGroup = false;
    QString createsGroupName;       // a new sub-group, when the target is 0
    QString sopTemplateName;        // AddOnboardingSop: the template stamped onto the calendar
    int sopEntries = 0;
    QStringList memberNames;        // who moves or is promoted (display names, in apply order)
    // The preview in words, one line per change, translated.
    QStringList lines;
};

struct ApplyResult
{
    int applied = 0;
    int migrated = 0;
    int closedDissolved = 0;
    int promoted = 0;
    int sopEntries = 0;
    QList<qint64> createdGroups;
    QStringList summaries;          // one translated line per recommendation applied
};

// The lifecycle recommendations of issue 3 over the database: gathers the inputs of recommend()
// with set-based SQL, previews and applies them. Applying is all or nothing: every recommendation
// of a call shares one transaction, and each writes one audit entry (entity 'group' for
// migrations and promotions, 'sop_application' for a SOP) with the before and after state.
class RecommendationRepository final
{
    Q_DECLARE_TR_FUNCTIONS(RecommendationRepository)

public:
    // The promotion rule's points threshold (RecommendationRules::promotionMinPoints).
    static constexpr char PromotionMinPointsKey[] = "promotion.min_points";

    explicit RecommendationRepository(const QSqlDatabase &db) : m_db(db) {}

    // The rules from the settings table (a missing or malformed value keeps the default).
    DatabaseError rules(RecommendationRules *out);
    // Every recommendation as of `today` (activity windows end with that day).
    DatabaseError list(const QDate &today, QList<Recommendation> *out);
    // The same from activity already read by GroupActivityRepository::activeGroups(today): reading
    // it is most of the cost on a large database, and `report lifecycle` has it at hand.
    DatabaseError list(const QDate &today, const QList<GroupActivity> &activity, QList<Recommendation> *out);
    // Reads the database as it is now, with the activity window ending on recommendation.asOf.
    DatabaseError preview(const Recommendation &recommendation, RecommendationPreview *out);
    // Re-lists inside the transaction and refuses (Constraint, naming the id) any recommendation
    // that no longer holds exactly, an advisory one, or an id given twice; then applies all in
    // order. Membership changes are dated `today` at the current time of day.
    DatabaseError apply(const QList<Recommendation> &recommendations, const QDate &today, ApplyResult *out = nullptr);

private:
    DatabaseError gather(const QDate &today, const QList<GroupActivity> &activity, const RecommendationRules &rules,
                         QList<RecommendationGroup> *groups, QList<PromotionCandidates> *promotions);
    DatabaseError memberNames(const QString &sql, const Recommendation &r, const QDate &today, QStringList *out);
    DatabaseError applyMigration(const Recommendation &r, const QDate &today, const QString &at, ApplyResult *out);
    DatabaseError applyPromotion(const Recommendation &r, const RecommendationRules &rules, const QString &at,
                                 ApplyResult *out);
    DatabaseError applySop(const Recommendation &r, const QDate &today, ApplyResult *out);
    DatabaseError builtinCampaign(qint64 *templateId, QString *name, int *steps);

    QSqlDatabase m_db;
};

} // namespace qundesk
