#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace qundesk;
using test::runCli;

class TestCliReport : public QObject
{
    Q_OBJECT

private slots:
    void usage()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("usage.db"));
        const auto none = runCli({QStringLiteral("--db"), db, QStringLiteral("report")});
        QCOMPARE(none.exitCode, 2);
        const auto unknown = runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("weather")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("weather"), unknown.err.constData());
        QCOMPARE(runCli({QStringLiteral("report"), QStringLiteral("--help")}).exitCode, 0);
        const auto help = runCli({QStringLiteral("report"), QStringLiteral("lifecycle"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("report lifecycle"), help.out.constData());
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("lifecycle"),
                         QStringLiteral("--today"), QStringLiteral("23.11.2026")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("lifecycle"),
                         QStringLiteral("extra")}).exitCode, 2);
    }

    void emptyDatabaseHasNoGroups()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("empty.db"));
        const auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("lifecycle"),
                               QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QVERIFY(root.value(QStringLiteral("groups")).toArray().isEmpty());
        QCOMPARE(root.value(QStringLiteral("counts")).toObject().value(QStringLiteral("zombie")).toInt(-1), 0);
    }

    void demoHasEveryStage()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.db"));
        const auto demo = runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--members"),
                                  QStringLiteral("300"), QStringLiteral("--today"), QStringLiteral("2026-11-23"),
                                  QStringLiteral("--quiet")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());

        const auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("lifecycle"),
                               QStringLiteral("--json"), QStringLiteral("--today"), QStringLiteral("2026-11-23")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray groups = root.value(QStringLiteral("groups")).toArray();
        const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
        QVERIFY(!groups.isEmpty());

        QMap<QString, int> seen;
        for (const QJsonValue &v : groups) {
            const QJsonObject g = v.toObject();
            for (const char *key : {"id", "name", "stage", "reason", "filled_on", "age_days", "members", "active_7d",
                                    "active_rate_7d", "messages_7d", "messages_prev_7d", "days_below_floor"})
                QVERIFY2(g.contains(QLatin1String(key)), key);
            QVERIFY(!g.value(QStringLiteral("reason")).toString().isEmpty());
            const double rate = g.value(QStringLiteral("active_rate_7d")).toDouble(-1);
            QVERIFY(rate >= 0.0);
            ++seen[g.value(QStringLiteral("stage")).toString()];
        }
        int total = 0;
        for (const char *stage : {"strong", "daily", "weak", "zombie"}) {
            const int n = counts.value(QLatin1String(stage)).toInt();
            QVERIFY2(n > 0, stage);
            QCOMPARE(seen.value(QLatin1String(stage)), n);
            total += n;
        }
        QCOMPARE(total, groups.size());

        // The table names the same groups, with a summary line.
        const auto table = runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("lifecycle"),
                                   QStringLiteral("--today"), QStringLiteral("2026-11-23")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QByteArray(QByteArray::number(groups.size()) + " groups: ")), table.out.constData());
        QVERIFY(table.out.contains(groups.first().toObject().value(QStringLiteral("name")).toString().toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
