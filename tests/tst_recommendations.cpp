#include "analytics/Recommendations.h"

#include <QTest>

using namespace qundesk;

namespace {

LifecycleAssessment stage(LifecycleStage s)
{
    return LifecycleAssessment{s, QStringLiteral("why"), QStringLiteral("why"), {}};
}

// An active group of tier 1, team 1, store segment, 500 places.
RecommendationGroup group(qint64 id, LifecycleStage s, int members)
{
    RecommendationGroup g;
    g.id = id;
    g.name = QStringLiteral("花漾9800级%1群").arg(id);
    g.number = int(id);
    g.purpose = GroupPurpose::Sub;
    g.tierId = 1;
    g.teamId = 1;
    g.identitySegment = IdentitySegment::Store;
    g.parentId = 0;
    g.members = members;
    g.assessment = stage(s);
    g.activeRate7d = s == LifecycleStage::Zombie ? 0.0 : 0.5;
    g.hasOnboardingSop = true;
    g.kocCount = 1;
    return g;
}

RecommendationGroup zombie(qint64 id, int members, int active30d)
{
    RecommendationGroup g = group(id, LifecycleStage::Zombie, members);
    g.active30d = active30d;
    return g;
}

const Recommendation *find(const QList<Recommendation> &list, const QString &id)
{
    for (const Recommendation &r : list) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QStringList ids(const QList<Recommendation> &list)
{
    QStringList out;
    for (const Recommendation &r : list)
        out.append(r.id);
    return out;
}

} // namespace

class TestRecommendations : public QObject
{
    Q_OBJECT

private slots:
    void codesRoundTrip()
    {
        for (const RecommendationAction a : allRecommendationActions())
            QCOMPARE(recommendationActionFromCode(recommendationActionCode(a)), a);
        QCOMPARE(recommendationActionCode(RecommendationAction::MigrateAndDissolve), QStringLiteral("dissolve"));
        QVERIFY(!recommendationActionFromCode(QStringLiteral("nope")));
    }

    // Room in a group of another purpose does not count: shopping-guide members are not moved
    // into an after-sales group; they get a new sub-group of their own kind.
    void targetHasTheSamePurpose()
    {
        RecommendationGroup afterSales = group(2, LifecycleStage::Daily, 100);
        afterSales.purpose = GroupPurpose::AfterSales;
        RecommendationGroup guide = zombie(1, 60, 12);
        guide.purpose = GroupPurpose::ShoppingGuide;
        const QList<Recommendation> recs = recommend({guide, afterSales}, {}, LifecycleThresholds{});
        const Recommendation *r = find(recs, QStringLiteral("dissolve-1"));
        QVERIFY(r);
        QCOMPARE(r->targetGroupId, qint64(0));
        QCOMPARE(r->members, 12);

        RecommendationGroup otherGuide = group(3, LifecycleStage::Daily, 100);
        otherGuide.purpose = GroupPurpose::ShoppingGuide;
        const QList<Recommendation> again = recommend({guide, afterSales, otherGuide}, {}, LifecycleThresholds{});
        QCOMPARE(find(again, QStringLiteral("dissolve-1"))->targetGroupId, qint64(3));
    }

    void zombieMovesToTheLiveGroupWithMostRoom()
    {
        const QList<RecommendationGroup> groups = {zombie(1, 60, 12), group(2, LifecycleStage::Daily, 400),
                                                   group(3, LifecycleStage::Daily, 300),
                                                   group(4, LifecycleStage::Strong, 350)};
        const QList<Recommendation> recs = recommend(groups, {}, LifecycleThresholds{});
        const Recommendation *r = find(recs, QStringLiteral("dissolve-1"));
        QVERIFY(r);
        QCOMPARE(r->action, RecommendationAction::MigrateAndDissolve);
        QCOMPARE(r->groupId, 1);
        QCOMPARE(r->targetGroupId, 3);          // 200 free beats 150 and 100
        QCOMPARE(r->targetName, groups.at(2).name);
        QCOMPARE(r->members, 12);
        QVERIFY(!r->createsGroup());
        QVERIFY(r->reason.contains(groups.at(2).name));
    }

    void tiesGoToTheLowestId()
    {
        const QList<RecommendationGroup> groups = {group(7, LifecycleStage::Daily, 300), zombie(1, 60, 5),
                                                   group(5, LifecycleStage::Daily, 300)};
        const QList<Recommendation> recs = recommend(groups, {}, LifecycleThresholds{});
        QCOMPARE(find(recs, QStringLiteral("dissolve-1"))->targetGroupId, 5);
    }

