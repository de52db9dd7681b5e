#include "TestSupport.h"

#include "models/GroupMemberModel.h"
#include "storage/EventRepository.h"
#include "storage/GroupActivityRepository.h"
#include "storage/GroupProfileRepository.h"
#include "storage/GroupRepository.h"
#include "storage/GroupTrendRepository.h"
#include "storage/MembershipRepository.h"

#include <QAbstractItemModelTester>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
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
        e.amountFen = 100;
    return e;
}

QList<qint64> addMembers(const QSqlDatabase &db, int count, int kocEvery = 0)
{
    QList<qint64> ids;
    QSqlQuery q(db);
    for (int i = 0; i < count; ++i) {
        q.prepare(QStringLiteral("INSERT INTO members (display_name, group_nickname, platform_id, is_koc, koc_since) "
                                 "VALUES (?, ?, ?, ?, CASE WHEN ? = 1 THEN '2026-01-01' END)"));
        q.addBindValue(QStringLiteral("成员%1").arg(i));
        q.addBindValue(QStringLiteral("杭州-花店-%1").arg(i));
        q.addBindValue(QStringLiteral("wxid_trend_%1").arg(i));
        q.addBindValue(kocEvery > 0 && i % kocEvery == 0 ? 1 : 0);
        q.addBindValue(kocEvery > 0 && i % kocEvery == 0 ? 1 : 0);
        if (!q.exec())
            qFatal("insert member failed");
        ids.append(q.lastInsertId().toLongLong());
    }
    return ids;
}

qint64 addGroup(GroupRepository &groups, const QString &name)
{
    Group g;
    g.name = name;
    g.createdOn = QDate(2026, 1, 1);
    qint64 id = 0;
    if (groups.create(g, &id))
        qFatal("create group failed");
    return id;
}

} // namespace

class TestGroupTrendRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("QUNDESK_ACTOR", "测试运营"); }

    void dailyCountsPerDay()
    {
        test::TempDatabase t;
        GroupRepository groups(t.connection());
        const qint64 mine = addGroup(groups, QStringLiteral("宠粉群1群"));
        const qint64 other = addGroup(groups, QStringLiteral("宠粉群2群"));
        const QList<qint64> m = addMembers(t.connection(), 6);
        MembershipRepository ms(t.connection());
        QVERIFY_OK(ms.join(m[0], mine, MembershipRole::Member, at(5, 0, 0, 0)));     // first second of from
        QVERIFY_OK(ms.join(m[1], mine, MembershipRole::Member, at(5, 23, 59, 59)));
        QVERIFY_OK(ms.join(m[2], mine, MembershipRole::Member, at(0, 23, 59, 59)));  // last second of to
        QVERIFY_OK(ms.join(m[3], mine, MembershipRole::Member, at(6, 23, 59, 59)));  // the day before: outside
        QVERIFY_OK(ms.leave(m[3], mine, LeaveReason::Kicked, at(2, 12)));
        QVERIFY_OK(ms.join(m[4], other, MembershipRole::Member, at(3, 12)));          // another group
        QVERIFY_OK(ms.leave(m[4], other, LeaveReason::Left, at(2, 13)));
        QVERIFY_OK(ms.join(m[5], mine, MembershipRole::Member, at(1, 9)));
        QVERIFY_OK(ms.leave(m[5], mine, LeaveReason::Left, at(-1, 9)));              // tomorrow: outside

        const QList<ActivityEvent> events = {
            makeEvent(mine, m[0], EventKind::Message, at(5, 0, 0, 0)),
            makeEvent(mine, m[0], EventKind::Reply, at(5, 8)),
            makeEvent(mine, m[1], EventKind::Message, at(0, 23, 59, 59)),
            makeEvent(mine, m[1], EventKind::Checkin, at(0, 10)),     // not a message
            makeEvent(mine, m[1], EventKind::Purchase, at(0, 11)),    // not a message
            makeEvent(mine, m[0], EventKind::Join, at(5, 0, 0, 0)),   // joins come from memberships
            makeEvent(mine, m[1], EventKind::Message, at(6, 23, 59, 59)),
            makeEvent(mine, m[1], EventKind::Message, at(-1, 0, 0, 0)),
            makeEvent(other, m[4], EventKind::Message, at(2, 12)),
        };
        QVERIFY_OK(EventRepository(t.connection()).insertMany(events));

        QList<GroupDay> days;
        QVERIFY_OK(GroupTrendRepository(t.connection()).daily(mine, Today.addDays(-5), Today, &days));
        QCOMPARE(days.size(), 6);
        for (int i = 0; i < days.size(); ++i)
            QCOMPARE(days.at(i).day, Today.addDays(i - 5));
        // 5 days ago: two joins, two messages; 2 days ago: the kick; 1 day ago: a join;
        // today: a join and a message. Every other day is zero.
        const struct { int joins, leaves; qint64 messages; } expected[] = {
            {2, 0, 2}, {0, 0, 0}, {0, 0, 0}, {0, 1, 0}, {1, 0, 0}, {1, 0, 1}};
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(days.at(i).joins, expected[i].joins);
            QCOMPARE(days.at(i).leaves, expected[i].leaves);
            QCOMPARE(days.at(i).messages, expected[i].messages);
        }

        // A single day is a range too; a reversed one is empty.
        QVERIFY_OK(GroupTrendRepository(t.connection()).daily(mine, Today, Today, &days));
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.at(0).messages, 1);
        QVERIFY_OK(GroupTrendRepository(t.connection()).daily(mine, Today, Today.addDays(-1), &days));
        QVERIFY(days.isEmpty());

        // A group without anything gets a row of zeros per day.
        const qint64 empty = addGroup(groups, QStringLiteral("宠粉群3群"));
        QVERIFY_OK(GroupTrendRepository(t.connection()).daily(empty, Today.addDays(-89), Today, &days));
        QCOMPARE(days.size(), 90);
        for (const GroupDay &d : days)
            QVERIFY(d.joins == 0 && d.leaves == 0 && d.messages == 0);
    }

    void dissolvingCountsAsLeaves()
    {
        test::TempDatabase t;
        GroupRepository groups(t.connection());
        const qint64 g = addGroup(groups, QStringLiteral("福利群1群"));
        const QList<qint64> m = addMembers(t.connection(), 3);
        MembershipRepository ms(t.connection());
        for (qint64 id : m)
            QVERIFY_OK(ms.join(id, g, MembershipRole::Member, at(3, 9)));
        int closed = 0;
        QVERIFY_OK(groups.dissolve(g, at(1, 18), &closed));
        QCOMPARE(closed, 3);
        QList<GroupDay> days;
        QVERIFY_OK(GroupTrendRepository(t.connection()).daily(g, Today.addDays(-3), Today, &days));
        QCOMPARE(days.at(0).joins, 3);
        QCOMPARE(days.at(2).leaves, 3);
    }

    // The single-group figures equal what GroupActivityRepository computes for all groups.
    void activityMatchesAllGroups()
    {
        test::TempDatabase t;
        GroupRepository groups(t.connection());
        const qint64 a = addGroup(groups, QStringLiteral("宠粉群1群"));
        const qint64 b = addGroup(groups, QStringLiteral("宠粉群2群"));
        const QList<qint64> m = addMembers(t.connection(), 4);
        MembershipRepository ms(t.connection());
        for (qint64 id : m)
            QVERIFY_OK(ms.join(id, a, MembershipRole::Member, at(40, 9)));
        QVERIFY_OK(ms.join(m[0], b, MembershipRole::Member, at(40, 9)));
        QList<ActivityEvent> events;
        for (int d = 0; d < 20; ++d) {
            events.append(makeEvent(a, m[d % 4], EventKind::Message, at(d, 10)));
            if (d % 3 == 0)
                events.append(makeEvent(a, m[(d + 1) % 4], EventKind::Game, at(d, 11)));
        }
        events.append(makeEvent(b, m[0], EventKind::Message, at(1, 10)));
        QVERIFY_OK(EventRepository(t.connection()).insertMany(events));

        QList<GroupActivity> all;
        QVERIFY_OK(GroupActivityRepository(t.connection()).activeGroups(Today, &all));
        GroupActivity one;
        QVERIFY_OK(GroupTrendRepository(t.connection()).activity(a, Today, &one));
        const GroupActivity &ref = all.at(0).groupId == a ? all.at(0) : all.at(1);
        QCOMPARE(one.groupId, a);
        QCOMPARE(one.members, ref.members);
        QCOMPARE(one.active7d, ref.active7d);
        QCOMPARE(one.messages7d, ref.messages7d);
        QCOMPARE(one.messagesPrev7d, ref.messagesPrev7d);
        QCOMPARE(one.days.size(), ref.days.size());
        for (int i = 0; i < one.days.size(); ++i) {
            QCOMPARE(one.days.at(i).messages, ref.days.at(i).messages);
            QCOMPARE(one.days.at(i).activeMembers, ref.days.at(i).activeMembers);
        }
        QCOMPARE(one.messages7d, 7);

        QVERIFY_OK(groups.archive(b));
        QVERIFY_OK(GroupTrendRepository(t.connection()).activity(b, Today, &one));
        QCOMPARE(one.status, GroupStatus::Archived);
        const DatabaseError missing = GroupTrendRepository(t.connection()).activity(9999, Today, &one);
        QCOMPARE(missing.kind, DatabaseError::Kind::NotFound);
    }

    // The demo writes join/leave events next to its memberships; the daily figures from
    // memberships must agree with them day for day, so charts and event-based reports match.
    void demoMembershipsAgreeWithJoinEvents()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        const QDate today(2026, 11, 23);
        const auto made = test::runCli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--members"),
                                        QStringLiteral("3000"), QStringLiteral("--today"),
                                        today.toString(Qt::ISODate), QStringLiteral("--quiet")});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        Database db;
        QVERIFY_OK(db.open(path));
        const QDate from = today.addDays(-89);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM chat_groups ORDER BY id")));
        QList<qint64> groups;
        while (q.next())
            groups.append(q.value(0).toLongLong());
        QVERIFY(groups.size() > 20);
        qint64 joins = 0, leaves = 0;
        for (qint64 g : std::as_const(groups)) {
            QList<GroupDay> days;
            QVERIFY_OK(GroupTrendRepository(db.connection()).daily(g, from, today, &days));
            QCOMPARE(days.size(), 90);
            QMap<QString, QPair<int, int>> events;
            QSqlQuery e(db.connection());
            e.prepare(QStringLiteral("SELECT substr(occurred_at, 1, 10), sum(kind = 'join'), sum(kind = 'leave') "
                                     "FROM events WHERE group_id = ? AND kind IN ('join', 'leave') GROUP BY 1"));
            e.addBindValue(g);
            QVERIFY(e.exec());
            while (e.next())
                events.insert(e.value(0).toString(), {e.value(1).toInt(), e.value(2).toInt()});
            for (const GroupDay &d : std::as_const(days)) {
                const auto counts = events.value(d.day.toString(Qt::ISODate));
                QCOMPARE(d.joins, counts.first);
                QCOMPARE(d.leaves, counts.second);
                joins += d.joins;
                leaves += d.leaves;
            }
        }
        QVERIFY(joins > 0 && leaves > 0);
    }

    void memberPagesAndModel()
    {
        test::TempDatabase t;
        GroupRepository groups(t.connection());
        const qint64 g = addGroup(groups, QStringLiteral("宠粉群1群"));
        const QList<qint64> m = addMembers(t.connection(), 450, 10);
        MembershipRepository ms(t.connection());
        for (int i = 0; i < m.size(); ++i)
            QVERIFY_OK(ms.join(m[i], g, i == 0 ? MembershipRole::Owner : MembershipRole::Member, at(30, 9)));
        QVERIFY_OK(ms.leave(m[449], g, LeaveReason::Left, at(1, 9)));

        GroupProfileRepository repo(t.connection());
        qint64 count = 0;
        QVERIFY_OK(repo.memberCount(g, {}, &count));
        QCOMPARE(count, 449);
        GroupMemberFilter koc;
        koc.kocOnly = true;
        QVERIFY_OK(repo.memberCount(g, koc, &count));
        QCOMPARE(count, 45);
        GroupMemberFilter owners;
        owners.role = MembershipRole::Owner;
        QList<GroupMemberRow> rows;
        QVERIFY_OK(repo.memberPage(g, owners, 0, 10, &rows));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).memberId, m[0]);
        GroupMemberFilter text;
        text.text = QStringLiteral("花店-44");      // nickname 杭州-花店-44 and 杭州-花店-440 ... 448
        QVERIFY_OK(repo.memberPage(g, text, 0, 50, &rows));
        QCOMPARE(rows.size(), 10);

        GroupMemberModel model;
        QAbstractItemModelTester tester(&model);
        model.setGroup(t.connection(), g);
        QCOMPARE(model.rowCount(), GroupMemberModel::PageSize);
        QCOMPARE(model.totalCount(), 449);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 449);
        QCOMPARE(model.index(0, GroupMemberModel::Role).data().toString(), QStringLiteral("Owner"));
        QCOMPARE(model.index(0, GroupMemberModel::Koc).data().toString(), QStringLiteral("KOC"));
        model.setFilter(koc);
        QCOMPARE(model.rowCount(), 45);
        QVERIFY(!model.canFetchMore({}));
        model.updateRole(model.row(1).membershipId, MembershipRole::ViceOwner);
        QCOMPARE(model.index(1, GroupMemberModel::Role).data(GroupMemberModel::RoleRole).toInt(),
                 int(MembershipRole::ViceOwner));

        int next = 0;
        QString last;
        QVERIFY_OK(repo.nextNumber(GroupPurpose::ShoppingGuide, &next, &last));
        QCOMPARE(next, 1);      // no group has a number yet
        QVERIFY(last.isEmpty());
        Group numbered;
        QVERIFY_OK(groups.get(g, &numbered));
        numbered.number = 7;
        QVERIFY_OK(groups.update(numbered));
        QVERIFY_OK(repo.nextNumber(GroupPurpose::ShoppingGuide, &next, &last));
        QCOMPARE(next, 8);
        QCOMPARE(last, QStringLiteral("宠粉群1群"));
    }
};

QTEST_GUILESS_MAIN(TestGroupTrendRepository)
#include "tst_group_trend_repository.moc"
