#include "MemberTestData.h"
#include "TestSupport.h"

#include "storage/AuditRepository.h"
#include "storage/SegmentRepository.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace qundesk;

class TestSegmentRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("QUNDESK_ACTOR", "测试运营"); }

    void filterJsonRoundTrip()
    {
        MemberFilter f;
        f.search = QStringLiteral("杭州 美妆");
        f.identity = IdentityType::Store;
        f.verification = VerificationStatus::Pending;
        f.channelId = 3;
        f.regionId = 4;
        f.tierId = 5;
        f.groupId = 6;
        f.withoutGroup = true;
        f.tagId = 7;
        f.koc = false;
        f.blacklisted = true;
        f.joinedFrom = QDate(2024, 1, 1);
        f.joinedTo = QDate(2024, 3, 31);
        f.pointsMin = 0;
        f.pointsMax = 900;
        f.activeWithinDays = 7;
        const QJsonObject json = SegmentRepository::filterToJson(f);
        QString problem;
        QCOMPARE(SegmentRepository::filterFromJson(json, &problem), f);
        QVERIFY(problem.isEmpty());
        // Through text, as stored.
        const QJsonObject back = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        QCOMPARE(SegmentRepository::filterFromJson(back), f);
        // Unset fields are not written at all.
        QVERIFY(SegmentRepository::filterToJson({}).isEmpty());
        QCOMPARE(SegmentRepository::filterFromJson({}), MemberFilter{});
    }

    void badJsonIsDroppedNotFatal()
    {
        const QJsonObject json{{QStringLiteral("identity"), QStringLiteral("martian")},
                               {QStringLiteral("channel_id"), -4},
                               {QStringLiteral("koc"), QStringLiteral("yes")},
                               {QStringLiteral("points_min"), 50},
                               {QStringLiteral("active_within_days"), 0},
                               {QStringLiteral("future_key"), 1}};
        QString problem;
        const MemberFilter f = SegmentRepository::filterFromJson(json, &problem);
        QVERIFY(!f.identity);
        QCOMPARE(f.channelId, 0);
        QVERIFY(!f.koc);
        QCOMPARE(f.pointsMin, std::optional<qint64>(50));
        QCOMPARE(f.activeWithinDays, 0);
        QVERIFY(problem.contains(QStringLiteral("identity")));
        QVERIFY(problem.contains(QStringLiteral("channel_id")));
        QVERIFY(problem.contains(QStringLiteral("koc")));
        QVERIFY(problem.contains(QStringLiteral("active_within_days")));
        QVERIFY(!problem.contains(QStringLiteral("future_key")));
    }

    void crudWithAudit()
    {
        test::TempDatabase t;
        SegmentRepository repo(t.connection());
        MemberFilter koc;
        koc.koc = true;
        koc.pointsMin = 100;
        qint64 id = 0;
        QVERIFY_OK(repo.create(QStringLiteral(" 高积分KOC "), koc, &id));
        QVERIFY(id > 0);
        MemberSegment s;
        QVERIFY_OK(repo.get(id, &s));
        QCOMPARE(s.name, QStringLiteral("高积分KOC"));
        QCOMPARE(s.filter, koc);
        QVERIFY(s.createdAt.isValid());

        // Names are unique, and required.
        const DatabaseError dup = repo.create(QStringLiteral("高积分KOC"), {});
        QCOMPARE(dup.kind, DatabaseError::Kind::Constraint);
        QVERIFY2(dup.message.contains(QStringLiteral("高积分KOC")), qPrintable(dup.message));
        QCOMPARE(repo.create(QStringLiteral("  "), {}).kind, DatabaseError::Kind::Constraint);

        qint64 second = 0;
        QVERIFY_OK(repo.create(QStringLiteral("待认证门店"), {}, &second));
        QCOMPARE(repo.rename(second, QStringLiteral("高积分KOC")).kind, DatabaseError::Kind::Constraint);
        QVERIFY_OK(repo.rename(second, QStringLiteral("A 待认证门店")));
        MemberFilter pending;
        pending.identity = IdentityType::Store;
        pending.verification = VerificationStatus::Pending;
        QVERIFY_OK(repo.setFilter(second, pending));
        QList<MemberSegment> all;
        QVERIFY_OK(repo.list(&all));
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().name, QStringLiteral("A 待认证门店")); // by name
        QCOMPARE(all.first().filter, pending);

        QVERIFY_OK(repo.remove(id));
        QCOMPARE(repo.get(id, &s).kind, DatabaseError::Kind::NotFound);
        QCOMPARE(repo.remove(id).kind, DatabaseError::Kind::NotFound);

        QList<AuditEntry> log;
        QVERIFY_OK(AuditRepository(t.connection()).list(QStringLiteral("member_segment"), id, 10, &log));
        QCOMPARE(log.size(), 2); // create, delete
        QVERIFY_OK(AuditRepository(t.connection()).list(QStringLiteral("member_segment"), second, 10, &log));
        QCOMPARE(log.size(), 3); // create, rename, filter
        QCOMPARE(log.first().actor, QStringLiteral("测试运营"));
    }
};

QTEST_GUILESS_MAIN(TestSegmentRepository)
#include "tst_segment_repository.moc"
