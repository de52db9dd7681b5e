#include "RecommendationTestData.h"
#include "TestSupport.h"

#include "cli/Cli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace qundesk;
using namespace qundesk::test;

namespace {

QString status(const QSqlDatabase &db, qint64 group)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT status FROM chat_groups WHERE id = %1").arg(group));
    return q.next() ? q.value(0).toString() : QString();
}

QJsonObject byId(const QJsonArray &list, const QString &id)
{
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestCliRecommendations : public QObject
{
    Q_OBJECT

private slots:
    void reportLifecycleListsRecommendations()
    {
        TempDatabase t;
        const RecommendationSeed s = seedRecommendations(t.connection());
        const CliResult r = runCli({QStringLiteral("--db"), t.path, QStringLiteral("report"), QStringLiteral("lifecycle"),
                                    QStringLiteral("--json"), QStringLiteral("--today"), QStringLiteral("2026-06-30")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        const QJsonArray recs = root.value(QStringLiteral("recommendations")).toArray();
        const QJsonObject a = byId(recs, QStringLiteral("dissolve-%1").arg(s.zombie));
        QCOMPARE(a.value(QStringLiteral("action")).toString(), QStringLiteral("dissolve"));
        QCOMPARE(a.value(QStringLiteral("group")).toObject().value(QStringLiteral("id")).toInteger(), s.zombie);
        QCOMPARE(a.value(QStringLiteral("group")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("花漾9800级1群"));
        QCOMPARE(a.value(QStringLiteral("target")).toObject().value(QStringLiteral("id")).toInteger(), s.live);
        QCOMPARE(a.value(QStringLiteral("members")).toInt(), 3);
        QVERIFY(a.value(QStringLiteral("new_group")).isNull());
        QVERIFY(!a.value(QStringLiteral("reason")).toString().isEmpty());
        const QJsonObject b = byId(recs, QStringLiteral("dissolve-%1").arg(s.zombieB));
        QVERIFY(b.value(QStringLiteral("target")).isNull());
        QCOMPARE(b.value(QStringLiteral("new_group")).toString(), QStringLiteral("花漾9800级4群"));
        QCOMPARE(b.value(QStringLiteral("members")).toInt(), 2);
        QVERIFY(root.value(QStringLiteral("groups")).isArray());

        const CliResult text = runCli({QStringLiteral("--db"), t.path, QStringLiteral("report"), QStringLiteral("lifecycle"),
                                       QStringLiteral("--today"), QStringLiteral("2026-06-30")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("dissolve-%1").arg(s.zombie).toUtf8()));
        QVERIFY(text.out.contains(QStringLiteral("new sub-group 花漾9800级4群").toUtf8()));
    }

    void dryRunChangesNothing()
    {
        TempDatabase t;
        const RecommendationSeed s = seedRecommendations(t.connection());
        const QString id = QStringLiteral("dissolve-%1").arg(s.zombie);
        const CliResult r = runCli({QStringLiteral("--db"), t.path, QStringLiteral("apply-recommendation"), id,
                                    QStringLiteral("--dry-run"), QStringLiteral("--today"), QStringLiteral("2026-06-30")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("migrated"));
        QVERIFY(r.out.contains("nothing was changed"));
        QCOMPARE(status(t.connection(), s.zombie), QStringLiteral("active"));

        const CliResult j = runCli({QStringLiteral("--db"), t.path, QStringLiteral("apply-recommendation"), id,
                                    QStringLiteral("--dry-run"), QStringLiteral("--json"), QStringLiteral("--today"),
                                    QStringLiteral("2026-06-30")});
        QCOMPARE(j.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(j.out).object();
        QVERIFY(root.value(QStringLiteral("dry_run")).toBool());
        const QJsonObject item = root.value(QStringLiteral("recommendations")).toArray().first().toObject();
        QCOMPARE(item.value(QStringLiteral("member_names")).toArray().size(), 3);
        QVERIFY(!item.value(QStringLiteral("changes")).toArray().isEmpty());
    }

    void appliesSeveralTogether()
    {
        TempDatabase t;
        const RecommendationSeed s = seedRecommendations(t.connection());
        const CliResult r = runCli({QStringLiteral("--db"), t.path, QStringLiteral("apply-recommendation"),
                                    QStringLiteral("dissolve-%1").arg(s.zombie), QStringLiteral("dissolve-%1").arg(s.zombieB),
                                    QStringLiteral("--json"), QStringLiteral("--today"), QStringLiteral("2026-06-30")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(QStringLiteral("applied")).toInt(), 2);
        QCOMPARE(root.value(QStringLiteral("migrated")).toInt(), 5);
        QCOMPARE(root.value(QStringLiteral("created_groups")).toArray().size(), 1);
        QCOMPARE(status(t.connection(), s.zombie), QStringLiteral("dissolved"));
        QCOMPARE(status(t.connection(), s.zombieB), QStringLiteral("dissolved"));
    }

    void badIdsAreNamed()
    {
        TempDatabase t;
        const RecommendationSeed s = seedRecommendations(t.connection());
        const QStringList base = {QStringLiteral("--db"), t.path, QStringLiteral("apply-recommendation")};
        const QStringList day = {QStringLiteral("--today"), QStringLiteral("2026-06-30")};

        CliResult r = runCli(base + day);
        QCOMPARE(r.exitCode, int(cli::ExitUsage));

        r = runCli(base + QStringList{QStringLiteral("dissolve-x")} + day);
        QCOMPARE(r.exitCode, int(cli::ExitUsage));
        QVERIFY(r.err.contains("dissolve-x"));

        // Unknown: a well-formed id that no rule produces today; nothing of the others is applied.
        r = runCli(base + QStringList{QStringLiteral("dissolve-%1").arg(s.zombie), QStringLiteral("dissolve-%1").arg(s.live)} + day);
        QCOMPARE(r.exitCode, int(cli::ExitData));
        QVERIFY(r.err.contains(QStringLiteral("dissolve-%1").arg(s.live).toUtf8()));
        QCOMPARE(status(t.connection(), s.zombie), QStringLiteral("active"));

        r = runCli(base + QStringList{QStringLiteral("dissolve-%1").arg(s.zombie), QStringLiteral("--today"),
                                      QStringLiteral("2026-13-01")});
        QCOMPARE(r.exitCode, int(cli::ExitUsage));
    }
};

QTEST_GUILESS_MAIN(TestCliRecommendations)
#include "tst_cli_recommendations.moc"
