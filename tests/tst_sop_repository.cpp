#include "CalendarTestData.h"
#include "TestSupport.h"

#include "storage/AuditRepository.h"
#include "storage/ScheduleRepository.h"
#include "storage/GroupSelectorRepository.h"
#include "storage/SopRepository.h"

#include <QJsonArray>
#include <QTest>

using namespace qundesk;
using K = DatabaseError::Kind;

namespace {

SopStep step(int dayOffset, int hour, ContentKind kind, const QString &title, int position = 0)
{
    SopStep s;
    s.dayOffset = dayOffset;
    s.slotTime = QTime(hour, 0);
    s.kind = kind;
    s.title = title;
    s.position = position;
    return s;
}

SopTemplate newMemberPlan()
{
    SopTemplate t;
    t.name = QStringLiteral("新人7天计划");
    t.description = QStringLiteral("入群第一周的节奏");
    t.kind = SopKind::Campaign;
    t.durationDays = 7;
    // Positions as a caller might leave them after editing; saving renumbers them.
    t.steps = { step(0, 9, ContentKind::Welcome, QStringLiteral("欢迎入群，发布群规"), 7),
        step(2, 13, ContentKind::Topic, QStringLiteral("自我介绍接龙"), 3),
        step(3, 14, ContentKind::Game, QStringLiteral("打卡赢积分"), 3),
        step(6, 22, ContentKind::Announcement, QStringLiteral("一周回顾"), 1) };
    return t;
}

int entriesOf(const QSqlDatabase &db, qint64 applicationId)
{
    Query q(db, QStringLiteral("SELECT count(*) FROM schedule_entries WHERE sop_application_id = :a"));
    q.bind(QStringLiteral(":a"), applicationId);
    if (q.exec(QStringLiteral("count")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestSopRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestActor(); }

    void saveRenumbersAndRoundTrips()
    {
        test::TempDatabase t;
        SopRepository repo(t.connection());
        qint64 id = 0;
        QVERIFY_OK(repo.saveTemplate(newMemberPlan(), &id));

        SopTemplate read;
        QVERIFY_OK(repo.templateWithSteps(id, &read));
        QCOMPARE(read.name, QStringLiteral("新人7天计划"));
        QCOMPARE(read.description, QStringLiteral("入群第一周的节奏"));
        QCOMPARE(read.kind, SopKind::Campaign);
        QCOMPARE(read.durationDays, 7);
        QVERIFY(!read.builtin);
        QCOMPARE(read.steps.size(), 4);
        for (int i = 0; i < read.steps.size(); ++i) {
            QCOMPARE(read.steps.at(i).position, i + 1);
            QCOMPARE(read.steps.at(i).templateId, id);
        }
        QCOMPARE(read.steps.at(0).title, QStringLiteral("欢迎入群，发布群规"));
        QCOMPARE(read.steps.at(0).kind, ContentKind::Welcome);
        QCOMPARE(read.steps.at(3).slotTime, QTime(22, 0));

        // Edit: move the last step first, change one, drop one, add one.
        const qint64 reviewId = read.steps.at(3).id;
        const qint64 gameId = read.steps.at(2).id;
        const qint64 topicId = read.steps.at(1).id;
        SopTemplate edit = read;
        edit.steps = { read.steps.at(3), read.steps.at(0), read.steps.at(2),
            step(4, 16, ContentKind::Perk, QStringLiteral("新人专属券")) };
        edit.steps[2].title = QStringLiteral("打卡赢双倍积分");
        QVERIFY_OK(repo.saveTemplate(edit));
        QVERIFY_OK(repo.templateWithSteps(id, &read));
        QCOMPARE(read.steps.size(), 4);
        QCOMPARE(read.steps.at(0).id, reviewId);
        QCOMPARE(read.steps.at(2).id, gameId);
        QCOMPARE(read.steps.at(2).title, QStringLiteral("打卡赢双倍积分"));
        QCOMPARE(read.steps.at(3).title, QStringLiteral("新人专属券"));
        for (const SopStep &s : std::as_const(read.steps))
            QVERIFY(s.id != topicId);
        QCOMPARE(test::countRows(t.connection(), QStringLiteral("sop_steps")), 4);

        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(t.connection()).list(QStringLiteral("sop_template"), id, 10, &audit));
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.at(0).before.value(QStringLiteral("steps")).toArray().size(), 4);
    }

