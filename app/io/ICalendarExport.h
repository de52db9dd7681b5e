#pragma once

#include "io/CalendarExportData.h"
#include "io/ICalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace qundesk {

// Writes calendar entries as an .ics file a phone or desktop calendar subscribes to or imports.
//
// Times: the calendar stores local wall-clock times ("post at 20:00"), so events are written in
// that wall-clock time with TZID set to this machine's zone and a VTIMEZONE describing it. A
// calendar app in another zone then still shows the post at the moment the operation meant, and
// the file reads the same as the calendar page (20:00 stays "T200000"). Converting to UTC instead
// would bake in whatever zone the exporting machine happens to have without saying which. A
// machine whose zone has no IANA name (plain UTC) writes UTC times ending in 'Z'.
//
// UIDs are stable: "qundesk-entry-<entry id>@<database id>", the database id being a UUID kept in
// the settings (SettingsRepository::databaseId), so re-importing an export updates the events
// instead of duplicating them, on any machine that opens this database.
class ICalendarExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ICalendarExporter)

public:
    // A post occupies this long in a calendar app, so it shows as a block rather than a line.
    static constexpr int EventMinutes = 30;

    explicit ICalendarExporter(const QSqlDatabase &db) : m_db(db) {}

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setStamp(const QDateTime &stamp) { m_stamp = stamp; }

    // Loads the entries and writes the file atomically (an existing file is replaced only on success).
    CalendarExportOutcome exportTo(const CalendarExportOptions &options, const QString &path);
    // The document for rows already loaded.
    QByteArray document(const QList<CalendarExportRow> &rows, const QString &databaseId,
        const QString &calendarName) const;

    static QString uid(const QString &databaseId, qint64 entryId);
    static ical::Event event(const CalendarExportRow &row, const QString &databaseId);
    // RFC 5545 STATUS for a schedule status: planned and done are CONFIRMED, skipped and cancelled CANCELLED.
    static QString eventStatus(ScheduleStatus status);

private:
    QSqlDatabase m_db;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QDateTime m_stamp;
};

} // namespace qundesk
