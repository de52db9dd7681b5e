#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace qundesk {

// KOC scoring (key opinion consumer: an active, trusted member whose example moves others).
// Pure arithmetic: KocRepository applies these very functions to the member_days rollup (one
// member at a time, streamed in primary-key order) and tests/tst_koc_score.cpp pins them on
// crafted histories.
//
// The score of a member as of a day is the sum over seven components c of
//
//     points_c  = weight_c × ln(1 + decayed_c)
//     decayed_c = Σ over the member's days d up to the as-of day of
//                 min(count_c(d), dailyCap_c) × 2^(−age(d) / halfLifeDays)
//
// where age(d) is whole days from d to the as-of day (today's activity counts fully) and
// Spend counts whole CNY spent that day (the events' amount_fen / 100). Days after the as-of
// day are ignored, so a score "as of" a past day is reproducible.
//
// How the events table maps to the components (kinds of resources/migrations/0001):
//   Messages       'message'
//   Replies        'reply' — the member's own replies. The issue asks for replies *received*,
//                  but an event records only who wrote it, not whom it answered (there is no
//                  reply-to column), so replies received cannot be attributed. A reply is the
//                  best available stand-in: it is the member taking part in a conversation
//                  someone else started, which is what a KOC does when answering questions.
//                  Counting replies received needs a reply_to_member_id on events first.
//   Content        'post' and 'share' (material contributed to the group)
//   Referrals      'referral'
//   Participation  'checkin' and 'game' (activities the operation runs)
//   Purchases      'purchase' (count)
//   Spend          'purchase' (amount, CNY)
// 'join' and 'leave' are not engagement and do not count.
//
// Diminishing returns, twice: the daily cap stops one day of flooding (a spammer's 500 ad
// messages count as 20), and ln(1 + x) makes sustained volume pay less and less: 10 decayed
// messages give 2.4 points, 100 give 4.6, 1,000 give 6.9 — while one referral alone (weight
// 5 × ln 2) gives 3.5 and three give 6.9. A member therefore ranks high by doing several kinds
// of things, not by doing one thing endlessly.
enum class KocComponent { Messages, Replies, Content, Referrals, Participation, Purchases, Spend };
inline constexpr int KocComponentCount = 7;

QString kocComponentCode(KocComponent component);   // messages, replies, content, ...
std::optional<KocComponent> kocComponentFromCode(const QString &code);
QString kocComponentLabel(KocComponent component);  // translated, context "KocComponent"
QList<KocComponent> allKocComponents();

// The tunable parts. Stored in the settings table under koc.* (KocRepository), so every desk
// ranks the same way. Defaults and why:
struct KocSettings
{
    // Points per ln(1 + decayed count), in component order:
    //   Messages 1.0      the unit: the most frequent and cheapest signal, the easiest to spam.
    //   Replies 1.5       answering others moves a conversation; more than talking alone.
    //   Content 3.0       a post or share is material others use (素材群: the best creators
    //                     make the material); it costs effort, so it is rarer and worth more.
    //   Referrals 5.0     bringing a friend in is the strongest proof of trust — "an example
    //                     that moves others" — and feeds the funnel directly; it is rare.
    //   Participation 1.0 check-ins and games already earn points (积分) and take a tap; they
    //                     show loyalty more than influence.
    //   Purchases 2.0     a key opinion *consumer* buys and shows the product.
    //   Spend 0.5         per ln(1 + CNY): money counts, but gently — 1,000 CNY gives 3.5
    //                     points, 10,000 CNY 4.6 — so a big buyer is not a KOC by money alone.
    std::array<double, KocComponentCount> weights = {1.0, 1.5, 3.0, 5.0, 1.0, 2.0, 0.5};
    // Most events of a component that count on one day (0 = no cap): 20 messages or replies
    // is a very talkative day for a real member; 5 posts or referrals a day is already a
    // campaign; a check-in plus two games; 3 separate orders. Spend has no cap: the ln() and
    // the low weight already flatten it.
    std::array<int, KocComponentCount> dailyCaps = {20, 20, 5, 5, 3, 3, 0};
    // 30 days: the domain's daily-operation rhythm is monthly (campaigns of 7/21/30 days), and
    // a KOC is someone who moves the group *now*. Last month counts half, a quarter ago an
    // eighth. 14 days would halve a KOC over one holiday and make the list flicker; 90 days
    // would keep last season's stars on top of those active today.
    double halfLifeDays = 30.0;
    // Candidates are in the top 5% of one of their groups or of the whole operation: 25 in a
    // full 500-member WeChat group, about as many as staff can praise, reward and meet weekly.
    double topPercent = 5.0;
    // ... and score at least this: in a quiet group the "top 5%" may have done next to
    // nothing. 10 points is roughly a month of steady activity in three or four ways (e.g. 20
    // messages, 5 replies, 2 posts and a purchase in the last weeks); a single burst of one
    // kind cannot reach it (a capped, undecayed day of 20 messages is 3 points).
    double minScore = 10.0;
    // A flagged KOC is suggested for unflagging only after staying below unflagFactor × their
    // threshold for unflagDays days in a row (checked at each recompute; rising above again
    // resets the count). 0.9 leaves a 10% band so a KOC hovering at the bar does not flap,
    // and 14 days lets one quiet fortnight pass without losing the title.
    double unflagFactor = 0.9;
    int unflagDays = 14;