    void saveRefusesInvalidWithoutWriting()
    {
        test::TempDatabase t;
        SopRepository repo(t.connection());
        qint64 first = 0;
        QVERIFY_OK(repo.saveTemplate(newMemberPlan(), &first));
        QCOMPARE(repo.saveTemplate(newMemberPlan()).kind, K::Constraint); // same name

        SopTemplate outOfRange = newMemberPlan();
        outOfRange.name = QStringLiteral("越界模板");
        outOfRange.steps.append(step(7, 9, ContentKind::Topic, QStringLiteral("第8天")));
        QCOMPARE(repo.saveTemplate(outOfRange).kind, K::Constraint);

        // A step of another template is refused after the template row was written: the
        // transaction takes the template back out.
        SopTemplate stolen = newMemberPlan();
        stolen.name = QStringLiteral("借用步骤");
        SopTemplate existing;
        QVERIFY_OK(repo.templateWithSteps(first, &existing));
        stolen.steps = { existing.steps.at(0) };
        QCOMPARE(repo.saveTemplate(stolen).kind, K::Constraint);

        QCOMPARE(test::countRows(t.connection(), QStringLiteral("sop_templates")), 1);
        QCOMPARE(test::countRows(t.connection(), QStringLiteral("sop_steps")), 4);
    }

    void applyAcrossMonthEnd()
    {
        test::TempDatabase t;
        const qint64 op = test::insertOperator(t.connection(), QStringLiteral("陈运营"));
        const qint64 group
            = test::insertGroup(t.connection(), QStringLiteral("新人福利5群"), QStringLiteral("perks"), op);
        SopRepository repo(t.connection());
        qint64 templateId = 0;
        QVERIFY_OK(repo.saveTemplate(newMemberPlan(), &templateId));

        qint64 app = 0;
        int created = 0;
        QVERIFY_OK(repo.apply(templateId, group, QDate(2026, 11, 28), &app, &created));
        QCOMPARE(created, 4);
        QCOMPARE(entriesOf(t.connection(), app), 4);

        QList<ScheduleRow> rows;
        QVERIFY_OK(ScheduleRepository(t.connection()).list(QDate(2026, 11, 1), QDate(2026, 12, 31), {}, &rows));
        QCOMPARE(rows.size(), 4);
        const QList<QDateTime> expected { QDateTime(QDate(2026, 11, 28), QTime(9, 0)),
            QDateTime(QDate(2026, 11, 30), QTime(13, 0)), QDateTime(QDate(2026, 12, 1), QTime(14, 0)),
            QDateTime(QDate(2026, 12, 4), QTime(22, 0)) };
        SopTemplate sop;
        QVERIFY_OK(repo.templateWithSteps(templateId, &sop));
        for (int i = 0; i < rows.size(); ++i) {
            const ScheduleRow &r = rows.at(i);
            QCOMPARE(r.entry.scheduledAt, expected.at(i));
            QCOMPARE(r.entry.title, sop.steps.at(i).title);
            QCOMPARE(r.entry.sopStepId, sop.steps.at(i).id);
            QCOMPARE(r.entry.sopApplicationId, app);
            QCOMPARE(r.entry.operatorId, op);
            QCOMPARE(r.entry.status, ScheduleStatus::Planned);
            QCOMPARE(r.kind, sop.steps.at(i).kind); // from the step: there is no content item
            QCOMPARE(r.groupName, QStringLiteral("新人福利5群"));
        }

        QList<SopApplication> apps;
        QVERIFY_OK(repo.listApplications(group, &apps));
        QCOMPARE(apps.size(), 1);
        QCOMPARE(apps.at(0).startDate, QDate(2026, 11, 28));
        QCOMPARE(apps.at(0).entryCount, 4);
        QCOMPARE(apps.at(0).templateName, QStringLiteral("新人7天计划"));
    }

