#include "domain/Group.h"

#include "domain/EnumTable.h"

namespace qundesk {

namespace {

using enumtable::Entry;

constexpr char PurposeContext[] = "GroupPurpose";
constexpr Entry<GroupPurpose> PurposeTable[] = {
    {GroupPurpose::Master, "master", QT_TRANSLATE_NOOP("GroupPurpose", "Master group")},
    {GroupPurpose::Sub, "sub", QT_TRANSLATE_NOOP("GroupPurpose", "Sub-group")},
    {GroupPurpose::ShoppingGuide, "shopping_guide", QT_TRANSLATE_NOOP("GroupPurpose", "Shopping guide")},
    {GroupPurpose::Perks, "perks", QT_TRANSLATE_NOOP("GroupPurpose", "Perks")},
    {GroupPurpose::AfterSales, "after_sales", QT_TRANSLATE_NOOP("GroupPurpose", "After-sales")},
    {GroupPurpose::Material, "material", QT_TRANSLATE_NOOP("GroupPurpose", "Material")},
    {GroupPurpose::Training, "training", QT_TRANSLATE_NOOP("GroupPurpose", "Training")},
    {GroupPurpose::Other, "other", QT_TRANSLATE_NOOP("GroupPurpose", "Other")},
};

constexpr char SegmentContext[] = "IdentitySegment";
constexpr Entry<IdentitySegment> SegmentTable[] = {
    {IdentitySegment::Store, "store", QT_TRANSLATE_NOOP("IdentitySegment", "Store owners")},
    {IdentitySegment::Online, "online", QT_TRANSLATE_NOOP("IdentitySegment", "Online resellers")},
    {IdentitySegment::Consumer, "consumer", QT_TRANSLATE_NOOP("IdentitySegment", "Consumers")},
    {IdentitySegment::Mixed, "mixed", QT_TRANSLATE_NOOP("IdentitySegment", "Mixed")},
};

constexpr char StatusContext[] = "GroupStatus";
constexpr Entry<GroupStatus> StatusTable[] = {
    {GroupStatus::Active, "active", QT_TRANSLATE_NOOP("GroupStatus", "Active")},
    {GroupStatus::Archived, "archived", QT_TRANSLATE_NOOP("GroupStatus", "Archived")},
    {GroupStatus::Dissolved, "dissolved", QT_TRANSLATE_NOOP("GroupStatus", "Dissolved")},
};

constexpr char RoleContext[] = "MembershipRole";
constexpr Entry<MembershipRole> RoleTable[] = {
    {MembershipRole::Member, "member", QT_TRANSLATE_NOOP("MembershipRole", "Member")},
    {MembershipRole::Owner, "owner", QT_TRANSLATE_NOOP("MembershipRole", "Owner")},
    {MembershipRole::ViceOwner, "vice_owner", QT_TRANSLATE_NOOP("MembershipRole", "Vice owner")},
    {MembershipRole::Admin, "admin", QT_TRANSLATE_NOOP("MembershipRole", "Admin")},
};

constexpr char ReasonContext[] = "LeaveReason";
constexpr Entry<LeaveReason> ReasonTable[] = {
    {LeaveReason::Left, "left", QT_TRANSLATE_NOOP("LeaveReason", "Left")},
    {LeaveReason::Kicked, "kicked", QT_TRANSLATE_NOOP("LeaveReason", "Removed")},
    {LeaveReason::Migrated, "migrated", QT_TRANSLATE_NOOP("LeaveReason", "Moved to another group")},
    {LeaveReason::Dissolved, "dissolved", QT_TRANSLATE_NOOP("LeaveReason", "Group dissolved")},
};

// Dimensions have no database code; the table gives them a stable one for settings.
constexpr char DimensionContext[] = "GroupDimension";
constexpr Entry<GroupDimension> DimensionTable[] = {
    {GroupDimension::Tier, "tier", QT_TRANSLATE_NOOP("GroupDimension", "Tier")},
    {GroupDimension::Team, "team", QT_TRANSLATE_NOOP("GroupDimension", "Team")},
    {GroupDimension::Operator, "operator", QT_TRANSLATE_NOOP("GroupDimension", "Operator")},
    {GroupDimension::Purpose, "purpose", QT_TRANSLATE_NOOP("GroupDimension", "Purpose")},
    {GroupDimension::Identity, "identity", QT_TRANSLATE_NOOP("GroupDimension", "Identity")},
    {GroupDimension::Channel, "channel", QT_TRANSLATE_NOOP("GroupDimension", "Channel")},
    {GroupDimension::Region, "region", QT_TRANSLATE_NOOP("GroupDimension", "Region")},
    {GroupDimension::Stage, "stage", QT_TRANSLATE_NOOP("GroupDimension", "Lifecycle stage")},
};

constexpr char MeasureContext[] = "PivotMeasure";
constexpr Entry<PivotMeasure> MeasureTable[] = {
    {PivotMeasure::Groups, "groups", QT_TRANSLATE_NOOP("PivotMeasure", "Groups")},
    {PivotMeasure::Members, "members", QT_TRANSLATE_NOOP("PivotMeasure", "Members")},
    {PivotMeasure::ActiveRate7d, "active_rate_7d", QT_TRANSLATE_NOOP("PivotMeasure", "Active rate (7 days)")},
    {PivotMeasure::MessagesPerDay, "messages_per_day", QT_TRANSLATE_NOOP("PivotMeasure", "Messages per day")},
    {PivotMeasure::NetJoins30d, "net_joins_30d", QT_TRANSLATE_NOOP("PivotMeasure", "Net joins (30 days)")},
    {PivotMeasure::Gmv30d, "gmv_30d", QT_TRANSLATE_NOOP("PivotMeasure", "GMV (30 days, yuan)")},
    {PivotMeasure::KocCount, "koc_count", QT_TRANSLATE_NOOP("PivotMeasure", "KOCs")},
};

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))) : QJsonValue();
}

} // namespace

