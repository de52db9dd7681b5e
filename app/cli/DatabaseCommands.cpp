// init, stats, check, backup: commands over the database as a whole.
#include "cli/Cli.h"

#include "storage/ActivityRollups.h"
#include "storage/Maintenance.h"
#include "storage/Migrations.h"

#include <QFileInfo>
#include <QJsonObject>

namespace qundesk::cli {

int runInit(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (int rc = cli.parse(parser, QStringLiteral("init"),
            QStringLiteral("Create the database file, or bring an older one up to schema version %1.")
                .arg(Migrations::latestVersion()), args); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return cli.fail(ExitUsage, QStringLiteral("init takes no arguments: %1").arg(parser.positionalArguments().join(u' ')));
    Database db;
    if (!cli.open(db))
        return ExitData;
    Cli::out(QStringLiteral("%1: schema version %2").arg(QFileInfo(db.path()).absoluteFilePath()).arg(db.schemaVersion()));
    return ExitOk;
}

int runStats(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
    parser.addOption(json);
    if (int rc = cli.parse(parser, QStringLiteral("stats"), QStringLiteral("Print the number of rows of each kind."), args); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return cli.fail(ExitUsage, QStringLiteral("stats takes no arguments: %1").arg(parser.positionalArguments().join(u' ')));
    Database db;
    if (!cli.open(db))
        return ExitData;
    QList<QPair<QString, qint64>> counts;
    if (const DatabaseError error = Maintenance(db.connection()).rowCounts(&counts))
        return cli.fail(ExitData, error.message);
    if (parser.isSet(json)) {
        QJsonObject o;
        o.insert(QStringLiteral("database"), QFileInfo(db.path()).absoluteFilePath());
        o.insert(QStringLiteral("schema_version"), db.schemaVersion());
        for (const auto &[key, count] : std::as_const(counts))
            o.insert(key, count);
        Cli::json(QJsonDocument(o));
        return ExitOk;
    }
    QString text = QStringLiteral("%1 (schema version %2)\n").arg(QFileInfo(db.path()).absoluteFilePath()).arg(db.schemaVersion());
    for (const auto &[key, count] : std::as_const(counts))
        text += QStringLiteral("  %1 %2\n").arg(key, -18).arg(count, 10);
    Cli::out(text);
    return ExitOk;
}

int runCheck(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption repair(QStringLiteral("rebuild-rollups"),
                                    QStringLiteral("Recompute the activity rollups from the raw rows before checking."));
    parser.addOption(repair);
    if (int rc = cli.parse(parser, QStringLiteral("check"),
            QStringLiteral("Run PRAGMA integrity_check and foreign_key_check, and compare the activity rollups with the "
                           "events and memberships they summarise. Exit code 1 when problems are found."), args); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return cli.fail(ExitUsage, QStringLiteral("check takes no arguments: %1").arg(parser.positionalArguments().join(u' ')));
    Database db;
    if (!cli.open(db))
        return ExitData;
    QStringList problems;
    if (const DatabaseError error = Maintenance(db.connection()).check(&problems))
        return cli.fail(ExitData, error.message);
    if (problems.isEmpty() && parser.isSet(repair)) {
        if (const DatabaseError error = ActivityRollups(db.connection()).rebuild())
            return cli.fail(ExitData, error.message);
    }
    if (problems.isEmpty()) {
        // Only on a sound file: the comparison reads every event.
        QStringList rollups;
        if (const DatabaseError error = ActivityRollups(db.connection()).check(&rollups))
            return cli.fail(ExitData, error.message);
        if (!rollups.isEmpty())
            rollups.append(QStringLiteral("the activity rollups disagree with the raw rows; "
                                          "`qundesk-cli check --rebuild-rollups` recomputes them"));
        problems += rollups;
    }
    if (!problems.isEmpty()) {
        Cli::err(problems.join(u'\n'));
        return ExitFailure;
    }
    Cli::out(QStringLiteral("ok"));
    return ExitOk;
}

int runBackup(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Where to write the copy (replaced if it exists)."));
    if (int rc = cli.parse(parser, QStringLiteral("backup"),
            QStringLiteral("Write a consistent copy of the database with SQLite's online backup, even while QunDesk is writing to it."),
            args); rc >= 0)
        return rc;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return cli.fail(ExitUsage, QStringLiteral("backup needs exactly one FILE. Try: qundesk-cli backup --help"));
    Database db;
    if (!cli.open(db))
        return ExitData;
    if (QFileInfo(files.first()).absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return cli.fail(ExitUsage, QStringLiteral("the backup cannot overwrite the database itself"));
    if (const DatabaseError error = Maintenance(db.connection()).backup(files.first()))
        return cli.fail(ExitData, error.message);
    Cli::out(QStringLiteral("backup written to %1").arg(files.first()));
    return ExitOk;
}

} // namespace qundesk::cli
