#pragma once

#include "storage/DatabaseError.h"
#include "storage/MembershipRepository.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace qundesk::ui {

// The groups a member is in and was in: group, role, joined, left and why (left, kicked,
// migrated, group dissolved), current stays first. Double-clicking a row asks to open that
// group's profile (groupActivated); the dialog opens it.
class MemberProfileGroupsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberProfileGroupsTab)

public:
    enum Column { GroupName, Role, Joined, Left, Status, ColumnCount };

    explicit MemberProfileGroupsTab(QWidget *parent = nullptr);

    DatabaseError load(const QSqlDatabase &db, qint64 memberId);
    const QList<MemberGroupRow> &rows() const { return m_rows; }
    QTableWidget *table() const { return m_table; }
    int openCount() const;

signals:
    void groupActivated(qint64 groupId);

private:
    QList<MemberGroupRow> m_rows;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace qundesk::ui
