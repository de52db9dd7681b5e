#include "io/ICalendarExport.h"

#include "storage/SettingsRepository.h"

#include <QSaveFile>

namespace qundesk {

QString ICalendarExporter::uid(const QString &databaseId, qint64 entryId)
{
    return QStringLiteral("qundesk-entry-%1@%2").arg(entryId).arg(databaseId);
}

QString ICalendarExporter::eventStatus(ScheduleStatus status)
{
    switch (status) {
    case ScheduleStatus::Planned:
    case ScheduleStatus::Done:
        return QStringLiteral("CONFIRMED");
    case ScheduleStatus::Skipped:
    case ScheduleStatus::Cancelled:
        return QStringLiteral("CANCELLED");
    }
    return QStringLiteral("CONFIRMED");
}

ical::Event ICalendarExporter::event(const CalendarExportRow &r, const QString &databaseId)
{
    const ScheduleEntry &e = r.row.entry;
    ical::Event ev;
    ev.uid = uid(databaseId, e.id);
    ev.start = e.scheduledAt;
    ev.end = e.scheduledAt.addSecs(EventMinutes * 60);
    ev.summary = r.row.displayTitle();
    ev.description = r.text;
    ev.location = r.row.groupName;
    if (r.row.kind)
        ev.categories.append(contentKindLabel(*r.row.kind));
    if (!r.row.columnName.isEmpty())
        ev.categories.append(r.row.columnName);
    ev.status = eventStatus(e.status);
    // What a calendar app has no property for, kept so a QunDesk reader gets it back exactly.
    ev.extra.append({ QStringLiteral("X-QUNDESK-GROUP"), r.row.groupName });
    ev.extra.append({ QStringLiteral("X-QUNDESK-GROUP-ID"), QString::number(e.groupId) });
    ev.extra.append({ QStringLiteral("X-QUNDESK-STATUS"), scheduleStatusCode(e.status) });
    if (r.row.kind)
        ev.extra.append({ QStringLiteral("X-QUNDESK-KIND"), contentKindCode(*r.row.kind) });
    if (!r.row.slotLabel.isEmpty())
        ev.extra.append({ QStringLiteral("X-QUNDESK-SLOT"), r.row.slotLabel });
    if (!r.operatorName.isEmpty())
        ev.extra.append({ QStringLiteral("X-QUNDESK-OPERATOR"), r.operatorName });
    return ev;
}

QByteArray ICalendarExporter::document(
    const QList<CalendarExportRow> &rows, const QString &databaseId, const QString &calendarName) const
{
    ical::Writer writer(m_zone, m_stamp);
    writer.setCalendarName(calendarName);
    QList<ical::Event> events;
    events.reserve(rows.size());
    for (const CalendarExportRow &r : rows)
        events.append(event(r, databaseId));
    return writer.document(events);
}

CalendarExportOutcome ICalendarExporter::exportTo(const CalendarExportOptions &options, const QString &path)
{
    CalendarExportOutcome outcome;
    outcome.path = path;
    QList<CalendarExportRow> rows;
    if (!CalendarExportData::loadForFile(m_db, options, &rows, &outcome))
        return outcome;
    QString databaseId;
    if (auto err = SettingsRepository(m_db).databaseId(&databaseId)) {
        outcome.error = err.message;
        return outcome;
    }
    const QByteArray bytes = document(
        rows, databaseId, tr("QunDesk content calendar %1").arg(CalendarExportData::describe(m_db, options)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        outcome.error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return outcome;
    }
    outcome.entries = rows.size();
    outcome.groups = CalendarExportData::distinctGroups(rows);
    return outcome;
}

} // namespace qundesk
