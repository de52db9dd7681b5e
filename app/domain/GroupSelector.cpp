#include "domain/GroupSelector.h"

#include <QCoreApplication>
#include <QStringList>

namespace qundesk {

namespace {

const QString GroupKey = QStringLiteral("group");
const QString TierKey = QStringLiteral("tier");
const QString TeamKey = QStringLiteral("team");
const QString IdentityKey = QStringLiteral("identity");
const QString PurposeKey = QStringLiteral("purpose");

} // namespace

GroupSelector GroupSelector::single(qint64 groupId)
{
    GroupSelector s;
    s.groupId = groupId;
    return s;
}

bool GroupSelector::isEverything() const
{
    return groupId <= 0 && tierId <= 0 && teamId <= 0 && !identity && !purpose;
}

QString GroupSelector::label(const QString &groupName, const QString &tierName, const QString &teamName) const
{
    if (isSingleGroup())
        return groupName.isEmpty() ? QStringLiteral("#%1").arg(groupId) : groupName;
    if (isEverything())
        return QCoreApplication::translate("GroupSelector", "All groups");
    QStringList parts;
    if (tierId > 0) {
        parts << QCoreApplication::translate("GroupSelector", "Tier: %1")
                     .arg(tierName.isEmpty() ? QStringLiteral("#%1").arg(tierId) : tierName);
    }
    if (teamId > 0) {
        parts << QCoreApplication::translate("GroupSelector", "Team: %1")
                     .arg(teamName.isEmpty() ? QStringLiteral("#%1").arg(teamId) : teamName);
    }
    if (identity)
        parts << QCoreApplication::translate("GroupSelector", "Identity: %1").arg(identitySegmentLabel(*identity));
    if (purpose)
        parts << QCoreApplication::translate("GroupSelector", "Purpose: %1").arg(groupPurposeLabel(*purpose));
    return parts.join(QStringLiteral(" · "));
}

QJsonObject GroupSelector::toJson() const
{
    QJsonObject json;
    if (isSingleGroup()) {
        json.insert(GroupKey, groupId);
        return json;
    }
    if (tierId > 0)
        json.insert(TierKey, tierId);
    if (teamId > 0)
        json.insert(TeamKey, teamId);
    if (identity)
        json.insert(IdentityKey, identitySegmentCode(*identity));
    if (purpose)
        json.insert(PurposeKey, groupPurposeCode(*purpose));
    return json;
}

std::optional<GroupSelector> GroupSelector::fromJson(const QJsonObject &json)
{
    GroupSelector s;
    auto readId = [&](const QString &key, qint64 *id) {
        if (!json.contains(key))
            return true;
        const QJsonValue v = json.value(key);
        if (!v.isDouble() || v.toInteger(-1) <= 0)
            return false;
        *id = v.toInteger();
        return true;
    };
    if (!readId(GroupKey, &s.groupId) || !readId(TierKey, &s.tierId) || !readId(TeamKey, &s.teamId))
        return std::nullopt;
    if (json.contains(IdentityKey)) {
        s.identity = identitySegmentFromCode(json.value(IdentityKey).toString());
        if (!s.identity)
            return std::nullopt;
    }
    if (json.contains(PurposeKey)) {
        s.purpose = groupPurposeFromCode(json.value(PurposeKey).toString());
        if (!s.purpose)
            return std::nullopt;
    }
    return s;
}

} // namespace qundesk
