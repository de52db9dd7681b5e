#pragma once

#include "storage/DatabaseError.h"
#include "storage/GroupRepository.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace qundesk {

// The matrix at a glance: one measure (group count, members, 7-day active rate ...) per cell of
// two dimensions (tier × team by default), with a total row and a total column, and each cell's
// share of the largest value for the heat map. Built from GroupRepository::pivot, so every
// figure is an SQL aggregate: no member or event is loaded.
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
        ColumnKeyRole,                  // the column item's key; invalid QVariant on the total column
        ValueRole,                      // the measure as a number; invalid for a cell without groups
        // Heat of a cell among the others: value / largest |value| of the cells (not the totals),
        // in [0, 1], or [-1, 1] for net joins, which can fall. Invalid on empty and total cells.
        HeatRole
    };

    explicit GroupGridModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db) { m_db = db; }
    void setDimensions(GroupDimension rows, GroupDimension columns);
    GroupDimension rowDimension() const { return m_rowDimension; }
    GroupDimension columnDimension() const { return m_columnDimension; }
    void setStatuses(const QList<GroupStatus> &statuses) { m_statuses = statuses; }
    void setMeasure(PivotMeasure measure) { m_measure = measure; }
    PivotMeasure measure() const { return m_measure; }
    // The day the event windows end on (7-day activity, 30-day joins and GMV); invalid: today.
    void setToday(const QDate &today) { m_today = today; }

    // The largest |value| among the cells with groups (not the totals): the top of the legend.
    double maxMagnitude() const { return m_maxMagnitude; }
    // Whether the measure can be negative, so the heat map runs from red through neutral to green.
    static bool isDiverging(PivotMeasure measure) { return measure == PivotMeasure::NetJoins30d; }
    // A value as the grid and the legend show it: "42.5%", "12.3", "¥1,234", "+12".
    static QString formatValue(PivotMeasure measure, double value);

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
    QString cellText(const GroupGrid::Cell &cell) const;

    QSqlDatabase m_db;
    GroupDimension m_rowDimension = GroupDimension::Tier;
    GroupDimension m_columnDimension = GroupDimension::Team;
    QList<GroupStatus> m_statuses = {GroupStatus::Active, GroupStatus::Archived};
    PivotMeasure m_measure = PivotMeasure::Groups;
    QDate m_today;
    GroupGrid m_grid;
    double m_maxMagnitude = 0;
    DatabaseError m_lastError;
};

} // namespace qundesk
