#pragma once

#include "domain/Group.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace qundesk {

// The lifecycle stage (阶段) of a live group: strong operation for about the first month after
// it fills, daily operation while it runs steadily, weak operation when activity fades, and a
// zombie group (僵尸群) once it has stayed silent: the operator moves its active members out
// rather than reviving it.
enum class LifecycleStage { Strong, Daily, Weak, Zombie };

QString lifecycleStageCode(LifecycleStage stage);
std::optional<LifecycleStage> lifecycleStageFromCode(const QString &code);
QString lifecycleStageLabel(LifecycleStage stage);
QList<LifecycleStage> allLifecycleStages();

// Where the stages change. Rates are fractions (0.10 = 10%). Stored in the settings table under
// the lifecycle.* keys of SettingsRepository, so an operation can tune them.
struct LifecycleThresholds
{
    // The intensive campaign after filling runs 7/21/30 days; the domain's strong stage is
    // "about the first month", so day 30 after filling starts daily operation.
    int strongDays = 30;
    // Fewer than one member in five active in a week: a group in daily operation partly runs
    // itself, and most members react at least weekly (the demo's steady groups sit at 40-70%,
    // its fading ones at 10-18%). Below this the group lives on staff posts alone. 10% would
    // only catch groups that are already nearly dead.
    double weakActiveRate = 0.20;
    // Messages per day halved week over week: activity is fading fast.
    double weakDropRatio = 0.50;
    // ... but only from at least 70 messages in the previous week (10 a day): below that a
    // drop from 6 to 2 messages is noise, and a quiet small group would flap between stages.
    qint64 weakDropMinMessages = 70;
    // A day is below the floor when fewer than 1% of the members are active or fewer than one
    // message is written. 1% rather than 3%: at 3% a 500-member group with 14 people speaking
    // every day would count as dead; a zombie group (僵尸群) is silent, and a fading one that
    // still talks is judged by the weak rules instead.
    double floorActiveRate = 0.01;
    double floorMessagesPerDay = 1.0;
    // Two full weeks below the floor, so one quiet holiday week does not bury a group.
    int zombieDays = 14;
};

// One day of a group: messages (message and reply events) and the members with any activity.
struct DayActivity
{
    qint64 messages = 0;
    int activeMembers = 0;
};

// What the engine needs about one group. Dates are calendar days; the 7-day windows end today
// (inclusive): messages7d covers today-6 .. today, messagesPrev7d today-13 .. today-7.
struct LifecycleInput
{
    GroupStatus status = GroupStatus::Active;
    QDate createdOn;
    QDate filledOn;                 // invalid: never filled, the age counts from createdOn
    QDate today;
    int members = 0;                // open memberships
    int active7d = 0;               // distinct members with activity in the last 7 days
    qint64 messages7d = 0;
    qint64 messagesPrev7d = 0;
    int daysBelowFloor = 0;         // consecutive days, ending today, below the activity floor
};

struct LifecycleAssessment
{
    LifecycleStage stage = LifecycleStage::Daily;
    QString reason;                 // translated; names the figure and the threshold
    // The same reason before translation: the English source text (context "Lifecycle") and
    // the figures for its %1, %2 ..., so a stored reason reads in whatever language shows it.
    QString reasonSource;
    QStringList reasonArgs;
};

// The reason in the current UI language from its source text and figures.
QString lifecycleReasonText(const QString &source, const QStringList &args);
// A reason as group_stages stores it: compact JSON {"text": source, "args": [...]}.
QString encodeLifecycleReason(const LifecycleAssessment &assessment);
// A stored reason in the current UI language; text that is not such JSON (written by an older
// version) comes back unchanged.
QString decodeLifecycleReason(const QString &stored);

// Days since the group filled (or was created when it never filled); 0 on the day itself.
int lifecycleAgeDays(const LifecycleInput &input);
// active7d / members; 0 for a group without members.
double activeRate7d(const LifecycleInput &input);
// Whether one day is below the floor for a group of that many members.
bool isBelowFloor(const DayActivity &day, int members, const LifecycleThresholds &thresholds);
// Consecutive days below the floor counted from days[0] (today) backwards.
int trailingDaysBelowFloor(const QList<DayActivity> &daysNewestFirst, int members,
                           const LifecycleThresholds &thresholds);

// The stage of a group, or std::nullopt for archived and dissolved groups, which have none.
// Rules in order: zombie (long below the floor) > strong (young) > weak (low rate or steep
// drop) > daily.
std::optional<LifecycleAssessment> assessLifecycle(const LifecycleInput &input,
                                                   const LifecycleThresholds &thresholds = {});

// A rate as the reason texts show it: "10%", "2.5%".
QString formatPercent(double fraction);

} // namespace qundesk
