#include "domain/Sop.h"

#include <QSet>
#include <QTest>

using namespace qundesk;

namespace {

SopStep step(int position, int dayOffset, int hour, int minute, const QString &title,
    ContentKind kind = ContentKind::Announcement)
{
    SopStep s;
    s.id = position * 10;
    s.position = position;
    s.dayOffset = dayOffset;
    s.slotTime = QTime(hour, minute);
    s.kind = kind;
    s.title = title;
    return s;
}

SopTemplate campaign(int days, const QList<SopStep> &steps)
{
    SopTemplate t;
    t.name = QStringLiteral("新人7天计划");
    t.kind = SopKind::Campaign;
    t.durationDays = days;
    t.steps = steps;
    return t;
}

SopTemplate weekly(int days, const QList<SopStep> &steps)
{
    SopTemplate t;
    t.name = QStringLiteral("每周活动日历");
    t.kind = SopKind::Weekly;
    t.durationDays = days;
    t.steps = steps;
    return t;
}

QDateTime at(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

} // namespace

class TestSopExpansion : public QObject
{
    Q_OBJECT

private slots:
    void campaignCrossesMonthEnd()
    {
        // Started on Saturday 28 November: the 7-day plan runs into December.
        const SopTemplate t = campaign(7,
            { step(1, 0, 9, 0, QStringLiteral("欢迎入群")), step(2, 2, 13, 0, QStringLiteral("自我介绍")),
                step(3, 3, 14, 0, QStringLiteral("打卡游戏")), step(4, 6, 22, 0, QStringLiteral("一周回顾")) });
        const QList<SopOccurrence> out = expandSop(t, QDate(2026, 11, 28));
        QCOMPARE(out.size(), 4);
        QCOMPARE(out.at(0).at, at(2026, 11, 28, 9));
        QCOMPARE(out.at(1).at, at(2026, 11, 30, 13));
        QCOMPARE(out.at(2).at, at(2026, 12, 1, 14));
        QCOMPARE(out.at(3).at, at(2026, 12, 4, 22));
        QCOMPARE(out.at(2).step.title, QStringLiteral("打卡游戏"));
        QCOMPARE(out.at(2).step.id, 30);
    }

    void campaignCrossesYearEndAndLeapDay()
    {
        const SopTemplate t = campaign(
            30, { step(1, 3, 20, 30, QStringLiteral("新年福利")), step(2, 29, 9, 0, QStringLiteral("月度总结")) });
        const QList<SopOccurrence> out = expandSop(t, QDate(2026, 12, 29));
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0).at, at(2027, 1, 1, 20, 30));
        QCOMPARE(out.at(1).at, at(2027, 1, 27, 9));

