// `qundesk-cli export calendar FILE --format ics|csv [--from D --to D --group G --operator O]`, and
// the `export` dispatcher that sends `export members` to the member exporter.

#include "cli/Cli.h"
#include "io/CalendarCsv.h"
#include "io/ICalendarExport.h"
#include "storage/DayListRepository.h"
#include "storage/GroupSelectorRepository.h"
#include "storage/ScheduleRepository.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace qundesk::cli {

namespace {

// The first word that is not an option or the value of --db: the thing to export.
QString exportWhat(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--db" || a == u"-db") {
            ++i;
            continue;
        }
        if (!a.startsWith(u'-'))
            return a;
    }
    return {};
}

int exportCalendar(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
        QStringLiteral("ics (iCalendar, RFC 5545) or csv (UTF-8 with BOM, Chinese header). Default: from the "
                       "file's suffix."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption from(QStringLiteral("from"),
        QStringLiteral("First day, YYYY-MM-DD (default: Monday of this week)."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("Last day, inclusive (default: four weeks after --from, on a Sunday)."), QStringLiteral("DATE"));
    const QCommandLineOption group(
        QStringLiteral("group"), QStringLiteral("Only this group (id or name; a dissolved group by id)."), QStringLiteral("G"));
    const QCommandLineOption op(
        QStringLiteral("operator"), QStringLiteral("Only this operator's entries (id or name)."), QStringLiteral("O"));
    const QCommandLineOption english(
        QStringLiteral("english-header"), QStringLiteral("CSV: English header and codes instead of Chinese."));
    parser.addOptions({ format, from, to, group, op, english });
    parser.addPositionalArgument(QStringLiteral("calendar"), QStringLiteral("What to export (calendar)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The .ics or .csv file to write."));
    if (int rc = cli.parse(parser, QStringLiteral("export calendar"),
            QStringLiteral("Export content calendar entries as iCalendar (.ics) or CSV. Event UIDs are stable: "
                           "re-importing an export updates the events instead of duplicating them."),
            args);
        rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != u"calendar")
        return cli.fail(ExitUsage, QStringLiteral("usage: qundesk-cli export calendar FILE --format ics|csv [options]"));
    const QString path = positional.at(1);

    QString fmt = parser.value(format).toLower();
    if (fmt.isEmpty())
        fmt = QFileInfo(path).suffix().toLower();
    if (fmt != u"ics" && fmt != u"csv")
        return cli.fail(ExitUsage,
            parser.isSet(format) ? QStringLiteral("--format must be ics or csv, not '%1'").arg(parser.value(format))
                                 : QStringLiteral("give --format ics or csv (the file name does not say which)"));
    if (parser.isSet(english) && fmt != u"csv")
        return cli.fail(ExitUsage, QStringLiteral("--english-header applies to CSV only"));

    CalendarExportOptions options;
    auto date = [&](const QCommandLineOption &option, QDate *out) -> int {
        *out = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!out->isValid())
            return cli.fail(ExitUsage,
                QStringLiteral("--%1 must be a date like 2026-11-23, not '%2'").arg(option.names().first(), parser.value(option)));
        return -1;
    };
    options.from = weekStart(QDate::currentDate());
    if (parser.isSet(from)) {
        if (int rc = date(from, &options.from); rc >= 0)
            return rc;
    }
    options.to = options.from.addDays(27);
    if (parser.isSet(to)) {
        if (int rc = date(to, &options.to); rc >= 0)
            return rc;
    }

    Database db;
    if (!cli.open(db))
        return ExitData;
    if (parser.isSet(group)) {
        // By name among the live groups; by id any group, so a dissolved group's history still exports.
        GroupChoice chosen;
        if (auto err = GroupSelectorRepository(db.connection()).findGroup(parser.value(group), &chosen))
            return cli.fail(ExitUsage, err.message);
        options.groupId = chosen.id;
    }
    if (parser.isSet(op)) {
        DayListOperator chosen;
        if (auto err = DayListRepository(db.connection()).findOperator(parser.value(op), &chosen))
            return cli.fail(ExitUsage, err.message);
        options.operatorId = chosen.id;
    }
    if (auto err = CalendarExportData::check(db.connection(), options))
        return cli.fail(ExitUsage, err.message);

    CalendarExportOutcome outcome;
    if (fmt == u"ics") {
        outcome = ICalendarExporter(db.connection()).exportTo(options, path);
    } else {
        CalendarCsvExporter exporter(db.connection());
        exporter.setEnglishHeader(parser.isSet(english));
        outcome = exporter.exportTo(options, path);
    }
    if (!outcome.ok())
        return cli.fail(ExitData, outcome.error);
    cli.out(QStringLiteral("%1 entries for %2 groups (%3 to %4) written to %5")
                .arg(outcome.entries)
                .arg(outcome.groups)
                .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate), path));
    return ExitOk;
}

} // namespace

int runExportAny(Cli &cli, const QStringList &args)
{
    if (exportWhat(args) == u"calendar")
        return exportCalendar(cli, args);
    return runExport(cli, args);
}

} // namespace qundesk::cli
