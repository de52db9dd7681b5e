#include "analytics/KocScore.h"

#include "domain/EnumTable.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace qundesk {

namespace {

using enumtable::Entry;

constexpr char ComponentContext[] = "KocComponent";
constexpr Entry<KocComponent> ComponentTable[] = {
    {KocComponent::Messages, "messages", QT_TRANSLATE_NOOP("KocComponent", "Messages")},
    {KocComponent::Replies, "replies", QT_TRANSLATE_NOOP("KocComponent", "Replies")},
    {KocComponent::Content, "content", QT_TRANSLATE_NOOP("KocComponent", "Posts and shares")},
    {KocComponent::Referrals, "referrals", QT_TRANSLATE_NOOP("KocComponent", "Referrals")},
    {KocComponent::Participation, "participation", QT_TRANSLATE_NOOP("KocComponent", "Check-ins and games")},
    {KocComponent::Purchases, "purchases", QT_TRANSLATE_NOOP("KocComponent", "Purchases")},
    {KocComponent::Spend, "spend", QT_TRANSLATE_NOOP("KocComponent", "Spend (CNY)")},
};

} // namespace

QString kocComponentCode(KocComponent c) { return enumtable::code(ComponentTable, c); }
std::optional<KocComponent> kocComponentFromCode(const QString &code) { return enumtable::fromCode(ComponentTable, code); }
QString kocComponentLabel(KocComponent c) { return enumtable::label(ComponentContext, ComponentTable, c); }
QList<KocComponent> allKocComponents() { return enumtable::all(ComponentTable); }

QString KocSettings::validate() const
{
    for (KocComponent c : allKocComponents()) {
        const double w = weight(c);
        if (!std::isfinite(w) || w < 0 || w > 1000)
            return QCoreApplication::translate("KocSettings", "Weight of %1: %2 is not between 0 and 1000.")
                .arg(kocComponentLabel(c)).arg(w);
        if (dailyCap(c) < 0 || dailyCap(c) > 1'000'000)
            return QCoreApplication::translate("KocSettings", "Daily cap of %1: %2 is not between 0 (no cap) and 1000000.")
                .arg(kocComponentLabel(c)).arg(dailyCap(c));
    }
    if (std::all_of(weights.begin(), weights.end(), [](double w) { return w <= 0; }))
        return QCoreApplication::translate("KocSettings", "Weights: at least one weight must be above 0, or every score is 0.");
    if (!std::isfinite(halfLifeDays) || halfLifeDays < 1 || halfLifeDays > 3650)
        return QCoreApplication::translate("KocSettings", "Half-life: %1 days is not between 1 and 3650.").arg(halfLifeDays);
    if (!std::isfinite(topPercent) || topPercent <= 0 || topPercent > 100)
        return QCoreApplication::translate("KocSettings", "Top share: %1% is not above 0 and at most 100.").arg(topPercent);
    if (!std::isfinite(minScore) || minScore < 0 || minScore > 1'000'000)
        return QCoreApplication::translate("KocSettings", "Minimum score: %1 is not between 0 and 1000000.").arg(minScore);
    if (!std::isfinite(unflagFactor) || unflagFactor <= 0 || unflagFactor > 1)
        return QCoreApplication::translate("KocSettings", "Unflag band: %1 is not above 0 and at most 1.").arg(unflagFactor);
    if (unflagDays < 1 || unflagDays > 3650)
        return QCoreApplication::translate("KocSettings", "Unflag after: %1 days is not between 1 and 3650.").arg(unflagDays);
    return {};
}

double kocDecay(qint64 ageDays, double halfLifeDays)
{
    if (ageDays <= 0)
        return 1.0;
    return std::exp2(-double(ageDays) / halfLifeDays);
}

double kocPoints(double decayed, double weight)
{
    return decayed > 0 ? weight * std::log1p(decayed) : 0.0;
}

KocBreakdown kocBreakdownFromTotals(const std::array<qint64, KocComponentCount> &counts,
                                    const std::array<double, KocComponentCount> &decayed,
                                    const KocSettings &settings)
{
    KocBreakdown b;
    for (int i = 0; i < KocComponentCount; ++i) {
        const auto c = KocComponent(i);
        b.components[size_t(i)] = {c, counts[size_t(i)], decayed[size_t(i)], kocPoints(decayed[size_t(i)], settings.weight(c))};
        b.score += b.components[size_t(i)].points;
    }
    return b;
}

KocBreakdown kocScore(const QList<KocDay> &days, const QDate &asOf, const KocSettings &settings)
{
    std::array<qint64, KocComponentCount> counts{};
    std::array<double, KocComponentCount> decayed{};
    constexpr int Spend = int(KocComponent::Spend);
    for (const KocDay &d : days) {
        if (!d.day.isValid() || d.day > asOf)
            continue;
        const double f = kocDecay(d.day.daysTo(asOf), settings.halfLifeDays);
        for (int i = 0; i < KocComponentCount; ++i) {
            // Spend counts whole CNY, as the repository's integer division does.
            const qint64 raw = i == Spend ? d.counts[size_t(i)] / 100 : d.counts[size_t(i)];
            const int cap = settings.dailyCaps[size_t(i)];
            counts[size_t(i)] += raw;
            decayed[size_t(i)] += double(cap > 0 ? std::min<qint64>(raw, cap) : raw) * f;
        }
    }
    return kocBreakdownFromTotals(counts, decayed, settings);
}

int kocTopCount(int n, double topPercent)
{
    if (n <= 0)
        return 0;
    return std::clamp(int(std::ceil(double(n) * topPercent / 100.0 - 1e-9)), 1, n);
}

double kocCutoff(QList<double> scores, double topPercent)
{
    const int k = kocTopCount(int(scores.size()), topPercent);
    if (k == 0)
        return std::numeric_limits<double>::infinity();
    std::sort(scores.begin(), scores.end(), std::greater<>());
    return scores.at(k - 1);
}

double kocThreshold(double overallCutoff, const QList<double> &groupCutoffs, const KocSettings &settings)
{
    double bar = overallCutoff;
    for (double c : groupCutoffs)
        bar = std::min(bar, c);
    return std::max(settings.minScore, bar);
}

double kocPercentile(double score, const QList<double> &population)
{
    if (population.size() <= 1)
        return 0.0;
    const auto lower = std::count_if(population.begin(), population.end(), [score](double s) { return s < score; });
    return double(lower) / double(population.size() - 1);
}

QDate kocNextBelowSince(const QDate &belowSince, bool flagged, double score, double threshold,
                        const QDate &today, const KocSettings &settings)
{
    if (!flagged || score >= settings.unflagFactor * threshold)
        return {};
    return belowSince.isValid() && belowSince <= today ? belowSince : today;
}

bool kocSuggestUnflag(const QDate &belowSince, const QDate &today, const KocSettings &settings)
{
    return belowSince.isValid() && belowSince.daysTo(today) >= settings.unflagDays;
}

} // namespace qundesk
