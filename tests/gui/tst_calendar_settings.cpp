#include "EntriesTestData.h"
#include "TestSupport.h"

#include "dialogs/CalendarSettings.h"
#include "dialogs/SettingsDialog.h"
#include "storage/SettingsRepository.h"

#include <QCheckBox>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>

using namespace qundesk;
using qundesk::ui::CalendarSettings;

class TestCalendarSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestActor(); }

    void loadEditSave()
    {
        test::TempDatabase t;
        CalendarSettings tab;
        QString error;
        QVERIFY2(tab.load(t.connection(), &error), qPrintable(error));
        QCOMPARE(tab.slotTable()->rowCount(), 8);
        QCOMPARE(tab.dailyMaxSpin()->value(), 8);
        QVERIFY(tab.quietCheck()->isChecked());
        QCOMPARE(tab.quietStartEdit()->time(), QTime(22, 30));

        tab.dailyMaxSpin()->setValue(5);
        tab.quietEndEdit()->setTime(QTime(7, 0));
        tab.addSlot({0, QTime(21, 0), QStringLiteral("直播预告"), 2});
        QVERIFY2(tab.save(t.connection(), &error), qPrintable(error));

        CalendarSettings again;
        QVERIFY(again.load(t.connection(), &error));
        QCOMPARE(again.slotTable()->rowCount(), 9);
        QCOMPARE(again.dailyMaxSpin()->value(), 5);
        const CalendarSettingsValues v = again.values();
        QCOMPARE(v.rules.quiet.end, QTime(7, 0));
        QCOMPARE(v.timeSlots.at(7).time, QTime(21, 0));
        QCOMPARE(v.timeSlots.at(7).label, QStringLiteral("直播预告"));
        QCOMPARE(v.timeSlots.at(7).maxPosts, 2);

        // Quiet hours off are stored as an empty window.
        again.quietCheck()->setChecked(false);
        QVERIFY(again.save(t.connection(), &error));
        CalendarRules rules;
        QVERIFY_OK(SettingsRepository(t.connection()).calendarRules(&rules));
        QVERIFY(!rules.quiet.isEnabled());

        // Two slots at one time: refused, naming the time; the table is unchanged.
        again.addSlot({0, QTime(9, 0), QStringLiteral("重复"), 1});
        QVERIFY(!again.save(t.connection(), &error));
        QVERIFY2(error.contains(QStringLiteral("09:00")), qPrintable(error));
        QCOMPARE(test::countRows(t.connection(), QStringLiteral("time_slots")), 9);

        // Remove and restore defaults.
        again.slotTable()->selectRow(0);
        again.removeSelectedSlots();
        QCOMPARE(again.slotTable()->rowCount(), 9);
        again.restoreDefaults();
        QCOMPARE(again.slotTable()->rowCount(), 8);
        QCOMPARE(again.values().timeSlots.constFirst().label, QStringLiteral("早安问候"));
    }

    void settingsDialogHasTheTab()
    {
        test::TempDatabase t;
        ui::SettingsDialog dialog(t.connection());
        auto *tabs = dialog.findChild<QTabWidget *>();
        QVERIFY(tabs);
        auto *tab = dialog.findChild<CalendarSettings *>();
        QVERIFY(tab);
        QVERIFY(tabs->indexOf(tab) >= 0);
        tab->dailyMaxSpin()->setValue(3);
        dialog.accept();
        QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
        CalendarRules rules;
        QVERIFY_OK(SettingsRepository(t.connection()).calendarRules(&rules));
        QCOMPARE(rules.dailyMaxPosts, 3);

        // Without a database the tab is absent.
        ui::SettingsDialog none;
        QVERIFY(!none.findChild<CalendarSettings *>());
    }
};

QTEST_MAIN(TestCalendarSettings)
#include "tst_calendar_settings.moc"
