// calendar: the content calendar (calendar check: the conflicts of a date range).
#include "cli/Cli.h"

#include "storage/CalendarConflictRepository.h"
#include "storage/GroupSelectorRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace qundesk::cli {

namespace {

bool readDate(Cli &cli, const QCommandLineParser &parser, const QCommandLineOption &option, const QDate &fallback,
              QDate *day, int *rc)
{
    *day = fallback;
    if (!parser.isSet(option))
        return true;
    *day = QDate::fromString(parser.value(option), Qt::ISODate);
    if (day->isValid())
        return true;
    *rc = cli.fail(ExitUsage, QStringLiteral("--%1 must be a date like 2026-11-23, not '%2'")
                                  .arg(option.names().constFirst(), parser.value(option)));
    return false;
}

int calendarCheck(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD (default: today)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("Last day, YYYY-MM-DD (default: 6 days after --from)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption group(QStringLiteral("group"), QStringLiteral("Only this group (id or exact name)."),
                                   QStringLiteral("G"));
    parser.addOptions({json, from, to, group});
    if (int rc = cli.parse(parser, QStringLiteral("calendar check"),
                           QStringLiteral("List the content calendar's conflicts from --from to --to: more posts to a "
                                          "group in a day than calendar.daily_max_posts, more posts in one slot than "
                                          "its max posts, posts in the quiet hours (calendar.quiet_start to "
                                          "calendar.quiet_end), posts to archived or dissolved groups, and SOP steps "
                                          "on the same day as a campaign post. Conflicts are findings, not errors: "
                                          "the exit code is 0 when the check ran."),
                           args);
        rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return cli.fail(ExitUsage, QStringLiteral("calendar check takes no arguments, only options"));
    QDate first;
    QDate last;
    int rc = 0;
    if (!readDate(cli, parser, from, QDate::currentDate(), &first, &rc))
        return rc;
    if (!readDate(cli, parser, to, first.addDays(6), &last, &rc))
        return rc;
    if (last < first)
        return cli.fail(ExitUsage, QStringLiteral("--to (%1) is before --from (%2)")
                                       .arg(last.toString(Qt::ISODate), first.toString(Qt::ISODate)));
    if (first.daysTo(last) > 366)
        return cli.fail(ExitUsage, QStringLiteral("check at most a year at a time (--from %1 --to %2 is %3 days)")
                                       .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate))
                                       .arg(first.daysTo(last) + 1));

    Database db;
    if (!cli.open(db))
        return ExitData;
    GroupChoice chosen;
    if (parser.isSet(group)) {
        if (auto err = GroupSelectorRepository(db.connection()).findGroup(parser.value(group), &chosen))
            return cli.fail(err.kind == DatabaseError::Kind::NotFound ? ExitUsage : ExitData,
                            QStringLiteral("--group: ") + err.message);
    }
    QList<CalendarConflict> conflicts;
    if (auto err = CalendarConflictRepository(db.connection()).check(first, last, chosen.id, &conflicts))
        return cli.fail(ExitData, err.message);

    if (parser.isSet(json)) {
        QJsonArray items;
        std::map<QString, int> perKind;
        for (const CalendarConflict &c : std::as_const(conflicts)) {
            items.append(c.toJson());
            ++perKind[conflictKindCode(c.kind)];
        }
        QJsonObject counts;
        for (ConflictKind k : allConflictKinds())
            counts.insert(conflictKindCode(k), perKind[conflictKindCode(k)]);
        QJsonObject o{
            {QStringLiteral("from"), first.toString(Qt::ISODate)},
            {QStringLiteral("to"), last.toString(Qt::ISODate)},
            {QStringLiteral("group"), chosen.id > 0 ? QJsonValue(QJsonObject{{QStringLiteral("id"), chosen.id},
                                                                             {QStringLiteral("name"), chosen.name}})
                                                    : QJsonValue()},
            {QStringLiteral("count"), int(conflicts.size())},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("conflicts"), items},
        };
        Cli::json(QJsonDocument(o));
        return ExitOk;
    }
    QString text = QStringLiteral("Calendar conflicts %1 to %2%3: %4\n")
                       .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate),
                            chosen.id > 0 ? QStringLiteral(" for %1").arg(chosen.name) : QString())
                       .arg(conflicts.size());
    for (const CalendarConflict &c : std::as_const(conflicts)) {
        text += QStringLiteral("  %1 %2  %3  [%4] %5\n")
                    .arg(c.day.toString(Qt::ISODate),
                         c.time.isValid() ? c.time.toString(QStringLiteral("HH:mm")) : QStringLiteral("     "),
                         c.groupName, conflictKindCode(c.kind), c.reason);
    }
    Cli::out(text);
    return ExitOk;
}

} // namespace

int runCalendar(Cli &cli, const QStringList &args)
{
    static const QString usage = QStringLiteral(
        "Usage: qundesk-cli [--db FILE] calendar SUBCOMMAND [options]\n\n"
        "Subcommands:\n"
        "  check    list the conflicts of a date range (--from, --to, --group G, --json)\n");
    if (args.isEmpty())
        return cli.fail(ExitUsage, QStringLiteral("calendar needs a subcommand.\n") + usage);
    const QString sub = args.first();
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        Cli::out(usage);
        return ExitOk;
    }
    if (sub == QLatin1String("check"))
        return calendarCheck(cli, args.mid(1));
    return cli.fail(ExitUsage, QStringLiteral("unknown calendar subcommand '%1'.\n").arg(sub) + usage);
}

} // namespace qundesk::cli
