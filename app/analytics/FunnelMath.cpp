#include "analytics/FunnelMath.h"

#include <algorithm>

namespace qundesk::funnel {

namespace {

std::optional<double> ratio(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    return double(numerator) / double(denominator);
}

} // namespace

bool FunnelFigures::hasDataProblem() const
{
    return std::any_of(steps.cbegin(), steps.cend(), [](const StepFigures &s) { return s.hasDataProblem(); });
}

std::optional<double> FunnelFigures::overallConversion() const
{
    if (steps.isEmpty())
        return std::nullopt;
    return steps.constLast().overallRate;
}

FunnelFigures computeFigures(const QList<qint64> &counts)
{
    FunnelFigures out;
    out.steps.reserve(counts.size());
    const qint64 first = counts.isEmpty() ? 0 : std::max<qint64>(0, counts.constFirst());
    double worstRate = 0.0;

    for (qsizetype i = 0; i < counts.size(); ++i) {
        StepFigures s;
        s.count = std::max<qint64>(0, counts.at(i));
        s.overallRate = ratio(s.count, first);
        if (i > 0) {
            const qint64 previous = out.steps.at(i - 1).count;
            s.stepRate = ratio(s.count, previous);
            s.dropOff = previous - s.count;
            s.dropOffRate = ratio(s.dropOff, previous);
            s.risesFromPrevious = s.count > previous;
            s.exceedsFirst = s.count > first;
            // Only a genuine loss competes for "largest drop-off": a rise is a data problem, not a
            // gain, and a loss measured from a step with a data problem measures nothing.
            const bool fromSoundStep = !out.steps.at(i - 1).hasDataProblem();
            if (fromSoundStep && s.dropOff > 0 && s.dropOffRate && *s.dropOffRate > worstRate) {
                worstRate = *s.dropOffRate;
                out.largestDropOff = int(i);
            }
        }
        out.steps.append(s);
    }
    return out;
}

QString percentText(std::optional<double> rate)
{
    if (!rate)
        return QStringLiteral("—");
    return QString::number(*rate * 100.0, 'f', 1) + QLatin1Char('%');
}

} // namespace qundesk::funnel
