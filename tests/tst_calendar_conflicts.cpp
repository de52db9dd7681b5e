#include "analytics/CalendarConflicts.h"

#include <QJsonArray>
#include <QTest>

using namespace qundesk;

namespace {

QDateTime at(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

ConflictEntry post(qint64 id, qint64 group, const QDateTime &when, const QString &title = QStringLiteral("帖子"),
                   std::optional<ContentKind> kind = ContentKind::Knowledge, qint64 sop = 0)
{
    ConflictEntry e;
    e.id = id;
    e.groupId = group;
    e.scheduledAt = when;
    e.title = title;
    e.kind = kind;
    e.sopApplicationId = sop;
    return e;
}

ConflictFacts facts(int dailyMax = 8)
{
    ConflictFacts f;
    f.rules.dailyMaxPosts = dailyMax;
    f.groups.insert(1, {1, QStringLiteral("宠粉福利1群"), GroupStatus::Active});
    f.groups.insert(2, {2, QStringLiteral("导购2群"), GroupStatus::Active});
    // The default day's slots, one post each, and a 20:00 slot that allows two.
    for (int h : {9, 10, 13, 14, 16, 17, 22})
        f.slotMaxPosts.insert(h * 60, 1);
    f.slotMaxPosts.insert(20 * 60, 2);
    return f;
}

QList<CalendarConflict> ofKind(const QList<CalendarConflict> &all, ConflictKind kind)
{
    QList<CalendarConflict> out;
    for (const CalendarConflict &c : all) {
        if (c.kind == kind)
            out.append(c);
    }
    return out;
}

} // namespace

class TestCalendarConflicts : public QObject
{
    Q_OBJECT

private slots:
    void kindCodesRoundTrip()
    {
        for (ConflictKind k : allConflictKinds()) {
            QCOMPARE(conflictKindFromCode(conflictKindCode(k)), k);
            QVERIFY(!conflictKindLabel(k).isEmpty());
        }
        QCOMPARE(allConflictKinds().size(), 5);
        QVERIFY(!conflictKindFromCode(QStringLiteral("nope")));
    }

    void noConflictsOnAnOrdinaryDay()
    {
        QList<ConflictEntry> entries;
        qint64 id = 1;
        for (int h : {9, 10, 13, 14, 16, 17, 20, 22})
            entries << post(id++, 1, at(2026, 11, 23, h));
        QVERIFY(findCalendarConflicts(entries, facts()).isEmpty());
    }

    void dailyMaximum()
    {
        QList<ConflictEntry> entries;
        qint64 id = 1;
        for (int h : {9, 10, 13})
            entries << post(id++, 1, at(2026, 11, 23, h));
        entries << post(id++, 2, at(2026, 11, 23, 9)); // another group does not count
        QVERIFY(ofKind(findCalendarConflicts(entries, facts(3)), ConflictKind::DailyMax).isEmpty());

        entries << post(id++, 1, at(2026, 11, 23, 14));
        const QList<CalendarConflict> found = ofKind(findCalendarConflicts(entries, facts(3)), ConflictKind::DailyMax);
        QCOMPARE(found.size(), 1);
        const CalendarConflict &c = found.constFirst();
        QCOMPARE(c.groupId, 1);
        QCOMPARE(c.day, QDate(2026, 11, 23));
        QCOMPARE(c.count, 4);
        QCOMPARE(c.limit, 3);
        QCOMPARE(c.entryIds, (QList<qint64>{1, 2, 3, 5}));
        QVERIFY(!c.time.isValid());
        QVERIFY2(c.reason.contains(QStringLiteral("宠粉福利1群")), qPrintable(c.reason));
        QVERIFY2(c.reason.contains(QStringLiteral("2026-11-23")), qPrintable(c.reason));
        QVERIFY2(c.reason.contains(QStringLiteral("4")) && c.reason.contains(QStringLiteral("3")), qPrintable(c.reason));
    }

