#include "models/ContentItemModel.h"

namespace qundesk {

ContentItemModel::ContentItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ContentItemModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
}

DatabaseError ContentItemModel::reload()
{
    QList<ContentItem> items;
    QHash<qint64, ContentColumn> columns;
    bool truncated = false;
    if (m_db.isValid() && m_db.isOpen()) {
        ContentRepository repo(m_db);
        QList<ContentColumn> list;
        if (auto err = repo.listColumns(&list))
            return err;
        for (const ContentColumn &c : list)
            columns.insert(c.id, c);
        // One more than the limit tells whether the list was cut.
        ContentItemFilter f = m_filter;
        if (f.limit > 0)
            f.limit += 1;
        if (auto err = repo.listItems(f, &items))
            return err;
        if (m_filter.limit > 0 && items.size() > m_filter.limit) {
            items.resize(m_filter.limit);
            truncated = true;
        }
    }
    beginResetModel();
    m_items = std::move(items);
    m_columns = std::move(columns);
    m_truncated = truncated;
    endResetModel();
    return {};
}

int ContentItemModel::rowOfItem(qint64 id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return int(i);
    }
    return -1;
}

QString ContentItemModel::columnName(qint64 columnId) const
{
    const auto it = m_columns.constFind(columnId);
    return it == m_columns.cend() ? QString() : it->name;
}

int ContentItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ContentItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContentItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContentItem &it = m_items.at(index.row());
    if (role == ItemIdRole)
        return it.id;
    if (role == KindColorRole) {
        const auto column = m_columns.constFind(it.columnId);
        if (column != m_columns.cend() && !column->color.isEmpty())
            return column->color;
        return contentKindColor(it.kind);
    }
    if (role == Qt::ToolTipRole && index.column() == Title)
        return it.body.isEmpty() ? QVariant() : QVariant(it.body.left(400));
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool raw = role == SortRole;
    switch (index.column()) {
    case Title:
        return it.title;
    case Kind:
        return raw ? QVariant(int(it.kind)) : QVariant(contentKindLabel(it.kind));
    case ColumnName:
        return columnName(it.columnId);
    case Status:
        return raw ? QVariant(int(it.status)) : QVariant(contentStatusLabel(it.status));
    case Tags:
        return it.tags.join(QStringLiteral(", "));
    case Updated:
        return raw ? QVariant(it.updatedAt) : QVariant(it.updatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    return {};
}

QVariant ContentItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Kind:
        return tr("Kind");
    case ColumnName:
        return tr("Column");
    case Status:
        return tr("Status");
    case Tags:
        return tr("Tags");
    case Updated:
        return tr("Updated");
    }
    return {};
}

} // namespace qundesk
