#include "TestSupport.h"

#include "storage/Migrations.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <sqlite3.h>

namespace qundesk::test {

TempDatabase::TempDatabase()
    : db(std::make_unique<Database>())
{
    path = dir.filePath(QStringLiteral("test.db"));
    const DatabaseError err = db->open(path);
    if (err)
        qFatal("cannot open test database: %s", qPrintable(err.message));
}

CliResult runCli(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(QStringLiteral(QUNDESK_CLI_PATH), arguments);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// Written with the migration files of that time (the first two shipped ones).
bool writeSchemaVersion2(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    bool ok = true;
    const auto exec = [&](const QByteArray &sql) {
        char *message = nullptr;
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            qWarning("%s", message);
            ok = false;
        }
        sqlite3_free(message);
    };
    for (const Migrations::Step &step : Migrations::available()) {
        if (step.version > 2)
            break;
        QFile f(step.resource);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        exec(f.readAll());
        exec("PRAGMA user_version = " + QByteArray::number(step.version));
    }
    exec("INSERT INTO chat_groups (id, name, created_on) VALUES (1, '花漾宠粉群1群', '2026-08-01');"
         "INSERT INTO members (id, display_name, platform_id) VALUES (1, '王芳', 'wxid_a'), (2, '李静', 'wxid_b');"
         "INSERT INTO memberships (member_id, group_id, joined_at) VALUES (1, 1, '2026-08-02 09:00:00');"
         "INSERT INTO memberships (member_id, group_id, joined_at, left_at, leave_reason) "
         "  VALUES (2, 1, '2026-08-02 09:00:00', '2026-11-10 20:00:00', 'left');"
         "INSERT INTO events (occurred_at, kind, member_id, group_id) VALUES "
         "  ('2026-11-20 09:00:00', 'message', 1, 1), ('2026-11-20 09:30:00', 'reply', 1, 1),"
         "  ('2026-11-09 10:00:00', 'message', 2, 1);"
         "INSERT INTO events (occurred_at, kind, member_id, group_id, amount_fen) VALUES "
         "  ('2026-11-21 10:00:00', 'purchase', 1, 1, 19900);");
    sqlite3_close(db);
    return ok;
}

} // namespace qundesk::test