    void targetMustMatchAndBeLive_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("other tier") << 0;
        QTest::newRow("other team") << 1;
        QTest::newRow("other identity") << 2;
        QTest::newRow("weak") << 3;
        QTest::newRow("zombie") << 4;
        QTest::newRow("archived") << 5;
        QTest::newRow("master group") << 6;
        QTest::newRow("no tier vs tier") << 7;
    }

    void targetMustMatchAndBeLive()
    {
        QFETCH(int, change);
        RecommendationGroup h = group(2, LifecycleStage::Daily, 100);
        switch (change) {
        case 0: h.tierId = 2; break;
        case 1: h.teamId = 2; break;
        case 2: h.identitySegment = IdentitySegment::Online; break;
        case 3: h.assessment = stage(LifecycleStage::Weak); h.activeRate7d = 0.15; break;
        case 4: h.assessment = stage(LifecycleStage::Zombie); break;
        case 5: h.status = GroupStatus::Archived; h.assessment.reset(); break;
        case 6: h.purpose = GroupPurpose::Master; break;
        case 7: h.tierId = 0; break;
        }
        const QList<Recommendation> recs = recommend({zombie(1, 50, 10), h}, {}, LifecycleThresholds{});
        const Recommendation *r = find(recs, QStringLiteral("dissolve-1"));
        QVERIFY(r);
        QCOMPARE(r->targetGroupId, 0);
        QVERIFY(r->createsGroup());
    }

    void groupsWithoutTierMatchEachOther()
    {
        RecommendationGroup src = zombie(1, 50, 10);
        RecommendationGroup h = group(2, LifecycleStage::Daily, 100);
        src.tierId = 0;
        h.tierId = 0;
        QCOMPARE(find(recommend({src, h}, {}, LifecycleThresholds{}), QStringLiteral("dissolve-1"))->targetGroupId, 2);
    }

    void capacity_data()
    {
        QTest::addColumn<int>("targetMembers");
        QTest::addColumn<int>("active");
        QTest::addColumn<qint64>("expectedTarget");
        QTest::newRow("exactly fits") << 460 << 40 << qint64(2);
        QTest::newRow("one too many") << 461 << 40 << qint64(0);
        QTest::newRow("full") << 500 << 1 << qint64(0);
        QTest::newRow("over capacity") << 520 << 1 << qint64(0);
    }

    void capacity()
    {
        QFETCH(int, targetMembers);
        QFETCH(int, active);
        QFETCH(qint64, expectedTarget);
        const QList<Recommendation> recs
            = recommend({zombie(1, 80, active), group(2, LifecycleStage::Daily, targetMembers)}, {}, LifecycleThresholds{});
        const Recommendation *r = find(recs, QStringLiteral("dissolve-1"));
        QVERIFY(r);
        QCOMPARE(r->targetGroupId, expectedTarget);
        QCOMPARE(r->members, active);
        QCOMPARE(r->createsGroup(), expectedTarget == 0);
    }

    void roomIsConsumedAcrossSources()
    {
        // 40 places in group 3; two zombies of 30 and 10 fit together, a third of 1 does not.
        const QList<RecommendationGroup> groups = {zombie(1, 60, 30), zombie(2, 60, 10), zombie(4, 60, 1),
                                                   group(3, LifecycleStage::Daily, 460)};
        const QList<Recommendation> recs = recommend(groups, {}, LifecycleThresholds{});
        QCOMPARE(find(recs, QStringLiteral("dissolve-1"))->targetGroupId, 3);
        QCOMPARE(find(recs, QStringLiteral("dissolve-2"))->targetGroupId, 3);
        const Recommendation *third = find(recs, QStringLiteral("dissolve-4"));
        QCOMPARE(third->targetGroupId, 0);
        QVERIFY(third->createsGroup());

        // Two zombies of 30 for the same last 40 places: the first (lower id) takes them.
        const QList<Recommendation> two
            = recommend({zombie(1, 60, 30), zombie(2, 60, 30), group(3, LifecycleStage::Daily, 460)}, {},
                        LifecycleThresholds{});
        QCOMPARE(find(two, QStringLiteral("dissolve-1"))->targetGroupId, 3);
        QCOMPARE(find(two, QStringLiteral("dissolve-2"))->targetGroupId, 0);
    }

