#pragma once

#include "domain/Content.h"
#include "domain/Group.h"
#include "domain/Schedule.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace qundesk {

// The content calendar's conflict rules, as a pure function over entries and the facts they are
// checked against. CalendarConflictRepository gathers both from the database (stored entries,
// and proposed ones an editor or a preview has not written yet); the views, the entry editor, the
// SOP apply preview and `qundesk-cli calendar check` show the result.

enum class ConflictKind {
    DailyMax,         // more posts to a group in one day than the daily maximum
    SlotOverfull,     // more posts to a group at one time than the slot's max_posts (1 off-slot)
    QuietHours,       // a post inside the quiet hours
    InactiveGroup,    // a post to an archived or dissolved group
    SopCampaignClash  // an SOP step on the same group and day as a campaign post
};

QString conflictKindCode(ConflictKind kind);
std::optional<ConflictKind> conflictKindFromCode(const QString &code);
QString conflictKindLabel(ConflictKind kind);
QList<ConflictKind> allConflictKinds();

// The quiet hours (免打扰时段) of the operation: no posts from start until end. A window whose
// start is after its end runs across midnight (22:30–08:00); start == end means no quiet hours.
struct QuietHours
{
    QTime start = QTime(22, 30);
    QTime end = QTime(8, 0);

    bool isEnabled() const { return start.isValid() && end.isValid() && start != end; }
    bool contains(const QTime &time) const;
    // "22:30–08:00"
    QString text() const;
};

// The operation's calendar rules (settings keys calendar.*; see SettingsRepository).
struct CalendarRules
{
    static constexpr int DefaultDailyMaxPosts = 8;

    int dailyMaxPosts = DefaultDailyMaxPosts;
    QuietHours quiet;

    bool operator==(const CalendarRules &other) const
    {
        return dailyMaxPosts == other.dailyMaxPosts && quiet.start == other.quiet.start
            && quiet.end == other.quiet.end;
    }
};

// One post as the rules see it. Stored entries carry their id; proposed entries not written yet
// carry negative ids chosen by the caller (-1, -2, ...) so conflicts can name them.
struct ConflictEntry
{
    qint64 id = 0;
    qint64 groupId = 0;
    QDateTime scheduledAt; // local time
    ScheduleStatus status = ScheduleStatus::Planned;
    std::optional<ContentKind> kind;
    qint64 sopApplicationId = 0; // non-zero: stamped from an SOP template
    QString title;

    // Skipped and cancelled entries post nothing, so no rule counts them.
    bool posts() const { return status == ScheduleStatus::Planned || status == ScheduleStatus::Done; }
    bool isProposed() const { return id < 0; }
};

struct ConflictGroup
{
    qint64 id = 0;
    QString name;
    GroupStatus status = GroupStatus::Active;
};

struct ConflictFacts
{
    CalendarRules rules;
    // max_posts of each configured time slot, keyed by minutes since midnight; a time that is not
    // a slot allows one post.
    QHash<int, int> slotMaxPosts;
    // Every group an entry names; an entry whose group is missing here is checked as active and
    // named "#id".
    QHash<qint64, ConflictGroup> groups;

    int slotMax(const QTime &time) const;
};

// Kinds of campaign post an SOP step must not share a day with (the group would get two pushes).
bool isCampaignKind(ContentKind kind);

struct CalendarConflict
{
    ConflictKind kind = ConflictKind::DailyMax;
    qint64 groupId = 0;
    QString groupName;
    QDate day;
    QTime time;            // the slot or post time; invalid for whole-day conflicts
    QList<qint64> entryIds; // the entries involved, by time then id
    int count = 0;         // posts counted (DailyMax, SlotOverfull), else the entries involved
    int limit = 0;         // the limit exceeded (DailyMax, SlotOverfull), else 0
    QString reason;        // translated, names group, day, time and counts

    bool involves(qint64 entryId) const { return entryIds.contains(entryId); }
    QJsonObject toJson() const;
};

// Every conflict among entries, ordered by day, group name, time and kind. Day-level rules
// (daily maximum, SOP clash) give one conflict per group and day; slot rules one per group and
// time; quiet hours and inactive groups one per entry.
QList<CalendarConflict> findCalendarConflicts(const QList<ConflictEntry> &entries, const ConflictFacts &facts);

// The conflicts that involve at least one of entryIds (e.g. the proposed entries of an editor).
QList<CalendarConflict> conflictsInvolving(const QList<CalendarConflict> &conflicts, const QList<qint64> &entryIds);

// Conflicts per entry id, for marking chips in the calendar views.
QHash<qint64, QList<int>> conflictIndexByEntry(const QList<CalendarConflict> &conflicts);

} // namespace qundesk
