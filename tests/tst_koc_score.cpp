// The KOC score on crafted histories: decay, weights, caps, ordering, thresholds, hysteresis.
#include "analytics/KocScore.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace qundesk;

namespace {

const QDate Today(2026, 11, 23);

KocDay day(int daysAgo, KocComponent c, qint64 n)
{
    KocDay d;
    d.day = Today.addDays(-daysAgo);
    d.counts[size_t(c)] = n;
    return d;
}

// Only one component weighs, so decayed totals can be read off the score.
KocSettings only(KocComponent c, int cap = 0)
{
    KocSettings s;
    s.weights.fill(0);
    s.weights[size_t(c)] = 1.0;
    s.dailyCaps.fill(0);
    s.dailyCaps[size_t(c)] = cap;
    return s;
}

} // namespace

class TestKocScore : public QObject
{
    Q_OBJECT

private slots:
    void zeroActivityScoresZero()
    {
        const KocBreakdown b = kocScore({}, Today, KocSettings{});
        QCOMPARE(b.score, 0.0);
        for (const KocComponentScore &c : b.components) {
            QCOMPARE(c.count, qint64(0));
            QCOMPARE(c.points, 0.0);
        }
        // join/leave have no component; a day of nothing is nothing.
        QCOMPARE(kocScore({KocDay{Today, {}}}, Today, KocSettings{}).score, 0.0);
    }

    void decayHalvesAtTheHalfLife()
    {
        const KocSettings s = only(KocComponent::Messages);
        QCOMPARE(kocDecay(0, 30), 1.0);
        QCOMPARE(kocDecay(30, 30), 0.5);
        QCOMPARE(kocDecay(60, 30), 0.25);
        QCOMPARE(kocDecay(-5, 30), 1.0);   // a day after the as-of day is not boosted
        const KocBreakdown now = kocScore({day(0, KocComponent::Messages, 8)}, Today, s);
        const KocBreakdown month = kocScore({day(30, KocComponent::Messages, 8)}, Today, s);
        QCOMPARE(now[KocComponent::Messages].decayed, 8.0);
        QCOMPARE(month[KocComponent::Messages].decayed, 4.0);
        QCOMPARE(month[KocComponent::Messages].count, qint64(8));
        QVERIFY(qFuzzyCompare(month.score, std::log(5.0)));
        // Another half-life: 14 days halves at 14.
        KocSettings fast = s;
        fast.halfLifeDays = 14;
        QCOMPARE(kocScore({day(14, KocComponent::Messages, 8)}, Today, fast)[KocComponent::Messages].decayed, 4.0);
    }

    void daysAfterTheAsOfDayAreIgnored()
    {
        const KocSettings s = only(KocComponent::Messages);
        const KocBreakdown b = kocScore({day(-1, KocComponent::Messages, 5), day(0, KocComponent::Messages, 2)}, Today, s);
        QCOMPARE(b[KocComponent::Messages].count, qint64(2));
    }

    void weightsScaleTheirComponent()
    {
        KocSettings s;
        s.dailyCaps.fill(0);
        const KocBreakdown b = kocScore({day(0, KocComponent::Messages, 3), day(0, KocComponent::Referrals, 3)}, Today, s);
        QVERIFY(qFuzzyCompare(b[KocComponent::Messages].points, 1.0 * std::log(4.0)));
        QVERIFY(qFuzzyCompare(b[KocComponent::Referrals].points, 5.0 * std::log(4.0)));
        QVERIFY(qFuzzyCompare(b.score, 6.0 * std::log(4.0)));
        s.weights[size_t(KocComponent::Referrals)] = 0;
        QVERIFY(qFuzzyCompare(kocScore({day(0, KocComponent::Referrals, 3)}, Today, s).score + 1, 1.0));
    }

