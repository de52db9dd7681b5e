#include "storage/SopRepository.h"

#include "storage/AuditRepository.h"
#include "storage/ContentStorageDetail.h"
#include "storage/Query.h"
#include "storage/ScheduleRepository.h"
#include "storage/SqlTransaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace qundesk {

namespace {

using K = DatabaseError::Kind;

const QString templateFields = QStringLiteral("id, name, description, kind, duration_days, builtin");
const QString stepFields = QStringLiteral("id, template_id, position, day_offset, slot_time, kind, title, body");

SopTemplate readTemplate(const Query &q)
{
    SopTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.description = q.value(2).toString();
    t.kind = sopKindFromCode(q.value(3).toString()).value_or(SopKind::Campaign);
    t.durationDays = q.value(4).toInt();
    t.builtin = q.value(5).toInt() != 0;
    return t;
}

SopStep readStep(const Query &q)
{
    SopStep s;
    s.id = q.value(0).toLongLong();
    s.templateId = q.value(1).toLongLong();
    s.position = q.value(2).toInt();
    s.dayOffset = q.value(3).toInt();
    s.slotTime = sqltext::timeFrom(q.value(4));
    s.kind = contentKindFromCode(q.value(5).toString()).value_or(ContentKind::Announcement);
    s.title = q.value(6).toString();
    s.body = q.value(7).toString();
    return s;
}

} // namespace

DatabaseError SopRepository::listTemplates(QList<SopTemplate> *out)
{
    Query q(m_db,
        QStringLiteral("SELECT ") + templateFields
            + QStringLiteral(" FROM sop_templates ORDER BY builtin DESC, name, id"));
    if (auto err = q.exec(tr("list SOP templates")))
        return err;
    QList<SopTemplate> templates;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        templates.append(readTemplate(q));
        index.insert(templates.constLast().id, templates.size() - 1);
    }
    // Templates are few and short, so one pass over all steps beats a query per template.
    Query steps(m_db,
        QStringLiteral("SELECT ") + stepFields + QStringLiteral(" FROM sop_steps ORDER BY template_id, position, id"));
    if (auto err = steps.exec(tr("list SOP steps")))
        return err;
    while (steps.next()) {
        const SopStep step = readStep(steps);
        const auto it = index.constFind(step.templateId);
        if (it != index.cend())
            templates[*it].steps.append(step);
    }
    *out = std::move(templates);
    return {};
}

DatabaseError SopRepository::readSteps(qint64 templateId, QList<SopStep> *out)
{
    Query q(m_db,
        QStringLiteral("SELECT ") + stepFields
            + QStringLiteral(" FROM sop_steps WHERE template_id = :t ORDER BY position, id"));
    q.bind(QStringLiteral(":t"), templateId);
    if (auto err = q.exec(tr("read SOP steps")))
        return err;
    out->clear();
    while (q.next())
        out->append(readStep(q));
    return {};
}

