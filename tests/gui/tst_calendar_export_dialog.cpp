#include "CalendarTestData.h"
#include "TestSupport.h"

#include "calendar/CalendarExportDialog.h"
#include "calendar/WeekSheet.h"
#include "storage/ContentRepository.h"
#include "storage/ScheduleRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace qundesk;
using namespace qundesk::ui;

namespace {

CalendarExportRow row(qint64 id, qint64 group, const QString &groupName, const QDateTime &when, const QString &title,
    ContentKind kind = ContentKind::Perk, ScheduleStatus status = ScheduleStatus::Planned)
{
    CalendarExportRow r;
    r.row.entry.id = id;
    r.row.entry.groupId = group;
    r.row.entry.scheduledAt = when;
    r.row.entry.title = title;
    r.row.entry.status = status;
    r.row.groupName = groupName;
    r.row.kind = kind;
    return r;
}

QList<TimeSlot> defaultSlots()
{
    QList<TimeSlot> out;
    for (int h : { 9, 10, 13, 14, 16, 17, 20, 22 })
        out.append({ 0, QTime(h, 0), QStringLiteral("时段%1").arg(h), 1 });
    return out;
}

int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    int n = 0;
    auto it = page.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

// Pixels that are not white: the painter drew something.
int inkedPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            n += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    }
    return n;
}

const QDate Monday(2026, 11, 23);

} // namespace

class TestCalendarExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestActor(); }

    void oneWeekOnePage()
    {
        const QList<CalendarExportRow> rows = {
            row(1, 1, QStringLiteral("宠粉福利1群"), QDateTime(Monday, QTime(9, 0)), QStringLiteral("早安问候")),
            row(2, 2, QStringLiteral("宠粉福利2群"), QDateTime(Monday.addDays(2), QTime(20, 0)), QStringLiteral("秒杀")),
        };
        WeekSheet sheet(Monday, Monday.addDays(6), defaultSlots(), rows);
        QCOMPARE(sheet.pageCount(), 1);
        QCOMPARE(sheet.pageWeek(0), Monday);
        QVERIFY(inkedPixels(sheet.pageImage(0, 72)) > 1000);
    }

    void oneOrMorePagesPerWeek()
    {
        // A range over three calendar weeks (Sunday to Monday) prints three weeks.
        WeekSheet three(Monday.addDays(-1), Monday.addDays(7), defaultSlots(), {});
        QCOMPARE(three.pageCount(), 3);
        QCOMPARE(three.pageWeek(0), Monday.addDays(-7));
        QCOMPARE(three.pageWeek(2), Monday.addDays(7));
    }

    void identicalPostsToManyGroupsPrintOnce()
    {
        // 60 groups get the same post in every slot of the week: one item per cell, one page.
        QList<CalendarExportRow> rows;
        qint64 id = 0;
        for (int d = 0; d < 7; ++d) {
            for (const TimeSlot &s : defaultSlots()) {
                for (int g = 1; g <= 60; ++g)
                    rows.append(row(++id, g, QStringLiteral("宠粉%1群").arg(g), QDateTime(Monday.addDays(d), s.time),
                        QStringLiteral("统一话术")));
            }
        }
        WeekSheet sheet(Monday, Monday.addDays(6), defaultSlots(), rows);
        QCOMPARE(sheet.pageCount(), 1);
    }

    void crowdedCellsSpreadOverPages()
    {
        // 40 different posts in one cell are more than a page holds: the week continues on a second page.
        QList<CalendarExportRow> rows;
        for (int i = 0; i < 40; ++i)
            rows.append(row(i + 1, i + 1, QStringLiteral("群%1").arg(i), QDateTime(Monday, QTime(20, 0)),
                QStringLiteral("不同的帖子 %1").arg(i)));
        WeekSheet sheet(Monday, Monday.addDays(6), defaultSlots(), rows);
        const double body = WeekSheet::pageSize().height() - 2 * WeekSheet::Margin - WeekSheet::HeaderHeight
            - WeekSheet::FooterHeight - WeekSheet::DayHeaderHeight;
        QVERIFY(int((body - 2 * WeekSheet::CellPadding) / WeekSheet::ItemHeight) < 40);
        // Seven empty rows and 12 posts on the first page, 21 on the second, the last 7 and 22:00 on the third.
        QCOMPARE(sheet.pageCount(), 3);
        QCOMPARE(sheet.pageWeek(2), Monday);
        QCOMPARE(sheet.pageWeek(1), Monday);
    }

    void entriesOffTheSlotsGetTheirOwnRow()
    {
        const QList<CalendarExportRow> rows
            = { row(1, 1, QStringLiteral("群"), QDateTime(Monday, QTime(11, 30)), QStringLiteral("临时加推")) };
        WeekSheet with(Monday, Monday.addDays(6), defaultSlots(), rows);
        WeekSheet without(Monday, Monday.addDays(6), defaultSlots(), {});
        // Both fit one page; the extra row shows on the image as more ink.
        QCOMPARE(with.pageCount(), 1);
        QVERIFY(inkedPixels(with.pageImage(0, 72)) > inkedPixels(without.pageImage(0, 72)));
    }

    void writesPdf()
    {
        test::TempDatabase t;
        const qint64 group = test::insertGroup(t.connection(), QStringLiteral("宠粉福利1群"));
        ScheduleRepository repo(t.connection());
        for (int i = 0; i < 40; ++i) {
            ScheduleEntry e;
            e.groupId = group;
            e.title = QStringLiteral("晚间主推 %1").arg(i);
            e.scheduledAt = QDateTime(Monday.addDays(i % 7), QTime(20, 0));
            QVERIFY_OK(repo.create(e));
        }
        CalendarExportOptions o;
        o.from = Monday;
        o.to = Monday.addDays(13);
        const QString path = t.dir.filePath(QStringLiteral("week.pdf"));
        int pages = 0;
        const CalendarExportOutcome outcome = WeekSheet::exportPdf(t.connection(), o, path, &pages);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.entries, 40);
        QCOMPARE(pages, 2);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 2000);
        QCOMPARE(pdfPageCount(pdf), pages);
    }

    void dialogExports()
    {
        test::TempDatabase t;
        const qint64 op = test::insertOperator(t.connection(), QStringLiteral("小林"));
        const qint64 group = test::insertGroup(t.connection(), QStringLiteral("宠粉福利1群"), QStringLiteral("perks"), op);
        test::insertGroup(t.connection(), QStringLiteral("导购2群"));
        ScheduleEntry e;
        e.groupId = group;
        e.title = QStringLiteral("早安问候");
        e.scheduledAt = QDateTime(Monday, QTime(9, 0));
        QVERIFY_OK(ScheduleRepository(t.connection()).create(e));

        CalendarExportDialog dialog;
        dialog.setDatabase(t.connection());
        dialog.setRange(Monday, Monday.addDays(6));
        dialog.setGroup(group);
        QCOMPARE(dialog.options().groupId, group);
        QVERIFY2(dialog.filePath().endsWith(QStringLiteral("content-calendar_2026-11-23_2026-11-29_宠粉福利1群.ics")),
            qPrintable(dialog.filePath()));
        dialog.setFormat(CalendarExportDialog::Format::Csv);
        QVERIFY(dialog.filePath().endsWith(QStringLiteral(".csv")));

        const QString path = t.dir.filePath(QStringLiteral("out.csv"));
        dialog.setFilePath(path);
        dialog.startExport();
        QTRY_VERIFY(!dialog.isRunning());
        QVERIFY2(dialog.resultText().contains(QStringLiteral("Exported 1 post(s)")), qPrintable(dialog.resultText()));
        QVERIFY(dialog.resultText().contains(QStringLiteral("out.csv")));
        QVERIFY(QFile::exists(path));

        // A typed name that is no group is refused, not read as "all groups".
        const QList<QComboBox *> combos = dialog.findChildren<QComboBox *>();
        QComboBox *groupCombo = nullptr;
        for (QComboBox *c : combos) {
            if (c->findText(QStringLiteral("导购2群")) >= 0)
                groupCombo = c;
        }
        QVERIFY(groupCombo);
        groupCombo->setEditText(QStringLiteral("没有这个群"));
        dialog.startExport();
        QVERIFY(!dialog.isRunning());
        QVERIFY2(dialog.resultText().contains(QStringLiteral("没有这个群")), qPrintable(dialog.resultText()));

        // Nothing in range: the reason, and no file.
        dialog.setGroup(0);
        dialog.setRange(Monday.addDays(7), Monday.addDays(13));
        const QString empty = t.dir.filePath(QStringLiteral("empty.ics"));
        dialog.setFormat(CalendarExportDialog::Format::ICalendar);
        dialog.setFilePath(empty);
        dialog.startExport();
        QTRY_VERIFY(!dialog.isRunning());
        QVERIFY2(dialog.resultText().contains(QStringLiteral("nothing was written")), qPrintable(dialog.resultText()));
        QVERIFY(!QFile::exists(empty));

        // PDF: pages in the result.
        dialog.setRange(Monday, Monday.addDays(6));
        dialog.setFormat(CalendarExportDialog::Format::Pdf);
        // The chosen name keeps, with the format's suffix.
        QCOMPARE(dialog.filePath(), t.dir.filePath(QStringLiteral("empty.pdf")));
        const QString pdf = t.dir.filePath(QStringLiteral("week.pdf"));
        dialog.setFilePath(pdf);
        dialog.startExport();
        QTRY_VERIFY(!dialog.isRunning());
        QVERIFY2(dialog.resultText().contains(QStringLiteral("(1 group(s), 1 page(s))")), qPrintable(dialog.resultText()));
    }

    void screenshots()
    {
        test::TempDatabase t;
        const qint64 group = test::insertGroup(t.connection(), QStringLiteral("宠粉福利1群"));
        ScheduleEntry e;
        e.groupId = group;
        e.title = QStringLiteral("早安问候");
        e.scheduledAt = QDateTime(weekStart(QDate::currentDate()), QTime(9, 0));
        QVERIFY_OK(ScheduleRepository(t.connection()).create(e));
        CalendarExportDialog dialog;
        dialog.setDatabase(t.connection());
        QVERIFY(dialog.saveScreenshots(t.dir.path(), QStringLiteral("calendar")));
        QVERIFY(QFile::exists(t.dir.filePath(QStringLiteral("calendar-export-dialog.png"))));
        QVERIFY(QFile::exists(t.dir.filePath(QStringLiteral("calendar-week-sheet.png"))));
    }

    // Opt-in: QUNDESK_SCREENSHOT_DIR=dir [QUNDESK_SCREENSHOT_LANG=zh_CN] exports the demo operation's
    // current week and keeps the dialog and sheet PNGs for review.
    void demoScreenshots()
    {
        const QString dir = qEnvironmentVariable("QUNDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set QUNDESK_SCREENSHOT_DIR to keep screenshots");
        const QString language = qEnvironmentVariable("QUNDESK_SCREENSHOT_LANG", QStringLiteral("en"));
        QTranslator translator;
        if (translator.load(QStringLiteral(":/i18n/qundesk_%1.qm").arg(language))) {
            QCoreApplication::installTranslator(&translator);
            if (language != u"en")
                QLocale::setDefault(QLocale(language));
        }
        test::TempDatabase t;
        const auto r = test::runCli({ QStringLiteral("--db"), t.path, QStringLiteral("demo") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        CalendarExportDialog dialog;
        dialog.setDatabase(t.connection());
        QVERIFY(dialog.saveScreenshots(dir, QStringLiteral("calendar-") + language));
        // The PDF itself too, to open in a viewer.
        const CalendarExportOutcome pdf = WeekSheet::exportPdf(
            t.connection(), dialog.options(), QDir(dir).filePath(QStringLiteral("calendar-%1-week.pdf").arg(language)));
        QVERIFY2(pdf.ok(), qPrintable(pdf.error));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestCalendarExportDialog)
#include "tst_calendar_export_dialog.moc"
