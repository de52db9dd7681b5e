#pragma once

#include "domain/Member.h"
#include "domain/NicknameTemplate.h"

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QToolButton;
class QUndoStack;

namespace qundesk::ui {

class MemberProfileFields;
class MemberProfileGroupsTab;
class MemberProfileKocTab;
class MemberProfilePointsTab;
class MemberProfileStatusTab;
class MemberProfileTagsTab;
class MemberProfileTimelineTab;
class MemberProfileVerificationTab;

// 成员档案: one member's profile. Tabs: the fields (Save writes them through
// MemberRepository::update, audited; Ctrl+Z / Ctrl+Shift+Z undo and redo saves while the dialog
// is open, writing the previous values back through the same audited path), the groups with
// roles and history, tags, the points ledger with earn and redeem, verification, KOC (flag with
// a reason, the score's breakdown), blacklist, and the activity timeline. Phone and platform ID stay masked until revealed (audited).
//
// The operator chosen at the bottom is recorded on points entries and verification decisions.
// Tags, points, verification, blacklist and KOC changes are written at once by their tab
// (each audited or ledgered by its repository) and are not on the undo stack: the ledger is a
// record (a wrong entry is corrected by another), a decision is corrected by another decision.
class MemberProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberProfileDialog)

public:
    enum Tab { FieldsTab, GroupsTab, TagsTab, PointsTab, VerificationTab, KocTab, StatusTab, TimelineTab, TabCount };

    MemberProfileDialog(const QSqlDatabase &db, qint64 memberId, QWidget *parent = nullptr);
    ~MemberProfileDialog() override;

    qint64 memberId() const { return m_member.id; }
    const Member &member() const { return m_member; }

    // Saves the fields; false (with the reason shown) when nothing was saved.
    bool save();
    // The operator recorded on points and decisions (0: none chosen).
    qint64 operatorId() const;
    void setOperatorId(qint64 id);

    // One PNG per tab into dir: <prefix>-1-fields.png …; false when one could not be written.
    bool saveScreenshots(const QString &dir, const QString &prefix = QStringLiteral("member-profile"));

    QUndoStack *undoStack() const { return m_undo; }
    QTabWidget *tabs() const { return m_tabs; }
    MemberProfileFields *fields() const { return m_fields; }
    MemberProfileGroupsTab *groupsTab() const { return m_groups; }
    MemberProfileTagsTab *tagsTab() const { return m_tags; }
    MemberProfilePointsTab *pointsTab() const { return m_points; }
    MemberProfileVerificationTab *verificationTab() const { return m_verification; }
    MemberProfileKocTab *kocTab() const { return m_koc; }
    MemberProfileStatusTab *statusTab() const { return m_status; }
    MemberProfileTimelineTab *timelineTab() const { return m_timeline; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *summaryLabel() const { return m_summary; }
    QComboBox *operatorCombo() const { return m_operator; }

signals:
    // After every change written to the database (save, undo, redo, tags, points, decisions).
    void memberChanged(qint64 memberId);

private:
    void buildUi();
    bool loadMember(bool fields);
    void refreshSummary();
    void afterChange(bool fields);
    void openGroup(qint64 groupId);
    void showError(const QString &message);
    void showInfo(const QString &message);

    QSqlDatabase m_db;
    Member m_member;
    NicknameTemplate m_rule;
    QHash<qint64, QString> m_operatorNames;

    QUndoStack *m_undo = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_summary = nullptr;
    MemberProfileFields *m_fields = nullptr;
    MemberProfileGroupsTab *m_groups = nullptr;
    MemberProfileTagsTab *m_tags = nullptr;
    MemberProfilePointsTab *m_points = nullptr;
    MemberProfileVerificationTab *m_verification = nullptr;
    MemberProfileKocTab *m_koc = nullptr;
    MemberProfileStatusTab *m_status = nullptr;
    MemberProfileTimelineTab *m_timeline = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;
    QComboBox *m_operator = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace qundesk::ui
