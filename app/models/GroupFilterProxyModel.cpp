#include "models/GroupFilterProxyModel.h"

#include "models/GroupTableModel.h"

namespace qundesk {

GroupFilterProxyModel::GroupFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(GroupTableModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void GroupFilterProxyModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void GroupFilterProxyModel::setConditions(const QList<Condition> &conditions)
{
    m_conditions = conditions;
    invalidateFilter();
}

bool GroupFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    for (const Condition &c : m_conditions) {
        const QModelIndex index = model->index(sourceRow, 0, sourceParent);
        if (index.data(GroupTableModel::DimensionKeyRole + int(c.dimension)).toString() != c.key)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column : {GroupTableModel::Name, GroupTableModel::Tier, GroupTableModel::Team, GroupTableModel::Operator}) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace qundesk
