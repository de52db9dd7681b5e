#pragma once

#include "domain/Group.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>

namespace qundesk::ui {

// What the group profile's undo commands need from their dialog: the database, and how to
// tell it that something changed (so it re-reads) or failed (so it says why).
struct GroupCommandContext
{
    QSqlDatabase db;
    // fields: whether the group's own row changed (not only a membership's role).
    std::function<void(qint64 groupId, bool fields)> changed;
    std::function<void(const QString &message)> failed;
};

// The commands write through the repositories in both directions, so an undo is itself a
// change in the audit log. apply() performs the change the first time (the dialog pushes the
// command only when that succeeded); the stack's first redo() is then a no-op. A later undo or
// redo that fails (someone changed the group meanwhile) reports it and drops the command.
// Texts use the context "GroupCommand" (QCoreApplication::translate), as the subclasses have none.
class GroupCommand : public QUndoCommand
{
public:
    explicit GroupCommand(const GroupCommandContext *context) : m_context(context) {}

    DatabaseError apply();
    void redo() final;
    void undo() final;

protected:
    virtual DatabaseError forward() = 0;
    virtual DatabaseError backward() = 0;
    virtual qint64 groupId() const = 0;
    virtual bool touchesFields() const { return true; }
    const QSqlDatabase &db() const { return m_context->db; }

private:
    void finish(const DatabaseError &err);

    const GroupCommandContext *m_context;
    bool m_applied = false;
};

// One membership's role, before and after.
struct RoleChange
{
    qint64 membershipId = 0;
    MembershipRole from = MembershipRole::Member;
    MembershipRole to = MembershipRole::Member;
};

// Saving the fields form. When the owner changes, the old owner's membership goes back to
// member and the new owner's becomes owner, so the member list agrees with the group.
class SaveGroupCommand final : public GroupCommand
{
public:
    SaveGroupCommand(const GroupCommandContext *context, const Group &before, const Group &after,
                     const QList<RoleChange> &roles);

protected:
    DatabaseError forward() override;
    DatabaseError backward() override;
    qint64 groupId() const override { return m_after.id; }

private:
    Group m_before;
    Group m_after;
    QList<RoleChange> m_roles;
};

class SetRoleCommand final : public GroupCommand
{
public:
    SetRoleCommand(const GroupCommandContext *context, qint64 groupId, const QString &memberName,
                   const RoleChange &change);

protected:
    DatabaseError forward() override;
    DatabaseError backward() override;
    qint64 groupId() const override { return m_groupId; }
    bool touchesFields() const override { return false; }

private:
    qint64 m_groupId;
    RoleChange m_change;
};

// Archive (undo: restore) or restore (undo: archive). Dissolving is not a command: it is final
// (the name becomes free for a new group and the memberships are closed), see the dialog.
class GroupStatusCommand final : public GroupCommand
{
public:
    GroupStatusCommand(const GroupCommandContext *context, qint64 groupId, const QString &groupName, bool archive);

protected:
    DatabaseError forward() override;
    DatabaseError backward() override;
    qint64 groupId() const override { return m_groupId; }

private:
    qint64 m_groupId;
    bool m_archive;
};

} // namespace qundesk::ui
