#include "storage/MemberExportReader.h"

#include "storage/Query.h"

namespace qundesk {

DatabaseError MemberExportReader::extras(const QList<qint64> &ids, QHash<qint64, Extras> *out)
{
    out->clear();
    if (ids.isEmpty())
        return {};
    QString placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i)
        placeholders += i ? QStringLiteral(", ?") : QStringLiteral("?");
    {
        Query q(m_db, QStringLiteral("SELECT id, notes FROM members WHERE id IN (%1)").arg(placeholders));
        for (qsizetype i = 0; i < ids.size(); ++i)
            q.raw().addBindValue(ids.at(i));
        if (auto err = q.exec(tr("read member notes")))
            return err;
        while (q.next())
            (*out)[q.value(0).toLongLong()].notes = q.value(1).toString();
    }
    Query q(m_db, QStringLiteral("SELECT mt.member_id, t.name FROM member_tags mt JOIN tags t ON t.id = mt.tag_id"
                                 " WHERE mt.member_id IN (%1) ORDER BY mt.member_id, t.name")
                      .arg(placeholders));
    for (qsizetype i = 0; i < ids.size(); ++i)
        q.raw().addBindValue(ids.at(i));
    if (auto err = q.exec(tr("read member tags")))
        return err;
    while (q.next())
        (*out)[q.value(0).toLongLong()].tags.append(q.value(1).toString());
    return {};
}

DatabaseError MemberExportReader::rows(const QList<qint64> &ids, QList<MemberRow> *out)
{
    out->clear();
    if (ids.isEmpty())
        return {};
    QString placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i)
        placeholders += i ? QStringLiteral(", ?") : QStringLiteral("?");
    Query q(m_db, QStringLiteral("SELECT m.id, m.display_name, m.group_nickname, m.platform_id, m.phone, m.identity,"
                                 " m.verification, c.name, r.name, t.name, m.points_balance, m.is_koc, m.blacklisted,"
                                 " m.first_joined_at FROM members m"
                                 " LEFT JOIN channels c ON c.id = m.channel_id LEFT JOIN regions r ON r.id = m.region_id"
                                 " LEFT JOIN tiers t ON t.id = m.tier_id WHERE m.id IN (%1) ORDER BY m.id")
                      .arg(placeholders));
    for (qsizetype i = 0; i < ids.size(); ++i)
        q.raw().addBindValue(ids.at(i));
    if (auto err = q.exec(tr("read members")))
        return err;
    while (q.next()) {
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
        out->append(r);
    }
    return {};
}

} // namespace qundesk
