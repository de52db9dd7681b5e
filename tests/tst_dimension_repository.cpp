#include "TestSupport.h"

#include "domain/Dimensions.h"
#include "storage/DimensionRepository.h"
#include "storage/GroupRepository.h"
#include "storage/Query.h"

#include <QTest>

using namespace qundesk;
using K = DatabaseError::Kind;

class TestDimensionRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // AuditRepository::currentActor() is empty without USER, and audit_log.actor is NOT NULL.
        qputenv("QUNDESK_ACTOR", "测试运营");
    }

    void codesRoundTrip()
    {
        for (OperatorRole r : allOperatorRoles()) {
            QCOMPARE(operatorRoleFromCode(operatorRoleCode(r)), r);
            QVERIFY(!operatorRoleLabel(r).isEmpty());
        }
        QCOMPARE(allOperatorRoles().size(), 4);
        QCOMPARE(operatorRoleCode(OperatorRole::Trainer), QStringLiteral("trainer"));
        QVERIFY(!operatorRoleFromCode(QStringLiteral("boss")));
        for (ChannelKind k : allChannelKinds())
            QCOMPARE(channelKindFromCode(channelKindCode(k)), k);
        QCOMPARE(channelKindCode(ChannelKind::QrCode), QStringLiteral("qr_code"));
        QVERIFY(!channelKindFromCode(QStringLiteral("QR_CODE")));
    }

    void tiersOrderedByRank()
    {
        test::TempDatabase t;
        DimensionRepository repo(t.connection());
        qint64 top = 0, low = 0, mid = 0;
        QVERIFY(!repo.createTier({0, QStringLiteral("9800 级"), 4, 980000}, &low));
        QVERIFY(!repo.createTier({0, QStringLiteral("百万级"), 1, 100000000}, &top));
        QVERIFY(!repo.createTier({0, QStringLiteral("30万级"), 2, std::nullopt}, &mid));
        QList<Tier> tiers;
        QVERIFY(!repo.listTiers(&tiers));
        QCOMPARE(tiers.size(), 3);
        QCOMPARE(tiers.at(0).name, QStringLiteral("百万级"));
        QCOMPARE(tiers.at(0).buyInFen, std::optional<qint64>(100000000));
        QCOMPARE(tiers.at(1).id, mid);
        QVERIFY(!tiers.at(1).buyInFen.has_value());
        QCOMPARE(tiers.at(2).id, low);

        Tier t2;
        QVERIFY(!repo.getTier(mid, &t2));
        t2.rank = 5;
        t2.buyInFen = 30000000;
        QVERIFY(!repo.updateTier(t2));
        QVERIFY(!repo.listTiers(&tiers));
        QCOMPARE(tiers.last().id, mid);
        QCOMPARE(tiers.last().buyInFen, std::optional<qint64>(30000000));

        QVERIFY(!repo.removeTier(top));
        QCOMPARE(repo.getTier(top, &t2).kind, K::NotFound);
        QCOMPARE(repo.removeTier(top).kind, K::NotFound);
        QCOMPARE(repo.updateTier({top, QStringLiteral("不存在"), 9, std::nullopt}).kind, K::NotFound);
    }

    void tierConstraints()
    {
        test::TempDatabase t;
        DimensionRepository repo(t.connection());
        QVERIFY(!repo.createTier({0, QStringLiteral("百万级"), 1, std::nullopt}, nullptr));
        QCOMPARE(repo.createTier({0, QStringLiteral("百万级"), 2, std::nullopt}, nullptr).kind, K::Constraint);
        QCOMPARE(repo.createTier({0, QStringLiteral("5万级"), 1, std::nullopt}, nullptr).kind, K::Constraint);
        QCOMPARE(repo.createTier({0, QStringLiteral("负数级"), 3, -1}, nullptr).kind, K::Constraint);
        QCOMPARE(repo.createTier({0, QStringLiteral("   "), 4, std::nullopt}, nullptr).kind, K::Constraint);
    }

    void teamsInCreationOrder()
    {
        test::TempDatabase t;
        DimensionRepository repo(t.connection());
        const QStringList names = {QStringLiteral("一队"), QStringLiteral("二队"), QStringLiteral("三队"),
                                   QStringLiteral("四队")};
        for (const QString &n : names)
            QVERIFY(!repo.createTeam({0, n}, nullptr));
        QList<Team> teams;
        QVERIFY(!repo.listTeams(&teams));
        QStringList listed;
        for (const Team &tm : teams)
            listed.append(tm.name);
        QCOMPARE(listed, names); // not code-point order, which would put 三 before 二
        QCOMPARE(repo.createTeam({0, QStringLiteral("二队")}, nullptr).kind, K::Constraint);

        Team renamed = teams.at(1);
        renamed.name = QStringLiteral("二队（华东）");
        QVERIFY(!repo.updateTeam(renamed));
        Team read;
        QVERIFY(!repo.getTeam(renamed.id, &read));
        QCOMPARE(read.name, QStringLiteral("二队（华东）"));
        QCOMPARE(repo.updateTeam({renamed.id, teams.at(0).name}).kind, K::Constraint);
    }

    void operatorsByTeam()
    {
        test::TempDatabase t;
        DimensionRepository repo(t.connection());
        qint64 east = 0, west = 0;
        QVERIFY(!repo.createTeam({0, QStringLiteral("华东一队")}, &east));
        QVERIFY(!repo.createTeam({0, QStringLiteral("华南二队")}, &west));
        Operator a;
        a.name = QStringLiteral("林晓雯");
        a.role = OperatorRole::Manager;
        a.teamId = east;
        a.personaName = QStringLiteral("宠粉官");
        qint64 aId = 0;
        QVERIFY(!repo.createOperator(a, &aId));
        Operator b;
        b.name = QStringLiteral("陈思远");
        b.teamId = west;
        QVERIFY(!repo.createOperator(b, nullptr));
        Operator c;
        c.name = QStringLiteral("周培训");
        c.role = OperatorRole::Trainer;
        c.active = false;
        QVERIFY(!repo.createOperator(c, nullptr));

        QList<Operator> list;
        QVERIFY(!repo.listOperators(&list));
        QCOMPARE(list.size(), 3);
        QVERIFY(!repo.listOperators(&list, east));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).id, aId);
        QCOMPARE(list.at(0).role, OperatorRole::Manager);
        QCOMPARE(list.at(0).personaName, QStringLiteral("宠粉官"));
        QVERIFY(list.at(0).active);
        QVERIFY(list.at(0).createdAt.isValid());

        Operator read;
        QVERIFY(!repo.getOperator(aId, &read));
        read.active = false;
        read.role = OperatorRole::Director;
        QVERIFY(!repo.updateOperator(read));
        QVERIFY(!repo.getOperator(aId, &read));
        QVERIFY(!read.active);
        QCOMPARE(read.role, OperatorRole::Director);

        // Removing the team leaves its operators without one.
        QVERIFY(!repo.removeTeam(east));
        QVERIFY(!repo.getOperator(aId, &read));
        QCOMPARE(read.teamId, qint64(0));

        Operator badTeam;
        badTeam.name = QStringLiteral("无队");
        badTeam.teamId = 9999;
        QCOMPARE(repo.createOperator(badTeam, nullptr).kind, K::Constraint);
    }

    void channelsAndRegions()
    {
        test::TempDatabase t;
        DimensionRepository repo(t.connection());
        qint64 poster = 0;
        QVERIFY(!repo.createChannel({0, QStringLiteral("门店海报"), ChannelKind::QrCode, QStringLiteral("HM-0001")},
                                    &poster));
        // Channels without a live code store NULL, so several may lack one.
        QVERIFY(!repo.createChannel({0, QStringLiteral("老客转介绍"), ChannelKind::Referral, QString()}, nullptr));
        QVERIFY(!repo.createChannel({0, QStringLiteral("App 弹窗"), ChannelKind::App, QStringLiteral("  ")}, nullptr));
        QCOMPARE(repo.createChannel({0, QStringLiteral("重复活码"), ChannelKind::QrCode, QStringLiteral("HM-0001")},
                                    nullptr).kind, K::Constraint);
        QList<Channel> channels;
        QVERIFY(!repo.listChannels(&channels));
        QCOMPARE(channels.size(), 3);
        QCOMPARE(channels.at(0).code, QStringLiteral("HM-0001"));
        QCOMPARE(channels.at(2).kind, ChannelKind::App);
        QVERIFY(channels.at(2).code.isEmpty());
        Channel c = channels.at(1);
        c.kind = ChannelKind::Offline;
        c.code = QStringLiteral("HM-0002");
        QVERIFY(!repo.updateChannel(c));
        QVERIFY(!repo.getChannel(c.id, &c));
        QCOMPARE(c.kind, ChannelKind::Offline);
        QCOMPARE(c.code, QStringLiteral("HM-0002"));
        QVERIFY(!repo.removeChannel(poster));
        QCOMPARE(repo.getChannel(poster, &c).kind, K::NotFound);

        qint64 hz = 0;
        QVERIFY(!repo.createRegion({0, QStringLiteral("杭州"), QStringLiteral("浙江")}, &hz));
        QVERIFY(!repo.createRegion({0, QStringLiteral("深圳"), QStringLiteral("广东")}, nullptr));
        QList<Region> regions;
        QVERIFY(!repo.listRegions(&regions));
        QCOMPARE(regions.size(), 2);
        QCOMPARE(regions.at(0).province, QStringLiteral("浙江"));
        Region r{hz, QStringLiteral("杭州市"), QStringLiteral("浙江省")};
        QVERIFY(!repo.updateRegion(r));
        QVERIFY(!repo.getRegion(hz, &r));
        QCOMPARE(r.name, QStringLiteral("杭州市"));
        QCOMPARE(repo.createRegion({0, QStringLiteral("深圳"), QString()}, nullptr).kind, K::Constraint);
        QVERIFY(!repo.removeRegion(hz));
        QCOMPARE(repo.removeRegion(hz).kind, K::NotFound);
    }

    void findOrCreate()
    {
        test::TempDatabase t;
        DimensionRepository repo(t.connection());
        QVERIFY(!repo.createTier({0, QStringLiteral("百万级"), 1, std::nullopt}, nullptr));
        qint64 id = 0, again = 0;
        bool created = false;
        QVERIFY(!repo.findOrCreateTier(QStringLiteral(" 5万级 "), &id, &created));
        QVERIFY(created);
        QVERIFY(!repo.findOrCreateTier(QStringLiteral("5万级"), &again, &created));
        QVERIFY(!created);
        QCOMPARE(again, id);
        Tier tier;
        QVERIFY(!repo.getTier(id, &tier));
        QCOMPARE(tier.name, QStringLiteral("5万级"));
        QCOMPARE(tier.rank, 2); // new tiers go below the lowest

        QVERIFY(!repo.findOrCreateTeam(QStringLiteral("三队"), &id, &created));
        QVERIFY(created);
        QVERIFY(!repo.findOrCreateTeam(QStringLiteral("三队"), &again));
        QCOMPARE(again, id);
        QVERIFY(!repo.findOrCreateChannel(QStringLiteral("朋友圈广告"), &id, &created));
        QVERIFY(created);
        Channel channel;
        QVERIFY(!repo.getChannel(id, &channel));
        QCOMPARE(channel.kind, ChannelKind::QrCode);
        QVERIFY(!repo.findOrCreateRegion(QStringLiteral("成都"), &id, &created));
        QVERIFY(created);

        // Operator names may repeat; the oldest one is found.
        qint64 first = 0;
        QVERIFY(!repo.createOperator(Operator{0, QStringLiteral("小美"), OperatorRole::Specialist, 0, {}, true, {}},
                                     &first));
        QVERIFY(!repo.createOperator(Operator{0, QStringLiteral("小美"), OperatorRole::Specialist, 0, {}, true, {}},
                                     nullptr));
        QVERIFY(!repo.findOrCreateOperator(QStringLiteral("小美"), &id, &created));
        QVERIFY(!created);
        QCOMPARE(id, first);

        QCOMPARE(repo.findOrCreateTeam(QStringLiteral("  "), &id).kind, K::Constraint);
        QCOMPARE(Query::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM teams")).toInt(), 1);
    }

    void removingDimensionUnassignsGroups()
    {
        test::TempDatabase t;
        DimensionRepository repo(t.connection());
        qint64 tier = 0, team = 0;
        QVERIFY(!repo.createTier({0, QStringLiteral("百万级"), 1, std::nullopt}, &tier));
        QVERIFY(!repo.createTeam({0, QStringLiteral("一队")}, &team));
        Group g;
        g.name = QStringLiteral("品牌宠粉群1");
        g.tierId = tier;
        g.teamId = team;
        qint64 groupId = 0;
        GroupRepository groups(t.connection());
        const DatabaseError err = groups.create(g, &groupId);
        QVERIFY2(!err, qPrintable(err.message));
        QVERIFY(!repo.removeTier(tier));
        QVERIFY(!groups.get(groupId, &g));
        QCOMPARE(g.tierId, qint64(0));
        QCOMPARE(g.teamId, team);
    }
};

QTEST_GUILESS_MAIN(TestDimensionRepository)
#include "tst_dimension_repository.moc"
