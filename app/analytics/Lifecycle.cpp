#include "analytics/Lifecycle.h"

#include "domain/EnumTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

namespace {

LifecycleAssessment assessment(LifecycleStage stage, const char *source, const QStringList &args)
{
    const QString text = QString::fromUtf8(source);
    return LifecycleAssessment{stage, lifecycleReasonText(text, args), text, args};
}

} // namespace

QString lifecycleReasonText(const QString &source, const QStringList &args)
{
    QString text = QCoreApplication::translate("Lifecycle", source.toUtf8().constData());
    for (const QString &arg : args)
        text = text.arg(arg);
    return text;
}

QString encodeLifecycleReason(const LifecycleAssessment &assessment)
{
    const QJsonObject json{{QStringLiteral("text"), assessment.reasonSource},
                           {QStringLiteral("args"), QJsonArray::fromStringList(assessment.reasonArgs)}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString decodeLifecycleReason(const QString &stored)
{
    if (!stored.startsWith(u'{'))
        return stored;
    const QJsonObject json = QJsonDocument::fromJson(stored.toUtf8()).object();
    const QString source = json.value(QStringLiteral("text")).toString();
    if (source.isEmpty())
        return stored;
    QStringList args;
    for (const QJsonValue &v : json.value(QStringLiteral("args")).toArray())
        args.append(v.toString());
    return lifecycleReasonText(source, args);
}

std::optional<LifecycleAssessment> assessLifecycle(const LifecycleInput &input, const LifecycleThresholds &thresholds)
{
    if (input.status != GroupStatus::Active)
        return std::nullopt;
    const auto number = [](qint64 n) { return QString::number(n); };

    if (input.daysBelowFloor >= thresholds.zombieDays) {
        return assessment(LifecycleStage::Zombie,
                          QT_TRANSLATE_NOOP("Lifecycle", "Below the activity floor for %1 days (≥ %2 days)"),
                          {number(input.daysBelowFloor), number(thresholds.zombieDays)});
    }

    const int age = lifecycleAgeDays(input);
    if (age < thresholds.strongDays) {
        return assessment(LifecycleStage::Strong,
                          input.filledOn.isValid()
                              ? QT_TRANSLATE_NOOP("Lifecycle", "Day %1 after filling (< %2 days)")
                              : QT_TRANSLATE_NOOP("Lifecycle", "Day %1 after creation, not yet filled (< %2 days)"),
                          {number(age), number(thresholds.strongDays)});
    }

    const double rate = activeRate7d(input);
    if (rate < thresholds.weakActiveRate) {
        return assessment(LifecycleStage::Weak, QT_TRANSLATE_NOOP("Lifecycle", "7-day active rate %1 < %2"),
                          {formatPercent(rate), formatPercent(thresholds.weakActiveRate)});
    }

    // Both windows are seven days long, so the drop in messages per day is the drop in totals.
    if (input.messagesPrev7d >= thresholds.weakDropMinMessages && input.messagesPrev7d > 0) {
        const double drop = 1.0 - double(input.messages7d) / double(input.messagesPrev7d);
        if (drop >= thresholds.weakDropRatio) {
            return assessment(
                LifecycleStage::Weak,
                QT_TRANSLATE_NOOP("Lifecycle", "Messages per day fell %1 week over week (≥ %2): %3 → %4 a week"),
                {formatPercent(drop), formatPercent(thresholds.weakDropRatio), number(input.messagesPrev7d),
                 number(input.messages7d)});
        }
    }

    return assessment(LifecycleStage::Daily, QT_TRANSLATE_NOOP("Lifecycle", "7-day active rate %1 ≥ %2, day %3 after filling"),
                      {formatPercent(rate), formatPercent(thresholds.weakActiveRate), number(age)});
}

} // namespace qundesk
