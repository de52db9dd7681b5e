#include "EntriesTestData.h"
#include "TestSupport.h"

#include "storage/EntryEditorRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace qundesk;
using K = DatabaseError::Kind;

class TestEntryEditorRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestActor(); }

    void createForOneGroup()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 op = test::insertOperator(db, QStringLiteral("小美"));
        const qint64 g = test::insertGroup(db, QStringLiteral("宠粉福利1群"), QStringLiteral("perks"), op);
        EntryDraft d;
        d.entry.title = QStringLiteral("  周三福利：满199减30  ");
        d.entry.body = QStringLiteral("今晚8点准时开抢");
        d.entry.scheduledAt = QDateTime(QDate(2026, 11, 25), QTime(16, 0));
        d.kind = ContentKind::Perk;
        d.target = GroupSelector::single(g);
        QList<qint64> ids;
        QVERIFY_OK(EntryEditorRepository(db).create(d, &ids));
        QCOMPARE(ids.size(), 1);
        EntryDraft back;
        QVERIFY_OK(EntryEditorRepository(db).load(ids.constFirst(), &back));
        QCOMPARE(back.entry.title, QStringLiteral("周三福利：满199减30"));
        QCOMPARE(back.entry.groupId, g);
        QCOMPARE(back.entry.operatorId, op); // the group's operator
        QCOMPARE(back.kind, ContentKind::Perk);
        QCOMPARE(back.target, GroupSelector::single(g));
        QCOMPARE(test::countAudit(db, QStringLiteral("create")), 1);

        // What ScheduleRepository refuses stays refused.
        d.entry.title.clear();
        QCOMPARE(EntryEditorRepository(db).create(d).kind, K::Constraint);
        d.entry.title = QStringLiteral("x");
        d.target = GroupSelector::single(4242);
        QCOMPARE(EntryEditorRepository(db).create(d).kind, K::NotFound);
        QCOMPARE(test::countRows(db, QStringLiteral("schedule_entries")), 1);
    }

    void createForSelectorIsOneTransaction()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 tier = test::insertTier(db, QStringLiteral("钻石"), 1);
        for (int i = 1; i <= 5; ++i)
            test::insertGroupSpec(db, {QStringLiteral("钻石%1群").arg(i), QStringLiteral("perks"), tier});
        test::insertGroupSpec(db, {QStringLiteral("钻石解散群"), QStringLiteral("perks"), tier, 0,
                                   QStringLiteral("mixed"), QStringLiteral("dissolved")});
        test::insertGroupSpec(db, {QStringLiteral("黄金1群")});
        EntryDraft d;
        d.entry.title = QStringLiteral("周一游戏：成语接龙");
        d.entry.scheduledAt = QDateTime(QDate(2026, 11, 30), QTime(20, 0));
        d.kind = ContentKind::Game;
        d.target.tierId = tier;
        const int auditBefore = test::countRows(db, QStringLiteral("audit_log"));
        QList<qint64> ids;
        QVERIFY_OK(EntryEditorRepository(db).create(d, &ids));
        QCOMPARE(ids.size(), 5);
        QCOMPARE(test::countRows(db, QStringLiteral("schedule_entries")), 5);
        QCOMPARE(test::countRows(db, QStringLiteral("audit_log")), auditBefore + 1);
        const QString after = Query::scalar(db, QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'create_many'"))
                                  .toString();
        const QJsonObject json = QJsonDocument::fromJson(after.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("entries")).toArray().size(), 5);
        QCOMPARE(json.value(QStringLiteral("target_label")).toString(), QStringLiteral("Tier: 钻石"));
        QCOMPARE(Query::scalar(db, QStringLiteral("SELECT count(DISTINCT group_id) FROM schedule_entries WHERE kind = 'game'"))
                     .toInt(),
                 5);

        // A selector that matches nothing is refused, naming it.
        d.target = {};
        d.target.purpose = GroupPurpose::Training;
        const DatabaseError err = EntryEditorRepository(db).create(d, &ids);
        QCOMPARE(err.kind, K::NotFound);
        QVERIFY2(err.message.contains(QStringLiteral("Purpose")), qPrintable(err.message));

        // One bad row rolls back all: every group would get a content item that does not exist.
        d.target = {};
        d.entry.contentItemId = 999;
        QCOMPARE(EntryEditorRepository(db).create(d).kind, K::NotFound);
        QCOMPARE(test::countRows(db, QStringLiteral("schedule_entries")), 5);
    }

    void updateAllChangesThePostForEveryGroupInOneTransaction()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 opA = test::insertOperator(db, QStringLiteral("小美"));
        const qint64 opB = test::insertOperator(db, QStringLiteral("阿杰"));
        const qint64 gA = test::insertGroup(db, QStringLiteral("宠粉福利1群"), QStringLiteral("perks"), opA);
        const qint64 gB = test::insertGroup(db, QStringLiteral("宠粉福利2群"), QStringLiteral("perks"), opB);
        EntryDraft d;
        d.entry.title = QStringLiteral("周三福利");
        d.entry.scheduledAt = QDateTime(QDate(2026, 11, 25), QTime(16, 0));
        QList<qint64> ids;
        for (qint64 g : {gA, gB}) {
            d.target = GroupSelector::single(g);
            QList<qint64> one;
            QVERIFY_OK(EntryEditorRepository(db).create(d, &one));
            ids += one;
        }
        const int auditBefore = test::countAudit(db, QStringLiteral("update_many"));

        EntryDraft change = d;
        change.entry.title = QStringLiteral("周四福利：满199减30");
        change.entry.body = QStringLiteral("今晚8点开抢");
        change.entry.scheduledAt = QDateTime(QDate(2026, 11, 26), QTime(20, 0));
        change.entry.operatorId = opA; // ignored: each keeps its own
        change.kind = ContentKind::FlashSale;
        change.target = GroupSelector::single(gA); // ignored: each keeps its group
        QVERIFY_OK(EntryEditorRepository(db).updateAll(ids, change));
        for (int i = 0; i < 2; ++i) {
            EntryDraft back;
            QVERIFY_OK(EntryEditorRepository(db).load(ids.at(i), &back));
            QCOMPARE(back.entry.title, change.entry.title);
            QCOMPARE(back.entry.body, change.entry.body);
            QCOMPARE(back.entry.scheduledAt, change.entry.scheduledAt);
            QCOMPARE(back.kind, ContentKind::FlashSale);
            QCOMPARE(back.entry.groupId, i == 0 ? gA : gB);
            QCOMPARE(back.entry.operatorId, i == 0 ? opA : opB);
        }
        QCOMPARE(test::countAudit(db, QStringLiteral("update_many")), auditBefore + 1);

        // One missing entry refuses the whole change.
        change.entry.title = QStringLiteral("不该保存");
        QCOMPARE(EntryEditorRepository(db).updateAll({ids.at(0), 999999}, change).kind, K::NotFound);
        EntryDraft back;
        QVERIFY_OK(EntryEditorRepository(db).load(ids.at(0), &back));
        QCOMPARE(back.entry.title, QStringLiteral("周四福利：满199减30"));
        QCOMPARE(EntryEditorRepository(db).updateAll({}, change).kind, K::Constraint);
    }

    void updateRewritesEveryField()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 g1 = test::insertGroup(db, QStringLiteral("导购1群"));
        const qint64 g2 = test::insertGroup(db, QStringLiteral("导购2群"));
        const qint64 op = test::insertOperator(db, QStringLiteral("阿强"));
        const qint64 id = test::insertEntry(db, g1, QStringLiteral("2026-11-23 09:00:00"), QStringLiteral("早安"));
        EntryDraft d;
        QVERIFY_OK(EntryEditorRepository(db).load(id, &d));
        QVERIFY(!d.kind);
        d.entry.title = QStringLiteral("早安问候");
        d.entry.body = QStringLiteral("早上好！");
        d.entry.scheduledAt = QDateTime(QDate(2026, 11, 24), QTime(10, 0));
        d.entry.status = ScheduleStatus::Done;
        d.entry.operatorId = op;
        d.kind = ContentKind::Welcome;
        d.target = GroupSelector::single(g2);
        QVERIFY_OK(EntryEditorRepository(db).update(id, d));
        EntryDraft back;
        QVERIFY_OK(EntryEditorRepository(db).load(id, &back));
        QCOMPARE(back.entry.groupId, g2);
        QCOMPARE(back.entry.scheduledAt, QDateTime(QDate(2026, 11, 24), QTime(10, 0)));
        QCOMPARE(back.entry.status, ScheduleStatus::Done);
        QVERIFY(back.entry.doneAt.isValid());
        QCOMPARE(back.entry.operatorId, op);
        QCOMPARE(back.entry.body, QStringLiteral("早上好！"));
        QCOMPARE(back.kind, ContentKind::Welcome);
        QCOMPARE(test::countAudit(db, QStringLiteral("update")), 1);

        // Back to planned clears the done time; no kind goes back to NULL.
        d.entry.status = ScheduleStatus::Planned;
        d.kind.reset();
        QVERIFY_OK(EntryEditorRepository(db).update(id, d));
        QVERIFY_OK(EntryEditorRepository(db).load(id, &back));
        QVERIFY(!back.entry.doneAt.isValid());
        QVERIFY(!back.kind);

        // Refusals name the entry.
        d.target = {};
        QCOMPARE(EntryEditorRepository(db).update(id, d).kind, K::Constraint);
        d.target = GroupSelector::single(g1);
        d.entry.title.clear();
        const DatabaseError noTitle = EntryEditorRepository(db).update(id, d);
        QCOMPARE(noTitle.kind, K::Constraint);
        QVERIFY2(noTitle.message.contains(QString::number(id)), qPrintable(noTitle.message));
        d.entry.title = QStringLiteral("x");
        QCOMPARE(EntryEditorRepository(db).update(id + 100, d).kind, K::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestEntryEditorRepository)
#include "tst_entry_editor_repository.moc"
