#pragma once

#include "domain/Content.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace qundesk {

enum class ScheduleStatus { Planned, Done, Skipped, Cancelled };

QString scheduleStatusCode(ScheduleStatus status);
std::optional<ScheduleStatus> scheduleStatusFromCode(const QString &code);
QString scheduleStatusLabel(ScheduleStatus status);
QList<ScheduleStatus> allScheduleStatuses();

// One post planned for one group at one local date and slot time. It either points at a
// content item or carries its own title (the schema requires one of the two); an entry stamped
// from an SOP template remembers the application and step it came from.
struct ScheduleEntry
{
    qint64 id = 0;
    qint64 contentItemId = 0;
    qint64 groupId = 0;
    QDateTime scheduledAt; // local time
    QString title; // overrides the content item's title when set
    QString body;
    ScheduleStatus status = ScheduleStatus::Planned;
    QDateTime doneAt;
    qint64 operatorId = 0;
    qint64 sopApplicationId = 0;
    qint64 sopStepId = 0;

    QJsonObject toJson() const;
};

// An entry as the calendar shows it: joined with its group, content, column, SOP step and slot.
struct ScheduleRow
{
    ScheduleEntry entry;
    QString groupName;
    QString contentTitle;
    std::optional<ContentKind> kind; // the content item's kind, else the SOP step's
    qint64 columnId = 0;
    QString columnName;
    QString slotLabel; // the time slot's label when the time is a known slot

    // The entry's own title wins over its content item's.
    QString displayTitle() const;
};

// Optional narrowing of a calendar listing; zero / nullopt means "any".
struct ScheduleFilter
{
    qint64 groupId = 0;
    qint64 operatorId = 0;
    std::optional<ScheduleStatus> status;
};

// Posts per group and day, for conflict checks (too many posts in a day).
struct GroupDayCount
{
    qint64 groupId = 0;
    QDate day;
    int count = 0;
};

// The Monday of the ISO week containing date.
QDate weekStart(const QDate &date);

} // namespace qundesk
