#pragma once

#include "models/CalendarLoader.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <optional>

namespace qundesk::ui {

// The calendar's week: seven day columns × the configured time slots, each cell holding chips
// (one per distinct post, coloured by column else kind, naming the group or "N 个群"), "+N" when
// the cell cannot show them all. The layout (which chip goes where, its elided text) is worked
// out when the data or the size changes, so a repaint only draws what is visible: its cost is
// bounded by the cells, never by the number of entries behind them.
//
// Drag a chip onto another cell to move it (chipDropped; the page writes and can undo it),
// double-click a chip to edit it, double-click an empty spot to plan a new post there.
class WeekView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeekView)

public:
    explicit WeekView(QWidget *parent = nullptr);
    ~WeekView() override;

    void setWeek(const CalendarWeekData &week);
    const CalendarWeekData &week() const { return m_week; }
    void setToday(const QDate &today);
    // Fills a chip's tooltip with the names of its groups (queried on hover, not up front).
    void setGroupNamesProvider(std::function<QString(const CalendarChip &)> provider);

    // Row times: the configured slots, by time (08:00… when none are configured).
    const QList<QTime> &rowTimes() const { return m_rowTimes; }
    // The row an entry at time t belongs to: the last slot starting at or before it.
    int rowOf(const QTime &t) const;

    struct Cell
    {
        int day = -1; // 0 = Monday
        int row = -1;
    };
    std::optional<Cell> cellAt(const QPoint &pos) const;
    QRect cellRect(int day, int row) const;
    // Index into week().chips of the chip drawn at pos, or -1.
    int chipAt(const QPoint &pos) const;
    // Where the chip is drawn; empty when it is hidden behind "+N" (or not in this week).
    QRect chipRect(int chipIndex) const;
    // How many chips of a cell are hidden behind its "+N".
    int hiddenCount(int day, int row) const;
    int visibleChipCount() const;
    // The date-time a chip lands on when dropped on cell: the row's slot time, or the chip's
    // own time when it stays in its row (a custom 09:30 post keeps its minutes).
    QDateTime dropTarget(const CalendarChip &chip, const Cell &cell) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void chipActivated(const qundesk::CalendarChip &chip);
    void chipDropped(const qundesk::CalendarChip &chip, const QDateTime &to);
    void cellActivated(const QDateTime &at);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Place
    {
        int chip = -1;
        QRect rect;
        QString title; // elided to fit
        QString target; // "宠粉福利1群" / "12 个群", elided
        bool conflict = false;
    };
    struct Overflow
    {
        QRect rect;
        int hidden = 0;
    };

    // The layout follows the size lazily: a hidden view gets no resize event, yet is measured
    // and hit-tested (tests, render() for printing and benchmarks).
    void ensureLayout() const;
    void relayout() const;
    void paintHeader(QPainter &p) const;
    void paintGrid(QPainter &p) const;
    void paintPlace(QPainter &p, const Place &place, bool ghost) const;
    QString chipTarget(const CalendarChip &chip) const;
    QString chipToolTip(const CalendarChip &chip) const;
    QString overflowToolTip(int cell) const;
    void cancelDrag();
    int headerHeight() const;
    int slotColumnWidth() const;
    int chipHeight() const;

    CalendarWeekData m_week;
    QDate m_today;
    QList<QTime> m_rowTimes;
    mutable QSize m_layoutSize;
    mutable QList<QList<int>> m_cellChips; // per cell (day * rows + row), chip indices in drawing order
    mutable QList<Place> m_places; // visible chips
    mutable QList<int> m_placeOfChip; // chip index -> index into m_places, -1 when hidden
    mutable QList<Overflow> m_overflows; // per cell; hidden == 0 when everything fits
    std::function<QString(const CalendarChip &)> m_groupNames;

    int m_pressedChip = -1;
    QPoint m_pressPos;
    bool m_dragging = false;
    QPoint m_dragPos;
};

} // namespace qundesk::ui
