#include "MemberTestData.h"
#include "TestSupport.h"

#include "storage/MemberRepository.h"
#include "storage/PointsRepository.h"
#include "storage/Query.h"

#include <QSqlQuery>
#include <QTest>

using namespace qundesk;

class TestPointsRepository : public QObject
{
    Q_OBJECT

private:
    qint64 addMember(const QSqlDatabase &db)
    {
        Member m;
        m.displayName = QStringLiteral("黄秀英");
        m.platformId = QStringLiteral("wxid_huangxy");
        qint64 id = 0;
        MemberRepository(db).create(m, &id);
        return id;
    }

private slots:
    void initTestCase()
    {
        qputenv("QUNDESK_ACTOR", "测试运营"); // see tst_member_repository
    }

    void earnAndRedeem()
    {
        test::TempDatabase t;
        const qint64 member = addMember(t.connection());
        QVERIFY(member > 0);
        PointsRepository points(t.connection());
        QVERIFY_OK(points.earn(member, 10, PointsReason::Checkin, QStringLiteral("连续签到第3天"), 0));
        QVERIFY_OK(points.earn(member, 200, PointsReason::Game, QStringLiteral("周一猜价游戏第一名"), 0));
        qint64 balance = 0;
        QVERIFY_OK(points.balance(member, &balance));
        QCOMPARE(balance, 210);
        qint64 entry = 0;
        QVERIFY_OK(points.redeem(member, 150, QStringLiteral("兑换面膜小样"), 0, &entry));
        QVERIFY(entry > 0);
        QVERIFY_OK(points.balance(member, &balance));
        QCOMPARE(balance, 60);
        Member m;
        QVERIFY_OK(MemberRepository(t.connection()).get(member, &m));
        QCOMPARE(m.pointsBalance, 60);

        QList<PointsEntry> ledger;
        QVERIFY_OK(points.ledger(member, 0, 10, &ledger));
        QCOMPARE(ledger.size(), 3);
        QCOMPARE(ledger.first().id, entry); // newest first
        QCOMPARE(ledger.first().delta, -150);
        QCOMPARE(ledger.first().reason, PointsReason::Redeem);
        QCOMPARE(ledger.first().note, QStringLiteral("兑换面膜小样"));
        QVERIFY(ledger.first().createdAt.isValid());
    }

    void overdrawRefusedBalanceUnchanged()
    {
        test::TempDatabase t;
        const qint64 member = addMember(t.connection());
        PointsRepository points(t.connection());
        QVERIFY_OK(points.earn(member, 120, PointsReason::Activity, QString(), 0));
        const DatabaseError err = points.redeem(member, 500, QStringLiteral("兑换电动牙刷"), 0);
        QCOMPARE(err.kind, DatabaseError::Kind::Constraint);
        QVERIFY2(err.message.contains(QStringLiteral("500")) && err.message.contains(QStringLiteral("120")),
                 qPrintable(err.message));
        qint64 balance = 0;
        QVERIFY_OK(points.balance(member, &balance));
        QCOMPARE(balance, 120);
        QList<PointsEntry> ledger;
        QVERIFY_OK(points.ledger(member, 0, 10, &ledger));
        QCOMPARE(ledger.size(), 1);
        QCOMPARE(points.adjust(member, -121, QStringLiteral("扣除违规积分"), 0).kind, DatabaseError::Kind::Constraint);
        QVERIFY_OK(points.adjust(member, -120, QStringLiteral("扣除违规积分"), 0));
        QVERIFY_OK(points.balance(member, &balance));
        QCOMPARE(balance, 0);

        // The schema refuses it too, whoever writes the ledger.
        QSqlQuery raw(t.connection());
        QVERIFY(!raw.exec(QStringLiteral("INSERT INTO points_ledger (member_id, delta, reason) VALUES (%1, -1, 'redeem')").arg(member)));
        QVERIFY_OK(points.balance(member, &balance));
        QCOMPARE(balance, 0);
    }

    void invalidAmounts()
    {
        test::TempDatabase t;
        const qint64 member = addMember(t.connection());
        PointsRepository points(t.connection());
        QCOMPARE(points.earn(member, 0, PointsReason::Checkin, QString(), 0).kind, DatabaseError::Kind::Constraint);
        QCOMPARE(points.earn(member, -5, PointsReason::Checkin, QString(), 0).kind, DatabaseError::Kind::Constraint);
        QCOMPARE(points.earn(member, 5, PointsReason::Redeem, QString(), 0).kind, DatabaseError::Kind::Constraint);
        QCOMPARE(points.redeem(member, 0, QString(), 0).kind, DatabaseError::Kind::Constraint);
        QCOMPARE(points.adjust(member, 10, QString(), 0).kind, DatabaseError::Kind::Constraint); // needs a note
        QCOMPARE(points.earn(424242, 5, PointsReason::Game, QString(), 0).kind, DatabaseError::Kind::NotFound);
        qint64 balance = -1;
        QCOMPARE(points.balance(424242, &balance).kind, DatabaseError::Kind::NotFound);
        QCOMPARE(Query::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM points_ledger")).toInt(), 0);
    }

    void ledgerPagesNewestFirst()
    {
        test::TempDatabase t;
        const qint64 member = addMember(t.connection());
        PointsRepository points(t.connection());
        // Many entries share the same second: the id breaks the tie.
        QList<qint64> ids;
        for (int i = 1; i <= 23; ++i) {
            qint64 id = 0;
            QVERIFY_OK(points.earn(member, i, PointsReason::Content, QStringLiteral("原创素材第%1篇").arg(i), 0, &id));
            ids.prepend(id);
        }
        QList<qint64> got;
        qint64 before = 0;
        for (int guard = 0; guard < 10; ++guard) {
            QList<PointsEntry> page;
            QVERIFY_OK(points.ledger(member, before, 5, &page));
            for (const PointsEntry &e : page)
                got.append(e.id);
            if (page.size() < 5)
                break;
            before = page.last().id;
        }
        QCOMPARE(got, ids);
    }
};

QTEST_GUILESS_MAIN(TestPointsRepository)
#include "tst_points_repository.moc"
