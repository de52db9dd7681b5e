#include "domain/Schedule.h"

#include "domain/EnumTable.h"

namespace qundesk {

namespace {

constexpr char Context[] = "Schedule";

constexpr enumtable::Entry<ScheduleStatus> scheduleStatuses[] = {
    { ScheduleStatus::Planned, "planned", QT_TRANSLATE_NOOP("Schedule", "Planned") },
    { ScheduleStatus::Done, "done", QT_TRANSLATE_NOOP("Schedule", "Done") },
    { ScheduleStatus::Skipped, "skipped", QT_TRANSLATE_NOOP("Schedule", "Skipped") },
    { ScheduleStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Schedule", "Cancelled") },
};

QString dateTimeText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toString(Qt::ISODate) : QString();
}

} // namespace

QString scheduleStatusCode(ScheduleStatus status)
{
    return enumtable::code(scheduleStatuses, status);
}

std::optional<ScheduleStatus> scheduleStatusFromCode(const QString &code)
{
    return enumtable::fromCode(scheduleStatuses, code);
}

QList<ScheduleStatus> allScheduleStatuses()
{
    return enumtable::all(scheduleStatuses);
}

QString scheduleStatusLabel(ScheduleStatus status)
{
    return enumtable::label(Context, scheduleStatuses, status);
}

QJsonObject ScheduleEntry::toJson() const
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("content_item_id"), contentItemId },
        { QStringLiteral("group_id"), groupId }, { QStringLiteral("scheduled_at"), dateTimeText(scheduledAt) },
        { QStringLiteral("title"), title }, { QStringLiteral("status"), scheduleStatusCode(status) },
        { QStringLiteral("done_at"), dateTimeText(doneAt) }, { QStringLiteral("operator_id"), operatorId },
        { QStringLiteral("sop_application_id"), sopApplicationId }, { QStringLiteral("sop_step_id"), sopStepId } };
}

QString ScheduleRow::displayTitle() const
{
    return entry.title.trimmed().isEmpty() ? contentTitle : entry.title;
}

QString CalendarChip::color() const
{
    if (!columnColor.isEmpty())
        return columnColor;
    return kind ? contentKindColor(*kind) : QStringLiteral("#8c8c8c");
}

QDate weekStart(const QDate &date)
{
    return date.isValid() ? date.addDays(1 - date.dayOfWeek()) : QDate();
}

} // namespace qundesk
