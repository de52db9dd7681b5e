#include "storage/OnboardingRepository.h"

#include "domain/OnboardingBuiltins.h"
#include "storage/AuditRepository.h"
#include "storage/Query.h"
#include "storage/SqlTransaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace qundesk {

namespace {

using K = DatabaseError::Kind;

QString timeFormat()
{
    return QStringLiteral("yyyy-MM-dd HH:mm:ss");
}

QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QJsonObject toJson(const OnboardingFlow &f)
{
    QJsonArray steps;
    for (const OnboardingStep &s : f.steps)
        steps.append(QJsonObject{{QStringLiteral("kind"), onboarding::stepKindCode(s.kind)},
                                 {QStringLiteral("title"), s.title}});
    return QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("purpose"), f.purpose},
                       {QStringLiteral("persona_name"), f.personaName}, {QStringLiteral("builtin"), f.builtin},
                       {QStringLiteral("steps"), steps}};
}

DatabaseError validate(const OnboardingFlow &f)
{
    if (f.name.trimmed().isEmpty())
        return DatabaseError::make(K::Constraint, OnboardingRepository::tr("An onboarding flow needs a name."));
    for (qsizetype i = 0; i < f.steps.size(); ++i) {
        const OnboardingStep &s = f.steps.at(i);
        if (s.title.trimmed().isEmpty())
            return DatabaseError::make(K::Constraint,
                OnboardingRepository::tr("Step %1 of the flow %2 needs a title.").arg(i + 1).arg(f.name));
        if (s.timingMinutes && *s.timingMinutes < 0)
            return DatabaseError::make(K::Constraint,
                OnboardingRepository::tr("Step %1 of the flow %2 cannot happen before the member joins (%3 minutes).")
                    .arg(QString::number(i + 1), f.name, QString::number(*s.timingMinutes)));
    }
    return {};
}

} // namespace

DatabaseError OnboardingRepository::listFlows(QList<OnboardingFlow> *out)
{
    Query q(m_db, QStringLiteral("SELECT id, name, purpose, description, persona_name, builtin FROM onboarding_flows "
                                 "ORDER BY builtin DESC, purpose IS NOT NULL, name, id"));
    if (auto err = q.exec(tr("list onboarding flows")))
        return err;
    QList<OnboardingFlow> flows;
    while (q.next()) {
        OnboardingFlow f;
        f.id = q.value(0).toLongLong();
        f.name = q.value(1).toString();
        f.purpose = q.value(2).toString();
        f.description = q.value(3).toString();
        f.personaName = q.value(4).toString();
        f.builtin = q.value(5).toBool();
        flows.append(f);
    }
    *out = flows;
    return {};
}

DatabaseError OnboardingRepository::loadSteps(qint64 flowId, QList<OnboardingStep> *out)
{
    Query q(m_db, QStringLiteral("SELECT id, position, kind, title, staff_script, member_action, checklist, timing_minutes "
                                 "FROM onboarding_steps WHERE flow_id = :flow ORDER BY position, id"));
    q.bind(QStringLiteral(":flow"), flowId);
    if (auto err = q.exec(tr("read onboarding steps")))
        return err;
    out->clear();
    while (q.next()) {
        OnboardingStep s;
        s.id = q.value(0).toLongLong();
        s.flowId = flowId;
        s.position = q.value(1).toInt();
        s.kind = onboarding::stepKindFromCode(q.value(2).toString()).value_or(OnboardingStepKind::Custom);
        s.title = q.value(3).toString();
        s.staffScript = q.value(4).toString();
        s.memberAction = q.value(5).toString();
        s.checklist = onboarding::checklistFromText(q.value(6).toString());
        if (!q.value(7).isNull())
            s.timingMinutes = q.value(7).toInt();
        out->append(s);
    }
    return {};
}