QString groupPurposeCode(GroupPurpose purpose) { return enumtable::code(PurposeTable, purpose); }
std::optional<GroupPurpose> groupPurposeFromCode(const QString &code) { return enumtable::fromCode(PurposeTable, code); }
QString groupPurposeLabel(GroupPurpose purpose) { return enumtable::label(PurposeContext, PurposeTable, purpose); }
QList<GroupPurpose> allGroupPurposes() { return enumtable::all(PurposeTable); }

QString identitySegmentCode(IdentitySegment segment) { return enumtable::code(SegmentTable, segment); }
std::optional<IdentitySegment> identitySegmentFromCode(const QString &code) { return enumtable::fromCode(SegmentTable, code); }
QString identitySegmentLabel(IdentitySegment segment) { return enumtable::label(SegmentContext, SegmentTable, segment); }
QList<IdentitySegment> allIdentitySegments() { return enumtable::all(SegmentTable); }

QString groupStatusCode(GroupStatus status) { return enumtable::code(StatusTable, status); }
std::optional<GroupStatus> groupStatusFromCode(const QString &code) { return enumtable::fromCode(StatusTable, code); }
QString groupStatusLabel(GroupStatus status) { return enumtable::label(StatusContext, StatusTable, status); }
QList<GroupStatus> allGroupStatuses() { return enumtable::all(StatusTable); }

QString membershipRoleCode(MembershipRole role) { return enumtable::code(RoleTable, role); }
std::optional<MembershipRole> membershipRoleFromCode(const QString &code) { return enumtable::fromCode(RoleTable, code); }
QString membershipRoleLabel(MembershipRole role) { return enumtable::label(RoleContext, RoleTable, role); }
QList<MembershipRole> allMembershipRoles() { return enumtable::all(RoleTable); }

QString leaveReasonCode(LeaveReason reason) { return enumtable::code(ReasonTable, reason); }
std::optional<LeaveReason> leaveReasonFromCode(const QString &code) { return enumtable::fromCode(ReasonTable, code); }
QString leaveReasonLabel(LeaveReason reason) { return enumtable::label(ReasonContext, ReasonTable, reason); }
QList<LeaveReason> allLeaveReasons() { return enumtable::all(ReasonTable); }

QString groupDimensionCode(GroupDimension dimension) { return enumtable::code(DimensionTable, dimension); }
std::optional<GroupDimension> groupDimensionFromCode(const QString &code) { return enumtable::fromCode(DimensionTable, code); }
QString groupDimensionLabel(GroupDimension dimension) { return enumtable::label(DimensionContext, DimensionTable, dimension); }
QList<GroupDimension> allGroupDimensions() { return enumtable::all(DimensionTable); }

