// Planning the people side of the demo: members' attributes, who is in which group from when to
// when, KOCs, the blacklist and the roles inside each group. Everything is decided in memory
// first (compact structs, about 100 bytes per member) and written afterwards, because members,
// groups and memberships refer to one another.

#include "io/DemoPlanner.h"

#include <algorithm>
#include <cmath>

namespace qundesk::demo {

namespace {

int subPoolOf(const MemberPlan &m)
{
    if (m.tier == 1)
        return 0;
    if (m.tier == 2)
        return 1;
    const int base = m.tier == 3 ? 2 : 4;
    return base + (m.identity == Identity::Online ? 1 : 0);
}

} // namespace

void Planner::planAttributes()
{
    const int n = m_state.options.members;
    m_state.members.resize(size_t(n));
    m_primaryPool.assign(size_t(n), -1);
    m_openPrimary.assign(size_t(n), -1);
    for (int i = 0; i < n; ++i) {
        MemberPlan &m = m_state.members[size_t(i)];
        const double r = m_rng.real();
        m.identity = r < 0.38 ? Identity::Store
            : r < 0.68        ? Identity::Online
            : r < 0.95        ? Identity::Consumer
                              : Identity::Unknown;
        const bool distributor = m.identity == Identity::Store || m.identity == Identity::Online;
        m.female = m_rng.chance(distributor ? 0.8 : 0.9);
        m.channel = quint16(m_state.channelPicker.pick(m_rng) + 1);
        m.region = quint16(m_state.regionPicker.pick(m_rng) + 1);
        if (distributor) {
            const double t = m_rng.real();
            m.tier = t < 0.015 ? 1 : t < 0.075 ? 2 : t < 0.30 ? 3 : 4;
            const double v = m_rng.real();
            m.verification = v < 0.78 ? Verification::Verified
                : v < 0.86            ? Verification::Pending
                : v < 0.95            ? Verification::Unverified
                                      : Verification::Rejected;
        }
        // A quarter hardly ever speaks; the rest follow a long tail.
        if (m_rng.chance(0.25))
            m.activity = float(0.05 + 0.1 * m_rng.real());
        else
            m.activity = float(std::min(8.0, 0.25 - 1.1 * std::log(1.0 - m_rng.real())));
        if (distributor && m.verification == Verification::Verified)
            m_primaryPool[size_t(i)] = subPoolOf(m);
        else if (!distributor && m_rng.chance(0.92))
            m_primaryPool[size_t(i)] = GuidePool;
    }
}

qint64 Planner::joinTime(const GroupPlan &g, qint64 earliest)
{
    const qint64 start = std::max(qint64(g.createdDay) * Clock::Day + 9 * Clock::Hour, earliest);
    const qint64 end = g.joinEnd(m_now) - Clock::Hour;
    if (start >= end)
        return NoTime;
    const qint64 fillEnd = std::min(end, qint64(g.filledDay) * Clock::Day + 22 * Clock::Hour);
    const qint64 to = (start < fillEnd && m_rng.chance(0.78)) ? fillEnd : end;
    // A day in the window, then a waking hour on it.
    const int day = m_rng.range(Clock::dayOf(start), Clock::dayOf(to));
    const qint64 t = qint64(day) * Clock::Day + m_rng.range(8 * 3600, 23 * 3600 - 1);
    return std::clamp(t, start, to);
}

int Planner::pickGroup(int pool, const MemberPlan &m, bool allowDissolved, qint64 joinAfter)
{
    Pool &p = m_pools[pool];
    auto hasRoom = [&](int gi) {
        const GroupPlan &g = m_state.groups[size_t(gi)];
        const bool inTime
            = g.joinEnd(m_now) - Clock::Hour > std::max(joinAfter, qint64(g.createdDay) * Clock::Day + 9 * Clock::Hour);
        if (g.stage == Stage::Dissolved)
            return allowDissolved && inTime && g.total < FillLimit;
        return inTime && g.open < FillLimit;
    };
    // Members mostly land in the group of their own city (store groups) or of the 活码 they scanned.
    const int key = p.purpose == Purpose::Sub ? m.region : m.channel;
    if (key > 0 && size_t(key) < p.byKey.size() && !p.byKey[size_t(key)].empty() && m_rng.chance(0.65)) {
        const std::vector<int> &local = p.byKey[size_t(key)];
        const int gi = local[size_t(m_rng.below(int(local.size())))];
        if (hasRoom(gi))
            return gi;
    }
    if (!p.groups.empty()) {
        const int first = p.picker.pick(m_rng);
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
    MemberPlan &m = m_state.members[size_t(member)];
    if (earliest != NoTime && earliest >= m_now - 2 * Clock::Hour)
        return false;
    int gi = pickGroup(pool, m, true, earliest);
    GroupPlan *g = &m_state.groups[size_t(gi)];
    qint64 joined = joinTime(*g, earliest);
    if (joined == NoTime)
        return false;
    auto add = [&](int groupIndex, qint64 at) -> MembershipPlan & {
        MembershipPlan ms;
        ms.member = member;
        ms.group = groupIndex;
        ms.joined = at;
        m_state.memberships.push_back(ms);
        GroupPlan &target = m_state.groups[size_t(groupIndex)];
        ++target.total;
        ++target.open;
        if (m.firstJoin == NoTime || at < m.firstJoin)
            m.firstJoin = at;
        return m_state.memberships.back();
    };

    if (g->stage == Stage::Dissolved) {
        const qint64 dissolvedAt = qint64(g->statusDay) * Clock::Day + 10 * Clock::Hour + m_rng.range(0, 8 * 3600);
        MembershipPlan &old = add(gi, joined);
        old.left = std::max(dissolvedAt, joined + Clock::Hour);
        --g->open;
        const qint64 leftAt = old.left;
        if (!m_rng.chance(0.72)) {
            m_state.memberships.back().leave = Leave::Dissolved;
            return false;
        }
        m_state.memberships.back().leave = Leave::Migrated;
        const int next = pickGroup(pool, m, false, leftAt);
        const GroupPlan &ng = m_state.groups[size_t(next)];
        const qint64 at
            = std::max(leftAt + m_rng.range(600, 2 * 86400), qint64(ng.createdDay) * Clock::Day + 9 * Clock::Hour);
        if (at >= ng.joinEnd(m_now) - Clock::Hour)
            return false;
        add(next, at);
        gi = next;
        g = &m_state.groups[size_t(gi)];
        joined = at;
    } else {
        add(gi, joined);
    }
    const double p = churn * (g->stage == Stage::Weak ? 2.0 : g->stage == Stage::Zombie ? 3.0 : 1.0);
    if (joined + 2 * Clock::Day < m_now && m_rng.chance(p)) {
        MembershipPlan &ms = m_state.memberships.back();
        ms.left = m_rng.wakingTime(joined + Clock::Day, m_now - Clock::Hour);
        ms.leave = Leave::Left;
        --g->open;
        return false;
    }
    return true;
}

void Planner::assignPrimary()
{
    const int n = m_state.options.members;
    for (int i = 0; i < n; ++i) {
        const int pool = m_primaryPool[size_t(i)];
        if (pool < 0)
            continue;
        if (assign(i, pool, NoTime, 0.05))
            m_openPrimary[size_t(i)] = int(m_state.memberships.size()) - 1;
        if (i % 4096 == 0 && !m_state.report(0.1 + 0.4 * i / n))
            return;
    }
}

// About 2.5% of the members who have been around for two weeks become KOCs, the more active
// ones more likely (weighted sampling without replacement: the largest u^(1/w) win).
void Planner::chooseKocs()
{
    struct Candidate
    {
        double key;
        int member;
    };
    std::vector<Candidate> candidates;
    for (size_t i = 0; i < m_state.members.size(); ++i) {
        const MemberPlan &m = m_state.members[i];
        if (m_openPrimary[i] < 0 || m.firstJoin > m_now - 14 * Clock::Day)
            continue;
        candidates.push_back({ std::pow(std::max(m_rng.real(), 1e-12), 1.0 / m.activity), int(i) });
    }
    const size_t count = std::min(candidates.size(), size_t(std::lround(m_state.options.members * 0.025)));
    std::partial_sort(candidates.begin(), candidates.begin() + std::ptrdiff_t(count), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return a.key != b.key ? a.key > b.key : a.member < b.member; });
    for (size_t k = 0; k < count; ++k) {
        MemberPlan &m = m_state.members[size_t(candidates[k].member)];
        m.koc = true;
        m.activity = std::min(12.0f, m.activity * 2.5f + 1.0f);
        const qint64 from = m.firstJoin + 14 * Clock::Day;
        const int day = m_rng.range(std::min(Clock::dayOf(from), -1), -1);
        m.kocSince = qint64(day) * Clock::Day + m_rng.range(19 * 3600, 21 * 3600);
    }
}

// A handful of ad spammers were kicked and blacklisted; a few more were kicked for other rule breaks.
void Planner::chooseBlacklist()
{
    std::vector<int> candidates;
    for (size_t i = 0; i < m_state.members.size(); ++i) {
        if (m_openPrimary[i] >= 0 && !m_state.members[i].koc
            && m_state.memberships[size_t(m_openPrimary[i])].joined < m_now - 2 * Clock::Day)
            candidates.push_back(int(i));
    }
    const int blacklist
        = std::min(int(candidates.size()), std::max(5, int(std::lround(m_state.options.members / 2000.0))));
    const int kicked = std::min(int(candidates.size()) - blacklist, int(std::lround(m_state.options.members * 0.003)));
    for (int k = 0; k < blacklist + kicked; ++k) {
        const int pickIndex = k + m_rng.below(int(candidates.size()) - k);
        std::swap(candidates[size_t(k)], candidates[size_t(pickIndex)]);
        const int member = candidates[size_t(k)];
        MemberPlan &m = m_state.members[size_t(member)];
        MembershipPlan &ms = m_state.memberships[size_t(m_openPrimary[size_t(member)])];
        const qint64 at = m_rng.wakingTime(ms.joined + Clock::Hour, m_now - Clock::Hour);
        ms.left = at;
        ms.leave = Leave::Kicked;
        --m_state.groups[size_t(ms.group)].open;
        m_openPrimary[size_t(member)] = -1;
        if (k < blacklist) {
            m.blacklisted = true;
            m.blacklistedAt = at;
        }
    }
}

void Planner::assignSecondary()
{
    const int n = m_state.options.members;
    for (int i = 0; i < n; ++i) {
        const int primary = m_openPrimary[size_t(i)];
        if (primary < 0)
            continue;
        const MemberPlan &m = m_state.members[size_t(i)];
        const qint64 after = m_state.memberships[size_t(primary)].joined + m_rng.range(1, 45) * Clock::Day;
        if (after >= m_now - Clock::Hour)
            continue;
        const bool distributor = m.identity == Identity::Store || m.identity == Identity::Online;
        if (!distributor) {
            if (m_rng.chance(0.30))
                assign(i, PerksPool, after, 0.06);
            if (m_rng.chance(0.10))
                assign(i, AfterSalesPool, after + m_rng.range(0, 20) * Clock::Day, 0.1);
        } else if (m.firstJoin > m_now - 150 * Clock::Day && m_rng.chance(0.55)) {
            assign(i, TrainingPool, m_state.memberships[size_t(primary)].joined + m_rng.range(0, 3) * Clock::Day, 0.02);
        }
        if ((m.koc && m_rng.chance(0.8)) || (distributor && m_rng.chance(0.025)))
            assign(i, MaterialPool, std::max(after, m.kocSince), 0.03);
        if (i % 8192 == 0 && !m_state.report(0.55 + 0.25 * i / n))
            return;
    }
}

// The master group of each tier holds its key people: KOCs first, then a share of the others.
void Planner::assignMasters()
{
    for (int tier = 1; tier <= 4; ++tier) {
        const int gi = m_masterOfTier[size_t(tier)];
        std::vector<int> kocs;
        std::vector<int> others;
        for (size_t i = 0; i < m_state.members.size(); ++i) {
            const MemberPlan &m = m_state.members[i];
            if (m.tier != tier || m_openPrimary[i] < 0)
                continue;
            (m.koc ? kocs : others).push_back(int(i));
        }
        const int all = int(kocs.size() + others.size());
        const int want = std::min({ FillLimit, all, std::max(std::min(all, 5), int(std::lround(all * 0.3))) });
        for (size_t k = 0; k < others.size(); ++k)
            std::swap(others[k], others[k + size_t(m_rng.below(int(others.size() - k)))]);
        std::vector<int> chosen = kocs;
        chosen.insert(chosen.end(), others.begin(), others.end());
        chosen.resize(size_t(std::min(want, int(chosen.size()))));
        std::sort(chosen.begin(), chosen.end());
        for (int member : chosen) {
            const GroupPlan &g = m_state.groups[size_t(gi)];
            const qint64 after = std::max(m_state.members[size_t(member)].firstJoin + m_rng.range(1, 20) * Clock::Day,
                qint64(g.createdDay) * Clock::Day);
            if (after >= m_now - Clock::Hour)
                continue;
            const int day = m_rng.range(Clock::dayOf(after), Clock::dayOf(m_now - Clock::Hour));
            const qint64 at
                = std::clamp(qint64(day) * Clock::Day + m_rng.range(9 * 3600, 22 * 3600), after, m_now - Clock::Hour);
            MembershipPlan ms;
            ms.member = member;
            ms.group = gi;
            ms.joined = at;
            m_state.memberships.push_back(ms);
            ++m_state.groups[size_t(gi)].open;
            ++m_state.groups[size_t(gi)].total;
        }
    }
}

// Owners, vice owners and admins come from the most active, trusted members of each group;
// consumer groups are owned by a staff account, so they get vice owners and admins only.
void Planner::assignRoles()
{
    std::vector<std::vector<int>> byGroup(m_state.groups.size());
    for (size_t i = 0; i < m_state.memberships.size(); ++i)
        byGroup[size_t(m_state.memberships[i].group)].push_back(int(i));
    for (size_t gi = 0; gi < m_state.groups.size(); ++gi) {
        GroupPlan &g = m_state.groups[gi];
        const bool dissolved = g.stage == Stage::Dissolved;
        struct Scored
        {
            double score;
            int membership;
        };
        std::vector<Scored> scored;
        for (int mi : byGroup[gi]) {
            const MembershipPlan &ms = m_state.memberships[size_t(mi)];
            if (!dissolved && ms.left != Open)
                continue;
            const MemberPlan &m = m_state.members[size_t(ms.member)];
            scored.push_back({ m.activity * (0.5 + m_rng.real()) * (m.koc ? 3.0 : 1.0), mi });
        }
        std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
            return a.score != b.score ? a.score > b.score : a.membership < b.membership;
        });
        const bool staffOwned
            = g.purpose == Purpose::Guide || g.purpose == Purpose::Perks || g.purpose == Purpose::AfterSales;
        size_t next = 0;
        if (!staffOwned && next < scored.size()) {
            MembershipPlan &owner = m_state.memberships[size_t(scored[next++].membership)];
            owner.role = Role::Owner;
            g.ownerMemberId = owner.member + 1;
        }
        const int vice = m_rng.range(1, 2);
        for (int k = 0; k < vice && next < scored.size(); ++k)
            m_state.memberships[size_t(scored[next++].membership)].role = Role::ViceOwner;
        const int admins = m_rng.range(0, 2);
        for (int k = 0; k < admins && next < scored.size(); ++k) {
            const size_t pickAt = next + size_t(m_rng.below(int(std::min<size_t>(scored.size() - next, 40))));
            std::swap(scored[next], scored[pickAt]);
            m_state.memberships[size_t(scored[next++].membership)].role = Role::Admin;
        }
    }
}

DatabaseError Planner::run()
{
    planAttributes();
    if (!m_state.report(0.05))
        return m_state.cancelledError();
    planGroups();
    buildPickers();
    assignPrimary();
    if (m_state.cancelled)
        return m_state.cancelledError();
    chooseKocs();
    chooseBlacklist();
    assignSecondary();
    if (m_state.cancelled)
        return m_state.cancelledError();
    assignMasters();
    assignRoles();
    if (!m_state.report(0.9))
        return m_state.cancelledError();

    finishGroups();
    return {};
}

DatabaseError planPeople(DemoState &s)
{
    Planner planner(s);
    return planner.run();
}

} // namespace qundesk::demo