DatabaseError OnboardingRepository::flow(qint64 id, OnboardingFlow *out)
{
    Query q(m_db, QStringLiteral("SELECT name, purpose, description, persona_name, builtin FROM onboarding_flows "
                                 "WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("read onboarding flow")))
        return err;
    if (!q.next())
        return DatabaseError::make(K::NotFound, tr("There is no onboarding flow with id %1.").arg(id));
    OnboardingFlow f;
    f.id = id;
    f.name = q.value(0).toString();
    f.purpose = q.value(1).toString();
    f.description = q.value(2).toString();
    f.personaName = q.value(3).toString();
    f.builtin = q.value(4).toBool();
    if (auto err = loadSteps(id, &f.steps))
        return err;
    *out = f;
    return {};
}

DatabaseError OnboardingRepository::flowIdByName(const QString &name, qint64 *id)
{
    Query q(m_db, QStringLiteral("SELECT id FROM onboarding_flows WHERE name = :name"));
    q.bind(QStringLiteral(":name"), name.trimmed());
    if (auto err = q.exec(tr("look up onboarding flow names")))
        return err;
    *id = q.next() ? q.value(0).toLongLong() : 0;
    return {};
}

DatabaseError OnboardingRepository::writeFlow(OnboardingFlow *f, const OnboardingFlow *before)
{
    f->name = f->name.trimmed();
    if (f->id == 0) {
        Query q(m_db, QStringLiteral("INSERT INTO onboarding_flows (name, purpose, description, persona_name, builtin) "
                                     "VALUES (:name, :purpose, :description, :persona, :builtin)"));
        q.bind(QStringLiteral(":builtin"), f->builtin ? 1 : 0);
        q.bind(QStringLiteral(":name"), f->name)
            .bind(QStringLiteral(":purpose"), optionalText(f->purpose))
            .bind(QStringLiteral(":description"), optionalText(f->description))
            .bind(QStringLiteral(":persona"), optionalText(f->personaName));
        if (auto err = q.exec(tr("create onboarding flow %1").arg(f->name)))
            return err;
        f->id = q.lastInsertId();
    } else {
        Query q(m_db, QStringLiteral("UPDATE onboarding_flows SET name = :name, purpose = :purpose, "
                                     "description = :description, persona_name = :persona WHERE id = :id"));
        q.bind(QStringLiteral(":id"), f->id);
        q.bind(QStringLiteral(":name"), f->name)
            .bind(QStringLiteral(":purpose"), optionalText(f->purpose))
            .bind(QStringLiteral(":description"), optionalText(f->description))
            .bind(QStringLiteral(":persona"), optionalText(f->personaName));
        if (auto err = q.exec(tr("update onboarding flow %1").arg(f->name)))
            return err;
    }

    QSet<qint64> existing;
    if (before) {
        for (const OnboardingStep &s : before->steps)
            existing.insert(s.id);
    }
    QSet<qint64> kept;
    for (const OnboardingStep &s : std::as_const(f->steps)) {
        if (s.id <= 0)
            continue;
        if (!existing.contains(s.id))
            return DatabaseError::make(K::NotFound,
                tr("Step %1 does not belong to the onboarding flow %2.").arg(s.id).arg(f->name));
        kept.insert(s.id);
    }
    for (qint64 id : std::as_const(existing)) {
        if (kept.contains(id))
            continue;
        Query q(m_db, QStringLiteral("DELETE FROM onboarding_steps WHERE id = :id"));
        q.bind(QStringLiteral(":id"), id);
        if (auto err = q.exec(tr("remove a step of onboarding flow %1").arg(f->name)))
            return err;
    }
    for (qsizetype i = 0; i < f->steps.size(); ++i) {
        OnboardingStep &s = f->steps[i];
        s.flowId = f->id;
        s.position = int(i + 1);
        s.title = s.title.trimmed();
        Query q(m_db, s.id > 0
                ? QStringLiteral("UPDATE onboarding_steps SET position = :position, kind = :kind, title = :title, "
                                 "staff_script = :script, member_action = :action, checklist = :checklist, "
                                 "timing_minutes = :timing WHERE id = :id")
                : QStringLiteral("INSERT INTO onboarding_steps (flow_id, position, kind, title, staff_script, "
                                 "member_action, checklist, timing_minutes) "
                                 "VALUES (:flow, :position, :kind, :title, :script, :action, :checklist, :timing)"));
        if (s.id > 0)
            q.bind(QStringLiteral(":id"), s.id);
        else
            q.bind(QStringLiteral(":flow"), f->id);
        q.bind(QStringLiteral(":position"), s.position)
            .bind(QStringLiteral(":kind"), onboarding::stepKindCode(s.kind))
            .bind(QStringLiteral(":title"), s.title)
            .bind(QStringLiteral(":script"), optionalText(s.staffScript))
            .bind(QStringLiteral(":action"), optionalText(s.memberAction))
            .bind(QStringLiteral(":checklist"), optionalText(onboarding::checklistToText(s.checklist)))
            .bind(QStringLiteral(":timing"),
                  s.timingMinutes ? QVariant(*s.timingMinutes) : QVariant(QMetaType::fromType<int>()));
        if (auto err = q.exec(tr("save step %1 of onboarding flow %2").arg(s.position).arg(f->name)))
            return err;
        if (s.id == 0)
            s.id = q.lastInsertId();
        s.checklist = onboarding::checklistFromText(onboarding::checklistToText(s.checklist));
    }
    return {};
}

DatabaseError OnboardingRepository::saveFlow(OnboardingFlow *f)
{
    if (auto err = validate(*f))
        return err;
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    OnboardingFlow saved = *f;
    if (auto err = saveInTransaction(&saved))
        return err;
    if (auto err = tx.commit())
        return err;
    *f = saved;
    return {};
}

DatabaseError OnboardingRepository::saveInTransaction(OnboardingFlow *f)
{
    qint64 sameName = 0;
    if (auto err = flowIdByName(f->name, &sameName))
        return err;
    if (sameName != 0 && sameName != f->id)
        return DatabaseError::make(K::Constraint, tr("An onboarding flow named %1 already exists.").arg(f->name.trimmed()));
    const bool isNew = f->id == 0;
    OnboardingFlow before;
    if (!isNew) {
        if (auto err = flow(f->id, &before))
            return err;
        f->builtin = before.builtin; // builtin is set by QunDesk, not by an edit
    }
    if (auto err = writeFlow(f, isNew ? nullptr : &before))
        return err;
    AuditRepository audit(m_db);
    return audit.record(isNew ? QStringLiteral("create") : QStringLiteral("update"), QStringLiteral("onboarding_flow"),
                        f->id, isNew ? QJsonObject() : toJson(before), toJson(*f));
}

DatabaseError OnboardingRepository::moveStep(qint64 flowId, qint64 stepId, int newPosition)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    OnboardingFlow before;
    if (auto err = flow(flowId, &before))
        return err;
    QList<qint64> order;
    for (const OnboardingStep &s : std::as_const(before.steps))
        order.append(s.id);
    const qsizetype from = order.indexOf(stepId);
    if (from < 0)
        return DatabaseError::make(K::NotFound,
            tr("Step %1 does not belong to the onboarding flow %2.").arg(stepId).arg(before.name));
    if (newPosition < 1 || newPosition > order.size())
        return DatabaseError::make(K::Constraint,
            tr("Position %1 is outside the steps of the flow %2 (1 to %3).").arg(QString::number(newPosition), before.name, QString::number(order.size())));
    order.move(from, newPosition - 1);

    Query q(m_db, QStringLiteral("UPDATE onboarding_steps SET position = :position WHERE id = :id"));
    for (qsizetype i = 0; i < order.size(); ++i) {
        // Rewrite every position, which also repairs gaps or duplicates left by older data.
        q.bind(QStringLiteral(":position"), int(i + 1)).bind(QStringLiteral(":id"), order.at(i));
        if (auto err = q.exec(tr("reorder the steps of onboarding flow %1").arg(before.name)))
            return err;
    }
    OnboardingFlow after = before;
    after.steps.move(from, newPosition - 1);
    AuditRepository audit(m_db);
    if (auto err = audit.record(QStringLiteral("update"), QStringLiteral("onboarding_flow"), flowId, toJson(before),
                                toJson(after)))
        return err;
    return tx.commit();
}

DatabaseError OnboardingRepository::copyFlow(qint64 flowId, const QString &newName, qint64 *newId)
{
    OnboardingFlow source;
    if (auto err = flow(flowId, &source))
        return err;
    OnboardingFlow copy = source;
    copy.id = 0;
    copy.name = newName;
    copy.builtin = false;
    for (OnboardingStep &s : copy.steps) {
        s.id = 0;
        s.flowId = 0;
    }
    if (auto err = saveFlow(&copy))
        return err;
    if (newId)
        *newId = copy.id;
    return {};
}

DatabaseError OnboardingRepository::removeFlow(qint64 flowId)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    OnboardingFlow before;
    if (auto err = flow(flowId, &before))
        return err;
    if (before.builtin)
        return DatabaseError::make(K::Constraint,
            tr("The onboarding flow %1 comes with QunDesk and cannot be removed; copy it to make your own version.")
                .arg(before.name));
    Query q(m_db, QStringLiteral("DELETE FROM onboarding_flows WHERE id = :id"));
    q.bind(QStringLiteral(":id"), flowId);
    if (auto err = q.exec(tr("remove onboarding flow %1").arg(before.name)))
        return err;
    AuditRepository audit(m_db);
    if (auto err = audit.record(QStringLiteral("delete"), QStringLiteral("onboarding_flow"), flowId, toJson(before),
                                QJsonObject()))
        return err;
    return tx.commit();
}

