#include "TestSupport.h"

#include "storage/AuditRepository.h"
#include "storage/DimensionRepository.h"
#include "storage/GroupRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/Query.h"

#include <QSqlQuery>
#include <QTest>

using namespace qundesk;
using K = DatabaseError::Kind;

namespace {

// Members belong to another repository; the fixture writes the few columns a membership needs.
qint64 addMember(const QSqlDatabase &db, const QString &name, bool koc = false)
{
    static int serial = 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO members (display_name, platform_id, is_koc, koc_since) VALUES (?, ?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(QStringLiteral("wxid_test_%1").arg(++serial));
    q.addBindValue(koc ? 1 : 0);
    q.addBindValue(koc ? QVariant(QStringLiteral("2024-03-01 10:00:00")) : QVariant(QMetaType::fromType<QString>()));
    if (!q.exec())
        qFatal("cannot add member");
    return q.lastInsertId().toLongLong();
}

Group makeGroup(const QString &name)
{
    Group g;
    g.name = name;
    return g;
}

int count(const QSqlDatabase &db, const QString &sql)
{
    return Query::scalar(db, sql).toInt();
}

} // namespace

class TestGroupRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("QUNDESK_ACTOR", "测试运营"); }

    void codesRoundTrip()
    {
        for (GroupPurpose p : allGroupPurposes())
            QCOMPARE(groupPurposeFromCode(groupPurposeCode(p)), p);
        for (IdentitySegment s : allIdentitySegments())
            QCOMPARE(identitySegmentFromCode(identitySegmentCode(s)), s);
        for (GroupStatus s : allGroupStatuses())
            QCOMPARE(groupStatusFromCode(groupStatusCode(s)), s);
        for (MembershipRole r : allMembershipRoles())
            QCOMPARE(membershipRoleFromCode(membershipRoleCode(r)), r);
        for (LeaveReason r : allLeaveReasons())
            QCOMPARE(leaveReasonFromCode(leaveReasonCode(r)), r);
        QCOMPARE(allGroupPurposes().size(), 8);
        QCOMPARE(groupPurposeCode(GroupPurpose::ShoppingGuide), QStringLiteral("shopping_guide"));
        QCOMPARE(groupPurposeCode(GroupPurpose::AfterSales), QStringLiteral("after_sales"));
        QCOMPARE(membershipRoleCode(MembershipRole::ViceOwner), QStringLiteral("vice_owner"));
        QVERIFY(!groupPurposeFromCode(QStringLiteral("vip")));
        QVERIFY(!groupStatusFromCode(QString()));
        QCOMPARE(groupPurposeLabel(GroupPurpose::Master), QStringLiteral("Master group"));
    }

    void createAndGetRoundTrip()
    {
        test::TempDatabase t;
        DimensionRepository dims(t.connection());
        qint64 tier = 0, team = 0, op = 0, channel = 0, region = 0;
        QVERIFY(!dims.createTier({0, QStringLiteral("百万级"), 1, 100000000}, &tier));
        QVERIFY(!dims.createTeam({0, QStringLiteral("一队")}, &team));
        QVERIFY(!dims.findOrCreateOperator(QStringLiteral("林晓雯"), &op));
        QVERIFY(!dims.createChannel({0, QStringLiteral("门店海报"), ChannelKind::QrCode, QStringLiteral("HM-01")},
                                    &channel));
        QVERIFY(!dims.createRegion({0, QStringLiteral("杭州"), QStringLiteral("浙江")}, &region));
        GroupRepository repo(t.connection());
        qint64 master = 0;
        QVERIFY(!repo.create(makeGroup(QStringLiteral("花颜总群")), &master));
        const qint64 owner = addMember(t.connection(), QStringLiteral("王店长"));

        Group g;
        g.name = QStringLiteral("花颜宠粉群3");
        g.number = 3;
        g.purpose = GroupPurpose::Sub;
        g.tierId = tier;
        g.teamId = team;
        g.identitySegment = IdentitySegment::Store;
        g.channelId = channel;
        g.regionId = region;
        g.parentId = master;
        g.ownerMemberId = owner;
        g.operatorId = op;
        g.capacity = 480;
        g.createdOn = QDate(2024, 3, 1);
        g.filledOn = QDate(2024, 3, 9);
        g.rules = QStringLiteral("禁止发广告，违者移出");
        g.culture = QStringLiteral("美妆互助");
        qint64 id = 0;
        QVERIFY(!repo.create(g, &id));
        QVERIFY(id > 0);

        Group read;
        QVERIFY(!repo.get(id, &read));
        QCOMPARE(read.name, g.name);
        QCOMPARE(read.number, 3);
        QCOMPARE(read.purpose, GroupPurpose::Sub);
        QCOMPARE(read.tierId, tier);
        QCOMPARE(read.teamId, team);
        QCOMPARE(read.identitySegment, IdentitySegment::Store);
        QCOMPARE(read.channelId, channel);
        QCOMPARE(read.regionId, region);
        QCOMPARE(read.parentId, master);
        QCOMPARE(read.ownerMemberId, owner);
        QCOMPARE(read.operatorId, op);
        QCOMPARE(read.capacity, 480);
        QCOMPARE(read.createdOn, QDate(2024, 3, 1));
        QCOMPARE(read.filledOn, QDate(2024, 3, 9));
        QCOMPARE(read.status, GroupStatus::Active);
        QCOMPARE(read.rules, g.rules);
        QCOMPARE(read.culture, g.culture);
        QVERIFY(read.createdAt.isValid());

        // Defaults: created today, 500 members, shopping guide, mixed identities.
        Group plain;
        QVERIFY(!repo.get(master, &plain));
        QCOMPARE(plain.createdOn, QDate::currentDate());
        QCOMPARE(plain.capacity, 500);
        QCOMPARE(plain.purpose, GroupPurpose::ShoppingGuide);
        QCOMPARE(plain.identitySegment, IdentitySegment::Mixed);
        QVERIFY(!plain.filledOn.isValid());
        QCOMPARE(plain.number, 0);

        QList<AuditEntry> audit;
        QVERIFY(!AuditRepository(t.connection()).list(QStringLiteral("group"), id, 10, &audit));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).action, QStringLiteral("create"));
        QVERIFY(audit.at(0).before.isEmpty());
        QCOMPARE(audit.at(0).after.value(QStringLiteral("name")).toString(), g.name);
        QCOMPARE(audit.at(0).after.value(QStringLiteral("purpose")).toString(), QStringLiteral("sub"));
        QCOMPARE(audit.at(0).actor, QStringLiteral("测试运营"));

        QCOMPARE(repo.get(id + 100, &read).kind, K::NotFound);
    }

    void constraintsRefused()
    {
        test::TempDatabase t;
        GroupRepository repo(t.connection());
        Group g = makeGroup(QStringLiteral("福利群"));
        g.capacity = 0;
        QCOMPARE(repo.create(g, nullptr).kind, K::Constraint);
        g.capacity = 500;
        g.name = QStringLiteral("  ");
        QCOMPARE(repo.create(g, nullptr).kind, K::Constraint);
        g.name = QStringLiteral("福利群");
        g.createdOn = QDate(2024, 5, 1);
        g.filledOn = QDate(2024, 4, 1);
        QCOMPARE(repo.create(g, nullptr).kind, K::Constraint);
        g.filledOn = {};
        g.tierId = 404;
        QCOMPARE(repo.create(g, nullptr).kind, K::Constraint); // foreign key
        QCOMPARE(count(t.connection(), QStringLiteral("SELECT count(*) FROM chat_groups")), 0);
        QCOMPARE(count(t.connection(), QStringLiteral("SELECT count(*) FROM audit_log")), 0);

        // The schema refuses a zero cap as well, for writers that skip validation.
        Query raw(t.connection(), QStringLiteral("INSERT INTO chat_groups (name, capacity) VALUES ('零容量群', 0)"));
        QCOMPARE(raw.exec(QStringLiteral("raw insert")).kind, K::Constraint);

        qint64 id = 0;
        g.tierId = 0;
        QVERIFY(!repo.create(g, &id));
        QVERIFY(!repo.get(id, &g));
        g.capacity = -5;
        QCOMPARE(repo.update(g).kind, K::Constraint);
        Group read;
        QVERIFY(!repo.get(id, &read));
        QCOMPARE(read.capacity, 500);
    }

    void duplicateLiveNameRefused()
    {
        test::TempDatabase t;
        GroupRepository repo(t.connection());
        qint64 first = 0, other = 0;
        QVERIFY(!repo.create(makeGroup(QStringLiteral("花颜宠粉群1")), &first));
        const DatabaseError dup = repo.create(makeGroup(QStringLiteral("花颜宠粉群1")), nullptr);
        QCOMPARE(dup.kind, K::Constraint);
        QVERIFY2(dup.message.contains(QStringLiteral("花颜宠粉群1")), qPrintable(dup.message));

        // Renaming onto a live name is refused the same way.
        QVERIFY(!repo.create(makeGroup(QStringLiteral("花颜宠粉群2")), &other));
        Group g;
        QVERIFY(!repo.get(other, &g));
        g.name = QStringLiteral("花颜宠粉群1");
        QCOMPARE(repo.update(g).kind, K::Constraint);

        // An archived group keeps its name; a dissolved one frees it.
        QVERIFY(!repo.archive(first));
        QCOMPARE(repo.create(makeGroup(QStringLiteral("花颜宠粉群1")), nullptr).kind, K::Constraint);
        QVERIFY(!repo.restore(first));
        QVERIFY(!repo.dissolve(first));
        qint64 reborn = 0;
        QVERIFY(!repo.create(makeGroup(QStringLiteral("花颜宠粉群1")), &reborn));
        QVERIFY(reborn != first);
    }

    void updateAuditsBeforeAndAfter()
    {
        test::TempDatabase t;
        GroupRepository repo(t.connection());
        qint64 id = 0;
        QVERIFY(!repo.create(makeGroup(QStringLiteral("售后服务群")), &id));
        Group g;
        QVERIFY(!repo.get(id, &g));
        g.capacity = 200;
        g.purpose = GroupPurpose::AfterSales;
        g.status = GroupStatus::Dissolved; // ignored: status changes have their own calls
        QVERIFY(!repo.update(g));
        Group read;
        QVERIFY(!repo.get(id, &read));
        QCOMPARE(read.capacity, 200);
        QCOMPARE(read.purpose, GroupPurpose::AfterSales);
        QCOMPARE(read.status, GroupStatus::Active);
        QCOMPARE(read.createdOn, g.createdOn);

        QList<AuditEntry> audit;
        QVERIFY(!AuditRepository(t.connection()).list(QStringLiteral("group"), id, 10, &audit));
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.at(0).action, QStringLiteral("update"));
        QCOMPARE(audit.at(0).before.value(QStringLiteral("capacity")).toInt(), 500);
        QCOMPARE(audit.at(0).after.value(QStringLiteral("capacity")).toInt(), 200);
        QCOMPARE(audit.at(0).before.value(QStringLiteral("purpose")).toString(), QStringLiteral("shopping_guide"));
        QCOMPARE(audit.at(0).after.value(QStringLiteral("purpose")).toString(), QStringLiteral("after_sales"));

        g.id = id + 50;
        QCOMPARE(repo.update(g).kind, K::NotFound);
    }

    void parentLoopRefused()
    {
        test::TempDatabase t;
        GroupRepository repo(t.connection());
        qint64 master = 0, sub = 0, subsub = 0;
        QVERIFY(!repo.create(makeGroup(QStringLiteral("总群")), &master));
        Group g = makeGroup(QStringLiteral("分群1"));
        g.parentId = master;
        QVERIFY(!repo.create(g, &sub));
        g = makeGroup(QStringLiteral("分群1-1"));
        g.parentId = sub;
        QVERIFY(!repo.create(g, &subsub));

        Group m;
        QVERIFY(!repo.get(master, &m));
        m.parentId = subsub;
        QCOMPARE(repo.update(m).kind, K::Constraint);
        m.parentId = master;
        QCOMPARE(repo.update(m).kind, K::Constraint);
        QVERIFY(!repo.get(master, &m));
        QCOMPARE(m.parentId, qint64(0));
    }

    void archiveAndRestore()
    {
        test::TempDatabase t;
        GroupRepository repo(t.connection());
        qint64 id = 0;
        QVERIFY(!repo.create(makeGroup(QStringLiteral("素材共创群")), &id));
        QCOMPARE(repo.restore(id).kind, K::Constraint);
        QVERIFY(!repo.archive(id));
        Group g;
        QVERIFY(!repo.get(id, &g));
        QCOMPARE(g.status, GroupStatus::Archived);
        QVERIFY(g.statusChangedAt.isValid());
        QCOMPARE(repo.archive(id).kind, K::Constraint);
        QVERIFY(!repo.restore(id));
        QVERIFY(!repo.get(id, &g));
        QCOMPARE(g.status, GroupStatus::Active);
        QCOMPARE(repo.archive(id + 9).kind, K::NotFound);

        QList<AuditEntry> audit;
        QVERIFY(!AuditRepository(t.connection()).list(QStringLiteral("group"), id, 10, &audit));
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit.at(0).action, QStringLiteral("restore"));
        QCOMPARE(audit.at(1).action, QStringLiteral("archive"));
        QCOMPARE(audit.at(1).before.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(audit.at(1).after.value(QStringLiteral("status")).toString(), QStringLiteral("archived"));
    }

    void dissolveClosesMemberships()
    {
        test::TempDatabase t;
        GroupRepository repo(t.connection());
        MembershipRepository memberships(t.connection());
        qint64 id = 0, other = 0;
        QVERIFY(!repo.create(makeGroup(QStringLiteral("僵尸群7")), &id));
        QVERIFY(!repo.create(makeGroup(QStringLiteral("活跃群8")), &other));
        const QDateTime joined(QDate(2024, 1, 5), QTime(9, 0));
        const qint64 a = addMember(t.connection(), QStringLiteral("张三"));
        const qint64 b = addMember(t.connection(), QStringLiteral("李四"));
        const qint64 c = addMember(t.connection(), QStringLiteral("王五"));
        for (qint64 m : {a, b, c})
            QVERIFY(!memberships.join(m, id, MembershipRole::Member, joined));
        QVERIFY(!memberships.join(a, other, MembershipRole::Member, joined));
        QVERIFY(!memberships.leave(c, id, LeaveReason::Left, joined.addDays(3)));

        const QDateTime at(QDate(2024, 6, 30), QTime(21, 0));
        int closed = -1;
        QVERIFY(!repo.dissolve(id, at, &closed));
        QCOMPARE(closed, 2);
        Group g;
        QVERIFY(!repo.get(id, &g));
        QCOMPARE(g.status, GroupStatus::Dissolved);
        QCOMPARE(g.statusChangedAt, at);
        QCOMPARE(count(t.connection(), QStringLiteral("SELECT count(*) FROM memberships WHERE left_at IS NULL")), 1);
        QCOMPARE(count(t.connection(), QStringLiteral("SELECT count(*) FROM memberships WHERE leave_reason = "
                                                      "'dissolved' AND left_at = '2024-06-30 21:00:00'")), 2);
        QCOMPARE(count(t.connection(), QStringLiteral("SELECT count(*) FROM memberships WHERE leave_reason = 'left'")),
                 1);
        int open = -1;
        QVERIFY(!memberships.openCount(other, &open));
        QCOMPARE(open, 1);

        QList<AuditEntry> audit;
        QVERIFY(!AuditRepository(t.connection()).list(QStringLiteral("group"), id, 10, &audit));
        QCOMPARE(audit.at(0).action, QStringLiteral("dissolve"));
        QCOMPARE(audit.at(0).after.value(QStringLiteral("closed_memberships")).toInt(), 2);
        QCOMPARE(audit.at(0).after.value(QStringLiteral("status")).toString(), QStringLiteral("dissolved"));

        QCOMPARE(repo.dissolve(id).kind, K::Constraint);
        QCOMPARE(repo.archive(id).kind, K::Constraint);
        QCOMPARE(repo.restore(id).kind, K::Constraint);
    }

    void dissolveIsAllOrNothing()
    {
        test::TempDatabase t;
        GroupRepository repo(t.connection());
        MembershipRepository memberships(t.connection());
        qint64 id = 0;
        QVERIFY(!repo.create(makeGroup(QStringLiteral("待解散群")), &id));
        for (const QString &name : {QStringLiteral("赵六"), QStringLiteral("钱七")})
            QVERIFY(!memberships.join(addMember(t.connection(), name), id, MembershipRole::Member, {}));
        // Make the last write of the transaction (the audit entry) fail.
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                                      "WHEN NEW.action = 'dissolve' BEGIN SELECT RAISE(ABORT, 'audit refused'); END")));
        QVERIFY(repo.dissolve(id).isError());
        Group g;
        QVERIFY(!repo.get(id, &g));
        QCOMPARE(g.status, GroupStatus::Active);
        int open = 0;
        QVERIFY(!memberships.openCount(id, &open));
        QCOMPARE(open, 2);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_audit")));
        QVERIFY(!repo.dissolve(id));
        QVERIFY(!memberships.openCount(id, &open));
        QCOMPARE(open, 0);
    }

    void listSummariesWithCounts()
    {
        test::TempDatabase t;
        DimensionRepository dims(t.connection());
        qint64 top = 0, low = 0, team1 = 0, team2 = 0, op = 0;
        QVERIFY(!dims.createTier({0, QStringLiteral("5万级"), 3, std::nullopt}, &low));
        QVERIFY(!dims.createTier({0, QStringLiteral("百万级"), 1, std::nullopt}, &top));
        QVERIFY(!dims.createTeam({0, QStringLiteral("一队")}, &team1));
        QVERIFY(!dims.createTeam({0, QStringLiteral("二队")}, &team2));
        QVERIFY(!dims.findOrCreateOperator(QStringLiteral("林晓雯"), &op));
        GroupRepository repo(t.connection());
        const auto add = [&](const QString &name, qint64 tier, qint64 team, qint64 parent = 0) {
            Group g = makeGroup(name);
            g.tierId = tier;
            g.teamId = team;
            g.parentId = parent;
            g.operatorId = op;
            qint64 id = 0;
            const DatabaseError err = repo.create(g, &id);
            if (err)
                qFatal("%s", qPrintable(err.message));
            return id;
        };
        const qint64 noTier = add(QStringLiteral("未分层群"), 0, team1);
        const qint64 lowTeam2 = add(QStringLiteral("5万级二队群"), low, team2);
        const qint64 topTeam1 = add(QStringLiteral("百万级一队群"), top, team1);
        const qint64 lowTeam1 = add(QStringLiteral("5万级一队群"), low, team1, topTeam1);
        const qint64 lowNoTeam = add(QStringLiteral("5万级散群"), low, 0);

        MembershipRepository memberships(t.connection());
        const qint64 koc = addMember(t.connection(), QStringLiteral("KOC 小红"), true);
        const qint64 plain = addMember(t.connection(), QStringLiteral("普通成员"));
        const qint64 gone = addMember(t.connection(), QStringLiteral("已退群"), true);
        const QDateTime at(QDate(2024, 2, 1), QTime(10, 0));
        for (qint64 m : {koc, plain, gone})
            QVERIFY(!memberships.join(m, lowTeam1, MembershipRole::Member, at));
        QVERIFY(!memberships.leave(gone, lowTeam1, LeaveReason::Kicked, at.addDays(1)));
        QVERIFY(!memberships.join(plain, topTeam1, MembershipRole::Owner, at));

        QList<GroupSummary> rows;
        QVERIFY(!repo.listSummaries({}, &rows));
        QCOMPARE(rows.size(), 5);
        // Tier rank, then team (unassigned last), then name.
        QCOMPARE(rows.at(0).id, topTeam1);
        QCOMPARE(rows.at(1).id, lowTeam1);
        QCOMPARE(rows.at(2).id, lowTeam2);
        QCOMPARE(rows.at(3).id, lowNoTeam);
        QCOMPARE(rows.at(4).id, noTier);

        const GroupSummary &s = rows.at(1);
        QCOMPARE(s.tierName, QStringLiteral("5万级"));
        QCOMPARE(s.tierRank, 3);
        QCOMPARE(s.teamName, QStringLiteral("一队"));
        QCOMPARE(s.operatorName, QStringLiteral("林晓雯"));
        QCOMPARE(s.parentName, QStringLiteral("百万级一队群"));
        QCOMPARE(s.memberCount, 2);
        QCOMPARE(s.kocCount, 1);
        QCOMPARE(rows.at(0).memberCount, 1);
        QCOMPARE(rows.at(0).kocCount, 0);
        QCOMPARE(rows.at(4).memberCount, 0);
        QVERIFY(rows.at(4).tierName.isEmpty());
        QCOMPARE(rows.at(4).tierRank, 0);
    }

    void listSummariesFilter()
    {
        test::TempDatabase t;
        DimensionRepository dims(t.connection());
        qint64 tier = 0, team = 0, op = 0;
        QVERIFY(!dims.createTier({0, QStringLiteral("30万级"), 2, std::nullopt}, &tier));
        QVERIFY(!dims.createTeam({0, QStringLiteral("三队")}, &team));
        QVERIFY(!dims.findOrCreateOperator(QStringLiteral("陈思远"), &op));
        GroupRepository repo(t.connection());
        Group a = makeGroup(QStringLiteral("花颜100%好物群"));
        a.tierId = tier;
        a.operatorId = op;
        Group b = makeGroup(QStringLiteral("花颜福利群"));
        b.teamId = team;
        Group c = makeGroup(QStringLiteral("旧售后群"));
        qint64 ia = 0, ib = 0, ic = 0;
        QVERIFY(!repo.create(a, &ia));
        QVERIFY(!repo.create(b, &ib));
        QVERIFY(!repo.create(c, &ic));
        QVERIFY(!repo.archive(ic));

        const auto ids = [&](const GroupFilter &f) {
            QList<GroupSummary> rows;
            const DatabaseError err = repo.listSummaries(f, &rows);
            if (err)
                qFatal("%s", qPrintable(err.message));
            QList<qint64> out;
            for (const GroupSummary &s : rows)
                out.append(s.id);
            std::sort(out.begin(), out.end());
            return out;
        };
        GroupFilter f;
        QCOMPARE(ids(f), (QList<qint64>{ia, ib, ic}));
        f.statuses = {GroupStatus::Active};
        QCOMPARE(ids(f), (QList<qint64>{ia, ib}));
        f.statuses = {GroupStatus::Archived, GroupStatus::Dissolved};
        QCOMPARE(ids(f), (QList<qint64>{ic}));
        f = {};
        f.tierId = tier;
        QCOMPARE(ids(f), (QList<qint64>{ia}));
        f.tierId = 0;
        QCOMPARE(ids(f), (QList<qint64>{ib, ic}));
        f = {};
        f.teamId = team;
        QCOMPARE(ids(f), (QList<qint64>{ib}));
        f.teamId = 0;
        f.operatorId = 0;
        QCOMPARE(ids(f), (QList<qint64>{ic}));
        f = {};
        f.operatorId = op;
        QCOMPARE(ids(f), (QList<qint64>{ia}));
        f = {};
        f.text = QStringLiteral("花颜");
        QCOMPARE(ids(f), (QList<qint64>{ia, ib}));
        f.text = QStringLiteral("100%");
        QCOMPARE(ids(f), (QList<qint64>{ia}));
        f.text = QStringLiteral("%"); // a literal percent sign, not a wildcard
        QCOMPARE(ids(f), (QList<qint64>{ia}));
        f.text = QStringLiteral("_");
        QCOMPARE(ids(f), QList<qint64>{});
    }

    void countByTierAndTeam()
    {
        test::TempDatabase t;
        DimensionRepository dims(t.connection());
        qint64 top = 0, mid = 0, low = 0, team1 = 0, team2 = 0, team3 = 0;
        QVERIFY(!dims.createTier({0, QStringLiteral("百万级"), 1, std::nullopt}, &top));
        QVERIFY(!dims.createTier({0, QStringLiteral("30万级"), 2, std::nullopt}, &mid));
        QVERIFY(!dims.createTier({0, QStringLiteral("5万级"), 3, std::nullopt}, &low));
        QVERIFY(!dims.createTeam({0, QStringLiteral("一队")}, &team1));
        QVERIFY(!dims.createTeam({0, QStringLiteral("二队")}, &team2));
        QVERIFY(!dims.createTeam({0, QStringLiteral("三队")}, &team3));
        GroupRepository repo(t.connection());
        MembershipRepository memberships(t.connection());
        int serial = 0;
        const auto add = [&](qint64 tier, qint64 team, int members, GroupPurpose purpose = GroupPurpose::ShoppingGuide) {
            Group g = makeGroup(QStringLiteral("测试群%1").arg(++serial));
            g.tierId = tier;
            g.teamId = team;
            g.purpose = purpose;
            qint64 id = 0;
            if (repo.create(g, &id))
                qFatal("create failed");
            for (int i = 0; i < members; ++i) {
                if (memberships.join(addMember(t.connection(), QStringLiteral("成员%1").arg(i)), id,
                                     MembershipRole::Member, {}))
                    qFatal("join failed");
            }
            return id;
        };
        add(top, team1, 3);
        add(top, team1, 2);
        add(mid, team2, 1, GroupPurpose::Perks);
        add(0, team3, 4);
        add(low, 0, 0);
        const qint64 dissolved = add(top, team2, 5);
        QVERIFY(!repo.dissolve(dissolved));
        const qint64 archived = add(mid, team1, 1);
        QVERIFY(!repo.archive(archived));

        GroupGrid grid;
        QVERIFY(!repo.countByDimensions(GroupDimension::Tier, GroupDimension::Team, &grid));
        QCOMPARE(grid.rows.size(), 4); // three tiers and the unassigned bucket, last
        QCOMPARE(grid.columns.size(), 4);
        QCOMPARE(grid.rows.at(0).label, QStringLiteral("百万级"));
        QCOMPARE(grid.rows.at(0).key, QString::number(top));
        QCOMPARE(grid.rows.at(2).label, QStringLiteral("5万级"));
        QVERIFY(grid.rows.at(3).key.isEmpty());
        QCOMPARE(grid.rows.at(3).label, QStringLiteral("Unassigned"));
        QCOMPARE(grid.columns.at(0).label, QStringLiteral("一队"));
        QVERIFY(grid.columns.at(3).key.isEmpty());
        QCOMPARE(grid.cells.size(), 16);

        QCOMPARE(grid.cell(0, 0).groups, 2);
        QCOMPARE(grid.cell(0, 0).members, qint64(5));
        QCOMPARE(grid.cell(0, 1).groups, 0); // only a dissolved group there
        QCOMPARE(grid.cell(1, 1).groups, 1);
        QCOMPARE(grid.cell(1, 0).groups, 1); // archived still counts by default
        QCOMPARE(grid.cell(2, 3).groups, 1);
        QCOMPARE(grid.cell(2, 3).members, qint64(0));
        QCOMPARE(grid.cell(3, 2).groups, 1);
        QCOMPARE(grid.cell(3, 2).members, qint64(4));
        QCOMPARE(grid.rowTotal(0).groups, 2);
        QCOMPARE(grid.columnTotal(0).groups, 3);
        QCOMPARE(grid.columnTotal(0).members, qint64(6));
        QCOMPARE(grid.total().groups, 6);
        QCOMPARE(grid.total().members, qint64(11));

        QVERIFY(!repo.countByDimensions(GroupDimension::Tier, GroupDimension::Team, &grid, {GroupStatus::Active}));
        QCOMPARE(grid.total().groups, 5);
        QVERIFY(!repo.countByDimensions(GroupDimension::Tier, GroupDimension::Team, &grid, {}));
        QCOMPARE(grid.total().groups, 7);
        QCOMPARE(grid.cell(0, 1).groups, 1);
        QCOMPARE(grid.cell(0, 1).members, qint64(0)); // its memberships were closed

        // Without unassigned groups there is no bucket; enum dimensions list every value.
        QVERIFY(!repo.countByDimensions(GroupDimension::Purpose, GroupDimension::Identity, &grid,
                                        {GroupStatus::Active}));
        QCOMPARE(grid.rows.size(), allGroupPurposes().size());
        QCOMPARE(grid.columns.size(), allIdentitySegments().size());
        const int perks = int(allGroupPurposes().indexOf(GroupPurpose::Perks));
        const int mixed = int(allIdentitySegments().indexOf(IdentitySegment::Mixed));
        QCOMPARE(grid.rows.at(perks).key, QStringLiteral("perks"));
        QCOMPARE(grid.cell(perks, mixed).groups, 1);
        QCOMPARE(grid.total().groups, 5);
    }
};

QTEST_GUILESS_MAIN(TestGroupRepository)
#include "tst_group_repository.moc"
