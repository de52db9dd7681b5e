#include "TestSupport.h"

#include "io/DemoGenerator.h"
#include "storage/ActivityRollups.h"
#include "storage/GroupRepository.h"
#include "storage/MembershipRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace qundesk;

// The rollups of migration 4 must always equal what they summarise: after inserts, deletes,
// leaves, out-of-order events, cascades and the demo's bulk load.
class TestActivityRollups : public QObject
{
    Q_OBJECT

    static qint64 member(QSqlQuery &q, const QString &platformId)
    {
        q.prepare(QStringLiteral("INSERT INTO members (display_name, platform_id) VALUES ('成员', ?)"));
        q.addBindValue(platformId);
        if (!q.exec())
            qFatal("member insert failed");
        return q.lastInsertId().toLongLong();
    }

    static void event(QSqlQuery &q, const QString &at, const QString &kind, qint64 memberId, qint64 groupId,
                      qint64 amountFen = -1)
    {
        q.prepare(QStringLiteral("INSERT INTO events (occurred_at, kind, member_id, group_id, amount_fen) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(at);
        q.addBindValue(kind);
        q.addBindValue(memberId);
        q.addBindValue(groupId);
        q.addBindValue(amountFen < 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(amountFen));
        if (!q.exec())
            qFatal("event insert failed: %s", qPrintable(q.lastError().text()));
    }

    static QString day(QSqlQuery &q, qint64 groupId, const QString &d)
    {
        q.prepare(QStringLiteral("SELECT messages || '/' || active_members || '/' || joins || '/' || leaves || '/' || gmv_fen "
                                 "FROM group_days WHERE group_id = ? AND day = ?"));
        q.addBindValue(groupId);
        q.addBindValue(d);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("none");
    }

    static QVariant scalar(QSqlQuery &q, const QString &sql)
    {
        if (!q.exec(sql) || !q.next())
            qFatal("query failed: %s", qPrintable(sql));
        return q.value(0);
    }

private slots:
    void initTestCase() { qputenv("QUNDESK_ACTOR", "测试运营"); }

    void keptByTriggers()
    {
        test::TempDatabase t;
        GroupRepository groups(t.connection());
        MembershipRepository memberships(t.connection());
        Group g;
        g.name = QStringLiteral("宠粉群1");
        qint64 group = 0;
        QVERIFY_OK(groups.create(g, &group));
        QSqlQuery q(t.connection());
        const qint64 a = member(q, QStringLiteral("wxid_a"));
        const qint64 b = member(q, QStringLiteral("wxid_b"));
        qint64 ma = 0;
        QVERIFY_OK(memberships.join(a, group, MembershipRole::Member, QDateTime(QDate(2026, 11, 1), QTime(9, 0)), &ma));
        QVERIFY_OK(memberships.join(b, group, MembershipRole::Member, QDateTime(QDate(2026, 11, 1), QTime(9, 0))));
        QCOMPARE(scalar(q, QStringLiteral("SELECT member_count FROM chat_groups")).toInt(), 2);

        event(q, QStringLiteral("2026-11-20 09:00:00"), QStringLiteral("message"), a, group);
        event(q, QStringLiteral("2026-11-20 10:00:00"), QStringLiteral("reply"), a, group);    // same member, same day
        event(q, QStringLiteral("2026-11-20 11:00:00"), QStringLiteral("purchase"), b, group, 9900);
        event(q, QStringLiteral("2026-11-20 12:00:00"), QStringLiteral("join"), b, group);
        // messages / active members / joins / leaves / GMV in fen. Joins and leaves come from the
        // memberships (both joined on 11-01), not from join/leave events.
        QCOMPARE(day(q, group, QStringLiteral("2026-11-20")), QStringLiteral("2/2/0/0/9900"));
        QCOMPARE(day(q, group, QStringLiteral("2026-11-01")), QStringLiteral("0/0/2/0/0"));
        // An earlier event arriving later (an import) counts its member once for that day.
        event(q, QStringLiteral("2026-11-19 23:59:59"), QStringLiteral("message"), b, group);
        event(q, QStringLiteral("2026-11-19 08:00:00"), QStringLiteral("checkin"), b, group);
        QCOMPARE(day(q, group, QStringLiteral("2026-11-19")), QStringLiteral("1/1/0/0/0"));
        QCOMPARE(scalar(q, QStringLiteral("SELECT last_active_at FROM memberships WHERE member_id = %1").arg(b)).toString(),
                 QStringLiteral("2026-11-20 11:00:00"));

        // Deleting one of two same-day events keeps the member active that day; the last one not.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM events WHERE kind = 'reply'")));
        QCOMPARE(day(q, group, QStringLiteral("2026-11-20")), QStringLiteral("1/2/0/0/9900"));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM events WHERE kind = 'purchase'")));
        QCOMPARE(day(q, group, QStringLiteral("2026-11-20")), QStringLiteral("1/1/0/0/0"));
        // b's latest activity falls back to the day before.
        QCOMPARE(scalar(q, QStringLiteral("SELECT last_active_at FROM memberships WHERE member_id = %1").arg(b)).toString(),
                 QStringLiteral("2026-11-19 23:59:59"));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM events WHERE occurred_at LIKE '2026-11-19%'")));
        QCOMPARE(day(q, group, QStringLiteral("2026-11-19")), QStringLiteral("none")); // empty days vanish

        // Leaving lowers the count; events are not edited in place.
        QVERIFY_OK(memberships.leave(ma, LeaveReason::Left, QDateTime(QDate(2026, 11, 21), QTime(8, 0))));
        QCOMPARE(scalar(q, QStringLiteral("SELECT member_count FROM chat_groups")).toInt(), 1);
        QCOMPARE(day(q, group, QStringLiteral("2026-11-21")), QStringLiteral("0/0/0/1/0"));
        // A membership recorded by hand, without any event, still counts as a join and a leave.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO memberships (member_id, group_id, joined_at, left_at, leave_reason) "
                                      "VALUES (%1, %2, '2026-11-21 09:00:00', '2026-11-22 10:00:00', 'kicked')")
                           .arg(a).arg(group)));
        QCOMPARE(day(q, group, QStringLiteral("2026-11-21")), QStringLiteral("0/0/1/1/0"));
        QCOMPARE(day(q, group, QStringLiteral("2026-11-22")), QStringLiteral("0/0/0/1/0"));
        QVERIFY(q.exec(QStringLiteral("UPDATE memberships SET left_at = NULL, leave_reason = NULL "
                                      "WHERE left_at = '2026-11-22 10:00:00'")));
        QCOMPARE(day(q, group, QStringLiteral("2026-11-22")), QStringLiteral("none")); // reopened: the leave is gone
        QCOMPARE(scalar(q, QStringLiteral("SELECT member_count FROM chat_groups")).toInt(), 2);
        QVERIFY(!q.exec(QStringLiteral("UPDATE events SET kind = 'post'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("not edited in place")));

        QStringList problems;
        QVERIFY_OK(ActivityRollups(t.connection()).check(&problems));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // A drifted rollup is found and named, and rebuild() repairs it.
        QVERIFY(q.exec(QStringLiteral("UPDATE group_days SET messages = messages + 5 WHERE day = '2026-11-20'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE chat_groups SET member_count = 7")));
        QVERIFY_OK(ActivityRollups(t.connection()).check(&problems));
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).contains(QStringLiteral("group %1").arg(group)), qPrintable(problems.at(0)));
        QVERIFY_OK(ActivityRollups(t.connection()).rebuild());
        QVERIFY_OK(ActivityRollups(t.connection()).check(&problems));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // Removing a member cascades to their events and memberships; the rollups follow.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM members WHERE id = %1").arg(a)));
        QVERIFY_OK(ActivityRollups(t.connection()).check(&problems));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The demo's bulk load drops the triggers and rebuilds once: the result must be the same.
    void demoLoadIsConsistent()
    {
        test::TempDatabase t;
        DemoOptions options;
        options.members = 600;
        options.seed = 11;
        options.today = QDate(2026, 11, 23);
        QVERIFY_OK(DemoGenerator::generate(*t.db, options));
        QSqlQuery q(t.connection());
        QVERIFY(scalar(q, QStringLiteral("SELECT count(*) FROM group_days")).toInt() > 100);
        QCOMPARE(scalar(q, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                          "('events_rollup_insert', 'events_rollup_delete', 'memberships_count_insert', "
                                          "'memberships_count_delete', 'memberships_count_update', 'memberships_active_insert', "
                                          "'memberships_days_insert', 'memberships_days_delete', 'memberships_days_update', "
                                          "'members_active_insert', 'members_active_delete')"))
                     .toInt(),
                 11);
        QStringList problems;
        QVERIFY_OK(ActivityRollups(t.connection()).check(&problems));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // members.last_active_at (migration 5): any event but a join or leave, in any group or none.
    void memberLastActivity()
    {
        test::TempDatabase t;
        QSqlQuery q(t.connection());
        const qint64 a = member(q, QStringLiteral("wxid_a"));
        const qint64 b = member(q, QStringLiteral("wxid_b"));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO chat_groups (name) VALUES ('杭州一群')")));
        const qint64 group = q.lastInsertId().toLongLong();
        event(q, QStringLiteral("2026-11-20 10:00:00"), QStringLiteral("message"), a, group);
        event(q, QStringLiteral("2026-11-18 10:00:00"), QStringLiteral("checkin"), a, group); // older: no change
        // Joins are not activity (recorded without a group here: a join event in a group also
        // needs its membership for group_days to agree).
        QVERIFY(q.exec(QStringLiteral("INSERT INTO events (occurred_at, kind, member_id) VALUES "
                                      "('2026-11-22 10:00:00', 'join', %1), ('2026-11-21 09:00:00', 'join', %2)").arg(a).arg(b)));
        const auto lastActive = [&](qint64 id) {
            return scalar(q, QStringLiteral("SELECT coalesce(last_active_at, '-') FROM members WHERE id = %1").arg(id)).toString();
        };
        QCOMPARE(lastActive(a), QStringLiteral("2026-11-20 10:00:00"));
        QCOMPARE(lastActive(b), QStringLiteral("-"));
        // Deleting the latest activity falls back to the one before.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM events WHERE occurred_at = '2026-11-20 10:00:00'")));
        QCOMPARE(lastActive(a), QStringLiteral("2026-11-18 10:00:00"));
        QStringList problems;
        QVERIFY_OK(ActivityRollups(t.connection()).check(&problems));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // Drift is named and repaired.
        QVERIFY(q.exec(QStringLiteral("UPDATE members SET last_active_at = '2020-01-01 00:00:00' WHERE id = %1").arg(b)));
        QVERIFY_OK(ActivityRollups(t.connection()).check(&problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("member %1").arg(b)), qPrintable(problems.first()));
        QVERIFY_OK(ActivityRollups(t.connection()).rebuild());
        QVERIFY_OK(ActivityRollups(t.connection()).check(&problems));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(lastActive(a), QStringLiteral("2026-11-18 10:00:00"));
        QCOMPARE(lastActive(b), QStringLiteral("-"));
    }
};

QTEST_GUILESS_MAIN(TestActivityRollups)
#include "tst_activity_rollups.moc"