DatabaseError OnboardingRepository::flowForPurpose(const QString &purpose, OnboardingFlow *out)
{
    qint64 id = 0;
    if (!purpose.isEmpty()) {
        // A flow the user made for this purpose wins over a builtin one.
        Query q(m_db, QStringLiteral("SELECT id FROM onboarding_flows WHERE purpose = :purpose "
                                     "ORDER BY builtin, id LIMIT 1"));
        q.bind(QStringLiteral(":purpose"), purpose);
        if (auto err = q.exec(tr("find the onboarding flow for a group purpose")))
            return err;
        if (q.next())
            id = q.value(0).toLongLong();
    }
    if (id == 0) {
        Query q(m_db, QStringLiteral("SELECT id FROM onboarding_flows WHERE builtin = 1 AND purpose IS NULL "
                                     "ORDER BY id LIMIT 1"));
        if (auto err = q.exec(tr("find the default onboarding flow")))
            return err;
        if (!q.next())
            return DatabaseError::make(K::NotFound,
                tr("There is no onboarding flow for this kind of group, and the default flow is missing."));
        id = q.value(0).toLongLong();
    }
    return flow(id, out);
}

DatabaseError OnboardingRepository::ensureBuiltinFlows()
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    DatabaseError err;
    const int builtins =
        Query::scalar(m_db, QStringLiteral("SELECT count(*) FROM onboarding_flows WHERE builtin = 1"), &err).toInt();
    if (err)
        return err;
    if (builtins > 0)
        return {};
    const QList<OnboardingFlow> flows = onboarding::builtinFlows();
    for (OnboardingFlow f : flows) {
        qint64 taken = 0;
        if ((err = flowIdByName(f.name, &taken)))
            return err;
        if (taken != 0)
            continue; // the user already has a flow of that name; leave it be
        if ((err = saveInTransaction(&f)))
            return err;
    }
    return tx.commit();
}

