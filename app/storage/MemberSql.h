#pragma once

// Internal to the member storage translation units: the column lists and row readers shared by
// get(), the paging code and the export reader.

#include "domain/Member.h"
#include "storage/MemberRepository.h"
#include "storage/Query.h"

namespace qundesk::memberSql {

inline const QString MemberColumns = QStringLiteral(
    "id, display_name, group_nickname, platform_id, phone, identity, verification, verified_by, verified_at, "
    "verification_evidence, channel_id, region_id, tier_id, first_joined_at, is_koc, koc_since, koc_reason, "
    "blacklisted, blacklist_reason, blacklisted_at, points_balance, notes, created_at, updated_at");

inline Member readMember(const Query &q)
{
    Member m;
    m.id = q.value(0).toLongLong();
    m.displayName = q.value(1).toString();
    m.groupNickname = q.value(2).toString();
    m.platformId = q.value(3).toString();
    m.phone = q.value(4).toString();
    m.identity = identityFromCode(q.value(5).toString()).value_or(IdentityType::Unknown);
    m.verification = verificationFromCode(q.value(6).toString()).value_or(VerificationStatus::Unverified);
    m.verifiedBy = q.value(7).toLongLong();
    m.verifiedAt = fromDbTime(q.value(8).toString());
    m.verificationEvidence = q.value(9).toString();
    m.channelId = q.value(10).toLongLong();
    m.regionId = q.value(11).toLongLong();
    m.tierId = q.value(12).toLongLong();
    m.firstJoinedAt = fromDbTime(q.value(13).toString());
    m.koc = q.value(14).toInt() != 0;
    m.kocSince = fromDbTime(q.value(15).toString());
    m.kocReason = q.value(16).toString();
    m.blacklisted = q.value(17).toInt() != 0;
    m.blacklistReason = q.value(18).toString();
    m.blacklistedAt = fromDbTime(q.value(19).toString());
    m.pointsBalance = q.value(20).toLongLong();
    m.notes = q.value(21).toString();
    m.createdAt = fromDbTime(q.value(22).toString());
    m.updatedAt = fromDbTime(q.value(23).toString());
    return m;
}

// One line of the members table (MemberRow): these columns, then the sort value's expression,
// then RowJoins and the WHERE clause.
inline const QString RowColumns = QStringLiteral(
    "m.id, m.display_name, m.group_nickname, m.platform_id, m.phone, m.identity, m.verification, "
    "c.name, r.name, t.name, m.points_balance, m.is_koc, m.blacklisted, m.first_joined_at, ");

inline const QString RowJoins = QStringLiteral(
    " FROM members m LEFT JOIN channels c ON c.id = m.channel_id LEFT JOIN regions r ON r.id = m.region_id "
    "LEFT JOIN tiers t ON t.id = m.tier_id");

inline MemberRow readRow(const Query &q)
{
    MemberRow r;
    r.id = q.value(0).toLongLong();
    r.displayName = q.value(1).toString();
    r.groupNickname = q.value(2).toString();
    r.platformId = q.value(3).toString();
    r.phone = q.value(4).toString();
    r.identity = identityFromCode(q.value(5).toString()).value_or(IdentityType::Unknown);
    r.verification = verificationFromCode(q.value(6).toString()).value_or(VerificationStatus::Unverified);
    r.channelName = q.value(7).toString();
    r.regionName = q.value(8).toString();
    r.tierName = q.value(9).toString();
    r.points = q.value(10).toLongLong();
    r.koc = q.value(11).toInt() != 0;
    r.blacklisted = q.value(12).toInt() != 0;
    r.firstJoinedAt = fromDbTime(q.value(13).toString());
    r.sortValue = q.value(14);
    return r;
}

} // namespace qundesk::memberSql
