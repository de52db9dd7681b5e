#include "groups/GroupCommands.h"

#include "storage/GroupRepository.h"
#include "storage/MembershipRepository.h"

namespace qundesk::ui {

DatabaseError GroupCommand::apply()
{
    const DatabaseError err = forward();
    m_applied = !err;
    if (!err)
        m_context->changed(groupId(), touchesFields());
    return err;
}

void GroupCommand::redo()
{
    if (m_applied) {
        m_applied = false;      // the first redo, right after apply(), has nothing to do
        return;
    }
    finish(forward());
}

void GroupCommand::undo()
{
    finish(backward());
}

void GroupCommand::finish(const DatabaseError &err)
{
    if (err) {
        setObsolete(true);
        m_context->failed(err.message);
    }
    m_context->changed(groupId(), touchesFields());
}

SaveGroupCommand::SaveGroupCommand(const GroupCommandContext *context, const Group &before, const Group &after,
                                   const QList<RoleChange> &roles)
    : GroupCommand(context)
    , m_before(before)
    , m_after(after)
    , m_roles(roles)
{
    setText(QCoreApplication::translate("GroupCommand", "save “%1”").arg(after.name.trimmed()));
}

// The group row and the owners' roles are separate audited transactions (the repositories open
// their own); when a role change fails, what was already written is put back so the command is
// all or nothing as far as the database allows.
DatabaseError SaveGroupCommand::forward()
{
    if (auto err = GroupRepository(db()).update(m_after))
        return err;
    MembershipRepository memberships(db());
    for (qsizetype i = 0; i < m_roles.size(); ++i) {
        if (auto err = memberships.setRole(m_roles.at(i).membershipId, m_roles.at(i).to)) {
            for (qsizetype j = i - 1; j >= 0; --j)
                memberships.setRole(m_roles.at(j).membershipId, m_roles.at(j).from);
            GroupRepository(db()).update(m_before);
            return err;
        }
    }
    return {};
}

DatabaseError SaveGroupCommand::backward()
{
    MembershipRepository memberships(db());
    for (auto it = m_roles.crbegin(); it != m_roles.crend(); ++it) {
        if (auto err = memberships.setRole(it->membershipId, it->from))
            return err;
    }
    return GroupRepository(db()).update(m_before);
}

SetRoleCommand::SetRoleCommand(const GroupCommandContext *context, qint64 groupId, const QString &memberName,
                               const RoleChange &change)
    : GroupCommand(context)
    , m_groupId(groupId)
    , m_change(change)
{
    setText(QCoreApplication::translate("GroupCommand", "make %1 %2").arg(memberName, membershipRoleLabel(change.to)));
}

DatabaseError SetRoleCommand::forward()
{
    return MembershipRepository(db()).setRole(m_change.membershipId, m_change.to);
}

DatabaseError SetRoleCommand::backward()
{
    return MembershipRepository(db()).setRole(m_change.membershipId, m_change.from);
}

GroupStatusCommand::GroupStatusCommand(const GroupCommandContext *context, qint64 groupId, const QString &groupName,
                                       bool archive)
    : GroupCommand(context)
    , m_groupId(groupId)
    , m_archive(archive)
{
    setText(archive ? QCoreApplication::translate("GroupCommand", "archive “%1”").arg(groupName)
                    : QCoreApplication::translate("GroupCommand", "restore “%1”").arg(groupName));
}

DatabaseError GroupStatusCommand::forward()
{
    GroupRepository groups(db());
    return m_archive ? groups.archive(m_groupId) : groups.restore(m_groupId);
}

DatabaseError GroupStatusCommand::backward()
{
    GroupRepository groups(db());
    return m_archive ? groups.restore(m_groupId) : groups.archive(m_groupId);
}

} // namespace qundesk::ui
