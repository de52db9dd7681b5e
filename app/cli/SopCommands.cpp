// sop: list the SOP templates, stamp one onto groups' calendars from a start date, list and undo
// applications. Applying is idempotent: groups already carrying the template from that date are
// skipped and named, so a script may safely run the same command twice.
#include "cli/Cli.h"

#include "storage/CalendarConflictRepository.h"
#include "storage/GroupSelectorRepository.h"
#include "storage/SopRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace qundesk::cli {

namespace {

QString skipText(const SopApplyTarget &t)
{
    switch (t.skip) {
    case SopApplyTarget::Skip::AlreadyApplied:
        return QStringLiteral("already applied (application #%1, on %2)")
            .arg(t.existingApplicationId)
            .arg(t.existingAppliedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    case SopApplyTarget::Skip::Archived:
        return QStringLiteral("archived group");
    case SopApplyTarget::Skip::Dissolved:
        return QStringLiteral("dissolved group");
    case SopApplyTarget::Skip::None:
        break;
    }
    return {};
}

QString skipCode(SopApplyTarget::Skip skip)
{
    switch (skip) {
    case SopApplyTarget::Skip::AlreadyApplied:
        return QStringLiteral("already_applied");
    case SopApplyTarget::Skip::Archived:
        return QStringLiteral("archived");
    case SopApplyTarget::Skip::Dissolved:
        return QStringLiteral("dissolved");
    case SopApplyTarget::Skip::None:
        break;
    }
    return {};
}

QJsonObject applicationJson(const SopApplication &a)
{
    return { { QStringLiteral("id"), a.id }, { QStringLiteral("template_id"), a.templateId },
        { QStringLiteral("template"), a.templateName }, { QStringLiteral("group_id"), a.groupId },
        { QStringLiteral("group"), a.groupName }, { QStringLiteral("start_date"), a.startDate.toString(Qt::ISODate) },
        { QStringLiteral("applied_at"),
            a.appliedAt.isValid() ? QJsonValue(a.appliedAt.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("entries"), a.entryCount } };
}

QJsonObject skippedJson(const SopApplyTarget &t)
{
    QJsonObject o { { QStringLiteral("group_id"), t.groupId }, { QStringLiteral("group"), t.groupName },
        { QStringLiteral("reason"), skipCode(t.skip) } };
    if (t.existingApplicationId > 0)
        o.insert(QStringLiteral("application_id"), t.existingApplicationId);
    return o;
}

QJsonObject occurrenceJson(const SopOccurrence &o)
{
    return { { QStringLiteral("date"), o.at.date().toString(Qt::ISODate) },
        { QStringLiteral("time"), o.at.time().toString(QStringLiteral("HH:mm")) },
        { QStringLiteral("kind"), contentKindCode(o.step.kind) }, { QStringLiteral("title"), o.step.title } };
}

int list(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (templates with their steps)."));
    parser.addOption(json);
    if (int rc = cli.parse(parser, QStringLiteral("sop list"), QStringLiteral("List the SOP templates."), args); rc >= 0)
        return rc;
    Database db;
    if (!cli.open(db))
        return ExitData;
    QList<SopTemplate> templates;
    if (auto err = SopRepository(db.connection()).listTemplates(&templates))
        return cli.fail(ExitData, err.message);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SopTemplate &t : std::as_const(templates))
            array.append(t.toJson());
        Cli::json(QJsonDocument(QJsonObject { { QStringLiteral("templates"), array } }));
        return ExitOk;
    }
    if (templates.isEmpty()) {
        Cli::out(QStringLiteral("No SOP templates yet (the calendar's SOP tab installs the built-in ones)."));
        return ExitOk;
    }
    QString text = QStringLiteral("%1  %2  %3  %4  %5\n")
                       .arg(QStringLiteral("ID"), 4)
                       .arg(QStringLiteral("KIND"), -8)
                       .arg(QStringLiteral("DAYS"), 4)
                       .arg(QStringLiteral("STEPS"), 5)
                       .arg(QStringLiteral("NAME"));
    for (const SopTemplate &t : std::as_const(templates)) {
        text += QStringLiteral("%1  %2  %3  %4  %5%6\n")
                    .arg(t.id, 4)
                    .arg(sopKindCode(t.kind), -8)
                    .arg(t.durationDays, 4)
                    .arg(t.steps.size(), 5)
                    .arg(t.name, t.builtin ? QStringLiteral(" (built-in)") : QString());
    }
    Cli::out(text);
    return ExitOk;
}

int apply(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption group(QStringLiteral("group"),
        QStringLiteral("A group by id or name; repeat for several (all are applied in one transaction)."),
        QStringLiteral("G"));
    const QCommandLineOption start(
        QStringLiteral("start"), QStringLiteral("The start date, YYYY-MM-DD (day 1 of the template)."), QStringLiteral("DATE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
        QStringLiteral("Print the entries that would be created and the calendar conflicts they would cause; change "
                       "nothing."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({ group, start, dryRun, json });
    parser.addPositionalArgument(QStringLiteral("TEMPLATE"), QStringLiteral("The template by id or name (see: sop list)."));
    if (int rc = cli.parse(parser, QStringLiteral("sop apply"),
            QStringLiteral("Put an SOP template on groups' calendars from a start date. Groups that already carry it "
                           "from that date are skipped, so running the command twice creates nothing new."),
            args);
        rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return cli.fail(ExitUsage, QStringLiteral("sop apply needs exactly one TEMPLATE (id or name; see: qundesk-cli sop list)"));
    if (!parser.isSet(group))
        return cli.fail(ExitUsage, QStringLiteral("sop apply needs --group G (id or name)"));
    if (!parser.isSet(start))
        return cli.fail(ExitUsage, QStringLiteral("sop apply needs --start DATE (YYYY-MM-DD)"));
    const QDate startDate = QDate::fromString(parser.value(start), Qt::ISODate);
    if (!startDate.isValid())
        return cli.fail(ExitUsage, QStringLiteral("--start must be a date like 2026-11-23, not '%1'").arg(parser.value(start)));

    Database db;
    if (!cli.open(db))
        return ExitData;
    SopRepository repo(db.connection());
    SopTemplate sop;
    if (auto err = repo.findTemplate(parser.positionalArguments().constFirst(), &sop))
        return cli.fail(ExitData, err.message);
    QList<qint64> groupIds;
    for (const QString &g : parser.values(group)) {
        GroupChoice choice;
        if (auto err = GroupSelectorRepository(db.connection()).findGroup(g, &choice))
            return cli.fail(ExitData, QStringLiteral("--group %1: %2").arg(g, err.message));
        groupIds.append(choice.id);
    }

    if (parser.isSet(dryRun)) {
        SopApplyPlan plan;
        if (auto err = repo.planApplication(sop.id, groupIds, startDate, &plan))
            return cli.fail(ExitData, err.message);
        QList<CalendarConflict> conflicts;
        if (auto err = CalendarConflictRepository(db.connection()).checkProposed(plan.proposedEntries(), &conflicts))
            return cli.fail(ExitData, err.message);
        if (parser.isSet(json)) {
            QJsonArray conflictArray;
            for (const CalendarConflict &c : std::as_const(conflicts))
                conflictArray.append(c.toJson());
            QJsonArray groups;
            QJsonArray skipped;
            for (const SopApplyTarget &t : std::as_const(plan.targets)) {
                if (t.skipped())
                    skipped.append(skippedJson(t));
                else
                    groups.append(QJsonObject { { QStringLiteral("id"), t.groupId }, { QStringLiteral("name"), t.groupName } });
            }
            QJsonArray entries;
            for (const SopOccurrence &o : std::as_const(plan.occurrences))
                entries.append(occurrenceJson(o));
            Cli::json(QJsonDocument(QJsonObject { { QStringLiteral("dry_run"), true },
                { QStringLiteral("template"), sop.name }, { QStringLiteral("start_date"), startDate.toString(Qt::ISODate) },
                { QStringLiteral("groups"), groups }, { QStringLiteral("skipped"), skipped },
                { QStringLiteral("entries_per_group"), entries }, { QStringLiteral("entries"), plan.entriesToCreate() },
                { QStringLiteral("conflicts"), conflictArray } }));
            return ExitOk;
        }
        QString text;
        for (const SopApplyTarget &t : std::as_const(plan.targets)) {
            if (t.skipped()) {
                text += QStringLiteral("%1: skipped, %2\n").arg(t.groupName, skipText(t));
                continue;
            }
            for (const SopOccurrence &o : std::as_const(plan.occurrences))
                text += QStringLiteral("%1  %2  %3  %4\n")
                            .arg(t.groupName, o.at.toString(QStringLiteral("yyyy-MM-dd ddd HH:mm")),
                                contentKindCode(o.step.kind), o.step.title);
        }
        for (const CalendarConflict &c : std::as_const(conflicts))
            text += QStringLiteral("conflict: %1\n").arg(c.reason);
        text += QStringLiteral("(dry run: %1 entries for %2 group(s) would be created, %3 conflict(s); nothing was changed)")
                    .arg(plan.entriesToCreate())
                    .arg(plan.groupsToApply())
                    .arg(conflicts.size());
        Cli::out(text);
        return ExitOk;
    }

    SopApplyResult result;
    if (auto err = repo.applyToGroups(sop.id, groupIds, startDate, &result))
        return cli.fail(ExitData, err.message);
    if (parser.isSet(json)) {
        QJsonArray created;
        for (const SopApplication &a : std::as_const(result.created))
            created.append(applicationJson(a));
        QJsonArray skipped;
        for (const SopApplyTarget &t : std::as_const(result.skipped))
            skipped.append(skippedJson(t));
        Cli::json(QJsonDocument(QJsonObject { { QStringLiteral("template"), sop.name },
            { QStringLiteral("start_date"), startDate.toString(Qt::ISODate) }, { QStringLiteral("applications"), created },
            { QStringLiteral("skipped"), skipped }, { QStringLiteral("entries"), result.entries } }));
        return ExitOk;
    }
    QString text;
    for (const SopApplication &a : std::as_const(result.created))
        text += QStringLiteral("%1: %2 entries created from %3 (application #%4; undo with: qundesk-cli sop undo %4)\n")
                    .arg(a.groupName)
                    .arg(a.entryCount)
                    .arg(startDate.toString(Qt::ISODate))
                    .arg(a.id);
    for (const SopApplyTarget &t : std::as_const(result.skipped))
        text += QStringLiteral("%1: skipped, %2\n").arg(t.groupName, skipText(t));
    text += QStringLiteral("%1 entries created for %2 group(s), %3 skipped.")
                .arg(result.entries)
                .arg(result.created.size())
                .arg(result.skipped.size());
    Cli::out(text);
    return ExitOk;
}

int applications(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption group(QStringLiteral("group"), QStringLiteral("Only this group (id or name)."), QStringLiteral("G"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({ group, json });
    if (int rc = cli.parse(parser, QStringLiteral("sop applications"),
            QStringLiteral("List the SOP applications, newest first, with the entries each put on the calendar."), args);
        rc >= 0)
        return rc;
    Database db;
    if (!cli.open(db))
        return ExitData;
    SopRepository repo(db.connection());
    qint64 groupId = 0;
    if (parser.isSet(group)) {
        GroupChoice choice;
        if (auto err = GroupSelectorRepository(db.connection()).findGroup(parser.value(group), &choice))
            return cli.fail(ExitData, QStringLiteral("--group %1: %2").arg(parser.value(group), err.message));
        groupId = choice.id;
    }
    QList<SopApplication> list;
    if (auto err = repo.listApplications(groupId, &list))
        return cli.fail(ExitData, err.message);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SopApplication &a : std::as_const(list))
            array.append(applicationJson(a));
        Cli::json(QJsonDocument(QJsonObject { { QStringLiteral("applications"), array } }));
        return ExitOk;
    }
    QString text;
    for (const SopApplication &a : std::as_const(list))
        text += QStringLiteral("%1  %2  %3  %4 entries  %5\n")
                    .arg(a.id, 5)
                    .arg(a.startDate.toString(Qt::ISODate), a.groupName)
                    .arg(a.entryCount)
                    .arg(a.templateName);
    text += QStringLiteral("%1 application(s).").arg(list.size());
    Cli::out(text);
    return ExitOk;
}

int undo(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(
        QStringLiteral("APPLICATION_ID"), QStringLiteral("The application to undo (see: sop applications)."));
    if (int rc = cli.parse(parser, QStringLiteral("sop undo"),
            QStringLiteral("Undo an SOP application: removes exactly the entries it put on the calendar."), args);
        rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return cli.fail(ExitUsage, QStringLiteral("sop undo needs exactly one APPLICATION_ID"));
    bool ok = false;
    const qint64 id = parser.positionalArguments().constFirst().toLongLong(&ok);
    if (!ok || id <= 0)
        return cli.fail(ExitUsage,
            QStringLiteral("'%1' is not an application id (a positive number; see: qundesk-cli sop applications)")
                .arg(parser.positionalArguments().constFirst()));
    Database db;
    if (!cli.open(db))
        return ExitData;
    SopRepository repo(db.connection());
    SopApplication a;
    if (auto err = repo.application(id, &a))
        return cli.fail(ExitData, err.message);
    int removed = 0;
    if (auto err = repo.undoApplication(id, &removed))
        return cli.fail(ExitData, err.message);
    a.entryCount = removed;
    if (parser.isSet(json)) {
        Cli::json(QJsonDocument(QJsonObject { { QStringLiteral("undone"), applicationJson(a) },
            { QStringLiteral("removed_entries"), removed } }));
        return ExitOk;
    }
    Cli::out(QStringLiteral("Undid application #%1 (%2 on %3 from %4): %5 entries removed.")
                 .arg(a.id)
                 .arg(a.templateName, a.groupName, a.startDate.toString(Qt::ISODate))
                 .arg(removed));
    return ExitOk;
}

} // namespace

int runSop(Cli &cli, const QStringList &args)
{
    static const QString usage = QStringLiteral(
        "Usage: qundesk-cli [--db FILE] sop SUBCOMMAND [options]\n\n"
        "SOP templates on the content calendar.\n\n"
        "Subcommands:\n"
        "  list           the templates (--json with their steps)\n"
        "  apply          sop apply TEMPLATE --group G [--group G...] --start DATE [--dry-run] [--json]\n"
        "  applications   the applications, newest first [--group G] [--json]\n"
        "  undo           sop undo APPLICATION_ID: remove exactly that application's entries\n\n"
        "TEMPLATE and G are ids or names. SUBCOMMAND --help describes one subcommand.");
    if (args.isEmpty())
        return cli.fail(ExitUsage, QStringLiteral("sop needs a subcommand\n\n") + usage);
    const QString sub = args.constFirst();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        Cli::out(usage);
        return ExitOk;
    }
    if (sub == QLatin1String("list"))
        return list(cli, rest);
    if (sub == QLatin1String("apply"))
        return apply(cli, rest);
    if (sub == QLatin1String("applications"))
        return applications(cli, rest);
    if (sub == QLatin1String("undo"))
        return undo(cli, rest);
    return cli.fail(ExitUsage, QStringLiteral("unknown sop subcommand '%1'\n\n").arg(sub) + usage);
}

} // namespace qundesk::cli
