#pragma once

#include "storage/Database.h"
#include "storage/GroupActivityRepository.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace qundesk::cli {

// Exit codes shared by every command (documented in --help and the README).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,   // the command ran and found problems (e.g. check found damage)
    ExitUsage = 2,     // bad arguments
    ExitData = 3       // the database or the data could not be used
};

// What every command gets: the database path chosen with --db (or the default) and output helpers.
class Cli final
{
public:
    explicit Cli(QString dbPath) : m_dbPath(std::move(dbPath)) {}

    QString dbPath() const { return m_dbPath; }

    // Sets up --help and --db on a command's parser and parses args. Returns -1 to go on,
    // or the exit code to return (0 after printing help, 2 after a usage error).
    int parse(QCommandLineParser &parser, const QString &command, const QString &description,
              const QStringList &args);

    // Opens (and migrates) the database; on failure prints the reason and returns false.
    bool open(Database &db);

    static void out(const QString &text);
    static void err(const QString &text);
    static void json(const QJsonDocument &doc);
    int fail(ExitCode code, const QString &message);

private:
    QString m_dbPath;
};

using CommandFn = int (*)(Cli &cli, const QStringList &args);

struct Command
{
    const char *name;
    const char *summary;
    CommandFn run;
};

// The command table; main() dispatches on it.
const QList<Command> &commands();

int runInit(Cli &cli, const QStringList &args);
int runStats(Cli &cli, const QStringList &args);
int runCheck(Cli &cli, const QStringList &args);
int runBackup(Cli &cli, const QStringList &args);
int runDemo(Cli &cli, const QStringList &args);
int runReport(Cli &cli, const QStringList &args);
int runBench(Cli &cli, const QStringList &args);
int runApplyRecommendation(Cli &cli, const QStringList &args);
int runKoc(Cli &cli, const QStringList &args);
int reportKoc(Cli &cli, const QStringList &args);   // `report koc`, in KocCommands.cpp
int reportDay(Cli &cli, const QStringList &args);   // `report day`, in DayReportCommand.cpp
int runImport(Cli &cli, const QStringList &args);
int runExport(Cli &cli, const QStringList &args);
int runExportAny(Cli &cli, const QStringList &args); // export calendar ..., else runExport (CalendarExportCommand.cpp)
int runCalendar(Cli &cli, const QStringList &args); // calendar check, in CalendarCheckCommand.cpp
int runSop(Cli &cli, const QStringList &args);   // SopCommands.cpp

// The lifecycle recommendations as of `today` from the groups' activity as of that day, for
// `report lifecycle`: inserts the "recommendations" array into json and/or appends a text
// section (either may be null).
// JSON items: {id, action, group: {id, name}, target: {id, name} | null (a new sub-group, or
// none), new_group: name | null, members, applicable, reason}.
DatabaseError addRecommendations(const QSqlDatabase &db, const QDate &today, const QList<GroupActivity> &activity,
                                 QJsonObject *json, QString *text);

} // namespace qundesk::cli
