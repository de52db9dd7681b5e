#pragma once

#include <QStyledItemDelegate>

namespace qundesk::ui {

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

// Cells of the matrix grid: empty cells shaded so gaps in the matrix stand out, totals bold.
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