    void secondApplyIsRefused()
    {
        test::TempDatabase t;
        const qint64 group
            = test::insertGroup(t.connection(), QStringLiteral("导购7群"), QStringLiteral("shopping_guide"));
        const qint64 other
            = test::insertGroup(t.connection(), QStringLiteral("导购8群"), QStringLiteral("shopping_guide"));
        SopRepository repo(t.connection());
        qint64 templateId = 0;
        QVERIFY_OK(repo.saveTemplate(newMemberPlan(), &templateId));
        QVERIFY_OK(repo.apply(templateId, group, QDate(2026, 12, 29)));
        const int entries = test::countRows(t.connection(), QStringLiteral("schedule_entries"));
        const int audits = test::countRows(t.connection(), QStringLiteral("audit_log"));

        const DatabaseError again = repo.apply(templateId, group, QDate(2026, 12, 29));
        QCOMPARE(again.kind, K::Constraint);
        QVERIFY2(again.message.contains(QStringLiteral("新人7天计划")), qPrintable(again.message));
        QVERIFY2(again.message.contains(QStringLiteral("导购7群")), qPrintable(again.message));
        QVERIFY2(again.message.contains(QStringLiteral("2026-12-29")), qPrintable(again.message));
        QCOMPARE(test::countRows(t.connection(), QStringLiteral("schedule_entries")), entries);
        QCOMPARE(test::countRows(t.connection(), QStringLiteral("sop_applications")), 1);
        QCOMPARE(test::countRows(t.connection(), QStringLiteral("audit_log")), audits);

        // Another start date or another group is a new application.
        QVERIFY_OK(repo.apply(templateId, group, QDate(2027, 1, 5)));
        QVERIFY_OK(repo.apply(templateId, other, QDate(2026, 12, 29)));
        QCOMPARE(test::countRows(t.connection(), QStringLiteral("sop_applications")), 3);
        QCOMPARE(test::countRows(t.connection(), QStringLiteral("schedule_entries")), 3 * entries);
    }

    void applyRefusals()
    {
        test::TempDatabase t;
        const qint64 group = test::insertGroup(t.connection(), QStringLiteral("素材群"), QStringLiteral("material"));
        SopRepository repo(t.connection());
        qint64 templateId = 0;
        QVERIFY_OK(repo.saveTemplate(newMemberPlan(), &templateId));
        QCOMPARE(repo.apply(templateId, 999, QDate(2026, 11, 23)).kind, K::NotFound);
        QCOMPARE(repo.apply(999, group, QDate(2026, 11, 23)).kind, K::NotFound);
        QCOMPARE(repo.apply(templateId, group, QDate()).kind, K::Constraint);

        SopTemplate empty;
        empty.name = QStringLiteral("空模板");
        qint64 emptyId = 0;
        QVERIFY_OK(repo.saveTemplate(empty, &emptyId));
        QCOMPARE(repo.apply(emptyId, group, QDate(2026, 11, 23)).kind, K::Constraint);
        QCOMPARE(test::countRows(t.connection(), QStringLiteral("sop_applications")), 0);
        QCOMPARE(test::countRows(t.connection(), QStringLiteral("schedule_entries")), 0);
    }

