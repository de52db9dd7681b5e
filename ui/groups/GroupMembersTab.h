#pragma once

#include "domain/Group.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace qundesk {
class GroupMemberModel;
}

namespace qundesk::ui {

// The group's current members with their roles, KOCs marked, fetched page by page as the user
// scrolls. Roles change from the context menu; the dialog turns that into an undoable command.
class GroupMembersTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupMembersTab)

public:
    explicit GroupMembersTab(QWidget *parent = nullptr);

    void setGroup(const QSqlDatabase &db, qint64 groupId);
    void reload();
    GroupMemberModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QCheckBox *kocOnly() const { return m_kocOnly; }
    QComboBox *roleFilter() const { return m_role; }
    // "不符合昵称规范": only members whose group nickname does not follow the nickname template.
    QCheckBox *nonConformingOnly() const { return m_nonConforming; }

signals:
    void roleChangeRequested(qint64 membershipId, const QString &memberName, MembershipRole from, MembershipRole to);
    void problem(const QString &message);

private:
    void showMenu(const QPoint &pos);
    void updateCount();
    void applyFilter();

    GroupMemberModel *m_model = nullptr;
    QCheckBox *m_kocOnly = nullptr;
    QCheckBox *m_nonConforming = nullptr;
    QSqlDatabase m_db;
    QComboBox *m_role = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace qundesk::ui
