#include "analytics/Lifecycle.h"

#include <QTest>
#include <QTranslator>

using namespace qundesk;

namespace {

const QDate Today(2026, 11, 23);

// A 200-member group well past its strong stage, steady: 60 active in the week, 700 messages
// in both weeks, never below the floor.
LifecycleInput steady()
{
    LifecycleInput in;
    in.createdOn = Today.addDays(-200);
    in.filledOn = Today.addDays(-180);
    in.today = Today;
    in.members = 200;
    in.active7d = 60;
    in.messages7d = 700;
    in.messagesPrev7d = 700;
    return in;
}

LifecycleStage stageOf(const LifecycleInput &in, const LifecycleThresholds &t = {})
{
    const auto a = assessLifecycle(in, t);
    return a ? a->stage : LifecycleStage(-1);
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    // A stored reason is kept untranslated and read in the language that shows it: a stage
    // recorded by the English CLI reads in Chinese in the Chinese UI.
    void reasonStoredUntranslated()
    {
        LifecycleInput in;
        in.createdOn = QDate(2026, 1, 1);
        in.filledOn = QDate(2026, 2, 1);
        in.today = QDate(2026, 11, 20);
        in.members = 200;
        in.active7d = 10;
        const auto a = assessLifecycle(in);
        QVERIFY(a.has_value());
        QCOMPARE(a->reasonSource, QStringLiteral("7-day active rate %1 < %2"));
        QCOMPARE(a->reasonArgs, (QStringList{QStringLiteral("5%"), QStringLiteral("20%")}));
        QCOMPARE(a->reason, QStringLiteral("7-day active rate 5% < 20%"));
        const QString stored = encodeLifecycleReason(*a);
        QVERIFY(stored.startsWith(u'{'));
        QCOMPARE(decodeLifecycleReason(stored), a->reason);
        QCOMPARE(decodeLifecycleReason(QStringLiteral("旧版本写下的原因")), QStringLiteral("旧版本写下的原因"));

        struct Chinese : QTranslator
        {
            QString translate(const char *context, const char *source, const char *, int) const override
            {
                return QByteArray(context) == "Lifecycle" && QByteArray(source) == "7-day active rate %1 < %2"
                    ? QStringLiteral("7 日活跃率 %1 < %2")
                    : QString();
            }
            bool isEmpty() const override { return false; }
        } chinese;
        QCoreApplication::installTranslator(&chinese);
        QCOMPARE(decodeLifecycleReason(stored), QStringLiteral("7 日活跃率 5% < 20%"));
        QCoreApplication::removeTranslator(&chinese);
    }

    void codesAndLabels()
    {
        QCOMPARE(allLifecycleStages().size(), 4);
        for (const LifecycleStage s : allLifecycleStages()) {
            QCOMPARE(lifecycleStageFromCode(lifecycleStageCode(s)).value_or(LifecycleStage(-1)), s);
            QVERIFY(!lifecycleStageLabel(s).isEmpty());
        }
        QCOMPARE(lifecycleStageCode(LifecycleStage::Zombie), QStringLiteral("zombie"));
        QVERIFY(!lifecycleStageFromCode(QStringLiteral("dead")));
    }

    void steadyGroupIsDaily()
    {
        const auto a = assessLifecycle(steady());
        QVERIFY(a);
        QCOMPARE(a->stage, LifecycleStage::Daily);
        QVERIFY2(a->reason.contains(QStringLiteral("30%")), qPrintable(a->reason));
    }

    void strongBoundaryAfterFilling_data()
    {
        QTest::addColumn<int>("daysAgo");
        QTest::addColumn<bool>("strong");
        QTest::newRow("filled today") << 0 << true;
        QTest::newRow("day 29") << 29 << true;
        QTest::newRow("day 30") << 30 << false;
        QTest::newRow("day 31") << 31 << false;
    }
    void strongBoundaryAfterFilling()
    {
        QFETCH(int, daysAgo);
        QFETCH(bool, strong);
        LifecycleInput in = steady();
        in.filledOn = Today.addDays(-daysAgo);
        QCOMPARE(lifecycleAgeDays(in), daysAgo);
        const auto a = assessLifecycle(in);
        QVERIFY(a);
        QCOMPARE(a->stage, strong ? LifecycleStage::Strong : LifecycleStage::Daily);
        if (strong)
            QVERIFY2(a->reason.contains(QStringLiteral("%1").arg(daysAgo)) && a->reason.contains(QStringLiteral("30")),
                     qPrintable(a->reason));
    }

    void neverFilledCountsFromCreation()
    {
        LifecycleInput in = steady();
        in.filledOn = QDate();
        in.createdOn = Today.addDays(-12);
        const auto a = assessLifecycle(in);
        QVERIFY(a);
        QCOMPARE(a->stage, LifecycleStage::Strong);
        QCOMPARE(lifecycleAgeDays(in), 12);
        QVERIFY2(a->reason.contains(QStringLiteral("12")), qPrintable(a->reason));
        in.createdOn = Today.addDays(-30);
        QCOMPARE(stageOf(in), LifecycleStage::Daily);
    }

    void strongGroupWithLowActivityStaysStrong()
    {
        // The first month is the intensive campaign: a slow start is the operator's job, not a fade.
        LifecycleInput in = steady();
        in.filledOn = Today.addDays(-5);
        in.active7d = 1;
        QCOMPARE(stageOf(in), LifecycleStage::Strong);
    }

    void weakActiveRateBoundary_data()
    {
        QTest::addColumn<int>("active");
        QTest::addColumn<bool>("weak");
        // 200 members: 20% is 40 members.
        QTest::newRow("exactly 20%") << 40 << false;
        QTest::newRow("19.5%") << 39 << true;
        QTest::newRow("20.5%") << 41 << false;
        QTest::newRow("nobody") << 0 << true;
    }
    void weakActiveRateBoundary()
    {
        QFETCH(int, active);
        QFETCH(bool, weak);
        LifecycleInput in = steady();
        in.active7d = active;
        const auto a = assessLifecycle(in);
        QVERIFY(a);
        QCOMPARE(a->stage, weak ? LifecycleStage::Weak : LifecycleStage::Daily);
        if (weak) {
            QVERIFY2(a->reason.contains(formatPercent(active / 200.0)), qPrintable(a->reason));
            QVERIFY2(a->reason.contains(QStringLiteral("< 20%")), qPrintable(a->reason));
        }
    }

    void customActiveRateThreshold()
    {
        LifecycleThresholds t;
        t.weakActiveRate = 0.05;
        LifecycleInput in = steady();
        in.active7d = 6; // 3%
        const auto a = assessLifecycle(in, t);
        QVERIFY(a);
        QCOMPARE(a->stage, LifecycleStage::Weak);
        QVERIFY2(a->reason.contains(QStringLiteral("3% < 5%")), qPrintable(a->reason));
        in.active7d = 10; // exactly 5%
        QCOMPARE(stageOf(in, t), LifecycleStage::Daily);
    }

    void weekOverWeekDrop_data()
    {
        QTest::addColumn<qint64>("previous");
        QTest::addColumn<qint64>("current");
        QTest::addColumn<bool>("weak");
        QTest::newRow("exactly 50% drop") << qint64(200) << qint64(100) << true;
        QTest::newRow("49.5% drop") << qint64(200) << qint64(101) << false;
        QTest::newRow("steep drop") << qint64(200) << qint64(20) << true;
        QTest::newRow("silent week") << qint64(200) << qint64(0) << true;
        QTest::newRow("rising") << qint64(100) << qint64(300) << false;
        QTest::newRow("at minimum volume") << qint64(70) << qint64(35) << true;
        QTest::newRow("below minimum volume") << qint64(69) << qint64(10) << false;
        QTest::newRow("quiet small group") << qint64(6) << qint64(2) << false;
        QTest::newRow("no messages at all") << qint64(0) << qint64(0) << false;
    }
    void weekOverWeekDrop()
    {
        QFETCH(qint64, previous);
        QFETCH(qint64, current);
        QFETCH(bool, weak);
        LifecycleInput in = steady();
        in.messagesPrev7d = previous;
        in.messages7d = current;
        const auto a = assessLifecycle(in);
        QVERIFY(a);
        QCOMPARE(a->stage, weak ? LifecycleStage::Weak : LifecycleStage::Daily);
        if (weak) {
            QVERIFY2(a->reason.contains(QString::number(previous)) && a->reason.contains(QStringLiteral("50%")),
                     qPrintable(a->reason));
        }
    }

    void floorAndZombieStreak()
    {
        const LifecycleThresholds t;
        // 200 members: the floor is 1 message and 2 active members (1%).
        QVERIFY(isBelowFloor({0, 0}, 200, t));
        QVERIFY(isBelowFloor({0, 10}, 200, t));
        QVERIFY(isBelowFloor({30, 1}, 200, t));
        QVERIFY(!isBelowFloor({1, 2}, 200, t));
        QVERIFY(isBelowFloor({5, 0}, 0, t));

        QList<DayActivity> days(30, DayActivity{50, 20});
        QCOMPARE(trailingDaysBelowFloor(days, 200, t), 0);
        for (int i = 0; i < 13; ++i)
            days[i] = DayActivity{};
        QCOMPARE(trailingDaysBelowFloor(days, 200, t), 13);
        days[20] = DayActivity{};
        QCOMPARE(trailingDaysBelowFloor(days, 200, t), 13);
        QCOMPARE(trailingDaysBelowFloor(QList<DayActivity>(30), 200, t), 30);
        QCOMPARE(trailingDaysBelowFloor({}, 200, t), 0);
    }

    void zombieBoundary_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("zombie");
        QTest::newRow("13 days") << 13 << false;
        QTest::newRow("14 days") << 14 << true;
        QTest::newRow("15 days") << 15 << true;
    }
    void zombieBoundary()
    {
        QFETCH(int, days);
        QFETCH(bool, zombie);
        LifecycleInput in = steady();
        in.active7d = 1;
        in.messages7d = 0;
        in.daysBelowFloor = days;
        const auto a = assessLifecycle(in);
        QVERIFY(a);
        // Not yet a zombie, the low rate makes it weak.
        QCOMPARE(a->stage, zombie ? LifecycleStage::Zombie : LifecycleStage::Weak);
        if (zombie)
            QVERIFY2(a->reason.contains(QString::number(days)) && a->reason.contains(QStringLiteral("14")),
                     qPrintable(a->reason));
    }

    void zombieWinsOverStrong()
    {
        LifecycleInput in = steady();
        in.filledOn = Today.addDays(-20);
        in.daysBelowFloor = 14;
        QCOMPARE(stageOf(in), LifecycleStage::Zombie);
    }

    void archivedAndDissolvedHaveNoStage()
    {
        LifecycleInput in = steady();
        in.status = GroupStatus::Dissolved;
        QVERIFY(!assessLifecycle(in));
        in.status = GroupStatus::Archived;
        in.daysBelowFloor = 60;
        QVERIFY(!assessLifecycle(in));
    }

    void percentFormatting()
    {
        QCOMPARE(formatPercent(0.1), QStringLiteral("10%"));
        QCOMPARE(formatPercent(0.025), QStringLiteral("2.5%"));
        QCOMPARE(formatPercent(0.0), QStringLiteral("0%"));
        QCOMPARE(formatPercent(1.0), QStringLiteral("100%"));
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
