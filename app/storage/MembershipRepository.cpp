#include "storage/MembershipRepository.h"

#include "storage/AuditRepository.h"
#include "storage/Query.h"
#include "storage/SqlTransaction.h"


namespace qundesk {

namespace {

const QString AuditEntity = QStringLiteral("membership");
const QString DbTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
const QString MembershipColumns = QStringLiteral("m.id, m.member_id, m.group_id, m.role, m.joined_at, m.left_at, "
                                                 "m.leave_reason");

QDateTime parseTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    const QString s = v.toString();
    QDateTime t = QDateTime::fromString(s.left(19), DbTimeFormat);
    return t.isValid() ? t : QDateTime::fromString(s, Qt::ISODate);
}

QString timeText(const QDateTime &t)
{
    return (t.isValid() ? t : QDateTime::currentDateTime()).toString(DbTimeFormat);
}

Membership readMembership(const Query &q, int c = 0)
{
    Membership m;
    m.id = q.value(c).toLongLong();
    m.memberId = q.value(c + 1).toLongLong();
    m.groupId = q.value(c + 2).toLongLong();
    m.role = membershipRoleFromCode(q.value(c + 3).toString()).value_or(MembershipRole::Member);
    m.joinedAt = parseTime(q.value(c + 4));
    m.leftAt = parseTime(q.value(c + 5));
    if (!q.value(c + 6).isNull())
        m.leaveReason = leaveReasonFromCode(q.value(c + 6).toString());
    return m;
}

DatabaseError constraint(const QString &message)
{
    return DatabaseError::make(DatabaseError::Kind::Constraint, message);
}

} // namespace

// The schema's answers ("UNIQUE constraint failed: memberships.member_id, memberships.group_id",
// "FOREIGN KEY constraint failed") do not say who or where; look it up and say it.
DatabaseError MembershipRepository::explainJoinError(qint64 memberId, qint64 groupId, DatabaseError err)
{
    if (err.kind != DatabaseError::Kind::Constraint)
        return err;
    Query open(m_db, QStringLiteral("SELECT mb.display_name, g.name, m.joined_at FROM memberships m "
                                    "JOIN members mb ON mb.id = m.member_id JOIN chat_groups g ON g.id = m.group_id "
                                    "WHERE m.member_id = :member AND m.group_id = :group AND m.left_at IS NULL"));
    open.bind(QStringLiteral(":member"), memberId).bind(QStringLiteral(":group"), groupId);
    if (!open.exec(tr("check membership")) && open.next())
        return constraint(tr("%1 is already in “%2” (since %3). Record the leave first to add them again.")
                              .arg(open.value(0).toString(), open.value(1).toString(),
                                   open.value(2).toString().left(10)));
    Query member(m_db, QStringLiteral("SELECT 1 FROM members WHERE id = :id"));
    member.bind(QStringLiteral(":id"), memberId);
    if (!member.exec(tr("check member")) && !member.next())
        return constraint(tr("Member %1 does not exist.").arg(memberId));
    return err;
}

DatabaseError MembershipRepository::join(qint64 memberId, qint64 groupId, MembershipRole role,
                                         const QDateTime &joinedAt, qint64 *membershipId)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Query group(m_db, QStringLiteral("SELECT name, status FROM chat_groups WHERE id = :id"));
    group.bind(QStringLiteral(":id"), groupId);
    if (auto err = group.exec(tr("read group")))
        return err;
    if (!group.next())
        return DatabaseError::make(DatabaseError::Kind::NotFound, tr("Group %1 does not exist.").arg(groupId));
    if (group.value(1).toString() == groupStatusCode(GroupStatus::Dissolved))
        return constraint(tr("“%1” is dissolved; nobody can join it.").arg(group.value(0).toString()));

    Query q(m_db, QStringLiteral("INSERT INTO memberships (member_id, group_id, role, joined_at) "
                                 "VALUES (:member, :group, :role, :joined)"));
    q.bind(QStringLiteral(":member"), memberId)
        .bind(QStringLiteral(":group"), groupId)
        .bind(QStringLiteral(":role"), membershipRoleCode(role))
        .bind(QStringLiteral(":joined"), timeText(joinedAt));
    if (auto err = q.exec(tr("add member %1 to “%2”").arg(memberId).arg(group.value(0).toString())))
        return explainJoinError(memberId, groupId, err);
    const qint64 id = q.lastInsertId();
    Membership stored;
    if (auto err = get(id, &stored))
        return err;
    if (auto err = AuditRepository(m_db).record(QStringLiteral("join"), AuditEntity, id, {}, stored.toJson()))
        return err;
    if (auto err = tx.commit())
        return err;
    if (membershipId)
        *membershipId = id;
    return {};
}

DatabaseError MembershipRepository::closeMembership(const Membership &open, LeaveReason reason, const QDateTime &leftAt)
{
    const QString when = timeText(leftAt);
    if (open.joinedAt.isValid() && when < open.joinedAt.toString(DbTimeFormat))
        return constraint(tr("A member cannot leave (%1) before joining (%2).")
                              .arg(when, open.joinedAt.toString(DbTimeFormat)));
    Query q(m_db, QStringLiteral("UPDATE memberships SET left_at = :at, leave_reason = :reason "
                                 "WHERE id = :id AND left_at IS NULL"));
    q.bind(QStringLiteral(":at"), when).bind(QStringLiteral(":reason"), leaveReasonCode(reason))
        .bind(QStringLiteral(":id"), open.id);
    if (auto err = q.exec(tr("record the leave")))
        return err;
    Membership after;
    if (auto err = get(open.id, &after))
        return err;
    return AuditRepository(m_db).record(QStringLiteral("leave"), AuditEntity, open.id, open.toJson(), after.toJson());
}