QString pivotMeasureCode(PivotMeasure measure) { return enumtable::code(MeasureTable, measure); }
std::optional<PivotMeasure> pivotMeasureFromCode(const QString &code) { return enumtable::fromCode(MeasureTable, code); }
QString pivotMeasureLabel(PivotMeasure measure) { return enumtable::label(MeasureContext, MeasureTable, measure); }
QList<PivotMeasure> allPivotMeasures() { return enumtable::all(MeasureTable); }

QJsonObject Group::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), idOrNull(id)},
        {QStringLiteral("name"), name},
        {QStringLiteral("number"), number > 0 ? QJsonValue(number) : QJsonValue()},
        {QStringLiteral("purpose"), groupPurposeCode(purpose)},
        {QStringLiteral("tier_id"), idOrNull(tierId)},
        {QStringLiteral("team_id"), idOrNull(teamId)},
        {QStringLiteral("identity_segment"), identitySegmentCode(identitySegment)},
        {QStringLiteral("channel_id"), idOrNull(channelId)},
        {QStringLiteral("region_id"), idOrNull(regionId)},
        {QStringLiteral("parent_id"), idOrNull(parentId)},
        {QStringLiteral("owner_member_id"), idOrNull(ownerMemberId)},
        {QStringLiteral("operator_id"), idOrNull(operatorId)},
        {QStringLiteral("capacity"), capacity},
        {QStringLiteral("created_on"), dateOrNull(createdOn)},
        {QStringLiteral("filled_on"), dateOrNull(filledOn)},
        {QStringLiteral("status"), groupStatusCode(status)},
        {QStringLiteral("status_changed_at"), timeOrNull(statusChangedAt)},
        {QStringLiteral("rules"), textOrNull(rules)},
        {QStringLiteral("culture"), textOrNull(culture)},
    };
}

QString validateGroup(const Group &group)
{
    if (group.name.trimmed().isEmpty())
        return QCoreApplication::translate("Group", "The group needs a name.");
    if (group.capacity <= 0)
        return QCoreApplication::translate("Group", "The member cap of “%1” must be at least 1 (WeChat allows 500).")
            .arg(group.name);
    if (group.number < 0)
        return QCoreApplication::translate("Group", "The number of “%1” must be positive.").arg(group.name);
    if (group.id > 0 && group.parentId == group.id)
        return QCoreApplication::translate("Group", "“%1” cannot be its own master group.").arg(group.name);
    if (group.filledOn.isValid() && group.createdOn.isValid() && group.filledOn < group.createdOn)
        return QCoreApplication::translate("Group", "“%1” cannot be full before it was created.").arg(group.name);
    return {};
}

QString groupDimensionKey(const Group &group, GroupDimension dimension)
{
    const auto idKey = [](qint64 id) { return id > 0 ? QString::number(id) : QString(); };
    switch (dimension) {
    case GroupDimension::Tier:
        return idKey(group.tierId);
    case GroupDimension::Team:
        return idKey(group.teamId);
    case GroupDimension::Operator:
        return idKey(group.operatorId);
    case GroupDimension::Purpose:
        return groupPurposeCode(group.purpose);
    case GroupDimension::Identity:
        return identitySegmentCode(group.identitySegment);
    case GroupDimension::Channel:
        return idKey(group.channelId);
    case GroupDimension::Region:
        return idKey(group.regionId);
    case GroupDimension::Stage:
        // Not a property of the row: see the header.
        return {};
    }
    return {};
}

QJsonObject Membership::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), idOrNull(id)},
        {QStringLiteral("member_id"), idOrNull(memberId)},
        {QStringLiteral("group_id"), idOrNull(groupId)},
        {QStringLiteral("role"), membershipRoleCode(role)},
        {QStringLiteral("joined_at"), timeOrNull(joinedAt)},
        {QStringLiteral("left_at"), timeOrNull(leftAt)},
        {QStringLiteral("leave_reason"), leaveReason ? QJsonValue(leaveReasonCode(*leaveReason)) : QJsonValue()},
    };
}

} // namespace qundesk
