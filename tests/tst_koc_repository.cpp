// KocRepository on a small hand-made operation: the recompute against hand-computed figures,
// percentiles, candidates, the unflag hysteresis across recomputes, flagging with audit.
#include "TestSupport.h"

#include "storage/AuditRepository.h"
#include "storage/ActivityRollups.h"
#include "storage/KocRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

using namespace qundesk;

namespace {

const QDate AsOf(2026, 11, 23);

bool sql(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement)) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

QString at(int daysAgo, const char *time = "10:00:00")
{
    return AsOf.addDays(-daysAgo).toString(Qt::ISODate) + u' ' + QLatin1String(time);
}

// One event row; amount only for purchases.
bool addEvent(const QSqlDatabase &db, qint64 member, qint64 group, const char *kind, int daysAgo, qint64 amountFen = -1)
{
    return sql(db, QStringLiteral("INSERT INTO events (occurred_at, kind, member_id, group_id, amount_fen) "
                                  "VALUES ('%1', '%2', %3, %4, %5)")
                       .arg(at(daysAgo), QLatin1String(kind)).arg(member).arg(group)
                       .arg(amountFen >= 0 ? QString::number(amountFen) : QStringLiteral("NULL")));
}

bool addEvents(const QSqlDatabase &db, qint64 member, qint64 group, const char *kind, int daysAgo, int n)
{
    for (int i = 0; i < n; ++i) {
        if (!addEvent(db, member, group, kind, daysAgo))
            return false;
    }
    return true;
}

double ln(double x)
{
    return std::log(x);
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

class TestKocRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_tmp;
    QSqlDatabase m_db;

    // Groups 1 (A) and 2 (B). Members 1-4 and 7 in A, 4 and 5 in B, 6 blacklisted (out of every
    // group), 7 a KOC with no activity.
    void build()
    {
        m_db = QSqlDatabase();
        m_tmp = std::make_unique<test::TempDatabase>();
        m_db = m_tmp->connection();
        QVERIFY(sql(m_db, QStringLiteral("INSERT INTO chat_groups (id, name, created_on) VALUES "
                                         "(1, '宠粉群1', '2026-01-01'), (2, '宠粉群2', '2026-01-01')")));
        for (int id = 1; id <= 7; ++id) {
            QVERIFY(sql(m_db, QStringLiteral("INSERT INTO members (id, display_name, platform_id) VALUES (%1, '成员%1', 'wx%1')").arg(id)));
        }
        const QList<QPair<int, int>> memberships = {{1, 1}, {2, 1}, {3, 1}, {4, 1}, {7, 1}, {4, 2}, {5, 2}, {6, 2}};
        for (const auto &[member, group] : memberships) {
            QVERIFY(sql(m_db, QStringLiteral("INSERT INTO memberships (member_id, group_id, joined_at) VALUES (%1, %2, '2026-01-01 09:00:00')")
                                  .arg(member).arg(group)));
        }
        // Member 1: 30 messages today (capped at 20), 2 posts 30 days ago, 1 referral today.
        QVERIFY(addEvents(m_db, 1, 1, "message", 0, 30));
        QVERIFY(addEvents(m_db, 1, 1, "post", 30, 2));
        QVERIFY(addEvent(m_db, 1, 1, "referral", 0));
        // Member 2: 5 messages today; a join (not counted) and a message tomorrow (after as-of).
        QVERIFY(addEvents(m_db, 2, 1, "message", 0, 5));
        QVERIFY(addEvent(m_db, 2, 1, "join", 0));
        QVERIFY(addEvent(m_db, 2, 1, "message", -1));
        // Member 4: 4 purchases today (capped at 3) worth 150.50 CNY in all, a check-in.
        QVERIFY(addEvent(m_db, 4, 1, "purchase", 0, 10000));
        QVERIFY(addEvent(m_db, 4, 2, "purchase", 0, 5000));
        QVERIFY(addEvent(m_db, 4, 2, "purchase", 0, 50));
        QVERIFY(addEvent(m_db, 4, 2, "purchase", 0, 0));
        QVERIFY(addEvent(m_db, 4, 2, "checkin", 0));
        // Member 5: 2 replies 60 days ago.
        QVERIFY(addEvents(m_db, 5, 2, "reply", 60, 2));
        // Member 6: very active, then blacklisted (which closes the membership).
        QVERIFY(addEvents(m_db, 6, 2, "referral", 0, 5));
        QVERIFY(sql(m_db, QStringLiteral("UPDATE members SET blacklisted = 1, blacklist_reason = '广告' WHERE id = 6")));
        QVERIFY(sql(m_db, QStringLiteral("UPDATE memberships SET left_at = '2026-11-23 12:00:00', leave_reason = 'kicked' WHERE member_id = 6")));
        QVERIFY(sql(m_db, QStringLiteral("UPDATE members SET is_koc = 1, koc_since = '2026-06-01 10:00:00', koc_reason = '老KOC' WHERE id = 7")));
    }

    double stored(qint64 member, const char *column)
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT %1 FROM member_scores WHERE member_id = %2").arg(QLatin1String(column)).arg(member));
        return q.next() ? q.value(0).toDouble() : -1;
    }

    QString storedText(qint64 member, const char *column)
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT %1 FROM member_scores WHERE member_id = %2").arg(QLatin1String(column)).arg(member));
        return q.next() ? q.value(0).toString() : QStringLiteral("(no row)");
    }

    // Small population: the top 20% and a minimum of 2 points.
    void smallSettings()
    {
        KocSettings s;
        s.topPercent = 20;
        s.minScore = 2;
        QVERIFY_OK(KocRepository(m_db).setSettings(s));
    }

