#pragma once

#include "models/CalendarLoader.h"

#include <QWidget>

#include <optional>

namespace qundesk::ui {

// The calendar's month: six weeks of day cells, each with its total and a line per content
// kind (colour, name, count), "+N" when the kinds do not fit. It draws counts aggregated in SQL,
// so a month at a million members costs the same to paint as an empty one. Double-click a day
// to open its week.
class MonthView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonthView)

public:
    explicit MonthView(QWidget *parent = nullptr);
    ~MonthView() override;

    void setMonth(const CalendarMonthData &month);
    const CalendarMonthData &month() const { return m_month; }
    void setToday(const QDate &today);

    std::optional<QDate> dayAt(const QPoint &pos) const;
    QRect dayRect(const QDate &day) const;
    // Entries on a day (all kinds), and how many kind lines it hides behind "+N".
    int countOn(const QDate &day) const;
    int hiddenKinds(const QDate &day) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void dayActivated(const QDate &day);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    struct Day
    {
        int total = 0;
        int done = 0;
        int first = 0; // index of the day's first count in m_month.counts
        int kinds = 0; // how many counts belong to the day
        int shownKinds = 0;
    };

    // Follows the size lazily, as WeekView does.
    void ensureLayout() const;
    void relayout() const;
    int headerHeight() const;
    int lineHeight() const;
    QString dayToolTip(const QDate &day) const;

    CalendarMonthData m_month;
    QDate m_today;
    mutable QList<Day> m_days; // 42, from m_month.from
    mutable QSize m_layoutSize;
};

} // namespace qundesk::ui
