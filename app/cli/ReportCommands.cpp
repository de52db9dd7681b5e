// report: analyses of the operation (report lifecycle: the stage of every live group, recorded
// first unless --no-record; report matrix: one measure over two group dimensions, with totals).
#include "cli/Cli.h"

#include "analytics/Lifecycle.h"
#include "storage/GroupActivityRepository.h"
#include "storage/GroupRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StageRepository.h"

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
    QDate since;                        // the recorded start of this stage; invalid: not recorded
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

QString padLeft(const QString &text, int width)
{
    return QString(std::max(0, width - displayWidth(text)), u' ') + text;
}

// Reads --today (default: the real today); false after reporting a malformed date.
bool readToday(Cli &cli, const QCommandLineParser &parser, const QCommandLineOption &option, QDate *day, int *rc)
{
    *day = QDate::currentDate();
    if (!parser.isSet(option))
        return true;
    *day = QDate::fromString(parser.value(option), Qt::ISODate);
    if (day->isValid())
        return true;
    *rc = cli.fail(ExitUsage, QStringLiteral("--today must be a date like 2026-11-23, not '%1'").arg(parser.value(option)));
    return false;
}

int reportLifecycle(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("Evaluate as of this day, YYYY-MM-DD (default: the real today)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption noRecord(QStringLiteral("no-record"),
                                      QStringLiteral("Do not record the stages first (read-only; 'since' shows only what is already recorded)."));
    parser.addOptions({json, today, noRecord});
    if (int rc = cli.parse(parser, QStringLiteral("report lifecycle"),
            QStringLiteral("The lifecycle stage of every active group: strong, daily, weak or zombie, with the reason "
                           "and the day the stage began. Records the stages for the day first (stage history)."),
            args); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return cli.fail(ExitUsage, QStringLiteral("report lifecycle takes no arguments: %1")
                                       .arg(parser.positionalArguments().join(u' ')));
    QDate day;
    if (int rc = 0; !readToday(cli, parser, today, &day, &rc))
        return rc;
    Database db;
    if (!cli.open(db))
        return ExitData;
    StageRepository stages(db.connection());
    if (!parser.isSet(noRecord)) {
        // History is recorded forwards only: a report on an earlier day reads what is recorded.
        QDate through;
        if (const DatabaseError error = stages.recordedThrough(&through))
            return cli.fail(ExitData, error.message);
        if (through.isValid() && day < through) {
            Cli::err(QStringLiteral("note: stages are recorded up to %1; not recording them for the earlier day %2")
                         .arg(through.toString(Qt::ISODate), day.toString(Qt::ISODate)));
        } else if (const DatabaseError error = stages.refresh(day)) {
            return cli.fail(ExitData, error.message);
        }
    }
    QHash<qint64, StageSpan> recorded;
    if (const DatabaseError error = stages.current(&recorded))
        return cli.fail(ExitData, error.message);
    LifecycleThresholds thresholds;
    if (const DatabaseError error = SettingsRepository(db.connection()).lifecycleThresholds(&thresholds))
        return cli.fail(ExitData, error.message);
    QList<GroupActivity> groups;
    if (const DatabaseError error = GroupActivityRepository(db.connection()).activeGroupsForLifecycle(day, thresholds, &groups))
        return cli.fail(ExitData, error.message);

    QList<LifecycleRow> rows;
    QMap<LifecycleStage, int> counts;
    for (const GroupActivity &g : std::as_const(groups)) {
        LifecycleRow row{g, g.lifecycleInput(day, thresholds), {}, {}};
        const std::optional<LifecycleAssessment> a = assessLifecycle(row.input, thresholds);
        if (!a)
            continue;
        row.assessment = *a;
        // The recorded span tells since when, if it records this stage as of this day (with
        // --no-record or for an earlier day than the records, it may not).
        const auto span = recorded.constFind(g.groupId);
        if (span != recorded.cend() && span->stage == a->stage && span->since <= day)
            row.since = span->since;
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
            o.insert(QStringLiteral("since"), r.since.isValid() ? QJsonValue(r.since.toString(Qt::ISODate)) : QJsonValue());
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
        if (const DatabaseError error = addRecommendations(db.connection(), day, groups, &root, nullptr))
            return cli.fail(ExitData, error.message);
        Cli::json(QJsonDocument(root));
        return ExitOk;
    }

    int nameWidth = 4;
    for (const LifecycleRow &r : std::as_const(rows))
        nameWidth = std::max(nameWidth, displayWidth(r.activity.name));
    QString text = QStringLiteral("%1  %2  %3 %4 %5 %6 %7 %8  %9\n")
                       .arg(QStringLiteral("id"), 6)
                       .arg(pad(QStringLiteral("name"), nameWidth), QStringLiteral("stage  since     "))
                       .arg(QStringLiteral("age"), 5)
                       .arg(QStringLiteral("members"), 7)
                       .arg(QStringLiteral("act7d"), 6)
                       .arg(QStringLiteral("msg7d"), 7)
                       .arg(QStringLiteral("prev7d"), 7)
                       .arg(QStringLiteral("reason"));
    for (const LifecycleRow &r : std::as_const(rows)) {
        text += QStringLiteral("%1  %2  %3 %4 %5 %6 %7 %8  %9\n")
                    .arg(r.activity.groupId, 6)
                    .arg(pad(r.activity.name, nameWidth),
                         pad(lifecycleStageCode(r.assessment.stage), 6) + QLatin1Char(' ')
                             + pad(r.since.isValid() ? r.since.toString(Qt::ISODate) : QStringLiteral("-"), 10))
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
    if (const DatabaseError error = addRecommendations(db.connection(), day, groups, nullptr, &text))
        return cli.fail(ExitData, error.message);
    Cli::out(text);
    return ExitOk;
}

QJsonObject cellJson(const GroupGrid::Cell &cell)
{
    return QJsonObject{{QStringLiteral("groups"), cell.groups},
                       {QStringLiteral("members"), cell.members},
                       {QStringLiteral("value"), cell.value}};
}

// A cell without groups shows "-": nothing to measure is not a measured zero.
QString formatValue(PivotMeasure measure, const GroupGrid::Cell &cell)
{
    if (cell.groups == 0)
        return QStringLiteral("-");
    const double value = cell.value;
    switch (measure) {
    case PivotMeasure::ActiveRate7d:
        return formatPercent(value);
    case PivotMeasure::MessagesPerDay:
        return QString::number(value, 'f', 1);
    case PivotMeasure::Gmv30d:
        return QString::number(value, 'f', 2);
    case PivotMeasure::Groups:
    case PivotMeasure::Members:
    case PivotMeasure::NetJoins30d:
    case PivotMeasure::KocCount:
        break;
    }
    return QString::number(qint64(value));
}

template<typename E>
QString codeList(const QList<E> &values, QString (*code)(E))
{
    QStringList codes;
    for (const E v : values)
        codes.append(code(v));
    return codes.join(QStringLiteral(", "));
}

int reportMatrix(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("Windows end with this day, YYYY-MM-DD (default: the real today)."),
                                   QStringLiteral("DATE"));
    const QString dimensions = codeList(allGroupDimensions(), &groupDimensionCode);
    const QString measures = codeList(allPivotMeasures(), &pivotMeasureCode);
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Row dimension: %1.").arg(dimensions),
                                        QStringLiteral("DIM"), QStringLiteral("tier"));
    const QCommandLineOption colsOption(QStringLiteral("cols"), QStringLiteral("Column dimension: %1.").arg(dimensions),
                                        QStringLiteral("DIM"), QStringLiteral("team"));
    const QCommandLineOption measureOption(QStringLiteral("measure"), QStringLiteral("What each cell shows: %1.").arg(measures),
                                           QStringLiteral("M"), QStringLiteral("groups"));
    parser.addOptions({rowsOption, colsOption, measureOption, today, json});
    if (int rc = cli.parse(parser, QStringLiteral("report matrix"),
            QStringLiteral("One measure of the active and archived groups over two dimensions, with row, column and grand totals."),
            args); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return cli.fail(ExitUsage, QStringLiteral("report matrix takes no arguments: %1")
                                       .arg(parser.positionalArguments().join(u' ')));
    const std::optional<GroupDimension> rowDim = groupDimensionFromCode(parser.value(rowsOption));
    if (!rowDim)
        return cli.fail(ExitUsage, QStringLiteral("unknown --rows '%1'; use one of: %2").arg(parser.value(rowsOption), dimensions));
    const std::optional<GroupDimension> colDim = groupDimensionFromCode(parser.value(colsOption));
    if (!colDim)
        return cli.fail(ExitUsage, QStringLiteral("unknown --cols '%1'; use one of: %2").arg(parser.value(colsOption), dimensions));
    const std::optional<PivotMeasure> measure = pivotMeasureFromCode(parser.value(measureOption));
    if (!measure)
        return cli.fail(ExitUsage, QStringLiteral("unknown --measure '%1'; use one of: %2").arg(parser.value(measureOption), measures));
    QDate day;
    if (int rc = 0; !readToday(cli, parser, today, &day, &rc))
        return rc;

    Database db;
    if (!cli.open(db))
        return ExitData;
    GroupGrid grid;
    if (const DatabaseError error = GroupRepository(db.connection()).pivot(*rowDim, *colDim, *measure, day, &grid))
        return cli.fail(ExitData, error.message);

    if (parser.isSet(json)) {
        QJsonArray rows, cols, cells, rowTotals, colTotals;
        for (const GroupGrid::Item &item : std::as_const(grid.rows))
            rows.append(item.label);
        for (const GroupGrid::Item &item : std::as_const(grid.columns))
            cols.append(item.label);
        for (int r = 0; r < grid.rows.size(); ++r) {
            QJsonArray line;
            for (int c = 0; c < grid.columns.size(); ++c)
                line.append(cellJson(grid.cell(r, c)));
            cells.append(line);
            rowTotals.append(cellJson(grid.rowTotal(r)));
        }
        for (int c = 0; c < grid.columns.size(); ++c)
            colTotals.append(cellJson(grid.columnTotal(c)));
        QJsonObject root;
        root.insert(QStringLiteral("rows"), rows);
        root.insert(QStringLiteral("cols"), cols);
        root.insert(QStringLiteral("cells"), cells);
        root.insert(QStringLiteral("totals"), QJsonObject{{QStringLiteral("rows"), rowTotals},
                                                          {QStringLiteral("cols"), colTotals},
                                                          {QStringLiteral("all"), cellJson(grid.total())}});
        root.insert(QStringLiteral("measure"), pivotMeasureCode(*measure));
        root.insert(QStringLiteral("today"), day.toString(Qt::ISODate));
        Cli::json(QJsonDocument(root));
        return ExitOk;
    }

    // Lay the table out as text first so every column can take its widest entry.
    const QString totalLabel = QStringLiteral("Total");
    QList<QStringList> table;
    QStringList header{groupDimensionCode(*rowDim) + QStringLiteral(" \\ ") + groupDimensionCode(*colDim)};
    for (const GroupGrid::Item &item : std::as_const(grid.columns))
        header.append(item.label);
    header.append(totalLabel);
    table.append(header);
    for (int r = 0; r < grid.rows.size(); ++r) {
        QStringList line{grid.rows.at(r).label};
        for (int c = 0; c < grid.columns.size(); ++c)
            line.append(formatValue(*measure, grid.cell(r, c)));
        line.append(formatValue(*measure, grid.rowTotal(r)));
        table.append(line);
    }
    QStringList totals{totalLabel};
    for (int c = 0; c < grid.columns.size(); ++c)
        totals.append(formatValue(*measure, grid.columnTotal(c)));
    totals.append(formatValue(*measure, grid.total()));
    table.append(totals);

    QList<int> widths(header.size(), 0);
    for (const QStringList &line : std::as_const(table)) {
        for (int i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths.at(i), displayWidth(line.at(i)));
    }
    QString text;
    for (const QStringList &line : std::as_const(table)) {
        QString rendered = pad(line.first(), widths.first());
        for (int i = 1; i < line.size(); ++i)
            rendered += QStringLiteral("  ") + padLeft(line.at(i), widths.at(i));
        text += rendered + QLatin1Char('\n');
    }
    text += QStringLiteral("\n%1 by %2 and %3, %4 groups (as of %5)\n")
                .arg(pivotMeasureCode(*measure), groupDimensionCode(*rowDim), groupDimensionCode(*colDim))
                .arg(grid.total().groups)
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
        "  lifecycle  the lifecycle stage of every active group, recorded first\n"
        "             (--json, --today YYYY-MM-DD, --no-record)\n"
        "  matrix     one measure over two group dimensions with totals\n"
        "             (--rows DIM --cols DIM --measure M, --json, --today YYYY-MM-DD)\n"
        "  koc        KOC candidates and unflag suggestions (--group G, --limit N, --json)\n"
        "  day        an operator's posts of a day by slot, with texts, done and overdue, and tomorrow\n"
        "             (--operator O, --date YYYY-MM-DD, --now 'YYYY-MM-DD HH:MM', --no-text, --json)\n");
    if (args.isEmpty())
        return cli.fail(ExitUsage, QStringLiteral("report needs a subcommand.\n") + usage);
    const QString sub = args.first();
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        Cli::out(usage);
        return ExitOk;
    }
    if (sub == QLatin1String("lifecycle"))
        return reportLifecycle(cli, args.mid(1));
    if (sub == QLatin1String("matrix"))
        return reportMatrix(cli, args.mid(1));
    if (sub == QLatin1String("koc"))
        return reportKoc(cli, args.mid(1));
    if (sub == QLatin1String("day"))
        return reportDay(cli, args.mid(1));
    return cli.fail(ExitUsage, QStringLiteral("unknown report '%1'.\n").arg(sub) + usage);
}

} // namespace qundesk::cli
