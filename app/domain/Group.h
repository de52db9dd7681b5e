#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace qundesk {

// What a group is for (定位). A master group (总群) sits above numbered sub-groups (分群).
enum class GroupPurpose { Master, Sub, ShoppingGuide, Perks, AfterSales, Material, Training, Other };

// Which member identity a group admits; mixing identities with conflicting interests causes fights.
enum class IdentitySegment { Store, Online, Consumer, Mixed };

// Dissolved is final: its memberships are closed and its name is free for a new group.
enum class GroupStatus { Active, Archived, Dissolved };

enum class MembershipRole { Member, Owner, ViceOwner, Admin };
enum class LeaveReason { Left, Kicked, Migrated, Dissolved };

// The axes the matrix can be laid out along (rows × columns of the grid). Stage is the recorded
// lifecycle stage (the open span in group_stages, see StageRepository), not a column of the group.
enum class GroupDimension { Tier, Team, Operator, Purpose, Identity, Channel, Region, Stage };

// What a matrix cell measures over its groups. Windows end with a given `today`: the active rate
// (distinct members with an event other than join/leave over open memberships) and messages per
// day look at the last 7 days, net joins (joins − leaves) and GMV (purchases, in yuan) at the last 30.
enum class PivotMeasure { Groups, Members, ActiveRate7d, MessagesPerDay, NetJoins30d, Gmv30d, KocCount };

QString groupPurposeCode(GroupPurpose purpose);
std::optional<GroupPurpose> groupPurposeFromCode(const QString &code);
QString groupPurposeLabel(GroupPurpose purpose);
QList<GroupPurpose> allGroupPurposes();

QString identitySegmentCode(IdentitySegment segment);
std::optional<IdentitySegment> identitySegmentFromCode(const QString &code);
QString identitySegmentLabel(IdentitySegment segment);
QList<IdentitySegment> allIdentitySegments();

QString groupStatusCode(GroupStatus status);
std::optional<GroupStatus> groupStatusFromCode(const QString &code);
QString groupStatusLabel(GroupStatus status);
QList<GroupStatus> allGroupStatuses();

QString membershipRoleCode(MembershipRole role);
std::optional<MembershipRole> membershipRoleFromCode(const QString &code);
QString membershipRoleLabel(MembershipRole role);
QList<MembershipRole> allMembershipRoles();

QString leaveReasonCode(LeaveReason reason);
std::optional<LeaveReason> leaveReasonFromCode(const QString &code);
QString leaveReasonLabel(LeaveReason reason);
QList<LeaveReason> allLeaveReasons();

QString groupDimensionCode(GroupDimension dimension);
std::optional<GroupDimension> groupDimensionFromCode(const QString &code);
QString groupDimensionLabel(GroupDimension dimension);
QList<GroupDimension> allGroupDimensions();

QString pivotMeasureCode(PivotMeasure measure);
std::optional<PivotMeasure> pivotMeasureFromCode(const QString &code);
QString pivotMeasureLabel(PivotMeasure measure);
QList<PivotMeasure> allPivotMeasures();

// One row of `chat_groups`. Ids of 0 and a number of 0 mean "none" (NULL in the database).
struct Group
{
    qint64 id = 0;
    QString name;
    int number = 0;                     // the sub-group's number in the naming scheme (宠粉群 3)
    GroupPurpose purpose = GroupPurpose::ShoppingGuide;
    qint64 tierId = 0;
    qint64 teamId = 0;
    IdentitySegment identitySegment = IdentitySegment::Mixed;
    qint64 channelId = 0;
    qint64 regionId = 0;
    qint64 parentId = 0;                // the master group above a sub-group
    qint64 ownerMemberId = 0;
    qint64 operatorId = 0;
    int capacity = 500;                 // WeChat caps a group at 500
    QDate createdOn;                    // invalid: today, set by the database on create
    QDate filledOn;                     // the day the group reached capacity; starts the strong stage
    GroupStatus status = GroupStatus::Active;
    QDateTime statusChangedAt;
    QString rules;
    QString culture;
    QDateTime createdAt;
    QDateTime updatedAt;

    // The row as JSON for the audit log, with codes rather than labels.
    QJsonObject toJson() const;
};

// Checks what the schema would refuse, in words: an empty string means the group is valid.
QString validateGroup(const Group &group);

// The key of a group along a matrix dimension, as GroupGrid uses it: the id as text for the
// dimension tables, the code for purpose and identity, and an empty string for "unassigned".
// A Group does not carry its lifecycle stage (it is recorded in group_stages), so Stage always
// gives the empty key here; whoever holds the recorded stage answers it instead (GroupTableModel
// gives lifecycleStageCode() of the open span).
QString groupDimensionKey(const Group &group, GroupDimension dimension);

// One stay of a member in a group; a member who leaves and rejoins has two.
struct Membership
{
    qint64 id = 0;
    qint64 memberId = 0;
    qint64 groupId = 0;
    MembershipRole role = MembershipRole::Member;
    QDateTime joinedAt;
    QDateTime leftAt;                   // invalid while the membership is open
    std::optional<LeaveReason> leaveReason;

    bool isOpen() const { return !leftAt.isValid(); }
    QJsonObject toJson() const;
};

} // namespace qundesk
