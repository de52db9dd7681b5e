#include "calendar/DayListDelegate.h"

#include "models/DayListModel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace qundesk::ui {

bool DayListDelegate::isCopyButton(const QModelIndex &index)
{
    return index.column() == DayListModel::Copy && !index.data(DayListModel::IsSlotRole).toBool();
}

QRect DayListDelegate::buttonRect(const QRect &cell)
{
    return cell.adjusted(3, 2, -3, -2);
}

void DayListDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(DayListModel::IsSlotRole).toBool())
        option->font.setBold(true);
}

void DayListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isCopyButton(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background (overdue tint, selection) first, then the button over it.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionButton button;
    button.rect = buttonRect(option.rect);
    button.text = index.data(Qt::DisplayRole).toString();
    button.state = QStyle::State_Enabled | QStyle::State_Raised;
    button.fontMetrics = option.fontMetrics;
    button.palette = option.palette;
    style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
}

QSize DayListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Room for the painted button's frame.
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    if (index.column() == DayListModel::Copy)
        size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(index.data().toString()) + 28));
    return size;
}

bool DayListDelegate::editorEvent(
    QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (isCopyButton(index) && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && buttonRect(option.rect).contains(mouse->position().toPoint())) {
            emit copyClicked(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace qundesk::ui
