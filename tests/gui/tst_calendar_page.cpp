#include "CalendarTestData.h"
#include "TestSupport.h"

#include "calendar/CalendarFilter.h"
#include "calendar/CalendarPage.h"
#include "calendar/EntryEditorDialog.h"
#include "calendar/MonthView.h"
#include "calendar/WeekView.h"
#include "storage/ScheduleRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace qundesk;
using qundesk::ui::CalendarPage;

namespace {

struct Fixture
{
    test::TempDatabase t;
    qint64 perks = 0;
    qint64 guide = 0;
    qint64 op = 0;

    Fixture()
    {
        test::useTestActor();
        op = test::insertOperator(t.connection(), QStringLiteral("林晓"));
        const qint64 other = test::insertOperator(t.connection(), QStringLiteral("王小美"));
        perks = test::insertGroup(t.connection(), QStringLiteral("宠粉福利1群"), QStringLiteral("perks"), op);
        guide = test::insertGroup(
            t.connection(), QStringLiteral("实体店主导购群"), QStringLiteral("shopping_guide"), other);
        add(perks, QDate(2026, 11, 23), 9, QStringLiteral("早安问候：本周福利预告"));
        add(guide, QDate(2026, 11, 23), 9, QStringLiteral("早安问候：本周福利预告"));
        add(guide, QDate(2026, 11, 24), 10, QStringLiteral("门店陈列小技巧"));
        add(perks, QDate(2026, 11, 29), 22, QStringLiteral("周末总结与晚安"));
        add(perks, QDate(2026, 11, 30), 9, QStringLiteral("下周一早安"));
        add(guide, QDate(2026, 12, 2), 16, QStringLiteral("周三下午茶福利"));
    }

    void add(qint64 group, const QDate &d, int h, const QString &title)
    {
        ScheduleEntry e;
        e.groupId = group;
        e.scheduledAt = QDateTime(d, QTime(h, 0));
        e.title = title;
        if (ScheduleRepository(t.connection()).create(e))
            qFatal("cannot add an entry");
    }
};

template <typename T> T *child(const QWidget &page, const char *name)
{
    T *w = page.findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("missing child %s", name);
    return w;
}

QStringList chipTitles(const CalendarPage &page)
{
    QStringList out;
    for (const CalendarChip &c : page.weekView()->week().chips)
        out << c.title;
    return out;
}

void showPage(CalendarPage &page)
{
    page.resize(1280, 800);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        qFatal("the page is not shown");
}

// A stand-in for another helper's tab: counts what the page forwards to it.
class FakeTab : public QWidget
{
public:
    void setDatabase(const QSqlDatabase &db) { databases.append(db.connectionName()); }
    void reload() { ++reloads; }
    bool saveScreenshots(const QString &dir, const QString &prefix)
    {
        return grab().save(QDir(dir).filePath(prefix + QStringLiteral("-fake.png")));
    }
    QStringList databases;
    int reloads = 0;
};

} // namespace

class TestCalendarPage : public QObject
{
    Q_OBJECT

private slots:
    void weekNavigationLoadsOnTheWorker()
    {
        Fixture f;
        CalendarPage page;
        QCOMPARE(page.windowTitle(), QStringLiteral("Content calendar"));
        showPage(page);
        auto *tabs = child<QTabWidget>(page, "calendarTabs");
        QCOMPARE(tabs->tabText(0), QStringLiteral("Calendar"));
        page.setDatabase(f.t.connection());
        page.setWeek(QDate(2026, 11, 25));
        QVERIFY(page.isLoading()); // the database is a file: the worker reads it
        QVERIFY(page.waitForLoad());
        QCOMPARE(page.weekStart(), QDate(2026, 11, 23));
        QCOMPARE(child<QLabel>(page, "rangeLabel")->text(), QStringLiteral("Nov 23–29, 2026"));
        // The two identical morning posts are one chip.
        QCOMPARE(chipTitles(page),
            (QStringList { QStringLiteral("早安问候：本周福利预告"), QStringLiteral("门店陈列小技巧"),
                QStringLiteral("周末总结与晚安") }));
        QCOMPARE(page.weekView()->week().chips.first().groupCount, 2);
        QCOMPARE(page.weekView()->week().entryCount, 4);
        QVERIFY(child<QLabel>(page, "calendarSummary")->text().startsWith(QStringLiteral("4 posts this week")));

        QTest::mouseClick(child<QToolButton>(page, "nextButton"), Qt::LeftButton);
        QVERIFY(page.waitForLoad());
        QCOMPARE(page.weekStart(), QDate(2026, 11, 30));
        QCOMPARE(child<QLabel>(page, "rangeLabel")->text(), QStringLiteral("Nov 30 – Dec 6, 2026"));
        QCOMPARE(chipTitles(page), (QStringList { QStringLiteral("下周一早安"), QStringLiteral("周三下午茶福利") }));

        QTest::mouseClick(child<QToolButton>(page, "previousButton"), Qt::LeftButton);
        QTest::mouseClick(child<QToolButton>(page, "previousButton"), Qt::LeftButton);
        QVERIFY(page.waitForLoad());
        QCOMPARE(page.weekStart(), QDate(2026, 11, 16));
        QVERIFY(chipTitles(page).isEmpty());
        QVERIFY(child<QPushButton>(page, "todayButton")->isEnabled());
    }

