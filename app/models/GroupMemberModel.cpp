#include "models/GroupMemberModel.h"

#include "storage/MemberProfileRepository.h"

#include <QScopedValueRollback>

namespace qundesk {

GroupMemberModel::GroupMemberModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GroupMemberModel::setGroup(const QSqlDatabase &db, qint64 groupId)
{
    m_db = db;
    m_groupId = groupId;
    reload();
}

void GroupMemberModel::setFilter(const GroupMemberFilter &filter)
{
    m_filter = filter;
    reload();
}

void GroupMemberModel::setNonConformingOnly(bool on, const NicknameTemplate &rule)
{
    m_nonConformingOnly = on;
    m_rule = rule;
    reload();
}

void GroupMemberModel::setFilter(const GroupMemberFilter &filter, bool nonConformingOnly, const NicknameTemplate &rule)
{
    m_filter = filter;
    m_nonConformingOnly = nonConformingOnly;
    m_rule = rule;
    reload();
}

void GroupMemberModel::reload()
{
    QList<GroupMemberRow> first;
    qint64 total = 0;
    m_error = {};
    if (m_groupId > 0 && m_db.isValid() && m_db.isOpen()) {
        if (m_nonConformingOnly) {
            m_error = MemberProfileRepository(m_db).nonConformingMembers(m_groupId, m_filter, m_rule, &first);
            total = first.size();
        } else {
            GroupProfileRepository repo(m_db);
            m_error = repo.memberCount(m_groupId, m_filter, &total);
            if (!m_error)
                m_error = repo.memberPage(m_groupId, m_filter, 0, PageSize, &first);
        }
    }
    if (m_error) {
        emit errorOccurred(m_error.message);
        return;     // keep what is shown rather than an empty list
    }
    // Listeners of modelReset (views, the model tester) may call fetchMore while others have
    // not seen the reset yet; rows inserted then would arrive out of order, so wait.
    const QScopedValueRollback guard(m_busy, true);
    beginResetModel();
    m_rows = std::move(first);
    m_total = total;
    m_atEnd = m_nonConformingOnly || m_rows.size() < PageSize;
    endResetModel();
    emit reloaded();
}

void GroupMemberModel::updateRole(qint64 membershipId, MembershipRole role)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).membershipId == membershipId) {
            m_rows[i].role = role;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    }
}

int GroupMemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GroupMemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupMemberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupMemberRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DisplayName:
            return r.displayName;
        case GroupNickname:
            return r.groupNickname;
        case Role:
            return membershipRoleLabel(r.role);
        case Koc:
            return r.koc ? QStringLiteral("KOC") : QString();
        case JoinedAt:
            return r.joinedAt.date().toString(Qt::ISODate);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (m_nonConformingOnly && index.column() == GroupNickname)
            return m_rule.check(r.groupNickname);
        return {};
    case MembershipIdRole:
        return r.membershipId;
    case MemberIdRole:
        return r.memberId;
    case RoleRole:
        return int(r.role);
    case KocRole:
        return r.koc;
    default:
        return {};
    }
}

QVariant GroupMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DisplayName:
        return tr("Name");
    case GroupNickname:
        return tr("Group nickname");
    case Role:
        return tr("Role");
    case Koc:
        return tr("KOC");
    case JoinedAt:
        return tr("Joined");
    default:
        return {};
    }
}

bool GroupMemberModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_rows.isEmpty();
}

void GroupMemberModel::fetchMore(const QModelIndex &parent)
{
    // Also refuses re-entry from a rowsInserted handler: the cursor would be the previous page's.
    if (!canFetchMore(parent) || m_busy)
        return;
    const QScopedValueRollback guard(m_busy, true);
    QList<GroupMemberRow> page;
    m_error = GroupProfileRepository(m_db).memberPage(m_groupId, m_filter, m_rows.constLast().membershipId, PageSize,
                                                      &page);
    if (m_error) {
        m_atEnd = true;
        emit errorOccurred(m_error.message);
        return;
    }
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

} // namespace qundesk
