#include "TestSupport.h"

#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace qundesk;
using test::runCli;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void helpAndUsageErrors()
    {
        QCOMPARE(runCli({QStringLiteral("--help")}).exitCode, 0);
        QCOMPARE(runCli({}).exitCode, 2);
        const auto unknown = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("frobnicate"));
        QCOMPARE(runCli({QStringLiteral("--bogus"), QStringLiteral("stats")}).exitCode, 2);
        for (const char *command : {"init", "demo", "stats", "check", "backup"}) {
            const auto help = runCli({QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains(QByteArray("Usage: qundesk-cli [--db FILE] ").append(command)), help.out.constData());
            QCOMPARE(runCli({QStringLiteral("help"), QLatin1String(command)}).exitCode, 0);
            QCOMPARE(runCli({QLatin1String(command), QStringLiteral("--no-such-option")}).exitCode, 2);
        }
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("backup")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("backup"), db}).exitCode, 2);
    }

    void initStatsCheckBackup()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("ops.db"));
        const auto init = runCli({QStringLiteral("--db"), db, QStringLiteral("init")});
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.out.contains(QByteArray("schema version ").append(QByteArray::number(Migrations::latestVersion()))));

        const auto stats = runCli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(stats.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(stats.out).object();
        for (const char *key : {"groups", "members", "memberships", "events", "content_items", "schedule_entries", "funnels"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("time_slots")).toInt(), 8);
        QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), Migrations::latestVersion());

        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("check")}).exitCode, 0);
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("backup"), copy}).exitCode, 0);
        QVERIFY(QFile::exists(copy));
        QVERIFY(!QFile::exists(copy + QStringLiteral(".partial")));
        const auto checkCopy = runCli({QStringLiteral("--db"), copy, QStringLiteral("check")});
        QCOMPARE(checkCopy.exitCode, 0);
        QCOMPARE(checkCopy.out.trimmed(), QByteArray("ok"));
    }

    void demoThenStats()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.db"));
        const QStringList demo = {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--members"),
                                  QStringLiteral("500"), QStringLiteral("--today"), QStringLiteral("2026-11-23"),
                                  QStringLiteral("--quiet")};
        const auto made = runCli(demo);
        QCOMPARE(made.exitCode, 0);
        const auto stats = runCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(stats.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(stats.out).object();
        QCOMPARE(o.value(QStringLiteral("members")).toInt(), 500);
        QVERIFY(o.value(QStringLiteral("groups")).toInt() >= 60);
        QVERIFY(o.value(QStringLiteral("memberships")).toInt() > 0);
        QVERIFY(o.value(QStringLiteral("events")).toInt() > 500);
        QVERIFY(o.value(QStringLiteral("content_items")).toInt() > 0);
        QVERIFY(o.value(QStringLiteral("schedule_entries")).toInt() > 0);
        QCOMPARE(o.value(QStringLiteral("funnels")).toInt() >= 1, true);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("check")}).exitCode, 0);

        // A filled database is not filled twice.
        const auto again = runCli(demo);
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.err.contains("empty"), again.err.constData());
        // Bad values are usage errors, named in the message.
        const auto bad = runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("lots")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("lots"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--today"), QStringLiteral("2026-13-45")}).exitCode, 2);
    }

    void newerDatabaseIsRefusedByteIdentical()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("future.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            c.setDatabaseName(db);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            q.finish();
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const QByteArray before = fileHash(db);
        for (const char *command : {"stats", "init", "check"}) {
            const auto r = runCli({QStringLiteral("--db"), db, QLatin1String(command)});
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.err.contains("newer QunDesk"), r.err.constData());
            QVERIFY(r.err.contains(QByteArray::number(Migrations::latestVersion() + 1)));
        }
        QCOMPARE(fileHash(db), before);
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
    }

    void badFilesExitThree()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("members.csv"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("昵称,微信号\n张三,wx_1\n");
        f.close();
        const auto r = runCli({QStringLiteral("--db"), text, QStringLiteral("stats")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("not an SQLite file"));
        const auto missing = runCli({QStringLiteral("--db"), QStringLiteral("/nonexistent-qundesk/x.db"), QStringLiteral("stats")});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.err.contains("does not exist"));
    }

    void readOnlyFileExitsThree()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("ro.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QStringList args = {QStringLiteral("--db"), db, QStringLiteral("stats")};
        test::CliResult r;
        if (geteuid() == 0) {
            // root may write anything: run the check as an unprivileged user instead.
            const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
            if (runuser.isEmpty())
                QSKIP("running as root without runuser");
            QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                                  | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
            QProcess p;
            p.start(runuser, QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                                         QStringLiteral(QUNDESK_CLI_PATH)} + args);
            QVERIFY(p.waitForFinished(60000));
            r.exitCode = p.exitCode();
            r.err = p.readAllStandardError();
            if (r.err.contains("Permission denied") && r.exitCode != 3)
                QSKIP("the test binary is not reachable for user nobody");
        } else {
            r = runCli(args);
        }
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("read-only") || r.err.contains("not writable"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
