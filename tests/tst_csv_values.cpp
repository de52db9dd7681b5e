#include "TestSupport.h"

#include "io/MemberImportRow.h"

#include <QTest>

using namespace qundesk;
using namespace qundesk::importrow;

// Header mapping and the cell parsers an import validates rows with.
class TestCsvValues : public QObject
{
    Q_OBJECT

private slots:
    void headers()
    {
        QCOMPARE(guessMemberField(QStringLiteral("姓名")), MemberField::DisplayName);
        QCOMPARE(guessMemberField(QStringLiteral(" Display_Name ")), MemberField::DisplayName);
        QCOMPARE(guessMemberField(QStringLiteral("ＮＡＭＥ")), MemberField::DisplayName); // full-width
        QCOMPARE(guessMemberField(QStringLiteral("微信号")), MemberField::PlatformId);
        QCOMPARE(guessMemberField(QStringLiteral("平台ID")), MemberField::PlatformId);
        QCOMPARE(guessMemberField(QStringLiteral("手机号（必填）")), MemberField::Phone);
        QCOMPARE(guessMemberField(QStringLiteral("Mobile")), MemberField::Phone);
        QCOMPARE(guessMemberField(QStringLiteral("昵称")), MemberField::GroupNickname);
        QCOMPARE(guessMemberField(QStringLiteral("认证状态")), MemberField::Verification);
        QCOMPARE(guessMemberField(QStringLiteral("来源")), MemberField::Channel);
        QCOMPARE(guessMemberField(QStringLiteral("城市")), MemberField::Region);
        QCOMPARE(guessMemberField(QStringLiteral("等级")), MemberField::Tier);
        QCOMPARE(guessMemberField(QStringLiteral("加入时间")), MemberField::FirstJoined);
        QCOMPARE(guessMemberField(QStringLiteral("标签")), MemberField::Tags);
        QCOMPARE(guessMemberField(QStringLiteral("积分")), MemberField::Points);
        QCOMPARE(guessMemberField(QStringLiteral("备注")), MemberField::Notes);
        QCOMPARE(guessMemberField(QStringLiteral("会员卡号")), MemberField::Ignore);
        // A field claimed twice maps the second column to Ignore.
        QCOMPARE(guessMapping({QStringLiteral("手机"), QStringLiteral("电话")}),
                 QList<MemberField>({MemberField::Phone, MemberField::Ignore}));
        for (MemberField f : allMemberFields()) {
            if (f == MemberField::Ignore)
                continue;
            QCOMPARE(guessMemberField(memberFieldHeader(f, false)), f);
            QCOMPARE(guessMemberField(memberFieldHeader(f, true)), f);
        }
    }

    void dates()
    {
        const QDateTime day(QDate(2026, 3, 5), QTime(0, 0));
        QCOMPARE(parseDate(QStringLiteral("2026-03-05")), day);
        QCOMPARE(parseDate(QStringLiteral("2026/3/5")), day);
        QCOMPARE(parseDate(QStringLiteral("2026.3.5")), day);
        QCOMPARE(parseDate(QStringLiteral("2026年3月5日")), day);
        QCOMPARE(parseDate(QStringLiteral("20260305")), day);
        QCOMPARE(parseDate(QStringLiteral("2026-03-05 14:30")), QDateTime(QDate(2026, 3, 5), QTime(14, 30)));
        QCOMPARE(parseDate(QStringLiteral("2026/3/5 14:30:15")), QDateTime(QDate(2026, 3, 5), QTime(14, 30, 15)));
        QCOMPARE(parseDate(QStringLiteral("2026-03-05T08:00:00")), QDateTime(QDate(2026, 3, 5), QTime(8, 0)));
        QCOMPARE(parseDate(QStringLiteral("46086")), day);                                  // Excel serial
        QCOMPARE(parseDate(QStringLiteral("46086.5")), QDateTime(QDate(2026, 3, 5), QTime(12, 0)));
        QVERIFY(!parseDate(QStringLiteral("2026-02-30")));
        QVERIFY(!parseDate(QStringLiteral("2026-03-05 25:00")));
        QVERIFY(!parseDate(QStringLiteral("昨天")));
        QVERIFY(!parseDate(QStringLiteral("3/5/2026")));
        QVERIFY(!parseDate(QStringLiteral("-5")));
    }

