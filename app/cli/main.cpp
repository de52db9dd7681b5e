// qundesk-cli: the headless front door over the same core as the GUI.
#include "cli/Cli.h"

#include "storage/Migrations.h"

#include <QCoreApplication>

using namespace qundesk;
using namespace qundesk::cli;

namespace {

QString usage()
{
    QString text = QStringLiteral(
        "Usage: qundesk-cli [--db FILE] COMMAND [options]\n\n"
        "QunDesk (社群运营工作台) without the window: the same database and rules, for scripts.\n\n"
        "Commands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1 %2\n").arg(QLatin1String(c.name), -10).arg(QLatin1String(c.summary));
    text += QStringLiteral(
        "\nGlobal options:\n"
        "  --db FILE   the database (default: %1)\n"
        "  --help      this text; COMMAND --help describes one command\n"
        "  --version   print the version\n\n"
        "Exit codes: 0 ok, 1 problems found, 2 usage error, 3 database or data error.\n").arg(Database::defaultPath());
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // No organisation name: the default database lands in ~/.local/share/QunDesk/qundesk.db.
    QCoreApplication::setApplicationName(QStringLiteral("QunDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUNDESK_VERSION));

    QStringList args = app.arguments().mid(1);
    QString dbPath;
    // Global options come before the command; a command's own --db is handled by its parser.
    while (!args.isEmpty() && args.first().startsWith(u'-')) {
        const QString arg = args.takeFirst();
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            Cli::out(usage());
            return ExitOk;
        }
        if (arg == QLatin1String("--version")) {
            Cli::out(QStringLiteral("qundesk-cli %1 (schema version %2)").arg(QStringLiteral(QUNDESK_VERSION)).arg(Migrations::latestVersion()));
            return ExitOk;
        }
        if (arg == QLatin1String("--db") && !args.isEmpty()) {
            dbPath = args.takeFirst();
        } else if (arg.startsWith(QLatin1String("--db="))) {
            dbPath = arg.mid(5);
        } else {
            Cli::err(QStringLiteral("qundesk-cli: unknown option %1\n\n").arg(arg) + usage());
            return ExitUsage;
        }
        if (dbPath.isEmpty()) {
            Cli::err(QStringLiteral("qundesk-cli: --db needs a file name"));
            return ExitUsage;
        }
    }
    if (args.isEmpty()) {
        Cli::err(usage());
        return ExitUsage;
    }
    QString name = args.takeFirst();
    if (name == QLatin1String("help")) {
        if (args.isEmpty()) {
            Cli::out(usage());
            return ExitOk;
        }
        name = args.takeFirst();
        args = {QStringLiteral("--help")};
    }
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name)) {
            Cli cli(dbPath.isEmpty() ? Database::defaultPath() : dbPath);
            return c.run(cli, args);
        }
    }
    Cli::err(QStringLiteral("qundesk-cli: unknown command '%1'\n\n").arg(name) + usage());
    return ExitUsage;
}