    void monthViewAndBack()
    {
        Fixture f;
        CalendarPage page;
        showPage(page);
        page.setDatabase(f.t.connection());
        page.setWeek(QDate(2026, 11, 25));
        QTest::mouseClick(child<QToolButton>(page, "monthModeButton"), Qt::LeftButton);
        QCOMPARE(page.mode(), CalendarPage::Mode::Month);
        QVERIFY(page.waitForLoad());
        QCOMPARE(child<QLabel>(page, "rangeLabel")->text(), QStringLiteral("November 2026"));
        QVERIFY(page.monthView()->isVisibleTo(&page));
        QCOMPARE(page.monthView()->countOn(QDate(2026, 11, 23)), 2);
        QCOMPARE(page.monthView()->countOn(QDate(2026, 12, 2)), 1); // the grid's trailing days
        QVERIFY(child<QLabel>(page, "calendarSummary")->text().startsWith(QStringLiteral("5 posts this month")));

        QTest::mouseClick(child<QToolButton>(page, "nextButton"), Qt::LeftButton);
        QVERIFY(page.waitForLoad());
        QCOMPARE(child<QLabel>(page, "rangeLabel")->text(), QStringLiteral("December 2026"));

        emit page.monthView()->dayActivated(QDate(2026, 12, 2));
        QCOMPARE(page.mode(), CalendarPage::Mode::Week);
        QVERIFY(page.waitForLoad());
        QCOMPARE(page.weekStart(), QDate(2026, 11, 30));
    }

    void filtersNarrowTheWeek()
    {
        Fixture f;
        CalendarPage page;
        showPage(page);
        page.setDatabase(f.t.connection());
        page.setWeek(QDate(2026, 11, 23));
        QVERIFY(page.waitForLoad());
        auto *group = child<QComboBox>(page, "filterGroup");
        QCOMPARE(group->count(), 3); // all + two groups
        group->setCurrentIndex(group->findData(f.guide));
        QVERIFY(page.waitForLoad());
        QCOMPARE(chipTitles(page),
            (QStringList { QStringLiteral("早安问候：本周福利预告"), QStringLiteral("门店陈列小技巧") }));
        QCOMPARE(page.weekView()->week().chips.first().groupCount, 1);
        // The filter stays when the week changes.
        QTest::mouseClick(child<QToolButton>(page, "nextButton"), Qt::LeftButton);
        QVERIFY(page.waitForLoad());
        QCOMPARE(chipTitles(page), QStringList { QStringLiteral("周三下午茶福利") });

        QTest::mouseClick(child<QToolButton>(page, "clearFilterButton"), Qt::LeftButton);
        QVERIFY(page.waitForLoad());
        QCOMPARE(page.weekView()->week().chips.size(), 2);

        auto *op = child<QComboBox>(page, "filterOperator");
        op->setCurrentIndex(op->findData(f.op)); // 林晓 runs the perks group
        QVERIFY(page.waitForLoad());
        QCOMPARE(chipTitles(page), QStringList { QStringLiteral("下周一早安") });
        QCOMPARE(page.filter().operatorId, f.op);
    }

