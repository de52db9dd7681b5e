#include "EntriesTestData.h"
#include "TestSupport.h"

#include "storage/GroupSelectorRepository.h"

#include <QTest>

using namespace qundesk;
using K = DatabaseError::Kind;

namespace {

QStringList names(const QList<GroupChoice> &groups)
{
    QStringList out;
    for (const GroupChoice &g : groups)
        out << g.name;
    return out;
}

} // namespace

class TestGroupSelector : public QObject
{
    Q_OBJECT

    test::TempDatabase *m_t = nullptr;
    qint64 m_diamond = 0;
    qint64 m_gold = 0;
    qint64 m_teamA = 0;
    qint64 m_teamB = 0;

private slots:
    void initTestCase()
    {
        test::useTestActor();
        m_t = new test::TempDatabase;
        const QSqlDatabase db = m_t->connection();
        m_diamond = test::insertTier(db, QStringLiteral("钻石"), 1);
        m_gold = test::insertTier(db, QStringLiteral("黄金"), 2);
        m_teamA = test::insertNamed(db, QStringLiteral("teams"), QStringLiteral("一队"));
        m_teamB = test::insertNamed(db, QStringLiteral("teams"), QStringLiteral("二队"));
        using test::GroupSpec;
        const QList<GroupSpec> groups = {
            {QStringLiteral("A钻石实体福利群"), QStringLiteral("perks"), m_diamond, m_teamA, QStringLiteral("store")},
            {QStringLiteral("B钻石网商导购群"), QStringLiteral("shopping_guide"), m_diamond, m_teamA, QStringLiteral("online")},
            {QStringLiteral("C黄金实体福利群"), QStringLiteral("perks"), m_gold, m_teamB, QStringLiteral("store")},
            {QStringLiteral("D黄金实体归档群"), QStringLiteral("perks"), m_gold, m_teamB, QStringLiteral("store"),
             QStringLiteral("archived")},
            {QStringLiteral("E黄金实体解散群"), QStringLiteral("perks"), m_gold, m_teamB, QStringLiteral("store"),
             QStringLiteral("dissolved")},
            {QStringLiteral("F无层级群"), QStringLiteral("after_sales")},
        };
        for (const GroupSpec &g : groups)
            QVERIFY(test::insertGroupSpec(db, g) > 0);
    }

    void cleanupTestCase() { delete m_t; }

