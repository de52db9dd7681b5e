#include "TestSupport.h"

#include "storage/AuditRepository.h"
#include "storage/OnboardingRepository.h"
#include "storage/Query.h"

#include <QTest>

using namespace qundesk;

namespace {

OnboardingStep step(OnboardingStepKind kind, const QString &title, std::optional<int> timing = std::nullopt)
{
    OnboardingStep s;
    s.kind = kind;
    s.title = title;
    s.timingMinutes = timing;
    return s;
}

OnboardingFlow storeOwnerFlow()
{
    OnboardingFlow f;
    f.name = QStringLiteral("实体店主入群流程");
    f.purpose = QStringLiteral("master");
    f.description = QStringLiteral("实体店主总群：先审核门店，再欢迎和讲群规。");
    f.personaName = QStringLiteral("宠粉官");
    OnboardingStep check = step(OnboardingStepKind::IdentityCheck, QStringLiteral("门店身份审核"));
    check.staffScript = QStringLiteral("您好，请发送手机号和门店门头照，审核通过后邀请您入群。");
    check.memberAction = QStringLiteral("发送手机号和门店照片");
    check.checklist = {QStringLiteral("手机号与后台一致"), QStringLiteral("门头照能看到招牌")};
    f.steps = {check,
               step(OnboardingStepKind::Welcome, QStringLiteral("发送欢迎语"), 0),
               step(OnboardingStepKind::Rename, QStringLiteral("改群昵称：城市-店名"), 5),
               step(OnboardingStepKind::Rules, QStringLiteral("讲解群规"), 30)};
    return f;
}

QStringList titles(const OnboardingFlow &f)
{
    QStringList out;
    for (const OnboardingStep &s : f.steps)
        out.append(s.title);
    return out;
}

QList<int> positions(const OnboardingFlow &f)
{
    QList<int> out;
    for (const OnboardingStep &s : f.steps)
        out.append(s.position);
    return out;
}

qint64 insert(const QSqlDatabase &db, const QString &sql)
{
    Query q(db, sql);
    if (q.exec(sql))
        return 0;
    return q.lastInsertId();
}

} // namespace

class TestOnboardingRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // AuditRepository::currentActor() is null when USER is unset; audit_log.actor is NOT NULL.
        qputenv("QUNDESK_ACTOR", "测试讲师");
    }

    void saveAndReadBack()
    {
        test::TempDatabase t;
        OnboardingRepository repo(t.connection());
        OnboardingFlow f = storeOwnerFlow();
        f.steps[1].checklist = {QStringLiteral("@新成员"), QStringLiteral("  "), QStringLiteral("置顶\n群公告")};
        QVERIFY_OK(repo.saveFlow(&f));
        QVERIFY(f.id > 0);
        QCOMPARE(positions(f), (QList<int>{1, 2, 3, 4}));

        OnboardingFlow read;
        QVERIFY_OK(repo.flow(f.id, &read));
        QCOMPARE(read.name, QStringLiteral("实体店主入群流程"));
        QCOMPARE(read.purpose, QStringLiteral("master"));
        QCOMPARE(read.personaName, QStringLiteral("宠粉官"));
        QVERIFY(!read.builtin);
        QCOMPARE(titles(read), titles(f));
        QCOMPARE(read.steps[0].kind, OnboardingStepKind::IdentityCheck);
        QCOMPARE(read.steps[0].staffScript, f.steps[0].staffScript);
        QCOMPARE(read.steps[0].memberAction, QStringLiteral("发送手机号和门店照片"));
        QCOMPARE(read.steps[0].checklist, f.steps[0].checklist);
        QVERIFY(!read.steps[0].timingMinutes);
        QCOMPARE(read.steps[1].timingMinutes, std::optional<int>(0));
        QCOMPARE(read.steps[3].timingMinutes, std::optional<int>(30));
        // One item per line: blank items are dropped, a line break inside an item is flattened.
        QCOMPARE(read.steps[1].checklist, (QStringList{QStringLiteral("@新成员"), QStringLiteral("置顶 群公告")}));
        QCOMPARE(f.steps[1].checklist, read.steps[1].checklist);
        QCOMPARE(Query::scalar(t.connection(), QStringLiteral("SELECT checklist FROM onboarding_steps WHERE id = %1")
                                                   .arg(read.steps[0].id)).toString(),
                 QStringLiteral("手机号与后台一致\n门头照能看到招牌"));

        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(t.connection()).list(QStringLiteral("onboarding_flow"), f.id, 5, &audit));
        QCOMPARE(audit.size(), 1);
    }

    void updateReplacesSteps()
    {
        test::TempDatabase t;
        OnboardingRepository repo(t.connection());
        OnboardingFlow f = storeOwnerFlow();
        QVERIFY_OK(repo.saveFlow(&f));
        const qint64 renameId = f.steps[2].id;
        f.steps.removeAt(1);                                   // no welcome step any more
        f.steps.append(step(OnboardingStepKind::QaSession, QStringLiteral("新人答疑会"), 24 * 60));
        f.steps[1].title = QStringLiteral("改群昵称：城市-店名-姓名");
        QVERIFY_OK(repo.saveFlow(&f));
        OnboardingFlow read;
        QVERIFY_OK(repo.flow(f.id, &read));
        QCOMPARE(read.steps.size(), 4);
        QCOMPARE(read.steps[1].id, renameId);
        QCOMPARE(read.steps[1].title, QStringLiteral("改群昵称：城市-店名-姓名"));
        QCOMPARE(read.steps[3].kind, OnboardingStepKind::QaSession);
        QCOMPARE(positions(read), (QList<int>{1, 2, 3, 4}));
        QCOMPARE(Query::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM onboarding_steps")).toInt(), 4);
    }

    void invalidFlowsRefused()
    {
        test::TempDatabase t;
        OnboardingRepository repo(t.connection());
        OnboardingFlow f = storeOwnerFlow();
        QVERIFY_OK(repo.saveFlow(&f));
        OnboardingFlow twin = storeOwnerFlow();
        DatabaseError err = repo.saveFlow(&twin);
        QCOMPARE(err.kind, DatabaseError::Kind::Constraint);
        QVERIFY(err.message.contains(QStringLiteral("实体店主入群流程")));
        twin.name = QStringLiteral("另一个流程");
        twin.steps[2].title = QStringLiteral(" ");
        QCOMPARE(repo.saveFlow(&twin).kind, DatabaseError::Kind::Constraint);
        twin = storeOwnerFlow();
        twin.name = QStringLiteral("另一个流程");
        twin.purpose = QStringLiteral("nightclub"); // not a group purpose: the schema's CHECK refuses it
        QCOMPARE(repo.saveFlow(&twin).kind, DatabaseError::Kind::Constraint);
        twin.purpose.clear();
        twin.steps[1].timingMinutes = -5;
        QCOMPARE(repo.saveFlow(&twin).kind, DatabaseError::Kind::Constraint);
        QCOMPARE(Query::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM onboarding_flows")).toInt(), 1);
    }

    void moveStepRenumbers()
    {
        test::TempDatabase t;
        OnboardingRepository repo(t.connection());
        OnboardingFlow f = storeOwnerFlow();
        QVERIFY_OK(repo.saveFlow(&f));
        const QStringList original = titles(f);

        QVERIFY_OK(repo.moveStep(f.id, f.steps[3].id, 1)); // rules first
        OnboardingFlow read;
        QVERIFY_OK(repo.flow(f.id, &read));
        QCOMPARE(titles(read), (QStringList{original[3], original[0], original[1], original[2]}));
        QCOMPARE(positions(read), (QList<int>{1, 2, 3, 4}));

        QVERIFY_OK(repo.moveStep(f.id, read.steps[0].id, 4)); // and back to the end
        QVERIFY_OK(repo.flow(f.id, &read));
        QCOMPARE(titles(read), original);

        QVERIFY_OK(repo.moveStep(f.id, read.steps[1].id, 3)); // one down
        QVERIFY_OK(repo.flow(f.id, &read));
        QCOMPARE(titles(read), (QStringList{original[0], original[2], original[1], original[3]}));

        QCOMPARE(repo.moveStep(f.id, read.steps[0].id, 0).kind, DatabaseError::Kind::Constraint);
        QCOMPARE(repo.moveStep(f.id, read.steps[0].id, 5).kind, DatabaseError::Kind::Constraint);
        QCOMPARE(repo.moveStep(f.id, 987654, 1).kind, DatabaseError::Kind::NotFound);
        QCOMPARE(repo.moveStep(987654, read.steps[0].id, 1).kind, DatabaseError::Kind::NotFound);

        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(t.connection()).list(QStringLiteral("onboarding_flow"), f.id, 10, &audit));
        QCOMPARE(audit.size(), 4); // create + three moves
    }

    void moveStepRepairsGaps()
    {
        test::TempDatabase t;
        const qint64 flow = insert(t.connection(), QStringLiteral("INSERT INTO onboarding_flows (name) VALUES ('旧版流程')"));
        const qint64 a = insert(t.connection(), QStringLiteral("INSERT INTO onboarding_steps (flow_id, position, title) VALUES (%1, 10, '欢迎')").arg(flow));
        const qint64 b = insert(t.connection(), QStringLiteral("INSERT INTO onboarding_steps (flow_id, position, title) VALUES (%1, 20, '群规')").arg(flow));
        const qint64 c = insert(t.connection(), QStringLiteral("INSERT INTO onboarding_steps (flow_id, position, title) VALUES (%1, 20, '答疑')").arg(flow));
        QVERIFY(flow && a && b && c);
        OnboardingRepository repo(t.connection());
        QVERIFY_OK(repo.moveStep(flow, c, 1));
        OnboardingFlow read;
        QVERIFY_OK(repo.flow(flow, &read));
        QCOMPARE(titles(read), (QStringList{QStringLiteral("答疑"), QStringLiteral("欢迎"), QStringLiteral("群规")}));
        QCOMPARE(positions(read), (QList<int>{1, 2, 3}));
    }

    void builtinsCopyAndRemove()
    {
        test::TempDatabase t;
        OnboardingRepository repo(t.connection());
        QVERIFY_OK(repo.ensureBuiltinFlows());
        QVERIFY_OK(repo.ensureBuiltinFlows()); // idempotent
        QList<OnboardingFlow> flows;
        QVERIFY_OK(repo.listFlows(&flows));
        QCOMPARE(flows.size(), 2);
        QVERIFY(flows[0].builtin && flows[1].builtin);
        QVERIFY(flows[0].purpose.isEmpty()); // the flow for every kind of group comes first
        QCOMPARE(flows[1].purpose, QStringLiteral("shopping_guide"));

        OnboardingFlow ritual;
        QVERIFY_OK(repo.flowForPurpose(QString(), &ritual));
        QVERIFY(ritual.builtin);
        QVERIFY(ritual.purpose.isEmpty());
        QCOMPARE(ritual.steps.size(), 8);
        QCOMPARE(ritual.steps.first().kind, OnboardingStepKind::IdentityCheck);
        QCOMPARE(ritual.steps[6].kind, OnboardingStepKind::QaSession);
        QVERIFY(ritual.steps[6].checklist.size() >= 4);

        DatabaseError err = repo.removeFlow(ritual.id);
        QCOMPARE(err.kind, DatabaseError::Kind::Constraint);
        QVERIFY(err.message.contains(ritual.name));
        QVERIFY_OK(repo.flow(ritual.id, &ritual));

        qint64 copyId = 0;
        QVERIFY_OK(repo.copyFlow(ritual.id, QStringLiteral("美妆代理入群流程"), &copyId));
        OnboardingFlow copy;
        QVERIFY_OK(repo.flow(copyId, &copy));
        QVERIFY(!copy.builtin);
        QCOMPARE(copy.name, QStringLiteral("美妆代理入群流程"));
        QCOMPARE(copy.personaName, ritual.personaName);
        QCOMPARE(titles(copy), titles(ritual));
        QCOMPARE(copy.steps[0].staffScript, ritual.steps[0].staffScript);
        QCOMPARE(copy.steps[6].checklist, ritual.steps[6].checklist);
        QVERIFY(copy.steps[0].id != ritual.steps[0].id);

        QCOMPARE(repo.copyFlow(ritual.id, QStringLiteral("美妆代理入群流程")).kind, DatabaseError::Kind::Constraint);
        QCOMPARE(repo.copyFlow(ritual.id, QStringLiteral("   ")).kind, DatabaseError::Kind::Constraint);
        QCOMPARE(repo.copyFlow(4242, QStringLiteral("不存在")).kind, DatabaseError::Kind::NotFound);

        // Moving the copy's steps leaves the builtin alone.
        QVERIFY_OK(repo.moveStep(copyId, copy.steps[7].id, 1));
        QVERIFY_OK(repo.flow(ritual.id, &ritual));
        QCOMPARE(ritual.steps.first().kind, OnboardingStepKind::IdentityCheck);

        QVERIFY_OK(repo.removeFlow(copyId));
        QCOMPARE(repo.flow(copyId, &copy).kind, DatabaseError::Kind::NotFound);
        QCOMPARE(Query::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM onboarding_steps WHERE flow_id = %1")
                                                   .arg(copyId)).toInt(), 0);
    }

    void flowForPurposeFallsBack()
    {
        test::TempDatabase t;
        OnboardingRepository repo(t.connection());
        OnboardingFlow found;
        QCOMPARE(repo.flowForPurpose(QStringLiteral("perks"), &found).kind, DatabaseError::Kind::NotFound);

        QVERIFY_OK(repo.ensureBuiltinFlows());
        QVERIFY_OK(repo.flowForPurpose(QStringLiteral("shopping_guide"), &found));
        QVERIFY(found.builtin);
        QCOMPARE(found.purpose, QStringLiteral("shopping_guide"));
        QVERIFY(!found.steps.isEmpty());
        QVERIFY(std::none_of(found.steps.cbegin(), found.steps.cend(),
                             [](const OnboardingStep &s) { return s.kind == OnboardingStepKind::IdentityCheck; }));

        QVERIFY_OK(repo.flowForPurpose(QStringLiteral("perks"), &found));
        QVERIFY(found.builtin);
        QVERIFY(found.purpose.isEmpty()); // the default ritual

        // The user's own flow for a purpose wins over the builtin one.
        qint64 own = 0;
        QVERIFY_OK(repo.copyFlow(found.id, QStringLiteral("导购群入群流程（华东）"), &own));
        OnboardingFlow mine;
        QVERIFY_OK(repo.flow(own, &mine));
        mine.purpose = QStringLiteral("shopping_guide");
        QVERIFY_OK(repo.saveFlow(&mine));
        QVERIFY_OK(repo.flowForPurpose(QStringLiteral("shopping_guide"), &found));
        QCOMPARE(found.id, own);
    }

    void progress()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 group = insert(db, QStringLiteral("INSERT INTO chat_groups (name) VALUES ('宠粉福利1群')"));
        const qint64 otherGroup = insert(db, QStringLiteral("INSERT INTO chat_groups (name) VALUES ('宠粉福利2群')"));
        const qint64 li = insert(db, QStringLiteral("INSERT INTO members (display_name, platform_id) VALUES ('李小美', 'wxid_li01')"));
        const qint64 wang = insert(db, QStringLiteral("INSERT INTO members (display_name, platform_id) VALUES ('王店长', 'wxid_wang02')"));
        const qint64 zhao = insert(db, QStringLiteral("INSERT INTO members (display_name, platform_id) VALUES ('赵姐', 'wxid_zhao03')"));
        for (qint64 m : {li, wang})
            QVERIFY(insert(db, QStringLiteral("INSERT INTO memberships (member_id, group_id, joined_at) "
                                              "VALUES (%1, %2, '2024-05-01 10:00:00')").arg(m).arg(group)));
        QVERIFY(insert(db, QStringLiteral("INSERT INTO memberships (member_id, group_id, joined_at) "
                                          "VALUES (%1, %2, '2024-05-01 10:00:00')").arg(zhao).arg(otherGroup)));

        OnboardingRepository repo(db);
        const QDateTime joined(QDate(2024, 5, 1), QTime(10, 0));
        QVERIFY_OK(repo.markStep(wang, group, OnboardingStepKind::Welcome, ProgressSource::Detected, joined.addSecs(60)));
        QVERIFY_OK(repo.markStep(li, group, OnboardingStepKind::Rename, ProgressSource::Manual, joined.addSecs(600)));
        QVERIFY_OK(repo.markStep(li, group, OnboardingStepKind::Welcome, ProgressSource::Detected, joined.addSecs(60)));
        QVERIFY_OK(repo.markStep(li, group, OnboardingStepKind::Gift, ProgressSource::Manual, joined.addSecs(900)));
        QVERIFY_OK(repo.markStep(zhao, otherGroup, OnboardingStepKind::Welcome, ProgressSource::Manual, joined));
        // Marking again overwrites the time and source rather than adding a row.
        QVERIFY_OK(repo.markStep(wang, group, OnboardingStepKind::Welcome, ProgressSource::Manual, joined.addSecs(120)));
        QCOMPARE(Query::scalar(db, QStringLiteral("SELECT count(*) FROM onboarding_progress")).toInt(), 5);

        QList<MemberOnboardingProgress> progress;
        QVERIFY_OK(repo.progressFor(group, &progress));
        QCOMPARE(progress.size(), 2);
        QCOMPARE(progress[0].memberId, li);
        QCOMPARE(progress[0].doneKinds(), (QList<OnboardingStepKind>{OnboardingStepKind::Welcome,
                                                                      OnboardingStepKind::Rename,
                                                                      OnboardingStepKind::Gift}));
        QCOMPARE(progress[0].marks[0].source, ProgressSource::Detected);
        QCOMPARE(progress[0].marks[1].doneAt, joined.addSecs(600));
        QCOMPARE(progress[1].memberId, wang);
        QVERIFY(progress[1].isDone(OnboardingStepKind::Welcome));
        QVERIFY(!progress[1].isDone(OnboardingStepKind::Rename));
        QCOMPARE(progress[1].marks[0].source, ProgressSource::Manual);
        QCOMPARE(progress[1].marks[0].doneAt, joined.addSecs(120));

        QVERIFY_OK(repo.unmark(li, group, OnboardingStepKind::Rename));
        QVERIFY_OK(repo.unmark(li, group, OnboardingStepKind::Rename)); // nothing left to clear: fine
        QVERIFY_OK(repo.progressFor(group, &progress));
        QCOMPARE(progress[0].doneKinds(), (QList<OnboardingStepKind>{OnboardingStepKind::Welcome,
                                                                      OnboardingStepKind::Gift}));

        QVERIFY_OK(repo.progressFor(otherGroup, &progress));
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress[0].memberId, zhao);

        QCOMPARE(repo.markStep(99999, group, OnboardingStepKind::Gift, ProgressSource::Manual, joined).kind,
                 DatabaseError::Kind::Constraint);
        QCOMPARE(repo.markStep(li, group, OnboardingStepKind::Gift, ProgressSource::Manual, QDateTime()).kind,
                 DatabaseError::Kind::Constraint);
    }
};

QTEST_GUILESS_MAIN(TestOnboardingRepository)
#include "tst_onboarding_repository.moc"
