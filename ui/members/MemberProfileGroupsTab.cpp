#include "members/MemberProfileGroupsTab.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace qundesk::ui {

MemberProfileGroupsTab::MemberProfileGroupsTab(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("groupsSummary"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("memberGroups"));
    m_table->setHorizontalHeaderLabels({tr("Group"), tr("Role"), tr("Joined"), tr("Left"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(GroupName, QHeaderView::Stretch);
    m_table->setToolTip(tr("Double-click a group to open its profile."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_rows.size())
            emit groupActivated(m_rows.at(row).membership.groupId);
    });
}

int MemberProfileGroupsTab::openCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const MemberGroupRow &r) { return r.membership.isOpen(); }));
}

DatabaseError MemberProfileGroupsTab::load(const QSqlDatabase &db, qint64 memberId)
{
    QList<MemberGroupRow> rows;
    if (auto err = MembershipRepository(db).listForMember(memberId, &rows))
        return err;
    // Current stays first, each part newest first (the repository's order).
    std::stable_partition(rows.begin(), rows.end(), [](const MemberGroupRow &r) { return r.membership.isOpen(); });
    m_rows = rows;
    m_table->setRowCount(int(rows.size()));
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    for (int i = 0; i < rows.size(); ++i) {
        const Membership &m = rows.at(i).membership;
        QString group = rows.at(i).groupName;
        if (rows.at(i).groupStatus != GroupStatus::Active)
            group = tr("%1 (%2)").arg(group, groupStatusLabel(rows.at(i).groupStatus));
        QString status = tr("In the group");
        if (!m.isOpen())
            status = m.leaveReason ? leaveReasonLabel(*m.leaveReason) : tr("Out");
        const QStringList cells = {group, membershipRoleLabel(m.role), m.joinedAt.toString(format),
                                   m.leftAt.isValid() ? m.leftAt.toString(format) : QString(), status};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (m.isOpen() && (c == GroupName || c == Status)) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(GroupName, QHeaderView::Stretch);
    m_summary->setText(rows.isEmpty() ? tr("Not in any group yet.")
                                      : tr("In %Ln group(s) now", nullptr, openCount())
                                            + tr(", %Ln earlier stay(s) in groups.", nullptr,
                                                 int(rows.size()) - openCount()));
    return {};
}

} // namespace qundesk::ui
