#include "models/CalendarLoader.h"

#include "storage/ContentRepository.h"
#include "storage/Database.h"
#include "storage/ScheduleRepository.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace qundesk {

struct CalendarLoader::Result
{
    quint64 generation = 0;
    bool month = false;
    CalendarWeekData week;
    CalendarMonthData monthData;
    QString error;
};

DatabaseError readCalendarWeek(
    const QSqlDatabase &db, const QDate &day, const ScheduleFilter &filter, CalendarWeekData *out)
{
    CalendarWeekData week;
    week.from = weekStart(day);
    week.to = week.from.addDays(6);
    week.filter = filter;
    if (auto err = ContentRepository(db).listTimeSlots(&week.timeSlots))
        return err;
    ScheduleRepository repo(db);
    if (auto err = repo.listChips(week.from, week.to, filter, &week.chips))
        return err;
    for (const CalendarChip &chip : std::as_const(week.chips)) {
        week.entryCount += chip.entryCount;
        week.doneCount += chip.doneCount;
    }
    *out = std::move(week);
    return {};
}

DatabaseError readCalendarMonth(
    const QSqlDatabase &db, const QDate &day, const ScheduleFilter &filter, CalendarMonthData *out)
{
    CalendarMonthData month;
    month.month = QDate(day.year(), day.month(), 1);
    month.from = weekStart(month.month);
    // Six rows of weeks always, so the grid does not jump in height from month to month.
    month.to = month.from.addDays(6 * 7 - 1);
    month.filter = filter;
    if (auto err = ScheduleRepository(db).countPerDayAndKind(month.from, month.to, filter, &month.counts))
        return err;
    const QDate last = month.month.addMonths(1).addDays(-1);
    for (const CalendarDayCount &c : std::as_const(month.counts)) {
        if (c.day >= month.month && c.day <= last)
            month.entryCount += c.count;
    }
    *out = std::move(month);
    return {};
}

CalendarLoader::CalendarLoader(QObject *parent)
    : QObject(parent)
{
}

CalendarLoader::~CalendarLoader() = default;

void CalendarLoader::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    const QString name = db.isValid() ? db.databaseName() : QString();
    // An in-memory database cannot be opened a second time; it is small by nature.
    m_path = name.isEmpty() || name == QLatin1String(":memory:") || name.startsWith(QLatin1String("file::memory:"))
        ? QString()
        : name;
    ++m_generation; // answers from the previous database are dropped
}

void CalendarLoader::loadWeek(const QDate &day, const ScheduleFilter &filter)
{
    start(false, day, filter);
}

void CalendarLoader::loadMonth(const QDate &day, const ScheduleFilter &filter)
{
    start(true, day, filter);
}

CalendarLoader::Result CalendarLoader::run(const QString &path, const QSqlDatabase &direct, quint64 generation,
    bool month, const QDate &day, const ScheduleFilter &filter, const WeekDecorator &decorator)
{
    Result result;
    result.generation = generation;
    result.month = month;
    const auto read = [&](const QSqlDatabase &db) {
        if (month)
            return readCalendarMonth(db, day, filter, &result.monthData);
        if (auto err = readCalendarWeek(db, day, filter, &result.week))
            return err;
        return decorator ? decorator(db, &result.week) : DatabaseError();
    };
    if (path.isEmpty()) {
        if (auto err = read(direct))
            result.error = err.message;
        return result;
    }
    Database db;
    if (auto err = db.open(path, Database::Mode::NoMigrate)) {
        result.error = err.message;
        return result;
    }
    if (auto err = read(db.connection()))
        result.error = err.message;
    return result;
}

void CalendarLoader::start(bool month, const QDate &day, const ScheduleFilter &filter)
{
    const quint64 generation = ++m_generation;
    if (!m_db.isValid() || !m_db.isOpen())
        return;
    if (m_path.isEmpty()) {
        deliver(run(QString(), m_db, generation, month, day, filter, m_decorator));
        return;
    }
    ++m_pending;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher] {
        --m_pending;
        watcher->deleteLater();
        deliver(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run(&CalendarLoader::run, m_path, QSqlDatabase(), generation, month, day, filter, m_decorator));
}

void CalendarLoader::deliver(const Result &result)
{
    if (result.generation != m_generation)
        return; // a newer request is on its way
    if (!result.error.isEmpty())
        emit failed(result.error);
    else if (result.month)
        emit monthLoaded(result.monthData);
    else
        emit weekLoaded(result.week);
}

} // namespace qundesk
