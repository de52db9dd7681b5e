#include "CalendarTestData.h"
#include "TestSupport.h"

#include "calendar/CalendarPage.h"
#include "models/ScheduleTableModel.h"
#include "storage/ContentRepository.h"
#include "storage/ScheduleRepository.h"
#include "storage/SopRepository.h"

#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace qundesk;
using qundesk::ui::CalendarPage;

namespace {

struct Fixture
{
    test::TempDatabase t;
    qint64 perks = 0;
    qint64 guide = 0;

    Fixture()
    {
        test::useTestActor();
        const qint64 op = test::insertOperator(t.connection(), QStringLiteral("林晓"));
        perks = test::insertGroup(t.connection(), QStringLiteral("宠粉福利1群"), QStringLiteral("perks"), op);
        guide
            = test::insertGroup(t.connection(), QStringLiteral("实体店主导购群"), QStringLiteral("shopping_guide"), op);
        ScheduleRepository repo(t.connection());
        const auto add = [&](qint64 group, const QDate &d, int h, const QString &title) {
            ScheduleEntry e;
            e.groupId = group;
            e.scheduledAt = QDateTime(d, QTime(h, 0));
            e.title = title;
            repo.create(e);
        };
        add(perks, QDate(2026, 11, 23), 9, QStringLiteral("早安问候：本周福利预告"));
        add(guide, QDate(2026, 11, 24), 10, QStringLiteral("门店陈列小技巧"));
        add(perks, QDate(2026, 11, 29), 22, QStringLiteral("周末总结与晚安"));
        add(perks, QDate(2026, 11, 30), 9, QStringLiteral("下周一早安"));
        add(guide, QDate(2026, 12, 2), 16, QStringLiteral("周三下午茶福利"));
    }
};

template <typename T> T *child(const QWidget &page, const char *name)
{
    T *w = page.findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("missing child %s", name);
    return w;
}

QStringList columnTexts(const QTableView *view, int column)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out << view->model()->index(r, column).data().toString();
    return out;
}

} // namespace

class TestCalendarPage : public QObject
{
    Q_OBJECT

private slots:
    void weekNavigationChangesTheRows()
    {
        Fixture f;
        CalendarPage page;
        QCOMPARE(page.windowTitle(), QStringLiteral("Content calendar"));
        QSignalSpy status(&page, &CalendarPage::statusMessage);
        page.setDatabase(f.t.connection());
        page.setWeek(QDate(2026, 11, 25));
        QCOMPARE(page.weekStart(), QDate(2026, 11, 23));

        auto *view = child<QTableView>(page, "scheduleView");
        auto *label = child<QLabel>(page, "weekLabel");
        QCOMPARE(label->text(), QStringLiteral("Nov 23–29, 2026"));
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(columnTexts(view, ScheduleTableModel::Title).first(), QStringLiteral("早安问候：本周福利预告"));
        QVERIFY(!status.isEmpty());
        QCOMPARE(status.last().at(0).toString(), QStringLiteral("3 entries this week, 0 done"));

        QTest::mouseClick(child<QToolButton>(page, "nextWeekButton"), Qt::LeftButton);
        QCOMPARE(page.weekStart(), QDate(2026, 11, 30));
        QCOMPARE(label->text(), QStringLiteral("Nov 30 – Dec 6, 2026"));
        QCOMPARE(columnTexts(view, ScheduleTableModel::Title),
            (QStringList { QStringLiteral("下周一早安"), QStringLiteral("周三下午茶福利") }));
        QCOMPARE(status.last().at(0).toString(), QStringLiteral("2 entries this week, 0 done"));

        QTest::mouseClick(child<QToolButton>(page, "previousWeekButton"), Qt::LeftButton);
        QTest::mouseClick(child<QToolButton>(page, "previousWeekButton"), Qt::LeftButton);
        QCOMPARE(page.weekStart(), QDate(2026, 11, 16));
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(!child<QLabel>(page, "emptyHint")->isHidden());
        QVERIFY(child<QPushButton>(page, "thisWeekButton")->isEnabled());
    }