    void skippedAndCancelledPostNothing()
    {
        QList<ConflictEntry> entries;
        for (int i = 0; i < 3; ++i)
            entries << post(i + 1, 1, at(2026, 11, 23, 9));
        entries[1].status = ScheduleStatus::Skipped;
        entries[2].status = ScheduleStatus::Cancelled;
        QVERIFY(findCalendarConflicts(entries, facts(1)).isEmpty());
        entries[2].status = ScheduleStatus::Done; // done posts did go out
        QCOMPARE(ofKind(findCalendarConflicts(entries, facts(1)), ConflictKind::SlotOverfull).size(), 1);
        QCOMPARE(ofKind(findCalendarConflicts(entries, facts(1)), ConflictKind::DailyMax).size(), 1);
    }

    void monthAndYearEndsSplitDays()
    {
        // 23:xx on the last day of a month and 00:xx of the next are two days, not one.
        ConflictFacts f = facts(1);
        f.rules.quiet = QuietHours{QTime(3, 0), QTime(3, 0)}; // off: only the day rule matters here
        for (const auto &[last, next] : {std::pair{QDate(2026, 1, 31), QDate(2026, 2, 1)},
                                         std::pair{QDate(2026, 2, 28), QDate(2026, 3, 1)},
                                         std::pair{QDate(2028, 2, 29), QDate(2028, 3, 1)},
                                         std::pair{QDate(2026, 12, 31), QDate(2027, 1, 1)}}) {
            const QList<ConflictEntry> entries = {post(1, 1, QDateTime(last, QTime(23, 30))),
                                                  post(2, 1, QDateTime(next, QTime(0, 15)))};
            QVERIFY2(findCalendarConflicts(entries, f).isEmpty(), qPrintable(last.toString(Qt::ISODate)));
            const QList<ConflictEntry> same = {post(1, 1, QDateTime(last, QTime(0, 15))),
                                               post(2, 1, QDateTime(last, QTime(23, 30)))};
            const QList<CalendarConflict> found = findCalendarConflicts(same, f);
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.constFirst().day, last);
        }
    }

    void slotOverfull()
    {
        // 09:00 allows one post, 20:00 two, a time that is no slot (11:11) one.
        QList<ConflictEntry> entries = {post(1, 1, at(2026, 11, 23, 9)), post(2, 2, at(2026, 11, 23, 9)),
                                        post(3, 1, at(2026, 11, 23, 20)), post(4, 1, at(2026, 11, 23, 20))};
        QVERIFY(findCalendarConflicts(entries, facts()).isEmpty());

        entries << post(5, 1, at(2026, 11, 23, 9)) << post(6, 1, at(2026, 11, 23, 20))
                << post(7, 2, at(2026, 11, 23, 11, 11)) << post(8, 2, at(2026, 11, 23, 11, 11));
        const QList<CalendarConflict> found = ofKind(findCalendarConflicts(entries, facts()), ConflictKind::SlotOverfull);
        QCOMPARE(found.size(), 3);
        // Ordered by day, group name, time: 宠粉福利1群 09:00, 20:00, then 导购2群 11:11.
        QCOMPARE(found.at(0).time, QTime(9, 0));
        QCOMPARE(found.at(0).entryIds, (QList<qint64>{1, 5}));
        QCOMPARE(found.at(0).limit, 1);
        QCOMPARE(found.at(1).time, QTime(20, 0));
        QCOMPARE(found.at(1).count, 3);
        QCOMPARE(found.at(1).limit, 2);
        QCOMPARE(found.at(2).groupId, 2);
        QCOMPARE(found.at(2).time, QTime(11, 11));
        QVERIFY2(found.at(1).reason.contains(QStringLiteral("20:00")), qPrintable(found.at(1).reason));
        // Seconds do not make two posts different slots.
        QList<ConflictEntry> seconds = {post(1, 1, at(2026, 11, 23, 9)), post(2, 1, at(2026, 11, 23, 9))};
        seconds[1].scheduledAt = seconds[1].scheduledAt.addSecs(30);
        QCOMPARE(ofKind(findCalendarConflicts(seconds, facts()), ConflictKind::SlotOverfull).size(), 1);
    }