    double weight(KocComponent c) const { return weights[size_t(c)]; }
    int dailyCap(KocComponent c) const { return dailyCaps[size_t(c)]; }

    // The first problem in words naming the field ("Half-life: ..."), empty when valid.
    QString validate() const;
    bool operator==(const KocSettings &) const = default;
};

// One day of a member's activity: events per component (Spend in fen).
struct KocDay
{
    QDate day;
    std::array<qint64, KocComponentCount> counts{};
};

struct KocComponentScore
{
    KocComponent component = KocComponent::Messages;
    qint64 count = 0;       // raw events (Spend: whole CNY), uncapped and undecayed
    double decayed = 0;     // capped per day and decayed to the as-of day
    double points = 0;      // weight × ln(1 + decayed)
};

struct KocBreakdown
{
    std::array<KocComponentScore, KocComponentCount> components{};
    double score = 0;

    const KocComponentScore &operator[](KocComponent c) const { return components[size_t(c)]; }
};

// 2^(−ageDays / halfLifeDays); 1 for today and for days after the as-of day.
double kocDecay(qint64 ageDays, double halfLifeDays);
// weight × ln(1 + decayed); 0 for nothing.
double kocPoints(double decayed, double weight);
// The score of a history as of a day (days after it are ignored).
KocBreakdown kocScore(const QList<KocDay> &days, const QDate &asOf, const KocSettings &settings);
// The breakdown from per-component totals already capped and decayed (as the repository stores
// them): points and the score.
KocBreakdown kocBreakdownFromTotals(const std::array<qint64, KocComponentCount> &counts,
                                    const std::array<double, KocComponentCount> &decayed,
                                    const KocSettings &settings);

// How many of n members are the "top topPercent": ceil(n × p / 100), at least 1 when n > 0.
int kocTopCount(int n, double topPercent);
// The lowest score among the top members of one population (any order); +infinity when empty.
double kocCutoff(QList<double> scores, double topPercent);
// A member's threshold: the lowest score that still makes them a candidate, i.e. they must be
// in the top of the operation or of at least one of their groups, and score at least minScore:
//     max(minScore, min(overallCutoff, cutoff of each of their groups))
double kocThreshold(double overallCutoff, const QList<double> &groupCutoffs, const KocSettings &settings);
// The share of the other members of a population who score strictly lower, 0..1 (SQL's
// percent_rank()); 0 for a population of one.
double kocPercentile(double score, const QList<double> &population);

// Hysteresis. belowSince is the first day of the current run of days on which a flagged KOC
// scored below unflagFactor × threshold; invalid when there is no such run.
// The state after a (re)computation on `today`: a run starts (today) or continues (kept) while
// the member is flagged and below the band, and ends (invalid) as soon as they are not.
QDate kocNextBelowSince(const QDate &belowSince, bool flagged, double score, double threshold,
                        const QDate &today, const KocSettings &settings);
// Whether a flagged KOC with that run is suggested for unflagging on `today`.
bool kocSuggestUnflag(const QDate &belowSince, const QDate &today, const KocSettings &settings);

} // namespace qundesk
