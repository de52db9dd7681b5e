// Planning the people side of the demo: members' attributes, the group matrix, who is in which
// group from when to when, KOCs, the blacklist and the roles inside each group. Everything is
// decided in memory first (compact structs, about 100 bytes per member) and written afterwards,
// because members, groups and memberships refer to one another.

#include "io/DemoPlan.h"

#include <algorithm>
#include <cmath>

namespace qundesk::demo {

namespace {

constexpr int Capacity = 500;
constexpr int FillLimit = 470;   // open memberships per group: leave room below the platform cap
constexpr int SubPools = 6;      // (tier 1 mixed) (tier 2 mixed) (tier 3 store/online) (tier 4 store/online)

enum PoolKind { GuidePool = SubPools, PerksPool, AfterSalesPool, MaterialPool, TrainingPool, PoolCount };

struct Pool
{
    Purpose purpose = Purpose::Sub;
    int tier = 0;
    Segment segment = Segment::Mixed;
    std::vector<int> groups;
    WeightedPicker picker;                 // over `groups`, by lifecycle stage
    std::vector<std::vector<int>> byKey;   // region id (store sub-groups) or channel id (guide groups) -> groups
};

double stageWeight(Stage stage)
{
    switch (stage) {
    case Stage::Strong: return 1.0;
    case Stage::Daily: return 1.0;
    case Stage::Weak: return 0.75;
    case Stage::Zombie: return 0.5;
    case Stage::Archived: return 0.45;
    case Stage::Dissolved: return 0.55;
    }
    return 1.0;
}

class Planner final
{
public:
    explicit Planner(DemoState &state)
        : s(state)
        , rng(state.options.seed, 2)
        , now(state.clock.now())
    {
    }

    DatabaseError run();

private:
    void planAttributes();
    void planGroups();
    int addGroup(int pool, Stage stage);
    void timeGroup(GroupPlan &g);
    void ensureStages();
    void buildPickers();
    int pickGroup(int pool, const MemberPlan &m, bool allowDissolved, qint64 joinAfter);
    qint64 joinTime(const GroupPlan &g, qint64 earliest);
    bool assign(int member, int pool, qint64 earliest, double churn);
    void assignPrimary();
    void chooseKocs();
    void chooseBlacklist();
    void assignSecondary();
    void assignMasters();
    void assignRoles();
    void finishGroups();

