#pragma once

#include "storage/DatabaseError.h"
#include "storage/GroupRepository.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace qundesk {

// The matrix at a glance: groups and members per cell of two dimensions (tier × team by
// default), with a total row and a total column. Built from GroupRepository::countByDimensions.
class GroupGridModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupGridModel)

public:
    enum class CellKind { Cell, Empty, RowTotal, ColumnTotal, GrandTotal };

    enum Role {
        GroupCountRole = Qt::UserRole + 1,
        MemberCountRole,
        CellKindRole,                   // int(CellKind): the view shades empty cells and bolds totals
        RowKeyRole,                     // the row item's key; invalid QVariant on the total row
        ColumnKeyRole                   // the column item's key; invalid QVariant on the total column
    };

    explicit GroupGridModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db) { m_db = db; }
    void setDimensions(GroupDimension rows, GroupDimension columns);
    GroupDimension rowDimension() const { return m_rowDimension; }
    GroupDimension columnDimension() const { return m_columnDimension; }
    void setStatuses(const QList<GroupStatus> &statuses) { m_statuses = statuses; }

    // Empties the model, e.g. when no database is open.
    void clear();
    // Queries again; the grid changes only when the query succeeded.
    bool reload();
    const DatabaseError &lastError() const { return m_lastError; }
    const GroupGrid &grid() const { return m_grid; }

    // The row and column of the total cells.
    int totalRow() const { return int(m_grid.rows.size()); }
    int totalColumn() const { return int(m_grid.columns.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    GroupGrid::Cell cellAt(int row, int column) const;
    CellKind kindAt(int row, int column) const;

    QSqlDatabase m_db;
    GroupDimension m_rowDimension = GroupDimension::Tier;
    GroupDimension m_columnDimension = GroupDimension::Team;
    QList<GroupStatus> m_statuses = {GroupStatus::Active, GroupStatus::Archived};
    GroupGrid m_grid;
    DatabaseError m_lastError;
};

} // namespace qundesk
