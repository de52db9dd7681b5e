#include "TestSupport.h"

#include "io/DemoGenerator.h"
#include "storage/FunnelRepository.h"
#include "storage/OnboardingRepository.h"
#include "storage/SopRepository.h"
#include "storage/Query.h"

#include <QCryptographicHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace qundesk;

namespace {

const QDate Today(2026, 11, 23);

DemoOptions smallDemo(quint32 seed = 7)
{
    DemoOptions options;
    options.members = 1200;
    options.seed = seed;
    options.today = Today;
    return options;
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    DatabaseError err;
    const QVariant v = Query::scalar(db, sql, &err);
    if (err)
        qWarning("%s: %s", qPrintable(sql), qPrintable(err.message));
    return err ? -1 : v.toLongLong();
}

QStringList tables(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery q(db);
    q.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

// A hash of every row of every table, in rowid order (primary-key order for WITHOUT ROWID tables).
QMap<QString, QByteArray> tableHashes(const QSqlDatabase &db)
{
    QMap<QString, QByteArray> hashes;
    for (const QString &table : tables(db)) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // The demo's closing KOC recompute stamps the wall clock (when it ran, how long it took);
        // everything else it writes follows from the seed.
        if (table == u"member_scores")
            q.exec(QStringLiteral("SELECT * FROM member_scores ORDER BY member_id").replace(
                QStringLiteral("SELECT *"), QStringLiteral("SELECT member_id, score, pct_overall, best_group_id, pct_group, "
                                                           "threshold, below_since")));
        else if (table == u"settings")
            q.exec(QStringLiteral("SELECT * FROM settings WHERE key <> 'koc.last_run' ORDER BY key"));
        else if (!q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table)))
            q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (q.next()) {
            const QSqlRecord record = q.record();
            for (int c = 0; c < record.count(); ++c) {
                const QVariant v = q.value(c);
                hash.addData(v.isNull() ? QByteArrayLiteral("\x01NULL") : v.toString().toUtf8());
                hash.addData(QByteArrayLiteral("\x1f"));
            }
            hash.addData(QByteArrayLiteral("\x1e"));
        }
        hashes.insert(table, hash.result().toHex());
    }
    return hashes;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_demo; // seed 7, shared by the read-only checks
    QSqlDatabase db() const { return m_demo->connection(); }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<test::TempDatabase>();
        int calls = 0;
        int last = -1;
        bool monotonic = true;
        const DatabaseError err
            = DemoGenerator::generate(*m_demo->db, smallDemo(), [&](int percent, const QString &stage) {
                  ++calls;
                  monotonic = monotonic && percent >= last && !stage.isEmpty();
                  last = percent;
                  return true;
              });
        QVERIFY2(!err, qPrintable(err.message));
        QVERIFY(calls > 10);
        QVERIFY(monotonic);
        QCOMPARE(last, 100);
    }

    void sameSeedGivesIdenticalTables()
    {
        test::TempDatabase other;
        const DatabaseError err = DemoGenerator::generate(*other.db, smallDemo());
        QVERIFY2(!err, qPrintable(err.message));
        const QMap<QString, QByteArray> a = tableHashes(db());
        const QMap<QString, QByteArray> b = tableHashes(other.connection());
        QVERIFY(a.contains(QStringLiteral("events")));
        QCOMPARE(a, b);
    }

    void unusedBuiltinsGiveWay()
    {
        // The GUI installs the built-in funnel, flows and SOP templates when it opens a database;
        // the demo must still fill such a database, and give the same data as on a fresh file.
        test::TempDatabase other;
        QVERIFY(!FunnelRepository(other.connection()).ensureBuiltinFunnels());
        QVERIFY(!OnboardingRepository(other.connection()).ensureBuiltinFlows());
        QVERIFY(!SopRepository(other.connection()).installBuiltinTemplates());
        const DatabaseError err = DemoGenerator::generate(*other.db, smallDemo());
        QVERIFY2(!err, qPrintable(err.message));
        QMap<QString, QByteArray> a = tableHashes(db());
        QMap<QString, QByteArray> b = tableHashes(other.connection());
        a.remove(QStringLiteral("audit_log"));
        b.remove(QStringLiteral("audit_log"));
        QCOMPARE(a, b);
    }

    void otherSeedDiffers()
    {
        test::TempDatabase other;
        const DatabaseError err = DemoGenerator::generate(*other.db, smallDemo(8));
        QVERIFY2(!err, qPrintable(err.message));
        const QMap<QString, QByteArray> a = tableHashes(db());
        const QMap<QString, QByteArray> b = tableHashes(other.connection());
        QVERIFY(a.value(QStringLiteral("members")) != b.value(QStringLiteral("members")));
        QVERIFY(a.value(QStringLiteral("events")) != b.value(QStringLiteral("events")));
        QVERIFY(a.value(QStringLiteral("memberships")) != b.value(QStringLiteral("memberships")));
    }

    void countsMeetTheSpec()
    {
        const QSqlDatabase d = db();
        QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM members")), 1200);
        QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM chat_groups")) >= 60);
        QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM tiers")), 4);
        QCOMPARE(
            count(d, QStringLiteral("SELECT count(*) FROM tiers WHERE name = '百万级' AND buy_in_fen = 100000000")), 1);
        QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM teams")), 9);
        QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM channels")), 8);
        QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM regions")) >= 20);
        // Every team has 1-3 specialists; there are managers, a director and two trainers.
        QCOMPARE(
            count(d,
                QStringLiteral("SELECT count(*) FROM teams t WHERE (SELECT count(*) FROM operators o "
                               "WHERE o.team_id = t.id AND o.role = 'specialist' AND o.active = 1) BETWEEN 1 AND 3")),
            9);
        QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM operators WHERE role = 'director'")), 1);
        QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM operators WHERE role = 'trainer'")), 2);
        QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM operators WHERE role = 'manager'")) >= 1);
        // One master group per tier with numbered sub-groups under it, and every other purpose.
        QCOMPARE(
            count(d, QStringLiteral("SELECT count(DISTINCT tier_id) FROM chat_groups WHERE purpose = 'master'")), 4);
        QCOMPARE(count(d,
                     QStringLiteral("SELECT count(*) FROM chat_groups s JOIN chat_groups m ON m.id = s.parent_id "
                                    "WHERE s.purpose = 'sub' AND (m.purpose <> 'master' OR m.tier_id <> s.tier_id)")),
            0);
        QCOMPARE(
            count(d, QStringLiteral("SELECT count(*) FROM chat_groups WHERE purpose = 'sub' AND parent_id IS NULL")),
            0);
        for (const char *purpose : { "shopping_guide", "perks", "after_sales", "material" })
            QVERIFY2(
                count(d,
                    QStringLiteral("SELECT count(*) FROM chat_groups WHERE purpose = '%1'").arg(QLatin1String(purpose)))
                    > 0,
                purpose);
        QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM chat_groups WHERE name = '花漾百万级总群'")), 1);

        const qint64 kocs = count(d, QStringLiteral("SELECT count(*) FROM members WHERE is_koc = 1"));
        QVERIFY(kocs >= 12 && kocs <= 60);
        QVERIFY(
            count(d, QStringLiteral("SELECT count(*) FROM members WHERE blacklisted = 1 AND blacklist_reason <> ''"))
            >= 5);
        QCOMPARE(count(d, QStringLiteral("SELECT count(DISTINCT platform_id) FROM members")), 1200);
        QCOMPARE(count(d,
                     QStringLiteral("SELECT count(*) FROM members WHERE phone IS NOT NULL AND "
                                    "(length(phone) <> 11 OR phone NOT GLOB '1[3-9][0-9]*')")),
            0);
        QVERIFY(count(d,
                    QStringLiteral("SELECT count(*) FROM members WHERE verification = 'verified' "
                                   "AND verified_by IS NOT NULL AND verification_evidence IS NOT NULL"))
            > 300);
        QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM member_tags")) > 600);
        QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM events")) > 1200);
        QVERIFY(count(d, QStringLiteral("SELECT count(DISTINCT kind) FROM events")) == 10);

        // The 7-step funnel with daily counts per channel for 90 days, and the salon funnel.
        QCOMPARE(count(d,
                     QStringLiteral("SELECT count(*) FROM funnel_steps WHERE funnel_id = "
                                    "(SELECT id FROM funnels WHERE builtin = 1)")),
            7);
        QCOMPARE(count(d, QStringLiteral("SELECT count(DISTINCT day) FROM funnel_counts")), 90);
        QCOMPARE(count(d,
                     QStringLiteral("SELECT count(*) FROM funnel_counts c JOIN funnel_steps s ON s.id = c.step_id "
                                    "WHERE s.funnel_id = (SELECT id FROM funnels WHERE builtin = 1)")),
            7 * 8 * 90);
        QCOMPARE(count(d,
                     QStringLiteral(
                         "SELECT count(*) FROM funnel_counts a JOIN funnel_steps sa ON sa.id = a.step_id "
                         "JOIN funnel_steps sb ON sb.funnel_id = sa.funnel_id AND sb.position = sa.position + 1 "
                         "JOIN funnel_counts b ON b.step_id = sb.id AND b.channel_id = a.channel_id AND b.day = a.day "
                         "WHERE b.count > a.count")),
            0);
        QCOMPARE(count(d,
                     QStringLiteral("SELECT sum(count) FROM funnel_counts c JOIN funnel_steps s ON s.id = c.step_id "
                                    "JOIN funnels f ON f.id = s.funnel_id WHERE f.builtin = 0 AND s.position = 1")),
            512);

        // The calendar reaches into the past and the future; done entries carry their time.
        QVERIFY(
            count(d, QStringLiteral("SELECT count(*) FROM schedule_entries WHERE scheduled_at < '2026-11-23'")) > 100);
        QVERIFY(
            count(d, QStringLiteral("SELECT count(*) FROM schedule_entries WHERE scheduled_at >= '2026-11-24'")) > 100);
        QVERIFY(count(d,
                    QStringLiteral(
                        "SELECT count(*) FROM schedule_entries WHERE scheduled_at < '2026-11-23' AND status = 'done'"))
            > 100);
        QCOMPARE(
            count(d,
                QStringLiteral(
                    "SELECT count(*) FROM schedule_entries WHERE scheduled_at >= '2026-11-24' AND status = 'done'")),
            0);
        QVERIFY(
            count(d, QStringLiteral("SELECT count(*) FROM schedule_entries WHERE sop_application_id IS NOT NULL")) > 0);
        QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM sop_templates")), 2);
        QVERIFY(count(d, QStringLiteral("SELECT count(DISTINCT group_id) FROM sop_applications")) >= 3);

        QCOMPARE(count(d,
                     QStringLiteral("SELECT count(*) FROM onboarding_steps WHERE flow_id = "
                                    "(SELECT id FROM onboarding_flows WHERE builtin = 1)")),
            8);
        QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM onboarding_progress")) > 0);
        QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM content_items")) >= 40);
        QVERIFY(count(d,
                    QStringLiteral("SELECT count(*) FROM materials WHERE kind = 'copy' AND body IS NOT NULL "
                                   "AND author_member_id IS NOT NULL"))
            >= 30);
        QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM keyword_replies")) >= 10);
    }

    void materialHashesMatchTheirText()
    {
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT body, sha256 FROM materials")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            QCOMPARE(QCryptographicHash::hash(q.value(0).toString().toUtf8(), QCryptographicHash::Sha256).toHex(),
                q.value(1).toString().toLatin1());
        }
        QVERIFY(rows > 0);
    }

    void membershipsAreConsistent()
    {
        const QSqlDatabase d = db();
        QCOMPARE(
            count(d,
                QStringLiteral(
                    "SELECT count(*) FROM (SELECT group_id FROM memberships WHERE left_at IS NULL "
                    "GROUP BY group_id HAVING count(*) > (SELECT capacity FROM chat_groups g WHERE g.id = group_id))")),
            0);
        QCOMPARE(count(d,
                     QStringLiteral("SELECT count(*) FROM memberships m JOIN chat_groups g ON g.id = m.group_id "
                                    "WHERE g.status = 'dissolved' AND m.left_at IS NULL")),
            0);
        QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM memberships WHERE leave_reason = 'migrated'")) > 0);
        QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM memberships WHERE leave_reason = 'left'")) > 0);
        QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM memberships WHERE leave_reason = 'kicked'")) >= 5);
        QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM memberships WHERE role = 'owner'")) > 0);
        QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM memberships WHERE role = 'vice_owner'")) > 0);
        // Blacklisted members hold no open membership; first_joined_at is the earliest join.
        QCOMPARE(count(d,
                     QStringLiteral("SELECT count(*) FROM memberships m JOIN members p ON p.id = m.member_id "
                                    "WHERE p.blacklisted = 1 AND m.left_at IS NULL")),
            0);
        QCOMPARE(count(d,
                     QStringLiteral("SELECT count(*) FROM members p WHERE first_joined_at IS NOT "
                                    "(SELECT min(joined_at) FROM memberships m WHERE m.member_id = p.id)")),
            0);
        // Every speaker was in the group at that moment, and joins were before the group closed.
        QCOMPARE(count(d,
                     QStringLiteral(
                         "SELECT count(*) FROM events e WHERE e.kind NOT IN ('join', 'leave') AND NOT EXISTS "
                         "(SELECT 1 FROM memberships m WHERE m.member_id = e.member_id AND m.group_id = e.group_id "
                         "AND m.joined_at <= e.occurred_at AND (m.left_at IS NULL OR m.left_at > e.occurred_at))")),
            0);
        QCOMPARE(count(d,
                     QStringLiteral("SELECT count(*) FROM memberships m JOIN chat_groups g ON g.id = m.group_id "
                                    "WHERE m.joined_at < g.created_on")),
            0);
        QCOMPARE(count(d,
                     QStringLiteral("SELECT count(*) FROM events WHERE occurred_at < '2026-08-26' OR occurred_at >= "
                                    "'2026-11-23 12:00:00'")),
            0);
    }

    void pointsNeverOverdraw()
    {
        const QSqlDatabase d = db();
        QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM points_ledger WHERE reason = 'redeem'")) > 0);
        QCOMPARE(count(d,
                     QStringLiteral("SELECT count(*) FROM members p WHERE points_balance <> "
                                    "coalesce((SELECT sum(delta) FROM points_ledger l WHERE l.member_id = p.id), 0)")),
            0);
        QCOMPARE(
            count(d,
                QStringLiteral(
                    "SELECT count(*) FROM (SELECT sum(delta) OVER (PARTITION BY member_id ORDER BY created_at, id) "
                    "AS running FROM points_ledger) WHERE running < 0")),
            0);
    }

    void databaseIsSound()
    {
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
        // The event indexes dropped for the load are back.
        QCOMPARE(count(db(),
                     QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'")),
            3);
        QCOMPARE(
            count(db(),
                QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%search%'")),
            6);
        // The search index picked up the members and their tags through the schema's triggers.
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM member_search")), 1200);
        QCOMPARE(
            count(db(), QStringLiteral("SELECT count(*) FROM member_search WHERE member_search MATCH 'tags:门店老板'")),
            count(db(),
                QStringLiteral(
                    "SELECT count(*) FROM member_tags mt JOIN tags t ON t.id = mt.tag_id WHERE t.name = '门店老板'")));
        QCOMPARE(
            count(db(),
                QStringLiteral(
                    "SELECT count(*) FROM members m JOIN member_search s ON s.rowid = m.id "
                    "WHERE s.display_name IS NOT m.display_name OR s.group_nickname IS NOT m.group_nickname "
                    "OR s.platform_id IS NOT m.platform_id OR s.phone IS NOT m.phone OR s.tags IS NOT "
                    "coalesce((SELECT group_concat(t.name, ' ') FROM member_tags mt JOIN tags t ON t.id = mt.tag_id "
                    "WHERE mt.member_id = m.id), '')")),
            0);
    }

    void everyLifecycleStageIsPresent()
    {
        const QSqlDatabase d = db();
        // strong: filled in the last 30 days
        QVERIFY(count(d,
                    QStringLiteral(
                        "SELECT count(*) FROM chat_groups WHERE status = 'active' AND filled_on >= '2026-10-24'"))
            > 0);
        // zombie: talked before, but no message in the last 14 days
        QVERIFY(
            count(d,
                QStringLiteral("SELECT count(*) FROM chat_groups g WHERE status = 'active' "
                               "AND NOT EXISTS (SELECT 1 FROM events e WHERE e.group_id = g.id AND e.kind = 'message' "
                               "AND e.occurred_at >= '2026-11-09') "
                               "AND EXISTS (SELECT 1 FROM events e WHERE e.group_id = g.id AND e.kind = 'message')"))
            > 0);
        // weak: messages in the last four weeks under a third of the first four weeks of the window
        QVERIFY(count(d,
                    QStringLiteral("SELECT count(*) FROM (SELECT group_id, "
                                   "sum(occurred_at < '2026-09-23') AS early, sum(occurred_at >= '2026-10-26') AS late "
                                   "FROM events WHERE kind = 'message' GROUP BY group_id) "
                                   "JOIN chat_groups g ON g.id = group_id WHERE g.status = 'active' AND late > 0 AND "
                                   "early > 3 * late"))
            > 0);
        // daily: steady over the whole window
        QVERIFY(
            count(d,
                QStringLiteral("SELECT count(*) FROM chat_groups WHERE status = 'active' AND filled_on < '2026-09-01'"))
            > 0);
        QVERIFY(count(d, QStringLiteral("SELECT count(*) FROM chat_groups WHERE status = 'archived'")) > 0);
        QVERIFY(count(d,
                    QStringLiteral("SELECT count(*) FROM chat_groups WHERE status = 'dissolved' "
                                   "AND status_changed_at IS NOT NULL"))
            > 0);
    }

    void secondRunIsRefused()
    {
        const QMap<QString, QByteArray> before = tableHashes(db());
        const DatabaseError err = DemoGenerator::generate(*m_demo->db, smallDemo(9));
        QVERIFY(err);
        QVERIFY2(err.message.contains(QStringLiteral("members or groups")), qPrintable(err.message));
        QCOMPARE(tableHashes(db()), before);
    }

    void cancelLeavesTheDatabaseEmpty_data()
    {
        QTest::addColumn<int>("cancelAt");
        QTest::newRow("planning") << 3;
        QTest::newRow("events") << 50;
        QTest::newRow("indexes") << 95;
    }

    void cancelLeavesTheDatabaseEmpty()
    {
        QFETCH(int, cancelAt);
        test::TempDatabase t;
        const QMap<QString, QByteArray> before = tableHashes(t.connection());
        bool asked = false;
        const DatabaseError err = DemoGenerator::generate(*t.db, smallDemo(), [&](int percent, const QString &) {
            asked = asked || percent >= cancelAt;
            return percent < cancelAt;
        });
        QVERIFY(asked);
        QVERIFY(err);
        QVERIFY2(err.message.contains(QStringLiteral("cancelled")), qPrintable(err.message));
        for (const QString &table : tables(t.connection())) {
            if (table == u"time_slots" || table.startsWith(u"member_search_"))
                continue;
            QCOMPARE(count(t.connection(), QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)), 0);
        }
        QCOMPARE(tableHashes(t.connection()), before);
        QCOMPARE(count(t.connection(),
                     QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'")),
            3);
        QCOMPARE(
            count(t.connection(),
                QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%search%'")),
            6);
        // And the database still takes the demo afterwards.
        const DatabaseError again = DemoGenerator::generate(*t.db, smallDemo());
        QVERIFY2(!again, qPrintable(again.message));
        // The search triggers work again after the load.
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO members (id, display_name, platform_id) VALUES (5000, '测试成员', 'wxid_searchcheck')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO member_tags (member_id, tag_id) VALUES (5000, 1)")));
        QCOMPARE(count(t.connection(),
                     QStringLiteral("SELECT count(*) FROM member_search WHERE member_search MATCH 'searchcheck' "
                                    "AND tags = (SELECT name FROM tags WHERE id = 1)")),
            1);
    }

    void refusesBadOptions()
    {
        test::TempDatabase t;
        DemoOptions options = smallDemo();
        options.members = 0;
        QVERIFY(DemoGenerator::generate(*t.db, options));
        options.members = 1000001;
        QVERIFY(DemoGenerator::generate(*t.db, options));
        QCOMPARE(count(t.connection(), QStringLiteral("SELECT count(*) FROM members")), 0);
    }

    void eventsPerMemberScalesActivity()
    {
        test::TempDatabase t;
        DemoOptions options = smallDemo();
        options.members = 300;
        options.eventsPerMember = 5;
        const DatabaseError err = DemoGenerator::generate(*t.db, options);
        QVERIFY2(!err, qPrintable(err.message));
        const qint64 events = count(t.connection(), QStringLiteral("SELECT count(*) FROM events"));
        QVERIFY2(events > 300 * 3 && events < 300 * 8, qPrintable(QString::number(events)));
        QVERIFY(count(t.connection(), QStringLiteral("SELECT count(*) FROM chat_groups")) >= 60);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demo_generator.moc"