    void dragMovesTheWholeChipAndUndoPutsItBack()
    {
        Fixture f;
        CalendarPage page;
        QSignalSpy changed(&page, &CalendarPage::dataChanged);
        showPage(page);
        page.setDatabase(f.t.connection());
        page.setWeek(QDate(2026, 11, 23));
        QVERIFY(page.waitForLoad());
        ui::WeekView *view = page.weekView();
        const CalendarChip morning = view->week().chips.first();
        QCOMPARE(morning.entryIds.size(), 2);

        // Monday 09:00 → Thursday 16:00.
        const int row16 = int(view->rowTimes().indexOf(QTime(16, 0)));
        QVERIFY(row16 >= 0);
        const QPoint from = view->chipRect(0).center();
        const QPoint to = view->cellRect(3, row16).center();
        QTest::mousePress(view, Qt::LeftButton, {}, from);
        QTest::mouseMove(view, from + QPoint(20, 20));
        QTest::mouseMove(view, to);
        QTest::mouseRelease(view, Qt::LeftButton, {}, to);
        QVERIFY(page.waitForLoad());

        const QDateTime moved(QDate(2026, 11, 26), QTime(16, 0));
        ScheduleRepository repo(f.t.connection());
        for (qint64 id : morning.entryIds) {
            ScheduleEntry e;
            QVERIFY_OK(repo.entry(id, &e));
            QCOMPARE(e.scheduledAt, moved);
        }
        QCOMPARE(changed.count(), 1);
        QCOMPARE(page.undoStack()->count(), 1);
        bool found = false;
        for (const CalendarChip &c : view->week().chips)
            found = found || (c.title == morning.title && c.dateTime() == moved && c.groupCount == 2);
        QVERIFY(found);

        QTest::mouseClick(child<QToolButton>(page, "undoButton"), Qt::LeftButton);
        QVERIFY(page.waitForLoad());
        for (qint64 id : morning.entryIds) {
            ScheduleEntry e;
            QVERIFY_OK(repo.entry(id, &e));
            QCOMPARE(e.scheduledAt, morning.dateTime());
        }
        QCOMPARE(view->week().chips.first().dateTime(), morning.dateTime());

        QTest::mouseClick(child<QToolButton>(page, "redoButton"), Qt::LeftButton);
        QVERIFY(page.waitForLoad());
        ScheduleEntry e;
        QVERIFY_OK(repo.entry(morning.entryIds.first(), &e));
        QCOMPARE(e.scheduledAt, moved);
    }

    void doubleClicksOpenTheEntryEditor()
    {
        Fixture f;
        CalendarPage page;
        showPage(page);
        page.setDatabase(f.t.connection());
        page.setWeek(QDate(2026, 11, 23));
        QVERIFY(page.waitForLoad());
        QSignalSpy edit(&page, &CalendarPage::editRequested);
        QSignalSpy plan(&page, &CalendarPage::newEntryRequested);
        QSignalSpy changed(&page, &CalendarPage::dataChanged);
        ui::WeekView *view = page.weekView();

        const CalendarChip morning = view->week().chips.first();
        QTest::mouseDClick(view, Qt::LeftButton, {}, view->chipRect(0).center());
        QCOMPARE(edit.count(), 1);
        auto *editor = page.findChild<ui::EntryEditorDialog *>();
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        QCOMPARE(editor->entryId(), morning.entryIds.first());
        QVERIFY(editor->windowTitle().contains(QStringLiteral("one of 2 groups")));
        QVERIFY(editor->allGroupsBox()->isChecked()); // the post for both groups by default
        editor->titleEdit()->setText(QStringLiteral("早安问候：改过的标题"));
        editor->accept();
        QVERIFY(page.waitForLoad());
        QCOMPARE(changed.count(), 1);
        QVERIFY(chipTitles(page).contains(QStringLiteral("早安问候：改过的标题")));
        QVERIFY(!chipTitles(page).contains(morning.title));
        QCOMPARE(view->week().chips.first().groupCount, 2); // still one chip for both groups
        QTRY_VERIFY(!page.findChild<ui::EntryEditorDialog *>()); // closed and deleted

        // An empty cell: a new post at that day and slot.
        QTest::mouseDClick(view, Qt::LeftButton, {}, view->cellRect(6, 0).center());
        QCOMPARE(plan.count(), 1);
        QCOMPARE(plan.first().at(0).toDateTime(), QDateTime(QDate(2026, 11, 29), QTime(9, 0)));
        editor = page.findChild<ui::EntryEditorDialog *>();
        QVERIFY(editor);
        QVERIFY(editor->isNew());
        QCOMPARE(editor->dateEdit()->date(), QDate(2026, 11, 29));
        editor->titleEdit()->setText(QStringLiteral("周日晚安"));
        QVERIFY2(editor->save(), qPrintable(editor->lastError()));
        editor->close();
        QVERIFY(page.waitForLoad());
        QVERIFY(chipTitles(page).contains(QStringLiteral("周日晚安")));
        QVERIFY(child<QPushButton>(page, "newEntryButton")->isEnabled());
    }