DatabaseError OnboardingRepository::markStep(qint64 memberId, qint64 groupId, OnboardingStepKind kind,
                                             ProgressSource source, const QDateTime &when)
{
    if (!when.isValid())
        return DatabaseError::make(K::Constraint, tr("An onboarding step needs the time it was done."));
    const QString kindCode = onboarding::stepKindCode(kind);
    const QString doneAt = when.toLocalTime().toString(timeFormat());
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Query q(m_db, QStringLiteral("INSERT INTO onboarding_progress (member_id, group_id, step_kind, done_at, source) "
                                 "VALUES (:member, :group, :kind, :done_at, :source) "
                                 "ON CONFLICT (member_id, group_id, step_kind) "
                                 "DO UPDATE SET done_at = excluded.done_at, source = excluded.source"));
    q.bind(QStringLiteral(":member"), memberId)
        .bind(QStringLiteral(":group"), groupId)
        .bind(QStringLiteral(":kind"), kindCode)
        .bind(QStringLiteral(":done_at"), doneAt)
        .bind(QStringLiteral(":source"), onboarding::progressSourceCode(source));
    if (auto err = q.exec(tr("mark an onboarding step as done")))
        return err;
    AuditRepository audit(m_db);
    if (auto err = audit.record(QStringLiteral("update"), QStringLiteral("onboarding_progress"), memberId, QJsonObject(),
                                QJsonObject{{QStringLiteral("group_id"), groupId},
                                            {QStringLiteral("step_kind"), kindCode},
                                            {QStringLiteral("done_at"), doneAt},
                                            {QStringLiteral("source"), onboarding::progressSourceCode(source)}}))
        return err;
    return tx.commit();
}

