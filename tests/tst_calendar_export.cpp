#include "CalendarTestData.h"
#include "TestSupport.h"

#include "io/CalendarCsv.h"
#include "io/CsvReader.h"
#include "io/ICalendarExport.h"
#include "storage/ContentRepository.h"
#include "storage/ScheduleRepository.h"
#include "storage/SettingsRepository.h"

#include <QFile>
#include <QTest>

using namespace qundesk;
using test::runCli;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

#define QVERIFY_OK_VOID(expr)                                                                                          \
    do {                                                                                                               \
        const ::qundesk::DatabaseError e_ = (expr);                                                                    \
        if (e_)                                                                                                        \
            qFatal("%s", qPrintable(e_.message));                                                                      \
    } while (false)

// Two groups (one with TEXT and CSV special characters in its name), an operator, a content item
// with a body, and entries inside and outside the week of 2026-11-23.
struct Fixture
{
    Fixture()
    {
        test::useTestActor();
        const QSqlDatabase db = t.connection();
        op = test::insertOperator(db, QStringLiteral("小林"));
        other = test::insertOperator(db, QStringLiteral("阿杰"));
        perks = test::insertGroup(db, QStringLiteral("宠粉福利1群"), QStringLiteral("perks"), op);
        odd = test::insertGroup(db, QStringLiteral("导购群,A;B\\C"), QStringLiteral("shopping_guide"), other);
        ContentItem item;
        item.title = QStringLiteral("爆款面霜限时秒杀");
        item.body = QStringLiteral("今晚20点，面霜 ¥99，限量100件；\n先到先得！");
        item.kind = ContentKind::FlashSale;
        QVERIFY_OK_VOID(ContentRepository(db).createItem(item, &itemId));
        ScheduleRepository repo(db);
        ScheduleEntry sale;
        sale.groupId = perks;
        sale.contentItemId = itemId;
        sale.scheduledAt = QDateTime(QDate(2026, 11, 25), QTime(20, 0));
        QVERIFY_OK_VOID(repo.create(sale, &saleId));
        ScheduleEntry morning;
        morning.groupId = odd;
        morning.title = QStringLiteral("早安, 问候; 第1天");
        morning.body = QStringLiteral("第一行\n第二行 \"引号\"");
        morning.scheduledAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0));
        QVERIFY_OK_VOID(repo.create(morning, &morningId));
        ScheduleEntry dropped = morning;
        dropped.title = QStringLiteral("取消的预告");
        dropped.body.clear();
        dropped.scheduledAt = QDateTime(QDate(2026, 11, 29), QTime(22, 0));
        QVERIFY_OK_VOID(repo.create(dropped, &cancelledId));
        QVERIFY_OK_VOID(repo.setStatus(cancelledId, ScheduleStatus::Cancelled));
        ScheduleEntry later = morning;
        later.scheduledAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0));
        QVERIFY_OK_VOID(repo.create(later));
    }

    CalendarExportOptions week() const
    {
        CalendarExportOptions o;
        o.from = QDate(2026, 11, 23);
        o.to = QDate(2026, 11, 29);
        return o;
    }

    QString path(const QString &name) const { return t.dir.filePath(name); }

    test::TempDatabase t;
    qint64 op = 0, other = 0, perks = 0, odd = 0, itemId = 0, saleId = 0, morningId = 0, cancelledId = 0;
};

QList<ical::Component> parseOrFail(const QByteArray &bytes, bool *ok)
{
    QList<ical::Component> parsed;
    const ical::ParseError err = ical::Parser().parse(bytes, &parsed);
    if (err)
        qWarning("%s", qPrintable(err.toString()));
    *ok = !err && parsed.size() == 1;
    return parsed;
}

const ical::Component *eventWithUid(const ical::Component &cal, const QString &uid)
{
    for (const ical::Component *ev : cal.children(QStringLiteral("VEVENT"))) {
        if (ev->text(QStringLiteral("UID")) == uid)
            return ev;
    }
    return nullptr;
}

} // namespace

class TestCalendarExport : public QObject
{
    Q_OBJECT

private slots:
    void databaseIdIsMadeOnceAndKept()
    {
        test::TempDatabase a, b;
        QString first, again, other;
        QVERIFY_OK(SettingsRepository(a.connection()).databaseId(&first));
        QVERIFY_OK(SettingsRepository(a.connection()).databaseId(&again));
        QVERIFY_OK(SettingsRepository(b.connection()).databaseId(&other));
        QCOMPARE(first.size(), 36);
        QCOMPARE(again, first);
        QVERIFY(other != first);
    }

