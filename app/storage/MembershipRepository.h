#pragma once

#include "domain/Group.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace qundesk {

// A current member of a group, as the group's member list shows it.
struct GroupMemberRow
{
    qint64 membershipId = 0;
    qint64 memberId = 0;
    QString displayName;
    QString groupNickname;
    MembershipRole role = MembershipRole::Member;
    QDateTime joinedAt;
    bool koc = false;
};

class Query;
// A GroupMemberRow from the columns m.id, m.member_id, mb.display_name, mb.group_nickname,
// m.role, m.joined_at, mb.is_koc (memberships m JOIN members mb), in that order.
GroupMemberRow groupMemberRowFrom(const Query &q);

// One stay of a member in a group, open or closed, for the member's history.
struct MemberGroupRow
{
    Membership membership;
    QString groupName;
    GroupStatus groupStatus = GroupStatus::Active;
};

// Who is in which group, and since when. Joins, leaves and role changes are audited
// (entity 'membership'), each in its own transaction.
class MembershipRepository final
{
    Q_DECLARE_TR_FUNCTIONS(MembershipRepository)

public:
    explicit MembershipRepository(const QSqlDatabase &db) : m_db(db) {}

    // Refuses a second open membership of the member in the group, and joining a dissolved group.
    // An invalid joinedAt means now.
    DatabaseError join(qint64 memberId, qint64 groupId, MembershipRole role, const QDateTime &joinedAt,
                       qint64 *membershipId = nullptr);
    // Closes an open membership; an invalid leftAt means now.
    DatabaseError leave(qint64 membershipId, LeaveReason reason, const QDateTime &leftAt = {});
    DatabaseError leave(qint64 memberId, qint64 groupId, LeaveReason reason, const QDateTime &leftAt = {});
    DatabaseError setRole(qint64 membershipId, MembershipRole role);
    DatabaseError get(qint64 membershipId, Membership *out);

    // One page of a group's open memberships in the order they were recorded (keyset on the
    // membership id: pass 0, then the last row's membershipId).
    DatabaseError listForGroup(qint64 groupId, qint64 afterMembershipId, int limit, QList<GroupMemberRow> *out);
    // Every membership of the member, open and closed, newest first.
    DatabaseError listForMember(qint64 memberId, QList<MemberGroupRow> *out);
    DatabaseError openCount(qint64 groupId, int *out);

private:
    DatabaseError explainJoinError(qint64 memberId, qint64 groupId, DatabaseError err);
    DatabaseError closeMembership(const Membership &open, LeaveReason reason, const QDateTime &leftAt);

    QSqlDatabase m_db;
};

} // namespace qundesk
