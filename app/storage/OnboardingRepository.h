#pragma once

#include "domain/Onboarding.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace qundesk {

// Onboarding flows (入群仪式 as a list of steps) and each member's progress through them.
class OnboardingRepository final
{
    Q_DECLARE_TR_FUNCTIONS(OnboardingRepository)

public:
    explicit OnboardingRepository(const QSqlDatabase &db) : m_db(db) {}

    // Flows without their steps: builtin ones first, flows for every kind of group before
    // flows for one purpose, then by name.
    DatabaseError listFlows(QList<OnboardingFlow> *out);
    // One flow with its steps in position order; NotFound when there is no such flow.
    DatabaseError flow(qint64 id, OnboardingFlow *out);
    // Inserts (id 0) or updates the flow and replaces its steps in one transaction: steps keep
    // their ids when given, steps left out are deleted, positions become 1..n in list order.
    // Ids and positions are written back into *flow.
    DatabaseError saveFlow(OnboardingFlow *flow);
    // Moves one step to newPosition (1..n) and renumbers the others, in one transaction.
    DatabaseError moveStep(qint64 flowId, qint64 stepId, int newPosition);
    // A full copy of the flow and its steps under a new name; the copy is never builtin.
    DatabaseError copyFlow(qint64 flowId, const QString &newName, qint64 *newId = nullptr);
    // Builtin flows are refused with a message suggesting a copy.
    DatabaseError removeFlow(qint64 flowId);
    // The flow meant for groups of this purpose (the user's own before a builtin one), falling back
    // to the builtin default flow (builtin, no purpose). NotFound when neither exists.
    DatabaseError flowForPurpose(const QString &purpose, OnboardingFlow *out);
    // Adds the flows QunDesk ships with when no builtin flow exists yet; otherwise does nothing.
    DatabaseError ensureBuiltinFlows();

    // Progress: one mark per member, group and step kind. Marking again overwrites time and source.
    DatabaseError markStep(qint64 memberId, qint64 groupId, OnboardingStepKind kind, ProgressSource source,
                           const QDateTime &when);
    DatabaseError unmark(qint64 memberId, qint64 groupId, OnboardingStepKind kind);
    // Members of the group with at least one mark, by member id; marks in the order they were done.
    DatabaseError progressFor(qint64 groupId, QList<MemberOnboardingProgress> *out);

private:
    DatabaseError loadSteps(qint64 flowId, QList<OnboardingStep> *out);
    DatabaseError saveInTransaction(OnboardingFlow *flow);
    DatabaseError writeFlow(OnboardingFlow *flow, const OnboardingFlow *before);
    DatabaseError flowIdByName(const QString &name, qint64 *id);

    QSqlDatabase m_db;
};

} // namespace qundesk
