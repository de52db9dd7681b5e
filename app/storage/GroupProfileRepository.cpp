#include "storage/GroupProfileRepository.h"

#include "storage/Query.h"

namespace qundesk {

namespace {

QString memberWhere(const GroupMemberFilter &filter)
{
    QString where = QStringLiteral("m.group_id = :group AND m.left_at IS NULL");
    if (filter.kocOnly)
        where += QStringLiteral(" AND mb.is_koc = 1");
    if (filter.role)
        where += QStringLiteral(" AND m.role = :role");
    if (!filter.text.trimmed().isEmpty())
        where += QStringLiteral(" AND (mb.display_name LIKE :text ESCAPE '\\' OR mb.group_nickname LIKE :text ESCAPE '\\')");
    return where;
}

void bindMemberFilter(Query &q, qint64 groupId, const GroupMemberFilter &filter)
{
    q.bind(QStringLiteral(":group"), groupId);
    if (filter.role)
        q.bind(QStringLiteral(":role"), membershipRoleCode(*filter.role));
    if (!filter.text.trimmed().isEmpty()) {
        QString pattern = filter.text.trimmed();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        q.bind(QStringLiteral(":text"), QString(QLatin1Char('%') + pattern + QLatin1Char('%')));
    }
}

} // namespace

DatabaseError GroupProfileRepository::masterGroups(qint64 excludeId, QList<MasterGroupChoice> *out)
{
    Query q(m_db, QStringLiteral("SELECT id, name FROM chat_groups WHERE purpose = 'master' "
                                 "AND status <> 'dissolved' AND id <> :exclude ORDER BY name, id"));
    q.bind(QStringLiteral(":exclude"), excludeId);
    if (auto err = q.exec(tr("list the master groups")))
        return err;
    out->clear();
    while (q.next())
        out->append({q.value(0).toLongLong(), q.value(1).toString()});
    return {};
}

DatabaseError GroupProfileRepository::nextNumber(GroupPurpose purpose, int *number, QString *lastName)
{
    Query q(m_db, QStringLiteral("SELECT number, name FROM chat_groups WHERE purpose = :purpose "
                                 "AND status <> 'dissolved' AND number IS NOT NULL ORDER BY number DESC, id DESC "
                                 "LIMIT 1"));
    q.bind(QStringLiteral(":purpose"), groupPurposeCode(purpose));
    if (auto err = q.exec(tr("find the next group number")))
        return err;
    const bool found = q.next();
    *number = found ? q.value(0).toInt() + 1 : 1;
    if (lastName)
        *lastName = found ? q.value(1).toString() : QString();
    return {};
}

DatabaseError GroupProfileRepository::memberPage(qint64 groupId, const GroupMemberFilter &filter,
                                                 qint64 afterMembershipId, int limit, QList<GroupMemberRow> *out)
{
    Query q(m_db, QStringLiteral("SELECT m.id, m.member_id, mb.display_name, mb.group_nickname, m.role, "
                                 "m.joined_at, mb.is_koc FROM memberships m JOIN members mb ON mb.id = m.member_id "
                                 "WHERE ") + memberWhere(filter)
                      + QStringLiteral(" AND m.id > :after ORDER BY m.id LIMIT :limit"));
    bindMemberFilter(q, groupId, filter);
    q.bind(QStringLiteral(":after"), afterMembershipId).bind(QStringLiteral(":limit"), limit);
    if (auto err = q.exec(tr("list the members of group %1").arg(groupId)))
        return err;
    out->clear();
    while (q.next())
        out->append(groupMemberRowFrom(q));
    return {};
}

DatabaseError GroupProfileRepository::memberCount(qint64 groupId, const GroupMemberFilter &filter, qint64 *out)
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM memberships m JOIN members mb ON mb.id = m.member_id WHERE ")
                      + memberWhere(filter));
    bindMemberFilter(q, groupId, filter);
    if (auto err = q.exec(tr("count the members of group %1").arg(groupId)))
        return err;
    *out = q.next() ? q.value(0).toLongLong() : 0;
    return {};
}

DatabaseError GroupProfileRepository::openMembership(qint64 groupId, qint64 memberId, Membership *out)
{
    Query q(m_db, QStringLiteral("SELECT id FROM memberships WHERE group_id = :group AND member_id = :member "
                                 "AND left_at IS NULL"));
    q.bind(QStringLiteral(":group"), groupId).bind(QStringLiteral(":member"), memberId);
    if (auto err = q.exec(tr("find the membership of member %1").arg(memberId)))
        return err;
    if (!q.next())
        return DatabaseError::make(DatabaseError::Kind::NotFound,
                                   tr("Member %1 is not in group %2.").arg(memberId).arg(groupId));
    return MembershipRepository(m_db).get(q.value(0).toLongLong(), out);
}

} // namespace qundesk