    void points()
    {
        QCOMPARE(parsePoints(QStringLiteral("0")), 0);
        QCOMPARE(parsePoints(QStringLiteral(" 1200 ")), 1200);
        QCOMPARE(parsePoints(QStringLiteral("1,200")), 1200);
        QCOMPARE(parsePoints(QStringLiteral("35.0")), 35);
        QVERIFY(!parsePoints(QStringLiteral("12.5")));
        QVERIFY(!parsePoints(QStringLiteral("-3")));
        QVERIFY(!parsePoints(QStringLiteral("abc")));
        QVERIFY(!parsePoints(QStringLiteral("12,34")));
        QVERIFY(!parsePoints(QStringLiteral("99999999999999")));
    }

    void phones()
    {
        QCOMPARE(parsePhone(QStringLiteral("13812345678")), QStringLiteral("13812345678"));
        QCOMPARE(parsePhone(QStringLiteral("138 1234-5678")), QStringLiteral("13812345678"));
        QCOMPARE(parsePhone(QStringLiteral("+86 138 1234 5678")), QStringLiteral("13812345678"));
        QCOMPARE(parsePhone(QStringLiteral("008613812345678")), QStringLiteral("13812345678"));
        QVERIFY(!parsePhone(QStringLiteral("1381234")));
        QVERIFY(!parsePhone(QStringLiteral("23812345678")));
        QVERIFY(!parsePhone(QStringLiteral("+1 415 555 0100")));
        QVERIFY(!parsePhone(QStringLiteral("1381234567x")));
    }

    void identitiesAndVerification()
    {
        QCOMPARE(parseIdentity(QStringLiteral("门店")), IdentityType::Store);
        QCOMPARE(parseIdentity(QStringLiteral("店主")), IdentityType::Store);
        QCOMPARE(parseIdentity(QStringLiteral("实体店主")), IdentityType::Store);
        QCOMPARE(parseIdentity(QStringLiteral("Store")), IdentityType::Store);
        QCOMPARE(parseIdentity(QStringLiteral("线上")), IdentityType::Online);
        QCOMPARE(parseIdentity(QStringLiteral("网店")), IdentityType::Online);
        QCOMPARE(parseIdentity(QStringLiteral("消费者")), IdentityType::Consumer);
        QCOMPARE(parseIdentity(QStringLiteral("C端")), IdentityType::Consumer);
        QVERIFY(!parseIdentity(QStringLiteral("外星人")));
        QCOMPARE(parseVerification(QStringLiteral("已认证")), VerificationStatus::Verified);
        QCOMPARE(parseVerification(QStringLiteral("待审核")), VerificationStatus::Pending);
        QCOMPARE(parseVerification(QStringLiteral("rejected")), VerificationStatus::Rejected);
        QVERIFY(!parseVerification(QStringLiteral("maybe")));
        for (IdentityType t : allIdentityTypes()) {
            QCOMPARE(parseIdentity(identityExportLabel(t, false)), t);
            QCOMPARE(parseIdentity(identityExportLabel(t, true)), t);
        }
        for (VerificationStatus s : allVerificationStatuses()) {
            QCOMPARE(parseVerification(verificationExportLabel(s, false)), s);
            QCOMPARE(parseVerification(verificationExportLabel(s, true)), s);
        }
    }

    void tags()
    {
        QCOMPARE(splitTags(QStringLiteral("新品控，复购、美妆;护肤|vip 老客 vip")),
                 QStringList({QStringLiteral("新品控"), QStringLiteral("复购"), QStringLiteral("美妆"),
                              QStringLiteral("护肤"), QStringLiteral("vip"), QStringLiteral("老客")}));
        QVERIFY(splitTags(QStringLiteral(" , ")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvValues)
#include "tst_csv_values.moc"
