#include "calendar/MonthView.h"

#include <QSignalSpy>
#include <QTest>

using namespace qundesk;
using qundesk::ui::MonthView;

namespace {

CalendarMonthData february()
{
    CalendarMonthData m;
    m.month = QDate(2028, 2, 1); // a leap year: the 29th exists
    m.from = weekStart(m.month);
    m.to = m.from.addDays(41);
    const QList<ContentKind> kinds = allContentKinds();
    // Feb 29: every kind, more than a cell can list.
    for (int i = 0; i < kinds.size(); ++i)
        m.counts.append({ QDate(2028, 2, 29), kinds.at(i), 10 - i, i == 0 ? 2 : 0 });
    m.counts.append({ QDate(2028, 3, 1), std::nullopt, 4, 0 });
    return m;
}

} // namespace

class TestMonthView : public QObject
{
    Q_OBJECT

private slots:
    void sixWeeksFromTheMondayBeforeTheFirst()
    {
        MonthView view;
        view.resize(1000, 700);
        view.setMonth(february());
        QCOMPARE(view.month().from, QDate(2028, 1, 31));
        const QRect first = view.dayRect(QDate(2028, 1, 31));
        QVERIFY(!first.isEmpty());
        QCOMPARE(view.dayAt(first.center()), QDate(2028, 1, 31));
        QCOMPARE(view.dayAt(view.dayRect(QDate(2028, 2, 29)).center()), QDate(2028, 2, 29));
        QVERIFY(view.dayRect(QDate(2028, 1, 30)).isEmpty());
        QVERIFY(view.dayRect(QDate(2028, 3, 13)).isEmpty()); // past the sixth week
        QVERIFY(!view.dayAt(QPoint(5, 2))); // the weekday header
    }

    void countsAndOverflow()
    {
        MonthView view;
        view.resize(1000, 700);
        view.setMonth(february());
        int total = 0;
        for (int i = 0; i < allContentKinds().size(); ++i)
            total += 10 - i;
        QCOMPARE(view.countOn(QDate(2028, 2, 29)), total);
        QCOMPARE(view.countOn(QDate(2028, 3, 1)), 4);
        QCOMPARE(view.countOn(QDate(2028, 2, 28)), 0);
        QVERIFY(view.hiddenKinds(QDate(2028, 2, 29)) > 0);
        QCOMPARE(view.hiddenKinds(QDate(2028, 3, 1)), 0);
        const int hidden = view.hiddenKinds(QDate(2028, 2, 29));
        view.resize(1000, 2400);
        QVERIFY(view.hiddenKinds(QDate(2028, 2, 29)) < hidden);
        QVERIFY(!view.grab().isNull());
    }

    void doubleClickOpensTheDay()
    {
        MonthView view;
        view.resize(1000, 700);
        view.setMonth(february());
        QSignalSpy activated(&view, &MonthView::dayActivated);
        QTest::mouseDClick(&view, Qt::LeftButton, {}, view.dayRect(QDate(2028, 2, 14)).center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toDate(), QDate(2028, 2, 14));
    }
};

QTEST_MAIN(TestMonthView)
#include "tst_month_view.moc"