private slots:
    void init() { build(); }
    void cleanup()
    {
        m_db = QSqlDatabase();
        m_tmp.reset();
    }

    void memberDaysFollowTheEvents()
    {
        // member_days is one of the activity rollups: checked and rebuilt with them.
        ActivityRollups repo(m_db);
        QStringList problems;
        QVERIFY_OK(repo.check(&problems));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(sql(m_db, QStringLiteral("DELETE FROM events WHERE member_id = 1 AND kind = 'referral'")));
        QVERIFY(sql(m_db, QStringLiteral("DELETE FROM events WHERE member_id = 5")));
        QVERIFY_OK(repo.check(&problems));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM member_days WHERE member_id = 5")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // A damaged rollup is found, and rebuilt.
        QVERIFY(sql(m_db, QStringLiteral("UPDATE member_days SET messages = 99 WHERE member_id = 2 AND day = '2026-11-23'")));
        QVERIFY_OK(repo.check(&problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.constFirst().contains(QLatin1String("member 2")));
        QVERIFY_OK(repo.rebuild());
        QVERIFY_OK(repo.check(&problems));
        QVERIFY(problems.isEmpty());
    }

    void recomputeMatchesHandFigures()
    {
        KocRepository repo(m_db);
        KocRunInfo run;
        QVERIFY_OK(repo.recompute(AsOf, &run));
        QCOMPARE(run.members, qint64(7));
        QCOMPARE(run.scored, qint64(5));   // 1, 2, 4, 5, 6
        // Defaults: messages 1, content 3, referrals 5, participation 1, purchases 2, spend 0.5,
        // replies 1.5; caps 20 messages, 3 purchases; half-life 30 days.
        const double m1 = ln(21) + 3 * ln(1 + 2 * 0.5) + 5 * ln(2);
        const double m2 = ln(6);
        const double m4 = 2 * ln(4) + 0.5 * ln(1 + 150) + 1 * ln(2);   // 100 + 50 + 0 CNY (0.50 rounds down per day: 150 of 150.50)
        const double m5 = 1.5 * ln(1 + 2 * 0.25);
        QVERIFY2(near(stored(1, "score"), m1), qPrintable(QString::number(stored(1, "score"))));
        QVERIFY(near(stored(2, "score"), m2));
        QCOMPARE(stored(3, "score"), 0.0);
        QVERIFY2(near(stored(4, "score"), m4), qPrintable(QString::number(stored(4, "score"))));
        QVERIFY(near(stored(5, "score"), m5));
        QCOMPARE(stored(1, "n_messages"), 30.0);
        QCOMPARE(stored(1, "d_messages"), 20.0);
        QCOMPARE(stored(2, "n_messages"), 5.0);    // not tomorrow's
        QCOMPARE(stored(4, "n_purchases"), 4.0);
        QCOMPARE(stored(4, "d_purchases"), 3.0);
        QCOMPARE(stored(4, "n_spend"), 150.0);
        QCOMPARE(storedText(1, "computed_at"), run.computedAt);

        // Overall percentile among the six members who are not blacklisted: 7 and 3 at 0,
        // then 5, 2, 4, 1 (m5 < m2 < m4 < m1).
        QVERIFY(m5 < m2 && m2 < m4 && m4 < m1);
        QCOMPARE(stored(1, "pct_overall"), 1.0);
        QCOMPARE(stored(4, "pct_overall"), 0.8);
        QCOMPARE(stored(3, "pct_overall"), 0.0);
        QCOMPARE(storedText(6, "pct_overall"), QString());   // blacklisted: not ranked
        // Group percentiles: member 4 is best placed in group 2 (top of 2 members).
        QCOMPARE(stored(4, "best_group_id"), 2.0);
        QCOMPARE(stored(4, "pct_group"), 1.0);
        QCOMPARE(stored(2, "pct_group"), 0.5);     // group 1: 3 and 7 below, 4 and 1 above

        // The breakdown adds up to the stored score, with the counts.
        KocMemberScore score;
        QVERIFY_OK(repo.memberScore(1, AsOf, &score));
        QVERIFY(score.scored);
        QVERIFY(near(score.breakdown.score, m1));
        QCOMPARE(score.breakdown[KocComponent::Referrals].count, qint64(1));
        QVERIFY(near(score.breakdown[KocComponent::Content].decayed, 1.0));
        QVERIFY(near(score.breakdown[KocComponent::Content].points, 3 * ln(2)));
        QCOMPARE(score.groups.size(), 1);
        QCOMPARE(score.groups.constFirst().groupName, QStringLiteral("宠粉群1"));
        QCOMPARE(score.groups.constFirst().percentile, 1.0);
        QCOMPARE(score.groups.constFirst().members, 5);
        QCOMPARE(score.computedAt, run.computedAt);
        KocMemberScore four;
        QVERIFY_OK(repo.memberScore(4, AsOf, &four));
        QCOMPARE(four.groups.size(), 2);
        QCOMPARE(four.groups.at(0).groupId, qint64(2));   // highest percentile first
        QCOMPARE(four.groups.at(1).percentile, 0.75);     // group 1: 3, 7, 2 below; 1 above
    }

    void candidatesAreTopUnflaggedMembers()
    {
        smallSettings();
        KocRepository repo(m_db);
        KocRunInfo run;
        QVERIFY_OK(repo.recompute(AsOf, &run));
        // Top 20% of six: 2 members, so the overall cutoff is the second score (member 4's).
        QVERIFY(near(run.overallCutoff, stored(4, "score")));
        // Group 1 (5 members): its top 1 is member 1; group 2 (2 open members): member 4.
        // Member 2's bar: min(overall = m4, group 1 = m1) = m4 > m2: not a candidate.
        QVERIFY(near(stored(2, "threshold"), stored(4, "score")));
        // Member 5's bar: group 2's cutoff is member 4's score; member 5 is not above it.
        QList<KocListEntry> list;
        QVERIFY_OK(repo.candidates(0, 10, &list));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).memberId, qint64(1));
        QCOMPARE(list.at(1).memberId, qint64(4));
        QCOMPARE(list.at(1).groupId, qint64(2));
        QCOMPARE(list.at(1).groupName, QStringLiteral("宠粉群2"));
        QCOMPARE(run.candidates, qint64(2));
        // The blacklisted member 6 scores highest of all but is never proposed.
        QVERIFY(stored(6, "score") > stored(1, "score"));
        // A flagged member is not a candidate either.
        QVERIFY_OK(repo.setKoc({1}, true, QStringLiteral("分享最多")));
        QVERIFY_OK(repo.candidates(0, 10, &list));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).memberId, qint64(4));
        // Within group 1 only, with the percentile there.
        QVERIFY_OK(repo.candidates(1, 10, &list));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).groupId, qint64(1));
        QCOMPARE(list.at(0).pctGroup, 0.75);
        QVERIFY_OK(repo.candidates(2, 1, &list));
        QCOMPARE(list.size(), 1);
        QCOMPARE(repo.candidates(99, 10, &list).kind, DatabaseError::Kind::NotFound);
        // The minimum score holds even for the top of a group.
        KocSettings strict;
        strict.topPercent = 20;
        strict.minScore = 100;
        QVERIFY_OK(repo.setSettings(strict));
        QVERIFY_OK(repo.recompute(AsOf, &run));
        QVERIFY_OK(repo.candidates(0, 10, &list));
        QVERIFY(list.isEmpty());
    }

    void unflagSuggestedOnlyAfterTheBandHeldForNDays()
    {
        smallSettings();
        KocRepository repo(m_db);
        QList<KocListEntry> list;
        // Member 7 is a KOC with no activity: below 0.9 × bar from the first recompute.
        QVERIFY_OK(repo.recompute(AsOf));
        QCOMPARE(storedText(7, "below_since"), AsOf.toString(Qt::ISODate));
        QCOMPARE(storedText(2, "below_since"), QString());   // not a KOC: no hysteresis
        for (int day = 1; day <= 13; ++day) {
            QVERIFY_OK(repo.recompute(AsOf.addDays(day)));
            QVERIFY_OK(repo.unflagSuggestions(AsOf.addDays(day), 0, 10, &list));
            QVERIFY2(list.isEmpty(), qPrintable(QStringLiteral("day %1").arg(day)));
        }
        QCOMPARE(storedText(7, "below_since"), AsOf.toString(Qt::ISODate));   // the run is kept
        QVERIFY_OK(repo.recompute(AsOf.addDays(14)));
        QVERIFY_OK(repo.unflagSuggestions(AsOf.addDays(14), 0, 10, &list));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).memberId, qint64(7));
        QCOMPARE(list.at(0).belowSince, AsOf);
        qint64 count = 0;
        QVERIFY_OK(repo.unflagSuggestionCount(AsOf.addDays(14), &count));
        QCOMPARE(count, qint64(1));
        QVERIFY_OK(repo.unflagSuggestions(AsOf.addDays(14), 2, 10, &list));   // 7 is not in group 2
        QVERIFY(list.isEmpty());

        // Active again: above the band resets the run at once.
        for (int i = 0; i < 5; ++i)
            QVERIFY(addEvent(m_db, 7, 1, "referral", -14));
        QVERIFY(addEvents(m_db, 7, 1, "post", -14, 5));
        QVERIFY(addEvents(m_db, 7, 1, "message", -14, 20));
        QVERIFY_OK(repo.recompute(AsOf.addDays(14)));
        QCOMPARE(storedText(7, "below_since"), QString());
        QVERIFY_OK(repo.unflagSuggestions(AsOf.addDays(14), 0, 10, &list));
        QVERIFY(list.isEmpty());
    }

    void scoreInsideTheBandStartsNoRun()
    {
        smallSettings();
        KocRepository repo(m_db);
        // Member 2 as a KOC: bar = member 4's score, m2 = ln 6 ≈ 1.79 < 0.9 × bar → a run.
        QVERIFY_OK(repo.setKoc({2}, true, QStringLiteral("活跃")));
        QVERIFY_OK(repo.recompute(AsOf));
        QCOMPARE(storedText(2, "below_since"), AsOf.toString(Qt::ISODate));
        // With the band at 0.25, 1.79 ≥ 0.25 × bar (1.49): no run.
        KocSettings s;
        s.topPercent = 20;
        s.minScore = 2;
        s.unflagFactor = 0.25;
        QVERIFY_OK(repo.setSettings(s));
        QVERIFY_OK(repo.recompute(AsOf));
        QVERIFY(stored(2, "score") >= 0.25 * stored(2, "threshold"));
        QCOMPARE(storedText(2, "below_since"), QString());
    }

    void flagWritesSinceReasonAndAudit()
    {
        KocRepository repo(m_db);
        int changed = -1;
        QVERIFY_OK(repo.setKoc({2, 3, 7}, true, QStringLiteral("  群内答疑积极  "), &changed));
        QCOMPARE(changed, 2);   // 7 was a KOC already
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT id, is_koc, koc_since, koc_reason FROM members WHERE id IN (2, 3, 7) ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toInt(), 1);
        QVERIFY(!q.value(2).toString().isEmpty());
        QCOMPARE(q.value(3).toString(), QStringLiteral("群内答疑积极"));
        QVERIFY(q.next() && q.next());
        QCOMPARE(q.value(2).toString(), QStringLiteral("2026-06-01 10:00:00"));   // the original date is kept
        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(m_db).list(QStringLiteral("member"), 2, 10, &audit));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.constFirst().action, QStringLiteral("koc"));
        QCOMPARE(audit.constFirst().before.value(QStringLiteral("is_koc")).toBool(), false);
        QCOMPARE(audit.constFirst().after.value(QStringLiteral("is_koc")).toBool(), true);
        QCOMPARE(audit.constFirst().after.value(QStringLiteral("koc_reason")).toString(), QStringLiteral("群内答疑积极"));

        QVERIFY_OK(repo.setKoc({2}, false, QStringLiteral("连续两周不活跃"), &changed));
        QCOMPARE(changed, 1);
        QVERIFY(q.exec(QStringLiteral("SELECT is_koc, koc_since, koc_reason FROM members WHERE id = 2")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.value(1).isNull());
        QCOMPARE(q.value(2).toString(), QStringLiteral("连续两周不活跃"));
        QVERIFY_OK(AuditRepository(m_db).list(QStringLiteral("member"), 2, 10, &audit));
        QCOMPARE(audit.size(), 2);
    }

    void flagRefusesAsAWhole()
    {
        KocRepository repo(m_db);
        // A blacklisted member in the list: nothing changes, not even the others.
        const DatabaseError err = repo.setKoc({2, 6}, true, QStringLiteral("试试"));
        QCOMPARE(err.kind, DatabaseError::Kind::Constraint);
        QVERIFY(err.message.contains(QStringLiteral("成员6")));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT is_koc FROM members WHERE id = 2")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(repo.setKoc({2, 999}, true, QStringLiteral("x")).kind, DatabaseError::Kind::NotFound);
        QVERIFY(repo.setKoc({2}, true, QStringLiteral("   ")).isError());
        QVERIFY(repo.setKoc({}, true, QStringLiteral("x")).isError());
        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(m_db).list(QStringLiteral("member"), 2, 10, &audit));
        QVERIFY(audit.isEmpty());
    }

    void settingsRoundTripAndValidate()
    {
        KocRepository repo(m_db);
        KocSettings s;
        QVERIFY_OK(repo.settings(&s));
        QCOMPARE(s, KocSettings{});
        s.weights[size_t(KocComponent::Referrals)] = 8;
        s.dailyCaps[size_t(KocComponent::Messages)] = 50;
        s.halfLifeDays = 21;
        s.unflagDays = 10;
        QVERIFY_OK(repo.setSettings(s));
        KocSettings back;
        QVERIFY_OK(repo.settings(&back));
        QCOMPARE(back, s);
        KocSettings bad = s;
        bad.halfLifeDays = 0;
        const DatabaseError err = repo.setSettings(bad);
        QVERIFY(err.isError());
        QVERIFY(err.message.startsWith(QLatin1String("Half-life")));
        QVERIFY_OK(repo.settings(&back));
        QCOMPARE(back.halfLifeDays, 21.0);
        // A value edited by hand into nonsense falls back to its default.
        QVERIFY(sql(m_db, QStringLiteral("UPDATE settings SET value = 'abc' WHERE key = 'koc.half_life_days'")));
        QVERIFY_OK(repo.settings(&back));
        QCOMPARE(back.halfLifeDays, 30.0);
    }

    void recomputeCanBeCancelledWithoutChange()
    {
        KocRepository repo(m_db);
        QVERIFY_OK(repo.recompute(AsOf));
        const double before = stored(1, "score");
        QVERIFY(addEvents(m_db, 1, 1, "referral", 0, 3));
        int calls = 0;
        const DatabaseError err = repo.recompute(AsOf, nullptr, [&calls](int step, int) {
            ++calls;
            return step < 8;
        });
        QVERIFY(err.isError());
        QVERIFY(err.message.contains(QLatin1String("cancelled")));
        QVERIFY(calls > 0);
        QCOMPARE(stored(1, "score"), before);
        // Progress reaches the end on a full run.
        int last = -1;
        int total = 0;
        QVERIFY_OK(repo.recompute(AsOf, nullptr, [&](int step, int steps) {
            last = step;
            total = steps;
            return true;
        }));
        QCOMPARE(last, total);
        QVERIFY(stored(1, "score") > before);
    }
};

QTEST_GUILESS_MAIN(TestKocRepository)
#include "tst_koc_repository.moc"
