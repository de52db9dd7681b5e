#include "analytics/Lifecycle.h"

#include "domain/EnumTable.h"

namespace qundesk {

namespace {

using enumtable::Entry;

constexpr char StageContext[] = "LifecycleStage";
constexpr Entry<LifecycleStage> StageTable[] = {
    {LifecycleStage::Strong, "strong", QT_TRANSLATE_NOOP("LifecycleStage", "Strong")},
    {LifecycleStage::Daily, "daily", QT_TRANSLATE_NOOP("LifecycleStage", "Daily")},
    {LifecycleStage::Weak, "weak", QT_TRANSLATE_NOOP("LifecycleStage", "Weak")},
    {LifecycleStage::Zombie, "zombie", QT_TRANSLATE_NOOP("LifecycleStage", "Zombie")},
};

} // namespace

QString lifecycleStageCode(LifecycleStage stage) { return enumtable::code(StageTable, stage); }
std::optional<LifecycleStage> lifecycleStageFromCode(const QString &code) { return enumtable::fromCode(StageTable, code); }
QString lifecycleStageLabel(LifecycleStage stage) { return enumtable::label(StageContext, StageTable, stage); }
QList<LifecycleStage> allLifecycleStages() { return enumtable::all(StageTable); }

QString formatPercent(double fraction)
{
    // One decimal where it matters (2.5%), none where it does not (10%, not 10.0%).
    QString text = QString::number(fraction * 100.0, 'f', 1);
    if (text.endsWith(QLatin1StringView(".0")))
        text.chop(2);
    return text + QLatin1Char('%');
}

int lifecycleAgeDays(const LifecycleInput &input)
{
    const QDate start = input.filledOn.isValid() ? input.filledOn : input.createdOn;
    if (!start.isValid() || !input.today.isValid())
        return 0;
    return int(start.daysTo(input.today));
}

double activeRate7d(const LifecycleInput &input)
{
    return input.members > 0 ? double(input.active7d) / double(input.members) : 0.0;
}

bool isBelowFloor(const DayActivity &day, int members, const LifecycleThresholds &thresholds)
{
    if (double(day.messages) < thresholds.floorMessagesPerDay)
        return true;
    const double rate = members > 0 ? double(day.activeMembers) / double(members) : 0.0;
    return rate < thresholds.floorActiveRate;
}

int trailingDaysBelowFloor(const QList<DayActivity> &daysNewestFirst, int members,
                           const LifecycleThresholds &thresholds)
{
    int streak = 0;
    for (const DayActivity &day : daysNewestFirst) {
        if (!isBelowFloor(day, members, thresholds))
            break;
        ++streak;
    }
    return streak;
}

std::optional<LifecycleAssessment> assessLifecycle(const LifecycleInput &input, const LifecycleThresholds &thresholds)
{
    if (input.status != GroupStatus::Active)
        return std::nullopt;

    if (input.daysBelowFloor >= thresholds.zombieDays) {
        return LifecycleAssessment{LifecycleStage::Zombie,
                                   QCoreApplication::translate("Lifecycle", "Below the activity floor for %1 days (≥ %2 days)")
                                       .arg(input.daysBelowFloor).arg(thresholds.zombieDays)};
    }

    const int age = lifecycleAgeDays(input);
    if (age < thresholds.strongDays) {
        const QString text = input.filledOn.isValid()
            ? QCoreApplication::translate("Lifecycle", "Day %1 after filling (< %2 days)")
            : QCoreApplication::translate("Lifecycle", "Day %1 after creation, not yet filled (< %2 days)");
        return LifecycleAssessment{LifecycleStage::Strong, text.arg(age).arg(thresholds.strongDays)};
    }

    const double rate = activeRate7d(input);
    if (rate < thresholds.weakActiveRate) {
        return LifecycleAssessment{LifecycleStage::Weak,
                                   QCoreApplication::translate("Lifecycle", "7-day active rate %1 < %2")
                                       .arg(formatPercent(rate), formatPercent(thresholds.weakActiveRate))};
    }

    // Both windows are seven days long, so the drop in messages per day is the drop in totals.
    if (input.messagesPrev7d >= thresholds.weakDropMinMessages && input.messagesPrev7d > 0) {
        const double drop = 1.0 - double(input.messages7d) / double(input.messagesPrev7d);
        if (drop >= thresholds.weakDropRatio) {
            return LifecycleAssessment{
                LifecycleStage::Weak,
                QCoreApplication::translate("Lifecycle", "Messages per day fell %1 week over week (≥ %2): %3 → %4 a week")
                    .arg(formatPercent(drop), formatPercent(thresholds.weakDropRatio))
                    .arg(input.messagesPrev7d)
                    .arg(input.messages7d)};
        }
    }

    return LifecycleAssessment{LifecycleStage::Daily,
                               QCoreApplication::translate("Lifecycle", "7-day active rate %1 ≥ %2, day %3 after filling")
                                   .arg(formatPercent(rate), formatPercent(thresholds.weakActiveRate))
                                   .arg(age)};
}

} // namespace qundesk
