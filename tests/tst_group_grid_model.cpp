#include "TestSupport.h"

#include "models/GroupGridModel.h"
#include "storage/DimensionRepository.h"
#include "storage/GroupRepository.h"
#include "storage/MembershipRepository.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

using namespace qundesk;
using Kind = GroupGridModel::CellKind;

class TestGroupGridModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("QUNDESK_ACTOR", "测试运营"); }

    void gridWithTotals()
    {
        test::TempDatabase t;
        DimensionRepository dims(t.connection());
        qint64 top = 0, low = 0, team1 = 0, team2 = 0;
        QVERIFY(!dims.createTier({0, QStringLiteral("百万级"), 1, std::nullopt}, &top));
        QVERIFY(!dims.createTier({0, QStringLiteral("9800级"), 4, std::nullopt}, &low));
        QVERIFY(!dims.createTeam({0, QStringLiteral("一队")}, &team1));
        QVERIFY(!dims.createTeam({0, QStringLiteral("二队")}, &team2));
        GroupRepository groups(t.connection());
        MembershipRepository memberships(t.connection());
        QSqlQuery q(t.connection());
        int serial = 0;
        const auto add = [&](qint64 tier, qint64 team, int members) {
            Group g;
            g.name = QStringLiteral("矩阵群%1").arg(++serial);
            g.tierId = tier;
            g.teamId = team;
            qint64 id = 0;
            if (groups.create(g, &id))
                qFatal("create failed");
            for (int i = 0; i < members; ++i) {
                q.prepare(QStringLiteral("INSERT INTO members (display_name, platform_id) VALUES (?, ?)"));
                q.addBindValue(QStringLiteral("成员"));
                q.addBindValue(QStringLiteral("wxid_%1_%2").arg(serial).arg(i));
                q.exec();
                memberships.join(q.lastInsertId().toLongLong(), id, MembershipRole::Member, {});
            }
        };
        add(top, team1, 3);
        add(top, team1, 1);
        add(low, team2, 2);
        add(0, team2, 5);

        GroupGridModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1); // only the total row before loading
        model.setDatabase(t.connection());
        QVERIFY(model.reload());
        // 百万级, 9800级, unassigned + total; 一队, 二队 + total.
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.totalRow(), 3);
        QCOMPARE(model.totalColumn(), 2);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("百万级"));
        QCOMPARE(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("Unassigned"));
        QCOMPARE(model.headerData(3, Qt::Vertical).toString(), QStringLiteral("Total"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("二队"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Total"));

        const auto value = [&](int r, int c, int role) { return model.index(r, c).data(role); };
        QCOMPARE(value(0, 0, GroupGridModel::GroupCountRole).toInt(), 2);
        QCOMPARE(value(0, 0, GroupGridModel::MemberCountRole).toLongLong(), 4);
        // Two lines, groups then members; the words come from the catalogue (plural forms).
        const QStringList lines = value(0, 0, Qt::DisplayRole).toString().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("2 group")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("4 member")), qPrintable(lines.at(1)));
        QCOMPARE(value(0, 0, GroupGridModel::CellKindRole).toInt(), int(Kind::Cell));
        QCOMPARE(value(0, 1, GroupGridModel::CellKindRole).toInt(), int(Kind::Empty));
        QVERIFY(value(0, 1, Qt::DisplayRole).toString().isEmpty());
        QCOMPARE(value(0, 2, GroupGridModel::CellKindRole).toInt(), int(Kind::RowTotal));
        QCOMPARE(value(0, 2, GroupGridModel::GroupCountRole).toInt(), 2);
        QCOMPARE(value(3, 1, GroupGridModel::CellKindRole).toInt(), int(Kind::ColumnTotal));
        QCOMPARE(value(3, 1, GroupGridModel::GroupCountRole).toInt(), 2);
        QCOMPARE(value(3, 1, GroupGridModel::MemberCountRole).toLongLong(), 7);
        QCOMPARE(value(3, 2, GroupGridModel::CellKindRole).toInt(), int(Kind::GrandTotal));
        QCOMPARE(value(3, 2, GroupGridModel::GroupCountRole).toInt(), 4);
        QCOMPARE(value(3, 2, GroupGridModel::MemberCountRole).toLongLong(), 11);
        QVERIFY(value(3, 2, Qt::ToolTipRole).toString().contains(QStringLiteral("11")));

        QCOMPARE(value(0, 0, GroupGridModel::RowKeyRole).toString(), QString::number(top));
        QCOMPARE(value(0, 0, GroupGridModel::ColumnKeyRole).toString(), QString::number(team1));
        QVERIFY(value(2, 1, GroupGridModel::RowKeyRole).toString().isEmpty());
        QVERIFY(value(2, 1, GroupGridModel::RowKeyRole).isValid()); // unassigned, not the total
        QVERIFY(!value(3, 0, GroupGridModel::RowKeyRole).isValid());
        QVERIFY(!value(0, 2, GroupGridModel::ColumnKeyRole).isValid());
    }

    // The measure changes what each cell says and how hot it is; totals derive from sums and
    // are never coloured; an empty cell has no value rather than a measured zero.
    void measureAndHeat()
    {
        test::TempDatabase t;
        DimensionRepository dims(t.connection());
        qint64 tier = 0, team1 = 0, team2 = 0, team3 = 0;
        QVERIFY_OK(dims.createTier({0, QStringLiteral("万元级"), 1, std::nullopt}, &tier));
        QVERIFY_OK(dims.createTeam({0, QStringLiteral("一队")}, &team1));
        QVERIFY_OK(dims.createTeam({0, QStringLiteral("二队")}, &team2));
        QVERIFY_OK(dims.createTeam({0, QStringLiteral("三队")}, &team3));
        GroupRepository groups(t.connection());
        MembershipRepository memberships(t.connection());
        QSqlQuery q(t.connection());
        const QDate today(2026, 11, 20);
        const auto add = [&](const QString &name, qint64 team, int members, int gmvYuan) {
            Group g;
            g.name = name;
            g.tierId = tier;
            g.teamId = team;
            qint64 id = 0;
            if (groups.create(g, &id))
                qFatal("create failed");
            for (int i = 0; i < members; ++i) {
                q.prepare(QStringLiteral("INSERT INTO members (display_name, platform_id) VALUES ('成员', ?)"));
                q.addBindValue(QStringLiteral("wxid_%1_%2").arg(id).arg(i));
                q.exec();
                const qint64 member = q.lastInsertId().toLongLong();
                memberships.join(member, id, MembershipRole::Member, QDateTime(today.addDays(-60), QTime(9, 0)));
                if (i == 0 && gmvYuan > 0) {
                    q.prepare(QStringLiteral("INSERT INTO events (occurred_at, kind, member_id, group_id, amount_fen) "
                                             "VALUES (?, 'purchase', ?, ?, ?)"));
                    q.addBindValue(QString(today.addDays(-3).toString(Qt::ISODate) + QStringLiteral(" 10:00:00")));
                    q.addBindValue(member);
                    q.addBindValue(id);
                    q.addBindValue(gmvYuan * 100);
                    if (!q.exec())
                        qFatal("purchase failed");
                }
            }
        };
        add(QStringLiteral("宠粉群1"), team1, 2, 300);
        add(QStringLiteral("宠粉群2"), team2, 1, 1200);

        GroupGridModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(t.connection());
        model.setToday(today);
        model.setMeasure(PivotMeasure::Gmv30d);
        QVERIFY(model.reload());
        QCOMPARE(model.measure(), PivotMeasure::Gmv30d);
        QCOMPARE(model.index(0, 0).data(GroupGridModel::ValueRole).toDouble(), 300.0);
        QCOMPARE(model.index(0, 1).data(GroupGridModel::ValueRole).toDouble(), 1200.0);
        QVERIFY(!model.index(0, 2).data(GroupGridModel::ValueRole).isValid()); // 三队 has no group
        QCOMPARE(model.index(0, 2).data(GroupGridModel::CellKindRole).toInt(), int(Kind::Empty));
        QCOMPARE(model.maxMagnitude(), 1200.0);
        QCOMPARE(model.index(0, 0).data(GroupGridModel::HeatRole).toDouble(), 0.25);
        QCOMPARE(model.index(0, 1).data(GroupGridModel::HeatRole).toDouble(), 1.0);
        QVERIFY(!model.index(0, 2).data(GroupGridModel::HeatRole).isValid());
        QVERIFY(!model.index(0, model.totalColumn()).data(GroupGridModel::HeatRole).isValid());
        QCOMPARE(model.index(0, model.totalColumn()).data(GroupGridModel::ValueRole).toDouble(), 1500.0);
        const QString text = model.index(0, 1).data(Qt::DisplayRole).toString();
        QVERIFY2(text.startsWith(QStringLiteral("¥1,200")) || text.startsWith(QStringLiteral("¥1200")), qPrintable(text));
        QVERIFY(model.index(0, 1).data(Qt::ToolTipRole).toString().contains(pivotMeasureLabel(PivotMeasure::Gmv30d)));

        model.setMeasure(PivotMeasure::Members);
        QVERIFY(model.reload());
        QCOMPARE(model.index(0, 0).data(GroupGridModel::HeatRole).toDouble(), 1.0);
        QCOMPARE(model.index(0, 1).data(GroupGridModel::HeatRole).toDouble(), 0.5);

        // Net joins fall as well as rise: the heat keeps the sign.
        QVERIFY(q.exec(QStringLiteral("UPDATE memberships SET left_at = '2026-11-10 08:00:00', leave_reason = 'left' "
                                      "WHERE group_id = (SELECT id FROM chat_groups WHERE name = '宠粉群1')")));
        model.setMeasure(PivotMeasure::NetJoins30d);
        QVERIFY(model.reload());
        QVERIFY(GroupGridModel::isDiverging(PivotMeasure::NetJoins30d));
        QCOMPARE(model.index(0, 0).data(GroupGridModel::ValueRole).toDouble(), -2.0);
        QCOMPARE(model.index(0, 0).data(GroupGridModel::HeatRole).toDouble(), -1.0);
        QCOMPARE(GroupGridModel::formatValue(PivotMeasure::NetJoins30d, -2), QStringLiteral("\u22122"));
        QCOMPARE(GroupGridModel::formatValue(PivotMeasure::NetJoins30d, 3), QStringLiteral("+3"));
        QCOMPARE(GroupGridModel::formatValue(PivotMeasure::ActiveRate7d, 0.425), QStringLiteral("42.5%"));
    }

    void otherDimensionsAndFailure()
    {
        test::TempDatabase t;
        GroupRepository groups(t.connection());
        Group g;
        g.name = QStringLiteral("福利群1");
        g.purpose = GroupPurpose::Perks;
        g.identitySegment = IdentitySegment::Consumer;
        QVERIFY(!groups.create(g, nullptr));

        GroupGridModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(t.connection());
        model.setDimensions(GroupDimension::Purpose, GroupDimension::Identity);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), int(allGroupPurposes().size()) + 1);
        QCOMPARE(model.columnCount(), int(allIdentitySegments().size()) + 1);
        const int perks = int(allGroupPurposes().indexOf(GroupPurpose::Perks));
        const int consumer = int(allIdentitySegments().indexOf(IdentitySegment::Consumer));
        QCOMPARE(model.index(perks, consumer).data(GroupGridModel::GroupCountRole).toInt(), 1);
        QCOMPARE(model.headerData(perks, Qt::Vertical).toString(), groupPurposeLabel(GroupPurpose::Perks));

        model.setStatuses({GroupStatus::Dissolved});
        QVERIFY(model.reload());
        QCOMPARE(model.index(model.totalRow(), model.totalColumn()).data(GroupGridModel::GroupCountRole).toInt(), 0);

        const int rows = model.rowCount();
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE chat_groups RENAME TO chat_groups_gone")));
        QVERIFY(!model.reload());
        QVERIFY(model.lastError());
        QCOMPARE(model.rowCount(), rows);
    }
};

QTEST_GUILESS_MAIN(TestGroupGridModel)
#include "tst_group_grid_model.moc"