    void newSubGroupsAreNumberedAfterTheFamily()
    {
        RecommendationGroup a = zombie(16, 60, 20);
        RecommendationGroup b = zombie(17, 60, 20);
        b.teamId = 2;   // a different segment: needs its own sub-group
        RecommendationGroup dissolved = group(23, LifecycleStage::Daily, 0);
        dissolved.status = GroupStatus::Dissolved;
        dissolved.assessment.reset();
        RecommendationGroup otherFamily = group(40, LifecycleStage::Daily, 100);
        otherFamily.purpose = GroupPurpose::Perks;
        otherFamily.number = 90;
    otherFamily.teamId = 9;
        const QList<Recommendation> recs = recommend({a, b, dissolved, otherFamily}, {}, LifecycleThresholds{});
        const Recommendation *ra = find(recs, QStringLiteral("dissolve-16"));
        const Recommendation *rb = find(recs, QStringLiteral("dissolve-17"));
        QCOMPARE(ra->newGroupNumber, 24);    // dissolved groups keep their numbers
        QCOMPARE(ra->targetName, QStringLiteral("花漾9800级24群"));
        QCOMPARE(rb->newGroupNumber, 25);    // reserved across sources
        QCOMPARE(rb->targetName, QStringLiteral("花漾9800级25群"));
        QVERIFY(ra->reason.contains(QStringLiteral("花漾9800级24群")));
    }

    void newSubGroupNameSkipsLiveNames()
    {
        RecommendationGroup a = zombie(2, 60, 20);
        RecommendationGroup clash = group(9, LifecycleStage::Daily, 100);
        clash.purpose = GroupPurpose::Other;      // another family, but it holds the name
        clash.name = QStringLiteral("花漾9800级3群");
        clash.teamId = 5;
        const QList<Recommendation> rList = recommend({a, clash}, {}, LifecycleThresholds{});
        const Recommendation *r = find(rList, QStringLiteral("dissolve-2"));
        QCOMPARE(r->targetName, QStringLiteral("花漾9800级4群"));
        QCOMPARE(r->newGroupNumber, 4);
    }

    void subGroupNames()
    {
        QCOMPARE(subGroupName(QStringLiteral("花漾9800级2群"), 2, 24), QStringLiteral("花漾9800级24群"));
        QCOMPARE(subGroupName(QStringLiteral("宠粉群12"), 12, 13), QStringLiteral("宠粉群13"));
        QCOMPARE(subGroupName(QStringLiteral("群1-1"), 1, 2), QStringLiteral("群1-2"));
        QCOMPARE(subGroupName(QStringLiteral("福利群"), 0, 2), QStringLiteral("福利群 2"));
        QCOMPARE(subGroupName(QStringLiteral("福利群A"), 3, 4), QStringLiteral("福利群A 4"));
    }

    void zombieWithoutActiveMembersIsJustDissolved()
    {
        const QList<Recommendation> recs
            = recommend({zombie(1, 60, 0), group(2, LifecycleStage::Daily, 100)}, {}, LifecycleThresholds{});
        const Recommendation *r = find(recs, QStringLiteral("dissolve-1"));
        QCOMPARE(r->members, 0);
        QCOMPARE(r->targetGroupId, 0);
        QVERIFY(!r->createsGroup());
    }

