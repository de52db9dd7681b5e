#include "TestSupport.h"

#include "models/GroupFilterProxyModel.h"
#include "models/GroupTableModel.h"
#include "storage/DimensionRepository.h"
#include "storage/GroupRepository.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace qundesk;

class TestGroupFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("QUNDESK_ACTOR", "测试运营"); }

    void filtersAndSorts()
    {
        test::TempDatabase t;
        DimensionRepository dims(t.connection());
        qint64 top = 0, low = 0, team = 0, op = 0;
        QVERIFY(!dims.createTier({0, QStringLiteral("百万级"), 1, std::nullopt}, &top));
        QVERIFY(!dims.createTier({0, QStringLiteral("5万级"), 3, std::nullopt}, &low));
        QVERIFY(!dims.createTeam({0, QStringLiteral("华东一队")}, &team));
        QVERIFY(!dims.findOrCreateOperator(QStringLiteral("Lily 林"), &op));
        GroupRepository groups(t.connection());
        const auto add = [&](const QString &name, qint64 tier, qint64 tm, int capacity, qint64 oper = 0) {
            Group g;
            g.name = name;
            g.tierId = tier;
            g.teamId = tm;
            g.capacity = capacity;
            g.operatorId = oper;
            if (groups.create(g, nullptr))
                qFatal("create failed");
        };
        add(QStringLiteral("5万级华东群"), low, team, 300);
        add(QStringLiteral("百万级华东群"), top, team, 200, op);
        add(QStringLiteral("5万级散群"), low, 0, 100);
        add(QStringLiteral("无层级群"), 0, 0, 400);

        GroupTableModel source;
        source.setDatabase(t.connection());
        QVERIFY(source.reload());
        GroupFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        QCOMPARE(proxy.rowCount(), 4);

        proxy.sort(GroupTableModel::Capacity, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, GroupTableModel::Name).data().toString(), QStringLiteral("无层级群"));
        proxy.sort(GroupTableModel::Tier, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, GroupTableModel::Name).data().toString(), QStringLiteral("百万级华东群"));
        QCOMPARE(proxy.index(3, GroupTableModel::Name).data().toString(), QStringLiteral("无层级群"));

        using C = GroupFilterProxyModel::Condition;
        proxy.setConditions({C{GroupDimension::Tier, QString::number(low)}});
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setConditions({C{GroupDimension::Tier, QString::number(low)}, C{GroupDimension::Team, QString()}});
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, GroupTableModel::Name).data().toString(), QStringLiteral("5万级散群"));
        proxy.setConditions({C{GroupDimension::Tier, QString()}});
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setConditions({});
        QCOMPARE(proxy.rowCount(), 4);

        proxy.setText(QStringLiteral("华东"));
        QCOMPARE(proxy.rowCount(), 2); // names, and the team 华东一队 matches the same two
        proxy.setText(QStringLiteral("lily"));
        QCOMPARE(proxy.rowCount(), 1); // operator name, ignoring case
        proxy.setText(QStringLiteral("5万级"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setConditions({C{GroupDimension::Team, QString::number(team)}});
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QString());
        QCOMPARE(proxy.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestGroupFilterProxyModel)
#include "tst_group_filter_proxy_model.moc"