    DemoState &s;
    Rng rng;
    qint64 now;
    Pool pools[PoolCount];
    std::vector<int> masterOfTier = std::vector<int>(5, -1);
    std::vector<int> primaryPool;         // per member, -1 none
    std::vector<int> openPrimary;         // per member: index of the open primary membership, -1 none
};

int subPoolOf(const MemberPlan &m)
{
    if (m.tier == 1)
        return 0;
    if (m.tier == 2)
        return 1;
    const int base = m.tier == 3 ? 2 : 4;
    return base + (m.identity == Identity::Online ? 1 : 0);
}

void Planner::planAttributes()
{
    const int n = s.options.members;
    s.members.resize(size_t(n));
    primaryPool.assign(size_t(n), -1);
    openPrimary.assign(size_t(n), -1);
    for (int i = 0; i < n; ++i) {
        MemberPlan &m = s.members[size_t(i)];
        const double r = rng.real();
        m.identity = r < 0.38 ? Identity::Store : r < 0.68 ? Identity::Online : r < 0.95 ? Identity::Consumer : Identity::Unknown;
        const bool distributor = m.identity == Identity::Store || m.identity == Identity::Online;
        m.female = rng.chance(distributor ? 0.8 : 0.9);
        m.channel = quint16(s.channelPicker.pick(rng) + 1);
        m.region = quint16(s.regionPicker.pick(rng) + 1);
        if (distributor) {
            const double t = rng.real();
            m.tier = t < 0.015 ? 1 : t < 0.075 ? 2 : t < 0.30 ? 3 : 4;
            const double v = rng.real();
            m.verification = v < 0.78 ? Verification::Verified : v < 0.86 ? Verification::Pending
                           : v < 0.95 ? Verification::Unverified : Verification::Rejected;
        }
        // A quarter hardly ever speaks; the rest follow a long tail.
        if (rng.chance(0.25))
            m.activity = float(0.05 + 0.1 * rng.real());
        else
            m.activity = float(std::min(8.0, 0.25 - 1.1 * std::log(1.0 - rng.real())));
        if (distributor && m.verification == Verification::Verified)
            primaryPool[size_t(i)] = subPoolOf(m);
        else if (!distributor && rng.chance(0.92))
            primaryPool[size_t(i)] = GuidePool;
    }
}

void Planner::timeGroup(GroupPlan &g)
{
    switch (g.stage) {
    case Stage::Strong:
        g.filledDay = -rng.range(1, 28);
        g.createdDay = g.filledDay - rng.range(7, 21);
        break;
    case Stage::Daily:
        g.createdDay = -rng.range(75, 330);
        g.filledDay = g.createdDay + rng.range(10, 40);
        break;
    case Stage::Weak:
        g.createdDay = -rng.range(200, 360);
        g.filledDay = g.createdDay + rng.range(15, 45);
        break;
    case Stage::Zombie:
        g.createdDay = -rng.range(180, 360);
        g.filledDay = g.createdDay + rng.range(15, 45);
        g.silentFromDay = -rng.range(15, 45);
        break;
    case Stage::Archived:
        g.createdDay = -rng.range(220, 360);
        g.filledDay = g.createdDay + rng.range(15, 45);
        g.statusDay = -rng.range(10, 60);
        break;
    case Stage::Dissolved:
        g.createdDay = -rng.range(220, 360);
        g.filledDay = g.createdDay + rng.range(15, 45);
        g.statusDay = -rng.range(15, 80);
        break;
    }
    if (g.purpose == Purpose::Master) {
        g.createdDay = -rng.range(340, 364);
        g.filledDay = g.createdDay + rng.range(20, 50);
    }
}

int Planner::addGroup(int pool, Stage stage)
{
    Pool &p = pools[pool];
    GroupPlan g;
    g.purpose = p.purpose;
    g.tier = p.tier;
    g.segment = p.segment;
    g.pool = pool;
    g.stage = stage;
    timeGroup(g);
    const int teams = int(s.words.teams.size());
    switch (g.purpose) {
    case Purpose::Sub:
    case Purpose::Guide:
    case Purpose::Perks:
    case Purpose::AfterSales:
        g.team = rng.range(1, teams);
        g.operatorId = s.specialistOf(g.team, rng);
        break;
    case Purpose::Material:
        g.operatorId = s.specialistOf(rng.range(1, teams), rng);
        break;
    case Purpose::Training:
        g.operatorId = s.operatorWithRole("trainer", rng);
        break;
    case Purpose::Master:
        g.operatorId = s.operatorWithRole("manager", rng);
        break;
    }
    if (g.purpose == Purpose::Sub && g.segment == Segment::Store)
        g.region = s.regionPicker.pick(rng) + 1;
    if (g.purpose == Purpose::Guide || g.purpose == Purpose::Perks) {
        g.channel = s.channelPicker.pick(rng) + 1;
        if (g.channel == 4 && rng.chance(0.8)) // 门店海报: shop posters recruit locally
            g.region = s.regionPicker.pick(rng) + 1;
    }
    const int index = int(s.groups.size());
    s.groups.push_back(g);
    p.groups.push_back(index);
    return index;
}

void Planner::planGroups()
{
    const int n = s.options.members;
    for (int p = 0; p < SubPools; ++p) {
        pools[p].purpose = Purpose::Sub;
        pools[p].tier = p < 2 ? p + 1 : p < 4 ? 3 : 4;
        pools[p].segment = p < 2 ? Segment::Mixed : (p % 2 == 0 ? Segment::Store : Segment::Online);
    }
    pools[GuidePool].purpose = Purpose::Guide;
    pools[PerksPool].purpose = Purpose::Perks;
    pools[AfterSalesPool].purpose = Purpose::AfterSales;
    pools[MaterialPool].purpose = Purpose::Material;
    pools[TrainingPool].purpose = Purpose::Training;
    for (int p = GuidePool; p <= AfterSalesPool; ++p)
        pools[p].segment = Segment::Consumer;

    // One master group per tier, then the numbered groups: about one per 150 members, at least 60
    // so the matrix looks like a real operation, at most 4,000 so it still reads like one brand.
    for (int tier = 1; tier <= 4; ++tier) {
        GroupPlan g;
        g.purpose = Purpose::Master;
        g.tier = tier;
        g.stage = Stage::Daily;
        g.pool = -1;
        timeGroup(g);
        g.operatorId = s.operatorWithRole("manager", rng);
        masterOfTier[size_t(tier)] = int(s.groups.size());
        s.groups.push_back(g);
    }
    const int total = std::clamp(int(std::lround(n / 150.0)), 60, 4000);
    const int rest = total - 4;
    std::vector<int> poolMembers(PoolCount, 0);
    for (int p : primaryPool) {
        if (p >= 0)
            ++poolMembers[size_t(p)];
    }
    int subMembers = 0;
    for (int p = 0; p < SubPools; ++p)
        subMembers += poolMembers[size_t(p)];
    const int guideMembers = poolMembers[GuidePool];
    auto needed = [](int members, double share) { return int(std::ceil(members * share / 400.0)); };

    const int subTarget = int(std::lround(rest * 0.50));
    for (int p = 0; p < SubPools; ++p) {
        const double share = subMembers > 0 ? double(poolMembers[size_t(p)]) / subMembers : 1.0 / SubPools;
        const int count = std::max({1, int(std::lround(subTarget * share)), needed(poolMembers[size_t(p)], 1.15)});
        for (int k = 0; k < count; ++k)
            addGroup(p, Stage::Daily);
    }
    const struct { int pool; double share; int members; } others[] = {
        {GuidePool, 0.26, guideMembers},
        {PerksPool, 0.09, int(guideMembers * 0.30)},
        {AfterSalesPool, 0.05, int(guideMembers * 0.10)},
        {MaterialPool, 0.04, int(n * 0.04)},
        {TrainingPool, 0.06, int(subMembers * 0.25)},
    };
    for (const auto &o : others) {
        const int count = std::max({1, int(std::lround(rest * o.share)), needed(o.members, 1.15)});
        for (int k = 0; k < count; ++k)
            addGroup(o.pool, Stage::Daily);
    }

    // Lifecycle stages: most groups in daily operation, a fifth freshly filled, some fading, a few
    // zombies, archived and dissolved ones.
    for (GroupPlan &g : s.groups) {
        if (g.purpose == Purpose::Master)
            continue;
        const double r = rng.real();
        if (g.purpose == Purpose::Material)
            g.stage = r < 0.3 ? Stage::Strong : Stage::Daily;
        else if (g.purpose == Purpose::Training)
            g.stage = r < 0.3 ? Stage::Strong : r < 0.7 ? Stage::Daily : Stage::Archived;
        else
            g.stage = r < 0.20 ? Stage::Strong : r < 0.64 ? Stage::Daily : r < 0.81 ? Stage::Weak
                    : r < 0.88 ? Stage::Zombie : r < 0.92 ? Stage::Archived : Stage::Dissolved;
    }
    ensureStages();
    for (GroupPlan &g : s.groups) {
        if (g.purpose != Purpose::Master)
            timeGroup(g);
    }
}

// Every lifecycle situation appears at least a few times, and every pool keeps a group that
// takes new members.
void Planner::ensureStages()
{
    const struct { Stage stage; int minimum; } wanted[] = {
        {Stage::Strong, 3}, {Stage::Weak, 2}, {Stage::Zombie, 2}, {Stage::Archived, 1}, {Stage::Dissolved, 2}};
    for (const auto &w : wanted) {
        int have = 0;
        for (const GroupPlan &g : s.groups)
            have += (g.stage == w.stage && g.purpose != Purpose::Master) ? 1 : 0;
        for (size_t i = 0; i < s.groups.size() && have < w.minimum; ++i) {
            GroupPlan &g = s.groups[i];
            if (g.stage != Stage::Daily || (g.purpose != Purpose::Sub && g.purpose != Purpose::Guide))
                continue;
            int dailyInPool = 0;
            for (int other : pools[g.pool].groups)
                dailyInPool += s.groups[size_t(other)].stage == Stage::Daily ? 1 : 0;
            if (dailyInPool < 2)
                continue;
            g.stage = w.stage;
            ++have;
        }
    }
    for (Pool &p : pools) {
        bool takesMembers = false;
        for (int gi : p.groups) {
            const Stage st = s.groups[size_t(gi)].stage;
            takesMembers = takesMembers || st == Stage::Strong || st == Stage::Daily;
        }
        if (!takesMembers && !p.groups.empty())
            s.groups[size_t(p.groups.front())].stage = Stage::Daily;
    }
}

void Planner::buildPickers()
{
    const int regions = s.regionPicker.size();
    const int channels = s.channelPicker.size();
    for (Pool &p : pools) {
        p.picker = WeightedPicker();
        p.byKey.assign(size_t(std::max(regions, channels) + 1), {});
        for (int gi : p.groups) {
            const GroupPlan &g = s.groups[size_t(gi)];
            p.picker.add(stageWeight(g.stage));
            const int key = p.purpose == Purpose::Sub ? g.region : g.channel;
            if (key > 0 && (g.stage == Stage::Strong || g.stage == Stage::Daily))
                p.byKey[size_t(key)].push_back(gi);
        }
    }
}

qint64 Planner::joinTime(const GroupPlan &g, qint64 earliest)
{
    const qint64 start = std::max(qint64(g.createdDay) * Clock::Day + 9 * Clock::Hour, earliest);
    const qint64 end = g.joinEnd(now) - Clock::Hour;
    if (start >= end)
        return NoTime;
    const qint64 fillEnd = std::min(end, qint64(g.filledDay) * Clock::Day + 22 * Clock::Hour);
    const qint64 to = (start < fillEnd && rng.chance(0.78)) ? fillEnd : end;
    // A day in the window, then a waking hour on it.
    const int day = rng.range(Clock::dayOf(start), Clock::dayOf(to));
    const qint64 t = qint64(day) * Clock::Day + rng.range(8 * 3600, 23 * 3600 - 1);
    return std::clamp(t, start, to);
}

int Planner::pickGroup(int pool, const MemberPlan &m, bool allowDissolved, qint64 joinAfter)
{
    Pool &p = pools[pool];
    auto hasRoom = [&](int gi) {
        const GroupPlan &g = s.groups[size_t(gi)];
        const bool inTime = g.joinEnd(now) - Clock::Hour > std::max(joinAfter, qint64(g.createdDay) * Clock::Day + 9 * Clock::Hour);
        if (g.stage == Stage::Dissolved)
            return allowDissolved && inTime && g.total < FillLimit;
        return inTime && g.open < FillLimit;
    };
    // Members mostly land in the group of their own city (store groups) or of the 活码 they scanned.
    const int key = p.purpose == Purpose::Sub ? m.region : m.channel;
    if (key > 0 && size_t(key) < p.byKey.size() && !p.byKey[size_t(key)].empty() && rng.chance(0.65)) {
        const std::vector<int> &local = p.byKey[size_t(key)];
        const int gi = local[size_t(rng.below(int(local.size())))];
        if (hasRoom(gi))
            return gi;
    }
    if (!p.groups.empty()) {
        const int first = p.picker.pick(rng);
        for (size_t k = 0; k < p.groups.size(); ++k) {
            const int gi = p.groups[(size_t(first) + k) % p.groups.size()];
            if (hasRoom(gi))
                return gi;
        }
    }
    // Every group of the pool is full: the operation opens another one.
    const int gi = addGroup(pool, Stage::Daily);
    p.picker.add(stageWeight(Stage::Daily));
    return gi;
}

// Puts member into a group of the pool from `earliest` on. Members of a dissolved group either
// moved on to a live group (migrated) or were simply let go. Returns whether the member ends with
// an open membership.
bool Planner::assign(int member, int pool, qint64 earliest, double churn)
{
    MemberPlan &m = s.members[size_t(member)];
    if (earliest != NoTime && earliest >= now - 2 * Clock::Hour)
        return false;
    int gi = pickGroup(pool, m, true, earliest);
    GroupPlan *g = &s.groups[size_t(gi)];
    qint64 joined = joinTime(*g, earliest);
    if (joined == NoTime)
        return false;
    auto add = [&](int groupIndex, qint64 at) -> MembershipPlan & {
        MembershipPlan ms;
        ms.member = member;
        ms.group = groupIndex;
        ms.joined = at;
        s.memberships.push_back(ms);
        GroupPlan &target = s.groups[size_t(groupIndex)];
        ++target.total;
        ++target.open;
        if (m.firstJoin == NoTime || at < m.firstJoin)
            m.firstJoin = at;
        return s.memberships.back();
    };

    if (g->stage == Stage::Dissolved) {
        const qint64 dissolvedAt = qint64(g->statusDay) * Clock::Day + 10 * Clock::Hour + rng.range(0, 8 * 3600);
        MembershipPlan &old = add(gi, joined);
        old.left = std::max(dissolvedAt, joined + Clock::Hour);
        --g->open;
        const qint64 leftAt = old.left;
        if (!rng.chance(0.72)) {
            s.memberships.back().leave = Leave::Dissolved;
            return false;
        }
        s.memberships.back().leave = Leave::Migrated;
        const int next = pickGroup(pool, m, false, leftAt);
        const GroupPlan &ng = s.groups[size_t(next)];
        const qint64 at = std::max(leftAt + rng.range(600, 2 * 86400), qint64(ng.createdDay) * Clock::Day + 9 * Clock::Hour);
        if (at >= ng.joinEnd(now) - Clock::Hour)
            return false;
        add(next, at);
        gi = next;
        g = &s.groups[size_t(gi)];
        joined = at;
    } else {
        add(gi, joined);
    }
    const double p = churn * (g->stage == Stage::Weak ? 2.0 : g->stage == Stage::Zombie ? 3.0 : 1.0);
    if (joined + 2 * Clock::Day < now && rng.chance(p)) {
        MembershipPlan &ms = s.memberships.back();
        ms.left = rng.wakingTime(joined + Clock::Day, now - Clock::Hour);
        ms.leave = Leave::Left;
        --g->open;
        return false;
    }
    return true;
}

void Planner::assignPrimary()
{
    const int n = s.options.members;
    for (int i = 0; i < n; ++i) {
        const int pool = primaryPool[size_t(i)];
        if (pool < 0)
            continue;
        if (assign(i, pool, NoTime, 0.05))
            openPrimary[size_t(i)] = int(s.memberships.size()) - 1;
        if (i % 4096 == 0 && !s.report(0.1 + 0.4 * i / n))
            return;
    }
}

// About 2.5% of the members who have been around for two weeks become KOCs, the more active
// ones more likely (weighted sampling without replacement: the largest u^(1/w) win).
void Planner::chooseKocs()
{
    struct Candidate { double key; int member; };
    std::vector<Candidate> candidates;
    for (size_t i = 0; i < s.members.size(); ++i) {
        const MemberPlan &m = s.members[i];
        if (openPrimary[i] < 0 || m.firstJoin > now - 14 * Clock::Day)
            continue;
        candidates.push_back({std::pow(std::max(rng.real(), 1e-12), 1.0 / m.activity), int(i)});
    }
    const size_t count = std::min(candidates.size(), size_t(std::lround(s.options.members * 0.025)));
    std::partial_sort(candidates.begin(), candidates.begin() + std::ptrdiff_t(count), candidates.end(),
                      [](const Candidate &a, const Candidate &b) {
                          return a.key != b.key ? a.key > b.key : a.member < b.member;
                      });
    for (size_t k = 0; k < count; ++k) {
        MemberPlan &m = s.members[size_t(candidates[k].member)];
        m.koc = true;
        m.activity = std::min(12.0f, m.activity * 2.5f + 1.0f);
        const qint64 from = m.firstJoin + 14 * Clock::Day;
        const int day = rng.range(std::min(Clock::dayOf(from), -1), -1);
        m.kocSince = qint64(day) * Clock::Day + rng.range(19 * 3600, 21 * 3600);
    }
}

// A handful of ad spammers were kicked and blacklisted; a few more were kicked for other rule breaks.
void Planner::chooseBlacklist()
{
    std::vector<int> candidates;
    for (size_t i = 0; i < s.members.size(); ++i) {
        if (openPrimary[i] >= 0 && !s.members[i].koc
            && s.memberships[size_t(openPrimary[i])].joined < now - 2 * Clock::Day)
            candidates.push_back(int(i));
    }
    const int blacklist = std::min(int(candidates.size()), std::max(5, int(std::lround(s.options.members / 2000.0))));
    const int kicked = std::min(int(candidates.size()) - blacklist, int(std::lround(s.options.members * 0.003)));
    for (int k = 0; k < blacklist + kicked; ++k) {
        const int pickIndex = k + rng.below(int(candidates.size()) - k);
        std::swap(candidates[size_t(k)], candidates[size_t(pickIndex)]);
        const int member = candidates[size_t(k)];
        MemberPlan &m = s.members[size_t(member)];
        MembershipPlan &ms = s.memberships[size_t(openPrimary[size_t(member)])];
        const qint64 at = rng.wakingTime(ms.joined + Clock::Hour, now - Clock::Hour);
        ms.left = at;
        ms.leave = Leave::Kicked;
        --s.groups[size_t(ms.group)].open;
        openPrimary[size_t(member)] = -1;
        if (k < blacklist) {
            m.blacklisted = true;
            m.blacklistedAt = at;
        }
    }
}

void Planner::assignSecondary()
{
    const int n = s.options.members;
    for (int i = 0; i < n; ++i) {
        const int primary = openPrimary[size_t(i)];
        if (primary < 0)
            continue;
        const MemberPlan &m = s.members[size_t(i)];
        const qint64 after = s.memberships[size_t(primary)].joined + rng.range(1, 45) * Clock::Day;
        if (after >= now - Clock::Hour)
            continue;
        const bool distributor = m.identity == Identity::Store || m.identity == Identity::Online;
        if (!distributor) {
            if (rng.chance(0.30))
                assign(i, PerksPool, after, 0.06);
            if (rng.chance(0.10))
                assign(i, AfterSalesPool, after + rng.range(0, 20) * Clock::Day, 0.1);
        } else if (m.firstJoin > now - 150 * Clock::Day && rng.chance(0.55)) {
            assign(i, TrainingPool, s.memberships[size_t(primary)].joined + rng.range(0, 3) * Clock::Day, 0.02);
        }
        if ((m.koc && rng.chance(0.8)) || (distributor && rng.chance(0.025)))
            assign(i, MaterialPool, std::max(after, m.kocSince), 0.03);
        if (i % 8192 == 0 && !s.report(0.55 + 0.25 * i / n))
            return;
    }
}

// The master group of each tier holds its key people: KOCs first, then a share of the others.
void Planner::assignMasters()
{
    for (int tier = 1; tier <= 4; ++tier) {
        const int gi = masterOfTier[size_t(tier)];
        std::vector<int> kocs;
        std::vector<int> others;
        for (size_t i = 0; i < s.members.size(); ++i) {
            const MemberPlan &m = s.members[i];
            if (m.tier != tier || openPrimary[i] < 0)
                continue;
            (m.koc ? kocs : others).push_back(int(i));
        }
        const int all = int(kocs.size() + others.size());
        const int want = std::min({FillLimit, all, std::max(std::min(all, 5), int(std::lround(all * 0.3)))});
        for (size_t k = 0; k < others.size(); ++k)
            std::swap(others[k], others[k + size_t(rng.below(int(others.size() - k)))]);
        std::vector<int> chosen = kocs;
        chosen.insert(chosen.end(), others.begin(), others.end());
        chosen.resize(size_t(std::min(want, int(chosen.size()))));
        std::sort(chosen.begin(), chosen.end());
        for (int member : chosen) {
            const GroupPlan &g = s.groups[size_t(gi)];
            const qint64 after = std::max(s.members[size_t(member)].firstJoin + rng.range(1, 20) * Clock::Day,
                                          qint64(g.createdDay) * Clock::Day);
            if (after >= now - Clock::Hour)
                continue;
            const int day = rng.range(Clock::dayOf(after), Clock::dayOf(now - Clock::Hour));
            const qint64 at = std::clamp(qint64(day) * Clock::Day + rng.range(9 * 3600, 22 * 3600), after, now - Clock::Hour);
            MembershipPlan ms;
            ms.member = member;
            ms.group = gi;
            ms.joined = at;
            s.memberships.push_back(ms);
            ++s.groups[size_t(gi)].open;
            ++s.groups[size_t(gi)].total;
        }
    }
}

// Owners, vice owners and admins come from the most active, trusted members of each group;
// consumer groups are owned by a staff account, so they get vice owners and admins only.
void Planner::assignRoles()
{
    std::vector<std::vector<int>> byGroup(s.groups.size());
    for (size_t i = 0; i < s.memberships.size(); ++i)
        byGroup[size_t(s.memberships[i].group)].push_back(int(i));
    for (size_t gi = 0; gi < s.groups.size(); ++gi) {
        GroupPlan &g = s.groups[gi];
        const bool dissolved = g.stage == Stage::Dissolved;
        struct Scored { double score; int membership; };
        std::vector<Scored> scored;
        for (int mi : byGroup[gi]) {
            const MembershipPlan &ms = s.memberships[size_t(mi)];
            if (!dissolved && ms.left != Open)
                continue;
            const MemberPlan &m = s.members[size_t(ms.member)];
            scored.push_back({m.activity * (0.5 + rng.real()) * (m.koc ? 3.0 : 1.0), mi});
        }
        std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
            return a.score != b.score ? a.score > b.score : a.membership < b.membership;
        });
        const bool staffOwned = g.purpose == Purpose::Guide || g.purpose == Purpose::Perks || g.purpose == Purpose::AfterSales;
        size_t next = 0;
        if (!staffOwned && next < scored.size()) {
            MembershipPlan &owner = s.memberships[size_t(scored[next++].membership)];
            owner.role = Role::Owner;
            g.ownerMemberId = owner.member + 1;
        }
        const int vice = rng.range(1, 2);
        for (int k = 0; k < vice && next < scored.size(); ++k)
            s.memberships[size_t(scored[next++].membership)].role = Role::ViceOwner;
        const int admins = rng.range(0, 2);
        for (int k = 0; k < admins && next < scored.size(); ++k) {
            const size_t pickAt = next + size_t(rng.below(int(std::min<size_t>(scored.size() - next, 40))));
            std::swap(scored[next], scored[pickAt]);
            s.memberships[size_t(scored[next++].membership)].role = Role::Admin;
        }
    }
}

