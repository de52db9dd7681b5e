#pragma once

#include "storage/DatabaseError.h"
#include "storage/ScheduleRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace qundesk {

// What a calendar export covers: the days from..to (both inclusive), optionally one group or one
// operator's entries (0: all).
struct CalendarExportOptions
{
    QDate from;
    QDate to;
    qint64 groupId = 0;
    qint64 operatorId = 0;
};

// One entry as every export format writes it.
struct CalendarExportRow
{
    ScheduleRow row;
    QString text; // the entry's own body, else its content item's body
    QString operatorName;
};

// How an export went: the counts for the result message, or the reason it failed.
struct CalendarExportOutcome
{
    qint64 entries = 0;
    int groups = 0;
    QString path;
    QString error; // empty on success

    bool ok() const { return error.isEmpty(); }
};

// Reads the entries of an export through ScheduleRepository::list (one query), then the bodies of
// the content items they use (one read per distinct item) and the operators' names.
class CalendarExportData final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExportData)

public:
    // Exports cover at most this many days: a year of a big operation is already millions of rows.
    static constexpr int MaxDays = 366;

    // Checks the range (valid, from <= to, at most MaxDays) and that the group/operator exist.
    static DatabaseError check(const QSqlDatabase &db, const CalendarExportOptions &options);
    static DatabaseError load(const QSqlDatabase &db, const CalendarExportOptions &options,
        QList<CalendarExportRow> *out);
    // "Group: 宠粉福利1群 · Operator: 小林"; empty when the export is not narrowed.
    static QString filterText(const QSqlDatabase &db, const CalendarExportOptions &options);
    // "2026-11-23 – 2026-11-29", then the filter text when there is one; for calendar names.
    static QString describe(const QSqlDatabase &db, const CalendarExportOptions &options);
    // A file name suggestion without characters file systems refuse, e.g. 内容日历_2026-11-23_2026-11-29.ics.
    static QString suggestedFileName(const QSqlDatabase &db, const CalendarExportOptions &options,
        const QString &suffix);
    static int distinctGroups(const QList<CalendarExportRow> &rows);
    // "No entries from %1 to %2 ..." for an export that found nothing.
    static QString nothingToExport(const CalendarExportOptions &options);
    // load() for a file export: false with outcome->error set when loading fails or finds nothing
    // (no file is written then).
    static bool loadForFile(const QSqlDatabase &db, const CalendarExportOptions &options,
        QList<CalendarExportRow> *rows, CalendarExportOutcome *outcome);
};

} // namespace qundesk
