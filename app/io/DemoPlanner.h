#pragma once

// Internal to the demo generator: the planner that decides the group matrix and who is in which
// group from when to when. Its group side lives in DemoMatrix.cpp, its member side in DemoPeople.cpp.

#include "io/DemoPlan.h"

namespace qundesk::demo {

constexpr int FillLimit = 470; // open memberships per group: leave room below the platform cap
constexpr int SubPools = 6; // (tier 1 mixed) (tier 2 mixed) (tier 3 store/online) (tier 4 store/online)

enum PoolKind { GuidePool = SubPools, PerksPool, AfterSalesPool, MaterialPool, TrainingPool, PoolCount };

struct Pool
{
    Purpose purpose = Purpose::Sub;
    int tier = 0;
    Segment segment = Segment::Mixed;
    std::vector<int> groups;
    WeightedPicker picker; // over `groups`, by lifecycle stage
    std::vector<std::vector<int>> byKey; // region id (store sub-groups) or channel id (guide groups) -> groups
};

inline double stageWeight(Stage stage)
{
    switch (stage) {
    case Stage::Strong:
        return 1.0;
    case Stage::Daily:
        return 1.0;
    case Stage::Weak:
        return 0.75;
    case Stage::Zombie:
        return 0.5;
    case Stage::Archived:
        return 0.45;
    case Stage::Dissolved:
        return 0.55;
    }
    return 1.0;
}

class Planner final
{
public:
    explicit Planner(DemoState &state)
        : m_state(state)
        , m_rng(state.options.seed, 2)
        , m_now(state.clock.now())
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

    DemoState &m_state;
    Rng m_rng;
    qint64 m_now;
    Pool m_pools[PoolCount];
    std::vector<int> m_masterOfTier = std::vector<int>(5, -1);
    std::vector<int> m_primaryPool; // per member, -1 none
    std::vector<int> m_openPrimary; // per member: index of the open primary membership, -1 none
};

} // namespace qundesk::demo
