#include "models/CalendarLoader.h"

#include "storage/CalendarConflictRepository.h"
#include "storage/ContentRepository.h"
#include "storage/Database.h"
#include "storage/ScheduleRepository.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace qundesk {

struct CalendarLoader::Result
{
    quint64 generation = 0;
    Phase phase = Phase::Week;
    CalendarWeekData week;
    QList<CalendarConflict> conflicts;
    CalendarMonthData monthData;
    QString error;
};

DatabaseError readCalendarWeek(
    const QSqlDatabase &db, const QDate &day, const ScheduleFilter &filter, CalendarWeekData *out, bool withConflicts)
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
    if (withConflicts && !week.chips.isEmpty()) {
        QList<CalendarConflict> conflicts;
        if (auto err = CalendarConflictRepository(db).check(week.from, week.to, filter.groupId, &conflicts))
            return err;
        markChipConflicts(conflicts, &week.chips);
    }
    *out = std::move(week);
    return {};
}

void markChipConflicts(const QList<CalendarConflict> &conflicts, QList<CalendarChip> *chips)
{
    if (conflicts.isEmpty())
        return;
    const QHash<qint64, QList<int>> byEntry = conflictIndexByEntry(conflicts);
    for (CalendarChip &chip : *chips) {
        QList<int> seen;
        for (qint64 id : std::as_const(chip.entryIds)) {
            const auto it = byEntry.constFind(id);
            if (it == byEntry.cend())
                continue;
            for (int index : *it) {
                if (!seen.contains(index))
                    seen.append(index);
            }
        }
        std::sort(seen.begin(), seen.end());
        for (qsizetype k = 0; k < seen.size() && k < MaxConflictReasons; ++k)
            chip.conflicts.append(conflicts.at(seen.at(k)).reason);
        if (seen.size() > MaxConflictReasons)
            chip.conflicts.append(QStringLiteral("…"));
    }
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
    start(Phase::Week, day, filter);
}

void CalendarLoader::loadMonth(const QDate &day, const ScheduleFilter &filter)
{
    start(Phase::Month, day, filter);
}

CalendarLoader::Result CalendarLoader::run(const QString &path, const QSqlDatabase &direct, quint64 generation,
    Phase phase, const QDate &day, const ScheduleFilter &filter)
{
    Result result;
    result.generation = generation;
    result.phase = phase;
    const auto read = [&](const QSqlDatabase &db) {
        switch (phase) {
        case Phase::Month:
            return readCalendarMonth(db, day, filter, &result.monthData);
        case Phase::Conflicts: {
            const QDate from = weekStart(day);
            return CalendarConflictRepository(db).check(from, from.addDays(6), filter.groupId, &result.conflicts);
        }
        case Phase::Week:
            break;
        }
        // Read here in one go (in memory), or the chips first and the conflicts after (a file).
        return readCalendarWeek(db, day, filter, &result.week, path.isEmpty());
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

void CalendarLoader::start(Phase phase, const QDate &day, const ScheduleFilter &filter)
{
    const quint64 generation = ++m_generation;
    if (!m_db.isValid() || !m_db.isOpen())
        return;
    if (m_path.isEmpty()) {
        deliver(run(QString(), m_db, generation, phase, day, filter));
        return;
    }
    launch(phase, generation, day, filter);
}

void CalendarLoader::launch(Phase phase, quint64 generation, const QDate &day, const ScheduleFilter &filter)
{
    ++m_pending;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher] {
        --m_pending;
        watcher->deleteLater();
        deliver(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&CalendarLoader::run, m_path, QSqlDatabase(), generation, phase, day, filter));
}

void CalendarLoader::deliver(const Result &result)
{
    if (result.generation != m_generation)
        return; // a newer request is on its way
    if (!result.error.isEmpty()) {
        emit failed(result.error);
        return;
    }
    switch (result.phase) {
    case Phase::Month:
        emit monthLoaded(result.monthData);
        return;
    case Phase::Week:
        m_week = result.week;
        emit weekLoaded(m_week);
        if (!m_path.isEmpty() && !m_week.chips.isEmpty())
            launch(Phase::Conflicts, result.generation, m_week.from, m_week.filter);
        return;
    case Phase::Conflicts:
        if (!result.conflicts.isEmpty()) {
            markChipConflicts(result.conflicts, &m_week.chips);
            emit weekLoaded(m_week);
        }
        return;
    }
}

} // namespace qundesk
