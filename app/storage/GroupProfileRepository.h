#pragma once

#include "domain/Group.h"
#include "storage/DatabaseError.h"
#include "storage/MembershipRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace qundesk {

// A group as a choice in a list: the master group picker.
struct MasterGroupChoice
{
    qint64 id = 0;
    QString name;
};

// Which current members of a group a member page lists.
struct GroupMemberFilter
{
    bool kocOnly = false;
    std::optional<MembershipRole> role;
    QString text;               // part of the display name or group nickname

    bool operator==(const GroupMemberFilter &) const = default;
};

// The reads the group profile needs besides GroupRepository and MembershipRepository: choices
// for its pickers and filtered pages of one group's members. Read-only, so no audit.
class GroupProfileRepository final
{
    Q_DECLARE_TR_FUNCTIONS(GroupProfileRepository)

public:
    explicit GroupProfileRepository(const QSqlDatabase &db) : m_db(db) {}

    // Live (not dissolved) master groups by name, without `excludeId`: a group's possible parents.
    DatabaseError masterGroups(qint64 excludeId, QList<MasterGroupChoice> *out);

    // The number after the highest one used by a live group of that purpose (1 when none), and
    // the name of that group (empty when none), so a new group can be named after its siblings.
    DatabaseError nextNumber(GroupPurpose purpose, int *number, QString *lastName);

    // One keyset page of the group's open memberships that pass the filter, in the order they
    // were recorded (pass 0, then the last row's membershipId). The group's memberships are one
    // range of memberships_group.
    DatabaseError memberPage(qint64 groupId, const GroupMemberFilter &filter, qint64 afterMembershipId, int limit,
                             QList<GroupMemberRow> *out);
    DatabaseError memberCount(qint64 groupId, const GroupMemberFilter &filter, qint64 *out);

    // The open membership of a member in the group; NotFound when the member is not in it.
    DatabaseError openMembership(qint64 groupId, qint64 memberId, Membership *out);

private:
    QSqlDatabase m_db;
};

} // namespace qundesk