    void groupFilterNarrowsTheWeek()
    {
        Fixture f;
        CalendarPage page;
        page.setDatabase(f.t.connection());
        page.setWeek(QDate(2026, 11, 23));
        auto *combo = child<QComboBox>(page, "groupFilter");
        QCOMPARE(combo->count(), 3); // all groups + two
        combo->setCurrentIndex(combo->findData(f.guide));
        auto *view = child<QTableView>(page, "scheduleView");
        QCOMPARE(columnTexts(view, ScheduleTableModel::Title), QStringList { QStringLiteral("门店陈列小技巧") });
        // The filter stays when the week changes.
        QTest::mouseClick(child<QToolButton>(page, "nextWeekButton"), Qt::LeftButton);
        QCOMPARE(columnTexts(view, ScheduleTableModel::Title), QStringList { QStringLiteral("周三下午茶福利") });
        combo->setCurrentIndex(0);
        QCOMPARE(view->model()->rowCount(), 2);
    }

    void markDonePersists()
    {
        Fixture f;
        CalendarPage page;
        QSignalSpy changed(&page, &CalendarPage::dataChanged);
        page.setDatabase(f.t.connection());
        page.setWeek(QDate(2026, 11, 23));
        auto *view = child<QTableView>(page, "scheduleView");
        auto *markDone = child<QPushButton>(page, "markDoneButton");
        QVERIFY(!markDone->isEnabled()); // nothing selected

        view->selectRow(1);
        QVERIFY(markDone->isEnabled());
        const qint64 id = view->model()->index(1, 0).data(ScheduleTableModel::EntryIdRole).toLongLong();
        QTest::mouseClick(markDone, Qt::LeftButton);

        ScheduleEntry stored;
        QVERIFY_OK(ScheduleRepository(f.t.connection()).entry(id, &stored));
        QCOMPARE(stored.status, ScheduleStatus::Done);
        QVERIFY(stored.doneAt.isValid());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(view->model()->index(1, ScheduleTableModel::Status).data().toString(), QStringLiteral("Done"));
        QVERIFY(!view->model()->index(1, ScheduleTableModel::DoneAt).data().toString().isEmpty());
        QVERIFY(!markDone->isEnabled()); // already done

        // A fresh page over the same database sees it too.
        CalendarPage again;
        again.setDatabase(f.t.connection());
        again.setWeek(QDate(2026, 11, 23));
        auto *view2 = child<QTableView>(again, "scheduleView");
        QCOMPARE(view2->model()->index(1, ScheduleTableModel::Status).data().toString(), QStringLiteral("Done"));
    }

