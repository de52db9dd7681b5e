#pragma once

#include <QStyledItemDelegate>

namespace qundesk::ui {

// The heat map's colours, shared by the grid and its legend: the base colour blended towards
// teal as the value rises (towards red for a negative value such as net joins falling), never
// so dark that the cell's text stops being readable.
inline const QColor HeatRiseColor(0x1a, 0x86, 0x8f);
inline const QColor HeatFallColor(0xd9, 0x48, 0x2b);
constexpr double HeatMinBlend = 0.06;
constexpr double HeatMaxBlend = 0.62;
QColor heatColor(const QPalette &palette, double heat);
// An empty cell (no group there): a light hatch.
void paintGap(QPainter *painter, const QRect &rect, const QPalette &palette);

// Rows of the group table: closed groups greyed, and the fill column drawn as a bar that turns
// warning-coloured when the group is nearly full (GroupTableModel::NearlyFullRole), and the
// lifecycle stage coloured: strong green, daily plain, weak amber, zombie muted red.
class GroupTableDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupTableDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// Cells of the matrix grid: coloured by GroupGridModel::HeatRole, empty cells hatched so gaps in
// the matrix stand out, totals tinted and bold.
class GroupGridDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupGridDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace qundesk::ui
