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
            for (const char *key : {"id", "name", "stage", "reason", "since", "filled_on", "age_days", "members",
                                    "active_7d", "active_rate_7d", "messages_7d", "messages_prev_7d", "days_below_floor"})
                QVERIFY2(g.contains(QLatin1String(key)), key);
            // Recorded by the demo and again by the report: the day the stage began, at most today.
            const QDate since = QDate::fromString(g.value(QStringLiteral("since")).toString(), Qt::ISODate);
            QVERIFY2(since.isValid() && since <= QDate(2026, 11, 23), qPrintable(g.value(QStringLiteral("since")).toString()));
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

    void lifecycleRecordsUnlessTold()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("record.db"));
        const auto demo = runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--members"),
                                  QStringLiteral("300"), QStringLiteral("--today"), QStringLiteral("2026-11-23"),
                                  QStringLiteral("--quiet")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const auto report = [&db](const QString &day, bool record) {
            QStringList args{QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("lifecycle"),
                             QStringLiteral("--json"), QStringLiteral("--today"), day};
            if (!record)
                args.append(QStringLiteral("--no-record"));
            const auto r = runCli(args);
            return std::pair(r.exitCode, QJsonDocument::fromJson(r.out).object().value(QStringLiteral("groups")).toArray());
        };
        const auto sinceOf = [](const QJsonArray &groups) {
            QMap<qint64, QString> out;
            for (const QJsonValue &v : groups)
                out.insert(v.toObject().value(QStringLiteral("id")).toInteger(),
                           v.toObject().value(QStringLiteral("since")).toString(QStringLiteral("null")));
            return out;
        };
        // A week on, without recording: the stages that changed since have no recorded start.
        const auto [rc1, unrecorded] = report(QStringLiteral("2026-11-30"), false);
        QCOMPARE(rc1, 0);
        // Recording: every group's stage now has a start, none later than the day.
        const auto [rc2, recorded] = report(QStringLiteral("2026-11-30"), true);
        QCOMPARE(rc2, 0);
        QCOMPARE(recorded.size(), unrecorded.size());
        const QMap<qint64, QString> before = sinceOf(unrecorded);
        const QMap<qint64, QString> after = sinceOf(recorded);
        int changed = 0;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            QVERIFY(it.value() != QStringLiteral("null") && it.value() <= QStringLiteral("2026-11-30"));
            if (before.value(it.key()) == QStringLiteral("null")) {
                QCOMPARE(it.value(), QStringLiteral("2026-11-30"));
                ++changed;
            } else {
                QCOMPARE(before.value(it.key()), it.value());
            }
        }
        QVERIFY2(changed > 0, "a silent week changes some stage");
        // An earlier day than the records is reported but not recorded, with a note.
        const auto earlier = runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("lifecycle"),
                                     QStringLiteral("--today"), QStringLiteral("2026-11-01")});
        QCOMPARE(earlier.exitCode, 0);
        QVERIFY2(earlier.err.contains("recorded up to 2026-11-30"), earlier.err.constData());
        QVERIFY(earlier.out.contains(" since "));

        // The matrix pivots by the recorded stage: four stages in order, totals over all groups.
        const auto matrix = runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("matrix"),
                                    QStringLiteral("--rows"), QStringLiteral("stage"), QStringLiteral("--cols"),
                                    QStringLiteral("tier"), QStringLiteral("--json")});
        QVERIFY2(matrix.exitCode == 0, matrix.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(matrix.out).object();
        const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
        QVERIFY(rows.size() >= 4);
        QCOMPARE(rows.at(0).toString(), QStringLiteral("Strong"));
        QCOMPARE(rows.at(3).toString(), QStringLiteral("Zombie"));
        const QJsonArray rowTotals = root.value(QStringLiteral("totals")).toObject().value(QStringLiteral("rows")).toArray();
        int live = 0;
        for (int i = 0; i < 4; ++i)
            live += rowTotals.at(i).toObject().value(QStringLiteral("groups")).toInt();
        QCOMPARE(live, recorded.size());
        const auto text = runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("matrix"),
                                  QStringLiteral("--rows"), QStringLiteral("team"), QStringLiteral("--cols"),
                                  QStringLiteral("stage")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("team \\ stage") && text.out.contains("Zombie"), text.out.constData());
    }

    void matrixUsage()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("matrix-usage.db"));
        const auto matrix = [&db](const QStringList &extra) {
            return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("matrix")} + extra);
        };
        const auto badRows = matrix({QStringLiteral("--rows"), QStringLiteral("city")});
        QCOMPARE(badRows.exitCode, 2);
        QVERIFY2(badRows.err.contains("city") && badRows.err.contains("tier, team, operator"), badRows.err.constData());
        const auto badCols = matrix({QStringLiteral("--cols"), QStringLiteral("weather")});
        QCOMPARE(badCols.exitCode, 2);
        QVERIFY2(badCols.err.contains("weather") && badCols.err.contains("region"), badCols.err.constData());
        const auto badMeasure = matrix({QStringLiteral("--measure"), QStringLiteral("revenue")});
        QCOMPARE(badMeasure.exitCode, 2);
        QVERIFY2(badMeasure.err.contains("revenue") && badMeasure.err.contains("gmv_30d")
                     && badMeasure.err.contains("active_rate_7d"), badMeasure.err.constData());
        QCOMPARE(matrix({QStringLiteral("--today"), QStringLiteral("2026-13-01")}).exitCode, 2);
        QCOMPARE(matrix({QStringLiteral("extra")}).exitCode, 2);
        const auto help = runCli({QStringLiteral("report"), QStringLiteral("matrix"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("koc_count"), help.out.constData());
    }

    void matrixOnDemo()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("matrix.db"));
        const auto demo = runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--members"),
                                  QStringLiteral("300"), QStringLiteral("--today"), QStringLiteral("2026-11-23"),
                                  QStringLiteral("--quiet")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());

        for (const char *measure : {"groups", "gmv_30d", "active_rate_7d"}) {
            const auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("matrix"),
                                   QStringLiteral("--rows"), QStringLiteral("tier"), QStringLiteral("--cols"),
                                   QStringLiteral("team"), QStringLiteral("--measure"), QLatin1String(measure),
                                   QStringLiteral("--today"), QStringLiteral("2026-11-23"), QStringLiteral("--json")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QJsonParseError error;
            const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(root.value(QStringLiteral("measure")).toString(), QLatin1String(measure));
            QCOMPARE(root.value(QStringLiteral("today")).toString(), QStringLiteral("2026-11-23"));
            const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
            const QJsonArray cols = root.value(QStringLiteral("cols")).toArray();
            const QJsonArray cells = root.value(QStringLiteral("cells")).toArray();
            const QJsonObject totals = root.value(QStringLiteral("totals")).toObject();
            QVERIFY(!rows.isEmpty() && !cols.isEmpty());
            QCOMPARE(cells.size(), rows.size());
            QCOMPARE(totals.value(QStringLiteral("rows")).toArray().size(), rows.size());
            QCOMPARE(totals.value(QStringLiteral("cols")).toArray().size(), cols.size());

            // Group and member totals are the sums of the cells, whatever the measure.
            int groups = 0;
            qint64 members = 0;
            for (int row = 0; row < cells.size(); ++row) {
                const QJsonArray line = cells.at(row).toArray();
                QCOMPARE(line.size(), cols.size());
                int rowGroups = 0;
                for (const QJsonValue &v : line) {
                    const QJsonObject cell = v.toObject();
                    for (const char *key : {"groups", "members", "value"})
                        QVERIFY2(cell.contains(QLatin1String(key)), key);
                    rowGroups += cell.value(QStringLiteral("groups")).toInt();
                    members += cell.value(QStringLiteral("members")).toInteger();
                }
                QCOMPARE(totals.value(QStringLiteral("rows")).toArray().at(row).toObject().value(QStringLiteral("groups")).toInt(),
                         rowGroups);
                groups += rowGroups;
            }
            const QJsonObject all = totals.value(QStringLiteral("all")).toObject();
            QVERIFY(groups > 0);
            QCOMPARE(all.value(QStringLiteral("groups")).toInt(), groups);
            QCOMPARE(all.value(QStringLiteral("members")).toInteger(), members);
            if (qstrcmp(measure, "groups") == 0)
                QCOMPARE(all.value(QStringLiteral("value")).toInt(), groups);
            if (qstrcmp(measure, "active_rate_7d") == 0) {
                const double rate = all.value(QStringLiteral("value")).toDouble(-1);
                QVERIFY(rate >= 0.0 && rate <= 1.0);
            }
        }

        const auto table = runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("matrix"),
                                   QStringLiteral("--rows"), QStringLiteral("purpose"), QStringLiteral("--cols"),
                                   QStringLiteral("identity"), QStringLiteral("--measure"), QStringLiteral("members"),
                                   QStringLiteral("--today"), QStringLiteral("2026-11-23")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains("Total") && table.out.contains("purpose \\ identity"), table.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
