// bench: times QunDesk's own queries on the database it is given and, in the same run, the plain
// SQL that answers the same question in the sqlite3 shell, so a figure is read as a ratio against
// a baseline measured on the same machine at the same moment (these machines are noisy).
#include "cli/BenchMembers.h"
#include "cli/BenchShell.h"
#include "cli/Cli.h"

#include "storage/GroupRepository.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace qundesk::cli {

namespace {

struct Figure
{
    QString name;
    double oursMs = -1;
    double baselineMs = -1;
    QString baseline;
};

QString formatMs(double ms)
{
    return ms < 0 ? QStringLiteral("-") : QString::number(ms, 'f', ms < 10 ? 2 : 1);
}

} // namespace

int runBench(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs per figure after one warm-up run (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption todayOption(QStringLiteral("today"),
                                         QStringLiteral("Event windows end with this day, YYYY-MM-DD (default: the real today)."),
                                         QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
    parser.addOptions({runsOption, todayOption, json});
    if (int rc = cli.parse(parser, QStringLiteral("bench"),
            QStringLiteral("Time the matrix re-pivot (tier x team, every measure) on this database, each next to the "
                           "same aggregate run as plain SQL by the sqlite3 shell in the same run. Medians in ms."),
            args);
        rc >= 0)
        return rc;
    bool ok = false;
    const int runs = parser.value(runsOption).toInt(&ok);
    if (!ok || runs < 1 || runs > 1000)
        return cli.fail(ExitUsage, QStringLiteral("--runs must be a number from 1 to 1000, not '%1'").arg(parser.value(runsOption)));
    QDate today = QDate::currentDate();
    if (parser.isSet(todayOption)) {
        today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!today.isValid())
            return cli.fail(ExitUsage, QStringLiteral("--today must be a date like 2026-11-23, not '%1'").arg(parser.value(todayOption)));
    }

    Database db;
    if (!cli.open(db))
        return ExitData;
    GroupRepository groups(db.connection());
    QList<Figure> figures;
    QStringList statements;
    for (PivotMeasure measure : allPivotMeasures()) {
        Figure f;
        f.name = QStringLiteral("matrix re-pivot: ") + pivotMeasureCode(measure);
        f.baseline = QStringLiteral("sqlite3 shell GROUP BY");
        QList<double> times;
        for (int i = 0; i <= runs; ++i) {
            GroupGrid grid;
            QElapsedTimer timer;
            timer.start();
            if (const DatabaseError error = groups.pivot(GroupDimension::Tier, GroupDimension::Team, measure, today, &grid))
                return cli.fail(ExitData, error.message);
            if (i > 0)
                times.append(double(timer.nsecsElapsed()) / 1e6);
        }
        f.oursMs = median(times);
        figures.append(f);
        statements.append(GroupRepository::plainPivotSql(measure, today));
    }
    QString problem;
    const QList<double> baselines = shellMedians(db.path(), statements, runs, &problem);
    for (qsizetype i = 0; i < baselines.size() && i < figures.size(); ++i)
        figures[i].baselineMs = baselines.at(i);

    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const Figure &f : figures) {
            rows.append(QJsonObject{{QStringLiteral("figure"), f.name},
                                    {QStringLiteral("ms"), f.oursMs},
                                    {QStringLiteral("baseline"), f.baseline},
                                    {QStringLiteral("baseline_ms"), f.baselineMs < 0 ? QJsonValue() : QJsonValue(f.baselineMs)},
                                    {QStringLiteral("ratio"), f.baselineMs > 0 ? QJsonValue(f.oursMs / f.baselineMs) : QJsonValue()}});
        }
        QJsonObject root{{QStringLiteral("database"), db.path()}, {QStringLiteral("runs"), runs},
                         {QStringLiteral("today"), today.toString(Qt::ISODate)}, {QStringLiteral("figures"), rows}};
        if (!problem.isEmpty())
            root.insert(QStringLiteral("baseline_problem"), problem);
        benchMembers(cli, db, runs, today, &root);
        cli.json(QJsonDocument(root));
        return ExitOk;
    }
    cli.out(QStringLiteral("%1 (median of %2 warm runs, ms)").arg(db.path()).arg(runs));
    cli.out(QStringLiteral("%1 %2 %3 %4").arg(QStringLiteral("figure"), -34).arg(QStringLiteral("qundesk"), 10)
                .arg(QStringLiteral("sqlite3"), 10).arg(QStringLiteral("ratio"), 8));
    for (const Figure &f : figures) {
        const QString ratio = f.baselineMs > 0 ? QString::number(f.oursMs / f.baselineMs, 'f', 2) + u'x' : QStringLiteral("-");
        cli.out(QStringLiteral("%1 %2 %3 %4").arg(f.name, -34).arg(formatMs(f.oursMs), 10).arg(formatMs(f.baselineMs), 10).arg(ratio, 8));
    }
    if (!problem.isEmpty())
        cli.err(QStringLiteral("qundesk-cli: no baseline: ") + problem);
    benchMembers(cli, db, runs, today);
    return ExitOk;
}

} // namespace qundesk::cli