// Ids, numbers and names: masters first (sub-groups point at them), then each purpose in turn.
void Planner::finishGroups()
{
    const char *const tierNames[] = {"", "百万级", "三十万级", "五万级", "9800级"};
    std::vector<int> order;
    for (int tier = 1; tier <= 4; ++tier)
        order.push_back(masterOfTier[size_t(tier)]);
    for (int tier = 1; tier <= 4; ++tier) {
        for (int p = 0; p < SubPools; ++p) {
            if (pools[p].tier == tier)
                order.insert(order.end(), pools[p].groups.begin(), pools[p].groups.end());
        }
    }
    for (int p = GuidePool; p < PoolCount; ++p)
        order.insert(order.end(), pools[p].groups.begin(), pools[p].groups.end());

    std::vector<int> numberOfTier(5, 0);
    std::vector<int> numberOfPurpose(8, 0);
    qint64 id = 0;
    for (int gi : order) {
        GroupPlan &g = s.groups[size_t(gi)];
        g.id = ++id;
        const QByteArray brand = QByteArrayLiteral("花漾");
        switch (g.purpose) {
        case Purpose::Master:
            g.name = brand + tierNames[g.tier] + "总群";
            break;
        case Purpose::Sub:
            g.number = ++numberOfTier[size_t(g.tier)];
            g.name = brand + tierNames[g.tier] + QByteArray::number(g.number) + "群";
            g.parentId = s.groups[size_t(masterOfTier[size_t(g.tier)])].id;
            break;
        default: {
            g.number = ++numberOfPurpose[size_t(g.purpose)];
            const char *stem = g.purpose == Purpose::Guide ? "宠粉群"
                             : g.purpose == Purpose::Perks ? "福利群"
                             : g.purpose == Purpose::AfterSales ? "售后服务群"
                             : g.purpose == Purpose::Material ? "素材共创群" : "新人训练营";
            g.name = brand + stem + QByteArray::number(g.number) + (g.purpose == Purpose::Training ? "期" : "群");
            break;
        }
        }
    }
    // From here on a group's index is its id - 1.
    for (MembershipPlan &ms : s.memberships)
        ms.group = int(s.groups[size_t(ms.group)].id - 1);
    std::sort(s.groups.begin(), s.groups.end(), [](const GroupPlan &a, const GroupPlan &b) { return a.id < b.id; });
}

DatabaseError Planner::run()
{
    planAttributes();
    if (!s.report(0.05))
        return s.cancelledError();
    planGroups();
    buildPickers();
    assignPrimary();
    if (s.cancelled)
        return s.cancelledError();
    chooseKocs();
    chooseBlacklist();
    assignSecondary();
    if (s.cancelled)
        return s.cancelledError();
    assignMasters();
    assignRoles();
    if (!s.report(0.9))
        return s.cancelledError();

    finishGroups();
    return {};
}

} // namespace

DatabaseError planPeople(DemoState &s)
{
    Planner planner(s);
    return planner.run();
}

} // namespace qundesk::demo
