#include "domain/Masking.h"
#include "domain/Member.h"

#include <QTest>

using namespace qundesk;

class TestMasking : public QObject
{
    Q_OBJECT

private slots:
    void maskPhone_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mobile") << QStringLiteral("13812345678") << QStringLiteral("138****5678");
        QTest::newRow("typed with spaces") << QStringLiteral("138 1234 5678") << QStringLiteral("138****5678");
        QTest::newRow("typed with dashes") << QStringLiteral("138-1234-5678") << QStringLiteral("138****5678");
        QTest::newRow("+86") << QStringLiteral("+8613812345678") << QStringLiteral("+86 138****5678");
        QTest::newRow("+86 spaced") << QStringLiteral("+86 138 1234 5678") << QStringLiteral("+86 138****5678");
        QTest::newRow("0086") << QStringLiteral("008613812345678") << QStringLiteral("+86 138****5678");
        QTest::newRow("86 without plus") << QStringLiteral("8613812345678") << QStringLiteral("+86 138****5678");
        QTest::newRow("landline") << QStringLiteral("057188886666") << QStringLiteral("057****6666");
        QTest::newRow("foreign") << QStringLiteral("+14155552671") << QStringLiteral("+14****2671");
        QTest::newRow("eight digits") << QStringLiteral("88886666") << QStringLiteral("888****6666");
        QTest::newRow("short") << QStringLiteral("12345") << QStringLiteral("****45");
        QTest::newRow("very short") << QStringLiteral("110") << QStringLiteral("****");
        QTest::newRow("one digit") << QStringLiteral("7") << QStringLiteral("****");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("blank") << QStringLiteral("   ") << QString();
    }

    void maskPhone()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(qundesk::maskPhone(input), expected);
    }

    void maskPhoneNeverShowsTheMiddle()
    {
        const QString masked = qundesk::maskPhone(QStringLiteral("13898761234"));
        QVERIFY(!masked.contains(QStringLiteral("9876")));
    }

    void maskPlatformId_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wechat id") << QStringLiteral("wxid_zhangwei88") << QStringLiteral("wx****88");
        QTest::newRow("six") << QStringLiteral("abcdef") << QStringLiteral("ab****ef");
        QTest::newRow("five") << QStringLiteral("abcde") << QStringLiteral("a****");
        QTest::newRow("three") << QStringLiteral("abc") << QStringLiteral("a****");
        QTest::newRow("two") << QStringLiteral("ab") << QStringLiteral("****");
        QTest::newRow("one") << QStringLiteral("a") << QStringLiteral("****");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("chinese") << QStringLiteral("小美的美妆店铺") << QStringLiteral("小美****店铺");
        QTest::newRow("emoji kept whole") << QStringLiteral("😀abcd😎") << QStringLiteral("😀a****d😎");
    }

    void maskPlatformId()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(qundesk::maskPlatformId(input), expected);
    }

    void codesRoundTrip()
    {
        for (const IdentityType t : allIdentityTypes())
            QCOMPARE(identityFromCode(identityCode(t)), std::optional(t));
        for (const VerificationStatus s : allVerificationStatuses())
            QCOMPARE(verificationFromCode(verificationCode(s)), std::optional(s));
        for (const PointsReason r : allPointsReasons())
            QCOMPARE(pointsReasonFromCode(pointsReasonCode(r)), std::optional(r));
        for (const EventKind k : allEventKinds())
            QCOMPARE(eventKindFromCode(eventKindCode(k)), std::optional(k));
        QCOMPARE(identityCode(IdentityType::Store), QStringLiteral("store"));
        QCOMPARE(verificationCode(VerificationStatus::Rejected), QStringLiteral("rejected"));
        QVERIFY(!identityFromCode(QStringLiteral("Store")));
        QVERIFY(!eventKindFromCode(QString()));
        QCOMPARE(allEventKinds().size(), 10);
        QCOMPARE(allPointsReasons().size(), 8);
    }

    void validation()
    {
        Member m;
        m.displayName = QStringLiteral("王芳");
        m.platformId = QStringLiteral("wxid_wangfang");
        m.phone = QStringLiteral("+86 138-1234-5678");
        QVERIFY(validateMember(m).isEmpty());
        QCOMPARE(normalizePhone(m.phone), QStringLiteral("+8613812345678"));
        m.phone = QStringLiteral("138一二三");
        QVERIFY(validateMember(m).contains(QStringLiteral("138一二三")));
        m.phone = QStringLiteral("138+1234");
        QVERIFY(!validateMember(m).isEmpty());
        m.phone.clear();
        m.displayName = QStringLiteral("  ");
        QVERIFY(!validateMember(m).isEmpty());
    }

    void dbTime()
    {
        const QDateTime t(QDate(2024, 3, 5), QTime(9, 30, 0));
        QCOMPARE(toDbTime(t), QStringLiteral("2024-03-05 09:30:00"));
        QCOMPARE(fromDbTime(QStringLiteral("2024-03-05 09:30:00")), t);
        QCOMPARE(fromDbTime(QStringLiteral("2024-03-05")), QDate(2024, 3, 5).startOfDay());
        QCOMPARE(fromDbTime(QStringLiteral("2024-03-05T09:30:00")), t);
        QVERIFY(!fromDbTime(QString()).isValid());
    }
};

QTEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"