    void deepWeakBoundary_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<bool>("dissolve");
        QTest::newRow("just below half") << 0.0999 << true;
        QTest::newRow("exactly half") << 0.10 << false;
        QTest::newRow("weak but above half") << 0.15 << false;
    }

    void deepWeakBoundary()
    {
        QFETCH(double, rate);
        QFETCH(bool, dissolve);
        RecommendationGroup weak = group(1, LifecycleStage::Weak, 100);
        weak.activeRate7d = rate;
        weak.active30d = 15;
        QCOMPARE(isDissolveCandidate(weak, LifecycleThresholds{}), dissolve);
        const QList<Recommendation> recs = recommend({weak, group(2, LifecycleStage::Daily, 100)}, {}, LifecycleThresholds{});
        QCOMPARE(find(recs, QStringLiteral("dissolve-1")) != nullptr, dissolve);
        if (dissolve)
            QCOMPARE(find(recs, QStringLiteral("dissolve-1"))->members, 15);
    }

    void dailyGroupsAreLeftAlone()
    {
        RecommendationGroup daily = group(1, LifecycleStage::Daily, 100);
        daily.activeRate7d = 0.01;   // the stage decides, not the rate alone
        daily.hasOnboardingSop = false;
        daily.kocCount = 0;
        QVERIFY(recommend({daily}, {}, LifecycleThresholds{}).isEmpty());
    }

    void strongGroupsGetSopAndKocAdvice()
    {
        RecommendationGroup bare = group(1, LifecycleStage::Strong, 150);
        bare.hasOnboardingSop = false;
        bare.kocCount = 0;
        RecommendationGroup withSop = group(2, LifecycleStage::Strong, 150);
        withSop.kocCount = 0;
        RecommendationGroup complete = group(3, LifecycleStage::Strong, 150);
        const QList<Recommendation> recs = recommend({bare, withSop, complete}, {}, LifecycleThresholds{});
        QCOMPARE(ids(recs), (QStringList{QStringLiteral("sop-1"), QStringLiteral("koc-1"), QStringLiteral("koc-2")}));
        QCOMPARE(find(recs, QStringLiteral("sop-1"))->action, RecommendationAction::AddOnboardingSop);
        QCOMPARE(find(recs, QStringLiteral("koc-1"))->action, RecommendationAction::RecruitKoc);
        QVERIFY(find(recs, QStringLiteral("koc-1"))->isAdvisory());
        QVERIFY(!find(recs, QStringLiteral("sop-1"))->isAdvisory());
    }

    void promotionIsOnePerSubGroupWithinTheMastersRoom()
    {
        RecommendationGroup master = group(1, LifecycleStage::Daily, 490);   // 10 places
        master.purpose = GroupPurpose::Master;
        RecommendationGroup a = group(2, LifecycleStage::Daily, 100);
        a.parentId = 1;
        RecommendationGroup b = group(3, LifecycleStage::Daily, 100);
        b.parentId = 1;
        RecommendationGroup c = group(4, LifecycleStage::Daily, 100);
        c.parentId = 1;
        const QList<Recommendation> recs
            = recommend({master, a, b, c}, {{3, 4}, {2, 7}, {4, 5}}, LifecycleThresholds{}, RecommendationRules{});
        QCOMPARE(ids(recs), (QStringList{QStringLiteral("promote-2"), QStringLiteral("promote-3")}));
        const Recommendation *first = find(recs, QStringLiteral("promote-2"));
        QCOMPARE(first->action, RecommendationAction::Promote);
        QCOMPARE(first->targetGroupId, 1);
        QCOMPARE(first->members, 7);
        QCOMPARE(find(recs, QStringLiteral("promote-3"))->members, 3);   // what is left of the 10 places
        QVERIFY(find(recs, QStringLiteral("promote-3"))->reason.contains(QStringLiteral("1000")));
    }

    void noPromotionIntoADissolvingOrMissingMaster()
    {
        RecommendationGroup master = zombie(1, 50, 0);
        master.purpose = GroupPurpose::Master;
        RecommendationGroup sub = group(2, LifecycleStage::Daily, 100);
        sub.parentId = 1;
        RecommendationGroup orphan = group(3, LifecycleStage::Daily, 100);
        QCOMPARE(ids(recommend({master, sub, orphan}, {{2, 5}, {3, 5}}, LifecycleThresholds{})),
                 QStringList{QStringLiteral("dissolve-1")});
    }

    void idsAreStableAndOrderIndependent()
    {
        RecommendationGroup strong = group(8, LifecycleStage::Strong, 100);
        strong.kocCount = 0;
        const QList<RecommendationGroup> groups = {zombie(5, 60, 10), group(2, LifecycleStage::Daily, 100), strong};
        QList<RecommendationGroup> reversed(groups.rbegin(), groups.rend());
        const QList<Recommendation> one = recommend(groups, {}, LifecycleThresholds{});
        const QList<Recommendation> two = recommend(reversed, {}, LifecycleThresholds{});
        QCOMPARE(ids(one), ids(two));
        QCOMPARE(ids(one), (QStringList{QStringLiteral("dissolve-5"), QStringLiteral("koc-8")}));
        for (qsizetype i = 0; i < one.size(); ++i)
            QVERIFY(one.at(i).sameFacts(two.at(i)));
    }
};

QTEST_GUILESS_MAIN(TestRecommendations)
#include "tst_recommendations.moc"
