#include "CalendarTestData.h"
#include "TestSupport.h"

#include "storage/SopRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace qundesk;
using test::runCli;

namespace {

QJsonObject jsonOf(const test::CliResult &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestCliSop : public QObject
{
    Q_OBJECT

private:
    QString m_db;
    std::unique_ptr<test::TempDatabase> m_t;
    qint64 m_groupA = 0;
    qint64 m_groupB = 0;

    test::CliResult sop(const QStringList &args) { return runCli(QStringList { QStringLiteral("--db"), m_db, QStringLiteral("sop") } + args); }

private slots:
    void initTestCase()
    {
        test::useTestActor();
        m_t = std::make_unique<test::TempDatabase>();
        m_db = m_t->path;
        m_groupA = test::insertGroup(m_t->connection(), QStringLiteral("新人福利1群"));
        m_groupB = test::insertGroup(m_t->connection(), QStringLiteral("新人福利2群"));
        // Two dissolved groups share a name: by name only live groups are found, so the name is refused.
        for (int i = 0; i < 2; ++i) {
            const qint64 id = test::insertGroup(m_t->connection(), QStringLiteral("同名群"));
            Query q(m_t->connection(), QStringLiteral("UPDATE chat_groups SET status = 'dissolved' WHERE id = :id"));
            q.bind(QStringLiteral(":id"), id);
            QVERIFY_OK(q.exec(QStringLiteral("dissolve")));
        }
        QVERIFY_OK(SopRepository(m_t->connection()).installBuiltinTemplates());
    }

    void usage()
    {
        QCOMPARE(sop({}).exitCode, 2);
        const auto unknown = sop({ QStringLiteral("frobnicate") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("frobnicate"), unknown.err.constData());
        const auto help = sop({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("apply"));
        const auto applyHelp = sop({ QStringLiteral("apply"), QStringLiteral("--help") });
        QCOMPARE(applyHelp.exitCode, 0);
        QVERIFY2(applyHelp.out.contains("sop apply"), applyHelp.out.constData());
        // Missing or bad arguments are named.
        const auto noGroup = sop({ QStringLiteral("apply"), QStringLiteral("1"), QStringLiteral("--start"),
            QStringLiteral("2027-01-31") });
        QCOMPARE(noGroup.exitCode, 2);
        QVERIFY(noGroup.err.contains("--group"));
        const auto badDate = sop({ QStringLiteral("apply"), QStringLiteral("1"), QStringLiteral("--group"),
            QStringLiteral("新人福利1群"), QStringLiteral("--start"), QStringLiteral("31.01.2027") });
        QCOMPARE(badDate.exitCode, 2);
        QVERIFY(badDate.err.contains("31.01.2027"));
        const auto badTemplate = sop({ QStringLiteral("apply"), QStringLiteral("没有的模板"), QStringLiteral("--group"),
            QStringLiteral("新人福利1群"), QStringLiteral("--start"), QStringLiteral("2027-01-31") });
        QCOMPARE(badTemplate.exitCode, 3);
        QVERIFY2(QString::fromUtf8(badTemplate.err).contains(QStringLiteral("没有的模板")), badTemplate.err.constData());
        const auto dissolvedName = sop({ QStringLiteral("apply"), QStringLiteral("1"), QStringLiteral("--group"),
            QStringLiteral("同名群"), QStringLiteral("--start"), QStringLiteral("2027-01-31") });
        QCOMPARE(dissolvedName.exitCode, 3);
        QVERIFY2(QString::fromUtf8(dissolvedName.err).contains(QStringLiteral("同名群")), dissolvedName.err.constData());
        QCOMPARE(sop({ QStringLiteral("undo"), QStringLiteral("abc") }).exitCode, 2);
        QCOMPARE(sop({ QStringLiteral("undo"), QStringLiteral("4242") }).exitCode, 3);
    }

    void listTemplates()
    {
        const auto text = sop({ QStringLiteral("list") });
        QCOMPARE(text.exitCode, 0);
        for (const SopTemplate &t : builtinSopTemplates())
            QVERIFY2(QString::fromUtf8(text.out).contains(t.name), text.out.constData());
        const auto json = sop({ QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray templates = jsonOf(json).value(QStringLiteral("templates")).toArray();
        QCOMPARE(templates.size(), builtinSopTemplates().size());
        QCOMPARE(templates.at(0).toObject().value(QStringLiteral("steps")).toArray().isEmpty(), false);
    }

    void applyTwiceThenUndo()
    {
        const QString plan = builtinSopTemplates().at(0).name; // the 7-day plan, 8 steps
        const int steps = int(builtinSopTemplates().at(0).steps.size());
        // Dry run: prints the entries, writes nothing.
        const auto dry = sop({ QStringLiteral("apply"), plan, QStringLiteral("--group"), QStringLiteral("新人福利1群"),
            QStringLiteral("--start"), QStringLiteral("2027-01-31"), QStringLiteral("--dry-run"), QStringLiteral("--json") });
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(jsonOf(dry).value(QStringLiteral("entries")).toInt(), steps);
        const QJsonArray perGroup = jsonOf(dry).value(QStringLiteral("entries_per_group")).toArray();
        QCOMPARE(perGroup.last().toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2027-02-06"));
        QCOMPARE(test::countRows(m_t->connection(), QStringLiteral("schedule_entries")), 0);
        QCOMPARE(jsonOf(dry).value(QStringLiteral("conflicts")).toArray().size(), 0);

        // Template by name, one group by name and one by id.
        const auto first = sop({ QStringLiteral("apply"), plan, QStringLiteral("--group"), QStringLiteral("新人福利1群"),
            QStringLiteral("--group"), QString::number(m_groupB), QStringLiteral("--start"), QStringLiteral("2027-01-31"),
            QStringLiteral("--json") });
        QCOMPARE(first.exitCode, 0);
        const QJsonObject created = jsonOf(first);
        QCOMPARE(created.value(QStringLiteral("entries")).toInt(), 2 * steps);
        const QJsonArray apps = created.value(QStringLiteral("applications")).toArray();
        QCOMPARE(apps.size(), 2);
        QCOMPARE(apps.at(0).toObject().value(QStringLiteral("group")).toString(), QStringLiteral("新人福利1群"));
        QCOMPARE(created.value(QStringLiteral("skipped")).toArray().size(), 0);
        QCOMPARE(test::countRows(m_t->connection(), QStringLiteral("schedule_entries")), 2 * steps);

        // Again: nothing new, and it says so.
        const auto again = sop({ QStringLiteral("apply"), plan, QStringLiteral("--group"), QStringLiteral("新人福利1群"),
            QStringLiteral("--start"), QStringLiteral("2027-01-31") });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("already applied"), again.out.constData());
        QVERIFY2(again.out.contains("0 entries created"), again.out.constData());
        QCOMPARE(test::countRows(m_t->connection(), QStringLiteral("schedule_entries")), 2 * steps);

        // The 21-day plan's first week on top of the 7-day plan: the dry run names the conflicts.
        const auto overlap = sop({ QStringLiteral("apply"), builtinSopTemplates().at(2).name, QStringLiteral("--group"),
            QStringLiteral("新人福利1群"), QStringLiteral("--start"), QStringLiteral("2027-01-31"), QStringLiteral("--dry-run") });
        QCOMPARE(overlap.exitCode, 0);
        QVERIFY2(overlap.out.contains("conflict: "), overlap.out.constData());
        QVERIFY2(QString::fromUtf8(overlap.out).contains(QStringLiteral("新人福利1群")), overlap.out.constData());

        const auto list = sop({ QStringLiteral("applications"), QStringLiteral("--group"), QStringLiteral("新人福利1群"),
            QStringLiteral("--json") });
        QCOMPARE(list.exitCode, 0);
        const QJsonArray listed = jsonOf(list).value(QStringLiteral("applications")).toArray();
        QCOMPARE(listed.size(), 1);
        const qint64 appId = apps.at(0).toObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("id")).toInteger(), appId);

        const auto undone = sop({ QStringLiteral("undo"), QString::number(appId) });
        QCOMPARE(undone.exitCode, 0);
        QVERIFY2(undone.out.contains(QByteArray(QByteArray::number(steps) + " entries removed")), undone.out.constData());
        QCOMPARE(test::countRows(m_t->connection(), QStringLiteral("schedule_entries")), steps);
        QCOMPARE(sop({ QStringLiteral("undo"), QString::number(appId) }).exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestCliSop)
#include "tst_cli_sop.moc"
