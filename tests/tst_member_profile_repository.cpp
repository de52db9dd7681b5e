#include "TestSupport.h"

#include "storage/AuditRepository.h"
#include "storage/DimensionRepository.h"
#include "storage/EventRepository.h"
#include "storage/GroupRepository.h"
#include "storage/MemberProfileRepository.h"
#include "storage/MemberRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/PointsRepository.h"
#include "storage/SettingsRepository.h"

#include <QTest>

using namespace qundesk;

namespace {

qint64 addMember(const QSqlDatabase &db, const QString &name, const QString &pid, const QString &nick = {},
                 const QString &phone = QStringLiteral("13812345678"))
{
    Member m;
    m.displayName = name;
    m.platformId = pid;
    m.groupNickname = nick;
    m.phone = phone;
    qint64 id = 0;
    if (MemberRepository(db).create(m, &id))
        qFatal("cannot add member");
    return id;
}

qint64 addGroup(const QSqlDatabase &db, const QString &name)
{
    Group g;
    g.name = name;
    qint64 id = 0;
    if (GroupRepository(db).create(g, &id))
        qFatal("cannot add group");
    return id;
}

const QDateTime Day1(QDate(2024, 4, 1), QTime(9, 30));

} // namespace

class TestMemberProfileRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("QUNDESK_ACTOR", "测试运营");
    }

    void revealIsAudited()
    {
        test::TempDatabase t;
        const qint64 id = addMember(t.connection(), QStringLiteral("张伟"), QStringLiteral("wxid_zhangwei88"));
        MemberProfileRepository repo(t.connection());
        QString value;
        QVERIFY_OK(repo.reveal(id, RevealedField::Phone, &value));
        QCOMPARE(value, QStringLiteral("13812345678"));
        QVERIFY_OK(repo.reveal(id, RevealedField::PlatformId, &value));
        QCOMPARE(value, QStringLiteral("wxid_zhangwei88"));

        QList<AuditEntry> log;
        QVERIFY_OK(AuditRepository(t.connection()).list(QStringLiteral("member"), id, 10, &log));
        QCOMPARE(log.first().action, QStringLiteral("reveal"));
        QCOMPARE(log.first().actor, QStringLiteral("测试运营"));
        QCOMPARE(log.first().after.value(QStringLiteral("field")).toString(), QStringLiteral("platform_id"));
        // The log records the look, not the value.
        for (const AuditEntry &e : std::as_const(log)) {
            if (e.action == QLatin1StringView("reveal")) {
                QVERIFY(!e.after.contains(QStringLiteral("phone")));
                QVERIFY(!e.after.contains(QStringLiteral("platform_id")));
            }
        }
        QList<RevealRecord> reveals;
        QVERIFY_OK(repo.reveals(id, 10, &reveals));
        QCOMPARE(reveals.size(), 2);
        QCOMPARE(reveals.at(0).field, RevealedField::PlatformId);
        QCOMPARE(reveals.at(1).field, RevealedField::Phone);

        const DatabaseError missing = repo.reveal(id + 100, RevealedField::Phone, &value);
        QCOMPARE(missing.kind, DatabaseError::Kind::NotFound);
        QVERIFY_OK(repo.reveals(id + 100, 10, &reveals));
        QVERIFY(reveals.isEmpty());     // a failed reveal leaves no entry
    }

    void groupsHistoryKeepsWhy()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 id = addMember(db, QStringLiteral("李娜"), QStringLiteral("wxid_lina"));
        const qint64 a = addGroup(db, QStringLiteral("花漾宠粉群1群"));
        const qint64 b = addGroup(db, QStringLiteral("花漾福利群2群"));
        const qint64 c = addGroup(db, QStringLiteral("花漾素材群3群"));
        MembershipRepository ms(db);
        qint64 first = 0;
        QVERIFY_OK(ms.join(id, a, MembershipRole::ViceOwner, Day1, &first));
        QVERIFY_OK(ms.leave(first, LeaveReason::Migrated, Day1.addDays(10)));
        QVERIFY_OK(ms.join(id, b, MembershipRole::Member, Day1.addDays(10)));
        QVERIFY_OK(ms.join(id, c, MembershipRole::Admin, Day1.addDays(11)));

        MemberProfileRepository repo(db);
        int open = 0;
        QVERIFY_OK(repo.openMembershipCount(id, &open));
        QCOMPARE(open, 2);
        int closed = 0;
        QVERIFY_OK(MemberRepository(db).blacklist(id, QStringLiteral("群内发广告"), &closed));
        QCOMPARE(closed, 2);
        QVERIFY_OK(repo.openMembershipCount(id, &open));
        QCOMPARE(open, 0);

        QList<MemberGroupRow> rows;
        QVERIFY_OK(ms.listForMember(id, &rows));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(2).groupName, QStringLiteral("花漾宠粉群1群"));
        QCOMPARE(rows.at(2).membership.leaveReason, std::optional(LeaveReason::Migrated));
        QCOMPARE(rows.at(2).membership.role, MembershipRole::ViceOwner);
        QCOMPARE(rows.at(0).membership.leaveReason, std::optional(LeaveReason::Kicked));
        QCOMPARE(rows.at(1).membership.leaveReason, std::optional(LeaveReason::Kicked));
    }

    void timelinePagesNewestFirst()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 id = addMember(db, QStringLiteral("王芳"), QStringLiteral("wxid_wangfang"));
        const qint64 other = addMember(db, QStringLiteral("赵敏"), QStringLiteral("wxid_zhaomin"));
        const qint64 group = addGroup(db, QStringLiteral("花漾宠粉群5群"));
        qint64 membership = 0;
        QVERIFY_OK(MembershipRepository(db).join(id, group, MembershipRole::Member, Day1, &membership));
        QList<ActivityEvent> events;
        // The join as an event too (imports bring both): shown once, as the membership.
        ActivityEvent join;
        join.occurredAt = Day1;
        join.kind = EventKind::Join;
        join.memberId = id;
        join.groupId = group;
        events.append(join);
        for (int i = 0; i < 25; ++i) {
            ActivityEvent e;
            e.occurredAt = Day1.addSecs(3600 * (i + 1));
            e.kind = i % 5 == 4 ? EventKind::Purchase : EventKind::Message;
            e.amountFen = e.kind == EventKind::Purchase ? 9900 + i : 0;
            e.memberId = id;
            e.groupId = group;
            events.append(e);
        }
        // Two events at the very same second: the id orders them.
        ActivityEvent same = events.last();
        same.kind = EventKind::Reply;
        same.amountFen = 0;
        events.append(same);
        ActivityEvent foreign = events.last();
        foreign.memberId = other;
        events.append(foreign);
        QVERIFY_OK(EventRepository(db).insertMany(events));
        QVERIFY_OK(MembershipRepository(db).leave(membership, LeaveReason::Left, Day1.addDays(3)));

        MemberProfileRepository repo(db);
        QList<TimelineEntry> all;
        std::optional<TimelineCursor> cursor;
        int pages = 0;
        for (;;) {
            QList<TimelineEntry> page;
            QVERIFY_OK(repo.timeline(id, cursor, 7, &page));
            ++pages;
            all.append(page);
            if (page.size() < 7)
                break;
            cursor = TimelineCursor::after(page.last());
        }
        // 25 events + 1 reply + the membership's join and leave; the join event is folded in.
        QCOMPARE(all.size(), 28);
        QCOMPARE(pages, 5);     // four full pages, then an empty one
        QCOMPARE(all.first().source, TimelineEntry::Source::Leave);
        QCOMPARE(all.first().leaveReason, std::optional(LeaveReason::Left));
        QCOMPARE(all.first().groupName, QStringLiteral("花漾宠粉群5群"));
        QCOMPARE(all.last().source, TimelineEntry::Source::Join);
        QCOMPARE(all.at(1).kind, EventKind::Reply);     // same second, higher id first
        QCOMPARE(all.at(2).kind, EventKind::Purchase);
        QCOMPARE(all.at(2).amountFen, 9924);
        for (int i = 1; i < all.size(); ++i)
            QVERIFY2(all.at(i - 1).at >= all.at(i).at, qPrintable(all.at(i).at));
        QSet<QString> seen;
        for (const TimelineEntry &e : std::as_const(all)) {
            const QString key = QStringLiteral("%1/%2").arg(int(e.source)).arg(e.id);
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
        }
        QList<TimelineEntry> none;
        QVERIFY_OK(repo.timeline(id + 1000, {}, 7, &none));
        QVERIFY(none.isEmpty());
    }

    void pointsEarnRedeemAndRefusal()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 id = addMember(db, QStringLiteral("陈静"), QStringLiteral("wxid_chenjing"));
        qint64 op = 0;
        Operator o;
        o.name = QStringLiteral("宠粉官小美");
        QVERIFY_OK(DimensionRepository(db).createOperator(o, &op));
        PointsRepository points(db);
        QVERIFY_OK(points.earn(id, 30, PointsReason::Checkin, QStringLiteral("签到"), op));
        QVERIFY_OK(points.redeem(id, 20, QStringLiteral("兑换优惠券"), op));
        const DatabaseError refused = points.redeem(id, 11, QStringLiteral("兑换礼品"), op);
        QVERIFY(refused);
        QVERIFY2(refused.message.contains(QStringLiteral("only 10")), qPrintable(refused.message));
        qint64 balance = 0;
        QVERIFY_OK(points.balance(id, &balance));
        QCOMPARE(balance, 10);
        QList<PointsEntry> ledger;
        QVERIFY_OK(points.ledger(id, 0, 10, &ledger));
        QCOMPARE(ledger.size(), 2);
        QCOMPARE(ledger.first().delta, -20);
        QHash<qint64, QString> names;
        QVERIFY_OK(MemberProfileRepository(db).operatorNames(&names));
        QCOMPARE(names.value(ledger.first().operatorId), QStringLiteral("宠粉官小美"));
    }

    void verificationHistoryFromTheAuditLog()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 id = addMember(db, QStringLiteral("刘洋"), QStringLiteral("wxid_liuyang"));
        qint64 op = 0;
        Operator o;
        o.name = QStringLiteral("审核员阿杰");
        QVERIFY_OK(DimensionRepository(db).createOperator(o, &op));
        MemberRepository members(db);
        QVERIFY_OK(members.setVerification(id, VerificationStatus::Pending, 0, {}));
        QVERIFY_OK(members.setVerification(id, VerificationStatus::Verified, op, QStringLiteral("门头照与营业执照一致")));
        QList<VerificationRecord> history;
        QVERIFY_OK(MemberProfileRepository(db).verificationHistory(id, 20, &history));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).from, VerificationStatus::Pending);
        QCOMPARE(history.at(0).to, VerificationStatus::Verified);
        QCOMPARE(history.at(0).operatorName, QStringLiteral("审核员阿杰"));
        QCOMPARE(history.at(0).evidence, QStringLiteral("门头照与营业执照一致"));
        QCOMPARE(history.at(0).actor, QStringLiteral("测试运营"));
        QCOMPARE(history.at(1).to, VerificationStatus::Pending);
    }

    void platformIdOwner()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 a = addMember(db, QStringLiteral("孙磊"), QStringLiteral("wxid_sunlei"));
        const qint64 b = addMember(db, QStringLiteral("周艳"), QStringLiteral("wxid_zhouyan"));
        MemberRef owner;
        QVERIFY_OK(MemberProfileRepository(db).platformIdOwner(QStringLiteral(" wxid_sunlei "), b, &owner));
        QCOMPARE(owner.id, a);
        QCOMPARE(owner.displayName, QStringLiteral("孙磊"));
        QVERIFY_OK(MemberProfileRepository(db).platformIdOwner(QStringLiteral("wxid_sunlei"), a, &owner));
        QCOMPARE(owner.id, 0);
    }

    void nonConformingNicknames()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        Region r;
        r.name = QStringLiteral("广州");
        qint64 rid = 0;
        QVERIFY_OK(DimensionRepository(db).createRegion(r, &rid));
        const qint64 group = addGroup(db, QStringLiteral("花漾宠粉群7群"));
        const QStringList nicks = {QStringLiteral("广州-花漾美妆-张伟"), QStringLiteral("广州－花漾－李娜"),
                                   QStringLiteral("广州_花漾_王芳"), QString(), QStringLiteral("火星-花漾-赵敏"),
                                   QStringLiteral("广州-陈静")};
        MembershipRepository ms(db);
        for (int i = 0; i < nicks.size(); ++i) {
            const qint64 m = addMember(db, QStringLiteral("成员%1").arg(i), QStringLiteral("wxid_m%1").arg(i), nicks.at(i));
            QVERIFY_OK(ms.join(m, group, MembershipRole::Member, Day1.addSecs(i)));
        }
        MemberProfileRepository repo(db);
        NicknameTemplate rule;
        QVERIFY_OK(repo.nicknameTemplate(&rule));
        QCOMPARE(rule.pattern(), NicknameTemplate::defaultPattern());
        QList<GroupMemberRow> rows;
        QVERIFY_OK(repo.nonConformingMembers(group, {}, rule, &rows));
        QStringList names;
        for (const GroupMemberRow &row : std::as_const(rows))
            names.append(row.displayName);
        QCOMPARE(names, (QStringList{QStringLiteral("成员2"), QStringLiteral("成员3"), QStringLiteral("成员4"),
                                     QStringLiteral("成员5")}));
        // The SQL filters still apply.
        GroupMemberFilter filter;
        filter.text = QStringLiteral("陈静");
        QVERIFY_OK(repo.nonConformingMembers(group, filter, rule, &rows));
        QCOMPARE(rows.size(), 1);
        // Without the place check, 火星 passes; another template changes the verdicts.
        SettingsRepository settings(db);
        QVERIFY_OK(settings.set(QString::fromLatin1(NicknameTemplate::CheckPlacesKey), QStringLiteral("0")));
        QVERIFY_OK(repo.nicknameTemplate(&rule));
        QVERIFY_OK(repo.nonConformingMembers(group, {}, rule, &rows));
        QCOMPARE(rows.size(), 3);
        QVERIFY_OK(settings.set(QString::fromLatin1(NicknameTemplate::SettingsKey), QStringLiteral("城市-姓名")));
        QVERIFY_OK(repo.nicknameTemplate(&rule));
        QVERIFY_OK(repo.nonConformingMembers(group, {}, rule, &rows));
        QCOMPARE(rows.size(), 5);       // only 广州-陈静 follows 城市-姓名
    }
};

QTEST_GUILESS_MAIN(TestMemberProfileRepository)
#include "tst_member_profile_repository.moc"
