// Planning the group matrix: how many groups of each purpose the operation runs, their lifecycle
// stages and dates, teams, operators, 活码 channels and regions, and finally their ids and names.

#include "io/DemoPlanner.h"

#include <algorithm>
#include <cmath>

namespace qundesk::demo {

void Planner::timeGroup(GroupPlan &g)
{
    switch (g.stage) {
    case Stage::Strong:
        g.filledDay = -m_rng.range(1, 28);
        g.createdDay = g.filledDay - m_rng.range(7, 21);
        break;
    case Stage::Daily:
        g.createdDay = -m_rng.range(75, 330);
        g.filledDay = g.createdDay + m_rng.range(10, 40);
        break;
    case Stage::Weak:
        g.createdDay = -m_rng.range(200, 360);
        g.filledDay = g.createdDay + m_rng.range(15, 45);
        break;
    case Stage::Zombie:
        g.createdDay = -m_rng.range(180, 360);
        g.filledDay = g.createdDay + m_rng.range(15, 45);
        g.silentFromDay = -m_rng.range(15, 45);
        break;
    case Stage::Archived:
        g.createdDay = -m_rng.range(220, 360);
        g.filledDay = g.createdDay + m_rng.range(15, 45);
        g.statusDay = -m_rng.range(10, 60);
        break;
    case Stage::Dissolved:
        g.createdDay = -m_rng.range(220, 360);
        g.filledDay = g.createdDay + m_rng.range(15, 45);
        g.statusDay = -m_rng.range(15, 80);
        break;
    }
    if (g.purpose == Purpose::Master) {
        g.createdDay = -m_rng.range(340, 364);
        g.filledDay = g.createdDay + m_rng.range(20, 50);
    }
}

int Planner::addGroup(int pool, Stage stage)
{
    Pool &p = m_pools[pool];
    GroupPlan g;
    g.purpose = p.purpose;
    g.tier = p.tier;
    g.segment = p.segment;
    g.pool = pool;
    g.stage = stage;
    timeGroup(g);
    const int teams = int(m_state.words.teams.size());
    switch (g.purpose) {
    case Purpose::Sub:
    case Purpose::Guide:
    case Purpose::Perks:
    case Purpose::AfterSales:
        g.team = m_rng.range(1, teams);
        g.operatorId = m_state.specialistOf(g.team, m_rng);
        break;
    case Purpose::Material:
        g.operatorId = m_state.specialistOf(m_rng.range(1, teams), m_rng);
        break;
    case Purpose::Training:
        g.operatorId = m_state.operatorWithRole("trainer", m_rng);
        break;
    case Purpose::Master:
        g.operatorId = m_state.operatorWithRole("manager", m_rng);
        break;
    }
    if (g.purpose == Purpose::Sub && g.segment == Segment::Store)
        g.region = m_state.regionPicker.pick(m_rng) + 1;
    if (g.purpose == Purpose::Guide || g.purpose == Purpose::Perks) {
        g.channel = m_state.channelPicker.pick(m_rng) + 1;
        if (g.channel == 4 && m_rng.chance(0.8)) // 门店海报: shop posters recruit locally
            g.region = m_state.regionPicker.pick(m_rng) + 1;
    }
    const int index = int(m_state.groups.size());
    m_state.groups.push_back(g);
    p.groups.push_back(index);
    return index;
}

void Planner::planGroups()
{
    const int n = m_state.options.members;
    for (int p = 0; p < SubPools; ++p) {
        m_pools[p].purpose = Purpose::Sub;
        m_pools[p].tier = p < 2 ? p + 1 : p < 4 ? 3 : 4;
        m_pools[p].segment = p < 2 ? Segment::Mixed : (p % 2 == 0 ? Segment::Store : Segment::Online);
    }
    m_pools[GuidePool].purpose = Purpose::Guide;
    m_pools[PerksPool].purpose = Purpose::Perks;
    m_pools[AfterSalesPool].purpose = Purpose::AfterSales;
    m_pools[MaterialPool].purpose = Purpose::Material;
    m_pools[TrainingPool].purpose = Purpose::Training;
    for (int p = GuidePool; p <= AfterSalesPool; ++p)
        m_pools[p].segment = Segment::Consumer;

    // One master group per tier, then the numbered groups: about one per 150 members, at least 60
    // so the matrix looks like a real operation, at most 4,000 so it still reads like one brand.
    for (int tier = 1; tier <= 4; ++tier) {
        GroupPlan g;
        g.purpose = Purpose::Master;
        g.tier = tier;
        g.stage = Stage::Daily;
        g.pool = -1;
        timeGroup(g);
        g.operatorId = m_state.operatorWithRole("manager", m_rng);
        m_masterOfTier[size_t(tier)] = int(m_state.groups.size());
        m_state.groups.push_back(g);
    }
    const int total = std::clamp(int(std::lround(n / 150.0)), 60, 4000);
    const int rest = total - 4;
    std::vector<int> poolMembers(PoolCount, 0);
    for (int p : m_primaryPool) {
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
        const int count = std::max({ 1, int(std::lround(subTarget * share)), needed(poolMembers[size_t(p)], 1.15) });
        for (int k = 0; k < count; ++k)
            addGroup(p, Stage::Daily);
    }
    const struct
    {
        int pool;
        double share;
        int members;
    } others[] = {
        { GuidePool, 0.26, guideMembers },
        { PerksPool, 0.09, int(guideMembers * 0.30) },
        { AfterSalesPool, 0.05, int(guideMembers * 0.10) },
        { MaterialPool, 0.04, int(n * 0.04) },
        { TrainingPool, 0.06, int(subMembers * 0.25) },
    };
    for (const auto &o : others) {
        const int count = std::max({ 1, int(std::lround(rest * o.share)), needed(o.members, 1.15) });
        for (int k = 0; k < count; ++k)
            addGroup(o.pool, Stage::Daily);
    }

    // Lifecycle stages: most groups in daily operation, a fifth freshly filled, some fading, a few
    // zombies, archived and dissolved ones.
    for (GroupPlan &g : m_state.groups) {
        if (g.purpose == Purpose::Master)
            continue;
        const double r = m_rng.real();
        if (g.purpose == Purpose::Material)
            g.stage = r < 0.3 ? Stage::Strong : Stage::Daily;
        else if (g.purpose == Purpose::Training)
            g.stage = r < 0.3 ? Stage::Strong : r < 0.7 ? Stage::Daily : Stage::Archived;
        else
            g.stage = r < 0.20 ? Stage::Strong
                : r < 0.64     ? Stage::Daily
                : r < 0.81     ? Stage::Weak
                : r < 0.88     ? Stage::Zombie
                : r < 0.92     ? Stage::Archived
                               : Stage::Dissolved;
    }
    ensureStages();
    for (GroupPlan &g : m_state.groups) {
        if (g.purpose != Purpose::Master)
            timeGroup(g);
    }
}

// Every lifecycle situation appears at least a few times, and every pool keeps a group that
// takes new members.
void Planner::ensureStages()
{
    const struct
    {
        Stage stage;
        int minimum;
    } wanted[] = { { Stage::Strong, 3 }, { Stage::Weak, 2 }, { Stage::Zombie, 2 }, { Stage::Archived, 1 },
        { Stage::Dissolved, 2 } };
    for (const auto &w : wanted) {
        int have = 0;
        for (const GroupPlan &g : m_state.groups)
            have += (g.stage == w.stage && g.purpose != Purpose::Master) ? 1 : 0;
        for (size_t i = 0; i < m_state.groups.size() && have < w.minimum; ++i) {
            GroupPlan &g = m_state.groups[i];
            if (g.stage != Stage::Daily || (g.purpose != Purpose::Sub && g.purpose != Purpose::Guide))
                continue;
            int dailyInPool = 0;
            for (int other : m_pools[g.pool].groups)
                dailyInPool += m_state.groups[size_t(other)].stage == Stage::Daily ? 1 : 0;
            if (dailyInPool < 2)
                continue;
            g.stage = w.stage;
            ++have;
        }
    }
    for (Pool &p : m_pools) {
        bool takesMembers = false;
        for (int gi : p.groups) {
            const Stage st = m_state.groups[size_t(gi)].stage;
            takesMembers = takesMembers || st == Stage::Strong || st == Stage::Daily;
        }
        if (!takesMembers && !p.groups.empty())
            m_state.groups[size_t(p.groups.front())].stage = Stage::Daily;
    }
}

void Planner::buildPickers()
{
    const int regions = m_state.regionPicker.size();
    const int channels = m_state.channelPicker.size();
    for (Pool &p : m_pools) {
        p.picker = WeightedPicker();
        p.byKey.assign(size_t(std::max(regions, channels) + 1), {});
        for (int gi : p.groups) {
            const GroupPlan &g = m_state.groups[size_t(gi)];
            p.picker.add(stageWeight(g.stage));
            const int key = p.purpose == Purpose::Sub ? g.region : g.channel;
            if (key > 0 && (g.stage == Stage::Strong || g.stage == Stage::Daily))
                p.byKey[size_t(key)].push_back(gi);
        }
    }
}

// Ids, numbers and names: masters first (sub-groups point at them), then each purpose in turn.
void Planner::finishGroups()
{
    const char *const tierNames[] = { "", "百万级", "三十万级", "五万级", "9800级" };
    std::vector<int> order;
    for (int tier = 1; tier <= 4; ++tier)
        order.push_back(m_masterOfTier[size_t(tier)]);
    for (int tier = 1; tier <= 4; ++tier) {
        for (int p = 0; p < SubPools; ++p) {
            if (m_pools[p].tier == tier)
                order.insert(order.end(), m_pools[p].groups.begin(), m_pools[p].groups.end());
        }
    }
    for (int p = GuidePool; p < PoolCount; ++p)
        order.insert(order.end(), m_pools[p].groups.begin(), m_pools[p].groups.end());

    std::vector<int> numberOfTier(5, 0);
    std::vector<int> numberOfPurpose(8, 0);
    qint64 id = 0;
    for (int gi : order) {
        GroupPlan &g = m_state.groups[size_t(gi)];
        g.id = ++id;
        const QByteArray brand = QByteArrayLiteral("花漾");
        switch (g.purpose) {
        case Purpose::Master:
            g.name = brand + tierNames[g.tier] + "总群";
            break;
        case Purpose::Sub:
            g.number = ++numberOfTier[size_t(g.tier)];
            g.name = brand + tierNames[g.tier] + QByteArray::number(g.number) + "群";
            g.parentId = m_state.groups[size_t(m_masterOfTier[size_t(g.tier)])].id;
            break;
        default: {
            g.number = ++numberOfPurpose[size_t(g.purpose)];
            const char *stem = g.purpose == Purpose::Guide ? "宠粉群"
                : g.purpose == Purpose::Perks              ? "福利群"
                : g.purpose == Purpose::AfterSales         ? "售后服务群"
                : g.purpose == Purpose::Material           ? "素材共创群"
                                                           : "新人训练营";
            g.name = brand + stem + QByteArray::number(g.number) + (g.purpose == Purpose::Training ? "期" : "群");
            break;
        }
        }
    }
    // From here on a group's index is its id - 1.
    for (MembershipPlan &ms : m_state.memberships)
        ms.group = int(m_state.groups[size_t(ms.group)].id - 1);
    std::sort(m_state.groups.begin(), m_state.groups.end(),
        [](const GroupPlan &a, const GroupPlan &b) { return a.id < b.id; });
}

} // namespace qundesk::demo
