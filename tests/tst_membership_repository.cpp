#include "TestSupport.h"

#include "storage/AuditRepository.h"
#include "storage/GroupRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/Query.h"

#include <QSqlQuery>
#include <QTest>

using namespace qundesk;
using K = DatabaseError::Kind;

namespace {

qint64 addMember(const QSqlDatabase &db, const QString &name, const QString &nickname = {}, bool koc = false)
{
    static int serial = 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO members (display_name, group_nickname, platform_id, is_koc, koc_since) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(nickname);
    q.addBindValue(QStringLiteral("wxid_m_%1").arg(++serial));
    q.addBindValue(koc ? 1 : 0);
    q.addBindValue(koc ? QVariant(QStringLiteral("2024-03-01 10:00:00")) : QVariant(QMetaType::fromType<QString>()));
    if (!q.exec())
        qFatal("cannot add member");
    return q.lastInsertId().toLongLong();
}

qint64 addGroup(const QSqlDatabase &db, const QString &name)
{
    Group g;
    g.name = name;
    qint64 id = 0;
    if (GroupRepository(db).create(g, &id))
        qFatal("cannot add group");
    return id;
}

const QDateTime Monday(QDate(2024, 4, 1), QTime(9, 30));

} // namespace

class TestMembershipRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("QUNDESK_ACTOR", "测试运营"); }

    void joinAndListPages()
    {
        test::TempDatabase t;
        MembershipRepository repo(t.connection());
        const qint64 group = addGroup(t.connection(), QStringLiteral("花颜宠粉群1"));
        const QStringList names = {QStringLiteral("王店长"), QStringLiteral("李小姐"), QStringLiteral("张老板"),
                                   QStringLiteral("赵姐"), QStringLiteral("孙先生")};
        QList<qint64> ids;
        for (int i = 0; i < names.size(); ++i) {
            qint64 id = 0;
            const MembershipRole role = i == 0 ? MembershipRole::Owner : MembershipRole::Member;
            QVERIFY(!repo.join(addMember(t.connection(), names.at(i), QStringLiteral("杭州-花颜%1店").arg(i), i == 2),
                               group, role, Monday.addSecs(60 * i), &id));
            ids.append(id);
        }
        QVERIFY(!repo.leave(ids.at(1), LeaveReason::Left, Monday.addDays(2)));

        QList<GroupMemberRow> page;
        QVERIFY(!repo.listForGroup(group, 0, 2, &page));
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.at(0).displayName, QStringLiteral("王店长"));
        QCOMPARE(page.at(0).role, MembershipRole::Owner);
        QCOMPARE(page.at(0).groupNickname, QStringLiteral("杭州-花颜0店"));
        QCOMPARE(page.at(0).joinedAt, Monday);
        QCOMPARE(page.at(1).displayName, QStringLiteral("张老板")); // 李小姐 left
        QVERIFY(page.at(1).koc);
        QVERIFY(!page.at(0).koc);

        QVERIFY(!repo.listForGroup(group, page.last().membershipId, 2, &page));
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.at(0).displayName, QStringLiteral("赵姐"));
        QCOMPARE(page.at(1).displayName, QStringLiteral("孙先生"));
        QVERIFY(!repo.listForGroup(group, page.last().membershipId, 2, &page));
        QVERIFY(page.isEmpty());

        int open = 0;
        QVERIFY(!repo.openCount(group, &open));
        QCOMPARE(open, 4);
    }

    void secondOpenMembershipRefused()
    {
        test::TempDatabase t;
        MembershipRepository repo(t.connection());
        const qint64 group = addGroup(t.connection(), QStringLiteral("导购群2"));
        const qint64 member = addMember(t.connection(), QStringLiteral("周女士"));
        qint64 first = 0;
        QVERIFY(!repo.join(member, group, MembershipRole::Member, Monday, &first));
        const DatabaseError err = repo.join(member, group, MembershipRole::Admin, Monday.addDays(1));
        QCOMPARE(err.kind, K::Constraint);
        QVERIFY2(err.message.contains(QStringLiteral("周女士")) && err.message.contains(QStringLiteral("导购群2")),
                 qPrintable(err.message));
        QCOMPARE(Query::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM memberships")).toInt(), 1);

        // After leaving, rejoining opens a second stay; the history keeps both, newest first.
        QVERIFY(!repo.leave(member, group, LeaveReason::Migrated, Monday.addDays(5)));
        qint64 second = 0;
        QVERIFY(!repo.join(member, group, MembershipRole::ViceOwner, Monday.addDays(9), &second));
        QList<MemberGroupRow> history;
        QVERIFY(!repo.listForMember(member, &history));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).membership.id, second);
        QVERIFY(history.at(0).membership.isOpen());
        QCOMPARE(history.at(0).membership.role, MembershipRole::ViceOwner);
        QCOMPARE(history.at(0).groupName, QStringLiteral("导购群2"));
        QCOMPARE(history.at(1).membership.id, first);
        QCOMPARE(history.at(1).membership.leftAt, Monday.addDays(5));
        QCOMPARE(history.at(1).membership.leaveReason, std::optional<LeaveReason>(LeaveReason::Migrated));
    }

    void joinRefusals()
    {
        test::TempDatabase t;
        MembershipRepository repo(t.connection());
        const qint64 group = addGroup(t.connection(), QStringLiteral("已解散群"));
        const qint64 member = addMember(t.connection(), QStringLiteral("吴先生"));
        QCOMPARE(repo.join(member, group + 10, MembershipRole::Member, Monday).kind, K::NotFound);
        const DatabaseError noMember = repo.join(member + 10, group, MembershipRole::Member, Monday);
        QCOMPARE(noMember.kind, K::Constraint);
        QVERIFY2(noMember.message.contains(QString::number(member + 10)), qPrintable(noMember.message));
        QVERIFY(!GroupRepository(t.connection()).dissolve(group));
        QCOMPARE(repo.join(member, group, MembershipRole::Member, Monday).kind, K::Constraint);
        QCOMPARE(Query::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM memberships")).toInt(), 0);
    }

    void leaveRules()
    {
        test::TempDatabase t;
        MembershipRepository repo(t.connection());
        const qint64 group = addGroup(t.connection(), QStringLiteral("售后群"));
        const qint64 member = addMember(t.connection(), QStringLiteral("郑小姐"));
        qint64 id = 0;
        QVERIFY(!repo.join(member, group, MembershipRole::Member, Monday, &id));
        QCOMPARE(repo.leave(id, LeaveReason::Left, Monday.addDays(-1)).kind, K::Constraint);
        QVERIFY(!repo.leave(id, LeaveReason::Kicked, Monday.addDays(1)));
        Membership m;
        QVERIFY(!repo.get(id, &m));
        QVERIFY(!m.isOpen());
        QCOMPARE(m.leaveReason, std::optional<LeaveReason>(LeaveReason::Kicked));
        QCOMPARE(repo.leave(id, LeaveReason::Left, Monday.addDays(2)).kind, K::Constraint);
        QCOMPARE(repo.leave(member, group, LeaveReason::Left).kind, K::NotFound);
        QCOMPARE(repo.leave(id + 5, LeaveReason::Left).kind, K::NotFound);
        int open = -1;
        QVERIFY(!repo.openCount(group, &open));
        QCOMPARE(open, 0);
    }

    void setRoleAndAudit()
    {
        test::TempDatabase t;
        MembershipRepository repo(t.connection());
        const qint64 group = addGroup(t.connection(), QStringLiteral("素材群"));
        const qint64 member = addMember(t.connection(), QStringLiteral("冯老师"));
        qint64 id = 0;
        QVERIFY(!repo.join(member, group, MembershipRole::Member, Monday, &id));
        QVERIFY(!repo.setRole(id, MembershipRole::ViceOwner));
        Membership m;
        QVERIFY(!repo.get(id, &m));
        QCOMPARE(m.role, MembershipRole::ViceOwner);
        QCOMPARE(repo.setRole(id + 3, MembershipRole::Admin).kind, K::NotFound);
        QVERIFY(!repo.leave(id, LeaveReason::Left, Monday.addDays(30)));

        QList<AuditEntry> audit;
        QVERIFY(!AuditRepository(t.connection()).list(QStringLiteral("membership"), id, 10, &audit));
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit.at(2).action, QStringLiteral("join"));
        QCOMPARE(audit.at(2).after.value(QStringLiteral("member_id")).toInteger(), member);
        QCOMPARE(audit.at(1).action, QStringLiteral("update"));
        QCOMPARE(audit.at(1).before.value(QStringLiteral("role")).toString(), QStringLiteral("member"));
        QCOMPARE(audit.at(1).after.value(QStringLiteral("role")).toString(), QStringLiteral("vice_owner"));
        QCOMPARE(audit.at(0).action, QStringLiteral("leave"));
        QVERIFY(audit.at(0).before.value(QStringLiteral("left_at")).isNull());
        QCOMPARE(audit.at(0).after.value(QStringLiteral("leave_reason")).toString(), QStringLiteral("left"));
    }
};

QTEST_GUILESS_MAIN(TestMembershipRepository)
#include "tst_membership_repository.moc"