    void spendCountsWholeYuan()
    {
        const KocSettings s = only(KocComponent::Spend);
        const KocBreakdown b = kocScore({day(0, KocComponent::Spend, 99'999)}, Today, s); // 999.99 CNY
        QCOMPARE(b[KocComponent::Spend].count, qint64(999));
        QVERIFY(qFuzzyCompare(b.score, std::log(1000.0)));
    }

    void dailyCapStopsAFlood()
    {
        const KocSettings capped = only(KocComponent::Messages, 20);
        const KocBreakdown flood = kocScore({day(0, KocComponent::Messages, 500)}, Today, capped);
        QCOMPARE(flood[KocComponent::Messages].count, qint64(500));
        QCOMPARE(flood[KocComponent::Messages].decayed, 20.0);
        // The cap is per day: 20 on each of two days count 40.
        const KocBreakdown twoDays = kocScore({day(0, KocComponent::Messages, 30), day(1, KocComponent::Messages, 30)},
                                              Today, capped);
        QVERIFY(qFuzzyCompare(twoDays[KocComponent::Messages].decayed, 20.0 + 20.0 * kocDecay(1, 30)));
    }

    void oneSpammerDoesNotOutrankABroadMember()
    {
        const KocSettings s; // the defaults
        // 500 messages on each of the last 30 days, nothing else.
        QList<KocDay> spammer;
        for (int i = 0; i < 30; ++i)
            spammer.append(day(i, KocComponent::Messages, 500));
        // A modest member: a few messages and replies, two posts, one referral, one purchase.
        QList<KocDay> broad = {day(1, KocComponent::Messages, 6),  day(8, KocComponent::Messages, 6),
                               day(2, KocComponent::Replies, 4),   day(9, KocComponent::Replies, 3),
                               day(3, KocComponent::Content, 1),   day(12, KocComponent::Content, 1),
                               day(5, KocComponent::Referrals, 1), day(6, KocComponent::Purchases, 1),
                               day(6, KocComponent::Spend, 29'900)};
        const double spam = kocScore(spammer, Today, s).score;
        const double member = kocScore(broad, Today, s).score;
        QVERIFY2(member > spam, qPrintable(QStringLiteral("broad %1, spammer %2").arg(member).arg(spam)));
        QVERIFY(member >= s.minScore);
        QVERIFY(spam < s.minScore);
    }

    void recentBeatsOldAndMoreBeatsLess()
    {
        const KocSettings s;
        const double recent = kocScore({day(1, KocComponent::Content, 3)}, Today, s).score;
        const double old = kocScore({day(80, KocComponent::Content, 3)}, Today, s).score;
        const double more = kocScore({day(1, KocComponent::Content, 3), day(2, KocComponent::Content, 3)}, Today, s).score;
        QVERIFY(recent > old);
        QVERIFY(more > recent);
        // ... with diminishing returns: the second batch adds less than the first.
        QVERIFY(more - recent < recent);
    }

    void totalsGiveTheSameBreakdown()
    {
        const KocSettings s;
        const QList<KocDay> history = {day(0, KocComponent::Messages, 25), day(3, KocComponent::Replies, 4),
                                       day(40, KocComponent::Purchases, 2), day(40, KocComponent::Spend, 12'345)};
        const KocBreakdown direct = kocScore(history, Today, s);
        std::array<qint64, KocComponentCount> counts{};
        std::array<double, KocComponentCount> decayed{};
        for (int i = 0; i < KocComponentCount; ++i) {
            counts[size_t(i)] = direct.components[size_t(i)].count;
            decayed[size_t(i)] = direct.components[size_t(i)].decayed;
        }
        QCOMPARE(kocBreakdownFromTotals(counts, decayed, s).score, direct.score);
    }

    void topCountAndCutoff()
    {
        QCOMPARE(kocTopCount(0, 5), 0);
        QCOMPARE(kocTopCount(1, 5), 1);
        QCOMPARE(kocTopCount(20, 5), 1);
        QCOMPARE(kocTopCount(21, 5), 2);
        QCOMPARE(kocTopCount(500, 5), 25);
        QCOMPARE(kocTopCount(10, 100), 10);
        QCOMPARE(kocCutoff({}, 5), std::numeric_limits<double>::infinity());
        QCOMPARE(kocCutoff({3, 9, 1, 7}, 50), 7.0);
        QList<double> group;
        for (int i = 1; i <= 40; ++i)
            group.append(i);
        QCOMPARE(kocCutoff(group, 5), 39.0);    // top 2 of 40
    }

    void thresholdTakesTheEasiestPopulationButNotBelowTheMinimum()
    {
        KocSettings s;
        s.minScore = 10;
        QCOMPARE(kocThreshold(30, {}, s), 30.0);
        QCOMPARE(kocThreshold(30, {25, 18}, s), 18.0);
        QCOMPARE(kocThreshold(30, {4}, s), 10.0);
    }

    void percentileIsTheShareOfOthersBelow()
    {
        QCOMPARE(kocPercentile(5, {5}), 0.0);
        QCOMPARE(kocPercentile(9, {1, 5, 9}), 1.0);
        QCOMPARE(kocPercentile(5, {1, 5, 9}), 0.5);
        QCOMPARE(kocPercentile(1, {1, 5, 9}), 0.0);
        QCOMPARE(kocPercentile(5, {5, 5, 1}), 0.5);  // ties are not below
    }

    void hysteresisSuggestsUnflagOnlyAfterTheBand()
    {
        KocSettings s;
        s.unflagFactor = 0.9;
        s.unflagDays = 14;
        const double bar = 20;
        QDate below;
        // 19 is below the bar but inside the band (≥ 18): no run starts.
        below = kocNextBelowSince(below, true, 19, bar, Today, s);
        QVERIFY(!below.isValid());
        // Below 18 for 13 days: a run, not yet a suggestion.
        QDate d = Today;
        for (int i = 0; i < 14; ++i, d = d.addDays(1)) {
            below = kocNextBelowSince(below, true, 17.9, bar, d, s);
            QCOMPARE(below, Today);
            QCOMPARE(kocSuggestUnflag(below, d, s), i >= 14);
        }
        below = kocNextBelowSince(below, true, 17.9, bar, d, s);   // day 14
        QVERIFY(kocSuggestUnflag(below, d, s));
        // Back above the band: the run ends; a new dip starts over.
        d = d.addDays(1);
        below = kocNextBelowSince(below, true, 18.5, bar, d, s);
        QVERIFY(!below.isValid());
        QVERIFY(!kocSuggestUnflag(below, d, s));
        d = d.addDays(1);
        below = kocNextBelowSince(below, true, 5, bar, d, s);
        QCOMPARE(below, d);
        QVERIFY(!kocSuggestUnflag(below, d.addDays(13), s));
        QVERIFY(kocSuggestUnflag(below, d.addDays(14), s));
    }

    void hysteresisOnlyForFlaggedMembers()
    {
        const KocSettings s;
        QVERIFY(!kocNextBelowSince({}, false, 0, 20, Today, s).isValid());
        // Unflagging ends a run.
        QVERIFY(!kocNextBelowSince(Today.addDays(-30), false, 0, 20, Today, s).isValid());
        // A run recorded "in the future" (a recompute for an earlier day) restarts at today.
        QCOMPARE(kocNextBelowSince(Today.addDays(3), true, 0, 20, Today, s), Today);
    }

    void validationNamesTheField()
    {
        KocSettings s;
        QVERIFY(s.validate().isEmpty());
        s.halfLifeDays = 0;
        QVERIFY(s.validate().startsWith(QLatin1String("Half-life")));
        s = {};
        s.weights[size_t(KocComponent::Referrals)] = -1;
        QVERIFY(s.validate().contains(QLatin1String("Referrals")));
        s = {};
        s.weights.fill(0);
        QVERIFY(s.validate().startsWith(QLatin1String("Weights")));
        s = {};
        s.unflagFactor = 1.5;
        QVERIFY(s.validate().startsWith(QLatin1String("Unflag band")));
        s = {};
        s.topPercent = 0;
        QVERIFY(s.validate().startsWith(QLatin1String("Top share")));
    }

    void componentCodesRoundTrip()
    {
        QCOMPARE(allKocComponents().size(), KocComponentCount);
        for (KocComponent c : allKocComponents())
            QCOMPARE(kocComponentFromCode(kocComponentCode(c)), c);
        QVERIFY(!kocComponentFromCode(QStringLiteral("likes")));
    }
};

QTEST_GUILESS_MAIN(TestKocScore)
#include "tst_koc_score.moc"
