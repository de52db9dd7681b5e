#include "TestSupport.h"

#include "storage/EventRepository.h"
#include "storage/GroupActivityRepository.h"
#include "storage/GroupRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/SettingsRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace qundesk;

namespace {

const QDate Today(2026, 11, 23);

QDateTime at(int daysAgo, int hour, int minute = 0, int second = 0)
{
    return QDateTime(Today.addDays(-daysAgo), QTime(hour, minute, second));
}

ActivityEvent makeEvent(qint64 group, qint64 member, EventKind kind, const QDateTime &when)
{
    ActivityEvent e;
    e.groupId = group;
    e.memberId = member;
    e.kind = kind;
    e.occurredAt = when;
    if (kind == EventKind::Purchase)
        e.amountFen = 9900;
    return e;
}

const GroupActivity *find(const QList<GroupActivity> &list, qint64 id)
{
    for (const GroupActivity &a : list) {
        if (a.groupId == id)
            return &a;
    }
    return nullptr;
}

} // namespace

class TestGroupActivityRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("QUNDESK_ACTOR", "测试运营"); }

    void aggregatesPerGroup()
    {
        test::TempDatabase t;
        GroupRepository groups(t.connection());
        qint64 busy = 0, quiet = 0, gone = 0;
        Group g;
        g.name = QStringLiteral("宠粉群 1");
        g.createdOn = QDate(2026, 9, 1);
        g.filledOn = QDate(2026, 9, 20);
        QVERIFY_OK(groups.create(g, &busy));
        g = Group();
        g.name = QStringLiteral("宠粉群 2");
        g.createdOn = QDate(2026, 11, 1);
        QVERIFY_OK(groups.create(g, &quiet));
        g = Group();
        g.name = QStringLiteral("宠粉群 0");
        g.createdOn = QDate(2026, 3, 1);
        QVERIFY_OK(groups.create(g, &gone));

        QList<qint64> members;
        QSqlQuery q(t.connection());
        for (int i = 0; i < 8; ++i) {
            q.prepare(QStringLiteral("INSERT INTO members (display_name, platform_id) VALUES (?, ?)"));
            q.addBindValue(QStringLiteral("杭州-花店-%1").arg(i));
            q.addBindValue(QStringLiteral("wxid_lc_%1").arg(i));
            QVERIFY(q.exec());
            members.append(q.lastInsertId().toLongLong());
        }
        MembershipRepository ms(t.connection());
        for (int i = 0; i < 8; ++i)
            QVERIFY_OK(ms.join(members[i], busy, MembershipRole::Member, at(60, 9)));
        QVERIFY_OK(ms.join(members[0], quiet, MembershipRole::Owner, at(20, 9)));
        QVERIFY_OK(ms.join(members[1], gone, MembershipRole::Member, at(200, 9)));
        QVERIFY_OK(ms.leave(members[7], busy, LeaveReason::Left, at(10, 9)));

        QList<ActivityEvent> events = {
            // This week: members 0-2 write, member 3 checks in, member 4 only joins (no activity).
            makeEvent(busy, members[0], EventKind::Message, at(0, 8)),
            makeEvent(busy, members[0], EventKind::Message, at(0, 9)),
            makeEvent(busy, members[1], EventKind::Reply, at(3, 20)),
            makeEvent(busy, members[2], EventKind::Message, at(6, 0, 0, 0)),   // first second of the window
            makeEvent(busy, members[3], EventKind::Checkin, at(1, 10)),
            makeEvent(busy, members[4], EventKind::Join, at(2, 10)),
            // The week before: 3 messages, one on each edge.
            makeEvent(busy, members[5], EventKind::Message, at(7, 23, 59, 59)),
            makeEvent(busy, members[5], EventKind::Message, at(10, 12)),
            makeEvent(busy, members[6], EventKind::Reply, at(13, 0, 0, 0)),
            // Outside both windows: two weeks ago, and tomorrow.
            makeEvent(busy, members[6], EventKind::Message, at(14, 23, 59, 59)),
            makeEvent(busy, members[6], EventKind::Message, at(-1, 8)),
            // Another group's events and a dissolved group's.
            makeEvent(quiet, members[0], EventKind::Purchase, at(2, 15)),
            makeEvent(gone, members[1], EventKind::Message, at(1, 15)),
        };
        QVERIFY_OK(EventRepository(t.connection()).insertMany(events));
        QVERIFY_OK(groups.dissolve(gone, at(1, 18)));

        QList<GroupActivity> list;
        QVERIFY_OK(GroupActivityRepository(t.connection()).activeGroups(Today, &list));
        QCOMPARE(list.size(), 2);
        QVERIFY(!find(list, gone));
        QCOMPARE(list.at(0).groupId, busy);   // ordered by id

        const GroupActivity &b = *find(list, busy);
        QCOMPARE(b.name, QStringLiteral("宠粉群 1"));
        QCOMPARE(b.filledOn, QDate(2026, 9, 20));
        QCOMPARE(b.members, 7);
        QCOMPARE(b.active7d, 4);
        QCOMPARE(b.messages7d, qint64(4));
        QCOMPARE(b.messagesPrev7d, qint64(3));
        QCOMPARE(b.days.size(), GroupActivityRepository::DefaultHistoryDays);
        QCOMPARE(b.days[0].messages, qint64(2));
        QCOMPARE(b.days[0].activeMembers, 1);
        QCOMPARE(b.days[1].messages, qint64(0));
        QCOMPARE(b.days[1].activeMembers, 1);  // the check-in
        QCOMPARE(b.days[2].activeMembers, 0);  // a join is not activity
        QCOMPARE(b.days[6].messages, qint64(1));
        QCOMPARE(b.days[14].messages, qint64(1));
        QCOMPARE(b.days[29].messages, qint64(0));

        const GroupActivity &w = *find(list, quiet);
        QVERIFY(!w.filledOn.isValid());
        QCOMPARE(w.createdOn, QDate(2026, 11, 1));
        QCOMPARE(w.members, 1);
        QCOMPARE(w.active7d, 1);
        QCOMPARE(w.messages7d, qint64(0));
        QCOMPARE(w.days[2].activeMembers, 1);

        // The engine's input: today has 2 messages but 1 of 7 members (14%) is above 1%:
        // not below the floor; yesterday had no message.
        LifecycleThresholds t0;
        const LifecycleInput in = b.lifecycleInput(Today, t0);
        QCOMPARE(in.daysBelowFloor, 0);
        QCOMPARE(in.active7d, 4);
        // The quiet group wrote nothing, but only exists since 2026-11-01: 23 days, not 30.
        QCOMPARE(w.lifecycleInput(Today, t0).daysBelowFloor, 23);

        // Evaluated a week earlier, tomorrow's and this week's events are out of the window.
        QVERIFY_OK(GroupActivityRepository(t.connection()).activeGroups(Today.addDays(-7), &list, 20));
        const GroupActivity &earlier = *find(list, busy);
        QCOMPARE(earlier.messages7d, qint64(3));
        QCOMPARE(earlier.days.size(), 20);
        // A week ago the dissolved group was still live, with its member; the member who left
        // ten days ago had already gone from the busy group, and the one who left later had not.
        QCOMPARE(list.size(), 3);
        QVERIFY(find(list, gone));
        QCOMPARE(find(list, gone)->members, 1);
        QCOMPARE(find(list, gone)->status, GroupStatus::Active);
        QCOMPARE(earlier.members, 7);
        QVERIFY_OK(GroupActivityRepository(t.connection()).activeGroups(Today.addDays(-11), &list));
        QCOMPARE(find(list, busy)->members, 8);
        // Before anyone joined (60 days ago) the group had no members.
        QVERIFY_OK(GroupActivityRepository(t.connection()).activeGroups(Today.addDays(-61), &list));
        QCOMPARE(find(list, busy)->members, 0);
    }

    void lifecycleVariantReadsOnlyQuietHistory()
    {
        // Two groups of four members: one writes every day, one fell silent 20 days ago.
        test::TempDatabase t;
        GroupRepository groups(t.connection());
        qint64 busy = 0, quiet = 0;
        Group g;
        g.name = QStringLiteral("宠粉群 1");
        g.createdOn = QDate(2026, 6, 1);
        QVERIFY_OK(groups.create(g, &busy));
        g.name = QStringLiteral("宠粉群 2");
        QVERIFY_OK(groups.create(g, &quiet));
        MembershipRepository ms(t.connection());
        QSqlQuery q(t.connection());
        QList<ActivityEvent> events;
        for (int i = 0; i < 8; ++i) {
            q.prepare(QStringLiteral("INSERT INTO members (display_name, platform_id) VALUES (?, ?)"));
            q.addBindValue(QStringLiteral("成员%1").arg(i));
            q.addBindValue(QStringLiteral("wxid_lq_%1").arg(i));
            QVERIFY(q.exec());
            const qint64 member = q.lastInsertId().toLongLong();
            const qint64 group = i < 4 ? busy : quiet;
            QVERIFY_OK(ms.join(member, group, MembershipRole::Member, at(60, 9)));
            for (int d = group == busy ? 0 : 20; d < 40; ++d)
                events.append(makeEvent(group, member, EventKind::Message, at(d, 10 + i)));
        }
        QVERIFY_OK(EventRepository(t.connection()).insertMany(events));

        const LifecycleThresholds thresholds;
        QList<GroupActivity> full, lean;
        GroupActivityRepository repo(t.connection());
        QVERIFY_OK(repo.activeGroups(Today, &full));
        QVERIFY_OK(repo.activeGroupsForLifecycle(Today, thresholds, &lean));
        QCOMPARE(lean.size(), full.size());
        for (qsizetype i = 0; i < full.size(); ++i) {
            const LifecycleInput a = full.at(i).lifecycleInput(Today, thresholds);
            const LifecycleInput b = lean.at(i).lifecycleInput(Today, thresholds);
            QCOMPARE(b.daysBelowFloor, a.daysBelowFloor);
            QCOMPARE(b.active7d, a.active7d);
            QCOMPARE(b.messagesPrev7d, a.messagesPrev7d);
            QCOMPARE(b.members, a.members);
        }
        QCOMPARE(find(lean, quiet)->lifecycleInput(Today, thresholds).daysBelowFloor, 20);
        // The quiet group's history is complete; the busy one's stops after today.
        QCOMPARE(find(lean, quiet)->days[20].messages, qint64(4));
        QCOMPARE(find(lean, busy)->days[0].messages, qint64(4));
        QCOMPARE(find(full, busy)->days[5].messages, qint64(4));
        QCOMPARE(find(lean, busy)->days[5].messages, qint64(0));
    }

    void emptyDatabase()
    {
        test::TempDatabase t;
        QList<GroupActivity> list{GroupActivity{}};
        QVERIFY_OK(GroupActivityRepository(t.connection()).activeGroups(Today, &list));
        QVERIFY(list.isEmpty());
    }

    void thresholdsRoundTripThroughSettings()
    {
        test::TempDatabase t;
        SettingsRepository settings(t.connection());
        LifecycleThresholds read;
        read.strongDays = 1;
        QVERIFY_OK(settings.lifecycleThresholds(&read));
        QCOMPARE(read.strongDays, LifecycleThresholds().strongDays);
        QCOMPARE(read.weakActiveRate, LifecycleThresholds().weakActiveRate);

        LifecycleThresholds custom;
        custom.strongDays = 21;
        custom.weakActiveRate = 0.05;
        custom.weakDropRatio = 0.6;
        custom.weakDropMinMessages = 35;
        custom.floorActiveRate = 0.03;
        custom.floorMessagesPerDay = 2;
        custom.zombieDays = 10;
        QVERIFY_OK(settings.setLifecycleThresholds(custom));
        QString text;
        QVERIFY_OK(settings.get(QStringLiteral("lifecycle.strong_days"), QString(), &text));
        QCOMPARE(text, QStringLiteral("21"));
        QVERIFY_OK(settings.lifecycleThresholds(&read));
        QCOMPARE(read.strongDays, 21);
        QCOMPARE(read.weakActiveRate, 0.05);
        QCOMPARE(read.weakDropRatio, 0.6);
        QCOMPARE(read.weakDropMinMessages, qint64(35));
        QCOMPARE(read.floorActiveRate, 0.03);
        QCOMPARE(read.floorMessagesPerDay, 2.0);
        QCOMPARE(read.zombieDays, 10);

        // Nonsense falls back to the default; removing a key restores it too.
        QVERIFY_OK(settings.set(QStringLiteral("lifecycle.zombie_days"), QStringLiteral("viele")));
        QVERIFY_OK(settings.set(QStringLiteral("lifecycle.weak_active_rate"), QStringLiteral("7")));
        QVERIFY_OK(settings.remove(QStringLiteral("lifecycle.strong_days")));
        QVERIFY_OK(settings.lifecycleThresholds(&read));
        QCOMPARE(read.zombieDays, 14);
        QCOMPARE(read.weakActiveRate, 0.20);
        QCOMPARE(read.strongDays, 30);

        QVERIFY_OK(settings.get(QStringLiteral("no.such.key"), QStringLiteral("默认"), &text));
        QCOMPARE(text, QStringLiteral("默认"));
    }
};

QTEST_GUILESS_MAIN(TestGroupActivityRepository)
#include "tst_group_activity_repository.moc"
