#pragma once

#include "domain/Group.h"
#include "storage/DatabaseError.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace qundesk::ui {

class MemberPicker;

// The editable fields of a group. The form only reads and checks: the dialog saves what read()
// returns. Vice owners are memberships' roles rather than group fields, so their Add/Remove
// buttons ask the dialog for a role change at once (roleChangeRequested) instead of waiting for
// Save.
class GroupFieldsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupFieldsForm)

public:
    // WeChat caps a group at 500; more is possible on other platforms, so it only warns.
    static constexpr int WeChatCapacity = 500;

    explicit GroupFieldsForm(QWidget *parent = nullptr);

    // Fills the choice lists and the fields from `group` (id 0: a new group).
    DatabaseError load(const QSqlDatabase &db, const Group &group, const QString &nameTemplate);
    const Group &loaded() const { return m_group; }
    // The group with the form's values, or a message naming the field that is wrong.
    QString read(Group *out) const;
    DatabaseError reloadViceOwners();

    // The live name check, empty when the name fits the template.
    QString nameProblem() const;
    QString capacityWarning() const;

    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *numberSpin() const { return m_number; }
    QComboBox *purposeCombo() const { return m_purpose; }
    QComboBox *parentCombo() const { return m_parent; }
    QComboBox *operatorCombo() const { return m_operator; }
    QSpinBox *capacitySpin() const { return m_capacity; }
    QLabel *nameCheckLabel() const { return m_nameCheck; }
    QLabel *capacityWarningLabel() const { return m_capacityWarning; }
    MemberPicker *ownerPicker() const { return m_owner; }
    MemberPicker *viceOwnerPicker() const { return m_vicePicker; }
    QListWidget *viceOwnerList() const { return m_viceOwners; }
    QPushButton *addViceOwnerButton() const { return m_addVice; }

signals:
    void purposeChanged();
    void roleChangeRequested(qint64 membershipId, const QString &memberName, MembershipRole from, MembershipRole to);
    void problem(const QString &message);

private:
    void buildUi();
    DatabaseError fillChoices(qint64 groupId);
    void updateChecks();
    void addViceOwner();
    void removeViceOwner();

    QSqlDatabase m_db;
    Group m_group;
    QString m_template;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameCheck = nullptr;
    QSpinBox *m_number = nullptr;
    QComboBox *m_purpose = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_identity = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_parent = nullptr;
    MemberPicker *m_owner = nullptr;
    QListWidget *m_viceOwners = nullptr;
    MemberPicker *m_vicePicker = nullptr;
    QPushButton *m_addVice = nullptr;
    QPushButton *m_removeVice = nullptr;
    QComboBox *m_operator = nullptr;
    QSpinBox *m_capacity = nullptr;
    QLabel *m_capacityWarning = nullptr;
    QDateEdit *m_createdOn = nullptr;
    QDateEdit *m_filledOn = nullptr;
    QPlainTextEdit *m_rules = nullptr;
    QPlainTextEdit *m_culture = nullptr;
};

} // namespace qundesk::ui
