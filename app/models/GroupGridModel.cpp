#include "models/GroupGridModel.h"

#include "analytics/Lifecycle.h"

#include <QLocale>

#include <cmath>

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
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    m_lastError = GroupRepository(m_db).pivot(m_rowDimension, m_columnDimension, m_measure, today, &grid, m_statuses);
    if (m_lastError)
        return false;
    double maxMagnitude = 0;
    for (const GroupGrid::Cell &cell : std::as_const(grid.cells)) {
        if (cell.groups > 0)
            maxMagnitude = std::max(maxMagnitude, std::abs(cell.value));
    }
    beginResetModel();
    m_grid = std::move(grid);
    m_maxMagnitude = maxMagnitude;
    endResetModel();
    return true;
}

QString GroupGridModel::formatValue(PivotMeasure measure, double value)
{
    const QLocale locale;
    switch (measure) {
    case PivotMeasure::ActiveRate7d:
        return formatPercent(value);
    case PivotMeasure::MessagesPerDay:
        return locale.toString(value, 'f', value >= 100 ? 0 : 1);
    case PivotMeasure::Gmv30d:
        return tr("¥%1").arg(locale.toString(std::llround(value)));
    case PivotMeasure::NetJoins30d: {
        const qint64 n = std::llround(value);
        // The sign is the news here: +12 grew, −3 shrank.
        return n > 0 ? QStringLiteral("+") + locale.toString(n)
                     : n < 0 ? QStringLiteral("\u2212") + locale.toString(-n) : QStringLiteral("0");
    }
    case PivotMeasure::Groups:
    case PivotMeasure::Members:
    case PivotMeasure::KocCount:
        break;
    }
    return locale.toString(std::llround(value));
}

QString GroupGridModel::cellText(const GroupGrid::Cell &cell) const
{
    if (cell.groups == 0)
        return QString();
    const QString groups = tr("%Ln group(s)", nullptr, int(cell.groups));
    switch (m_measure) {
    case PivotMeasure::Groups:
        return groups + u'\n' + tr("%Ln member(s)", nullptr, int(cell.members));
    case PivotMeasure::Members:
        return tr("%Ln member(s)", nullptr, int(cell.members)) + u'\n' + groups;
    default:
        return formatValue(m_measure, cell.value) + u'\n' + groups;
    }
}

void GroupGridModel::clear()
{
    beginResetModel();
    m_grid = GroupGrid{m_rowDimension, m_columnDimension, {}, {}, {}, m_measure};
    m_maxMagnitude = 0;
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
        return cellText(cell);
    case Qt::ToolTipRole: {
        const QString rowLabel = row == totalRow() ? tr("All") : m_grid.rows.at(row).label;
        const QString columnLabel = column == totalColumn() ? tr("All") : m_grid.columns.at(column).label;
        if (cell.groups == 0)
            return tr("%1 × %2: no group here").arg(rowLabel, columnLabel);
        QString tip = tr("%1 × %2: %3 groups, %4 members")
                          .arg(rowLabel, columnLabel, locale.toString(cell.groups), locale.toString(cell.members));
        if (m_measure != PivotMeasure::Groups && m_measure != PivotMeasure::Members)
            tip += u'\n' + tr("%1: %2").arg(pivotMeasureLabel(m_measure), formatValue(m_measure, cell.value));
        return tip;
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
    case ValueRole:
        return cell.groups == 0 ? QVariant() : QVariant(cell.value);
    case HeatRole:
        if (kindAt(row, column) != CellKind::Cell || m_maxMagnitude <= 0)
            return {};
        return cell.value / m_maxMagnitude;
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
