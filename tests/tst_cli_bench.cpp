#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using qundesk::test::runCli;

// The bench command's contract, not its speed (figures belong in benchmarks, never in tests):
// every figure is printed with its baseline from the sqlite3 shell, and bad arguments are refused.
class TestCliBench : public QObject
{
    Q_OBJECT

private slots:
    void figuresWithBaselines()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("bench.db"));
        const auto demo = runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--members"),
                                  QStringLiteral("300"), QStringLiteral("--today"), QStringLiteral("2026-11-20"),
                                  QStringLiteral("--quiet")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());

        const auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("bench"), QStringLiteral("--runs"),
                               QStringLiteral("1"), QStringLiteral("--today"), QStringLiteral("2026-11-20"),
                               QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        const QJsonArray figures = root.value(QStringLiteral("figures")).toArray();
        QCOMPARE(figures.size(), 7); // one re-pivot per measure
        const bool haveShell = !QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty();
        for (const QJsonValue &v : figures) {
            const QJsonObject f = v.toObject();
            QVERIFY(f.value(QStringLiteral("figure")).toString().startsWith(QStringLiteral("matrix re-pivot: ")));
            QVERIFY(f.value(QStringLiteral("ms")).toDouble() >= 0);
            if (haveShell)
                QVERIFY2(f.value(QStringLiteral("baseline_ms")).isDouble(), r.out.constData());
        }
        QCOMPARE(root.contains(QStringLiteral("baseline_problem")), !haveShell);

        const auto text = runCli({QStringLiteral("--db"), db, QStringLiteral("bench"), QStringLiteral("--runs"),
                                  QStringLiteral("1"), QStringLiteral("--today"), QStringLiteral("2026-11-20")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("matrix re-pivot: gmv_30d"));
        QVERIFY(text.out.contains("ratio"));
    }

    void badArguments()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("bench.db"));
        const auto runs = runCli({QStringLiteral("--db"), db, QStringLiteral("bench"), QStringLiteral("--runs"), QStringLiteral("zero")});
        QCOMPARE(runs.exitCode, 2);
        QVERIFY(runs.err.contains("--runs"));
        const auto day = runCli({QStringLiteral("--db"), db, QStringLiteral("bench"), QStringLiteral("--today"), QStringLiteral("2026-13-01")});
        QCOMPARE(day.exitCode, 2);
        QVERIFY(day.err.contains("2026-13-01"));
    }
};

QTEST_GUILESS_MAIN(TestCliBench)
#include "tst_cli_bench.moc"
