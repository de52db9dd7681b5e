#include "groups/GroupMembersTab.h"

#include "models/GroupMemberModel.h"
#include "storage/MemberProfileRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

// Officers and KOCs are the people an operator looks for first: their role and KOC cells are bold.
class MemberRoleDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool officer = index.column() == GroupMemberModel::Role
            && index.data(GroupMemberModel::RoleRole).toInt() != int(MembershipRole::Member);
        const bool koc = index.column() == GroupMemberModel::Koc && index.data(GroupMemberModel::KocRole).toBool();
        if (officer || koc)
            option->font.setBold(true);
        if (koc)
            option->palette.setColor(QPalette::Text, QColor(0xe6, 0x51, 0x00));
    }
};

} // namespace

GroupMembersTab::GroupMembersTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new GroupMemberModel(this))
{
    m_kocOnly = new QCheckBox(tr("KOCs only"), this);
    m_kocOnly->setObjectName(QStringLiteral("kocOnly"));
    m_nonConforming = new QCheckBox(tr("Nickname off template"), this);
    m_nonConforming->setObjectName(QStringLiteral("nonConformingOnly"));
    m_nonConforming->setToolTip(tr("Only members whose group nickname does not follow the nickname template "
                                   "(Settings → Operation); the nickname's tooltip says why."));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleFilter"));
    m_role->addItem(tr("All roles"), -1);
    for (MembershipRole role : allMembershipRoles())
        m_role->addItem(membershipRoleLabel(role), int(role));
    m_count = new QLabel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("groupMembers"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new MemberRoleDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setToolTip(tr("Right-click a member to change their role."));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(GroupMemberModel::GroupNickname, QHeaderView::Stretch);
    const int em = m_view->fontMetrics().horizontalAdvance(QChar(0x6210));
    header->resizeSection(GroupMemberModel::DisplayName, em * 8 + 16);
    header->resizeSection(GroupMemberModel::Role, em * 5 + 16);
    header->resizeSection(GroupMemberModel::Koc, em * 3 + 16);
    header->resizeSection(GroupMemberModel::JoinedAt,
                          m_view->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 24);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_role);
    bar->addWidget(m_kocOnly);
    bar->addWidget(m_nonConforming);
    bar->addStretch(1);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_kocOnly, &QCheckBox::toggled, this, &GroupMembersTab::applyFilter);
    connect(m_nonConforming, &QCheckBox::toggled, this, &GroupMembersTab::applyFilter);
    connect(m_role, &QComboBox::currentIndexChanged, this, &GroupMembersTab::applyFilter);
    connect(m_model, &GroupMemberModel::reloaded, this, &GroupMembersTab::updateCount);
    connect(m_model, &GroupMemberModel::errorOccurred, this, &GroupMembersTab::problem);
    connect(m_view, &QWidget::customContextMenuRequested, this, &GroupMembersTab::showMenu);
}

void GroupMembersTab::setGroup(const QSqlDatabase &db, qint64 groupId)
{
    m_db = db;
    m_model->setGroup(db, groupId);
}

void GroupMembersTab::reload()
{
    m_model->reload();
}

void GroupMembersTab::applyFilter()
{
    GroupMemberFilter filter;
    filter.kocOnly = m_kocOnly->isChecked();
    if (const int role = m_role->currentData().toInt(); role >= 0)
        filter.role = MembershipRole(role);
    if (m_nonConforming->isChecked()) {
        // Read each time: the template may have changed in the settings meanwhile.
        NicknameTemplate rule;
        if (auto err = MemberProfileRepository(m_db).nicknameTemplate(&rule)) {
            emit problem(err.message);
            return;
        }
        m_model->setFilter(filter, true, rule);
        return;
    }
    m_model->setFilter(filter, false, NicknameTemplate());
}

void GroupMembersTab::updateCount()
{
    if (m_nonConforming->isChecked()) {
        m_count->setText(tr("%Ln member(s) whose nickname does not follow the template", nullptr,
                            int(m_model->totalCount())));
        return;
    }
    m_count->setText(m_kocOnly->isChecked() ? tr("%Ln KOC(s) shown", nullptr, int(m_model->totalCount()))
                                            : tr("%Ln member(s) shown", nullptr, int(m_model->totalCount())));
}

void GroupMembersTab::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const GroupMemberRow row = m_model->row(index.row());
    QMenu menu(this);
    menu.setTitle(tr("Role"));
    // The owner is a field of the group (the Fields tab changes it and both roles with it).
    const bool owner = row.role == MembershipRole::Owner;
    for (MembershipRole role : allMembershipRoles()) {
        if (role == MembershipRole::Owner)
            continue;
        QAction *action = menu.addAction(tr("Make %1").arg(membershipRoleLabel(role)));
        action->setCheckable(true);
        action->setChecked(role == row.role);
        action->setEnabled(role != row.role && !owner);
        connect(action, &QAction::triggered, this, [this, row, role] {
            emit roleChangeRequested(row.membershipId, row.displayName, row.role, role);
        });
    }
    if (owner) {
        menu.addSeparator();
        menu.addAction(tr("Change the owner on the Fields tab"))->setEnabled(false);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace qundesk::ui