    void quietHoursWindow_data()
    {
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QTime>("end");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<bool>("quiet");
        // Across midnight: 22:30–08:00.
        QTest::newRow("before start") << QTime(22, 30) << QTime(8, 0) << QTime(22, 29) << false;
        QTest::newRow("at start") << QTime(22, 30) << QTime(8, 0) << QTime(22, 30) << true;
        QTest::newRow("before midnight") << QTime(22, 30) << QTime(8, 0) << QTime(23, 59) << true;
        QTest::newRow("midnight") << QTime(22, 30) << QTime(8, 0) << QTime(0, 0) << true;
        QTest::newRow("before end") << QTime(22, 30) << QTime(8, 0) << QTime(7, 59) << true;
        QTest::newRow("at end") << QTime(22, 30) << QTime(8, 0) << QTime(8, 0) << false;
        QTest::newRow("noon") << QTime(22, 30) << QTime(8, 0) << QTime(12, 0) << false;
        // Same day: 13:00–14:00 (a lunch break).
        QTest::newRow("inside same-day") << QTime(13, 0) << QTime(14, 0) << QTime(13, 30) << true;
        QTest::newRow("end of same-day") << QTime(13, 0) << QTime(14, 0) << QTime(14, 0) << false;
        QTest::newRow("night, same-day window") << QTime(13, 0) << QTime(14, 0) << QTime(23, 0) << false;
        // start == end: no quiet hours.
        QTest::newRow("disabled") << QTime(8, 0) << QTime(8, 0) << QTime(8, 0) << false;
    }

    void quietHoursWindow()
    {
        QFETCH(QTime, start);
        QFETCH(QTime, end);
        QFETCH(QTime, time);
        QFETCH(bool, quiet);
        const QuietHours q{start, end};
        QCOMPARE(q.contains(time), quiet);

        ConflictFacts f = facts();
        f.rules.quiet = q;
        const QList<CalendarConflict> found
            = ofKind(findCalendarConflicts({post(7, 2, QDateTime(QDate(2026, 1, 31), time), QStringLiteral("晚安"))}, f),
                     ConflictKind::QuietHours);
        QCOMPARE(found.size(), quiet ? 1 : 0);
        if (quiet) {
            QCOMPARE(found.constFirst().entryIds, QList<qint64>{7});
            QCOMPARE(found.constFirst().time, time);
            QVERIFY2(found.constFirst().reason.contains(q.text()), qPrintable(found.constFirst().reason));
            QVERIFY2(found.constFirst().reason.contains(QStringLiteral("导购2群")), qPrintable(found.constFirst().reason));
            QVERIFY2(found.constFirst().reason.contains(QStringLiteral("“晚安”")), qPrintable(found.constFirst().reason));
        }
    }