DatabaseError SopRepository::templateWithSteps(qint64 id, SopTemplate *out)
{
    Query q(m_db, QStringLiteral("SELECT ") + templateFields + QStringLiteral(" FROM sop_templates WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("read SOP template")))
        return err;
    if (!q.next())
        return DatabaseError::make(K::NotFound, tr("SOP template #%1 does not exist.").arg(id));
    SopTemplate t = readTemplate(q);
    if (auto err = readSteps(id, &t.steps))
        return err;
    *out = std::move(t);
    return {};
}

DatabaseError SopRepository::writeSteps(qint64 templateId, const QList<SopStep> &steps)
{
    QList<SopStep> existing;
    if (auto err = readSteps(templateId, &existing))
        return err;
    QSet<qint64> stale;
    for (const SopStep &s : std::as_const(existing))
        stale.insert(s.id);

    for (qsizetype i = 0; i < steps.size(); ++i) {
        const SopStep &s = steps.at(i);
        const bool update = s.id > 0;
        if (update && !stale.remove(s.id))
            return DatabaseError::make(K::Constraint, tr("Step “%1” does not belong to this template.").arg(s.title));
        Query q(m_db,
            update ? QStringLiteral("UPDATE sop_steps SET position = :position, day_offset = :day, "
                                    "slot_time = :time, kind = :kind, title = :title, body = :body "
                                    "WHERE id = :id")
                   : QStringLiteral("INSERT INTO sop_steps (template_id, position, day_offset, slot_time, "
                                    "kind, title, body) VALUES (:template, :position, :day, :time, "
                                    ":kind, :title, :body)"));
        if (update)
            q.bind(QStringLiteral(":id"), s.id);
        else
            q.bind(QStringLiteral(":template"), templateId);
        q.bind(QStringLiteral(":position"), int(i + 1))
            .bind(QStringLiteral(":day"), s.dayOffset)
            .bind(QStringLiteral(":time"), sqltext::time(s.slotTime))
            .bind(QStringLiteral(":kind"), contentKindCode(s.kind))
            .bind(QStringLiteral(":title"), s.title.trimmed())
            .bindText(QStringLiteral(":body"), s.body.isEmpty() ? QString() : s.body);
        if (auto err = q.exec(tr("save SOP step “%1”").arg(s.title)))
            return err;
    }
    for (const qint64 id : std::as_const(stale)) {
        Query q(m_db, QStringLiteral("DELETE FROM sop_steps WHERE id = :id"));
        q.bind(QStringLiteral(":id"), id);
        if (auto err = q.exec(tr("delete SOP step")))
            return err;
    }
    return {};
}

DatabaseError SopRepository::saveInTransaction(const SopTemplate &sop, qint64 *id)
{
    const QString problem = validateSopTemplate(sop);
    if (!problem.isEmpty())
        return DatabaseError::make(K::Constraint, problem);
    {
        Query q(m_db, QStringLiteral("SELECT 1 FROM sop_templates WHERE name = :name AND id <> :id"));
        q.bind(QStringLiteral(":name"), sop.name.trimmed()).bind(QStringLiteral(":id"), sop.id);
        if (auto err = q.exec(tr("check SOP template name")))
            return err;
        if (q.next())
            return DatabaseError::make(
                K::Constraint, tr("An SOP template named “%1” already exists.").arg(sop.name.trimmed()));
    }

    SopTemplate before;
    const bool update = sop.id > 0;
    if (update) {
        if (auto err = templateWithSteps(sop.id, &before))
            return err;
    }
    Query q(m_db,
        update ? QStringLiteral("UPDATE sop_templates SET name = :name, description = :description, "
                                "kind = :kind, duration_days = :days, builtin = :builtin WHERE id = :id")
               : QStringLiteral("INSERT INTO sop_templates (name, description, kind, duration_days, builtin) "
                                "VALUES (:name, :description, :kind, :days, :builtin)"));
    q.bind(QStringLiteral(":name"), sop.name.trimmed())
        .bindText(QStringLiteral(":description"), sop.description.isEmpty() ? QString() : sop.description)
        .bind(QStringLiteral(":kind"), sopKindCode(sop.kind))
        .bind(QStringLiteral(":days"), sop.durationDays)
        .bind(QStringLiteral(":builtin"), sop.builtin ? 1 : 0);
    if (update)
        q.bind(QStringLiteral(":id"), sop.id);
    if (auto err = q.exec(tr("save SOP template “%1”").arg(sop.name)))
        return err;
    const qint64 templateId = update ? sop.id : q.lastInsertId();
    if (auto err = writeSteps(templateId, sop.steps))
        return err;

    SopTemplate after;
    if (auto err = templateWithSteps(templateId, &after))
        return err;
    if (auto err = AuditRepository(m_db).record(update ? QStringLiteral("update") : QStringLiteral("create"),
            QStringLiteral("sop_template"), templateId, update ? before.toJson() : QJsonObject(), after.toJson()))
        return err;
    if (id)
        *id = templateId;
    return {};
}

DatabaseError SopRepository::saveTemplate(const SopTemplate &sop, qint64 *id)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    qint64 savedId = 0;
    if (auto err = saveInTransaction(sop, &savedId))
        return err;
    if (auto err = tx.commit())
        return err;
    if (id)
        *id = savedId;
    return {};
}

DatabaseError SopRepository::installBuiltinTemplates(int *installed)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    int count = 0;
    const QList<SopTemplate> builtins = builtinSopTemplates();
    for (const SopTemplate &sop : builtins) {
        Query q(m_db, QStringLiteral("SELECT 1 FROM sop_templates WHERE name = :name"));
        q.bind(QStringLiteral(":name"), sop.name);
        if (auto err = q.exec(tr("look up SOP template “%1”").arg(sop.name)))
            return err;
        if (q.next())
            continue;
        if (auto err = saveInTransaction(sop, nullptr))
            return err;
        ++count;
    }
    if (auto err = tx.commit())
        return err;
    if (installed)
        *installed = count;
    return {};
}

