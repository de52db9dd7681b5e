#pragma once

#include "storage/DatabaseError.h"
#include "storage/GroupTrendRepository.h"

#include <QSqlDatabase>
#include <QWidget>

class QButtonGroup;
class QChart;
class QChartView;
class QLabel;

namespace qundesk::ui {

// Joins and leaves, and messages, per day over the last 14, 30 or 90 days: two small charts.
// The 90 days are read once (one query per figure) and the shorter windows are their tails.
class GroupActivityCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupActivityCharts)

public:
    static constexpr int MaxDays = 90;

    explicit GroupActivityCharts(QWidget *parent = nullptr);

    // The window ends with `today` (inclusive).
    DatabaseError load(const QSqlDatabase &db, qint64 groupId, const QDate &today);
    // 14, 30 or 90.
    void setDays(int days);
    int days() const { return m_days; }

    // What is drawn, for tests: points per series (joins, leaves, messages) and the days shown.
    QList<int> seriesPointCounts() const;
    const QList<GroupDay> &shownDays() const { return m_shown; }
    QChartView *joinsView() const { return m_joinsView; }
    QChartView *messagesView() const { return m_messagesView; }

private:
    void redraw();

    QList<GroupDay> m_all;          // MaxDays days, oldest first
    QList<GroupDay> m_shown;
    int m_days = 30;
    QButtonGroup *m_range = nullptr;
    QChartView *m_joinsView = nullptr;
    QChartView *m_messagesView = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace qundesk::ui
