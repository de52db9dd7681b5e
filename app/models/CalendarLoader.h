#pragma once

#include "analytics/CalendarConflicts.h"
#include "domain/Content.h"
#include "domain/Schedule.h"
#include "storage/DatabaseError.h"

#include <QDate>
#include <QObject>
#include <QSqlDatabase>

namespace qundesk {

// What the week view draws: the configured time slots and the week's chips.
struct CalendarWeekData
{
    QDate from; // a Monday
    QDate to; // the Sunday after
    ScheduleFilter filter;
    QList<TimeSlot> timeSlots;
    QList<CalendarChip> chips;
    int entryCount = 0;
    int doneCount = 0;
};

// What the month view draws: entries per day and kind over the weeks the month grid shows.
struct CalendarMonthData
{
    QDate month; // the first of the month
    QDate from; // the Monday on or before the first
    QDate to; // the Sunday on or after the last
    ScheduleFilter filter;
    QList<CalendarDayCount> counts;
    int entryCount = 0;
};

// The two reads as plain functions over a connection, so the loader runs them on a worker
// thread with its own connection, and tests and the benchmark call them directly. The week's
// chips come with the reasons of the conflicts their entries are part of (CalendarConflicts),
// checked against every post of the week, not only the filtered ones: a group's daily maximum
// counts all its posts.
DatabaseError readCalendarWeek(const QSqlDatabase &db, const QDate &day, const ScheduleFilter &filter,
    CalendarWeekData *out, bool withConflicts = true);
// Fills chip.conflicts from conflicts (at most MaxConflictReasons reasons per chip, then "…").
constexpr int MaxConflictReasons = 6;
void markChipConflicts(const QList<CalendarConflict> &conflicts, QList<CalendarChip> *chips);
DatabaseError readCalendarMonth(
    const QSqlDatabase &db, const QDate &day, const ScheduleFilter &filter, CalendarMonthData *out);

// Loads the calendar's week or month off the UI thread: each request runs on the global thread
// pool with a connection of its own to the same file (a month of a million members' groups is
// a few hundred milliseconds of SQL), and only the newest request's answer is delivered. A week
// comes in two steps: its chips first, then again with the conflict marks, which take longer
// (seconds at a million members: every post of the week is checked). A database without a file
// (in memory) is read synchronously, in one step, on the caller's connection.
class CalendarLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarLoader)

public:
    explicit CalendarLoader(QObject *parent = nullptr);
    ~CalendarLoader() override;

    void setDatabase(const QSqlDatabase &db);

    // Each call supersedes the one before; the answer comes as weekLoaded / monthLoaded or failed.
    void loadWeek(const QDate &day, const ScheduleFilter &filter);
    void loadMonth(const QDate &day, const ScheduleFilter &filter);

    bool isLoading() const { return m_pending > 0; }
    quint64 generation() const { return m_generation; }

signals:
    void weekLoaded(const qundesk::CalendarWeekData &week);
    void monthLoaded(const qundesk::CalendarMonthData &month);
    void failed(const QString &message);

private:
    enum class Phase { Week, Conflicts, Month };
    struct Result;
    void start(Phase phase, const QDate &day, const ScheduleFilter &filter);
    void launch(Phase phase, quint64 generation, const QDate &day, const ScheduleFilter &filter);
    void deliver(const Result &result);
    static Result run(const QString &path, const QSqlDatabase &direct, quint64 generation, Phase phase,
        const QDate &day, const ScheduleFilter &filter);

    QSqlDatabase m_db;
    QString m_path;
    quint64 m_generation = 0;
    int m_pending = 0;
    CalendarWeekData m_week; // the last week delivered, which its conflicts then mark
};

} // namespace qundesk
