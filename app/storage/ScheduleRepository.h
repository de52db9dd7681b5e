#pragma once

#include "domain/Schedule.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace qundesk {

// A group as pickers and filters on the calendar need it.
struct GroupChoice
{
    qint64 id = 0;
    QString name;
    QString purpose; // purpose code, e.g. "perks"
};

// The content calendar: schedule entries per group and local date-time. Single-entry writes are
// one transaction each with their audit entry; SopRepository stamps many entries at once through
// insertInTransaction.
class ScheduleRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleRepository)

public:
    explicit ScheduleRepository(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    // Refuses (NotFound) a group or content item that does not exist and (Constraint) an entry
    // without content and without a title, or without a valid time. An operator left at 0 becomes
    // the group's assigned operator.
    DatabaseError create(const ScheduleEntry &entry, qint64 *id = nullptr);
    DatabaseError entry(qint64 id, ScheduleEntry *out);

    // Entries scheduled on the days from..to (both inclusive), ordered by time, group and id,
    // joined with the group name, the content's title/kind/column (the kind is the entry's own,
    // else the content item's, else the SOP step's) and the time slot's label.
    DatabaseError list(const QDate &from, const QDate &to, const ScheduleFilter &filter, QList<ScheduleRow> *out);

    // The week view's chips over from..to inclusive: entries of one day and time with the same
    // title, kind and column aggregated into one chip (GROUP BY in SQL), ordered by day, time,
    // then the biggest chip first. The same filter as list().
    DatabaseError listChips(const QDate &from, const QDate &to, const ScheduleFilter &filter, QList<CalendarChip> *out);

    // The month view's figures: entries per day and kind over from..to inclusive, ordered by day
    // then count descending. The same filter as list().
    DatabaseError countPerDayAndKind(
        const QDate &from, const QDate &to, const ScheduleFilter &filter, QList<CalendarDayCount> *out);

    // The names of the groups the entries go to, by name, at most limit of them; total gets how
    // many distinct groups there are. For a chip's tooltip.
    DatabaseError groupNamesOf(const QList<qint64> &entryIds, int limit, QStringList *names, int *total = nullptr);

    // Moves every entry to its new time in one transaction with one audit entry listing them all
    // (a chip dropped on another day or slot; undo is the same call with the old times). Refuses
    // the whole move, changing nothing, when any entry is missing or a time is invalid.
    DatabaseError rescheduleMany(const QList<ScheduleMove> &moves);

    // An invalid when means now.
    DatabaseError markDone(qint64 id, const QDateTime &when);
    DatabaseError reschedule(qint64 id, const QDateTime &newDateTime);
    // Done records when (now if invalid); every other status clears the done time.
    DatabaseError setStatus(qint64 id, ScheduleStatus status, const QDateTime &when = QDateTime());
    DatabaseError remove(qint64 id);

    // Planned and done posts per group and day over from..to inclusive (skipped and cancelled
    // entries post nothing), ordered by group then day. Days without posts are absent.
    DatabaseError countPerGroupPerDay(const QDate &from, const QDate &to, QList<GroupDayCount> *out);

    // Groups that are not dissolved, by name: the calendar's group filter and pickers. With
    // nameContains, only names containing it (Latin letters case-insensitive); limit > 0 caps
    // the list, for pickers that search instead of listing every group.
    DatabaseError listGroupChoices(QList<GroupChoice> *out, const QString &nameContains = QString(), int limit = 0);
    DatabaseError groupChoice(qint64 groupId, GroupChoice *out);

    // The validated insert without a transaction or audit entry of its own: the caller holds a
    // SqlTransaction and records what it did as a whole.
    DatabaseError insertInTransaction(const ScheduleEntry &entry, qint64 *id = nullptr);

private:
    DatabaseError update(
        qint64 id, const QString &action, const QString &what, const QString &setSql, const QVariantMap &binds);

    QSqlDatabase m_db;
};

} // namespace qundesk