DatabaseError SopRepository::removeTemplate(qint64 id)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    SopTemplate before;
    if (auto err = templateWithSteps(id, &before))
        return err;
    const QVariant uses = [&] {
        Query q(m_db, QStringLiteral("SELECT count(*) FROM sop_applications WHERE template_id = :id"));
        q.bind(QStringLiteral(":id"), id);
        return q.exec(tr("count SOP applications")) || !q.next() ? QVariant() : q.value(0);
    }();
    if (!uses.isValid())
        return DatabaseError::make(K::Query, tr("Cannot count the applications of “%1”.").arg(before.name));
    if (uses.toInt() > 0)
        return DatabaseError::make(K::Constraint,
            tr("“%1” is on %2 group calendars; undo those applications before deleting the template.")
                .arg(before.name)
                .arg(uses.toInt()));
    Query q(m_db, QStringLiteral("DELETE FROM sop_templates WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("delete SOP template “%1”").arg(before.name)))
        return err;
    if (auto err = AuditRepository(m_db).record(
            QStringLiteral("delete"), QStringLiteral("sop_template"), id, before.toJson(), {}))
        return err;
    return tx.commit();
}

DatabaseError SopRepository::apply(
    qint64 templateId, qint64 groupId, const QDate &startDate, qint64 *applicationId, int *entryCount)
{
    if (!startDate.isValid())
        return DatabaseError::make(K::Constraint, tr("Choose a start date to apply the template."));
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    qint64 appId = 0;
    int entries = 0;
    if (auto err = applyInTransaction(templateId, groupId, startDate, {}, &appId, &entries))
        return err;
    if (auto err = tx.commit())
        return err;
    if (applicationId)
        *applicationId = appId;
    if (entryCount)
        *entryCount = entries;
    return {};
}

DatabaseError SopRepository::applyInTransaction(qint64 templateId, qint64 groupId, const QDate &startDate,
                                                const QJsonObject &auditExtra, qint64 *applicationId, int *entryCount)
{
    if (!startDate.isValid())
        return DatabaseError::make(K::Constraint, tr("Choose a start date to apply the template."));
    SopTemplate sop;
    if (auto err = templateWithSteps(templateId, &sop))
        return err;
    ScheduleRepository schedule(m_db);
    GroupChoice group;
    if (auto err = schedule.groupChoice(groupId, &group))
        return err;

    const QString start = sqltext::date(startDate);
    const auto alreadyApplied = [&](const QString &appliedAt) {
        return DatabaseError::make(K::Constraint,
            tr("“%1” was already applied to “%2” from %3 (on %4). Undo that application to apply it again.")
                .arg(sop.name, group.name, start, appliedAt));
    };
    {
        Query q(m_db,
            QStringLiteral("SELECT applied_at FROM sop_applications "
                           "WHERE template_id = :t AND group_id = :g AND start_date = :s"));
        q.bind(QStringLiteral(":t"), templateId).bind(QStringLiteral(":g"), groupId).bind(QStringLiteral(":s"), start);
        if (auto err = q.exec(tr("look up earlier applications")))
            return err;
        if (q.next())
            return alreadyApplied(q.value(0).toString());
    }
    const QList<SopOccurrence> occurrences = expandSop(sop, startDate);
    if (occurrences.isEmpty())
        return DatabaseError::make(K::Constraint, tr("“%1” has no steps to put on the calendar.").arg(sop.name));

    Query insert(m_db,
        QStringLiteral("INSERT INTO sop_applications (template_id, group_id, start_date) "
                       "VALUES (:t, :g, :s)"));
    insert.bind(QStringLiteral(":t"), templateId).bind(QStringLiteral(":g"), groupId).bind(QStringLiteral(":s"), start);
    if (auto err = insert.exec(tr("apply “%1” to “%2”").arg(sop.name, group.name)))
        return err.kind == K::Constraint ? alreadyApplied(QString()) : err;
    const qint64 appId = insert.lastInsertId();

    for (const SopOccurrence &o : occurrences) {
        ScheduleEntry e;
        e.groupId = groupId;
        e.scheduledAt = o.at;
        e.title = o.step.title;
        e.body = o.step.body;
        e.sopApplicationId = appId;
        e.sopStepId = o.step.id;
        if (auto err = schedule.insertInTransaction(e))
            return err;
    }
    QJsonObject after { { QStringLiteral("template_id"), templateId }, { QStringLiteral("template"), sop.name },
        { QStringLiteral("group_id"), groupId }, { QStringLiteral("start_date"), start },
        { QStringLiteral("entries"), int(occurrences.size()) } };
    for (auto it = auditExtra.begin(); it != auditExtra.end(); ++it)
        after.insert(it.key(), it.value());
    if (auto err
        = AuditRepository(m_db).record(QStringLiteral("apply"), QStringLiteral("sop_application"), appId, {}, after))
        return err;
    if (applicationId)
        *applicationId = appId;
    if (entryCount)
        *entryCount = int(occurrences.size());
    return {};
}

int SopApplyPlan::groupsToApply() const
{
    return int(std::count_if(
        targets.cbegin(), targets.cend(), [](const SopApplyTarget &t) { return !t.skipped(); }));
}

QList<ConflictEntry> SopApplyPlan::proposedEntries() const
{
    QList<ConflictEntry> out;
    qint64 next = -1;
    for (const SopApplyTarget &t : targets) {
        if (t.skipped())
            continue;
        for (const SopOccurrence &o : occurrences) {
            ConflictEntry e;
            e.id = next--;
            e.groupId = t.groupId;
            e.scheduledAt = o.at;
            e.kind = o.step.kind;
            e.sopApplicationId = -1; // stamped from a template: the SOP/campaign rule applies
            e.title = o.step.title;
            out.append(e);
        }
    }
    return out;
}

DatabaseError SopRepository::findTemplate(const QString &idOrName, SopTemplate *out)
{
    const QString key = idOrName.trimmed();
    bool isId = false;
    const qint64 id = key.toLongLong(&isId);
    if (isId && id > 0)
        return templateWithSteps(id, out);
    Query q(m_db, QStringLiteral("SELECT id FROM sop_templates WHERE name = :name"));
    q.bind(QStringLiteral(":name"), key);
    if (auto err = q.exec(tr("look up SOP template “%1”").arg(key)))
        return err;
    if (!q.next())
        return DatabaseError::make(K::NotFound, tr("There is no SOP template named “%1”.").arg(key));
    return templateWithSteps(q.value(0).toLongLong(), out);
}

DatabaseError SopRepository::planApplication(
    qint64 templateId, const QList<qint64> &groupIds, const QDate &startDate, SopApplyPlan *out)
{
    return planInTransaction(templateId, groupIds, startDate, out);
}

DatabaseError SopRepository::planInTransaction(
    qint64 templateId, const QList<qint64> &groupIds, const QDate &startDate, SopApplyPlan *out)
{
    if (!startDate.isValid())
        return DatabaseError::make(K::Constraint, tr("Choose a start date to apply the template."));
    if (groupIds.isEmpty())
        return DatabaseError::make(K::Constraint, tr("Choose at least one group to apply the template to."));
    SopApplyPlan plan;
    if (auto err = templateWithSteps(templateId, &plan.sop))
        return err;
    plan.startDate = startDate;
    plan.occurrences = expandSop(plan.sop, startDate);
    if (plan.occurrences.isEmpty())
        return DatabaseError::make(
            K::Constraint, tr("“%1” has no steps to put on the calendar.").arg(plan.sop.name));

    // One query for all groups (thousands when a whole tier is picked), not one per group.
    QJsonArray ids;
    QList<qint64> ordered;
    QSet<qint64> seen;
    for (const qint64 id : groupIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        ordered.append(id);
        ids.append(id);
    }
    Query q(m_db,
        QStringLiteral("SELECT g.id, g.name, g.status, a.id, a.applied_at FROM chat_groups g "
                       "LEFT JOIN sop_applications a ON a.group_id = g.id AND a.template_id = :t "
                       "AND a.start_date = :s WHERE g.id IN (SELECT value FROM json_each(:ids))"));
    q.bind(QStringLiteral(":t"), templateId)
        .bind(QStringLiteral(":s"), sqltext::date(startDate))
        .bind(QStringLiteral(":ids"), QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    if (auto err = q.exec(tr("look up the groups to apply “%1” to").arg(plan.sop.name)))
        return err;
    QHash<qint64, SopApplyTarget> found;
    while (q.next()) {
        SopApplyTarget t;
        t.groupId = q.value(0).toLongLong();
        t.groupName = q.value(1).toString();
        const QString status = q.value(2).toString();
        if (!q.value(3).isNull()) {
            t.skip = SopApplyTarget::Skip::AlreadyApplied;
            t.existingApplicationId = q.value(3).toLongLong();
            t.existingAppliedAt = sqltext::dateTimeFrom(q.value(4));
        } else if (status == QLatin1String("dissolved")) {
            t.skip = SopApplyTarget::Skip::Dissolved;
        } else if (status == QLatin1String("archived")) {
            t.skip = SopApplyTarget::Skip::Archived;
        }
        found.insert(t.groupId, t);
    }
    for (const qint64 id : std::as_const(ordered)) {
        const auto it = found.constFind(id);
        if (it == found.cend())
            return DatabaseError::make(K::NotFound, tr("Group #%1 does not exist.").arg(id));
        plan.targets.append(*it);
    }
    *out = std::move(plan);
    return {};
}

DatabaseError SopRepository::applyToGroups(
    qint64 templateId, const QList<qint64> &groupIds, const QDate &startDate, SopApplyResult *out)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    // Planned inside the transaction: BEGIN IMMEDIATE holds the write lock, so no other writer can
    // apply the same template between the check and the inserts.
    SopApplyPlan plan;
    if (auto err = planInTransaction(templateId, groupIds, startDate, &plan))
        return err;
    SopApplyResult result;
    for (const SopApplyTarget &target : std::as_const(plan.targets)) {
        if (target.skipped()) {
            result.skipped.append(target);
            continue;
        }
        SopApplication a;
        a.templateId = templateId;
        a.templateName = plan.sop.name;
        a.groupId = target.groupId;
        a.groupName = target.groupName;
        a.startDate = startDate;
        if (auto err = applyInTransaction(templateId, target.groupId, startDate, {}, &a.id, &a.entryCount))
            return err;
        result.entries += a.entryCount;
        result.created.append(a);
    }
    if (auto err = tx.commit())
        return err;
    if (out)
        *out = std::move(result);
    return {};
}

DatabaseError SopRepository::application(qint64 applicationId, SopApplication *out)
{
    Query q(m_db,
        QStringLiteral("SELECT a.id, a.template_id, a.group_id, a.start_date, a.applied_at, t.name, g.name, "
                       "(SELECT count(*) FROM schedule_entries e WHERE e.sop_application_id = a.id) "
                       "FROM sop_applications a JOIN sop_templates t ON t.id = a.template_id "
                       "JOIN chat_groups g ON g.id = a.group_id WHERE a.id = :id"));
    q.bind(QStringLiteral(":id"), applicationId);
    if (auto err = q.exec(tr("read SOP application")))
        return err;
    if (!q.next())
        return DatabaseError::make(K::NotFound, tr("SOP application #%1 does not exist.").arg(applicationId));
    out->id = q.value(0).toLongLong();
    out->templateId = q.value(1).toLongLong();
    out->groupId = q.value(2).toLongLong();
    out->startDate = sqltext::dateFrom(q.value(3));
    out->appliedAt = sqltext::dateTimeFrom(q.value(4));
    out->templateName = q.value(5).toString();
    out->groupName = q.value(6).toString();
    out->entryCount = q.value(7).toInt();
    return {};
}

DatabaseError SopRepository::listApplications(qint64 groupId, QList<SopApplication> *out)
{
    QString sql = QStringLiteral("SELECT a.id, a.template_id, a.group_id, a.start_date, a.applied_at, t.name, g.name, "
                                 "(SELECT count(*) FROM schedule_entries e WHERE e.sop_application_id = a.id) "
                                 "FROM sop_applications a JOIN sop_templates t ON t.id = a.template_id "
                                 "JOIN chat_groups g ON g.id = a.group_id");
    if (groupId > 0)
        sql += QStringLiteral(" WHERE a.group_id = :g");
    sql += QStringLiteral(" ORDER BY a.applied_at DESC, a.id DESC");
    Query q(m_db, sql);
    if (groupId > 0)
        q.bind(QStringLiteral(":g"), groupId);
    if (auto err = q.exec(tr("list SOP applications")))
        return err;
    out->clear();
    while (q.next()) {
        SopApplication a;
        a.id = q.value(0).toLongLong();
        a.templateId = q.value(1).toLongLong();
        a.groupId = q.value(2).toLongLong();
        a.startDate = sqltext::dateFrom(q.value(3));
        a.appliedAt = sqltext::dateTimeFrom(q.value(4));
        a.templateName = q.value(5).toString();
        a.groupName = q.value(6).toString();
        a.entryCount = q.value(7).toInt();
        out->append(a);
    }
    return {};
}

DatabaseError SopRepository::undoApplication(qint64 applicationId, int *removedEntries)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Query q(m_db,
        QStringLiteral("SELECT a.template_id, a.group_id, a.start_date, t.name, "
                       "(SELECT count(*) FROM schedule_entries e WHERE e.sop_application_id = a.id) "
                       "FROM sop_applications a JOIN sop_templates t ON t.id = a.template_id WHERE a.id = :id"));
    q.bind(QStringLiteral(":id"), applicationId);
    if (auto err = q.exec(tr("read SOP application")))
        return err;
    if (!q.next())
        return DatabaseError::make(K::NotFound, tr("SOP application #%1 does not exist.").arg(applicationId));
    const QJsonObject before { { QStringLiteral("template_id"), q.value(0).toLongLong() },
        { QStringLiteral("template"), q.value(3).toString() }, { QStringLiteral("group_id"), q.value(1).toLongLong() },
        { QStringLiteral("start_date"), q.value(2).toString() }, { QStringLiteral("entries"), q.value(4).toInt() } };
    const int entries = q.value(4).toInt();

    Query del(m_db, QStringLiteral("DELETE FROM sop_applications WHERE id = :id"));
    del.bind(QStringLiteral(":id"), applicationId);
    if (auto err = del.exec(tr("undo SOP application #%1").arg(applicationId)))
        return err;
    if (auto err = AuditRepository(m_db).record(
            QStringLiteral("undo"), QStringLiteral("sop_application"), applicationId, before, {}))
        return err;
    if (auto err = tx.commit())
        return err;
    if (removedEntries)
        *removedEntries = entries;
    return {};
}

} // namespace qundesk