    void jsonRoundTrip()
    {
        GroupSelector s;
        s.tierId = 3;
        s.identity = IdentitySegment::Store;
        s.purpose = GroupPurpose::Perks;
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(QStringLiteral("identity")).toString(), QStringLiteral("store"));
        QVERIFY(!json.contains(QStringLiteral("team")));
        QCOMPARE(GroupSelector::fromJson(json), s);
        QCOMPARE(GroupSelector::fromJson(GroupSelector::single(9).toJson()), GroupSelector::single(9));
        QCOMPARE(GroupSelector::fromJson({}), GroupSelector());
        QVERIFY(GroupSelector::fromJson({}).value().isEverything());
        QVERIFY(!GroupSelector::fromJson({{QStringLiteral("purpose"), QStringLiteral("party")}}));
        QVERIFY(!GroupSelector::fromJson({{QStringLiteral("tier"), -1}}));
        QVERIFY(!GroupSelector::fromJson({{QStringLiteral("tier"), QStringLiteral("1")}}));
    }

    void labels()
    {
        GroupSelector s;
        QCOMPARE(s.label({}, {}, {}), QStringLiteral("All groups"));
        s.tierId = 1;
        s.teamId = 2;
        s.purpose = GroupPurpose::Perks;
        QCOMPARE(s.label({}, QStringLiteral("钻石"), QStringLiteral("一队")),
                 QStringLiteral("Tier: 钻石 · Team: 一队 · Purpose: Perks"));
        QCOMPARE(s.label({}, {}, {}), QStringLiteral("Tier: #1 · Team: #2 · Purpose: Perks"));
        QCOMPARE(GroupSelector::single(5).label(QStringLiteral("宠粉群"), {}, {}), QStringLiteral("宠粉群"));

        QString label;
        GroupSelector byDb;
        byDb.tierId = m_gold;
        byDb.identity = IdentitySegment::Store;
        QVERIFY_OK(GroupSelectorRepository(m_t->connection()).label(byDb, &label));
        QCOMPARE(label, QStringLiteral("Tier: 黄金 · Identity: Store owners"));
    }

    void resolve_data()
    {
        QTest::addColumn<qint64>("tier");
        QTest::addColumn<qint64>("team");
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<QStringList>("expected");
        // Dissolved groups never resolve; archived ones do (the conflict check flags them).
        QTest::newRow("everything") << qint64(0) << qint64(0) << QString() << QString()
                                    << QStringList{QStringLiteral("A钻石实体福利群"), QStringLiteral("B钻石网商导购群"),
                                                   QStringLiteral("C黄金实体福利群"), QStringLiteral("D黄金实体归档群"),
                                                   QStringLiteral("F无层级群")};
        QTest::newRow("tier") << qint64(1) << qint64(0) << QString() << QString()
                              << QStringList{QStringLiteral("A钻石实体福利群"), QStringLiteral("B钻石网商导购群")};
        QTest::newRow("team+identity") << qint64(0) << qint64(2) << QStringLiteral("store") << QString()
                                       << QStringList{QStringLiteral("C黄金实体福利群"), QStringLiteral("D黄金实体归档群")};
        QTest::newRow("identity+purpose") << qint64(0) << qint64(0) << QStringLiteral("store") << QStringLiteral("perks")
                                          << QStringList{QStringLiteral("A钻石实体福利群"), QStringLiteral("C黄金实体福利群"),
                                                         QStringLiteral("D黄金实体归档群")};
        QTest::newRow("all four") << qint64(1) << qint64(1) << QStringLiteral("online")
                                  << QStringLiteral("shopping_guide") << QStringList{QStringLiteral("B钻石网商导购群")};
        QTest::newRow("none match") << qint64(1) << qint64(2) << QString() << QString() << QStringList{};
    }

    void resolve()
    {
        QFETCH(qint64, tier);
        QFETCH(qint64, team);
        QFETCH(QString, identity);
        QFETCH(QString, purpose);
        QFETCH(QStringList, expected);
        GroupSelector s;
        s.tierId = tier == 1 ? m_diamond : tier == 2 ? m_gold : 0;
        s.teamId = team == 1 ? m_teamA : team == 2 ? m_teamB : 0;
        s.identity = identitySegmentFromCode(identity);
        s.purpose = groupPurposeFromCode(purpose);
        GroupSelectorRepository repo(m_t->connection());
        QList<GroupChoice> groups;
        QVERIFY_OK(repo.resolve(s, &groups));
        QCOMPARE(names(groups), expected);
        int count = -1;
        QVERIFY_OK(repo.count(s, &count));
        QCOMPARE(count, expected.size());
    }

    void singleGroup()
    {
        GroupSelectorRepository repo(m_t->connection());
        GroupChoice g;
        QVERIFY_OK(repo.findGroup(QStringLiteral("C黄金实体福利群"), &g));
        QList<GroupChoice> groups;
        QVERIFY_OK(repo.resolve(GroupSelector::single(g.id), &groups));
        QCOMPARE(names(groups), QStringList{QStringLiteral("C黄金实体福利群")});
        GroupChoice byId;
        QVERIFY_OK(repo.findGroup(QString::number(g.id), &byId));
        QCOMPARE(byId.name, g.name);

        // A dissolved group is found by id (history) but is no target, and not found by name.
        GroupChoice dissolved;
        const DatabaseError byName = repo.findGroup(QStringLiteral("E黄金实体解散群"), &dissolved);
        QCOMPARE(byName.kind, K::NotFound);
        QVERIFY2(byName.message.contains(QStringLiteral("E黄金实体解散群")), qPrintable(byName.message));
        const qint64 dissolvedId = Query::scalar(m_t->connection(),
                                                 QStringLiteral("SELECT id FROM chat_groups WHERE status = 'dissolved'"))
                                       .toLongLong();
        QVERIFY_OK(repo.findGroup(QString::number(dissolvedId), &dissolved));
        const DatabaseError err = repo.resolve(GroupSelector::single(dissolvedId), &groups);
        QCOMPARE(err.kind, K::NotFound);
        QVERIFY(groups.isEmpty());
        QCOMPARE(repo.findGroup(QStringLiteral("999999"), &g).kind, K::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestGroupSelector)
#include "tst_group_selector.moc"
