#pragma once

#include "domain/Group.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace qundesk {

// The target of a calendar entry: one group, or a selector over the matrix's dimensions (tier,
// team, identity, purpose; any combination, all of them must match) that GroupSelectorRepository
// resolves to the groups that are not dissolved when the entry is scheduled. A selector with no
// dimension set targets every group.
struct GroupSelector
{
    qint64 groupId = 0; // one group; when set, the dimensions are ignored
    qint64 tierId = 0;
    qint64 teamId = 0;
    std::optional<IdentitySegment> identity;
    std::optional<GroupPurpose> purpose;

    static GroupSelector single(qint64 groupId);

    bool isSingleGroup() const { return groupId > 0; }
    // No group and no dimension: every group.
    bool isEverything() const;

    // A readable label from the names of the tier and team (looked up by the caller, since the
    // domain has no SQL), e.g. "层级: 钻石 · 身份: 实体店主" or "所有群"; a single group is named by
    // groupName.
    QString label(const QString &groupName, const QString &tierName, const QString &teamName) const;

    // {"group": id} or {"tier": id, "team": id, "identity": code, "purpose": code} (set keys only).
    QJsonObject toJson() const;
    // Unknown codes or negative ids give std::nullopt.
    static std::optional<GroupSelector> fromJson(const QJsonObject &json);

    bool operator==(const GroupSelector &other) const = default;
};

} // namespace qundesk
