#include "TestSupport.h"

#include "storage/GroupRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace qundesk;

namespace {

const QDate Today(2026, 11, 23);

QString at(int daysAgo, int hour)
{
    return QDateTime(Today.addDays(-daysAgo), QTime(hour, 15)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// Tiers 金牌 (rank 1) and 银牌 (rank 2), teams 华东 and 华南, four groups:
//   g1 金牌/华东: members 0-3 (0 and 1 are KOCs); g2 金牌/华东: members 4-5 (6 left);
//   g3 银牌/华南: members 0, 7, 8; g4 no tier/华东: member 9; and a dissolved 银牌/华南 group.
struct Fixture
{
    test::TempDatabase t;
    qint64 gold = 0, silver = 0, east = 0, south = 0;
    qint64 g[5] = {};
    qint64 m[10] = {};

    bool exec(const QString &sql, const QVariantList &values, qint64 *id = nullptr)
    {
        QSqlQuery q(t.connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        if (id)
            *id = q.lastInsertId().toLongLong();
        return true;
    }

    bool event(const QString &kind, qint64 member, qint64 group, const QString &when, const QVariant &fen = {})
    {
        return exec(QStringLiteral("INSERT INTO events (occurred_at, kind, member_id, group_id, amount_fen) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    {when, kind, member, group, fen});
    }

    bool build()
    {
        const QString tier = QStringLiteral("INSERT INTO tiers (name, rank) VALUES (?, ?)");
        const QString team = QStringLiteral("INSERT INTO teams (name) VALUES (?)");
        if (!exec(tier, {QStringLiteral("金牌"), 1}, &gold) || !exec(tier, {QStringLiteral("银牌"), 2}, &silver)
            || !exec(team, {QStringLiteral("华东"), }, &east) || !exec(team, {QStringLiteral("华南")}, &south))
            return false;
        const QString group = QStringLiteral("INSERT INTO chat_groups (name, tier_id, team_id, status) VALUES (?, ?, ?, ?)");
        const QVariant none(QMetaType::fromType<qint64>());
        if (!exec(group, {QStringLiteral("金牌宠粉群 1"), gold, east, QStringLiteral("active")}, &g[0])
            || !exec(group, {QStringLiteral("金牌宠粉群 2"), gold, east, QStringLiteral("archived")}, &g[1])
            || !exec(group, {QStringLiteral("银牌福利群"), silver, south, QStringLiteral("active")}, &g[2])
            || !exec(group, {QStringLiteral("新人试用群"), none, east, QStringLiteral("active")}, &g[3])
            || !exec(group, {QStringLiteral("已解散老群"), silver, south, QStringLiteral("dissolved")}, &g[4]))
            return false;
        for (int i = 0; i < 10; ++i) {
            const bool koc = i < 2;
            if (!exec(QStringLiteral("INSERT INTO members (display_name, platform_id, is_koc, koc_since) VALUES (?, ?, ?, ?)"),
                      {QStringLiteral("杭州-花店-%1").arg(i), QStringLiteral("wxid_pv_%1").arg(i), koc ? 1 : 0,
                       koc ? QVariant(QStringLiteral("2026-10-01")) : QVariant(QMetaType::fromType<QString>())},
                      &m[i]))
                return false;
        }
        const QString join = QStringLiteral("INSERT INTO memberships (member_id, group_id, joined_at) VALUES (?, ?, ?)");
        const int open[][2] = {{0, 0}, {1, 0}, {2, 0}, {3, 0}, {4, 1}, {5, 1}, {0, 2}, {7, 2}, {8, 2}, {9, 3}};
        for (const auto &o : open) {
            if (!exec(join, {m[o[0]], g[o[1]], at(90, 9)}))
                return false;
        }
        // Closed memberships count nowhere: member 6 left g2, and the dissolved group's stays.
        const QString closed = QStringLiteral(
            "INSERT INTO memberships (member_id, group_id, joined_at, left_at, leave_reason) VALUES (?, ?, ?, ?, ?)");
        if (!exec(closed, {m[6], g[1], at(90, 9), at(4, 9), QStringLiteral("left")})
            || !exec(closed, {m[1], g[4], at(90, 9), at(60, 9), QStringLiteral("dissolved")}))
            return false;

        return // g1: active 0, 1, 2 (3 only outside the week); 3 messages; 1 join; 120 yuan in the window.
            event(QStringLiteral("message"), m[0], g[0], at(0, 8)) && event(QStringLiteral("message"), m[0], g[0], at(1, 8))
            && event(QStringLiteral("reply"), m[1], g[0], at(6, 0)) && event(QStringLiteral("checkin"), m[2], g[0], at(3, 7))
            && event(QStringLiteral("message"), m[3], g[0], at(7, 23)) && event(QStringLiteral("join"), m[3], g[0], at(10, 9))
            && event(QStringLiteral("purchase"), m[2], g[0], at(20, 9), 12000)
            && event(QStringLiteral("purchase"), m[3], g[0], at(30, 9), 5000)
            && event(QStringLiteral("message"), m[0], g[0], at(-1, 0)) // after today: ignored
            // g2: member 4 active, joins 4 and 5, member 6 leaves (net +1), 30 yuan on the window's first day.
            && event(QStringLiteral("message"), m[4], g[1], at(2, 10)) && event(QStringLiteral("join"), m[4], g[1], at(5, 10))
            && event(QStringLiteral("join"), m[5], g[1], at(5, 11)) && event(QStringLiteral("leave"), m[6], g[1], at(4, 9))
            && event(QStringLiteral("join"), m[6], g[1], at(40, 9)) && event(QStringLiteral("purchase"), m[5], g[1], at(29, 0), 3000)
            // g3: member 7 writes twice and plays; someone leaves (net −1).
            && event(QStringLiteral("message"), m[7], g[2], at(0, 9)) && event(QStringLiteral("message"), m[7], g[2], at(0, 10))
            && event(QStringLiteral("game"), m[7], g[2], at(1, 20)) && event(QStringLiteral("leave"), m[4], g[2], at(3, 9))
            // The dissolved group's events never show.
            && event(QStringLiteral("purchase"), m[1], g[4], at(2, 9), 99900) && event(QStringLiteral("message"), m[1], g[4], at(2, 9));
    }
};

} // namespace

class TestPivot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("QUNDESK_ACTOR", "测试运营"); }

    void measures_data()
    {
        QTest::addColumn<QString>("measure");
        // Cells 金牌/华东, 银牌/华南, unassigned/华东, then row totals (金牌, 银牌, unassigned),
        // column totals (华东, 华南) and the grand total.
        QTest::addColumn<QList<double>>("expected");
        QTest::newRow("groups") << QStringLiteral("groups") << QList<double>{2, 1, 1, 2, 1, 1, 3, 1, 4};
        QTest::newRow("members") << QStringLiteral("members") << QList<double>{6, 3, 1, 6, 3, 1, 7, 3, 10};
        // Ratios of sums: 金牌 is (3 + 1) / (4 + 2), not the mean of 3/4 and 1/2.
        QTest::newRow("active_rate_7d") << QStringLiteral("active_rate_7d")
                                        << QList<double>{4.0 / 6, 1.0 / 3, 0, 4.0 / 6, 1.0 / 3, 0, 4.0 / 7, 1.0 / 3, 0.5};
        QTest::newRow("messages_per_day") << QStringLiteral("messages_per_day")
                                          << QList<double>{4.0 / 7, 2.0 / 7, 0, 4.0 / 7, 2.0 / 7, 0, 4.0 / 7, 2.0 / 7, 6.0 / 7};
        // Joins and leaves come from the memberships (every way in or out, with or without an
        // event): all joined 90 days ago, and only member 6 left 金牌宠粉群 2 inside the window. The
        // join/leave events above do not count.
        QTest::newRow("net_joins_30d") << QStringLiteral("net_joins_30d") << QList<double>{-1, 0, 0, -1, 0, 0, -1, 0, -1};
        QTest::newRow("gmv_30d") << QStringLiteral("gmv_30d") << QList<double>{150, 0, 0, 150, 0, 0, 150, 0, 150};
        QTest::newRow("koc_count") << QStringLiteral("koc_count") << QList<double>{2, 1, 0, 2, 1, 0, 2, 1, 3};
    }

    void measures()
    {
        QFETCH(QString, measure);
        QFETCH(QList<double>, expected);
        Fixture f;
        QVERIFY(f.build());
        const std::optional<PivotMeasure> pm = pivotMeasureFromCode(measure);
        QVERIFY(pm);
        QCOMPARE(pivotMeasureCode(*pm), measure);

        GroupGrid grid;
        QVERIFY_OK(GroupRepository(f.t.connection()).pivot(GroupDimension::Tier, GroupDimension::Team, *pm, Today, &grid));
        QCOMPARE(grid.measure, *pm);
        // Both tiers by rank, then the unassigned bucket; every group has a team, so no such column.
        QCOMPARE(grid.rows.size(), 3);
        QCOMPARE(grid.rows.at(0).label, QStringLiteral("金牌"));
        QCOMPARE(grid.rows.at(1).label, QStringLiteral("银牌"));
        QVERIFY(grid.rows.at(2).key.isEmpty());
        QCOMPARE(grid.columns.size(), 2);
        QCOMPARE(grid.columns.at(0).label, QStringLiteral("华东"));

        QCOMPARE(grid.cell(0, 0).value, expected.at(0));
        QCOMPARE(grid.cell(1, 1).value, expected.at(1));
        QCOMPARE(grid.cell(2, 0).value, expected.at(2));
        QCOMPARE(grid.cell(0, 1).groups, 0);
        QCOMPARE(grid.cell(0, 1).value, 0.0);
        QCOMPARE(grid.cell(1, 0).value, 0.0);
        QCOMPARE(grid.cell(2, 1).value, 0.0);
        for (int r = 0; r < 3; ++r)
            QCOMPARE(grid.rowTotal(r).value, expected.at(3 + r));
        QCOMPARE(grid.columnTotal(0).value, expected.at(6));
        QCOMPARE(grid.columnTotal(1).value, expected.at(7));
        QCOMPARE(grid.total().value, expected.at(8));
        // Whatever the measure, cells carry the group and member counts (archived g2 included).
        QCOMPARE(grid.cell(0, 0).groups, 2);
        QCOMPARE(grid.cell(0, 0).members, qint64(6));
        QCOMPARE(grid.total().groups, 4);
        QCOMPARE(grid.total().members, qint64(10));
    }

    void windowsFollowToday()
    {
        Fixture f;
        QVERIFY(f.build());
        GroupRepository repo(f.t.connection());
        // A day later: g1's reply (6 days ago) and g2's first-day purchase fall out of the windows.
        GroupGrid grid;
        QVERIFY_OK(repo.pivot(GroupDimension::Tier, GroupDimension::Team, PivotMeasure::Gmv30d, Today.addDays(1), &grid));
        QCOMPARE(grid.cell(0, 0).value, 120.0);
        QVERIFY_OK(repo.pivot(GroupDimension::Tier, GroupDimension::Team, PivotMeasure::MessagesPerDay, Today.addDays(1), &grid));
        // g1: messages today and yesterday plus tomorrow's; g2: 2 days ago.
        QCOMPARE(grid.cell(0, 0).value, 4.0 / 7);
    }

    void statusesAndCountsAgree()
    {
        Fixture f;
        QVERIFY(f.build());
        GroupRepository repo(f.t.connection());
        GroupGrid counts, pivot;
        QVERIFY_OK(repo.countByDimensions(GroupDimension::Tier, GroupDimension::Team, &counts));
        QVERIFY_OK(repo.pivot(GroupDimension::Tier, GroupDimension::Team, PivotMeasure::Members, Today, &pivot));
        QCOMPARE(counts.cells.size(), pivot.cells.size());
        for (int i = 0; i < counts.cells.size(); ++i) {
            QCOMPARE(counts.cells.at(i).groups, pivot.cells.at(i).groups);
            QCOMPARE(counts.cells.at(i).members, pivot.cells.at(i).members);
            QCOMPARE(counts.cells.at(i).value, double(counts.cells.at(i).groups));
        }
        // Every status: the dissolved group joins 银牌/华南 with its purchase, but no open membership.
        GroupGrid all;
        QVERIFY_OK(repo.pivot(GroupDimension::Tier, GroupDimension::Team, PivotMeasure::Gmv30d, Today, &all, {}));
        QCOMPARE(all.cell(1, 1).groups, 2);
        QCOMPARE(all.cell(1, 1).members, qint64(3));
        QCOMPARE(all.cell(1, 1).value, 999.0);
        // Active groups only: g2 (archived) drops out of 金牌/华东.
        GroupGrid active;
        QVERIFY_OK(repo.pivot(GroupDimension::Tier, GroupDimension::Team, PivotMeasure::ActiveRate7d, Today, &active,
                              {GroupStatus::Active}));
        QCOMPARE(active.cell(0, 0).groups, 1);
        QCOMPARE(active.cell(0, 0).value, 0.75);
    }

    void codes()
    {
        QCOMPARE(allPivotMeasures().size(), 7);
        for (PivotMeasure m : allPivotMeasures()) {
            QVERIFY(pivotMeasureFromCode(pivotMeasureCode(m)) == m);
            QVERIFY(!pivotMeasureLabel(m).isEmpty());
        }
        QVERIFY(!pivotMeasureFromCode(QStringLiteral("revenue")));
        for (GroupDimension d : allGroupDimensions())
            QVERIFY(groupDimensionFromCode(groupDimensionCode(d)) == d);
        QCOMPARE(groupDimensionCode(GroupDimension::Region), QStringLiteral("region"));
        QVERIFY(!groupDimensionFromCode(QStringLiteral("city")));
    }
};

QTEST_GUILESS_MAIN(TestPivot)
#include "tst_pivot.moc"