DatabaseError MembershipRepository::leave(qint64 membershipId, LeaveReason reason, const QDateTime &leftAt)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Membership open;
    if (auto err = get(membershipId, &open))
        return err;
    if (!open.isOpen())
        return constraint(tr("This membership already ended on %1.").arg(open.leftAt.toString(DbTimeFormat)));
    if (auto err = closeMembership(open, reason, leftAt))
        return err;
    return tx.commit();
}

DatabaseError MembershipRepository::leave(qint64 memberId, qint64 groupId, LeaveReason reason, const QDateTime &leftAt)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Query q(m_db, QStringLiteral("SELECT ") + MembershipColumns + QStringLiteral(
                      " FROM memberships m WHERE m.member_id = :member AND m.group_id = :group AND m.left_at IS NULL"));
    q.bind(QStringLiteral(":member"), memberId).bind(QStringLiteral(":group"), groupId);
    if (auto err = q.exec(tr("find membership")))
        return err;
    if (!q.next())
        return DatabaseError::make(DatabaseError::Kind::NotFound,
                                   tr("Member %1 is not in group %2.").arg(memberId).arg(groupId));
    const Membership open = readMembership(q);
    if (auto err = closeMembership(open, reason, leftAt))
        return err;
    return tx.commit();
}

DatabaseError MembershipRepository::setRole(qint64 membershipId, MembershipRole role)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Membership before;
    if (auto err = get(membershipId, &before))
        return err;
    Query q(m_db, QStringLiteral("UPDATE memberships SET role = :role WHERE id = :id"));
    q.bind(QStringLiteral(":role"), membershipRoleCode(role)).bind(QStringLiteral(":id"), membershipId);
    if (auto err = q.exec(tr("change the member's role")))
        return err;
    Membership after = before;
    after.role = role;
    if (auto err = AuditRepository(m_db).record(QStringLiteral("update"), AuditEntity, membershipId, before.toJson(),
                                                after.toJson()))
        return err;
    return tx.commit();
}

DatabaseError MembershipRepository::get(qint64 membershipId, Membership *out)
{
    Query q(m_db, QStringLiteral("SELECT ") + MembershipColumns + QStringLiteral(" FROM memberships m WHERE m.id = :id"));
    q.bind(QStringLiteral(":id"), membershipId);
    if (auto err = q.exec(tr("read membership")))
        return err;
    if (!q.next())
        return DatabaseError::make(DatabaseError::Kind::NotFound,
                                   tr("Membership %1 does not exist.").arg(membershipId));
    *out = readMembership(q);
    return {};
}

GroupMemberRow groupMemberRowFrom(const Query &q)
{
    GroupMemberRow row;
    row.membershipId = q.value(0).toLongLong();
    row.memberId = q.value(1).toLongLong();
    row.displayName = q.value(2).toString();
    row.groupNickname = q.value(3).toString();
    row.role = membershipRoleFromCode(q.value(4).toString()).value_or(MembershipRole::Member);
    row.joinedAt = parseTime(q.value(5));
    row.koc = q.value(6).toInt() != 0;
    return row;
}

DatabaseError MembershipRepository::listForGroup(qint64 groupId, qint64 afterMembershipId, int limit,
                                                 QList<GroupMemberRow> *out)
{
    // memberships_group (group_id, left_at) holds the rowid too, so this is one index range.
    Query q(m_db, QStringLiteral("SELECT m.id, m.member_id, mb.display_name, mb.group_nickname, m.role, m.joined_at, "
                                 "mb.is_koc FROM memberships m JOIN members mb ON mb.id = m.member_id "
                                 "WHERE m.group_id = :group AND m.left_at IS NULL AND m.id > :after "
                                 "ORDER BY m.id LIMIT :limit"));
    q.bind(QStringLiteral(":group"), groupId)
        .bind(QStringLiteral(":after"), afterMembershipId)
        .bind(QStringLiteral(":limit"), limit);
    if (auto err = q.exec(tr("list the members of group %1").arg(groupId)))
        return err;
    out->clear();
    while (q.next())
        out->append(groupMemberRowFrom(q));
    return {};
}

DatabaseError MembershipRepository::listForMember(qint64 memberId, QList<MemberGroupRow> *out)
{
    Query q(m_db, QStringLiteral("SELECT ") + MembershipColumns + QStringLiteral(
                      ", g.name, g.status FROM memberships m JOIN chat_groups g ON g.id = m.group_id "
                      "WHERE m.member_id = :member ORDER BY m.joined_at DESC, m.id DESC"));
    q.bind(QStringLiteral(":member"), memberId);
    if (auto err = q.exec(tr("list the groups of member %1").arg(memberId)))
        return err;
    out->clear();
    while (q.next()) {
        MemberGroupRow row;
        row.membership = readMembership(q);
        row.groupName = q.value(7).toString();
        row.groupStatus = groupStatusFromCode(q.value(8).toString()).value_or(GroupStatus::Active);
        out->append(row);
    }
    return {};
}

DatabaseError MembershipRepository::openCount(qint64 groupId, int *out)
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM memberships WHERE group_id = :group AND left_at IS NULL"));
    q.bind(QStringLiteral(":group"), groupId);
    if (auto err = q.exec(tr("count the members of group %1").arg(groupId)))
        return err;
    *out = q.next() ? q.value(0).toInt() : 0;
    return {};
}

} // namespace qundesk
