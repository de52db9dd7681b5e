#include "analytics/CalendarConflicts.h"

#include "domain/EnumTable.h"

#include <QJsonArray>

#include <algorithm>
#include <map>
#include <tuple>

namespace qundesk {

namespace {

using enumtable::Entry;

constexpr char Ctx[] = "CalendarConflicts";

constexpr Entry<ConflictKind> KindTable[] = {
    {ConflictKind::DailyMax, "daily_max", QT_TRANSLATE_NOOP("CalendarConflicts", "Too many posts in a day")},
    {ConflictKind::SlotOverfull, "slot_overfull", QT_TRANSLATE_NOOP("CalendarConflicts", "Slot overfull")},
    {ConflictKind::QuietHours, "quiet_hours", QT_TRANSLATE_NOOP("CalendarConflicts", "Quiet hours")},
    {ConflictKind::InactiveGroup, "inactive_group", QT_TRANSLATE_NOOP("CalendarConflicts", "Archived or dissolved group")},
    {ConflictKind::SopCampaignClash, "sop_campaign", QT_TRANSLATE_NOOP("CalendarConflicts", "SOP step clashes with a campaign")},
};

QString dayText(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QString timeText(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

int minuteOfDay(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

// Groups's display name, or "#id" when the facts do not know it.
QString groupName(const ConflictFacts &facts, qint64 groupId)
{
    const auto it = facts.groups.constFind(groupId);
    return it != facts.groups.cend() && !it->name.isEmpty() ? it->name : QStringLiteral("#%1").arg(groupId);
}

QString quoted(const QString &title)
{
    return QStringLiteral("“%1”").arg(title);
}

bool earlier(const ConflictEntry *a, const ConflictEntry *b)
{
    return std::tie(a->scheduledAt, a->id) < std::tie(b->scheduledAt, b->id);
}

QList<qint64> idsOf(QList<const ConflictEntry *> entries)
{
    std::sort(entries.begin(), entries.end(), earlier);
    QList<qint64> ids;
    ids.reserve(entries.size());
    for (const ConflictEntry *e : entries)
        ids.append(e->id);
    return ids;
}

} // namespace

QString conflictKindCode(ConflictKind kind) { return enumtable::code(KindTable, kind); }
std::optional<ConflictKind> conflictKindFromCode(const QString &code) { return enumtable::fromCode(KindTable, code); }
QString conflictKindLabel(ConflictKind kind) { return enumtable::label(Ctx, KindTable, kind); }
QList<ConflictKind> allConflictKinds() { return enumtable::all(KindTable); }

bool QuietHours::contains(const QTime &time) const
{
    if (!isEnabled() || !time.isValid())
        return false;
    const int t = minuteOfDay(time);
    const int s = minuteOfDay(start);
    const int e = minuteOfDay(end);
    // The window includes its start and ends just before its end: 22:30–08:00 holds 22:30 and
    // 07:59 but not 08:00, so a post at the end time is the first allowed one.
    if (s < e)
        return t >= s && t < e;
    return t >= s || t < e;
}

QString QuietHours::text() const
{
    return timeText(start) + QStringLiteral("–") + timeText(end);
}

int ConflictFacts::slotMax(const QTime &time) const
{
    return std::max(1, slotMaxPosts.value(minuteOfDay(time), 1));
}

bool isCampaignKind(ContentKind kind)
{
    return kind == ContentKind::Activity || kind == ContentKind::FlashSale || kind == ContentKind::NewProduct
        || kind == ContentKind::Game;
}

QJsonObject CalendarConflict::toJson() const
{
    QJsonArray ids;
    for (qint64 id : entryIds)
        ids.append(id);
    return {
        {QStringLiteral("kind"), conflictKindCode(kind)},
        {QStringLiteral("group"), QJsonObject{{QStringLiteral("id"), groupId}, {QStringLiteral("name"), groupName}}},
        {QStringLiteral("day"), dayText(day)},
        {QStringLiteral("time"), time.isValid() ? QJsonValue(timeText(time)) : QJsonValue()},
        {QStringLiteral("entries"), ids},
        {QStringLiteral("count"), count},
        {QStringLiteral("limit"), limit},
        {QStringLiteral("reason"), reason},
    };
}

QList<CalendarConflict> findCalendarConflicts(const QList<ConflictEntry> &entries, const ConflictFacts &facts)
{
    // Posting entries bucketed per group and day, and per group and minute.
    std::map<std::pair<qint64, QDate>, QList<const ConflictEntry *>> byDay;
    std::map<std::pair<qint64, QDateTime>, QList<const ConflictEntry *>> bySlot;
    for (const ConflictEntry &e : entries) {
        if (!e.posts() || !e.scheduledAt.isValid())
            continue;
        QDateTime minute = e.scheduledAt;
        minute.setTime(QTime(minute.time().hour(), minute.time().minute()));
        byDay[{e.groupId, e.scheduledAt.date()}].append(&e);
        bySlot[{e.groupId, minute}].append(&e);
    }

    QList<CalendarConflict> out;
    auto add = [&](ConflictKind kind, qint64 groupId, const QDate &day, const QTime &time,
                   const QList<const ConflictEntry *> &involved, int count, int limit, const QString &reason) {
        CalendarConflict c;
        c.kind = kind;
        c.groupId = groupId;
        c.groupName = groupName(facts, groupId);
        c.day = day;
        c.time = time;
        c.entryIds = idsOf(involved);
        c.count = count;
        c.limit = limit;
        c.reason = reason;
        out.append(c);
    };

    const int dailyMax = std::max(1, facts.rules.dailyMaxPosts);
    for (const auto &[key, list] : byDay) {
        const auto &[groupId, day] = key;
        const QString name = groupName(facts, groupId);
        if (list.size() > dailyMax) {
            add(ConflictKind::DailyMax, groupId, day, {}, list, int(list.size()), dailyMax,
                QCoreApplication::translate("CalendarConflicts", "“%1” gets %n posts on %2, more than the daily maximum of %3.", nullptr, int(list.size()))
                    .arg(name, dayText(day), QString::number(dailyMax)));
        }
        // An SOP step on a day that already carries a campaign post of another plan.
        QList<const ConflictEntry *> sop;
        QList<const ConflictEntry *> campaign;
        for (const ConflictEntry *e : list) {
            if (e->sopApplicationId != 0)
                sop.append(e);
            else if (e->kind && isCampaignKind(*e->kind))
                campaign.append(e);
        }
        if (!sop.isEmpty() && !campaign.isEmpty()) {
            std::sort(sop.begin(), sop.end(), earlier);
            std::sort(campaign.begin(), campaign.end(), earlier);
            const ConflictEntry *first = campaign.constFirst();
            add(ConflictKind::SopCampaignClash, groupId, day, {}, sop + campaign, int(sop.size() + campaign.size()), 0,
                QCoreApplication::translate("CalendarConflicts", "On %1 “%2” has %n SOP step(s) (first %3 at %4) on the same day as the campaign post %5 at %6.",
                    nullptr, int(sop.size()))
                    .arg(dayText(day), name, quoted(sop.constFirst()->title),
                         timeText(sop.constFirst()->scheduledAt.time()), quoted(first->title),
                         timeText(first->scheduledAt.time())));
        }
    }

    for (const auto &[key, list] : bySlot) {
        const auto &[groupId, at] = key;
        const int max = facts.slotMax(at.time());
        if (list.size() > max) {
            add(ConflictKind::SlotOverfull, groupId, at.date(), at.time(), list, int(list.size()), max,
                QCoreApplication::translate("CalendarConflicts", "“%1” gets %n posts at %2 %3; the slot allows %4.", nullptr, int(list.size()))
                    .arg(groupName(facts, groupId), dayText(at.date()), timeText(at.time()), QString::number(max)));
        }
    }

    for (const ConflictEntry &e : entries) {
        if (!e.posts() || !e.scheduledAt.isValid())
            continue;
        const QString name = groupName(facts, e.groupId);
        const QDate day = e.scheduledAt.date();
        const QTime time = e.scheduledAt.time();
        if (facts.rules.quiet.contains(time)) {
            add(ConflictKind::QuietHours, e.groupId, day, time, {&e}, 1, 0,
                QCoreApplication::translate("CalendarConflicts", "%1 for “%2” on %3 at %4 falls in the quiet hours %5.")
                    .arg(quoted(e.title), name, dayText(day), timeText(time), facts.rules.quiet.text()));
        }
        const auto group = facts.groups.constFind(e.groupId);
        if (group != facts.groups.cend() && group->status != GroupStatus::Active) {
            const QString reason = group->status == GroupStatus::Archived
                ? QCoreApplication::translate("CalendarConflicts", "“%1” is archived: %2 on %3 at %4 will reach no one.")
                : QCoreApplication::translate("CalendarConflicts", "“%1” is dissolved: %2 on %3 at %4 will reach no one.");
            add(ConflictKind::InactiveGroup, e.groupId, day, time, {&e}, 1, 0,
                reason.arg(name, quoted(e.title), dayText(day), timeText(time)));
        }
    }

    std::stable_sort(out.begin(), out.end(), [](const CalendarConflict &a, const CalendarConflict &b) {
        const int ta = a.time.isValid() ? minuteOfDay(a.time) : -1;
        const int tb = b.time.isValid() ? minuteOfDay(b.time) : -1;
        return std::make_tuple(a.day, a.groupName, a.groupId, ta, int(a.kind))
            < std::make_tuple(b.day, b.groupName, b.groupId, tb, int(b.kind));
    });
    return out;
}

QList<CalendarConflict> conflictsInvolving(const QList<CalendarConflict> &conflicts, const QList<qint64> &entryIds)
{
    QList<CalendarConflict> out;
    for (const CalendarConflict &c : conflicts) {
        if (std::any_of(entryIds.cbegin(), entryIds.cend(), [&](qint64 id) { return c.involves(id); }))
            out.append(c);
    }
    return out;
}

QHash<qint64, QList<int>> conflictIndexByEntry(const QList<CalendarConflict> &conflicts)
{
    QHash<qint64, QList<int>> index;
    for (int i = 0; i < conflicts.size(); ++i) {
        for (qint64 id : conflicts.at(i).entryIds)
            index[id].append(i);
    }
    return index;
}

} // namespace qundesk