    void uidsAreStableAcrossExports()
    {
        Fixture f;
        ICalendarExporter one(f.t.connection());
        one.setStamp(QDateTime(QDate(2026, 11, 20), QTime(1, 0), QTimeZone::utc()));
        ICalendarExporter two(f.t.connection());
        two.setStamp(QDateTime(QDate(2026, 11, 21), QTime(1, 0), QTimeZone::utc()));
        QVERIFY(one.exportTo(f.week(), f.path(QStringLiteral("1.ics"))).ok());
        QVERIFY(two.exportTo(f.week(), f.path(QStringLiteral("2.ics"))).ok());
        bool ok1 = false, ok2 = false;
        const auto cal1 = parseOrFail(readAll(f.path(QStringLiteral("1.ics"))), &ok1);
        const auto cal2 = parseOrFail(readAll(f.path(QStringLiteral("2.ics"))), &ok2);
        QVERIFY(ok1 && ok2);
        QStringList uids1, uids2;
        for (const auto *ev : cal1.first().children(QStringLiteral("VEVENT")))
            uids1 << ev->text(QStringLiteral("UID"));
        for (const auto *ev : cal2.first().children(QStringLiteral("VEVENT")))
            uids2 << ev->text(QStringLiteral("UID"));
        QCOMPARE(uids1.size(), 3);
        QCOMPARE(uids1, uids2);
        QString dbId;
        QVERIFY_OK(SettingsRepository(f.t.connection()).databaseId(&dbId));
        QVERIFY(uids1.contains(QStringLiteral("qundesk-entry-%1@%2").arg(f.saleId).arg(dbId)));
        // Another database gives the same entry id another UID.
        QVERIFY(ICalendarExporter::uid(dbId, 1) != ICalendarExporter::uid(QStringLiteral("other"), 1));
    }

    void wholeExportParsesBack()
    {
        Fixture f;
        ICalendarExporter exporter(f.t.connection());
        exporter.setTimeZone(QTimeZone("Asia/Shanghai"));
        const CalendarExportOutcome outcome = exporter.exportTo(f.week(), f.path(QStringLiteral("week.ics")));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.entries, 3);
        QCOMPARE(outcome.groups, 2);
        const QByteArray bytes = readAll(f.path(QStringLiteral("week.ics")));
        bool ok = false;
        const auto parsed = parseOrFail(bytes, &ok);
        QVERIFY(ok);
        const ical::Component &cal = parsed.first();
        QCOMPARE(cal.children(QStringLiteral("VEVENT")).size(), 3);
        QCOMPARE(cal.children(QStringLiteral("VTIMEZONE")).size(), 1);