DatabaseError OnboardingRepository::unmark(qint64 memberId, qint64 groupId, OnboardingStepKind kind)
{
    const QString kindCode = onboarding::stepKindCode(kind);
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Query q(m_db, QStringLiteral("DELETE FROM onboarding_progress "
                                 "WHERE member_id = :member AND group_id = :group AND step_kind = :kind"));
    q.bind(QStringLiteral(":member"), memberId).bind(QStringLiteral(":group"), groupId).bind(QStringLiteral(":kind"), kindCode);
    if (auto err = q.exec(tr("clear an onboarding step")))
        return err;
    if (q.numRowsAffected() == 0)
        return {}; // nothing was marked; nothing to record
    AuditRepository audit(m_db);
    if (auto err = audit.record(QStringLiteral("update"), QStringLiteral("onboarding_progress"), memberId,
                                QJsonObject{{QStringLiteral("group_id"), groupId}, {QStringLiteral("step_kind"), kindCode}},
                                QJsonObject()))
        return err;
    return tx.commit();
}

DatabaseError OnboardingRepository::progressFor(qint64 groupId, QList<MemberOnboardingProgress> *out)
{
    // onboarding_progress is keyed by member first; driving the lookup from the group's
    // memberships (indexed by group) avoids scanning every member's progress.
    Query q(m_db, QStringLiteral("SELECT p.member_id, p.step_kind, p.done_at, p.source FROM onboarding_progress p "
                                 "WHERE p.group_id = :group "
                                 "AND p.member_id IN (SELECT m.member_id FROM memberships m WHERE m.group_id = :group2) "
                                 "ORDER BY p.member_id, p.done_at, p.step_kind"));
    q.bind(QStringLiteral(":group"), groupId).bind(QStringLiteral(":group2"), groupId);
    if (auto err = q.exec(tr("read onboarding progress")))
        return err;
    QList<MemberOnboardingProgress> members;
    while (q.next()) {
        const qint64 memberId = q.value(0).toLongLong();
        const auto kind = onboarding::stepKindFromCode(q.value(1).toString());
        if (!kind)
            continue; // a code this build does not know; keep it in the table, leave it out here
        if (members.isEmpty() || members.constLast().memberId != memberId)
            members.append(MemberOnboardingProgress{memberId, {}});
        OnboardingMark mark;
        mark.kind = *kind;
        mark.doneAt = QDateTime::fromString(q.value(2).toString(), timeFormat());
        mark.source = onboarding::progressSourceFromCode(q.value(3).toString()).value_or(ProgressSource::Manual);
        members.last().marks.append(mark);
    }
    *out = members;
    return {};
}

} // namespace qundesk
