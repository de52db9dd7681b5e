#include "RecommendationTestData.h"
#include "TestSupport.h"

#include "storage/AuditRepository.h"
#include "storage/RecommendationRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SopRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace qundesk;
using namespace qundesk::test;

namespace {

const Recommendation *find(const QList<Recommendation> &list, const QString &id)
{
    for (const Recommendation &r : list) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QString dissolveId(qint64 group) { return QStringLiteral("dissolve-%1").arg(group); }

// Everything an apply could touch, as text: equal snapshots mean logically the same database.
QString snapshot(const QSqlDatabase &db)
{
    const QStringList queries = {
        QStringLiteral("SELECT id, name, number, status, status_changed_at, updated_at FROM chat_groups ORDER BY id"),
        QStringLiteral("SELECT id, member_id, group_id, role, joined_at, left_at, leave_reason FROM memberships ORDER BY id"),
        QStringLiteral("SELECT id, action, entity, entity_id, before_json, after_json FROM audit_log ORDER BY id"),
        QStringLiteral("SELECT id, template_id, group_id, start_date FROM sop_applications ORDER BY id"),
        QStringLiteral("SELECT count(*) FROM schedule_entries"),
    };
    QString out;
    for (const QString &sql : queries) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return QStringLiteral("error: ") + sql;
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QList<qint64> openMembers(const QSqlDatabase &db, qint64 group)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT member_id FROM memberships WHERE group_id = %1 AND left_at IS NULL ORDER BY member_id")
               .arg(group));
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

void injectFailure(const QSqlDatabase &db, qint64 targetGroup)
{
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("CREATE TEMP TRIGGER inject_failure BEFORE INSERT ON memberships "
                                   "WHEN NEW.group_id = %1 BEGIN SELECT RAISE(ABORT, 'injected'); END")
                        .arg(targetGroup)),
             qPrintable(q.lastError().text()));
}

} // namespace

class TestRecommendationRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("QUNDESK_ACTOR", "测试运营"); }

    void listsTheZombiesWithTheirTargets()
    {
        TempDatabase t;
        const RecommendationSeed s = seedRecommendations(t.connection());
        QList<Recommendation> recs;
        QVERIFY_OK(RecommendationRepository(t.connection()).list(s.today, &recs));
        const Recommendation *a = find(recs, dissolveId(s.zombie));
        QVERIFY(a);
        QCOMPARE(a->targetGroupId, s.live);
        QCOMPARE(a->members, 3);
        QCOMPARE(a->asOf, s.today);
        const Recommendation *b = find(recs, dissolveId(s.zombieB));
        QVERIFY(b);
        QCOMPARE(b->targetGroupId, 0);
        QCOMPARE(b->members, 2);
        QCOMPARE(b->targetName, QStringLiteral("花漾9800级4群"));
        QVERIFY(!find(recs, dissolveId(s.live)));
        QVERIFY(!find(recs, dissolveId(s.master)));
    }

    void applyMovesTheActiveMembersAndDissolves()
    {
        TempDatabase t;
        const QSqlDatabase db = t.connection();
        const RecommendationSeed s = seedRecommendations(db);
        RecommendationRepository repo(db);
        QList<Recommendation> recs;
        QVERIFY_OK(repo.list(s.today, &recs));
        const Recommendation r = *find(recs, dissolveId(s.zombie));

        RecommendationPreview preview;
        QVERIFY_OK(repo.preview(r, &preview));
        QCOMPARE(preview.migrated, 3);
        QCOMPARE(preview.opened, 3);
        QCOMPARE(preview.closedDissolved, 7);
        QVERIFY(preview.dissolvesGroup);
        QCOMPARE(preview.memberNames, (QStringList{QStringLiteral("成员6"), QStringLiteral("成员7"), QStringLiteral("成员8")}));
        QVERIFY(preview.lines.join(u'\n').contains(QStringLiteral("花漾9800级2群")));
        const QString untouched = snapshot(db);
        QCOMPARE(snapshot(db), untouched);   // preview writes nothing

        ApplyResult result;
        QVERIFY_OK(repo.apply({r}, s.today, &result));
        QCOMPARE(result.applied, 1);
        QCOMPARE(result.migrated, 3);
        QCOMPARE(result.closedDissolved, 7);

        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM chat_groups WHERE id = %1 AND status = 'dissolved'").arg(s.zombie)), 1);
        QCOMPARE(openMembers(db, s.zombie), QList<qint64>{});
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM memberships WHERE group_id = %1 AND leave_reason = 'migrated' "
                                           "AND member_id IN (%2, %3, %4)").arg(s.zombie).arg(s.activeZombieMembers.at(0))
                                .arg(s.activeZombieMembers.at(1)).arg(s.activeZombieMembers.at(2))), 3);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM memberships WHERE group_id = %1 AND leave_reason = 'dissolved'")
                                .arg(s.zombie)), 7);
        QList<qint64> expected = s.liveMembers + s.activeZombieMembers;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(openMembers(db, s.live), expected);

        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(db).list(QStringLiteral("group"), s.zombie, 10, &audit));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("migrate_dissolve"));
        QCOMPARE(audit.first().before.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(audit.first().after.value(QStringLiteral("status")).toString(), QStringLiteral("dissolved"));
        QCOMPARE(audit.first().after.value(QStringLiteral("migrated")).toInt(), 3);
        QCOMPARE(audit.first().after.value(QStringLiteral("target_group_id")).toInteger(), s.live);

        // Applied once: the id is gone, and applying it again is refused by name.
        QVERIFY_OK(repo.list(s.today, &recs));
        QVERIFY(!find(recs, dissolveId(s.zombie)));
        const DatabaseError again = repo.apply({r}, s.today);
        QVERIFY(again);
        QVERIFY2(again.message.contains(r.id), qPrintable(again.message));
    }

    void capacityEndToEnd_data()
    {
        QTest::addColumn<int>("liveCapacity");
        QTest::addColumn<bool>("fits");
        QTest::newRow("exactly fits") << 23 << true;
        QTest::newRow("one too many") << 22 << false;
    }

    void capacityEndToEnd()
    {
        QFETCH(int, liveCapacity);
        QFETCH(bool, fits);
        TempDatabase t;
        const QSqlDatabase db = t.connection();
        const RecommendationSeed s = seedRecommendations(db, liveCapacity);
        RecommendationRepository repo(db);
        QList<Recommendation> recs;
        QVERIFY_OK(repo.list(s.today, &recs));
        const Recommendation r = *find(recs, dissolveId(s.zombie));
        const Recommendation b = *find(recs, dissolveId(s.zombieB));
        QCOMPARE(r.targetGroupId, fits ? s.live : 0);
        QCOMPARE(r.createsGroup(), !fits);
        ApplyResult result;
        QVERIFY_OK(repo.apply({r, b}, s.today, &result));
        QCOMPARE(result.applied, 2);
        QCOMPARE(result.createdGroups.size(), fits ? 1 : 2);
        if (fits) {
            QCOMPARE(openMembers(db, s.live).size(), 23);
            return;
        }
        QCOMPARE(r.targetName, QStringLiteral("花漾9800级4群"));
        QCOMPARE(b.targetName, QStringLiteral("花漾9800级5群"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT id, number, purpose, tier_id, team_id, identity_segment, parent_id, status "
                                      "FROM chat_groups WHERE name = '花漾9800级4群'")));
        QVERIFY(q.next());
        const qint64 created = q.value(0).toLongLong();
        QCOMPARE(q.value(1).toInt(), 4);
        QCOMPARE(q.value(2).toString(), QStringLiteral("sub"));
        QCOMPARE(q.value(3).toLongLong(), s.tier);
        QCOMPARE(q.value(4).toLongLong(), s.teamA);
        QCOMPARE(q.value(5).toString(), QStringLiteral("store"));
        QCOMPARE(q.value(6).toLongLong(), s.master);
        QCOMPARE(q.value(7).toString(), QStringLiteral("active"));
        QCOMPARE(openMembers(db, created), s.activeZombieMembers);
        QCOMPARE(openMembers(db, s.live).size(), 20);
    }

    void injectedFailureChangesNothing()
    {
        TempDatabase t;
        const QSqlDatabase db = t.connection();
        const RecommendationSeed s = seedRecommendations(db);
        RecommendationRepository repo(db);
        QList<Recommendation> recs;
        QVERIFY_OK(repo.list(s.today, &recs));
        const QString before = snapshot(db);
        injectFailure(db, s.live);
        const DatabaseError err = repo.apply({*find(recs, dissolveId(s.zombie))}, s.today);
        QVERIFY(err);
        QVERIFY2(err.message.contains(QStringLiteral("injected")), qPrintable(err.message));
        QVERIFY2(err.message.contains(dissolveId(s.zombie)), qPrintable(err.message));
        QCOMPARE(snapshot(db), before);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    }

    void injectedFailureAfterTheMembershipsMovedChangesNothing()
    {
        TempDatabase t;
        const QSqlDatabase db = t.connection();
        const RecommendationSeed s = seedRecommendations(db);
        RecommendationRepository repo(db);
        QList<Recommendation> recs;
        QVERIFY_OK(repo.list(s.today, &recs));
        const QString before = snapshot(db);
        // Fails at the last write: every membership has been moved or closed by then.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER inject_late BEFORE UPDATE OF status ON chat_groups "
                                      "WHEN NEW.status = 'dissolved' BEGIN SELECT RAISE(ABORT, 'injected late'); END")));
        const DatabaseError err = repo.apply({*find(recs, dissolveId(s.zombie))}, s.today);
        QVERIFY(err);
        QVERIFY2(err.message.contains(QStringLiteral("injected late")), qPrintable(err.message));
        QCOMPARE(snapshot(db), before);
        QCOMPARE(openMembers(db, s.zombie).size(), 10);
        QCOMPARE(openMembers(db, s.live).size(), 20);
    }

    void bulkFailureRollsBackTheEarlierOnes()
    {
        TempDatabase t;
        const QSqlDatabase db = t.connection();
        const RecommendationSeed s = seedRecommendations(db);
        RecommendationRepository repo(db);
        QList<Recommendation> recs;
        QVERIFY_OK(repo.list(s.today, &recs));
        const QString before = snapshot(db);
        // The second creates 花漾9800级4群 (the next id) and fails moving the members into it.
        const int nextGroup = scalar(db, QStringLiteral("SELECT max(id) + 1 FROM chat_groups"));
        injectFailure(db, nextGroup);
        const DatabaseError err
            = repo.apply({*find(recs, dissolveId(s.zombie)), *find(recs, dissolveId(s.zombieB))}, s.today);
        QVERIFY(err);
        QVERIFY2(err.message.contains(dissolveId(s.zombieB)), qPrintable(err.message));
        QCOMPARE(snapshot(db), before);
        QCOMPARE(scalar(db, QStringLiteral("SELECT status = 'active' FROM chat_groups WHERE id = %1").arg(s.zombie)), 1);
        QCOMPARE(openMembers(db, s.zombie).size(), 10);

        QSqlQuery(db).exec(QStringLiteral("DROP TRIGGER temp.inject_failure"));
        QVERIFY_OK(repo.apply({*find(recs, dissolveId(s.zombie)), *find(recs, dissolveId(s.zombieB))}, s.today));
    }

    void staleRecommendationsAreRefused()
    {
        TempDatabase t;
        const QSqlDatabase db = t.connection();
        const RecommendationSeed s = seedRecommendations(db);
        RecommendationRepository repo(db);
        QList<Recommendation> recs;
        QVERIFY_OK(repo.list(s.today, &recs));
        const Recommendation r = *find(recs, dissolveId(s.zombie));
        // One more member spoke since the list was made: 4 to move, not 3.
        execInsert(db, QStringLiteral("INSERT INTO events (occurred_at, kind, member_id, group_id) "
                                      "VALUES ('2026-06-15 10:00:00', 'message', %1, %2)")
                           .arg(s.zombieMembers.last()).arg(s.zombie));
        const QString before = snapshot(db);
        const DatabaseError err = repo.apply({r}, s.today);
        QVERIFY(err);
        QVERIFY2(err.message.contains(r.id) && err.message.contains(QStringLiteral("out of date")), qPrintable(err.message));
        QCOMPARE(snapshot(db), before);

        Recommendation unknown = r;
        unknown.id = QStringLiteral("dissolve-999");
        const DatabaseError missing = repo.apply({unknown}, s.today);
        QVERIFY(missing);
        QVERIFY(missing.message.contains(QStringLiteral("dissolve-999")));
        const DatabaseError twice = repo.apply({r, r}, s.today);
        QVERIFY(twice);
        QVERIFY(twice.message.contains(r.id));
    }

    void advisoryIsRefused()
    {
        TempDatabase t;
        const RecommendationSeed s = seedRecommendations(t.connection());
        Recommendation koc;
        koc.id = QStringLiteral("koc-%1").arg(s.live);
        koc.action = RecommendationAction::RecruitKoc;
        koc.groupId = s.live;
        const DatabaseError err = RecommendationRepository(t.connection()).apply({koc}, s.today);
        QVERIFY(err);
        QVERIFY(err.message.contains(koc.id));
    }

    void promotionJoinsTheMasterGroup()
    {
        TempDatabase t;
        const QSqlDatabase db = t.connection();
        const RecommendationSeed s = seedRecommendations(db);
        QVERIFY_OK(SettingsRepository(db).set(QString::fromLatin1(RecommendationRepository::PromotionMinPointsKey),
                                              QStringLiteral("300")));
        // Two qualify by points (one exactly at the threshold), one by KOC; one falls short.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE members SET points_balance = 300 WHERE id = %1").arg(s.liveMembers.at(0))));
        QVERIFY(q.exec(QStringLiteral("UPDATE members SET points_balance = 900 WHERE id = %1").arg(s.liveMembers.at(1))));
        QVERIFY(q.exec(QStringLiteral("UPDATE members SET points_balance = 299 WHERE id = %1").arg(s.liveMembers.at(2))));
        QVERIFY(q.exec(QStringLiteral("UPDATE members SET is_koc = 1, koc_since = '2026-05-01' WHERE id = %1")
                           .arg(s.liveMembers.at(3))));
        RecommendationRepository repo(db);
        RecommendationRules rules;
        QVERIFY_OK(repo.rules(&rules));
        QCOMPARE(rules.promotionMinPoints, 300);
        QList<Recommendation> recs;
        QVERIFY_OK(repo.list(s.today, &recs));
        const Recommendation *r = find(recs, QStringLiteral("promote-%1").arg(s.live));
        QVERIFY(r);
        QCOMPARE(r->targetGroupId, s.master);
        QCOMPARE(r->members, 3);
        RecommendationPreview preview;
        QVERIFY_OK(repo.preview(*r, &preview));
        // KOCs first, then by points.
        QCOMPARE(preview.memberNames, (QStringList{QStringLiteral("成员19"), QStringLiteral("成员17"),
                                                   QStringLiteral("成员16")}));
        ApplyResult result;
        QVERIFY_OK(repo.apply({*r}, s.today, &result));
        QCOMPARE(result.promoted, 3);
        const QList<qint64> master = openMembers(db, s.master);
        QCOMPARE(master.size(), 8);
        QVERIFY(master.contains(s.liveMembers.at(0)) && master.contains(s.liveMembers.at(1))
                && master.contains(s.liveMembers.at(3)) && !master.contains(s.liveMembers.at(2)));
        QCOMPARE(openMembers(db, s.live).size(), 20);   // they stay in their sub-group too
        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(db).list(QStringLiteral("group"), s.master, 10, &audit));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("promote"));
        QVERIFY_OK(repo.list(s.today, &recs));
        QVERIFY(!find(recs, QStringLiteral("promote-%1").arg(s.live)));
    }

    void onboardingSopIsStamped()
    {
        TempDatabase t;
        const QSqlDatabase db = t.connection();
        const RecommendationSeed s = seedRecommendations(db);
        QVERIFY_OK(SopRepository(db).installBuiltinTemplates());
        // A young group: strong stage, no SOP yet.
        const qint64 young = execInsert(db, QStringLiteral("INSERT INTO chat_groups (name, number, purpose, tier_id, "
                                                           "team_id, identity_segment, created_on, filled_on) VALUES "
                                                           "('花漾新群', 9, 'perks', %1, %2, 'store', '2026-06-20', "
                                                           "'2026-06-25')").arg(s.tier).arg(s.teamB));
        RecommendationRepository repo(db);
        QList<Recommendation> recs;
        QVERIFY_OK(repo.list(s.today, &recs));
        const Recommendation *r = find(recs, QStringLiteral("sop-%1").arg(young));
        QVERIFY(r);
        QVERIFY(find(recs, QStringLiteral("koc-%1").arg(young)));
        ApplyResult result;
        QVERIFY_OK(repo.apply({*r}, s.today, &result));
        QVERIFY(result.sopEntries > 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM schedule_entries WHERE group_id = %1").arg(young)),
                 result.sopEntries);
        QVERIFY_OK(repo.list(s.today, &recs));
        QVERIFY(!find(recs, QStringLiteral("sop-%1").arg(young)));
    }
};

QTEST_GUILESS_MAIN(TestRecommendationRepository)
#include "tst_recommendation_repository.moc"
