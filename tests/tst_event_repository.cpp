#include "MemberTestData.h"
#include "TestSupport.h"

#include "storage/EventRepository.h"
#include "storage/MemberRepository.h"
#include "storage/Query.h"

#include <QSqlQuery>
#include <QTest>

using namespace qundesk;

namespace {

ActivityEvent makeEvent(EventKind kind, qint64 member, qint64 group, const QDateTime &at, qint64 amountFen = 0)
{
    ActivityEvent e;
    e.kind = kind;
    e.memberId = member;
    e.groupId = group;
    e.occurredAt = at;
    e.amountFen = amountFen;
    return e;
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    return Query::scalar(db, sql).toLongLong();
}

} // namespace

class TestEventRepository : public QObject
{
    Q_OBJECT

private:
    QList<qint64> m_members;
    qint64 m_group = 0;

    void seed(const QSqlDatabase &db)
    {
        MemberRepository(db).createMany(test::sampleMembers(3), &m_members);
        QSqlQuery q(db);
        q.exec(QStringLiteral("INSERT INTO chat_groups (name) VALUES ('杭州宠粉福利群')"));
        m_group = q.lastInsertId().toLongLong();
    }

private slots:
    void initTestCase()
    {
        qputenv("QUNDESK_ACTOR", "测试运营"); // see tst_member_repository
    }

    void insertRoundTrip()
    {
        test::TempDatabase t;
        seed(t.connection());
        EventRepository events(t.connection());
        const QDateTime at(QDate(2024, 6, 18), QTime(20, 5, 0));
        qint64 id = 0;
        QVERIFY_OK(events.insert(makeEvent(EventKind::Purchase, m_members.at(0), m_group, at, 29900), &id));
        QVERIFY_OK(events.insert(makeEvent(EventKind::Message, m_members.at(0), m_group, at.addSecs(60), 500)));
        QList<ActivityEvent> list;
        QVERIFY_OK(events.listForMember(m_members.at(0), 0, 10, &list));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).id, id);
        QCOMPARE(list.at(1).kind, EventKind::Purchase);
        QCOMPARE(list.at(1).amountFen, 29900);
        QCOMPARE(list.at(1).occurredAt, at);
        QCOMPARE(list.at(1).groupId, m_group);
        // Only purchases carry an amount.
        QCOMPARE(list.at(0).kind, EventKind::Message);
        QCOMPARE(count(t.connection(), QStringLiteral("SELECT count(*) FROM events WHERE amount_fen IS NULL")), 1);

        ActivityEvent noTime = makeEvent(EventKind::Join, m_members.at(1), m_group, QDateTime());
        QCOMPARE(events.insert(noTime).kind, DatabaseError::Kind::Constraint);
        QCOMPARE(events.insert(makeEvent(EventKind::Purchase, m_members.at(1), m_group, at, -1)).kind,
                 DatabaseError::Kind::Constraint);
        QCOMPARE(events.insert(makeEvent(EventKind::Reply, 987654, m_group, at)).kind, DatabaseError::Kind::Constraint);
    }

    void insertManyIsOneTransaction()
    {
        test::TempDatabase t;
        seed(t.connection());
        EventRepository events(t.connection());
        const QDateTime start(QDate(2024, 6, 1), QTime(9, 0, 0));
        QList<ActivityEvent> batch;
        for (int i = 0; i < 500; ++i)
            batch.append(makeEvent(EventKind::Message, m_members.at(i % 3), m_group, start.addSecs(i * 90)));
        batch.append(makeEvent(EventKind::Share, 555555, m_group, start)); // no such member
        QCOMPARE(events.insertMany(batch).kind, DatabaseError::Kind::Constraint);
        QCOMPARE(count(t.connection(), QStringLiteral("SELECT count(*) FROM events")), 0);
        batch.removeLast();
        QVERIFY_OK(events.insertMany(batch));
        QCOMPARE(count(t.connection(), QStringLiteral("SELECT count(*) FROM events")), 500);
    }

    void countByKindHalfOpen()
    {
        test::TempDatabase t;
        seed(t.connection());
        EventRepository events(t.connection());
        const QDate day(2024, 6, 18);
        QList<ActivityEvent> batch = {
            makeEvent(EventKind::Join, m_members.at(0), m_group, QDateTime(day, QTime(0, 0, 0))),
            makeEvent(EventKind::Message, m_members.at(0), m_group, QDateTime(day, QTime(9, 0, 0))),
            makeEvent(EventKind::Message, m_members.at(1), m_group, QDateTime(day, QTime(13, 0, 0))),
            makeEvent(EventKind::Checkin, m_members.at(1), m_group, QDateTime(day, QTime(23, 59, 59))),
            makeEvent(EventKind::Purchase, m_members.at(2), m_group, QDateTime(day, QTime(20, 0, 0)), 9800),
            makeEvent(EventKind::Message, m_members.at(2), m_group, QDateTime(day.addDays(1), QTime(0, 0, 0))),
            makeEvent(EventKind::Message, m_members.at(2), m_group, QDateTime(day.addDays(-1), QTime(23, 0, 0))),
        };
        QVERIFY_OK(events.insertMany(batch));
        QMap<EventKind, qint64> counts;
        QVERIFY_OK(events.countByKind(day.startOfDay(), day.addDays(1).startOfDay(), &counts));
        QMap<EventKind, qint64> expected{{EventKind::Join, 1}, {EventKind::Message, 2}, {EventKind::Checkin, 1},
                                         {EventKind::Purchase, 1}};
        QCOMPARE(counts, expected);
        QVERIFY_OK(events.countByKind(day.addDays(5).startOfDay(), day.addDays(6).startOfDay(), &counts));
        QVERIFY(counts.isEmpty());
    }

    void listForMemberPagesWithTies()
    {
        test::TempDatabase t;
        seed(t.connection());
        EventRepository events(t.connection());
        const QDateTime at(QDate(2024, 6, 18), QTime(10, 0, 0));
        QList<ActivityEvent> batch;
        for (int i = 0; i < 17; ++i) // pairs of events at the same second
            batch.append(makeEvent(i % 2 ? EventKind::Reply : EventKind::Message, m_members.at(0), m_group, at.addSecs(i / 2)));
        batch.append(makeEvent(EventKind::Message, m_members.at(1), m_group, at));
        QVERIFY_OK(events.insertMany(batch));
        const QList<qint64> expected = [&] {
            QList<qint64> ids;
            QSqlQuery q(t.connection());
            q.exec(QStringLiteral("SELECT id FROM events WHERE member_id = %1 ORDER BY occurred_at DESC, id DESC").arg(m_members.at(0)));
            while (q.next())
                ids.append(q.value(0).toLongLong());
            return ids;
        }();
        QCOMPARE(expected.size(), 17);
        QList<qint64> got;
        qint64 before = 0;
        for (int guard = 0; guard < 20; ++guard) {
            QList<ActivityEvent> page;
            QVERIFY_OK(events.listForMember(m_members.at(0), before, 4, &page));
            for (const ActivityEvent &e : page)
                got.append(e.id);
            if (page.size() < 4)
                break;
            before = page.last().id;
        }
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestEventRepository)
#include "tst_event_repository.moc"
