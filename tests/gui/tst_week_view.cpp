#include "calendar/WeekView.h"

#include <QSignalSpy>
#include <QTest>

using namespace qundesk;
using qundesk::ui::WeekView;

namespace {

const QDate Monday(2026, 11, 23);

CalendarChip chip(int day, const QTime &time, const QString &title, int groups, qint64 firstId)
{
    CalendarChip c;
    c.day = Monday.addDays(day);
    c.time = time;
    c.title = title;
    c.kind = ContentKind::Perk;
    c.entryCount = groups;
    c.groupCount = groups;
    c.groupName = QStringLiteral("宠粉福利1群");
    for (int i = 0; i < groups; ++i)
        c.entryIds.append(firstId + i);
    return c;
}

CalendarWeekData week()
{
    CalendarWeekData w;
    w.from = Monday;
    w.to = Monday.addDays(6);
    for (int h : { 9, 13, 20 })
        w.timeSlots.append({ 0, QTime(h, 0), QStringLiteral("时段"), 1 });
    w.chips.append(chip(0, QTime(9, 0), QStringLiteral("早安问候"), 1, 1));
    w.chips.append(chip(0, QTime(9, 30), QStringLiteral("九点半的自定义时间"), 40, 10));
    w.chips.append(chip(2, QTime(20, 0), QStringLiteral("晚间秒杀"), 3, 100));
    // Twelve different posts in Friday 13:00: more than a cell can show.
    for (int i = 0; i < 12; ++i)
        w.chips.append(chip(4, QTime(13, 0), QStringLiteral("话题 %1").arg(i), 1, 200 + i));
    w.chips.last().conflicts << QStringLiteral("宠粉福利1群 11-27 有 9 条，超过每日上限 8 条");
    return w;
}

} // namespace

class TestWeekView : public QObject
{
    Q_OBJECT

private slots:
    void rowsAreTheSlotsAndCustomTimesJoinTheirSlot()
    {
        WeekView view;
        view.setWeek(week());
        QCOMPARE(view.rowTimes(), (QList<QTime> { QTime(9, 0), QTime(13, 0), QTime(20, 0) }));
        QCOMPARE(view.rowOf(QTime(9, 30)), 0);
        QCOMPARE(view.rowOf(QTime(12, 59)), 0);
        QCOMPARE(view.rowOf(QTime(13, 0)), 1);
        QCOMPARE(view.rowOf(QTime(6, 0)), 0); // before the first slot: the first row
        QCOMPARE(view.rowOf(QTime(23, 30)), 2);

        // Without configured slots the default day's slots are used.
        WeekView bare;
        bare.setWeek({});
        QCOMPARE(bare.rowTimes().size(), 8);
    }

    void layoutShowsWhatFitsAndCountsTheRest()
    {
        WeekView view;
        view.resize(1100, 500);
        view.setWeek(week());
        QVERIFY(!view.chipRect(0).isEmpty());
        QVERIFY(!view.chipRect(1).isEmpty());
        QVERIFY(view.cellRect(0, 0).contains(view.chipRect(0)));
        QVERIFY(view.cellRect(0, 0).contains(view.chipRect(1)));
        QVERIFY(view.cellRect(2, 2).contains(view.chipRect(2)));
        QCOMPARE(view.chipAt(view.chipRect(2).center()), 2);
        QCOMPARE(view.chipAt(view.cellRect(6, 1).center()), -1);

        const int hidden = view.hiddenCount(4, 1);
        QVERIFY(hidden > 0);
        int shown = 0;
        for (int i = 3; i < 15; ++i)
            shown += view.chipRect(i).isEmpty() ? 0 : 1;
        QCOMPARE(shown + hidden, 12);
        QCOMPARE(view.visibleChipCount(), 3 + shown);

        // A taller view shows more of the same cell.
        view.resize(1100, 1400);
        QVERIFY(view.hiddenCount(4, 1) < hidden);
        QVERIFY(!view.grab().isNull());
    }

    void dropTargetKeepsCustomMinutesInTheSameRow()
    {
        WeekView view;
        view.resize(1100, 600);
        view.setWeek(week());
        const CalendarChip custom = view.week().chips.at(1);
        QCOMPARE(view.dropTarget(custom, { 3, 0 }), QDateTime(Monday.addDays(3), QTime(9, 30)));
        QCOMPARE(view.dropTarget(custom, { 3, 2 }), QDateTime(Monday.addDays(3), QTime(20, 0)));
        const auto cell = view.cellAt(view.cellRect(5, 1).center());
        QVERIFY(cell);
        QCOMPARE(cell->day, 5);
        QCOMPARE(cell->row, 1);
        QVERIFY(!view.cellAt(QPoint(2, 2)));
    }

    void dragAChipOntoAnotherCell()
    {
        WeekView view;
        view.resize(1100, 600);
        view.setWeek(week());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy dropped(&view, &WeekView::chipDropped);
        const QPoint from = view.chipRect(2).center();
        const QPoint to = view.cellRect(5, 1).center();
        QTest::mousePress(&view, Qt::LeftButton, {}, from);
        QTest::mouseMove(&view, from + QPoint(20, 20));
        QTest::mouseMove(&view, to);
        QTest::mouseRelease(&view, Qt::LeftButton, {}, to);
        QCOMPARE(dropped.count(), 1);
        QCOMPARE(dropped.first().at(0).value<CalendarChip>().entryIds, (QList<qint64> { 100, 101, 102 }));
        QCOMPARE(dropped.first().at(1).toDateTime(), QDateTime(Monday.addDays(5), QTime(13, 0)));

        // A click without moving, or a drop on the chip's own cell, moves nothing.
        QTest::mouseClick(&view, Qt::LeftButton, {}, from);
        QTest::mousePress(&view, Qt::LeftButton, {}, from);
        QTest::mouseMove(&view, from + QPoint(15, 0));
        QTest::mouseRelease(&view, Qt::LeftButton, {}, from + QPoint(15, 0));
        QCOMPARE(dropped.count(), 1);
        // Escape cancels a drag.
        QTest::mousePress(&view, Qt::LeftButton, {}, from);
        QTest::mouseMove(&view, to);
        QTest::keyClick(&view, Qt::Key_Escape);
        QTest::mouseRelease(&view, Qt::LeftButton, {}, to);
        QCOMPARE(dropped.count(), 1);
    }

    void doubleClickEditsOrPlans()
    {
        WeekView view;
        view.resize(1100, 600);
        view.setWeek(week());
        QSignalSpy edit(&view, &WeekView::chipActivated);
        QSignalSpy plan(&view, &WeekView::cellActivated);
        QTest::mouseDClick(&view, Qt::LeftButton, {}, view.chipRect(0).center());
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.first().at(0).value<CalendarChip>().title, QStringLiteral("早安问候"));
        QTest::mouseDClick(&view, Qt::LeftButton, {}, view.cellRect(6, 2).center());
        QCOMPARE(plan.count(), 1);
        QCOMPARE(plan.first().at(0).toDateTime(), QDateTime(Monday.addDays(6), QTime(20, 0)));
    }
};

QTEST_MAIN(TestWeekView)
#include "tst_week_view.moc"