        QList<ScheduleRow> rows;
        QVERIFY_OK(ScheduleRepository(f.t.connection()).list(f.week().from, f.week().to, {}, &rows));
        QString dbId;
        QVERIFY_OK(SettingsRepository(f.t.connection()).databaseId(&dbId));
        for (const ScheduleRow &r : std::as_const(rows)) {
            const ical::Component *ev = eventWithUid(cal, ICalendarExporter::uid(dbId, r.entry.id));
            QVERIFY2(ev, qPrintable(r.displayTitle()));
            QCOMPARE(ev->text(QStringLiteral("SUMMARY")), r.displayTitle());
            QCOMPARE(ev->text(QStringLiteral("LOCATION")), r.groupName);
            QCOMPARE(ev->text(QStringLiteral("X-QUNDESK-GROUP-ID")), QString::number(r.entry.groupId));
            QCOMPARE(ev->text(QStringLiteral("X-QUNDESK-STATUS")), scheduleStatusCode(r.entry.status));
            const ical::Property *start = ev->property(QStringLiteral("DTSTART"));
            QCOMPARE(start->parameter(QStringLiteral("TZID")), QStringLiteral("Asia/Shanghai"));
            QCOMPARE(ical::Parser::dateTime(*start), r.entry.scheduledAt);
            QCOMPARE(ical::Parser::dateTime(*ev->property(QStringLiteral("DTEND"))),
                r.entry.scheduledAt.addSecs(ICalendarExporter::EventMinutes * 60));
        }
        const ical::Component *sale = eventWithUid(cal, ICalendarExporter::uid(dbId, f.saleId));
        // No body of its own: the content item's body, line break and all.
        QCOMPARE(sale->text(QStringLiteral("DESCRIPTION")), QStringLiteral("今晚20点，面霜 ¥99，限量100件；\n先到先得！"));
        QCOMPARE(ical::Parser::textList(sale->property(QStringLiteral("CATEGORIES"))->value),
            QStringList { contentKindLabel(ContentKind::FlashSale) });
        QCOMPARE(sale->text(QStringLiteral("X-QUNDESK-KIND")), QStringLiteral("flash_sale"));
        QCOMPARE(sale->text(QStringLiteral("X-QUNDESK-OPERATOR")), QStringLiteral("小林"));
        const ical::Component *morning = eventWithUid(cal, ICalendarExporter::uid(dbId, f.morningId));
        QCOMPARE(morning->text(QStringLiteral("LOCATION")), QStringLiteral("导购群,A;B\\C"));
        QCOMPARE(morning->text(QStringLiteral("SUMMARY")), QStringLiteral("早安, 问候; 第1天"));
        QCOMPARE(morning->text(QStringLiteral("DESCRIPTION")), QStringLiteral("第一行\n第二行 \"引号\""));
        QCOMPARE(morning->text(QStringLiteral("STATUS")), QStringLiteral("CONFIRMED"));
        const ical::Component *cancelled = eventWithUid(cal, ICalendarExporter::uid(dbId, f.cancelledId));
        QCOMPARE(cancelled->text(QStringLiteral("STATUS")), QStringLiteral("CANCELLED"));
        QVERIFY(!cancelled->property(QStringLiteral("DESCRIPTION")));
    }

    void filtersByGroupAndOperator()
    {
        Fixture f;
        CalendarExportOptions o = f.week();
        o.groupId = f.perks;
        QList<CalendarExportRow> rows;
        QVERIFY_OK(CalendarExportData::load(f.t.connection(), o, &rows));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().row.entry.id, f.saleId);
        o.groupId = 0;
        o.operatorId = f.other;
        QVERIFY_OK(CalendarExportData::load(f.t.connection(), o, &rows));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(CalendarExportData::filterText(f.t.connection(), o), QStringLiteral("Operator: 阿杰"));
        QCOMPARE(CalendarExportData::suggestedFileName(f.t.connection(), o, QStringLiteral("ics")),
            QStringLiteral("content-calendar_2026-11-23_2026-11-29_阿杰.ics"));
        o.operatorId = 0;
        o.groupId = f.odd;
        // The file name loses what file systems refuse.
        QCOMPARE(CalendarExportData::suggestedFileName(f.t.connection(), o, QStringLiteral("csv")),
            QStringLiteral("content-calendar_2026-11-23_2026-11-29_导购群,A;B-C.csv"));
    }

    void badRangesAndEmptyExports()
    {
        Fixture f;
        CalendarExportOptions o = f.week();
        o.to = o.from.addDays(-1);
        DatabaseError err = CalendarExportData::check(f.t.connection(), o);
        QVERIFY(err);
        QVERIFY2(err.message.contains(QStringLiteral("before the start date")), qPrintable(err.message));
        o.to = o.from.addDays(400);
        err = CalendarExportData::check(f.t.connection(), o);
        QVERIFY(err.message.contains(QStringLiteral("at most 366 days")));
        o = f.week();
        o.groupId = 9999;
        QCOMPARE(CalendarExportData::check(f.t.connection(), o).kind, DatabaseError::Kind::NotFound);

        o = f.week();
        o.from = o.to = QDate(2026, 12, 24);
        const QString path = f.path(QStringLiteral("empty.ics"));
        const CalendarExportOutcome outcome = ICalendarExporter(f.t.connection()).exportTo(o, path);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error.contains(QStringLiteral("2026-12-24")), qPrintable(outcome.error));
        QVERIFY(!QFile::exists(path));
    }

    void csvContent()
    {
        Fixture f;
        const QString path = f.path(QStringLiteral("week.csv"));
        const CalendarExportOutcome outcome = CalendarCsvExporter(f.t.connection()).exportTo(f.week(), path);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.entries, 3);
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.startsWith(QStringLiteral("编号,日期,星期,时间,时段,社群,标题,类型,栏目,状态,运营,完成时间,SOP,正文\r\n")));
        // Time order: Monday's morning post first; quoting keeps commas, quotes and line breaks.
        const QStringList lines = text.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.at(1),
            QStringLiteral("%1,2026-11-23,周一,09:00,早安问候,\"导购群,A;B\\C\",\"早安, 问候; 第1天\",,,待发,阿杰,,,\"第一行\n第二行 "
                           "\"\"引号\"\"\"")
                .arg(f.morningId));
        QVERIFY(lines.at(2).startsWith(
            QStringLiteral("%1,2026-11-25,周三,20:00,晚间主推,宠粉福利1群,爆款面霜限时秒杀,秒杀,,待发,小林,,,").arg(f.saleId)));
        QVERIFY(lines.at(3).contains(QStringLiteral(",已取消,")));

        CalendarCsvExporter english(f.t.connection());
        english.setEnglishHeader(true);
        QVERIFY(english.exportTo(f.week(), path).ok());
        const QString en = QString::fromUtf8(readAll(path).mid(3));
        QVERIFY(en.startsWith(QStringLiteral("id,date,weekday,time,slot,group,title,kind,column,status,operator,done_at,"
                                             "sop_application,text\r\n")));
        QVERIFY(en.contains(QStringLiteral(",flash_sale,,planned,小林,")));
        QVERIFY(en.contains(QStringLiteral(",cancelled,")));
    }

    void cliExportsCalendar()
    {
        Fixture f;
        const QString db = f.t.path;
        const QString ics = f.path(QStringLiteral("cli.ics"));
        auto r = runCli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("calendar"), ics,
            QStringLiteral("--format"), QStringLiteral("ics"), QStringLiteral("--from"), QStringLiteral("2026-11-23"),
            QStringLiteral("--to"), QStringLiteral("2026-11-29"), QStringLiteral("--group"), QStringLiteral("宠粉福利1群") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("1 entries for 1 groups"), r.out.constData());
        bool ok = false;
        const auto parsed = parseOrFail(readAll(ics), &ok);
        QVERIFY(ok);
        QCOMPARE(parsed.first().children(QStringLiteral("VEVENT")).size(), 1);

        // The operator by id; the format from the file's suffix.
        const QString csv = f.path(QStringLiteral("cli.csv"));
        r = runCli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("calendar"), csv,
            QStringLiteral("--from"), QStringLiteral("2026-11-23"), QStringLiteral("--to"), QStringLiteral("2026-11-29"),
            QStringLiteral("--operator"), QString::number(f.other) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("2 entries for 1 groups"), r.out.constData());
        QVERIFY(readAll(csv).startsWith("\xEF\xBB\xBF"));

        const QStringList base { QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("calendar") };
        r = runCli(base + QStringList { ics, QStringLiteral("--format"), QStringLiteral("vcs") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--format must be ics or csv, not 'vcs'"));
        r = runCli(base + QStringList { f.path(QStringLiteral("x.txt")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--format ics or csv"));
        r = runCli(base + QStringList { ics, QStringLiteral("--group"), QStringLiteral("不存在的群") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("不存在的群"), r.err.constData());
        r = runCli(base + QStringList { ics, QStringLiteral("--operator"), QStringLiteral("nobody") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("nobody"), r.err.constData());
        r = runCli(base + QStringList { ics, QStringLiteral("--from"), QStringLiteral("23.11.2026") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--from must be a date like 2026-11-23, not '23.11.2026'"));
        r = runCli(base + QStringList { ics, QStringLiteral("--from"), QStringLiteral("2026-11-29"), QStringLiteral("--to"),
            QStringLiteral("2026-11-23") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("before the start date"));
        r = runCli(base + QStringList { ics, QStringLiteral("--from"), QStringLiteral("2026-12-24"), QStringLiteral("--to"),
            QStringLiteral("2026-12-24") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("nothing was written"));

        // A dissolved group's history exports by id; names pick among the live groups.
        Query dissolve(f.t.connection(), QStringLiteral("UPDATE chat_groups SET status = 'dissolved' WHERE id = :id"));
        dissolve.bind(QStringLiteral(":id"), f.perks);
        QVERIFY_OK(dissolve.exec(QStringLiteral("dissolve")));
        const QStringList week { QStringLiteral("--from"), QStringLiteral("2026-11-23"), QStringLiteral("--to"),
            QStringLiteral("2026-11-29"), QStringLiteral("--group") };
        r = runCli(base + QStringList { ics } + week + QStringList { QString::number(f.perks) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("1 entries for 1 groups"), r.out.constData());
        r = runCli(base + QStringList { ics } + week + QStringList { QStringLiteral("宠粉福利1群") });
        QCOMPARE(r.exitCode, 2);

        // `export members` still reaches the member exporter.
        r = runCli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("members"),
            f.path(QStringLiteral("m.csv")) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("members written"));
    }

    void cliExportOfTheDemoParsesBack()
    {
        test::TempDatabase t;
        auto r = runCli({ QStringLiteral("--db"), t.path, QStringLiteral("demo") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QDate monday = weekStart(QDate::currentDate());
        const QString ics = t.dir.filePath(QStringLiteral("demo.ics"));
        r = runCli({ QStringLiteral("--db"), t.path, QStringLiteral("export"), QStringLiteral("calendar"), ics,
            QStringLiteral("--format"), QStringLiteral("ics") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QList<ScheduleRow> rows;
        QVERIFY_OK(ScheduleRepository(t.connection()).list(monday, monday.addDays(27), {}, &rows));
        QVERIFY(rows.size() > 1000);
        QVERIFY2(r.out.startsWith(QByteArray(QByteArray::number(rows.size()) + " entries")), r.out.constData());
        bool ok = false;
        const auto parsed = parseOrFail(readAll(ics), &ok);
        QVERIFY(ok);
        QCOMPARE(parsed.first().children(QStringLiteral("VEVENT")).size(), rows.size());
    }
};

QTEST_GUILESS_MAIN(TestCalendarExport)
#include "tst_calendar_export.moc"
