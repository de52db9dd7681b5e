#include "TestSupport.h"

#include "storage/AuditRepository.h"
#include "storage/FunnelRepository.h"
#include "storage/Query.h"

#include <QTest>

using namespace qundesk;

namespace {

qint64 addChannel(const QSqlDatabase &db, const QString &name)
{
    Query q(db, QStringLiteral("INSERT INTO channels (name) VALUES (:name)"));
    q.bind(QStringLiteral(":name"), name);
    if (q.exec(QStringLiteral("add channel")))
        return 0;
    return q.lastInsertId();
}

Funnel friendFunnel()
{
    Funnel f;
    f.name = QStringLiteral("门店海报进群漏斗");
    f.description = QStringLiteral("线下门店活码海报 → 加好友 → 入群");
    for (const auto &[name, metric] : {std::pair{QStringLiteral("扫码"), QStringLiteral("扫描活码的人数")},
                                       std::pair{QStringLiteral("加好友"), QStringLiteral("通过好友申请的人数")},
                                       std::pair{QStringLiteral("入群"), QStringLiteral("进入社群的人数")}}) {
        FunnelStep s;
        s.name = name;
        s.metric = metric;
        f.steps.append(s);
    }
    f.steps[2].eventKind = QStringLiteral("join");
    return f;
}

int countRows(const QSqlDatabase &db, const QString &table)
{
    return Query::scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

} // namespace

class TestFunnelRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // AuditRepository::currentActor() is null when USER is unset (as under some CI runners),
        // and audit_log.actor is NOT NULL; name the actor so the audited writes here can run.
        qputenv("QUNDESK_ACTOR", "测试运营");
    }

    void createAndReadBack()
    {
        test::TempDatabase t;
        FunnelRepository repo(t.connection());
        Funnel f = friendFunnel();
        QVERIFY_OK(repo.saveFunnel(&f));
        QVERIFY(f.id > 0);
        QCOMPARE(f.steps.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(f.steps[i].id > 0);
            QCOMPARE(f.steps[i].position, i + 1);
            QCOMPARE(f.steps[i].funnelId, f.id);
        }

        Funnel read;
        QVERIFY_OK(repo.funnel(f.id, &read));
        QCOMPARE(read.name, QStringLiteral("门店海报进群漏斗"));
        QCOMPARE(read.description, f.description);
        QVERIFY(!read.builtin);
        QCOMPARE(read.steps.size(), 3);
        QCOMPARE(read.steps[1].name, QStringLiteral("加好友"));
        QCOMPARE(read.steps[1].metric, QStringLiteral("通过好友申请的人数"));
        QCOMPARE(read.steps[2].eventKind, QStringLiteral("join"));
        QVERIFY(read.steps[0].eventKind.isEmpty());

        QList<Funnel> all;
        QVERIFY_OK(repo.listFunnels(&all));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].id, f.id);

        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(t.connection()).list(QStringLiteral("funnel"), f.id, 10, &audit));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0].action, QStringLiteral("create"));
    }

    void missingFunnelIsNotFound()
    {
        test::TempDatabase t;
        Funnel f;
        QCOMPARE(FunnelRepository(t.connection()).funnel(4242, &f).kind, DatabaseError::Kind::NotFound);
    }

    void updateRenumbersAndKeepsCounts()
    {
        test::TempDatabase t;
        FunnelRepository repo(t.connection());
        const qint64 poster = addChannel(t.connection(), QStringLiteral("门店海报活码"));
        Funnel f = friendFunnel();
        QVERIFY_OK(repo.saveFunnel(&f));
        const qint64 scanId = f.steps[0].id;
        const qint64 addId = f.steps[1].id;
        const qint64 joinId = f.steps[2].id;
        const QDate day(2024, 5, 6);
        QVERIFY_OK(repo.upsertCounts({{scanId, poster, day, 900}, {addId, poster, day, 600}, {joinId, poster, day, 400}}));

        // Drop "scan", put a new first step in front, rename "join".
        FunnelStep view;
        view.name = QStringLiteral("海报曝光");
        f.steps.removeFirst();
        f.steps.prepend(view);
        f.steps[2].name = QStringLiteral("进入分群");
        QVERIFY_OK(repo.saveFunnel(&f));

        Funnel read;
        QVERIFY_OK(repo.funnel(f.id, &read));
        QCOMPARE(read.steps.size(), 3);
        QCOMPARE(read.steps[0].name, QStringLiteral("海报曝光"));
        QCOMPARE(read.steps[1].id, addId);
        QCOMPARE(read.steps[1].position, 2);
        QCOMPARE(read.steps[2].id, joinId);
        QCOMPARE(read.steps[2].name, QStringLiteral("进入分群"));
        // The dropped step took its counts with it; the kept steps kept theirs.
        QCOMPARE(countRows(t.connection(), QStringLiteral("funnel_counts")), 2);
        QList<FunnelStepTotal> totals;
        QVERIFY_OK(repo.stepTotals(f.id, day, day, 0, &totals));
        QCOMPARE(totals.size(), 3);
        QCOMPARE(totals[0].total, 0);
        QCOMPARE(totals[1].total, 600);
        QCOMPARE(totals[2].total, 400);
    }

    void foreignStepIsRefused()
    {
        test::TempDatabase t;
        FunnelRepository repo(t.connection());
        Funnel a = friendFunnel();
        QVERIFY_OK(repo.saveFunnel(&a));
        Funnel b;
        b.name = QStringLiteral("线上直播漏斗");
        b.steps.append(a.steps[0]); // a step id that belongs to funnel a
        QCOMPARE(repo.saveFunnel(&b).kind, DatabaseError::Kind::NotFound);
        QCOMPARE(countRows(t.connection(), QStringLiteral("funnels")), 1);
    }

    void invalidFunnelsRefused()
    {
        test::TempDatabase t;
        FunnelRepository repo(t.connection());
        Funnel f = friendFunnel();
        f.name = QStringLiteral("  ");
        QCOMPARE(repo.saveFunnel(&f).kind, DatabaseError::Kind::Constraint);
        f = friendFunnel();
        f.steps[1].name.clear();
        QCOMPARE(repo.saveFunnel(&f).kind, DatabaseError::Kind::Constraint);
        f = friendFunnel();
        f.steps[1].eventKind = QStringLiteral("teleport");
        QCOMPARE(repo.saveFunnel(&f).kind, DatabaseError::Kind::Constraint);
        QCOMPARE(countRows(t.connection(), QStringLiteral("funnels")), 0);

        f = friendFunnel();
        QVERIFY_OK(repo.saveFunnel(&f));
        Funnel twin = friendFunnel();
        QCOMPARE(repo.saveFunnel(&twin).kind, DatabaseError::Kind::Constraint);
        QCOMPARE(twin.id, 0);
    }

    void removeCascadesAndBuiltinRefused()
    {
        test::TempDatabase t;
        FunnelRepository repo(t.connection());
        const qint64 channel = addChannel(t.connection(), QStringLiteral("朋友圈广告"));
        Funnel f = friendFunnel();
        QVERIFY_OK(repo.saveFunnel(&f));
        QVERIFY_OK(repo.upsertCount(f.steps[0].id, channel, QDate(2024, 5, 1), 120));
        QVERIFY_OK(repo.removeFunnel(f.id));
        QCOMPARE(countRows(t.connection(), QStringLiteral("funnel_steps")), 0);
        QCOMPARE(countRows(t.connection(), QStringLiteral("funnel_counts")), 0);

        QVERIFY_OK(repo.ensureBuiltinFunnels());
        QVERIFY_OK(repo.ensureBuiltinFunnels()); // idempotent
        QList<Funnel> all;
        QVERIFY_OK(repo.listFunnels(&all));
        QCOMPARE(all.size(), 1);
        QVERIFY(all[0].builtin);
        Funnel builtin;
        QVERIFY_OK(repo.funnel(all[0].id, &builtin));
        QCOMPARE(builtin.steps.size(), 7);
        QCOMPARE(builtin.steps[6].eventKind, QStringLiteral("join"));

        const DatabaseError err = repo.removeFunnel(builtin.id);
        QCOMPARE(err.kind, DatabaseError::Kind::Constraint);
        QVERIFY(err.message.contains(builtin.name));
        QVERIFY_OK(repo.funnel(builtin.id, &builtin));

        // Editing a builtin funnel keeps it builtin.
        builtin.builtin = false;
        builtin.description = QStringLiteral("按本品牌的投放位调整过");
        QVERIFY_OK(repo.saveFunnel(&builtin));
        QVERIFY(builtin.builtin);
    }

    void upsertOverwrites()
    {
        test::TempDatabase t;
        FunnelRepository repo(t.connection());
        const qint64 channel = addChannel(t.connection(), QStringLiteral("门店海报活码"));
        Funnel f = friendFunnel();
        QVERIFY_OK(repo.saveFunnel(&f));
        const QDate day(2024, 6, 18);
        QVERIFY_OK(repo.upsertCount(f.steps[1].id, channel, day, 450));
        QVERIFY_OK(repo.upsertCount(f.steps[1].id, channel, day, 3600)); // campaign day, corrected
        QCOMPARE(countRows(t.connection(), QStringLiteral("funnel_counts")), 1);
        QList<FunnelStepTotal> totals;
        QVERIFY_OK(repo.stepTotals(f.id, day, day, 0, &totals));
        QCOMPARE(totals[1].total, 3600);
        QCOMPARE(Query::scalar(t.connection(), QStringLiteral("SELECT day FROM funnel_counts")).toString(),
                 QStringLiteral("2024-06-18"));
    }

    void negativeCountRefused()
    {
        test::TempDatabase t;
        FunnelRepository repo(t.connection());
        const qint64 channel = addChannel(t.connection(), QStringLiteral("门店海报活码"));
        Funnel f = friendFunnel();
        QVERIFY_OK(repo.saveFunnel(&f));
        const QDate day(2024, 6, 1);
        DatabaseError err = repo.upsertCount(f.steps[0].id, channel, day, -3);
        QCOMPARE(err.kind, DatabaseError::Kind::Constraint);
        QVERIFY(err.message.contains(QStringLiteral("negative")));
        QVERIFY(err.message.contains(QStringLiteral("-3")));
        // In a batch, one bad count stops the whole batch before anything is written.
        err = repo.upsertCounts({{f.steps[0].id, channel, day, 800}, {f.steps[1].id, channel, day, -1}});
        QCOMPARE(err.kind, DatabaseError::Kind::Constraint);
        QCOMPARE(countRows(t.connection(), QStringLiteral("funnel_counts")), 0);
        QCOMPARE(repo.upsertCount(f.steps[0].id, channel, QDate(), 5).kind, DatabaseError::Kind::Constraint);
    }

    void batchIsAllOrNothing()
    {
        test::TempDatabase t;
        FunnelRepository repo(t.connection());
        const qint64 channel = addChannel(t.connection(), QStringLiteral("门店海报活码"));
        Funnel f = friendFunnel();
        QVERIFY_OK(repo.saveFunnel(&f));
        const QDate day(2024, 6, 1);
        // The second count names a channel that does not exist: the foreign key refuses it and
        // the first count is rolled back with it.
        const DatabaseError err = repo.upsertCounts({{f.steps[0].id, channel, day, 800}, {f.steps[1].id, 999, day, 500}});
        QCOMPARE(err.kind, DatabaseError::Kind::Constraint);
        QCOMPARE(countRows(t.connection(), QStringLiteral("funnel_counts")), 0);
    }

    void totalsOverRangeAndChannel()
    {
        test::TempDatabase t;
        FunnelRepository repo(t.connection());
        const qint64 poster = addChannel(t.connection(), QStringLiteral("门店海报活码"));
        const qint64 moments = addChannel(t.connection(), QStringLiteral("朋友圈广告"));
        Funnel f = friendFunnel();
        QVERIFY_OK(repo.saveFunnel(&f));
        const qint64 scan = f.steps[0].id, add = f.steps[1].id, join = f.steps[2].id;
        const QDate may1(2024, 5, 1);
        QList<FunnelCount> counts;
        for (int d = 0; d < 10; ++d) {
            const QDate day = may1.addDays(d);
            counts.append({scan, poster, day, 100});
            counts.append({add, poster, day, 60});
            counts.append({join, poster, day, 40});
            counts.append({scan, moments, day, 50});
            counts.append({add, moments, day, 20});
        }
        counts.append({scan, poster, QDate(2024, 4, 30), 9999});  // outside the range
        counts.append({scan, poster, QDate(2024, 5, 11), 9999});
        QVERIFY_OK(repo.upsertCounts(counts));

        QList<FunnelStepTotal> totals;
        QVERIFY_OK(repo.stepTotals(f.id, may1, QDate(2024, 5, 10), 0, &totals));
        QCOMPARE(totals.size(), 3);
        QCOMPARE(totals[0].step.id, scan);
        QCOMPARE(totals[0].step.position, 1);
        QCOMPARE(totals[0].step.name, QStringLiteral("扫码"));
        QCOMPARE(totals[0].total, 1500);
        QCOMPARE(totals[1].total, 800);
        QCOMPARE(totals[2].total, 400);

        QVERIFY_OK(repo.stepTotals(f.id, may1, QDate(2024, 5, 10), moments, &totals));
        QCOMPARE(totals.size(), 3); // a step nobody reached through this channel is still there, as 0
        QCOMPARE(totals[0].total, 500);
        QCOMPARE(totals[1].total, 200);
        QCOMPARE(totals[2].total, 0);

        QVERIFY_OK(repo.stepTotals(f.id, QDate(2024, 5, 3), QDate(2024, 5, 4), poster, &totals));
        QCOMPARE(totals[0].total, 200);
        QCOMPARE(totals[2].total, 80);

        // A range that ends before it starts sums nothing.
        QVERIFY_OK(repo.stepTotals(f.id, QDate(2024, 5, 4), QDate(2024, 5, 3), 0, &totals));
        QCOMPARE(totals[0].total, 0);
        QCOMPARE(repo.stepTotals(f.id, QDate(), may1, 0, &totals).kind, DatabaseError::Kind::Query);
    }

    void dailyTotalsFillGaps()
    {
        test::TempDatabase t;
        FunnelRepository repo(t.connection());
        const qint64 poster = addChannel(t.connection(), QStringLiteral("门店海报活码"));
        const qint64 moments = addChannel(t.connection(), QStringLiteral("朋友圈广告"));
        Funnel f = friendFunnel();
        QVERIFY_OK(repo.saveFunnel(&f));
        const qint64 add = f.steps[1].id;
        QVERIFY_OK(repo.upsertCounts({{add, poster, QDate(2024, 5, 2), 450},
                                    {add, moments, QDate(2024, 5, 2), 150},
                                    {add, poster, QDate(2024, 5, 4), 500},
                                    {f.steps[0].id, poster, QDate(2024, 5, 3), 777}}));
        QList<FunnelDayTotal> days;
        QVERIFY_OK(repo.dailyTotals(f.id, add, QDate(2024, 5, 1), QDate(2024, 5, 5), &days));
        QCOMPARE(days.size(), 5);
        QCOMPARE(days[0].day, QDate(2024, 5, 1));
        QCOMPARE(days[0].count, 0);
        QCOMPARE(days[1].count, 600);
        QCOMPARE(days[2].count, 0); // only another step was counted that day
        QCOMPARE(days[3].count, 500);
        QCOMPARE(days[4].day, QDate(2024, 5, 5));
        QCOMPARE(days[4].count, 0);

        QVERIFY_OK(repo.dailyTotals(f.id, add, QDate(2024, 5, 2), QDate(2024, 5, 2), &days, moments));
        QCOMPARE(days.size(), 1);
        QCOMPARE(days[0].count, 150);

        // A step of another funnel gives nothing.
        Funnel other;
        other.name = QStringLiteral("直播间漏斗");
        other.steps.append(FunnelStep{0, 0, 0, QStringLiteral("观看"), QString(), QString()});
        QVERIFY_OK(repo.saveFunnel(&other));
        QVERIFY_OK(repo.dailyTotals(other.id, add, QDate(2024, 5, 2), QDate(2024, 5, 2), &days));
        QCOMPARE(days.size(), 1);
        QCOMPARE(days[0].count, 0);
    }

    void listsChannels()
    {
        test::TempDatabase t;
        FunnelRepository repo(t.connection());
        QList<FunnelChannel> channels;
        QVERIFY_OK(repo.listChannels(&channels));
        QVERIFY(channels.isEmpty());
        const qint64 b = addChannel(t.connection(), QStringLiteral("B站投放"));
        const qint64 a = addChannel(t.connection(), QStringLiteral("App弹窗"));
        QVERIFY_OK(repo.listChannels(&channels));
        QCOMPARE(channels.size(), 2);
        QCOMPARE(channels[0].id, a);
        QCOMPARE(channels[0].name, QStringLiteral("App弹窗"));
        QCOMPARE(channels[1].id, b);
    }
};

QTEST_GUILESS_MAIN(TestFunnelRepository)
#include "tst_funnel_repository.moc"