    void undoRemovesOnlyThatApplication()
    {
        test::TempDatabase t;
        const qint64 group = test::insertGroup(t.connection(), QStringLiteral("宠粉1群"));
        SopRepository repo(t.connection());
        qint64 templateId = 0;
        QVERIFY_OK(repo.saveTemplate(newMemberPlan(), &templateId));
        qint64 first = 0;
        qint64 second = 0;
        QVERIFY_OK(repo.apply(templateId, group, QDate(2026, 11, 23), &first));
        QVERIFY_OK(repo.apply(templateId, group, QDate(2026, 11, 30), &second));
        // A hand-made entry in the same group stays.
        ScheduleEntry manual;
        manual.groupId = group;
        manual.scheduledAt = QDateTime(QDate(2026, 11, 24), QTime(20, 0));
        manual.title = QStringLiteral("直播预告");
        QVERIFY_OK(ScheduleRepository(t.connection()).create(manual));
        QCOMPARE(test::countRows(t.connection(), QStringLiteral("schedule_entries")), 9);

        // The template cannot be deleted while it is on calendars.
        QCOMPARE(repo.removeTemplate(templateId).kind, K::Constraint);

        int removed = 0;
        QVERIFY_OK(repo.undoApplication(first, &removed));
        QCOMPARE(removed, 4);
        QCOMPARE(entriesOf(t.connection(), first), 0);
        QCOMPARE(entriesOf(t.connection(), second), 4);
        QCOMPARE(test::countRows(t.connection(), QStringLiteral("schedule_entries")), 5);
        QCOMPARE(repo.undoApplication(first).kind, K::NotFound);

        // Undone, the same start date can be applied again.
        QVERIFY_OK(repo.apply(templateId, group, QDate(2026, 11, 23)));

        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(t.connection()).list(QStringLiteral("sop_application"), first, 10, &audit));
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.at(0).action, QStringLiteral("undo"));
    }

    void weeklyTemplateAndBuiltins()
    {
        test::TempDatabase t;
        const qint64 group = test::insertGroup(t.connection(), QStringLiteral("总群"), QStringLiteral("master"));
        SopRepository repo(t.connection());
        int installed = -1;
        QVERIFY_OK(repo.installBuiltinTemplates(&installed));
        QCOMPARE(installed, 4);
        QVERIFY_OK(repo.installBuiltinTemplates(&installed));
        QCOMPARE(installed, 0);

        QList<SopTemplate> templates;
        QVERIFY_OK(repo.listTemplates(&templates));
        QCOMPARE(templates.size(), 4);
        const auto weekly = std::find_if(
            templates.cbegin(), templates.cend(), [](const SopTemplate &x) { return x.kind == SopKind::Weekly; });
        QVERIFY(weekly != templates.cend());
        QVERIFY(weekly->builtin);
        QCOMPARE(weekly->durationDays, 28);

        int created = 0;
        QVERIFY_OK(repo.apply(weekly->id, group, QDate(2026, 12, 14), nullptr, &created));
        QCOMPARE(created, int(weekly->steps.size()) * 4);
        // Every Monday of the four weeks, across the year end, has the morning greeting.
        QList<ScheduleRow> rows;
        QVERIFY_OK(ScheduleRepository(t.connection()).list(QDate(2027, 1, 4), QDate(2027, 1, 10), {}, &rows));
        QCOMPARE(rows.size(), weekly->steps.size());
        QCOMPARE(rows.first().entry.scheduledAt, QDateTime(QDate(2027, 1, 4), QTime(9, 0)));
        QCOMPARE(rows.first().kind, ContentKind::Announcement);
    }

    void applyToGroupsIsIdempotent()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 a = test::insertGroup(db, QStringLiteral("新人1群"), QStringLiteral("perks"));
        const qint64 b = test::insertGroup(db, QStringLiteral("新人2群"), QStringLiteral("perks"));
        const qint64 c = test::insertGroup(db, QStringLiteral("新人3群"), QStringLiteral("perks"));
        SopRepository repo(db);
        qint64 templateId = 0;
        QVERIFY_OK(repo.saveTemplate(newMemberPlan(), &templateId));
        // b already carries the plan from that date.
        qint64 earlier = 0;
        QVERIFY_OK(repo.apply(templateId, b, QDate(2027, 1, 31), &earlier));
        const int auditsBefore = test::countRows(db, QStringLiteral("audit_log"));

        SopApplyPlan plan;
        // Repeats are asked once.
        QVERIFY_OK(repo.planApplication(templateId, { a, b, c, a }, QDate(2027, 1, 31), &plan));
        QCOMPARE(plan.targets.size(), 3);
        QCOMPARE(plan.targets.at(1).groupId, b);
        QCOMPARE(plan.targets.at(1).skip, SopApplyTarget::Skip::AlreadyApplied);
        QCOMPARE(plan.targets.at(1).existingApplicationId, earlier);
        QVERIFY(!plan.targets.at(0).skipped());
        QCOMPARE(plan.groupsToApply(), 2);
        QCOMPARE(plan.entriesToCreate(), 8);
        // From 31 January: day 3 is 3 February, day 7 is 6 February.
        QCOMPARE(plan.occurrences.at(1).at, QDateTime(QDate(2027, 2, 2), QTime(13, 0)));
        QCOMPARE(plan.occurrences.last().at, QDateTime(QDate(2027, 2, 6), QTime(22, 0)));
        // Planning writes nothing.
        QCOMPARE(test::countRows(db, QStringLiteral("sop_applications")), 1);

        SopApplyResult result;
        QVERIFY_OK(repo.applyToGroups(templateId, { a, b, c }, QDate(2027, 1, 31), &result));
        QCOMPARE(result.created.size(), 2);
        QCOMPARE(result.entries, 8);
        QCOMPARE(result.skipped.size(), 1);
        QCOMPARE(result.skipped.at(0).groupName, QStringLiteral("新人2群"));
        QCOMPARE(result.created.at(0).groupId, a);
        QCOMPARE(result.created.at(1).groupName, QStringLiteral("新人3群"));
        QCOMPARE(entriesOf(db, result.created.at(0).id), 4);
        QCOMPARE(test::countRows(db, QStringLiteral("schedule_entries")), 12);
        // One audit entry per application.
        QCOMPARE(test::countRows(db, QStringLiteral("audit_log")), auditsBefore + 2);

        // Again: everything is skipped and nothing is written.
        SopApplyResult again;
        QVERIFY_OK(repo.applyToGroups(templateId, { a, b, c }, QDate(2027, 1, 31), &again));
        QCOMPARE(again.created.size(), 0);
        QCOMPARE(again.entries, 0);
        QCOMPARE(again.skipped.size(), 3);
        QCOMPARE(test::countRows(db, QStringLiteral("schedule_entries")), 12);
        QCOMPARE(test::countRows(db, QStringLiteral("sop_applications")), 3);
        QCOMPARE(test::countRows(db, QStringLiteral("audit_log")), auditsBefore + 2);
    }

    void applyToGroupsSkipsClosedGroupsAndIsAtomic()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 open = test::insertGroup(db, QStringLiteral("导购1群"), QStringLiteral("shopping_guide"));
        const qint64 archived = test::insertGroup(db, QStringLiteral("导购2群"), QStringLiteral("shopping_guide"));
        const qint64 dissolved = test::insertGroup(db, QStringLiteral("导购3群"), QStringLiteral("shopping_guide"));
        Query q(db, QStringLiteral("UPDATE chat_groups SET status = CASE id WHEN :a THEN 'archived' ELSE 'dissolved' END "
                                   "WHERE id IN (:a, :d)"));
        q.bind(QStringLiteral(":a"), archived).bind(QStringLiteral(":d"), dissolved);
        QVERIFY_OK(q.exec(QStringLiteral("close groups")));
        SopRepository repo(db);
        qint64 templateId = 0;
        QVERIFY_OK(repo.saveTemplate(newMemberPlan(), &templateId));

        SopApplyPlan plan;
        QVERIFY_OK(repo.planApplication(templateId, { open, archived, dissolved }, QDate(2026, 12, 31), &plan));
        QCOMPARE(plan.targets.at(1).skip, SopApplyTarget::Skip::Archived);
        QCOMPARE(plan.targets.at(2).skip, SopApplyTarget::Skip::Dissolved);
        QCOMPARE(plan.entriesToCreate(), 4);

        // An unknown group refuses the whole call: the valid group gets nothing either.
        const DatabaseError unknown = repo.applyToGroups(templateId, { open, 999 }, QDate(2026, 12, 31), nullptr);
        QCOMPARE(unknown.kind, K::NotFound);
        QVERIFY2(unknown.message.contains(QStringLiteral("999")), qPrintable(unknown.message));
        QCOMPARE(test::countRows(db, QStringLiteral("schedule_entries")), 0);
        QCOMPARE(test::countRows(db, QStringLiteral("sop_applications")), 0);
        QCOMPARE(repo.applyToGroups(templateId, {}, QDate(2026, 12, 31), nullptr).kind, K::Constraint);
        QCOMPARE(repo.applyToGroups(templateId, { open }, QDate(), nullptr).kind, K::Constraint);

        SopApplyResult result;
        QVERIFY_OK(repo.applyToGroups(templateId, { open, archived, dissolved }, QDate(2026, 12, 31), &result));
        QCOMPARE(result.created.size(), 1);
        QCOMPARE(result.skipped.size(), 2);
        // Across the year end.
        QList<ScheduleRow> rows;
        QVERIFY_OK(ScheduleRepository(db).list(QDate(2026, 12, 1), QDate(2027, 1, 31), {}, &rows));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.last().entry.scheduledAt, QDateTime(QDate(2027, 1, 6), QTime(22, 0)));
    }

    void undoAfterApplyToGroups()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 a = test::insertGroup(db, QStringLiteral("福利1群"));
        const qint64 b = test::insertGroup(db, QStringLiteral("福利2群"));
        SopRepository repo(db);
        qint64 templateId = 0;
        QVERIFY_OK(repo.saveTemplate(newMemberPlan(), &templateId));
        SopApplyResult result;
        QVERIFY_OK(repo.applyToGroups(templateId, { a, b }, QDate(2028, 2, 28), &result));
        // A hand-made entry on the same group and day survives the undo.
        ScheduleEntry manual;
        manual.groupId = a;
        manual.title = QStringLiteral("手动加的秒杀");
        manual.scheduledAt = QDateTime(QDate(2028, 2, 29), QTime(20, 0));
        QVERIFY_OK(ScheduleRepository(db).create(manual));

        SopApplication app;
        QVERIFY_OK(repo.application(result.created.at(0).id, &app));
        QCOMPARE(app.groupName, QStringLiteral("福利1群"));
        QCOMPARE(app.entryCount, 4);
        QCOMPARE(app.startDate, QDate(2028, 2, 28));
        int removed = 0;
        QVERIFY_OK(repo.undoApplication(app.id, &removed));
        QCOMPARE(removed, 4);
        QCOMPARE(repo.application(app.id, &app).kind, K::NotFound);
        QCOMPARE(test::countRows(db, QStringLiteral("schedule_entries")), 4 + 1);
        QCOMPARE(entriesOf(db, result.created.at(1).id), 4);
        // Undone, it can be applied again.
        SopApplyResult again;
        QVERIFY_OK(repo.applyToGroups(templateId, { a, b }, QDate(2028, 2, 28), &again));
        QCOMPARE(again.created.size(), 1);
        QCOMPARE(again.created.at(0).groupId, a);
    }

    void findTemplateAndGroup()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        // Names are unique among live groups only: dissolved groups may share one.
        const auto dissolvedGroup = [&](const QString &name) {
            const qint64 id = test::insertGroup(db, name);
            Query q(db, QStringLiteral("UPDATE chat_groups SET status = 'dissolved' WHERE id = :id"));
            q.bind(QStringLiteral(":id"), id);
            return q.exec(QStringLiteral("dissolve")) ? qint64(0) : id;
        };
        const qint64 twinA = dissolvedGroup(QStringLiteral("旧群"));
        const qint64 twinB = dissolvedGroup(QStringLiteral("旧群"));
        const qint64 oldOne = dissolvedGroup(QStringLiteral("总群"));
        const qint64 one = test::insertGroup(db, QStringLiteral("总群"), QStringLiteral("master"));
        QVERIFY(twinA > 0 && twinB > 0 && oldOne > 0 && one > 0);
        SopRepository repo(db);
        qint64 templateId = 0;
        QVERIFY_OK(repo.saveTemplate(newMemberPlan(), &templateId));

        SopTemplate found;
        QVERIFY_OK(repo.findTemplate(QStringLiteral("新人7天计划"), &found));
        QCOMPARE(found.id, templateId);
        QCOMPARE(found.steps.size(), 4);
        QVERIFY_OK(repo.findTemplate(QString::number(templateId), &found));
        QCOMPARE(found.name, QStringLiteral("新人7天计划"));
        const DatabaseError missing = repo.findTemplate(QStringLiteral("没有这个模板"), &found);
        QCOMPARE(missing.kind, K::NotFound);
        QVERIFY(missing.message.contains(QStringLiteral("没有这个模板")));

        // The CLI names groups through GroupSelectorRepository: by name only live groups, by id any.
        GroupSelectorRepository groups(db);
        GroupChoice g;
        QVERIFY_OK(groups.findGroup(QStringLiteral("总群"), &g));
        QCOMPARE(g.id, one);
        QVERIFY_OK(groups.findGroup(QString::number(twinB), &g));
        QCOMPARE(g.id, twinB);
        QCOMPARE(groups.findGroup(QStringLiteral("旧群"), &g).kind, K::NotFound);
        QCOMPARE(groups.findGroup(QStringLiteral("不存在的群"), &g).kind, K::NotFound);
        QCOMPARE(groups.findGroup(QStringLiteral("9999"), &g).kind, K::NotFound);
    }

    void removeTemplateCascadesSteps()
    {
        test::TempDatabase t;
        SopRepository repo(t.connection());
        qint64 id = 0;
        QVERIFY_OK(repo.saveTemplate(newMemberPlan(), &id));
        QVERIFY_OK(repo.removeTemplate(id));
        QCOMPARE(test::countRows(t.connection(), QStringLiteral("sop_steps")), 0);
        SopTemplate gone;
        QCOMPARE(repo.templateWithSteps(id, &gone).kind, K::NotFound);
        QCOMPARE(repo.removeTemplate(id).kind, K::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSopRepository)
#include "tst_sop_repository.moc"