        const SopTemplate leap = campaign(7, { step(1, 2, 10, 0, QStringLiteral("干货")) });
        QCOMPARE(expandSop(leap, QDate(2028, 2, 27)).at(0).at, at(2028, 2, 29, 10));
        QCOMPARE(expandSop(leap, QDate(2027, 2, 27)).at(0).at, at(2027, 3, 1, 10));
    }

    void orderedByTimeThenPosition()
    {
        // Steps listed out of order; two share a slot and keep their positions.
        const SopTemplate t = campaign(3,
            { step(3, 1, 9, 0, QStringLiteral("C")), step(1, 0, 20, 0, QStringLiteral("A")),
                step(4, 0, 9, 0, QStringLiteral("B2")), step(2, 0, 9, 0, QStringLiteral("B1")) });
        const QList<SopOccurrence> out = expandSop(t, QDate(2026, 11, 23));
        QStringList titles;
        for (const SopOccurrence &o : out)
            titles << o.step.title;
        QCOMPARE(titles,
            (QStringList { QStringLiteral("B1"), QStringLiteral("B2"), QStringLiteral("A"), QStringLiteral("C") }));
    }

    void campaignSkipsStepsOutsideDuration()
    {
        const SopTemplate t
            = campaign(3, { step(1, 2, 9, 0, QStringLiteral("最后一天")), step(2, 3, 9, 0, QStringLiteral("超出")) });
        QCOMPARE(expandSop(t, QDate(2026, 11, 23)).size(), 1);
        QVERIFY(!validateSopTemplate(t).isEmpty());
    }

    void weeklyFromMidweek()
    {
        // Starting Wednesday 25 November for 7 days: Friday comes first, then next Monday.
        const SopTemplate t = weekly(7,
            { step(1, 0, 20, 0, QStringLiteral("周一竞猜"), ContentKind::Game),
                step(2, 4, 20, 0, QStringLiteral("周五秒杀"), ContentKind::FlashSale) });
        const QList<SopOccurrence> out = expandSop(t, QDate(2026, 11, 25));
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0).at, at(2026, 11, 27, 20));
        QCOMPARE(out.at(0).step.kind, ContentKind::FlashSale);
        QCOMPARE(out.at(1).at, at(2026, 11, 30, 20));
    }

    void weeklyRepeatsAcrossYearEnd()
    {
        const SopTemplate t = weekly(
            14, { step(1, 0, 9, 0, QStringLiteral("早安问候")), step(2, 6, 22, 0, QStringLiteral("周末总结")) });
        const QList<SopOccurrence> out = expandSop(t, QDate(2026, 12, 28));
        QCOMPARE(out.size(), 4);
        QCOMPARE(out.at(0).at, at(2026, 12, 28, 9));
        QCOMPARE(out.at(1).at, at(2027, 1, 3, 22));
        QCOMPARE(out.at(2).at, at(2027, 1, 4, 9));
        QCOMPARE(out.at(3).at, at(2027, 1, 10, 22));
    }

    void weeklyPartialWeek()
    {
        // 3 days from Saturday: Saturday, Sunday, Monday.
        const SopTemplate t = weekly(3,
            { step(1, 0, 9, 0, QStringLiteral("周一")), step(2, 2, 9, 0, QStringLiteral("周三")),
                step(3, 5, 9, 0, QStringLiteral("周六")) });
        const QList<SopOccurrence> out = expandSop(t, QDate(2026, 11, 28));
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0).step.title, QStringLiteral("周六"));
        QCOMPARE(out.at(1).at, at(2026, 11, 30, 9));
    }

    void invalidInputsExpandToNothing()
    {
        const SopTemplate t = campaign(7, { step(1, 0, 9, 0, QStringLiteral("欢迎")) });
        QVERIFY(expandSop(t, QDate()).isEmpty());
        SopTemplate noTime = t;
        noTime.steps[0].slotTime = QTime();
        QVERIFY(expandSop(noTime, QDate(2026, 11, 23)).isEmpty());
        QVERIFY(!validateSopTemplate(noTime).isEmpty());
    }

    void validation()
    {
        QVERIFY(validateSopTemplate(campaign(7, { step(1, 6, 9, 0, QStringLiteral("ok")) })).isEmpty());
        QVERIFY(!validateSopTemplate(campaign(0, {})).isEmpty());
        QVERIFY(!validateSopTemplate(campaign(7, { step(1, 0, 9, 0, QStringLiteral("  ")) })).isEmpty());
        QVERIFY(!validateSopTemplate(weekly(28, { step(1, 7, 9, 0, QStringLiteral("周八")) })).isEmpty());
        QVERIFY(validateSopTemplate(weekly(2, { step(1, 6, 9, 0, QStringLiteral("周日")) })).isEmpty());
        SopTemplate unnamed = campaign(7, {});
        unnamed.name.clear();
        QVERIFY(!validateSopTemplate(unnamed).isEmpty());
    }

    void campaignMonthEnds_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("day2");
        QTest::addColumn<QDate>("day30");
        QTest::newRow("Jan 31") << QDate(2027, 1, 31) << QDate(2027, 2, 1) << QDate(2027, 3, 1);
        QTest::newRow("Jan 31 leap year") << QDate(2028, 1, 31) << QDate(2028, 2, 1) << QDate(2028, 2, 29);
        QTest::newRow("Feb 28") << QDate(2027, 2, 28) << QDate(2027, 3, 1) << QDate(2027, 3, 29);
        QTest::newRow("Feb 28 leap year") << QDate(2028, 2, 28) << QDate(2028, 2, 29) << QDate(2028, 3, 28);
        QTest::newRow("Feb 29") << QDate(2028, 2, 29) << QDate(2028, 3, 1) << QDate(2028, 3, 29);
        QTest::newRow("Apr 30") << QDate(2027, 4, 30) << QDate(2027, 5, 1) << QDate(2027, 5, 29);
        QTest::newRow("Dec 31") << QDate(2026, 12, 31) << QDate(2027, 1, 1) << QDate(2027, 1, 29);
    }

    void campaignMonthEnds()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, day2);
        QFETCH(QDate, day30);
        const SopTemplate t = campaign(30,
            { step(1, 0, 9, 0, QStringLiteral("欢迎")), step(2, 1, 10, 0, QStringLiteral("干货")),
                step(3, 29, 22, 0, QStringLiteral("月度回顾")) });
        const QList<SopOccurrence> out = expandSop(t, start);
        QCOMPARE(out.size(), 3);
        QCOMPARE(out.at(0).at, QDateTime(start, QTime(9, 0)));
        QCOMPARE(out.at(1).at, QDateTime(day2, QTime(10, 0)));
        QCOMPARE(out.at(2).at, QDateTime(day30, QTime(22, 0)));
        QCOMPARE(out.at(2).step.title, QStringLiteral("月度回顾"));
    }

    void weeklyFromMonthEnd()
    {
        // From Sunday 31 January 2027 for 28 days: four Mondays (1, 8, 15, 22 February) and four
        // Fridays, the last Friday on 26 February; the Sunday step falls on 31 Jan, 7, 14, 21 Feb.
        const SopTemplate t = weekly(28,
            { step(1, 0, 20, 0, QStringLiteral("周一竞猜"), ContentKind::Game),
                step(2, 4, 20, 0, QStringLiteral("周五秒杀"), ContentKind::FlashSale),
                step(3, 6, 22, 0, QStringLiteral("周末总结")) });
        const QList<SopOccurrence> out = expandSop(t, QDate(2027, 1, 31));
        QCOMPARE(out.size(), 12);
        QCOMPARE(out.first().at, at(2027, 1, 31, 22));
        QCOMPARE(out.at(1).at, at(2027, 2, 1, 20));
        QCOMPARE(out.last().at, at(2027, 2, 26, 20));
        int mondays = 0;
        for (const SopOccurrence &o : out) {
            QCOMPARE(o.at.date().dayOfWeek() - 1, o.step.dayOffset);
            mondays += o.step.dayOffset == 0 ? 1 : 0;
        }
        QCOMPARE(mondays, 4);
    }

    void builtinTemplatesAreValid()
    {
        const QList<SopTemplate> builtins = builtinSopTemplates();
        QCOMPARE(builtins.size(), 4);
        QSet<QString> names;
        for (const SopTemplate &t : builtins) {
            QVERIFY2(validateSopTemplate(t).isEmpty(), qPrintable(validateSopTemplate(t)));
            QVERIFY(t.builtin);
            QVERIFY(!t.steps.isEmpty());
            QVERIFY(!t.description.isEmpty());
            names.insert(t.name);
            for (int i = 0; i < t.steps.size(); ++i) {
                QCOMPARE(t.steps.at(i).position, i + 1);
                QVERIFY2(!t.steps.at(i).body.isEmpty(), qPrintable(t.steps.at(i).title));
            }
        }
        QCOMPARE(names.size(), 4);
        // The 7-day plan comes first (recommendations stamp the first built-in campaign), the
        // weekly calendar second.
        QCOMPARE(builtins.at(0).kind, SopKind::Campaign);
        QCOMPARE(builtins.at(0).durationDays, 7);
        QCOMPARE(builtins.at(0).steps.first().kind, ContentKind::Welcome);
        // The weekly calendar over its 28 days puts every step on four weeks.
        const SopTemplate &weeklyCalendar = builtins.at(1);
        QCOMPARE(weeklyCalendar.kind, SopKind::Weekly);
        QCOMPARE(expandSop(weeklyCalendar, QDate(2026, 11, 23)).size(), weeklyCalendar.steps.size() * 4);
        // Its rhythm: a Monday game, perks or a flash sale on each of Wednesday to Friday, a
        // knowledge session, a morning greeting and a good night.
        QSet<int> perkDays;
        bool mondayGame = false;
        bool knowledge = false;
        for (const SopStep &s : weeklyCalendar.steps) {
            mondayGame = mondayGame || (s.dayOffset == 0 && s.kind == ContentKind::Game);
            knowledge = knowledge || s.kind == ContentKind::Knowledge;
            if (s.kind == ContentKind::Perk || s.kind == ContentKind::FlashSale)
                perkDays.insert(s.dayOffset);
        }
        QVERIFY(mondayGame);
        QVERIFY(knowledge);
        QCOMPARE(perkDays, (QSet<int> { 2, 3, 4 }));
        QCOMPARE(weeklyCalendar.steps.first().slotTime, QTime(9, 0));
        QCOMPARE(weeklyCalendar.steps.last().slotTime, QTime(22, 0));

        // The 21 and 30-day plans start with the 7-day plan's first week and end on their last day.
        for (int index : { 2, 3 }) {
            const SopTemplate &plan = builtins.at(index);
            QCOMPARE(plan.kind, SopKind::Campaign);
            QCOMPARE(plan.steps.first().title, builtins.at(0).steps.first().title);
            QCOMPARE(plan.steps.last().dayOffset, plan.durationDays - 1);
            // Started on 31 January in a leap year the last step lands on the plan's last day.
            const QList<SopOccurrence> out = expandSop(plan, QDate(2028, 1, 31));
            QCOMPARE(out.size(), plan.steps.size());
            QCOMPARE(out.last().at.date(), QDate(2028, 1, 31).addDays(plan.durationDays - 1));
        }
        QCOMPARE(builtins.at(2).durationDays, 21);
        QCOMPARE(builtins.at(3).durationDays, 30);
        QCOMPARE(expandSop(builtins.at(3), QDate(2028, 1, 31)).last().at, at(2028, 2, 29, 22));
    }

    void editableCopy()
    {
        SopTemplate t = builtinSopTemplates().at(0);
        t.id = 4;
        for (SopStep &s : t.steps) {
            s.id = 40 + s.position;
            s.templateId = 4;
        }
        const SopTemplate copy = editableSopCopy(t, QStringLiteral("我的新人计划"));
        QCOMPARE(copy.id, 0);
        QCOMPARE(copy.name, QStringLiteral("我的新人计划"));
        QVERIFY(!copy.builtin);
        QCOMPARE(copy.steps.size(), t.steps.size());
        for (int i = 0; i < copy.steps.size(); ++i) {
            QCOMPARE(copy.steps.at(i).id, 0);
            QCOMPARE(copy.steps.at(i).templateId, 0);
            QCOMPARE(copy.steps.at(i).title, t.steps.at(i).title);
            QCOMPARE(copy.steps.at(i).body, t.steps.at(i).body);
        }
    }

    void codesRoundTrip()
    {
        QCOMPARE(sopKindFromCode(sopKindCode(SopKind::Weekly)), SopKind::Weekly);
        QCOMPARE(sopKindFromCode(QStringLiteral("monthly")), std::nullopt);
        QCOMPARE(sopStepDayLabel(SopKind::Campaign, 0), QStringLiteral("Day 1"));
    }
};

QTEST_GUILESS_MAIN(TestSopExpansion)
#include "tst_sop_expansion.moc"