    void defaultQuietHoursCoverTheNightAcrossAMonthEnd()
    {
        // 23:00 on Jan 31 and 06:00 on Feb 1 both fall in the default 22:30–08:00.
        const QList<CalendarConflict> found = ofKind(
            findCalendarConflicts({post(1, 1, at(2026, 1, 31, 23)), post(2, 1, at(2026, 2, 1, 6)),
                                   post(3, 1, at(2026, 2, 1, 8))},
                                  facts()),
            ConflictKind::QuietHours);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).day, QDate(2026, 1, 31));
        QCOMPARE(found.at(1).day, QDate(2026, 2, 1));
        QCOMPARE(found.at(1).entryIds, QList<qint64>{2});
    }

    void inactiveGroups()
    {
        ConflictFacts f = facts();
        f.groups.insert(3, {3, QStringLiteral("老会员群"), GroupStatus::Archived});
        f.groups.insert(4, {4, QStringLiteral("已解散群"), GroupStatus::Dissolved});
        const QList<CalendarConflict> found = ofKind(
            findCalendarConflicts({post(1, 1, at(2026, 11, 23, 9)), post(2, 3, at(2026, 11, 23, 10)),
                                   post(3, 4, at(2026, 11, 24, 10))},
                                  f),
            ConflictKind::InactiveGroup);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).groupId, 3);
        QCOMPARE(found.at(0).entryIds, QList<qint64>{2});
        QCOMPARE(found.at(1).groupId, 4);
        QVERIFY2(found.at(0).reason.contains(QStringLiteral("老会员群")), qPrintable(found.at(0).reason));
        QVERIFY2(found.at(0).reason.contains(QStringLiteral("archived")), qPrintable(found.at(0).reason));
        QVERIFY2(found.at(1).reason.contains(QStringLiteral("dissolved")), qPrintable(found.at(1).reason));
    }

    void sopStepCollidesWithCampaign()
    {
        const qint64 sop = 42;
        // An SOP step and a non-SOP flash sale on the same group and day.
        QList<ConflictEntry> entries = {
            post(1, 1, at(2026, 11, 23, 10), QStringLiteral("新人第1天：欢迎"), ContentKind::Welcome, sop),
            post(2, 1, at(2026, 11, 23, 20), QStringLiteral("双11返场秒杀"), ContentKind::FlashSale),
        };
        QList<CalendarConflict> found = ofKind(findCalendarConflicts(entries, facts()), ConflictKind::SopCampaignClash);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().entryIds, (QList<qint64>{1, 2}));
        QVERIFY2(found.constFirst().reason.contains(QStringLiteral("双11返场秒杀")), qPrintable(found.constFirst().reason));
        QVERIFY2(found.constFirst().reason.contains(QStringLiteral("新人第1天")), qPrintable(found.constFirst().reason));

        // Campaign kinds only: a knowledge post is no campaign.
        entries[1].kind = ContentKind::Knowledge;
        QVERIFY(ofKind(findCalendarConflicts(entries, facts()), ConflictKind::SopCampaignClash).isEmpty());
        for (ContentKind k : {ContentKind::Activity, ContentKind::NewProduct, ContentKind::Game}) {
            entries[1].kind = k;
            QCOMPARE(ofKind(findCalendarConflicts(entries, facts()), ConflictKind::SopCampaignClash).size(), 1);
        }
        // A campaign step of an SOP itself is part of the plan, not a clash.
        entries[1].sopApplicationId = sop;
        QVERIFY(ofKind(findCalendarConflicts(entries, facts()), ConflictKind::SopCampaignClash).isEmpty());
        // Another day or another group: no clash.
        entries[1].sopApplicationId = 0;
        entries[1].scheduledAt = at(2026, 11, 24, 20);
        QVERIFY(ofKind(findCalendarConflicts(entries, facts()), ConflictKind::SopCampaignClash).isEmpty());
        entries[1].scheduledAt = at(2026, 11, 23, 20);
        entries[1].groupId = 2;
        QVERIFY(ofKind(findCalendarConflicts(entries, facts()), ConflictKind::SopCampaignClash).isEmpty());
    }

    void proposedEntriesAndIndex()
    {
        const QList<ConflictEntry> entries = {post(10, 1, at(2026, 11, 23, 9)), post(-1, 1, at(2026, 11, 23, 9)),
                                              post(11, 2, at(2026, 11, 23, 9)), post(12, 2, at(2026, 11, 23, 9))};
        QVERIFY(entries.at(1).isProposed());
        const QList<CalendarConflict> all = findCalendarConflicts(entries, facts());
        QCOMPARE(all.size(), 2);
        const QList<CalendarConflict> mine = conflictsInvolving(all, {-1});
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.constFirst().entryIds, (QList<qint64>{-1, 10}));
        const QHash<qint64, QList<int>> index = conflictIndexByEntry(all);
        QCOMPARE(index.value(-1).size(), 1);
        QCOMPARE(index.value(12).size(), 1);
        QVERIFY(!index.contains(99));
    }

    void unknownGroupIsNamedById()
    {
        const QList<CalendarConflict> found
            = findCalendarConflicts({post(1, 77, at(2026, 11, 23, 23)), post(2, 77, at(2026, 11, 23, 23))}, facts());
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.constFirst().groupName, QStringLiteral("#77"));
    }

    void json()
    {
        const QList<CalendarConflict> found = findCalendarConflicts(
            {post(1, 1, at(2026, 11, 23, 9)), post(2, 1, at(2026, 11, 23, 9))}, facts());
        QCOMPARE(found.size(), 1);
        const QJsonObject o = found.constFirst().toJson();
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("slot_overfull"));
        QCOMPARE(o.value(QStringLiteral("day")).toString(), QStringLiteral("2026-11-23"));
        QCOMPARE(o.value(QStringLiteral("time")).toString(), QStringLiteral("09:00"));
        QCOMPARE(o.value(QStringLiteral("group")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("宠粉福利1群"));
        QCOMPARE(o.value(QStringLiteral("entries")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("limit")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCalendarConflicts)
#include "tst_calendar_conflicts.moc"
