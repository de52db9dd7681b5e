// qundesk-cli koc recompute / show / flag / unflag and report koc.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace qundesk;
using namespace qundesk::test;

namespace {

bool sql(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement)) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// Group 1 with members 1-4 (1 most active, 4 a KOC with nothing), group 2 with member 5.
bool seed(const QSqlDatabase &db)
{
    bool ok = sql(db, QStringLiteral("INSERT INTO chat_groups (id, name, created_on) VALUES (1, '宠粉群1', '2026-01-01'), "
                                     "(2, '宠粉群2', '2026-01-01')"));
    for (int id = 1; id <= 5 && ok; ++id) {
        ok = sql(db, QStringLiteral("INSERT INTO members (id, display_name, platform_id) VALUES (%1, '成员%1', 'wx%1')").arg(id))
             && sql(db, QStringLiteral("INSERT INTO memberships (member_id, group_id, joined_at) VALUES (%1, %2, '2026-01-01 09:00:00')")
                            .arg(id).arg(id == 5 ? 2 : 1));
    }
    auto events = [&](int member, const char *kind, const char *day, int n) {
        for (int i = 0; i < n && ok; ++i) {
            ok = sql(db, QStringLiteral("INSERT INTO events (occurred_at, kind, member_id, group_id, amount_fen) "
                                        "VALUES ('%1 10:00:00', '%2', %3, %4, %5)")
                             .arg(QLatin1String(day), QLatin1String(kind)).arg(member).arg(member == 5 ? 2 : 1)
                             .arg(qstrcmp(kind, "purchase") == 0 ? QStringLiteral("8800") : QStringLiteral("NULL")));
        }
    };
    events(1, "message", "2026-11-23", 25);
    events(1, "referral", "2026-11-20", 2);
    events(1, "post", "2026-11-10", 3);
    events(1, "purchase", "2026-11-01", 1);
    events(2, "message", "2026-11-22", 4);
    events(5, "reply", "2026-11-21", 6);
    events(5, "share", "2026-11-21", 3);
    return ok && sql(db, QStringLiteral("UPDATE members SET is_koc = 1, koc_since = '2026-05-01 10:00:00' WHERE id = 4"))
           && sql(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('koc.top_percent', '25'), ('koc.min_score', '3')"));
}

QStringList args(const QString &db, std::initializer_list<const char *> rest)
{
    QStringList list = {QStringLiteral("--db"), db};
    for (const char *a : rest)
        list << QString::fromUtf8(a);
    return list;
}

} // namespace

class TestCliKoc : public QObject
{
    Q_OBJECT

private slots:
    void recomputeReportFlagUnflag()
    {
        TempDatabase t;
        QVERIFY(seed(t.connection()));

        CliResult r = runCli(args(t.path, {"report", "koc", "--json"}));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("koc recompute"));

