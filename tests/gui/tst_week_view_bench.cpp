// Benchmark (QBENCHMARK, not a timed test): how long the calendar's week view takes to repaint,
// and to change week (SQL aggregate + layout + paint), with 4 weeks × 60 groups of entries.
// Run: build/tests/tst_week_view_bench [-iterations 50] — Qt Test prints msecs per iteration.
#include "CalendarTestData.h"
#include "TestSupport.h"

#include "calendar/MonthView.h"
#include "calendar/WeekView.h"
#include "models/CalendarLoader.h"
#include "storage/Database.h"
#include "storage/ScheduleRepository.h"
#include "storage/SqlTransaction.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <memory>

using namespace qundesk;

namespace {

constexpr int Groups = 60;
constexpr int Weeks = 4;
const QDate FirstMonday(2026, 11, 2);

// Three posts a day per group: the morning greeting and evening push are the same post to
// every group (one chip each), the afternoon topic is each group's own (60 chips in a cell,
// nearly all behind "+N"), a realistic mix with a worst case inside.
int fill(const QSqlDatabase &db)
{
    QList<qint64> groups;
    for (int g = 0; g < Groups; ++g)
        groups.append(test::insertGroup(db, QStringLiteral("宠粉福利%1群").arg(g + 1)));
    ScheduleRepository repo(db);
    SqlTransaction tx(db);
    int count = 0;
    for (int day = 0; day < Weeks * 7; ++day) {
        const QDate date = FirstMonday.addDays(day);
        for (int g = 0; g < Groups; ++g) {
            const struct
            {
                QTime time;
                QString title;
            } posts[] = {
                { QTime(9, 0), QStringLiteral("早安问候：今日福利预告") },
                { QTime(14, 0), QStringLiteral("下午话题：%1 群的晒单").arg(g + 1) },
                { QTime(20, 0), QStringLiteral("晚间主推：爆款面霜限时秒杀") },
            };
            for (const auto &post : posts) {
                ScheduleEntry e;
                e.groupId = groups.at(g);
                e.scheduledAt = QDateTime(date, post.time);
                e.title = post.title;
                if (repo.insertInTransaction(e))
                    return -1;
                ++count;
            }
        }
    }
    return tx.commit() ? -1 : count;
}

} // namespace

class BenchWeekView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::useTestActor();
        m_db = std::make_unique<test::TempDatabase>();
        const int entries = fill(m_db->connection());
        QVERIFY(entries >= 5000);
        qInfo("%d entries: %d weeks x %d groups x 3 posts a day", entries, Weeks, Groups);
    }

    void repaintWeek_data()
    {
        QTest::addColumn<int>("week");
        for (int w = 0; w < Weeks; ++w)
            QTest::addRow("week %d", w + 1) << w;
    }

    // The repaint itself: what scrolling, hovering or a dialog closing over the view costs.
    void repaintWeek()
    {
        QFETCH(int, week);
        CalendarWeekData data;
        QVERIFY_OK(readCalendarWeek(m_db->connection(), FirstMonday.addDays(7 * week), {}, &data));
        QCOMPARE(data.entryCount, Groups * 3 * 7);
        ui::WeekView view;
        view.resize(1280, 760);
        view.setWeek(data);
        QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
        QBENCHMARK
        {
            view.render(&image);
        }
        QVERIFY(view.visibleChipCount() > 0);
        QVERIFY(view.visibleChipCount() <= 7 * 8 * 8); // bounded by the cells, not by 1,260 entries
    }

    // Changing week: the SQL aggregate, the layout and the first paint.
    void changeWeek()
    {
        ui::WeekView view;
        view.resize(1280, 760);
        QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
        int week = 0;
        QBENCHMARK
        {
            CalendarWeekData data;
            QVERIFY_OK(readCalendarWeek(m_db->connection(), FirstMonday.addDays(7 * (week++ % Weeks)), {}, &data));
            view.setWeek(data);
            view.render(&image);
        }
    }

    // The month grid over all 5,040 entries (counted per day and kind in SQL).
    void changeMonth()
    {
        ui::MonthView view;
        view.resize(1280, 760);
        QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
        QBENCHMARK
        {
            CalendarMonthData data;
            QVERIFY_OK(readCalendarMonth(m_db->connection(), QDate(2026, 11, 15), {}, &data));
            view.setMonth(data);
            view.render(&image);
        }
    }

    // Opt-in: QUNDESK_BENCH_DB=/path/to/big.db (current schema) times what the worker thread
    // does for one week (chips and conflict marks) and one month on a real large database.
    void largeDatabase_data()
    {
        QTest::addColumn<bool>("month");
        QTest::addColumn<bool>("conflicts");
        QTest::addRow("week chips (first answer)") << false << false;
        QTest::addRow("week with conflict marks") << false << true;
        QTest::addRow("month") << true << false;
    }

    void largeDatabase()
    {
        QFETCH(bool, month);
        QFETCH(bool, conflicts);
        const QString path = qEnvironmentVariable("QUNDESK_BENCH_DB");
        if (path.isEmpty())
            QSKIP("set QUNDESK_BENCH_DB to time a large database");
        Database db;
        QVERIFY_OK(db.open(path, Database::Mode::NoMigrate));
        const QDate day = QDate::fromString(qEnvironmentVariable("QUNDESK_BENCH_DAY"), Qt::ISODate);
        const QDate when = day.isValid() ? day : QDate::currentDate();
        int entries = 0;
        int chips = 0;
        QBENCHMARK {
            if (month) {
                CalendarMonthData data;
                QVERIFY_OK(readCalendarMonth(db.connection(), when, {}, &data));
                entries = data.entryCount;
                chips = int(data.counts.size());
            } else {
                CalendarWeekData data;
                QVERIFY_OK(readCalendarWeek(db.connection(), when, {}, &data, conflicts));
                entries = data.entryCount;
                chips = int(data.chips.size());
            }
        }
        qInfo("%s: %d entries, %d chips / day-kind counts", month ? "month" : "week", entries, chips);
    }

    void cleanupTestCase() { m_db.reset(); }

private:
    std::unique_ptr<test::TempDatabase> m_db;
};

QTEST_MAIN(BenchWeekView)
#include "tst_week_view_bench.moc"
