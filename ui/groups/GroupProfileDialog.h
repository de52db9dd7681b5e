#pragma once

#include "domain/Group.h"
#include "groups/GroupCommands.h"

#include <QDate>
#include <QDialog>
#include <QSqlDatabase>

#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;
class QToolButton;
class QUndoStack;
class QVBoxLayout;

namespace qundesk::ui {

class GroupActivityCharts;
class GroupFieldsForm;
class GroupMembersTab;
class StageHistoryView;

// 群档案: one group's profile. Tabs: the fields (Save writes them through GroupRepository::update),
// the members with roles, activity charts, status (archive, restore, dissolve) and the lifecycle
// stage. Every change is audited by its repository and is a command on the dialog's undo stack
// (Ctrl+Z / Ctrl+Shift+Z while the dialog is open), whose undo writes the previous values back
// through the same repositories, so the undo is audited too. Two things are not undoable:
// creating a group (there is no delete; archive or dissolve it instead) and dissolving, which is
// final by design (the memberships close and the name becomes free), so the dialog asks first
// and says so, and clears the undo history afterwards.
//
// groupId 0 opens an empty form for a new group (member cap 500, the next free number and a name
// from the naming template); Save creates it and the dialog continues as that group's profile.
class GroupProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupProfileDialog)

public:
    enum Tab { FieldsTab, MembersTab, ActivityTab, StatusTab, StageTab };

    GroupProfileDialog(const QSqlDatabase &db, qint64 groupId, QWidget *parent = nullptr);
    ~GroupProfileDialog() override;

    qint64 groupId() const { return m_group.id; }
    const Group &group() const { return m_group; }

    // Saves the fields form; false (with the reason shown) when nothing was saved.
    bool save();
    bool archive();
    bool restore();
    // Asks first (see setConfirmation), then dissolves.
    bool dissolve();

    // Replaces the question dissolve() asks (tests answer it without a message box).
    void setConfirmation(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }

    QUndoStack *undoStack() const { return m_undo; }
    QTabWidget *tabs() const { return m_tabs; }
    GroupFieldsForm *fieldsForm() const { return m_form; }
    GroupMembersTab *membersTab() const { return m_members; }
    GroupActivityCharts *activityCharts() const { return m_charts; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *stageLabel() const { return m_stage; }
    // The stage tab's layout, below the current stage: room for the stage history.
    QVBoxLayout *stageLayout() const { return m_stageLayout; }
    StageHistoryView *stageHistory() const { return m_stageHistory; }

signals:
    // After every change written to the database (save, create, role, status, undo, redo).
    void groupChanged(qint64 groupId);

private:
    void buildUi();
    QWidget *buildStatusTab();
    QWidget *buildStageTab();
    bool loadGroup();
    void prepareNewGroup();
    void suggestName();
    void refreshStatus();
    void refreshStage();
    void afterChange(qint64 groupId, bool fields);
    void changeRole(qint64 membershipId, const QString &memberName, MembershipRole from, MembershipRole to);
    bool push(GroupCommand *command);
    void showError(const QString &message);
    void showInfo(const QString &message);

    QSqlDatabase m_db;
    Group m_group;
    QDate m_today;
    QString m_nameTemplate;
    QString m_suggestedName;
    GroupCommandContext m_context;
    std::function<bool(const QString &)> m_confirm;

    QUndoStack *m_undo = nullptr;
    QTabWidget *m_tabs = nullptr;
    GroupFieldsForm *m_form = nullptr;
    GroupMembersTab *m_members = nullptr;
    GroupActivityCharts *m_charts = nullptr;
    QLabel *m_statusText = nullptr;
    QPushButton *m_archive = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_dissolve = nullptr;
    QLabel *m_stage = nullptr;
    QLabel *m_stageReason = nullptr;
    QVBoxLayout *m_stageLayout = nullptr;
    StageHistoryView *m_stageHistory = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace qundesk::ui
