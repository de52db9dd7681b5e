// bench: times QunDesk's own queries on the database it is given and, in the same run, the plain
// SQL that answers the same question in the sqlite3 shell, so a figure is read as a ratio against
// a baseline measured on the same machine at the same moment (these machines are noisy).
#include "cli/BenchMembers.h"
#include "cli/BenchShell.h"
#include "cli/Cli.h"

#include "io/MemberImport.h"
#include "storage/GroupRepository.h"
#include "storage/MemberImportWriter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

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

// A fresh, migrated QunDesk database at `path`, closed again.
bool createEmpty(const QString &path, QString *problem)
{
    Database db;
    if (const DatabaseError err = db.open(path)) {
        *problem = err.message;
        return false;
    }
    return true;
}

// bench --import-csv: imports the file into a fresh database with MemberImporter and, in the same
// run, does the same work with the sqlite3 shell (.import into a staging table, then INSERT ...
// SELECT with the lookups) into another fresh database of the same schema.
int benchImport(Cli &cli, const QString &csvPath, const QString &scratch, bool json)
{
    if (!QFileInfo(csvPath).isFile())
        return cli.fail(ExitData, QStringLiteral("%1: no such file").arg(csvPath));
    // The baseline script reads the columns `export members` writes.
    MemberImportPreview preview;
    if (const ImportError err = MemberImporter::preview(csvPath, {}, 0, &preview))
        return cli.fail(ExitData, err.message);
    QStringList expected;
    for (MemberField f : allMemberFields()) {
        if (f != MemberField::Ignore)
            expected.append(memberFieldHeader(f, false));
    }
    if (preview.header != expected || preview.format.delimiter != u',')
        return cli.fail(ExitUsage, QStringLiteral("--import-csv needs a file written by `export members` (Chinese "
                                                  "header, comma-separated): the shell baseline reads those columns"));
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        return cli.fail(ExitData, QStringLiteral("the sqlite3 shell is not installed (apt-get install sqlite3)"));
    QTemporaryDir dir(scratch.isEmpty() ? QDir::tempPath() + QStringLiteral("/qundesk-bench-XXXXXX")
                                        : scratch + QStringLiteral("/qundesk-bench-XXXXXX"));
    if (!dir.isValid())
        return cli.fail(ExitData, QStringLiteral("cannot create a scratch folder: %1").arg(dir.errorString()));
    const QString oursPath = dir.filePath(QStringLiteral("qundesk.db"));
    const QString shellPath = dir.filePath(QStringLiteral("shell.db"));
    QString problem;
    if (!createEmpty(oursPath, &problem) || !createEmpty(shellPath, &problem))
        return cli.fail(ExitData, problem);

    MemberImportSummary summary;
    QString oursResult, shellResult;
    double oursMs = 0;
    {
        Database db;
        if (const DatabaseError err = db.open(oursPath))
            return cli.fail(ExitData, err.message);
        MemberImporter importer(db.connection());
        MemberImportOptions options;
        options.rejectsPath = dir.filePath(QStringLiteral("rejects.csv"));
        QElapsedTimer timer;
        timer.start();
        if (const ImportError err = importer.run(csvPath, options, &summary))
            return cli.fail(ExitData, err.message);
        oursMs = double(timer.nsecsElapsed()) / 1e6;
        if (const DatabaseError err = MemberImportWriter::fingerprint(db.connection(), &oursResult))
            return cli.fail(ExitData, err.message);
    }
    double shellMs = 0;
    {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(shell, {shellPath});
        process.write(MemberImportWriter::shellBaselineScript(csvPath));
        process.closeWriteChannel();
        if (!process.waitForFinished(-1) || process.exitCode() != 0)
            return cli.fail(ExitData, QStringLiteral("the sqlite3 shell failed: %1")
                                          .arg(QString::fromUtf8(process.readAllStandardError()).trimmed()));
        shellMs = double(timer.nsecsElapsed()) / 1e6;
        Database db;
        if (const DatabaseError err = db.open(shellPath))
            return cli.fail(ExitData, err.message);
        if (const DatabaseError err = MemberImportWriter::fingerprint(db.connection(), &shellResult))
            return cli.fail(ExitData, err.message);
    }
    const bool same = oursResult == shellResult;
    if (json) {
        cli.json(QJsonDocument(QJsonObject{{QStringLiteral("file"), csvPath},
                                           {QStringLiteral("rows"), summary.rows},
                                           {QStringLiteral("inserted"), summary.inserted},
                                           {QStringLiteral("rejected"), summary.rejected},
                                           {QStringLiteral("ms"), oursMs},
                                           {QStringLiteral("baseline"), QStringLiteral("sqlite3 shell .import + INSERT ... SELECT")},
                                           {QStringLiteral("baseline_ms"), shellMs},
                                           {QStringLiteral("ratio"), oursMs / shellMs},
                                           {QStringLiteral("same_result"), same},
                                           {QStringLiteral("result"), oursResult},
                                           {QStringLiteral("baseline_result"), shellResult}}));
    } else {
        cli.out(QStringLiteral("import of %1 (%2 rows) into an empty database, ms").arg(csvPath).arg(summary.rows));
        cli.out(QStringLiteral("%1 %2 %3 %4").arg(QStringLiteral("figure"), -34).arg(QStringLiteral("qundesk"), 10)
                    .arg(QStringLiteral("sqlite3"), 10).arg(QStringLiteral("ratio"), 8));
        cli.out(QStringLiteral("%1 %2 %3 %4").arg(QStringLiteral("import members"), -34).arg(formatMs(oursMs), 10)
                    .arg(formatMs(shellMs), 10).arg(QString::number(oursMs / shellMs, 'f', 2) + u'x', 8));
        cli.out(QStringLiteral("qundesk: %1").arg(oursResult));
        cli.out(QStringLiteral("sqlite3: %1").arg(shellResult));
    }
    if (!same)
        return cli.fail(ExitFailure, QStringLiteral("the two databases differ"));
    return ExitOk;
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
    const QCommandLineOption importCsv(QStringLiteral("import-csv"),
                                       QStringLiteral("Instead: time importing this `export members` CSV into a fresh "
                                                      "database, next to the sqlite3 shell doing the same (.import, "
                                                      "then INSERT ... SELECT) into another."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption scratch(QStringLiteral("scratch"),
                                     QStringLiteral("Folder for --import-csv's two fresh databases (default: the temp folder)."),
                                     QStringLiteral("DIR"));
    parser.addOptions({runsOption, todayOption, json, importCsv, scratch});
    if (int rc = cli.parse(parser, QStringLiteral("bench"),
            QStringLiteral("Time the matrix re-pivot (tier x team, every measure) and the members table's first page "
                           "and count for each kind of filter on this database, each next to the same query run as "
                           "plain SQL by the sqlite3 shell in the same run. Medians in ms."),
            args);
        rc >= 0)
        return rc;
    if (parser.isSet(importCsv))
        return benchImport(cli, parser.value(importCsv), parser.value(scratch), parser.isSet(json));
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
