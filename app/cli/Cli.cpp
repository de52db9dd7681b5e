#include "cli/Cli.h"

#include <cstdio>

namespace qundesk::cli {

const QList<Command> &commands()
{
    static const QList<Command> table = {
        {"init", "Create the database (or migrate it to this version's schema)", runInit},
        {"demo", "Fill an empty database with a generated demo operation", runDemo},
        {"stats", "Print row counts", runStats},
        {"check", "Run SQLite's integrity and foreign key checks", runCheck},
        {"backup", "Write a consistent copy of the database, even while it is in use", runBackup},
        {"report", "Analyses of the operation (report lifecycle: stage of every group)", runReport},
        {"bench", "Time QunDesk's queries against the sqlite3 shell on this database", runBench},
        {"apply-recommendation", "Apply lifecycle recommendations by id (--dry-run shows the changes)",
         runApplyRecommendation},
        {"koc", "KOC scores: recompute, show a member's breakdown, flag and unflag (report koc lists candidates)", runKoc},
        {"import", "Import members from CSV (import members FILE; rejects go to FILE.rejects.csv)", runImport},
        {"export", "Export members to CSV (export members FILE; masked unless --unmasked) or the content calendar (export calendar FILE --format ics|csv)", runExportAny},
        {"calendar", "Content calendar (calendar check: conflicts of a date range)", runCalendar},
        {"sop", "SOP templates: list, apply TEMPLATE --group G --start DATE, applications, undo ID", runSop},
    };
    return table;
}

int Cli::parse(QCommandLineParser &parser, const QString &command, const QString &description,
               const QStringList &args)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database file (default: %1).").arg(m_dbPath),
                                QStringLiteral("FILE"));
    parser.addOption(help);
    parser.addOption(db);
    QStringList full = args;
    full.prepend(QStringLiteral("qundesk-cli ") + command);
    if (!parser.parse(full))
        return fail(ExitUsage, parser.errorText() + QStringLiteral("\nTry: qundesk-cli %1 --help").arg(command));
    if (parser.isSet(help)) {
        // helpText() names argv[0]; show the command line a user actually types.
        QString text = parser.helpText();
        const qsizetype firstLineEnd = text.indexOf(u'\n');
        const QString usageLine = text.left(firstLineEnd);
        const qsizetype optionsAt = usageLine.indexOf(QLatin1String(" [options]"));
        text.replace(0, firstLineEnd, QStringLiteral("Usage: qundesk-cli [--db FILE] ") + command
                                          + (optionsAt >= 0 ? usageLine.mid(optionsAt) : QString()));
        out(text);
        return ExitOk;
    }
    if (parser.isSet(db))
        m_dbPath = parser.value(db);
    return -1;
}

bool Cli::open(Database &db)
{
    if (const DatabaseError error = db.open(m_dbPath)) {
        err(QStringLiteral("qundesk-cli: ") + error.message);
        return false;
    }
    return true;
}

void Cli::out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void Cli::err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stderr);
    std::fflush(stderr);
}

void Cli::json(const QJsonDocument &doc)
{
    out(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

int Cli::fail(ExitCode code, const QString &message)
{
    err(QStringLiteral("qundesk-cli: ") + message);
    return code;
}

} // namespace qundesk::cli