    void templatesListAndApply()
    {
        Fixture f;
        CalendarPage page;
        page.setDatabase(f.t.connection());
        page.setWeek(QDate(2026, 11, 30));
        auto *templates = child<QTableView>(page, "templateView");
        auto *steps = child<QTableView>(page, "stepView");
        QCOMPARE(templates->model()->rowCount(), 0);

        QTest::mouseClick(child<QPushButton>(page, "installTemplatesButton"), Qt::LeftButton);
        QCOMPARE(templates->model()->rowCount(), builtinSopTemplates().size());
        QCOMPARE(templates->currentIndex().row(), 0);
        QVERIFY(steps->model()->rowCount() > 0);
        templates->selectRow(1);
        QCOMPARE(steps->model()->rowCount(), templates->model()->index(1, 3).data().toInt()); // StepCount column

        auto *apply = child<QPushButton>(page, "applyTemplateButton");
        QVERIFY(!apply->isEnabled()); // no group chosen
        auto *combo = child<QComboBox>(page, "groupFilter");
        combo->setCurrentIndex(combo->findData(f.perks));
        QVERIFY(apply->isEnabled());
        QCOMPARE(child<QDateEdit>(page, "applyStartDate")->date(), QDate(2026, 11, 30));

        // The new-member plan (a campaign, listed after the weekly calendar by name) from Monday.
        int campaignRow = -1;
        QList<SopTemplate> list;
        QVERIFY_OK(SopRepository(f.t.connection()).listTemplates(&list));
        for (int i = 0; i < list.size(); ++i) {
            if (list.at(i).kind == SopKind::Campaign)
                campaignRow = i;
        }
        QVERIFY(campaignRow >= 0);
        templates->selectRow(campaignRow);
        auto *view = child<QTableView>(page, "scheduleView");
        const int before = view->model()->rowCount();
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), before + list.at(campaignRow).steps.size());
        // SOP entries carry their step's kind, shown with its colour.
        bool coloured = false;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QVariant deco = view->model()->index(r, ScheduleTableModel::Kind).data(Qt::DecorationRole);
            coloured = coloured || deco.typeId() == QMetaType::QColor;
        }
        QVERIFY(coloured);
    }

    void weekRangeText()
    {
        QCOMPARE(
            CalendarPage::weekRangeText(QDate(2026, 11, 23), QDate(2026, 11, 29)), QStringLiteral("Nov 23–29, 2026"));
        QCOMPARE(CalendarPage::weekRangeText(QDate(2026, 12, 28), QDate(2027, 1, 3)),
            QStringLiteral("Dec 28, 2026 – Jan 3, 2027"));
    }

    // Opt-in: QUNDESK_SCREENSHOT_DIR=/tmp/shots [QUNDESK_SCREENSHOT_QM=zh_CN.qm] saves the
    // populated page at 1280x800 for review.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("QUNDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set QUNDESK_SCREENSHOT_DIR to save a screenshot");
        QTranslator translator;
        const QString qm = qEnvironmentVariable("QUNDESK_SCREENSHOT_QM");
        if (!qm.isEmpty() && translator.load(qm)) {
            QCoreApplication::installTranslator(&translator);
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        }
        Fixture f;
        ContentRepository content(f.t.connection());
        ContentColumn column;
        column.name = QStringLiteral("福利与秒杀");
        column.category = ColumnCategory::Perks;
        qint64 columnId = 0;
        QVERIFY_OK(content.createColumn(column, &columnId));
        ContentItem sale;
        sale.title = QStringLiteral("爆款面霜限时秒杀");
        sale.kind = ContentKind::FlashSale;
        sale.columnId = columnId;
        qint64 saleId = 0;
        QVERIFY_OK(content.createItem(sale, &saleId));
        ScheduleEntry saleEntry;
        saleEntry.groupId = f.perks;
        saleEntry.contentItemId = saleId;
        saleEntry.scheduledAt = QDateTime(QDate(2026, 11, 25), QTime(20, 0));
        QVERIFY_OK(ScheduleRepository(f.t.connection()).create(saleEntry));
        QVERIFY_OK(SopRepository(f.t.connection()).installBuiltinTemplates());
        QList<SopTemplate> list;
        QVERIFY_OK(SopRepository(f.t.connection()).listTemplates(&list));
        for (const SopTemplate &sop : std::as_const(list))
            QVERIFY_OK(SopRepository(f.t.connection())
                           .apply(sop.id, sop.kind == SopKind::Weekly ? f.guide : f.perks, QDate(2026, 11, 23)));
        CalendarPage page;
        page.setDatabase(f.t.connection());
        page.setWeek(QDate(2026, 11, 23));
        auto *view = child<QTableView>(page, "scheduleView");
        QVERIFY_OK(ScheduleRepository(f.t.connection())
                       .markDone(view->model()->index(0, 0).data(ScheduleTableModel::EntryIdRole).toLongLong(),
                           QDateTime(QDate(2026, 11, 23), QTime(9, 2))));
        page.reload();
        view->selectRow(2);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QDir().mkpath(dir);
        QVERIFY(page.grab().save(dir + QStringLiteral("/calendar-page.png")));
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestCalendarPage)
#include "tst_calendar_page.moc"
