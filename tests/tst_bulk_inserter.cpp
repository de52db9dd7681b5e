#include "TestSupport.h"

#include "storage/BulkInserter.h"
#include "storage/Query.h"
#include "storage/RawSqlite.h"
#include "storage/SqlTransaction.h"

#include <QSqlQuery>
#include <QTest>

using namespace qundesk;

class TestBulkInserter : public QObject
{
    Q_OBJECT

private slots:
    void bindsEveryTypeAndResetsBetweenRows()
    {
        test::TempDatabase t;
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE sample (i INTEGER, r REAL, s TEXT, n)")));
        sqlite3 *h = raw::handle(t.connection());
        {
            BulkInserter ins(h, "INSERT INTO sample (i, r, s, n) VALUES (?, ?, ?, ?)", QStringLiteral("write samples"));
            QVERIFY(!ins.prepareError());
            ins.bindInt(1, 9000000000LL).bindDouble(2, 0.5).bindText(3, QStringLiteral("花漾宠粉群")).bindNull(4);
            QVERIFY(!ins.step());
            // Unbound parameters of the next row are NULL again: step() clears the bindings.
            ins.bindText(3, QByteArray("utf-8 字节"));
            QVERIFY(!ins.step());
            ins.bindText(3, QString()).bindText(4, QStringLiteral(""));
            QVERIFY(!ins.step());
            ins.bindText(3, QByteArray()).bindId(1, 0).bindId(4, 42);
            QVERIFY(!ins.step());
            QCOMPARE(ins.rowsDone(), 4);
            QCOMPARE(ins.lastInsertId(), 4);
        }
        QVERIFY(q.exec(QStringLiteral("SELECT i, r, s, typeof(n), n FROM sample ORDER BY rowid")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 9000000000LL);
        QCOMPARE(q.value(1).toDouble(), 0.5);
        QCOMPARE(q.value(2).toString(), QStringLiteral("花漾宠粉群"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("null"));
        QVERIFY(q.next());
        QVERIFY(q.value(0).isNull());
        QCOMPARE(q.value(2).toString(), QStringLiteral("utf-8 字节"));
        QVERIFY(q.next());
        QVERIFY(q.value(2).isNull()); // null QString -> NULL
        QCOMPARE(q.value(3).toString(), QStringLiteral("text")); // empty QString -> ''
        QVERIFY(q.next());
        QVERIFY(q.value(0).isNull()); // id 0 -> NULL
        QVERIFY(q.value(2).isNull()); // null QByteArray -> NULL
        QCOMPARE(q.value(4).toLongLong(), 42);
        QVERIFY(!q.next());
    }

    void constraintFailureNamesTheRowAndKeepsGoing()
    {
        test::TempDatabase t;
        sqlite3 *h = raw::handle(t.connection());
        SqlTransaction tx(t.connection());
        BulkInserter ins(h, "INSERT INTO tiers (id, name, rank) VALUES (?, ?, ?)", QStringLiteral("write tiers"));
        QVERIFY(!ins.bindInt(1, 1).bindText(2, QStringLiteral("百万级")).bindInt(3, 1).step());
        const DatabaseError err = ins.bindInt(1, 2).bindText(2, QStringLiteral("百万级")).bindInt(3, 2).step();
        QCOMPARE(err.kind, DatabaseError::Kind::Constraint);
        QVERIFY2(err.message.contains(QStringLiteral("write tiers (row 2)")), qPrintable(err.message));
        QVERIFY2(err.message.contains(QStringLiteral("INSERT INTO tiers")), qPrintable(err.message));
        // The statement was reset: the next row goes in.
        QVERIFY(!ins.bindInt(1, 3).bindText(2, QStringLiteral("三十万级")).bindInt(3, 3).step());
        QVERIFY(!tx.commit());
        QCOMPARE(Query::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM tiers")).toInt(), 2);
    }

    void checkConstraintIsAConstraintError()
    {
        test::TempDatabase t;
        BulkInserter ins(
            raw::handle(t.connection()), "INSERT INTO tags (name, color) VALUES (?, ?)", QStringLiteral("write tags"));
        const DatabaseError err = ins.bindText(1, QStringLiteral("新人")).bindText(2, QStringLiteral("green")).step();
        QCOMPARE(err.kind, DatabaseError::Kind::Constraint);
        QCOMPARE(ins.rowsDone(), 0);
    }

    void badStatementAndBadIndexAreReported()
    {
        test::TempDatabase t;
        sqlite3 *h = raw::handle(t.connection());
        BulkInserter broken(h, "INSERT INTO no_such_table VALUES (?)", QStringLiteral("write nothing"));
        QVERIFY(broken.prepareError());
        broken.bindInt(1, 1);
        const DatabaseError err = broken.step();
        QVERIFY(err);
        QVERIFY2(err.message.contains(QStringLiteral("no_such_table")), qPrintable(err.message));

        BulkInserter ins(h, "INSERT INTO teams (name) VALUES (?)", QStringLiteral("write teams"));
        QVERIFY(!ins.prepareError());
        const DatabaseError range = ins.bindText(1, QStringLiteral("星火团")).bindInt(2, 5).step();
        QVERIFY(range);
        QVERIFY2(range.message.contains(QStringLiteral("parameter 2")), qPrintable(range.message));
        QVERIFY(!ins.bindText(1, QStringLiteral("星火团")).step());
        QCOMPARE(Query::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM teams")).toInt(), 1);

        BulkInserter closed(nullptr, "SELECT 1", QStringLiteral("nothing"));
        QCOMPARE(closed.prepareError().kind, DatabaseError::Kind::CannotOpen);
        QCOMPARE(closed.step().kind, DatabaseError::Kind::CannotOpen);
    }
};

QTEST_GUILESS_MAIN(TestBulkInserter)
#include "tst_bulk_inserter.moc"
