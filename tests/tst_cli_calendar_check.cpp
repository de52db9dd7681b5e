// qundesk-cli calendar check.
#include "EntriesTestData.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace qundesk;

class TestCliCalendarCheck : public QObject
{
    Q_OBJECT

    test::TempDatabase *m_t = nullptr;
    qint64 m_group1 = 0;

    QStringList args(const QStringList &more) const
    {
        return QStringList{QStringLiteral("--db"), m_t->path, QStringLiteral("calendar"), QStringLiteral("check")} + more;
    }

private slots:
    void initTestCase()
    {
        test::useTestActor();
        m_t = new test::TempDatabase;
        const QSqlDatabase db = m_t->connection();
        m_group1 = test::insertGroup(db, QStringLiteral("宠粉福利1群"));
        const qint64 g2 = test::insertGroup(db, QStringLiteral("导购2群"));
        // Feb 28 → Mar 1 (2027 is no leap year): a slot clash on the 28th, a quiet-hours post on
        // the 1st, and a clean group.
        test::insertEntry(db, m_group1, QStringLiteral("2027-02-28 09:00:00"), QStringLiteral("早安"));
        test::insertEntry(db, m_group1, QStringLiteral("2027-02-28 09:00:00"), QStringLiteral("早安重复"));
        test::insertEntry(db, m_group1, QStringLiteral("2027-03-01 06:30:00"), QStringLiteral("太早了"));
        test::insertEntry(db, g2, QStringLiteral("2027-02-28 10:00:00"), QStringLiteral("干货"));
        // Close our connection's write lock before the CLI opens the file.
        m_t->db->close();
    }

    void cleanupTestCase() { delete m_t; }

    void text()
    {
        const test::CliResult r = test::runCli(args({QStringLiteral("--from"), QStringLiteral("2027-02-28"),
                                                     QStringLiteral("--to"), QStringLiteral("2027-03-01")}));
        QCOMPARE(r.exitCode, 0); // conflicts are findings, not failures
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("2027-02-28 to 2027-03-01: 2")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("[slot_overfull]")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("[quiet_hours]")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("宠粉福利1群")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("06:30")), qPrintable(out));
    }

    void json()
    {
        const test::CliResult r = test::runCli(args({QStringLiteral("--from"), QStringLiteral("2027-02-28"),
                                                     QStringLiteral("--to"), QStringLiteral("2027-02-28"),
                                                     QStringLiteral("--group"), QStringLiteral("宠粉福利1群"),
                                                     QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("group")).toObject().value(QStringLiteral("id")).toInteger(), m_group1);
        QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("slot_overfull")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("quiet_hours")).toInt(), 0);
        const QJsonObject c = o.value(QStringLiteral("conflicts")).toArray().at(0).toObject();
        QCOMPARE(c.value(QStringLiteral("kind")).toString(), QStringLiteral("slot_overfull"));
        QCOMPARE(c.value(QStringLiteral("time")).toString(), QStringLiteral("09:00"));
        QCOMPARE(c.value(QStringLiteral("entries")).toArray().size(), 2);

        const test::CliResult empty = test::runCli(args({QStringLiteral("--from"), QStringLiteral("2030-01-01"),
                                                         QStringLiteral("--json")}));
        QCOMPARE(empty.exitCode, 0);
        const QJsonObject none = QJsonDocument::fromJson(empty.out).object();
        QCOMPARE(none.value(QStringLiteral("count")).toInt(), 0);
        QCOMPARE(none.value(QStringLiteral("to")).toString(), QStringLiteral("2030-01-07"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("more");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--from"), QStringLiteral("2027-02-30")}
                                  << QStringLiteral("--from must be a date");
        QTest::newRow("reversed") << QStringList{QStringLiteral("--from"), QStringLiteral("2027-03-01"),
                                                 QStringLiteral("--to"), QStringLiteral("2027-02-01")}
                                  << QStringLiteral("before --from");
        QTest::newRow("unknown group") << QStringList{QStringLiteral("--group"), QStringLiteral("没有这个群")}
                                       << QStringLiteral("没有这个群");
        QTest::newRow("too long") << QStringList{QStringLiteral("--from"), QStringLiteral("2027-01-01"),
                                                 QStringLiteral("--to"), QStringLiteral("2029-01-01")}
                                  << QStringLiteral("at most a year");
        QTest::newRow("positional") << QStringList{QStringLiteral("extra")} << QStringLiteral("no arguments");
    }

    void badInput()
    {
        QFETCH(QStringList, more);
        QFETCH(QString, message);
        const test::CliResult r = test::runCli(args(more));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void subcommands()
    {
        test::CliResult r = test::runCli({QStringLiteral("--db"), m_t->path, QStringLiteral("calendar")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("check"));
        r = test::runCli({QStringLiteral("--db"), m_t->path, QStringLiteral("calendar"), QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("frobnicate"));
        r = test::runCli(args({QStringLiteral("--help")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("quiet"));
    }
};

QTEST_GUILESS_MAIN(TestCliCalendarCheck)
#include "tst_cli_calendar_check.moc"