    void conflictsMarkTheChips()
    {
        Fixture f;
        // Two posts to one group in the 09:00 slot (max 1), and one at 23:00 in the quiet hours.
        f.add(f.perks, QDate(2026, 11, 25), 9, QStringLiteral("第一条"));
        f.add(f.perks, QDate(2026, 11, 25), 9, QStringLiteral("第二条"));
        f.add(f.guide, QDate(2026, 11, 26), 23, QStringLiteral("深夜推送"));
        CalendarPage page;
        page.setDatabase(f.t.connection());
        page.setWeek(QDate(2026, 11, 23));
        QVERIFY(page.waitForLoad());
        int marked = 0;
        for (const CalendarChip &c : page.weekView()->week().chips) {
            if (c.title == QStringLiteral("第一条") || c.title == QStringLiteral("第二条")
                || c.title == QStringLiteral("深夜推送")) {
                QVERIFY2(!c.conflicts.isEmpty(), qPrintable(c.title));
                ++marked;
            } else {
                QVERIFY2(c.conflicts.isEmpty(), qPrintable(c.title + c.conflicts.join(QLatin1Char('|'))));
            }
        }
        QCOMPARE(marked, 3);
    }

    void addedTabsGetTheDatabaseAndReloads()
    {
        Fixture f;
        CalendarPage page;
        auto *early = new FakeTab;
        page.addTab(early, QStringLiteral("早"));
        page.setDatabase(f.t.connection());
        QCOMPARE(early->databases, QStringList { f.t.connection().connectionName() });
        auto *late = new FakeTab;
        const int tabsBefore = page.tabs()->count();
        QCOMPARE(page.addTab(late, QStringLiteral("晚")), tabsBefore);
        QCOMPARE(late->databases.size(), 1); // given the open database at once
        page.reload();
        QCOMPARE(early->reloads, 1);
        QCOMPARE(late->reloads, 1);
        QCOMPARE(page.tabs()->count(), tabsBefore + 1);

        QTemporaryDir dir;
        page.resize(1280, 800);
        QVERIFY(page.saveExtraScreenshots(dir.path(), QStringLiteral("03-calendar")));
        // The page with each added tab showing, named by position, and the tab's own pictures.
        const QString early_ = QStringLiteral("03-calendar-tab%1.png").arg(tabsBefore);
        const QString late_ = QStringLiteral("03-calendar-tab%1.png").arg(tabsBefore + 1);
        for (const QString &name : { QStringLiteral("03-calendar-week.png"), QStringLiteral("03-calendar-month.png"),
                 early_, late_, QStringLiteral("03-calendar-fake.png") })
            QVERIFY2(QFile::exists(dir.filePath(name)), qPrintable(name));
        QCOMPARE(page.mode(), CalendarPage::Mode::Week); // restored
    }

    void rangeTexts()
    {
        QCOMPARE(
            CalendarPage::weekRangeText(QDate(2026, 11, 23), QDate(2026, 11, 29)), QStringLiteral("Nov 23–29, 2026"));
        QCOMPARE(CalendarPage::weekRangeText(QDate(2026, 12, 28), QDate(2027, 1, 3)),
            QStringLiteral("Dec 28, 2026 – Jan 3, 2027"));
        QCOMPARE(CalendarPage::monthText(QDate(2027, 2, 1)), QStringLiteral("February 2027"));
    }
};

QTEST_MAIN(TestCalendarPage)
#include "tst_calendar_page.moc"
