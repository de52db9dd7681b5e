// report: read-only analyses of the operation (report lifecycle: the stage of every live group).
#include "cli/Cli.h"

#include "analytics/Lifecycle.h"
#include "storage/GroupActivityRepository.h"
#include "storage/SettingsRepository.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace qundesk::cli {

namespace {

struct LifecycleRow
{
    GroupActivity activity;
    LifecycleInput input;
    LifecycleAssessment assessment;
};

// Chinese characters take two terminal columns; pad by display width so the columns line up.
int displayWidth(const QString &text)
{
    int columns = 0;
    for (const QChar c : text)
        columns += c.unicode() >= 0x1100 ? 2 : 1;
    return columns;
}

QString pad(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), u' ');
}

int reportLifecycle(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("Evaluate as of this day, YYYY-MM-DD (default: the real today)."),
                                   QStringLiteral("DATE"));
    parser.addOptions({json, today});
    if (int rc = cli.parse(parser, QStringLiteral("report lifecycle"),
            QStringLiteral("The lifecycle stage of every active group: strong, daily, weak or zombie, with the reason."),
            args); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return cli.fail(ExitUsage, QStringLiteral("report lifecycle takes no arguments: %1")
                                       .arg(parser.positionalArguments().join(u' ')));
    QDate day = QDate::currentDate();
    if (parser.isSet(today)) {
        day = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!day.isValid())
            return cli.fail(ExitUsage, QStringLiteral("--today must be a date like 2026-11-23, not '%1'").arg(parser.value(today)));
    }
    Database db;
    if (!cli.open(db))
        return ExitData;
    LifecycleThresholds thresholds;
    if (const DatabaseError error = SettingsRepository(db.connection()).lifecycleThresholds(&thresholds))
        return cli.fail(ExitData, error.message);
    QList<GroupActivity> groups;
    if (const DatabaseError error = GroupActivityRepository(db.connection()).activeGroups(day, &groups))
        return cli.fail(ExitData, error.message);

    QList<LifecycleRow> rows;
    QMap<LifecycleStage, int> counts;
    for (const GroupActivity &g : std::as_const(groups)) {
        LifecycleRow row{g, g.lifecycleInput(day, thresholds), {}};
        const std::optional<LifecycleAssessment> a = assessLifecycle(row.input, thresholds);
        if (!a)
            continue;
        row.assessment = *a;
        ++counts[a->stage];
        rows.append(row);
    }

    if (parser.isSet(json)) {
        QJsonArray list;
        for (const LifecycleRow &r : std::as_const(rows)) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), r.activity.groupId);
            o.insert(QStringLiteral("name"), r.activity.name);
            o.insert(QStringLiteral("stage"), lifecycleStageCode(r.assessment.stage));
            o.insert(QStringLiteral("reason"), r.assessment.reason);
            o.insert(QStringLiteral("filled_on"), r.activity.filledOn.isValid()
                                                      ? QJsonValue(r.activity.filledOn.toString(Qt::ISODate))
                                                      : QJsonValue());
            o.insert(QStringLiteral("age_days"), lifecycleAgeDays(r.input));
            o.insert(QStringLiteral("members"), r.activity.members);
            o.insert(QStringLiteral("active_7d"), r.activity.active7d);
            o.insert(QStringLiteral("active_rate_7d"), activeRate7d(r.input));
            o.insert(QStringLiteral("messages_7d"), r.activity.messages7d);
            o.insert(QStringLiteral("messages_prev_7d"), r.activity.messagesPrev7d);
            o.insert(QStringLiteral("days_below_floor"), r.input.daysBelowFloor);
            list.append(o);
        }
        QJsonObject countsObject;
        for (const LifecycleStage s : allLifecycleStages())
            countsObject.insert(lifecycleStageCode(s), counts.value(s));
        QJsonObject root;
        root.insert(QStringLiteral("today"), day.toString(Qt::ISODate));
        root.insert(QStringLiteral("groups"), list);
        root.insert(QStringLiteral("counts"), countsObject);
        Cli::json(QJsonDocument(root));
        return ExitOk;
    }

    int nameWidth = 4;
    for (const LifecycleRow &r : std::as_const(rows))
        nameWidth = std::max(nameWidth, displayWidth(r.activity.name));
    QString text = QStringLiteral("%1  %2  %3 %4 %5 %6 %7 %8  %9\n")
                       .arg(QStringLiteral("id"), 6)
                       .arg(pad(QStringLiteral("name"), nameWidth), QStringLiteral("stage "))
                       .arg(QStringLiteral("age"), 5)
                       .arg(QStringLiteral("members"), 7)
                       .arg(QStringLiteral("act7d"), 6)
                       .arg(QStringLiteral("msg7d"), 7)
                       .arg(QStringLiteral("prev7d"), 7)
                       .arg(QStringLiteral("reason"));
    for (const LifecycleRow &r : std::as_const(rows)) {
        text += QStringLiteral("%1  %2  %3 %4 %5 %6 %7 %8  %9\n")
                    .arg(r.activity.groupId, 6)
                    .arg(pad(r.activity.name, nameWidth), pad(lifecycleStageCode(r.assessment.stage), 6))
                    .arg(lifecycleAgeDays(r.input), 5)
                    .arg(r.activity.members, 7)
                    .arg(formatPercent(activeRate7d(r.input)), 6)
                    .arg(r.activity.messages7d, 7)
                    .arg(r.activity.messagesPrev7d, 7)
                    .arg(r.assessment.reason);
    }
    text += QStringLiteral("\n%1 groups: %2 strong, %3 daily, %4 weak, %5 zombie (as of %6)\n")
                .arg(rows.size())
                .arg(counts.value(LifecycleStage::Strong))
                .arg(counts.value(LifecycleStage::Daily))
                .arg(counts.value(LifecycleStage::Weak))
                .arg(counts.value(LifecycleStage::Zombie))
                .arg(day.toString(Qt::ISODate));
    Cli::out(text);
    return ExitOk;
}

} // namespace

int runReport(Cli &cli, const QStringList &args)
{
    static const QString usage = QStringLiteral(
        "Usage: qundesk-cli [--db FILE] report SUBCOMMAND [options]\n\n"
        "Subcommands:\n"
        "  lifecycle  the lifecycle stage of every active group (--json, --today YYYY-MM-DD)\n");
    if (args.isEmpty())
        return cli.fail(ExitUsage, QStringLiteral("report needs a subcommand.\n") + usage);
    const QString sub = args.first();
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        Cli::out(usage);
        return ExitOk;
    }
    if (sub == QLatin1String("lifecycle"))
        return reportLifecycle(cli, args.mid(1));
    return cli.fail(ExitUsage, QStringLiteral("unknown report '%1'.\n").arg(sub) + usage);
}

} // namespace qundesk::cli
