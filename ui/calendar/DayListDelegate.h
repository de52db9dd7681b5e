#pragma once

#include <QStyledItemDelegate>

namespace qundesk::ui {

// Rows of the day list (DayListModel): slot rows bold; in the Copy column of a post a push
// button is painted (no widget per row, so a day of a thousand posts scrolls as fast as ten)
// and a click on it emits copyClicked.
class DayListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayListDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

signals:
    void copyClicked(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool editorEvent(
        QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index) override;

private:
    static bool isCopyButton(const QModelIndex &index);
    static QRect buttonRect(const QRect &cell);
};

} // namespace qundesk::ui