        r = runCli(args(t.path, {"koc", "recompute", "--as-of", "2026-11-09", "--json"}));
        QCOMPARE(r.exitCode, 0);
        r = runCli(args(t.path, {"koc", "recompute", "--as-of", "2026-11-23", "--json"}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject run = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(run.value(QStringLiteral("members")).toInteger(), 5);
        QCOMPARE(run.value(QStringLiteral("scored")).toInteger(), 3);
        QCOMPARE(run.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-11-23"));
        QCOMPARE(run.value(QStringLiteral("unflag_suggestions")).toInteger(), 1);   // member 4, below since 11-09

        r = runCli(args(t.path, {"report", "koc", "--json", "--today", "2026-11-23"}));
        QCOMPARE(r.exitCode, 0);
        QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QJsonArray candidates = report.value(QStringLiteral("candidates")).toArray();
        QVERIFY(!candidates.isEmpty());
        const QJsonObject first = candidates.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("member_id")).toInteger(), 1);
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("成员1"));
        QCOMPARE(first.value(QStringLiteral("percentile_overall")).toDouble(), 100.0);
        QCOMPARE(first.value(QStringLiteral("group")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("宠粉群1"));
        const QJsonObject messages = first.value(QStringLiteral("breakdown")).toObject().value(QStringLiteral("messages")).toObject();
        QCOMPARE(messages.value(QStringLiteral("count")).toInteger(), 25);
        QCOMPARE(messages.value(QStringLiteral("decayed")).toDouble(), 20.0);
        for (const QJsonValue &v : candidates)
            QVERIFY(v.toObject().value(QStringLiteral("member_id")).toInteger() != 4);
        QJsonArray unflag = report.value(QStringLiteral("unflag_suggestions")).toArray();
        QCOMPARE(unflag.size(), 1);
        QCOMPARE(unflag.at(0).toObject().value(QStringLiteral("member_id")).toInteger(), 4);
        QCOMPARE(unflag.at(0).toObject().value(QStringLiteral("below_since")).toString(), QStringLiteral("2026-11-09"));

        // Group 2 only: member 5, ranked within it.
        r = runCli(args(t.path, {"report", "koc", "--group", "2", "--json", "--today", "2026-11-23"}));
        QCOMPARE(r.exitCode, 0);
        candidates = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("candidates")).toArray();
        QCOMPARE(candidates.size(), 1);
        QCOMPARE(candidates.at(0).toObject().value(QStringLiteral("member_id")).toInteger(), 5);
        QCOMPARE(runCli(args(t.path, {"report", "koc", "--group", "99"})).exitCode, 3);
        QCOMPARE(runCli(args(t.path, {"report", "koc", "--limit", "x"})).exitCode, 2);

        // Text output names the lists.
        r = runCli(args(t.path, {"report", "koc", "--today", "2026-11-23"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Candidates"));
        QVERIFY(r.out.contains("Suggested for unflagging"));

        // show
        r = runCli(args(t.path, {"koc", "show", "1", "--json"}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(shown.value(QStringLiteral("candidate")).toBool(), true);
        QCOMPARE(shown.value(QStringLiteral("groups")).toArray().size(), 1);

        // flag / unflag
        QCOMPARE(runCli(args(t.path, {"koc", "flag", "1"})).exitCode, 2);                 // no reason
        QCOMPARE(runCli(args(t.path, {"koc", "flag", "abc", "--reason", "x"})).exitCode, 2);
        QCOMPARE(runCli(args(t.path, {"koc", "flag", "1", "999", "--reason", "x"})).exitCode, 3);
        r = runCli(args(t.path, {"koc", "flag", "1", "2", "--reason", "分享最多", "--json"}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("changed")).toInt(), 2);
        r = runCli(args(t.path, {"koc", "unflag", "4", "--reason", "连续两周不活跃"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("1 of 1"));
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(id) FROM members WHERE is_koc = 1")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("1,2"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'koc'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);

        // After flagging, the report no longer lists them.
        r = runCli(args(t.path, {"report", "koc", "--json", "--today", "2026-11-23"}));
        candidates = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("candidates")).toArray();
        for (const QJsonValue &v : candidates)
            QVERIFY(v.toObject().value(QStringLiteral("member_id")).toInteger() > 2);
        unflag = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("unflag_suggestions")).toArray();
        QVERIFY(unflag.isEmpty());
    }

    void usageErrors()
    {
        TempDatabase t;
        QCOMPARE(runCli(args(t.path, {"koc"})).exitCode, 2);
        QCOMPARE(runCli(args(t.path, {"koc", "frobnicate"})).exitCode, 2);
        QCOMPARE(runCli(args(t.path, {"koc", "recompute", "--as-of", "2026-13-40"})).exitCode, 2);
        QCOMPARE(runCli(args(t.path, {"koc", "show"})).exitCode, 2);
        QCOMPARE(runCli(args(t.path, {"koc", "show", "1"})).exitCode, 3);   // no such member
        const CliResult help = runCli(args(t.path, {"koc", "--help"}));
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("recompute"));
    }
};

QTEST_GUILESS_MAIN(TestCliKoc)
#include "tst_cli_koc.moc"
