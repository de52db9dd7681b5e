// demo: fill an empty database with the generated demo operation.
#include "cli/Cli.h"

#include "io/DemoGenerator.h"

#include <QDate>
#include <QElapsedTimer>

namespace qundesk::cli {

int runDemo(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption members(QStringLiteral("members"), QStringLiteral("How many members (default 10000, up to 1000000)."), QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed; the same seed and date give the same data (default 20261123)."), QStringLiteral("S"), QStringLiteral("20261123"));
    const QCommandLineOption today(QStringLiteral("today"), QStringLiteral("The day the demo treats as today, YYYY-MM-DD (default: the real today)."), QStringLiteral("DATE"));
    const QCommandLineOption events(QStringLiteral("events-per-member"), QStringLiteral("Average activity events per member over 90 days (default 25)."), QStringLiteral("N"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Do not print progress."));
    parser.addOptions({members, seed, today, events, quiet});
    if (int rc = cli.parse(parser, QStringLiteral("demo"),
            QStringLiteral("Fill an empty database with a realistic, generated Chinese community operation: "
                           "tiers, teams, groups at every lifecycle stage, members, activity, content calendar, SOPs and funnels."),
            args); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return cli.fail(ExitUsage, QStringLiteral("demo takes no arguments: %1").arg(parser.positionalArguments().join(u' ')));

    DemoOptions options;
    bool ok = false;
    options.members = parser.value(members).toInt(&ok);
    if (!ok || options.members < 100 || options.members > 1000000)
        return cli.fail(ExitUsage, QStringLiteral("--members must be a whole number from 100 to 1000000, not '%1'").arg(parser.value(members)));
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return cli.fail(ExitUsage, QStringLiteral("--seed must be a non-negative whole number, not '%1'").arg(parser.value(seed)));
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid())
            return cli.fail(ExitUsage, QStringLiteral("--today must be a date like 2026-11-23, not '%1'").arg(parser.value(today)));
    }
    if (parser.isSet(events)) {
        options.eventsPerMember = parser.value(events).toDouble(&ok);
        if (!ok || options.eventsPerMember <= 0 || options.eventsPerMember > 1000)
            return cli.fail(ExitUsage, QStringLiteral("--events-per-member must be a number above 0, not '%1'").arg(parser.value(events)));
    }

    Database db;
    if (!cli.open(db))
        return ExitData;
    const bool showProgress = !parser.isSet(quiet);
    QString lastStage;
    QElapsedTimer timer;
    timer.start();
    const DatabaseError error = DemoGenerator::generate(db, options, [&](int percent, const QString &stage) {
        if (showProgress && stage != lastStage) {
            Cli::err(QStringLiteral("[%1%] %2").arg(percent, 3).arg(stage));
            lastStage = stage;
        }
        return true;
    });
    if (error)
        return cli.fail(ExitData, error.message);
    Cli::out(QStringLiteral("demo data written to %1 (%2 members, seed %3) in %4 s")
                 .arg(db.path()).arg(options.members).arg(options.seed).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return ExitOk;
}

} // namespace qundesk::cli
