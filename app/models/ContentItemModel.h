#pragma once

#include "domain/Content.h"
#include "storage/ContentRepository.h"
#include "storage/DatabaseError.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

namespace qundesk {

// The content library's items (内容库) as narrowed by a ContentItemFilter; the repository caps
// the list (filter.limit), so even a large library loads one bounded page.
class ContentItemModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentItemModel)

public:
    enum Column { Title, Kind, ColumnName, Status, Tags, Updated, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value
        ItemIdRole,
        KindColorRole, // "#rrggbb": the column's colour, else the kind's
    };

    explicit ContentItemModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    void setFilter(const ContentItemFilter &filter) { m_filter = filter; }
    const ContentItemFilter &filter() const { return m_filter; }
    // Reads the columns and the filtered items; on failure the rows stay as they were.
    DatabaseError reload();

    const ContentItem &itemAt(int row) const { return m_items.at(row); }
    int rowOfItem(qint64 id) const;
    // Whether the list was cut at filter.limit (there may be more items than shown).
    bool truncated() const { return m_truncated; }
    QString columnName(qint64 columnId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    ContentItemFilter m_filter;
    QList<ContentItem> m_items;
    QHash<qint64, ContentColumn> m_columns;
    bool m_truncated = false;
};

} // namespace qundesk
