// The content calendar: SOP templates (the new-member 7-day plan and the weekly rhythm), their
// applications to a few groups, and four weeks of schedule entries (two before this week, this
// week and the next) over the standard time slotTimes for every group still being operated.

#include "io/DemoPlan.h"

#include <algorithm>
#include <set>

namespace qundesk::demo {

namespace {

struct Entry
{
    qint64 at = 0;
    int group = 0; // index
    int slot = 0; // index into the slotTimes
    qint64 item = 0;
    QByteArray title;
    QByteArray body;
    qint64 application = 0;
    qint64 step = 0;
};

struct Step
{
    qint64 id;
    int day;
    int slot;
    QByteArray title;
    QByteArray body;
};

bool operated(const GroupPlan &g)
{
    return g.stage == Stage::Strong || g.stage == Stage::Daily || g.stage == Stage::Weak;
}

} // namespace

DatabaseError writeCalendar(DemoState &s)
{
    Rng rng(s.options.seed, 10);
    const qint64 now = s.clock.now();
    QList<QByteArray> slotTimes;
    if (auto err = s.writer.timeSlots(&slotTimes))
        return err;
    auto slotIndex = [&](const QString &text) { return int(slotTimes.indexOf(text.toLatin1())); };

    // Templates and their steps.
    const struct
    {
        const char *name;
        const char *description;
        const char *kind;
        const QList<DemoWords::SopStep> *steps;
    } templates[] = {
        { "新人7天强运营计划", "社群满员后的第一周：入群仪式、新人答疑会、破冰游戏、新人福利和第一次嘉宾分享。",
            "campaign", &s.words.sopNewbie },
        { "每周节奏", "固定的周节奏：周一游戏，周三到周五福利，周四晚嘉宾分享会，早晚问候。", "weekly",
            &s.words.sopWeekly },
    };
    std::vector<std::vector<Step>> stepsOf(2);
    qint64 stepId = 0;
    for (int t = 0; t < 2; ++t) {
        if (auto err = s.writer.write(DemoWriter::SopTemplate {
                t + 1, templates[t].name, templates[t].description, templates[t].kind, 7, true }))
            return err;
        int position = 0;
        for (const DemoWords::SopStep &step : *templates[t].steps) {
            const int slot = slotIndex(step.slot);
            if (auto err = s.writer.write(DemoWriter::SopStep { ++stepId, t + 1, ++position, step.day,
                    step.slot.toLatin1(), step.kind.toUtf8(), step.title.toUtf8(), step.body.toUtf8() }))
                return err;
            if (slot >= 0)
                stepsOf[size_t(t)].push_back({ stepId, step.day, slot, step.title.toUtf8(), step.body.toUtf8() });
        }
    }

    const int monday = 1 - s.clock.dayOfWeek(0);
    const int windowStart = monday - 14;
    const int windowEnd = monday + 14; // exclusive

    // Applications: the 7-day plan on freshly filled groups (and one upcoming intake), the weekly
    // rhythm on some groups in daily operation, every week of the window.
    struct Application
    {
        int templateIndex;
        int group;
        int start;
    };
    std::vector<Application> applications;
    std::vector<int> strong;
    std::vector<int> daily;
    for (size_t g = 0; g < s.groups.size(); ++g) {
        if (s.groups[g].stage == Stage::Strong && s.groups[g].purpose != Purpose::Master)
            strong.push_back(int(g));
        else if (s.groups[g].stage == Stage::Daily && s.groups[g].purpose != Purpose::Master)
            daily.push_back(int(g));
    }
    std::stable_sort(strong.begin(), strong.end(),
        [&](int a, int b) { return s.groups[size_t(a)].filledDay > s.groups[size_t(b)].filledDay; });
    const size_t newbieCount = std::min<size_t>(strong.size(), std::clamp<size_t>(strong.size() / 3, 2, 40));
    for (size_t k = 0; k < newbieCount; ++k) {
        const GroupPlan &g = s.groups[size_t(strong[k])];
        applications.push_back({ 0, strong[k], std::max(g.createdDay, g.filledDay - rng.range(0, 5)) });
    }
    if (!strong.empty())
        applications.push_back({ 0, strong.front(), rng.range(8, 12) });
    const size_t weeklyCount = std::min<size_t>(daily.size(), std::clamp<size_t>(daily.size() / 8, 2, 60));
    for (size_t k = 0; k < weeklyCount; ++k) {
        const int g = daily[k * daily.size() / std::max<size_t>(1, weeklyCount)];
        for (int week = 0; week < 4; ++week)
            applications.push_back({ 1, g, windowStart + 7 * week });
    }

    std::vector<Entry> entries;
    std::set<qint64> taken; // (group, day, slot) already holding an SOP post
    auto key = [](int group, int day, int slot) { return (qint64(group) * 4096 + (day + 2048)) * 64 + slot; };
    qint64 applicationId = 0;
    for (const Application &a : applications) {
        const GroupPlan &g = s.groups[size_t(a.group)];
        const qint64 applied = std::min(qint64(a.start - 2) * Clock::Day + 17 * 3600 + 1800, now - 3600);
        if (auto err = s.writer.write(DemoWriter::SopApplication {
                ++applicationId, a.templateIndex + 1, g.id, s.clock.dateText(a.start), s.clock.dateTimeText(applied) }))
            return err;
        for (const Step &step : stepsOf[size_t(a.templateIndex)]) {
            const int day = a.start + step.day;
            Entry e;
            e.at = qint64(day) * Clock::Day + slotTimes.at(step.slot).left(2).toInt() * 3600
                + slotTimes.at(step.slot).mid(3, 2).toInt() * 60;
            e.group = a.group;
            e.slot = step.slot;
            e.title = step.title;
            e.body = step.body;
            e.application = applicationId;
            e.step = step.id;
            entries.push_back(e);
            taken.insert(key(a.group, day, step.slot));
        }
    }

    // The regular rhythm for each operated group.
    struct Post
    {
        const char *slot;
        qint64 item;
    };
    auto columnItem = [&](const char *column) -> qint64 {
        const int id = s.columnId(QString::fromUtf8(column));
        if (id <= 0 || s.itemsByColumn[size_t(id - 1)].empty())
            return 0;
        const std::vector<qint64> &items = s.itemsByColumn[size_t(id - 1)];
        return items[size_t(rng.below(int(items.size())))];
    };
    for (size_t gi = 0; gi < s.groups.size(); ++gi) {
        const GroupPlan &g = s.groups[gi];
        if (!operated(g))
            continue;
        for (int day = std::max(windowStart, g.createdDay); day < windowEnd; ++day) {
            const int w = s.clock.dayOfWeek(day);
            std::vector<Post> posts;
            posts.push_back({ "09:00", w >= 6 ? s.weekendItem : s.morningItem });
            switch (g.purpose) {
            case Purpose::AfterSales:
                break;
            case Purpose::Material:
                if (w <= 5)
                    posts.push_back({ "10:00", columnItem("晒单有礼") });
                break;
            case Purpose::Training:
                if (w <= 5)
                    posts.push_back({ "10:00", columnItem("干货分享") });
                if (w == 2 || w == 4)
                    posts.push_back({ "20:00", columnItem("嘉宾分享会") });
                break;
            default:
                if (w == 2 || w == 4)
                    posts.push_back({ "10:00", columnItem("干货分享") });
                if (w == 3 || w == 6)
                    posts.push_back({ "13:00", columnItem("每周游戏") });
                if (w == 1)
                    posts.push_back({ "14:00", columnItem("每周游戏") });
                if (w >= 3 && w <= 5)
                    posts.push_back({ "16:00", columnItem("福利秒杀") });
                if (w == 4)
                    posts.push_back({ "20:00", columnItem("嘉宾分享会") });
                else if (s.clock.date(day).day() == 18)
                    posts.push_back({ "20:00", columnItem("会员日活动") });
                else if (w <= 5 && rng.chance(0.4))
                    posts.push_back({ "20:00", columnItem(rng.chance(0.5) ? "新品预告" : "晒单有礼") });
                break;
            }
            posts.push_back({ "22:00", s.eveningItem });
            for (const Post &p : posts) {
                const int slot = slotIndex(QString::fromLatin1(p.slot));
                if (slot < 0 || p.item == 0 || taken.count(key(int(gi), day, slot)))
                    continue;
                // Weak groups get only part of the effort.
                if (g.stage == Stage::Weak && !rng.chance(0.5))
                    continue;
                Entry e;
                e.at = qint64(day) * Clock::Day + slotTimes.at(slot).left(2).toInt() * 3600
                    + slotTimes.at(slot).mid(3, 2).toInt() * 60;
                e.group = int(gi);
                e.slot = slot;
                e.item = p.item;
                entries.push_back(e);
            }
        }
        if (gi % 64 == 0 && !s.report(0.5 * double(gi) / double(s.groups.size())))
            return s.cancelledError();
    }

    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.at != b.at)
            return a.at < b.at;
        if (a.group != b.group)
            return a.group < b.group;
        return a.step < b.step;
    });
    DemoWriter::ScheduleEntry row;
    for (size_t i = 0; i < entries.size(); ++i) {
        const Entry &e = entries[i];
        const GroupPlan &g = s.groups[size_t(e.group)];
        row.id = qint64(i) + 1;
        row.contentItemId = e.item;
        row.groupId = g.id;
        row.scheduledAt = s.clock.dateTimeText(e.at);
        row.title = e.title;
        row.body = e.body;
        row.doneAt.clear();
        const double r = rng.real();
        if (e.at < now) {
            row.status = r < 0.88 ? "done" : r < 0.96 ? "skipped" : "cancelled";
            if (r < 0.88)
                row.doneAt = s.clock.dateTimeText(std::min(now - 60, e.at + rng.range(0, 20 * 60)));
        } else {
            row.status = r < 0.98 ? "planned" : "cancelled";
        }
        row.operatorId = g.operatorId;
        row.sopApplicationId = e.application;
        row.sopStepId = e.step;
        if (auto err = s.writer.write(row))
            return err;
        if (i % 4096 == 0 && !s.report(0.5 + 0.5 * double(i) / double(entries.size())))
            return s.cancelledError();
    }
    return {};
}

} // namespace qundesk::demo
