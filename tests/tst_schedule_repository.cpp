#include "CalendarTestData.h"
#include "TestSupport.h"

#include "storage/AuditRepository.h"
#include "storage/ContentRepository.h"
#include "storage/ScheduleRepository.h"

#include <QJsonArray>
#include <QTest>

using namespace qundesk;
using K = DatabaseError::Kind;

namespace {

QDateTime at(int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(2026, m, d), QTime(h, min));
}

ScheduleEntry titled(qint64 group, const QDateTime &when, const QString &title)
{
    ScheduleEntry e;
    e.groupId = group;
    e.scheduledAt = when;
    e.title = title;
    return e;
}

QStringList titles(const QList<ScheduleRow> &rows)
{
    QStringList out;
    for (const ScheduleRow &r : rows)
        out << r.displayTitle();
    return out;
}

} // namespace

class TestScheduleRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestActor(); }

    void createValidates()
    {
        test::TempDatabase t;
        ScheduleRepository repo(t.connection());
        const qint64 group = test::insertGroup(t.connection(), QStringLiteral("宠粉福利1群"));

        const DatabaseError noGroup = repo.create(titled(999, at(11, 23, 9), QStringLiteral("早安问候")));
        QCOMPARE(noGroup.kind, K::NotFound);
        QVERIFY(noGroup.message.contains(QStringLiteral("999")));

        const DatabaseError noTitle = repo.create(titled(group, at(11, 23, 9), QStringLiteral("  ")));
        QCOMPARE(noTitle.kind, K::Constraint);
        QVERIFY2(noTitle.message.contains(QStringLiteral("宠粉福利1群")), qPrintable(noTitle.message));

        ScheduleEntry missingContent = titled(group, at(11, 23, 9), QString());
        missingContent.contentItemId = 31337;
        QCOMPARE(repo.create(missingContent).kind, K::NotFound);

        QCOMPARE(repo.create(titled(group, QDateTime(), QStringLiteral("没有时间"))).kind, K::Constraint);
        QCOMPARE(test::countRows(t.connection(), QStringLiteral("schedule_entries")), 0);
    }

    void createRoundTripWithContentAndOperator()
    {
        test::TempDatabase t;
        const qint64 op = test::insertOperator(t.connection(), QStringLiteral("王小美"));
        const qint64 group
            = test::insertGroup(t.connection(), QStringLiteral("导购3群"), QStringLiteral("shopping_guide"), op);
        ContentRepository content(t.connection());
        ContentColumn column;
        column.name = QStringLiteral("每周干货");
        qint64 columnId = 0;
        QVERIFY_OK(content.createColumn(column, &columnId));
        ContentItem item;
        item.title = QStringLiteral("敏感肌怎么选面霜");
        item.kind = ContentKind::Knowledge;
        item.columnId = columnId;
        qint64 itemId = 0;
        QVERIFY_OK(content.createItem(item, &itemId));

        ScheduleRepository repo(t.connection());
        ScheduleEntry e;
        e.groupId = group;
        e.contentItemId = itemId;
        e.scheduledAt = at(11, 24, 10);
        qint64 id = 0;
        QVERIFY_OK(repo.create(e, &id));

        ScheduleEntry read;
        QVERIFY_OK(repo.entry(id, &read));
        QCOMPARE(read.groupId, group);
        QCOMPARE(read.contentItemId, itemId);
        QCOMPARE(read.scheduledAt, at(11, 24, 10));
        QCOMPARE(read.status, ScheduleStatus::Planned);
        QCOMPARE(read.operatorId, op); // the group's operator by default
        QVERIFY(!read.doneAt.isValid());

        QList<ScheduleRow> rows;
        QVERIFY_OK(repo.list(QDate(2026, 11, 23), QDate(2026, 11, 29), {}, &rows));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).groupName, QStringLiteral("导购3群"));
        QCOMPARE(rows.at(0).contentTitle, QStringLiteral("敏感肌怎么选面霜"));
        QCOMPARE(rows.at(0).displayTitle(), QStringLiteral("敏感肌怎么选面霜"));
        QCOMPARE(rows.at(0).kind, ContentKind::Knowledge);
        QCOMPARE(rows.at(0).columnId, columnId);
        QCOMPARE(rows.at(0).columnName, QStringLiteral("每周干货"));
        QCOMPARE(rows.at(0).slotLabel, QStringLiteral("上午干货"));

        // The content item cannot disappear from under a title-less entry.
        const DatabaseError inUse = content.removeItem(itemId);
        QCOMPARE(inUse.kind, K::Constraint);
        QVERIFY2(inUse.message.contains(QStringLiteral("敏感肌怎么选面霜")), qPrintable(inUse.message));

        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(t.connection()).list(QStringLiteral("schedule_entry"), id, 10, &audit));
        QCOMPARE(audit.size(), 1);
    }

    void listRangeBoundariesAndOrder()
    {
        test::TempDatabase t;
        ScheduleRepository repo(t.connection());
        const qint64 b = test::insertGroup(t.connection(), QStringLiteral("B 福利群"));
        const qint64 a = test::insertGroup(t.connection(), QStringLiteral("A 福利群"));
        QVERIFY_OK(repo.create(titled(a, QDateTime(QDate(2026, 11, 22), QTime(23, 59, 59)), QStringLiteral("上周日"))));
        QVERIFY_OK(repo.create(titled(b, at(11, 23, 0), QStringLiteral("周一零点"))));
        QVERIFY_OK(repo.create(titled(b, at(11, 25, 20), QStringLiteral("B 周三"))));
        QVERIFY_OK(repo.create(titled(a, at(11, 25, 20), QStringLiteral("A 周三"))));
        QVERIFY_OK(
            repo.create(titled(a, QDateTime(QDate(2026, 11, 29), QTime(23, 59, 59)), QStringLiteral("周日深夜"))));
        QVERIFY_OK(repo.create(titled(a, at(11, 30, 0), QStringLiteral("下周一"))));

        QList<ScheduleRow> rows;
        QVERIFY_OK(repo.list(QDate(2026, 11, 23), QDate(2026, 11, 29), {}, &rows));
        QCOMPARE(titles(rows),
            (QStringList { QStringLiteral("周一零点"), QStringLiteral("A 周三"), QStringLiteral("B 周三"),
                QStringLiteral("周日深夜") }));
        // One day.
        QVERIFY_OK(repo.list(QDate(2026, 11, 30), QDate(2026, 11, 30), {}, &rows));
        QCOMPARE(titles(rows), QStringList { QStringLiteral("下周一") });
        // An inverted range is empty, not an error.
        QVERIFY_OK(repo.list(QDate(2026, 11, 29), QDate(2026, 11, 23), {}, &rows));
        QVERIFY(rows.isEmpty());
    }

    void listFilters()
    {
        test::TempDatabase t;
        const qint64 li = test::insertOperator(t.connection(), QStringLiteral("李运营"));
        const qint64 zhao = test::insertOperator(t.connection(), QStringLiteral("赵运营"));
        const qint64 g1 = test::insertGroup(t.connection(), QStringLiteral("实体店主群"), QStringLiteral("master"), li);
        const qint64 g2 = test::insertGroup(t.connection(), QStringLiteral("微商分群"), QStringLiteral("sub"), zhao);
        ScheduleRepository repo(t.connection());
        qint64 done = 0;
        QVERIFY_OK(repo.create(titled(g1, at(11, 23, 9), QStringLiteral("早安")), &done));
        QVERIFY_OK(repo.create(titled(g1, at(11, 24, 9), QStringLiteral("早安2"))));
        QVERIFY_OK(repo.create(titled(g2, at(11, 24, 20), QStringLiteral("晚间主推"))));
        QVERIFY_OK(repo.markDone(done, at(11, 23, 9, 5)));

        const QDate from(2026, 11, 23);
        const QDate to(2026, 11, 29);
        QList<ScheduleRow> rows;
        ScheduleFilter f;
        f.groupId = g2;
        QVERIFY_OK(repo.list(from, to, f, &rows));
        QCOMPARE(titles(rows), QStringList { QStringLiteral("晚间主推") });
        f = {};
        f.operatorId = li;
        QVERIFY_OK(repo.list(from, to, f, &rows));
        QCOMPARE(rows.size(), 2);
        f.status = ScheduleStatus::Done;
        QVERIFY_OK(repo.list(from, to, f, &rows));
        QCOMPARE(titles(rows), QStringList { QStringLiteral("早安") });
        f = {};
        f.status = ScheduleStatus::Planned;
        QVERIFY_OK(repo.list(from, to, f, &rows));
        QCOMPARE(rows.size(), 2);
    }

    void statusChangesAndReschedule()
    {
        test::TempDatabase t;
        ScheduleRepository repo(t.connection());
        const qint64 g = test::insertGroup(t.connection(), QStringLiteral("售后群"), QStringLiteral("after_sales"));
        qint64 id = 0;
        QVERIFY_OK(repo.create(titled(g, at(11, 26, 16), QStringLiteral("下午茶福利")), &id));

        const QDateTime when = at(11, 26, 16, 7);
        QVERIFY_OK(repo.markDone(id, when));
        ScheduleEntry e;
        QVERIFY_OK(repo.entry(id, &e));
        QCOMPARE(e.status, ScheduleStatus::Done);
        QCOMPARE(e.doneAt, when);

        QVERIFY_OK(repo.setStatus(id, ScheduleStatus::Skipped));
        QVERIFY_OK(repo.entry(id, &e));
        QCOMPARE(e.status, ScheduleStatus::Skipped);
        QVERIFY(!e.doneAt.isValid());

        QVERIFY_OK(repo.setStatus(id, ScheduleStatus::Done)); // now
        QVERIFY_OK(repo.entry(id, &e));
        QVERIFY(e.doneAt.isValid());

        QVERIFY_OK(repo.reschedule(id, at(12, 1, 14)));
        QVERIFY_OK(repo.entry(id, &e));
        QCOMPARE(e.scheduledAt, at(12, 1, 14));
        QCOMPARE(repo.reschedule(id, QDateTime()).kind, K::Constraint);

        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(t.connection()).list(QStringLiteral("schedule_entry"), id, 10, &audit));
        QCOMPARE(audit.size(), 5);
        QCOMPARE(audit.at(0).action, QStringLiteral("reschedule"));
        QCOMPARE(
            audit.at(0).before.value(QStringLiteral("scheduled_at")).toString(), at(11, 26, 16).toString(Qt::ISODate));

        QCOMPARE(repo.markDone(4242, when).kind, K::NotFound);
        QCOMPARE(repo.reschedule(4242, when).kind, K::NotFound);
        QVERIFY_OK(repo.remove(id));
        QCOMPARE(repo.entry(id, &e).kind, K::NotFound);
        QCOMPARE(repo.remove(id).kind, K::NotFound);
    }

    void countsPerGroupPerDay()
    {
        test::TempDatabase t;
        ScheduleRepository repo(t.connection());
        const qint64 g1 = test::insertGroup(t.connection(), QStringLiteral("总群"), QStringLiteral("master"));
        const qint64 g2 = test::insertGroup(t.connection(), QStringLiteral("分群1"), QStringLiteral("sub"));
        qint64 cancelled = 0;
        qint64 skipped = 0;
        QVERIFY_OK(repo.create(titled(g1, at(11, 23, 9), QStringLiteral("1"))));
        QVERIFY_OK(repo.create(titled(g1, at(11, 23, 13), QStringLiteral("2"))));
        QVERIFY_OK(repo.create(titled(g1, at(11, 23, 20), QStringLiteral("3")), &cancelled));
        QVERIFY_OK(repo.create(titled(g1, at(11, 24, 9), QStringLiteral("4")), &skipped));
        QVERIFY_OK(repo.create(titled(g2, at(11, 24, 9), QStringLiteral("5"))));
        QVERIFY_OK(repo.create(titled(g2, at(11, 30, 9), QStringLiteral("outside"))));
        QVERIFY_OK(repo.setStatus(cancelled, ScheduleStatus::Cancelled));
        QVERIFY_OK(repo.setStatus(skipped, ScheduleStatus::Skipped));

        QList<GroupDayCount> counts;
        QVERIFY_OK(repo.countPerGroupPerDay(QDate(2026, 11, 23), QDate(2026, 11, 29), &counts));
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.at(0).groupId, g1);
        QCOMPARE(counts.at(0).day, QDate(2026, 11, 23));
        QCOMPARE(counts.at(0).count, 2);
        QCOMPARE(counts.at(1).groupId, g2);
        QCOMPARE(counts.at(1).day, QDate(2026, 11, 24));
        QCOMPARE(counts.at(1).count, 1);
    }

    void groupChoicesSkipDissolved()
    {
        test::TempDatabase t;
        test::insertGroup(t.connection(), QStringLiteral("宠粉2群"));
        const qint64 gone = test::insertGroup(t.connection(), QStringLiteral("僵尸群"));
        test::insertGroup(t.connection(), QStringLiteral("宠粉1群"));
        Query q(t.connection(), QStringLiteral("UPDATE chat_groups SET status = 'dissolved' WHERE id = :id"));
        q.bind(QStringLiteral(":id"), gone);
        QVERIFY_OK(q.exec(QStringLiteral("dissolve")));
        QList<GroupChoice> groups;
        QVERIFY_OK(ScheduleRepository(t.connection()).listGroupChoices(&groups));
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).name, QStringLiteral("宠粉1群"));
        QCOMPARE(groups.at(1).purpose, QStringLiteral("perks"));
    }

    void chipsAggregateIdenticalPosts()
    {
        test::TempDatabase t;
        ScheduleRepository repo(t.connection());
        const qint64 a = test::insertGroup(t.connection(), QStringLiteral("宠粉福利1群"));
        const qint64 b = test::insertGroup(t.connection(), QStringLiteral("宠粉福利2群"));
        const qint64 c = test::insertGroup(t.connection(), QStringLiteral("导购群"), QStringLiteral("shopping_guide"));
        ContentRepository content(t.connection());
        ContentColumn column;
        column.name = QStringLiteral("福利与秒杀");
        column.color = QStringLiteral("#aa3300");
        qint64 columnId = 0;
        QVERIFY_OK(content.createColumn(column, &columnId));
        ContentItem sale;
        sale.title = QStringLiteral("爆款面霜秒杀");
        sale.kind = ContentKind::FlashSale;
        sale.columnId = columnId;
        qint64 saleId = 0;
        QVERIFY_OK(content.createItem(sale, &saleId));

        // The same post to three groups at 20:00 is one chip; a different title at the same time
        // is another; the same title an hour later another again.
        for (qint64 g : { a, b, c }) {
            ScheduleEntry e;
            e.groupId = g;
            e.contentItemId = saleId;
            e.scheduledAt = at(11, 25, 20);
            QVERIFY_OK(repo.create(e));
        }
        QVERIFY_OK(repo.create(titled(a, at(11, 25, 20), QStringLiteral("晚间话题"))));
        QVERIFY_OK(repo.create(titled(b, at(11, 25, 21), QStringLiteral("晚间话题"))));
        QVERIFY_OK(repo.create(titled(c, at(11, 30, 9), QStringLiteral("下周的"))));

        QList<CalendarChip> chips;
        QVERIFY_OK(repo.listChips(QDate(2026, 11, 23), QDate(2026, 11, 29), {}, &chips));
        QCOMPARE(chips.size(), 3);
        const CalendarChip &big = chips.at(0);
        QCOMPARE(big.title, QStringLiteral("爆款面霜秒杀"));
        QCOMPARE(big.day, QDate(2026, 11, 25));
        QCOMPARE(big.time, QTime(20, 0));
        QCOMPARE(big.entryCount, 3);
        QCOMPARE(big.groupCount, 3);
        QCOMPARE(big.entryIds.size(), 3);
        QCOMPARE(big.kind, ContentKind::FlashSale);
        QCOMPARE(big.columnName, QStringLiteral("福利与秒杀"));
        QCOMPARE(big.color(), QStringLiteral("#aa3300")); // the column's colour wins
        QCOMPARE(big.slotLabel, QStringLiteral("晚间主推"));
        QCOMPARE(chips.at(1).title, QStringLiteral("晚间话题"));
        QCOMPARE(chips.at(1).groupCount, 1);
        QCOMPARE(chips.at(1).groupName, QStringLiteral("宠粉福利1群"));
        QVERIFY(!chips.at(1).kind);
        QCOMPARE(chips.at(1).color(), QStringLiteral("#8c8c8c"));
        QCOMPARE(chips.at(2).time, QTime(21, 0));
        QVERIFY(chips.at(2).slotLabel.isEmpty());

        QStringList names;
        int total = 0;
        QVERIFY_OK(repo.groupNamesOf(big.entryIds, 2, &names, &total));
        QCOMPARE(names, (QStringList { QStringLiteral("宠粉福利1群"), QStringLiteral("宠粉福利2群") }));
        QCOMPARE(total, 3);

        // Marking one done keeps the chip whole and counts it.
        QVERIFY_OK(repo.markDone(big.entryIds.first(), at(11, 25, 20, 3)));
        QVERIFY_OK(repo.listChips(QDate(2026, 11, 23), QDate(2026, 11, 29), {}, &chips));
        QCOMPARE(chips.at(0).entryCount, 3);
        QCOMPARE(chips.at(0).doneCount, 1);

        // Filters apply to chips as to the list.
        ScheduleFilter byColumn;
        byColumn.columnId = columnId;
        QVERIFY_OK(repo.listChips(QDate(2026, 11, 23), QDate(2026, 11, 29), byColumn, &chips));
        QCOMPARE(chips.size(), 1);
        ScheduleFilter byGroup;
        byGroup.groupId = c;
        QVERIFY_OK(repo.listChips(QDate(2026, 11, 23), QDate(2026, 11, 29), byGroup, &chips));
        QCOMPARE(chips.size(), 1);
        QCOMPARE(chips.at(0).groupName, QStringLiteral("导购群"));
    }

    void tierAndTeamFilters()
    {
        test::TempDatabase t;
        ScheduleRepository repo(t.connection());
        const qint64 a = test::insertGroup(t.connection(), QStringLiteral("一级群"));
        const qint64 b = test::insertGroup(t.connection(), QStringLiteral("二级群"));
        {
            Query q(t.connection(), QStringLiteral("INSERT INTO tiers (name, rank) VALUES ('百万级', 1)"));
            QVERIFY_OK(q.exec(QStringLiteral("tier")));
            const qint64 tier = q.lastInsertId();
            Query q2(t.connection(), QStringLiteral("INSERT INTO teams (name) VALUES ('华东一队')"));
            QVERIFY_OK(q2.exec(QStringLiteral("team")));
            const qint64 team = q2.lastInsertId();
            Query u(t.connection(), QStringLiteral("UPDATE chat_groups SET tier_id = :tier WHERE id = :a"));
            u.bind(QStringLiteral(":tier"), tier).bind(QStringLiteral(":a"), a);
            QVERIFY_OK(u.exec(QStringLiteral("set tier")));
            Query u2(t.connection(), QStringLiteral("UPDATE chat_groups SET team_id = :team WHERE id = :b"));
            u2.bind(QStringLiteral(":team"), team).bind(QStringLiteral(":b"), b);
            QVERIFY_OK(u2.exec(QStringLiteral("set team")));
            QVERIFY_OK(repo.create(titled(a, at(11, 24, 9), QStringLiteral("给一级群"))));
            QVERIFY_OK(repo.create(titled(b, at(11, 24, 9), QStringLiteral("给二级群"))));
            ScheduleFilter f;
            f.tierId = tier;
            QList<ScheduleRow> rows;
            QVERIFY_OK(repo.list(QDate(2026, 11, 23), QDate(2026, 11, 29), f, &rows));
            QCOMPARE(titles(rows), QStringList { QStringLiteral("给一级群") });
            f = {};
            f.teamId = team;
            QVERIFY_OK(repo.list(QDate(2026, 11, 23), QDate(2026, 11, 29), f, &rows));
            QCOMPARE(titles(rows), QStringList { QStringLiteral("给二级群") });
            f.tierId = tier; // both: nothing
            QVERIFY_OK(repo.list(QDate(2026, 11, 23), QDate(2026, 11, 29), f, &rows));
            QVERIFY(rows.isEmpty());
        }
    }

    void countPerDayAndKindForTheMonth()
    {
        test::TempDatabase t;
        ScheduleRepository repo(t.connection());
        const qint64 g = test::insertGroup(t.connection(), QStringLiteral("宠粉福利1群"));
        ContentRepository content(t.connection());
        ContentItem game;
        game.title = QStringLiteral("周一游戏");
        game.kind = ContentKind::Game;
        qint64 gameId = 0;
        QVERIFY_OK(content.createItem(game, &gameId));
        for (int h : { 9, 10, 13 }) {
            ScheduleEntry e;
            e.groupId = g;
            e.contentItemId = gameId;
            e.scheduledAt = at(11, 30, h);
            QVERIFY_OK(repo.create(e));
        }
        QVERIFY_OK(repo.create(titled(g, at(11, 30, 22), QStringLiteral("晚安"))));
        QVERIFY_OK(repo.create(titled(g, QDateTime(QDate(2026, 12, 1), QTime(0, 0)), QStringLiteral("零点"))));
        QList<CalendarDayCount> counts;
        QVERIFY_OK(repo.countPerDayAndKind(QDate(2026, 11, 1), QDate(2026, 11, 30), {}, &counts));
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.at(0).day, QDate(2026, 11, 30));
        QCOMPARE(counts.at(0).kind, ContentKind::Game);
        QCOMPARE(counts.at(0).count, 3);
        QVERIFY(!counts.at(1).kind);
        QCOMPARE(counts.at(1).count, 1);
        // The month end is inclusive and the next day's midnight post is not in November.
        QVERIFY_OK(repo.countPerDayAndKind(QDate(2026, 12, 1), QDate(2026, 12, 1), {}, &counts));
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.at(0).count, 1);
    }

    void rescheduleManyIsOneTransactionWithOneAuditEntry()
    {
        test::TempDatabase t;
        ScheduleRepository repo(t.connection());
        const qint64 g = test::insertGroup(t.connection(), QStringLiteral("宠粉福利1群"));
        const qint64 h = test::insertGroup(t.connection(), QStringLiteral("宠粉福利2群"));
        qint64 first = 0;
        qint64 second = 0;
        QVERIFY_OK(repo.create(titled(g, at(11, 25, 20), QStringLiteral("秒杀")), &first));
        QVERIFY_OK(repo.create(titled(h, at(11, 25, 20), QStringLiteral("秒杀")), &second));
        const int auditBefore = test::countRows(t.connection(), QStringLiteral("audit_log"));

        const QDateTime to = at(11, 27, 16);
        QVERIFY_OK(repo.rescheduleMany({ { first, to }, { second, to } }));
        ScheduleEntry e;
        QVERIFY_OK(repo.entry(first, &e));
        QCOMPARE(e.scheduledAt, to);
        QVERIFY_OK(repo.entry(second, &e));
        QCOMPARE(e.scheduledAt, to);
        QCOMPARE(test::countRows(t.connection(), QStringLiteral("audit_log")), auditBefore + 1);
        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(t.connection()).list(QStringLiteral("schedule_entry"), first, 1, &audit));
        QCOMPARE(audit.first().action, QStringLiteral("reschedule"));
        QCOMPARE(audit.first().after.value(QStringLiteral("entries")).toArray().size(), 2);

        // One missing entry refuses the whole move: the first stays where it was.
        const DatabaseError missing = repo.rescheduleMany({ { first, at(11, 28, 9) }, { 4242, at(11, 28, 9) } });
        QCOMPARE(missing.kind, K::NotFound);
        QVERIFY(missing.message.contains(QStringLiteral("4242")));
        QVERIFY_OK(repo.entry(first, &e));
        QCOMPARE(e.scheduledAt, to);
        QCOMPARE(repo.rescheduleMany({ { first, QDateTime() } }).kind, K::Constraint);
        QCOMPARE(test::countRows(t.connection(), QStringLiteral("audit_log")), auditBefore + 1);

        // Undo is the same call with the old times.
        QVERIFY_OK(repo.rescheduleMany({ { first, at(11, 25, 20) }, { second, at(11, 25, 20) } }));
        QList<CalendarChip> chips;
        QVERIFY_OK(repo.listChips(QDate(2026, 11, 23), QDate(2026, 11, 29), {}, &chips));
        QCOMPARE(chips.size(), 1);
        QCOMPARE(chips.first().dateTime(), at(11, 25, 20));
        QCOMPARE(chips.first().groupCount, 2);
    }

    void weekStartIsMonday()
    {
        QCOMPARE(weekStart(QDate(2026, 11, 29)), QDate(2026, 11, 23));
        QCOMPARE(weekStart(QDate(2026, 11, 23)), QDate(2026, 11, 23));
        QCOMPARE(weekStart(QDate(2027, 1, 1)), QDate(2026, 12, 28));
    }
};

QTEST_GUILESS_MAIN(TestScheduleRepository)
#include "tst_schedule_repository.moc"
