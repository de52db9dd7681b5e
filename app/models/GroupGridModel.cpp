#include "models/GroupGridModel.h"

#include <QLocale>

namespace qundesk {

GroupGridModel::GroupGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GroupGridModel::setDimensions(GroupDimension rows, GroupDimension columns)
{
    m_rowDimension = rows;
    m_columnDimension = columns;
}

bool GroupGridModel::reload()
{
    GroupGrid grid;
    m_lastError = GroupRepository(m_db).countByDimensions(m_rowDimension, m_columnDimension, &grid, m_statuses);
    if (m_lastError)
        return false;
    beginResetModel();
    m_grid = std::move(grid);
    endResetModel();
    return true;
}

void GroupGridModel::clear()
{
    beginResetModel();
    m_grid = GroupGrid{m_rowDimension, m_columnDimension, {}, {}, {}};
    endResetModel();
}

int GroupGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : totalRow() + 1;
}

int GroupGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : totalColumn() + 1;
}

GroupGrid::Cell GroupGridModel::cellAt(int row, int column) const
{
    const bool totalR = row == totalRow();
    const bool totalC = column == totalColumn();
    if (totalR && totalC)
        return m_grid.total();
    if (totalR)
        return m_grid.columnTotal(column);
    if (totalC)
        return m_grid.rowTotal(row);
    return m_grid.cell(row, column);
}

GroupGridModel::CellKind GroupGridModel::kindAt(int row, int column) const
{
    const bool totalR = row == totalRow();
    const bool totalC = column == totalColumn();
    if (totalR && totalC)
        return CellKind::GrandTotal;
    if (totalR)
        return CellKind::ColumnTotal;
    if (totalC)
        return CellKind::RowTotal;
    return m_grid.cell(row, column).groups == 0 ? CellKind::Empty : CellKind::Cell;
}

QVariant GroupGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const GroupGrid::Cell cell = cellAt(row, column);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        if (cell.groups == 0)
            return QString();
        return QString(tr("%Ln group(s)", nullptr, int(cell.groups)) + u'\n' + tr("%Ln member(s)", nullptr, int(cell.members)));
    case Qt::ToolTipRole: {
        const QString rowLabel = row == totalRow() ? tr("All") : m_grid.rows.at(row).label;
        const QString columnLabel = column == totalColumn() ? tr("All") : m_grid.columns.at(column).label;
        return tr("%1 × %2: %3 groups, %4 members")
            .arg(rowLabel, columnLabel, locale.toString(cell.groups), locale.toString(cell.members));
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case GroupCountRole:
        return cell.groups;
    case MemberCountRole:
        return cell.members;
    case CellKindRole:
        return int(kindAt(row, column));
    case RowKeyRole:
        return row == totalRow() ? QVariant() : QVariant(m_grid.rows.at(row).key);
    case ColumnKeyRole:
        return column == totalColumn() ? QVariant() : QVariant(m_grid.columns.at(column).key);
    default:
        return {};
    }
}

QVariant GroupGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section > totalColumn())
            return {};
        return section == totalColumn() ? tr("Total") : m_grid.columns.at(section).label;
    }
    if (section < 0 || section > totalRow())
        return {};
    return section == totalRow() ? tr("Total") : m_grid.rows.at(section).label;
}

} // namespace qundesk
