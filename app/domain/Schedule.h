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
    qint64 tierId = 0; // the group's tier
    qint64 teamId = 0; // the group's team
    qint64 columnId = 0; // the content item's column (栏目)

    bool isEmpty() const
    {
        return groupId == 0 && operatorId == 0 && !status && tierId == 0 && teamId == 0 && columnId == 0;
    }
    bool operator==(const ScheduleFilter &) const = default;
};

// One entry's new local date-time, for rescheduling many entries at once (and undoing it).
struct ScheduleMove
{
    qint64 id = 0;
    QDateTime to;
};

// What the calendar's week view draws as one chip: the entries of one day and time that are the
// same post (same title, kind and column), aggregated in SQL so a cell costs what it shows, not
// what it holds. A post sent to 40 groups is one chip saying "40 个群".
struct CalendarChip
{
    QDate day;
    QTime time;
    QString title;
    std::optional<ContentKind> kind;
    qint64 columnId = 0;
    QString columnName;
    QString columnColor; // "#rrggbb" or empty
    QString slotLabel; // the time slot's label when the time is a known slot
    int entryCount = 0;
    int groupCount = 0;
    QString groupName; // the only group's name when groupCount == 1, else the first by name
    int doneCount = 0;
    int sopCount = 0; // entries stamped from an SOP template
    QList<qint64> entryIds;
    // Filled by the conflict checks once they run: why this chip's entries break a rule.
    QStringList conflicts;

    // The column's colour wins over the kind's; a neutral grey when neither is known.
    QString color() const;
    QDateTime dateTime() const { return QDateTime(day, time); }
};

// Entries per day and kind, for the month view (a month at a million members is counted, never listed).
struct CalendarDayCount
{
    QDate day;
    std::optional<ContentKind> kind;
    int count = 0;
    int done = 0;
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
