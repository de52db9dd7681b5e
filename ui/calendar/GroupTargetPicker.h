#pragma once

#include "domain/GroupSelector.h"
#include "storage/ScheduleRepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QRadioButton;
class QStackedWidget;

namespace qundesk::ui {

// Picks the target of calendar posts: one group (a combo that finds a group by any part of its
// name) or a selector over tier, team, identity and purpose, with a line saying how many groups
// it resolves to. Used by the entry editor; the SOP apply dialog can use it to pick many groups.
// Resolving runs in SQL (GroupSelectorRepository) whenever the choice changes.
class GroupTargetPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupTargetPicker)

public:
    explicit GroupTargetPicker(QWidget *parent = nullptr);

    // Loads the groups, tiers and teams; false with the reason.
    bool setDatabase(const QSqlDatabase &db, QString *error = nullptr);

    GroupSelector selector() const;
    // A single group that is not offered (e.g. dissolved since) is added so it still shows.
    void setSelector(const GroupSelector &selector);

    bool isSelectorMode() const;
    void setSelectorMode(bool selector);
    // false: one group only (a stored entry belongs to one group).
    void setSelectorAllowed(bool allowed);

    // The groups the current choice resolves to (refreshed on every change, or by refresh()).
    QList<GroupChoice> groups() const { return m_groups; }
    int groupCount() const { return int(m_groups.size()); }
    // The last resolve error (e.g. the group was dissolved), empty when none.
    QString lastError() const { return m_error; }
    // Resolves now and emits changed().
    void refresh();

    QComboBox *groupCombo() const { return m_group; }
    QComboBox *tierCombo() const { return m_tier; }
    QComboBox *teamCombo() const { return m_team; }
    QComboBox *identityCombo() const { return m_identity; }
    QComboBox *purposeCombo() const { return m_purpose; }
    QLabel *countLabel() const { return m_count; }

signals:
    // The choice changed and was resolved (groups() is current).
    void changed();

private:
    QSqlDatabase m_db;
    QList<GroupChoice> m_groups;
    QString m_error;
    bool m_loading = false;

    QRadioButton *m_single = nullptr;
    QRadioButton *m_bySelector = nullptr;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_identity = nullptr;
    QComboBox *m_purpose = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace qundesk::ui
