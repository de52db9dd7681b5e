#include "analytics/FunnelMath.h"

#include <QTest>

using namespace qundesk;
using namespace qundesk::funnel;

namespace {

// Compares a rate to the expected percentage with the one decimal the screens show.
bool ratePercentIs(std::optional<double> rate, double percent)
{
    return rate && qAbs(*rate * 100.0 - percent) < 0.05;
}

} // namespace

class TestFunnelMath : public QObject
{
    Q_OBJECT

private slots:
    void addsToJoins()
    {
        // 600 friend adds, 400 group joins: the seeds' 66.7% join rate.
        const FunnelFigures f = computeFigures({600, 400});
        QCOMPARE(f.steps.size(), 2);
        QCOMPARE(f.steps[0].count, 600);
        QVERIFY(!f.steps[0].stepRate);
        QVERIFY(ratePercentIs(f.steps[0].overallRate, 100.0));
        QCOMPARE(f.steps[0].dropOff, 0);
        QVERIFY(ratePercentIs(f.steps[1].stepRate, 66.7));
        QVERIFY(ratePercentIs(f.steps[1].overallRate, 66.7));
        QCOMPARE(f.steps[1].dropOff, 200);
        QVERIFY(ratePercentIs(f.steps[1].dropOffRate, 33.3));
        QCOMPARE(percentText(f.steps[1].stepRate), QStringLiteral("66.7%"));
        QCOMPARE(percentText(f.steps[1].dropOffRate), QStringLiteral("33.3%"));
        QCOMPARE(f.largestDropOff, 1);
        QVERIFY(!f.hasDataProblem());
    }

    void sevenStepFunnel()
    {
        // Targets, ad slots, landing page, jump to WeChat, friend added, audit, joined.
        const FunnelFigures f = computeFigures({30000, 24000, 12500, 4700, 3900, 3400, 3120});
        QCOMPARE(f.steps.size(), 7);
        QVERIFY(ratePercentIs(f.steps[1].stepRate, 80.0));
        QVERIFY(ratePercentIs(f.steps[2].stepRate, 52.1));
        QVERIFY(ratePercentIs(f.steps[3].stepRate, 37.6));
        QCOMPARE(f.steps[3].dropOff, 7800);
        QCOMPARE(percentText(f.steps[3].dropOffRate), QStringLiteral("62.4%"));
        QVERIFY(ratePercentIs(f.steps[6].overallRate, 10.4));
        // The jump from the app to WeChat loses the largest share, although step 2 loses more
        // people in absolute numbers (11,500 against 7,800).
        QCOMPARE(f.steps[2].dropOff, 11500);
        QCOMPARE(f.largestDropOff, 3);
        QCOMPARE(percentText(f.overallConversion()), QStringLiteral("10.4%"));
    }

    void oneStep()
    {
        const FunnelFigures f = computeFigures({512});
        QCOMPARE(f.steps.size(), 1);
        QVERIFY(!f.steps[0].stepRate);
        QVERIFY(!f.steps[0].dropOffRate);
        QVERIFY(ratePercentIs(f.steps[0].overallRate, 100.0));
        QCOMPARE(f.largestDropOff, -1);
        QCOMPARE(percentText(f.steps[0].stepRate), QStringLiteral("—"));
    }

    void empty()
    {
        const FunnelFigures f = computeFigures({});
        QVERIFY(f.steps.isEmpty());
        QCOMPARE(f.largestDropOff, -1);
        QVERIFY(!f.overallConversion());
        QVERIFY(!f.hasDataProblem());
    }

    void allZeros()
    {
        const FunnelFigures f = computeFigures({0, 0, 0});
        for (const StepFigures &s : f.steps) {
            QCOMPARE(s.count, 0);
            QVERIFY(!s.stepRate);
            QVERIFY(!s.overallRate);
            QVERIFY(!s.dropOffRate);
            QCOMPARE(s.dropOff, 0);
            QVERIFY(!s.hasDataProblem());
            QCOMPARE(percentText(s.overallRate), QStringLiteral("—"));
        }
        QCOMPARE(f.largestDropOff, -1);
    }

    void zeroInTheMiddle()
    {
        // Nobody reached step 2, so step 3's rate against it is undefined, not a division by zero.
        const FunnelFigures f = computeFigures({200, 0, 0});
        QVERIFY(ratePercentIs(f.steps[1].stepRate, 0.0));
        QVERIFY(ratePercentIs(f.steps[1].dropOffRate, 100.0));
        QVERIFY(!f.steps[2].stepRate);
        QVERIFY(ratePercentIs(f.steps[2].overallRate, 0.0));
        QCOMPARE(f.largestDropOff, 1);
    }

    void risingCountIsFlagged()
    {
        const FunnelFigures f = computeFigures({100, 50, 80});
        QVERIFY(!f.steps[1].hasDataProblem());
        QVERIFY(f.steps[2].risesFromPrevious);
        QVERIFY(!f.steps[2].exceedsFirst);
        QVERIFY(f.steps[2].hasDataProblem());
        QCOMPARE(f.steps[2].dropOff, -30);
        QVERIFY(f.hasDataProblem());
        // A rise never wins "largest drop-off".
        QCOMPARE(f.largestDropOff, 1);
    }

    void countAboveFirstIsFlagged()
    {
        const FunnelFigures f = computeFigures({100, 150, 140});
        QVERIFY(f.steps[1].risesFromPrevious);
        QVERIFY(f.steps[1].exceedsFirst);
        // Step 3 falls from step 2 but still counts more people than entered the funnel.
        QVERIFY(!f.steps[2].risesFromPrevious);
        QVERIFY(f.steps[2].exceedsFirst);
        // Its loss is measured from a bad figure, so nothing here is "the largest drop-off".
        QCOMPARE(f.largestDropOff, -1);
    }

    void lossAfterBadStepIgnored()
    {
        // Step 3 was typed in wrongly; the steep fall to step 4 is an artefact of that, and the
        // real largest drop-off is step 2's.
        const FunnelFigures f = computeFigures({100, 50, 80, 10});
        QVERIFY(f.steps[2].hasDataProblem());
        QVERIFY(ratePercentIs(f.steps[3].dropOffRate, 87.5));
        QCOMPARE(f.largestDropOff, 1);
    }

    void riseFromZeroIsFlagged()
    {
        const FunnelFigures f = computeFigures({0, 5});
        QVERIFY(f.steps[1].risesFromPrevious);
        QVERIFY(f.steps[1].exceedsFirst);
        QVERIFY(!f.steps[1].stepRate);
        QVERIFY(!f.steps[1].overallRate);
        QCOMPARE(f.largestDropOff, -1);
    }

    void tieGoesToEarlierStep()
    {
        const FunnelFigures f = computeFigures({400, 200, 100});
        QCOMPARE(f.largestDropOff, 1);
    }

    void negativeCountTreatedAsZero()
    {
        const FunnelFigures f = computeFigures({100, -5});
        QCOMPARE(f.steps[1].count, 0);
        QCOMPARE(f.steps[1].dropOff, 100);
    }

    void percentTextRounding()
    {
        QCOMPARE(percentText(2.0 / 3.0), QStringLiteral("66.7%"));
        QCOMPARE(percentText(1.0), QStringLiteral("100.0%"));
        QCOMPARE(percentText(0.0), QStringLiteral("0.0%"));
        QCOMPARE(percentText(0.957), QStringLiteral("95.7%"));
        QCOMPARE(percentText(std::nullopt), QStringLiteral("—"));
    }
};

QTEST_GUILESS_MAIN(TestFunnelMath)
#include "tst_funnel_math.moc"
