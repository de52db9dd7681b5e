// 90 days of activity events. Each group's daily volume follows its lifecycle (strong groups busy,
// weak ones fading, zombies silent for the last weeks) times the members it had that day; the
// speakers are drawn by their own activity (KOCs and group officers talk more). Joins and leaves
// come from the memberships themselves. Events are written day by day in time order, so ids
// follow time as they would in an imported export.

#include "io/DemoPlan.h"

#include <algorithm>
#include <cmath>

namespace qundesk::demo {

namespace {

enum Kind : quint8 { Message, Reply, Join, LeaveKind, Post, Share, Referral, Checkin, Game, Purchase, KindCount };
constexpr const char *KindCodes[KindCount]
    = { "message", "reply", "join", "leave", "post", "share", "referral", "checkin", "game", "purchase" };
constexpr int Days = 90; // today - 89 .. today (until "now")

// Weights per kind (join and leave excluded) for each purpose, in Purpose order.
constexpr double KindWeights[7][KindCount] = {
    // message reply join leave post share referral checkin game purchase
    { 48, 25, 0, 0, 6, 6, 2, 3, 2, 8 }, // master
    { 45, 22, 0, 0, 3, 6, 3, 7, 5, 9 }, // sub
    { 42, 14, 0, 0, 1, 5, 3, 12, 9, 14 }, // shopping guide
    { 35, 10, 0, 0, 1, 6, 4, 10, 8, 26 }, // perks
    { 58, 34, 0, 0, 0, 1, 0, 0, 0, 7 }, // after sales
    { 36, 16, 0, 0, 26, 18, 1, 1, 1, 1 }, // material
    { 44, 30, 0, 0, 4, 4, 0, 14, 3, 1 }, // training
};

constexpr double PurposeLevel[7] = { 0.6, 1.0, 0.8, 1.1, 0.5, 1.4, 1.2 };

// When people write in groups: mornings, lunch, the 16:00 perks and the evening peak.
constexpr double HourWeights[24] = { 0.25, 0.1, 0.05, 0.03, 0.03, 0.05, 0.3, 0.8, 1.5, 2.5, 2.2, 1.6, 1.8, 2.0, 1.8,
    1.4, 2.2, 1.6, 1.2, 1.6, 2.8, 2.6, 1.8, 0.8 };

double stageCurve(const GroupPlan &g, int day)
{
    if (day < g.createdDay)
        return 0.0;
    const double t = (day + Days) / double(Days); // 0 at the start of the window, 1 today
    switch (g.stage) {
    case Stage::Strong:
        return day < g.filledDay ? 1.3 : 1.7 - 0.3 * std::min(1.0, (day - g.filledDay) / 30.0);
    case Stage::Daily:
        return 1.0;
    case Stage::Weak:
        return 0.9 * std::pow(0.06, t);
    case Stage::Zombie:
        return day >= g.silentFromDay ? 0.0 : 0.45 * std::pow(0.3, t);
    case Stage::Archived:
        return day >= g.statusDay ? 0.0 : 0.35;
    case Stage::Dissolved:
        return day >= g.statusDay ? 0.0 : 0.4 * std::pow(0.4, t);
    }
    return 1.0;
}

double dayFactor(const QDate &date)
{
    const int md = date.month() * 100 + date.day();
    if (md == 1111)
        return 1.8;
    if (md == 618)
        return 1.6;
    if (md == 1212)
        return 1.5;
    if (md == 1110 || md == 308)
        return 1.3;
    if (md == 909 || md == 520)
        return 1.2;
    switch (date.dayOfWeek()) {
    case 1:
        return 1.1;
    case 3:
    case 4:
    case 5:
        return 1.08;
    case 6:
        return 0.85;
    case 7:
        return 0.8;
    default:
        return 1.0;
    }
}

struct Roster
{
    std::vector<qint64> joined; // ascending
    std::vector<qint64> left;
    std::vector<int> member;
    std::vector<double> cumulative;
};

struct DayEvent
{
    qint64 at;
    int group;
    int member;
    Kind kind;
    qint64 contentItem;
    qint64 amount;
};

qint64 logUniform(Rng &rng, qint64 lo, qint64 hi)
{
    const double v = std::exp(std::log(double(lo)) + rng.real() * (std::log(double(hi)) - std::log(double(lo))));
    return std::max<qint64>(100, qint64(v / 100.0) * 100);
}

} // namespace

DatabaseError writeEvents(DemoState &s)
{
    Rng rng(s.options.seed, 7);
    const qint64 now = s.clock.now();
    const int firstDay = 1 - Days;
    const size_t groups = s.groups.size();

    // Who was in each group when, with speaking weights; memberships are already in join order.
    std::vector<Roster> rosters(groups);
    std::vector<std::vector<int>> active(groups, std::vector<int>(Days + 1, 0));
    std::vector<std::vector<DayEvent>> joinsAndLeaves(Days);
    for (const MembershipPlan &ms : s.memberships) {
        Roster &r = rosters[size_t(ms.group)];
        const MemberPlan &m = s.members[size_t(ms.member)];
        const double roleBoost = ms.role == Role::Owner ? 2.5
            : ms.role == Role::ViceOwner                ? 2.0
            : ms.role == Role::Admin                    ? 1.6
                                                        : 1.0;
        r.joined.push_back(ms.joined);
        r.left.push_back(ms.left);
        r.member.push_back(ms.member);
        r.cumulative.push_back((r.cumulative.empty() ? 0.0 : r.cumulative.back()) + m.activity * roleBoost);
        // Present at noon of a day: count it for that day.
        const int from = std::max(firstDay, Clock::dayOf(ms.joined - 12 * Clock::Hour) + 1);
        const int to = ms.left == Open ? 1 : std::min(1, Clock::dayOf(ms.left - 12 * Clock::Hour) + 1);
        if (from < to) {
            ++active[size_t(ms.group)][size_t(from - firstDay)];
            --active[size_t(ms.group)][size_t(to - firstDay)];
        }
        if (ms.joined >= qint64(firstDay) * Clock::Day && ms.joined < now)
            joinsAndLeaves[size_t(Clock::dayOf(ms.joined) - firstDay)].push_back(
                { ms.joined, ms.group, ms.member, Join, 0, -1 });
        if (ms.left != Open && ms.left >= qint64(firstDay) * Clock::Day && ms.left < now)
            joinsAndLeaves[size_t(Clock::dayOf(ms.left) - firstDay)].push_back(
                { ms.left, ms.group, ms.member, LeaveKind, 0, -1 });
    }
    qint64 joinLeaveCount = 0;
    for (const auto &day : joinsAndLeaves)
        joinLeaveCount += qint64(day.size());
    for (auto &counts : active) {
        for (int d = 1; d <= Days; ++d)
            counts[size_t(d)] += counts[size_t(d - 1)];
    }

    // Scale the lifecycle-shaped volumes so that the total meets the events-per-member target.
    std::vector<double> groupLevel(groups);
    for (size_t g = 0; g < groups; ++g)
        groupLevel[g] = PurposeLevel[int(s.groups[g].purpose)] * (0.7 + 0.6 * rng.real());
    std::vector<double> dayLevel(Days);
    for (int d = 0; d < Days; ++d)
        dayLevel[size_t(d)] = dayFactor(s.clock.date(firstDay + d)) * (firstDay + d == 0 ? 0.45 : 1.0);
    double volume = 0.0;
    for (size_t g = 0; g < groups; ++g) {
        for (int d = 0; d < Days; ++d)
            volume
                += groupLevel[g] * stageCurve(s.groups[g], firstDay + d) * dayLevel[size_t(d)] * active[g][size_t(d)];
    }
    const double target = std::max(s.options.eventsPerMember * s.options.members - double(joinLeaveCount),
        0.5 * s.options.eventsPerMember * s.options.members);
    const double scale = volume > 0 ? target / volume : 0.0;

    WeightedPicker hours;
    for (double w : HourWeights)
        hours.add(w);
    std::vector<WeightedPicker> kinds(7);
    std::vector<WeightedPicker> mondayKinds(7);
    for (int p = 0; p < 7; ++p) {
        for (int k = 0; k < KindCount; ++k) {
            kinds[size_t(p)].add(KindWeights[p][k]);
            mondayKinds[size_t(p)].add(KindWeights[p][k] * (k == Game ? 3.0 : 1.0));
        }
    }
    const auto &products = s.words.products;

    qint64 id = 0;
    std::vector<DayEvent> events;
    char when[19];
    for (int d = 0; d < Days; ++d) {
        const int day = firstDay + d;
        const bool monday = s.clock.dayOfWeek(day) == 1;
        events = std::move(joinsAndLeaves[size_t(d)]);
        for (size_t g = 0; g < groups; ++g) {
            const GroupPlan &group = s.groups[g];
            const Roster &roster = rosters[g];
            const double lambda
                = scale * groupLevel[g] * stageCurve(group, day) * dayLevel[size_t(d)] * active[g][size_t(d)];
            const int count = rng.roundRandom(lambda);
            const WeightedPicker &kindPicker = (monday ? mondayKinds : kinds)[size_t(group.purpose)];
            for (int k = 0; k < count; ++k) {
                const qint64 at = qint64(day) * Clock::Day + hours.pick(rng) * 3600 + rng.below(3600);
                if (at >= now)
                    continue;
                // A speaker who was in the group at that moment.
                const size_t present
                    = size_t(std::upper_bound(roster.joined.begin(), roster.joined.end(), at) - roster.joined.begin());
                if (present == 0)
                    continue;
                int member = -1;
                for (int attempt = 0; attempt < 6 && member < 0; ++attempt) {
                    const double r = rng.real() * roster.cumulative[present - 1];
                    const size_t i = std::min(present - 1,
                        size_t(std::upper_bound(
                                   roster.cumulative.begin(), roster.cumulative.begin() + std::ptrdiff_t(present), r)
                            - roster.cumulative.begin()));
                    if (roster.left[i] > at)
                        member = roster.member[i];
                }
                if (member < 0)
                    continue;
                const Kind kind = Kind(kindPicker.pick(rng));
                DayEvent e { at, int(g), member, kind, 0, -1 };
                if ((kind == Share || (kind == Post && rng.chance(0.7))) && !s.shareableItems.empty())
                    e.contentItem = s.shareableItems[size_t(rng.below(int(s.shareableItems.size())))];
                if (kind == Purchase) {
                    switch (s.members[size_t(member)].tier) {
                    case 1:
                        e.amount = logUniform(rng, 2000000, 20000000);
                        break;
                    case 2:
                        e.amount = logUniform(rng, 500000, 5000000);
                        break;
                    case 3:
                        e.amount = logUniform(rng, 100000, 1000000);
                        break;
                    case 4:
                        e.amount = logUniform(rng, 29800, 300000);
                        break;
                    default: {
                        const auto &product = products.at(rng.below(int(products.size())));
                        e.amount = product.priceFen * rng.range(1, 3) * (rng.chance(0.4) ? 85 : 100) / 100;
                        break;
                    }
                    }
                }
                events.push_back(e);
            }
        }
        std::sort(events.begin(), events.end(), [](const DayEvent &a, const DayEvent &b) {
            if (a.at != b.at)
                return a.at < b.at;
            if (a.group != b.group)
                return a.group < b.group;
            if (a.member != b.member)
                return a.member < b.member;
            return a.kind < b.kind;
        });
        for (const DayEvent &e : events) {
            s.clock.formatDateTime(e.at, when);
            const char *kindCode = KindCodes[e.kind];
            if (auto err = s.writer.write(DemoWriter::Event { ++id, QByteArrayView(when, 19), QByteArrayView(kindCode),
                    e.member + 1, s.groups[size_t(e.group)].id, e.contentItem, e.amount }))
                return err;
        }
        events.clear();
        if (!s.report(double(d + 1) / Days))
            return s.cancelledError();
    }
    return {};
}

} // namespace qundesk::demo
