#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Query.h"
#include "storage/RawSqlite.h"
#include "storage/SqlTransaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace qundesk;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString pragmaText(const QSqlDatabase &db, const QString &pragma)
{
    return Query::scalar(db, QStringLiteral("PRAGMA ") + pragma).toString();
}

// Writes a database exactly as QunDesk's schema version 1 left it, with one member and an
// optional extra statement.
void makeVersionOne(const QString &path, const QString &extra)
{
    QFile script(QStringLiteral(":/migrations/0001_initial.sql"));
    QVERIFY(script.open(QIODevice::ReadOnly));
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
    c.setDatabaseName(path);
    QVERIFY(c.open());
    {
        QVERIFY(!raw::exec(raw::handle(c), script.readAll().constData()));
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO members (display_name, platform_id) VALUES ('陈晓', 'wxid_cx')")));
        if (!extra.isEmpty())
            QVERIFY(q.exec(extra));
    }
    c.close();
    c = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void migratesFreshFile()
    {
        test::TempDatabase t;
        QCOMPARE(t.db->schemaVersion(), Migrations::latestVersion());
        QVERIFY(Migrations::latestVersion() >= 1);
        QCOMPARE(pragmaText(t.connection(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragmaText(t.connection(), QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragmaText(t.connection(), QStringLiteral("synchronous")), QStringLiteral("1")); // NORMAL
        QCOMPARE(pragmaText(t.connection(), QStringLiteral("busy_timeout")).toInt(), Database::BusyTimeoutMs);
        QCOMPARE(pragmaText(t.connection(), QStringLiteral("application_id")).toInt(), Database::ApplicationId);
        // The standard time slots come with the schema.
        QCOMPARE(Query::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM time_slots")).toInt(), 8);
    }

    void reopenIsIdempotent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        {
            Database db;
            QVERIFY(!db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO tiers (name, rank) VALUES ('百万级', 1)")));
        }
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(Query::scalar(db.connection(), QStringLiteral("SELECT name FROM tiers")).toString(),
                 QStringLiteral("百万级"));
    }

    void refusesNewerDatabaseUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        {
            Database db;
            QVERIFY(!db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        const QByteArray before = fileHash(path);
        Database db;
        const DatabaseError err = db.open(path);
        QCOMPARE(err.kind, DatabaseError::Kind::TooNew);
        QVERIFY2(err.message.contains(QStringLiteral("999")), qPrintable(err.message));
        QVERIFY2(err.message.contains(QString::number(Migrations::latestVersion())), qPrintable(err.message));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesNonSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("members.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("昵称,微信号,手机号\n张三,wx1,13800001111\n");
        f.close();
        const QByteArray before = fileHash(path);
        Database db;
        const DatabaseError err = db.open(path);
        QCOMPARE(err.kind, DatabaseError::Kind::NotADatabase);
        QVERIFY(err.message.contains(path));
        QCOMPARE(fileHash(path), before);
    }

    void refusesForeignSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (body TEXT)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(path);
        Database db;
        QCOMPARE(db.open(path).kind, DatabaseError::Kind::NotQunDesk);
        QCOMPARE(fileHash(path), before);
    }

    void refusesTruncatedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.db"));
        {
            Database db;
            QVERIFY(!db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile f(path);
        QVERIFY(f.size() > 8192);
        QVERIFY(f.resize(f.size() / 2));
        const QByteArray before = fileHash(path);
        Database db;
        const DatabaseError err = db.open(path);
        QCOMPARE(err.kind, DatabaseError::Kind::Corrupt);
        QVERIFY2(err.message.contains(QStringLiteral("truncated")), qPrintable(err.message));
        QCOMPARE(fileHash(path), before);
    }

    void refusesReadOnlyFile()
    {
        if (geteuid() == 0)
            QSKIP("root writes to read-only files; the CLI test covers this as an unprivileged user");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.db"));
        {
            Database db;
            QVERIFY(!db.open(path));
        }
        QFile::setPermissions(path, QFile::ReadOwner);
        Database db;
        QCOMPARE(db.open(path).kind, DatabaseError::Kind::ReadOnly);
    }

    void missingFolderIsAClearError()
    {
        Database db;
        const DatabaseError err = db.open(QStringLiteral("/nonexistent-qundesk-dir/x.db"));
        QCOMPARE(err.kind, DatabaseError::Kind::CannotOpen);
        QVERIFY(err.message.contains(QStringLiteral("/nonexistent-qundesk-dir")));
    }

    void upgradesOlderSchemaKeepingData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        makeVersionOne(path, QString());
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(Query::scalar(db.connection(), QStringLiteral("SELECT display_name FROM members")).toString(), QStringLiteral("陈晓"));
        QCOMPARE(Query::scalar(db.connection(),
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('members_phone', 'members_nickname')")).toInt(), 2);
    }

    void failedMigrationChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        // An index of the same name makes migration 2 fail half-way, after its first statement.
        makeVersionOne(path, QStringLiteral("CREATE INDEX members_nickname ON members (display_name)"));
        Database db;
        const DatabaseError err = db.open(path);
        QVERIFY(err.isError());
        QVERIFY2(err.message.contains(QStringLiteral("migration 2")), qPrintable(err.message));
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QCOMPARE(Query::scalar(raw, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(Query::scalar(raw, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'members_phone'")).toInt(), 0);
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }

    void transactionRollsBackUnlessCommitted()
    {
        test::TempDatabase t;
        {
            SqlTransaction tx(t.connection());
            QVERIFY(tx.isActive());
            QSqlQuery q(t.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO teams (name) VALUES ('一队')")));
        }
        QCOMPARE(Query::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM teams")).toInt(), 0);
        {
            SqlTransaction tx(t.connection());
            QSqlQuery q(t.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO teams (name) VALUES ('二队')")));
            QVERIFY(!tx.commit());
        }
        QCOMPARE(Query::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM teams")).toInt(), 1);
    }

    void constraintViolationIsClassified()
    {
        test::TempDatabase t;
        Query q(t.connection(), QStringLiteral("INSERT INTO chat_groups (name, capacity) VALUES (:n, :c)"));
        q.bind(QStringLiteral(":n"), QStringLiteral("宠粉群1群")).bind(QStringLiteral(":c"), 0);
        const DatabaseError err = q.exec(QStringLiteral("create group"));
        QCOMPARE(err.kind, DatabaseError::Kind::Constraint);
        QVERIFY2(err.message.contains(QStringLiteral("capacity")), qPrintable(err.message));
    }

    void pointsBalanceNeverNegative()
    {
        test::TempDatabase t;
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO members (display_name, platform_id) VALUES ('李娜', 'wx_lina')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO points_ledger (member_id, delta, reason) VALUES (1, 50, 'checkin')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO points_ledger (member_id, delta, reason) VALUES (1, -80, 'redeem')")));
        QCOMPARE(Query::scalar(t.connection(), QStringLiteral("SELECT points_balance FROM members")).toInt(), 50);
        QCOMPARE(Query::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM points_ledger")).toInt(), 1);
    }

    void memberSearchFollowsTags()
    {
        test::TempDatabase t;
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO members (display_name, platform_id, phone) VALUES ('王芳', 'wx_wf', '13912345678')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('高复购客户')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO member_tags (member_id, tag_id) VALUES (1, 1)")));
        auto hits = [&](const QString &term) {
            return Query::scalar(t.connection(),
                QStringLiteral("SELECT count(*) FROM member_search WHERE member_search MATCH '\"%1\"'").arg(term)).toInt();
        };
        QCOMPARE(hits(QStringLiteral("复购客")), 1);
        QCOMPARE(hits(QStringLiteral("2345")), 1);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM member_tags")));
        QCOMPARE(hits(QStringLiteral("复购客")), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
