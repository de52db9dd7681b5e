#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace qundesk::funnel {

// The figures of one step, derived from the ordered step totals. Rates are fractions (0.667),
// and std::nullopt where the division has no meaning (the first step, or a zero denominator).
struct StepFigures
{
    qint64 count = 0;
    std::optional<double> stepRate;     // count / previous count
    std::optional<double> overallRate;  // count / first count
    qint64 dropOff = 0;                 // previous - count; 0 for the first step, negative when rising
    std::optional<double> dropOffRate;  // dropOff / previous count: the share lost at this step
    // Data problems: a funnel only ever loses people. A count above the previous step's, or above
    // the first step's, means the figures were entered or imported wrongly; it is flagged here
    // rather than shown as a silent rate above 100%.
    bool risesFromPrevious = false;
    bool exceedsFirst = false;

    bool hasDataProblem() const { return risesFromPrevious || exceedsFirst; }
};

struct FunnelFigures
{
    QList<StepFigures> steps;
    // Index of the step that loses the largest share of the step before it; -1 when no step
    // loses anyone (empty, one step, all zeros, or only rises). Losses from a step with a data
    // problem do not count. Ties go to the earlier step.
    int largestDropOff = -1;

    bool hasDataProblem() const;
    // Whole-funnel conversion: last count / first count.
    std::optional<double> overallConversion() const;
};

// Counts are expected to be >= 0 (the repository refuses negatives); a negative value is
// treated like zero so no rate is ever computed against it.
FunnelFigures computeFigures(const QList<qint64> &counts);

// "66.7%" for 0.6667, "—" for an undefined rate. One decimal, independent of the locale.
QString percentText(std::optional<double> rate);

} // namespace qundesk::funnel
