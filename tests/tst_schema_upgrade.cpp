#include "TestSupport.h"

#include "storage/ActivityRollups.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>


using namespace qundesk;

namespace {

QString value(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("error: ") + q.lastError().text();
    return q.value(0).toString();
}

} // namespace

// Opening a database of an older version brings it to the current schema with its history:
// the rollups of migration 4 are built from the rows already there.
class TestSchemaUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void upgradesVersion2WithItsActivity()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        QVERIFY(test::writeSchemaVersion2(path));

        Database db;
        QVERIFY_OK(db.open(path));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        const QSqlDatabase c = db.connection();
        QCOMPARE(value(c, QStringLiteral("SELECT member_count FROM chat_groups WHERE id = 1")), QStringLiteral("1"));
        QCOMPARE(value(c, QStringLiteral("SELECT messages || '/' || active_members || '/' || gmv_fen FROM group_days "
                                         "WHERE day = '2026-11-20'")),
                 QStringLiteral("2/1/0"));
        QCOMPARE(value(c, QStringLiteral("SELECT joins FROM group_days WHERE day = '2026-08-02'")), QStringLiteral("2"));
        QCOMPARE(value(c, QStringLiteral("SELECT leaves FROM group_days WHERE day = '2026-11-10'")), QStringLiteral("1"));
        QCOMPARE(value(c, QStringLiteral("SELECT last_active_at FROM memberships WHERE member_id = 1")),
                 QStringLiteral("2026-11-21 10:00:00"));
        QStringList problems;
        QVERIFY_OK(ActivityRollups(c).check(&problems));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // And from now on the triggers keep them.
        QVERIFY(QSqlQuery(c).exec(QStringLiteral(
            "INSERT INTO events (occurred_at, kind, member_id, group_id) VALUES ('2026-11-20 11:00:00', 'message', 1, 1)")));
        QCOMPARE(value(c, QStringLiteral("SELECT messages FROM group_days WHERE day = '2026-11-20'")), QStringLiteral("3"));
    }
};

QTEST_GUILESS_MAIN(TestSchemaUpgrade)
#include "tst_schema_upgrade.moc"
