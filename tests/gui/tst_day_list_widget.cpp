#include "DayListTestData.h"
#include "TestSupport.h"

#include "calendar/DayListWidget.h"
#include "models/DayListModel.h"
#include "storage/ScheduleRepository.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace qundesk;
using qundesk::ui::DayListWidget;
using test::DayListFixture;

namespace {

template <typename T> T *child(const QWidget &w, const char *name)
{
    T *c = w.findChild<T *>(QString::fromLatin1(name));
    if (!c)
        qFatal("missing child %s", name);
    return c;
}

QByteArray pngBytes()
{
    QImage image(48, 32, QImage::Format_RGB32);
    image.fill(QColor(0xe9, 0x1e, 0x63));
    QPainter(&image).fillRect(8, 8, 16, 16, Qt::white);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// The widget on the fixture's day at 10:30, showing 林晓.
struct Shown
{
    DayListFixture f { pngBytes() };
    DayListWidget widget;
    QDateTime now = DayListFixture::at(10, 30);

    Shown()
    {
        widget.setClock([this] { return now; });
        widget.setDate(DayListFixture::day());
        widget.setDatabase(f.t.connection());
        widget.setOperator(f.linXiao);
        waitLoaded();
    }

    void waitLoaded()
    {
        QElapsedTimer timer;
        timer.start();
        while (widget.isLoading() && timer.elapsed() < 10000)
            QTest::qWait(10);
        QVERIFY(!widget.isLoading());
    }

    QTreeView *today() const { return child<QTreeView>(widget, "todayView"); }
};

} // namespace

class TestDayListWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::useTestActor();
    }

    void showsTheDayBySlotWithProgress()
    {
        Shown s;
        QCOMPARE(s.widget.operatorId(), s.f.linXiao);
        QCOMPARE(s.today()->model()->rowCount(), 5);
        QVERIFY(s.today()->isFirstColumnSpanned(0, QModelIndex()));
        QVERIFY(s.today()->isExpanded(s.today()->model()->index(0, 0)));
        QCOMPARE(child<QLabel>(s.widget, "progressLabel")->text(), QStringLiteral("1 of 5 done · 1 overdue"));
        QCOMPARE(s.widget.tomorrowModel()->items().size(), 1);
        QVERIFY2(child<QLabel>(s.widget, "tomorrowLabel")->text().contains(QStringLiteral("1 post")),
            qPrintable(child<QLabel>(s.widget, "tomorrowLabel")->text()));
        QVERIFY(child<QTreeView>(s.widget, "tomorrowView")->isColumnHidden(DayListModel::Status));
        QVERIFY(!child<QLabel>(s.widget, "emptyHint")->isVisibleTo(&s.widget));

        // Another day: nothing planned, a hint instead of an empty table.
        s.widget.setDate(DayListFixture::day().addDays(5));
        s.waitLoaded();
        QVERIFY(child<QLabel>(s.widget, "emptyHint")->isVisibleTo(&s.widget));
        QVERIFY(child<QLabel>(s.widget, "emptyHint")->text().contains(QStringLiteral("林晓")));
    }

    void markDonePersistsAndUndoes()
    {
        Shown s;
        QSignalSpy changed(&s.widget, &DayListWidget::dataChanged);
        s.today()->setCurrentIndex(s.widget.todayModel()->indexOfEntry(s.f.morning));
        auto *markDone = child<QPushButton>(s.widget, "markDoneButton");
        QVERIFY(markDone->isEnabled());
        QCOMPARE(markDone->text(), QStringLiteral("Mark done"));
        QTest::mouseClick(markDone, Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        ScheduleEntry stored;
        QVERIFY_OK(ScheduleRepository(s.f.t.connection()).entry(s.f.morning, &stored));
        QCOMPARE(stored.status, ScheduleStatus::Done);
        QCOMPARE(stored.doneAt, s.now);
        QCOMPARE(child<QLabel>(s.widget, "progressLabel")->text(), QStringLiteral("2 of 5 done"));
        QCOMPARE(markDone->text(), QStringLiteral("Undo done"));

        // A reload reads it back from the database.
        s.widget.reload();
        s.waitLoaded();
        QCOMPARE(s.widget.todayModel()->indexOfEntry(s.f.morning, DayListModel::Status).data(Qt::CheckStateRole).toInt(),
            int(Qt::Checked));

        QTest::mouseClick(markDone, Qt::LeftButton);
        QVERIFY_OK(ScheduleRepository(s.f.t.connection()).entry(s.f.morning, &stored));
        QCOMPARE(stored.status, ScheduleStatus::Planned);
        QCOMPARE(child<QLabel>(s.widget, "progressLabel")->text(), QStringLiteral("1 of 5 done · 1 overdue"));

        // The check box in the list does the same.
        s.widget.resize(1280, 800);
        s.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&s.widget));
        const QModelIndex box = s.widget.todayModel()->indexOfEntry(s.f.lent, DayListModel::Status);
        QVERIFY(s.widget.todayModel()->setData(box, Qt::Checked, Qt::CheckStateRole));
        QVERIFY_OK(ScheduleRepository(s.f.t.connection()).entry(s.f.lent, &stored));
        QCOMPARE(stored.status, ScheduleStatus::Done);
        QCOMPARE(child<QLabel>(s.widget, "progressLabel")->text(), QStringLiteral("2 of 5 done · 1 overdue"));
    }

    void copyPutsTheTextOnTheClipboard()
    {
        Shown s;
        QGuiApplication::clipboard()->clear();
        QVERIFY(s.widget.copyEntry(s.f.morning));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("早上好呀～本周福利：周三下午茶、周五秒杀，记得准时来！"));

        // The Copy button painted in the row.
        s.widget.resize(1280, 800);
        s.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&s.widget));
        const QModelIndex copy = s.widget.todayModel()->indexOfEntry(s.f.sale, DayListModel::Copy);
        const QRect rect = s.today()->visualRect(copy);
        QVERIFY(rect.isValid());
        QTest::mouseClick(s.today()->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("【限时秒杀】今晚 8 点")));
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("\n点击小程序链接下单")));
        // It offers the attached materials by title.
        QVERIFY2(child<QLabel>(s.widget, "feedbackLabel")->text().contains(QStringLiteral("2 attached material")),
            qPrintable(child<QLabel>(s.widget, "feedbackLabel")->text()));
        auto *materials = child<QListWidget>(s.widget, "materialsList");
        QCOMPARE(materials->count(), 2);
        QVERIFY(materials->item(0)->text().contains(QStringLiteral("秒杀文案：面霜")));
        QVERIFY(materials->item(1)->text().contains(QStringLiteral("秒杀海报：面霜")));
        QVERIFY(child<QPlainTextEdit>(s.widget, "detailText")->toPlainText().startsWith(QStringLiteral("【限时秒杀】")));

        materials->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(s.widget, "copyMaterialButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("面霜 5 折，只有今晚！"));
        QVERIFY(s.widget.copyMaterial(s.f.imageMaterial));
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime->hasImage());
        QCOMPARE(qvariant_cast<QImage>(mime->imageData()).size(), QSize(48, 32));

        // Ctrl+C in the list copies the selected post.
        s.today()->setFocus();
        s.today()->setCurrentIndex(s.widget.todayModel()->indexOfEntry(s.f.lent));
        QTest::keySequence(s.today(), QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("下午茶时间到！"));
        QVERIFY(!s.widget.copyEntry(987654));
    }

    void theClockMovesTheList()
    {
        Shown s;
        // Lunch is over: 13:00 and 14:00 are late too.
        s.now = DayListFixture::at(14, 5);
        s.widget.refreshClock();
        QCOMPARE(child<QLabel>(s.widget, "progressLabel")->text(), QStringLiteral("1 of 5 done · 3 overdue"));
        // Past midnight the list shows the new day, and its own tomorrow.
        s.now = DayListFixture::at(0, 1, 1);
        s.widget.refreshClock();
        QCOMPARE(s.widget.date(), DayListFixture::day().addDays(1));
        s.waitLoaded();
        QCOMPARE(s.widget.todayModel()->items().size(), 1);
        QCOMPARE(s.widget.tomorrowModel()->date(), DayListFixture::day().addDays(2));
        // A day picked by hand stays.
        s.widget.setDate(DayListFixture::day().addDays(-3));
        s.now = DayListFixture::at(0, 1, 2);
        s.widget.refreshClock();
        QCOMPARE(s.widget.date(), DayListFixture::day().addDays(-3));
    }

    void overdueRowsAreRed()
    {
        Shown s;
        const QModelIndex morning = s.widget.todayModel()->indexOfEntry(s.f.morning, DayListModel::Title);
        QCOMPARE(qvariant_cast<QColor>(morning.data(Qt::ForegroundRole)), QColor(QStringLiteral("#c62828")));
        QVERIFY(morning.data(Qt::BackgroundRole).isValid());
        const QModelIndex later = s.widget.todayModel()->indexOfEntry(s.f.lent, DayListModel::Title);
        QVERIFY(!later.data(Qt::ForegroundRole).isValid());
        s.today()->setCurrentIndex(s.widget.todayModel()->indexOfEntry(s.f.morning));
        QVERIFY2(child<QLabel>(s.widget, "detailMeta")->text().contains(QStringLiteral("Overdue by 1 h 30 min")),
            qPrintable(child<QLabel>(s.widget, "detailMeta")->text()));
    }

    void defaultOperatorIsTheActorElseTheRememberedOne()
    {
        DayListFixture f;
        QSettings(QStringLiteral("QunDesk"), QStringLiteral("QunDesk")).remove(DayListWidget::operatorSettingsKey());
        {
            // The actor is 测试运营, not an operator: the first operator running groups.
            DayListWidget w;
            w.setDatabase(f.t.connection());
            QCOMPARE(w.operatorId(), f.linXiao);
            // Picking someone in the combo is remembered.
            auto *combo = child<QComboBox>(w, "operatorCombo");
            combo->setCurrentIndex(combo->findData(f.wangFang));
            emit combo->activated(combo->currentIndex());
            QCOMPARE(QSettings(QStringLiteral("QunDesk"), QStringLiteral("QunDesk"))
                         .value(DayListWidget::operatorSettingsKey())
                         .toLongLong(),
                f.wangFang);
        }
        {
            DayListWidget w;
            w.setDatabase(f.t.connection());
            QCOMPARE(w.operatorId(), f.wangFang);
        }
        const qint64 actor = test::insertOperator(f.t.connection(), QStringLiteral("测试运营"));
        {
            DayListWidget w;
            w.setDatabase(f.t.connection());
            QCOMPARE(w.operatorId(), actor);
        }
        {
            // The combo's labels are translated ("测试运营（0 个群）"); the name still matches.
            QTranslator translator;
            QVERIFY(translator.load(QStringLiteral(":/i18n/qundesk_zh_CN.qm")));
            QCoreApplication::installTranslator(&translator);
            DayListWidget w;
            w.setDatabase(f.t.connection());
            QCOMPARE(w.operatorId(), actor);
            QVERIFY2(child<QComboBox>(w, "operatorCombo")->currentText().contains(QStringLiteral("个群")),
                qPrintable(child<QComboBox>(w, "operatorCombo")->currentText()));
            QCoreApplication::removeTranslator(&translator);
        }
        QSettings(QStringLiteral("QunDesk"), QStringLiteral("QunDesk")).remove(DayListWidget::operatorSettingsKey());
    }

    void noDatabaseNoOperators()
    {
        DayListWidget w;
        w.setDatabase(QSqlDatabase());
        QCOMPARE(w.operatorId(), qint64(0));
        QVERIFY(!child<QComboBox>(w, "operatorCombo")->isEnabled());
        QCOMPARE(w.todayModel()->rowCount(), 0);
        QVERIFY(!child<QPushButton>(w, "markDoneButton")->isEnabled());
    }

    void savesItsScreenshot()
    {
        Shown s;
        QTemporaryDir dir;
        s.widget.resize(1280, 800);
        QVERIFY(s.widget.saveScreenshots(dir.path(), QStringLiteral("03-calendar")));
        QImage shot(dir.filePath(QStringLiteral("03-calendar-daylist.png")));
        QCOMPARE(shot.size(), QSize(1280, 800));
        // The first overdue post is shown in the detail pane.
        QCOMPARE(child<QLabel>(s.widget, "detailTitle")->text(), QStringLiteral("早安问候：本周福利预告"));
    }

    // Opt-in: QUNDESK_SCREENSHOT_DIR=/tmp/shots [QUNDESK_SCREENSHOT_LANG=zh_CN] saves the list at
    // 1280x800 for review.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("QUNDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set QUNDESK_SCREENSHOT_DIR to save a screenshot");
        const QString language = qEnvironmentVariable("QUNDESK_SCREENSHOT_LANG", QStringLiteral("en"));
        QTranslator translator;
        // English needs its catalogue too, for the plural forms.
        QVERIFY(translator.load(QStringLiteral(":/i18n/qundesk_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        if (language != QLatin1String("en"))
            QLocale::setDefault(QLocale(language));
        {
            Shown s;
            // A realistic morning: a few more posts, one done.
            const auto add = [&](qint64 group, int h, const QString &title, const QString &body) {
                s.f.add(group, DayListFixture::at(h), title, body);
            };
            add(s.f.guide, 10, QStringLiteral("上午干货：门店陈列三要点"), QStringLiteral("陈列三要点：1. 主推放齐眉位；2. 价签统一；3. 试用装常备。"));
            add(s.f.perks, 10, QStringLiteral("新品预告：修护精华"), QStringLiteral("下周一新品修护精华上线，群内提前锁定早鸟价！"));
            add(s.f.guide, 20, QStringLiteral("晚间主推：面霜套装"), QStringLiteral("今晚主推面霜套装，店主拿货价见群公告。"));
            add(s.f.perks, 22, QStringLiteral("晚安总结"), QStringLiteral("今天的福利都领到了吗？晚安～"));
            s.widget.reload();
            s.waitLoaded();
            s.widget.resize(1280, 800);
            s.widget.show();
            QVERIFY(QTest::qWaitForWindowExposed(&s.widget));
            QVERIFY(s.widget.copyEntry(s.f.sale));
            QVERIFY(s.widget.saveScreenshots(dir, QStringLiteral("daylist-") + language));
        }
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
    }

    // Opt-in: QUNDESK_DAYLIST_DB=/tmp/copy-of-demo1m.db [QUNDESK_DAYLIST_OPERATOR=13
    // QUNDESK_DAYLIST_DATE=2026-11-23] times the list on a big database: how long the UI thread
    // is busy starting the load, how long until the rows arrive, and a mark done.
    void bigDatabase()
    {
        const QString path = qEnvironmentVariable("QUNDESK_DAYLIST_DB");
        if (path.isEmpty())
            QSKIP("set QUNDESK_DAYLIST_DB to time the list on a big database");
        Database db;
        QVERIFY_OK(db.open(path));
        DayListWidget w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setDate(QDate::fromString(qEnvironmentVariable("QUNDESK_DAYLIST_DATE", QStringLiteral("2026-11-23")), Qt::ISODate));
        QElapsedTimer timer;
        timer.start();
        w.setDatabase(db.connection());
        const qint64 op = qEnvironmentVariableIntValue("QUNDESK_DAYLIST_OPERATOR");
        if (op > 0)
            w.setOperator(op);
        const qint64 uiThread = timer.elapsed();
        while (w.isLoading() && timer.elapsed() < 60000)
            QTest::qWait(1);
        const qint64 loaded = timer.elapsed();
        QElapsedTimer paint;
        paint.start();
        w.repaint();
        const qint64 painted = paint.elapsed();
        qInfo("1M: operator #%lld, %lld posts today; UI thread busy %lld ms to start, rows after %lld ms, repaint %lld ms",
            static_cast<long long>(w.operatorId()), static_cast<long long>(w.todayModel()->items().size()),
            static_cast<long long>(uiThread), static_cast<long long>(loaded), static_cast<long long>(painted));
        const qint64 entry = w.todayModel()->items().isEmpty() ? 0 : w.todayModel()->items().constFirst().entryId;
        if (entry > 0) {
            QElapsedTimer write;
            write.start();
            QVERIFY_OK(w.todayModel()->setEntryDone(entry, true));
            const qint64 done = write.elapsed();
            QVERIFY_OK(w.todayModel()->setEntryDone(entry, false));
            qInfo("1M: mark done %lld ms, undo %lld ms", static_cast<long long>(done),
                static_cast<long long>(write.elapsed() - done));
        }
        const QString dir = qEnvironmentVariable("QUNDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(w.saveScreenshots(dir, QStringLiteral("daylist-1m")));
    }
};

QTEST_MAIN(TestDayListWidget)
#include "tst_day_list_widget.moc"
