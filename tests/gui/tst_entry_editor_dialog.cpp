#include "EntriesTestData.h"
#include "TestSupport.h"

#include "calendar/EntryEditorDialog.h"
#include "dialogs/CalendarSettings.h"
#include "dialogs/SettingsDialog.h"
#include "storage/EntryEditorRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTranslator>

using namespace qundesk;
using qundesk::ui::EntryEditorDialog;

namespace {

struct Fixture
{
    test::TempDatabase t;
    qint64 tier = 0;
    qint64 perks1 = 0;
    qint64 perks2 = 0;
    qint64 guide = 0;
    qint64 op = 0;

    Fixture()
    {
        test::useTestActor();
        const QSqlDatabase db = t.connection();
        op = test::insertOperator(db, QStringLiteral("林晓"));
        tier = test::insertTier(db, QStringLiteral("钻石"), 1);
        perks1 = test::insertGroupSpec(db, {QStringLiteral("宠粉福利1群"), QStringLiteral("perks"), tier, 0,
                                            QStringLiteral("store"), QStringLiteral("active"), op});
        perks2 = test::insertGroupSpec(db, {QStringLiteral("宠粉福利2群"), QStringLiteral("perks"), tier});
        guide = test::insertGroupSpec(db, {QStringLiteral("实体店主导购群"), QStringLiteral("shopping_guide")});
        // 20:00 on Nov 25 is taken in 宠粉福利1群.
        test::insertEntry(db, perks1, QStringLiteral("2026-11-25 20:00:00"), QStringLiteral("晚间主推"),
                          QStringLiteral("flash_sale"));
    }
};

} // namespace

class TestEntryEditorDialog : public QObject
{
    Q_OBJECT

private slots:
    void newEntryForOneGroupWithLiveConflicts()
    {
        Fixture f;
        EntryEditorDialog dialog(f.t.connection());
        dialog.startNew(QDate(2026, 11, 25), QTime(20, 0), f.perks1);
        QVERIFY(dialog.isNew());
        QCOMPARE(dialog.slotCombo()->currentData().toTime(), QTime(20, 0));
        QVERIFY(!dialog.customTimeEdit()->isEnabled());
        // The slot is taken: one conflict, listed with its reason.
        QCOMPARE(dialog.conflicts().size(), 1);
        QCOMPARE(dialog.conflicts().constFirst().kind, ConflictKind::SlotOverfull);
        QCOMPARE(dialog.conflictList()->count(), 1);
        QVERIFY(dialog.conflictList()->item(0)->text().contains(QStringLiteral("宠粉福利1群")));

        // Moving to 16:00 clears it (after the debounce).
        dialog.slotCombo()->setCurrentIndex(dialog.slotCombo()->findData(QTime(16, 0)));
        QTRY_COMPARE(dialog.conflictList()->count(), 0);
        // A custom time in the quiet hours brings a conflict back.
        dialog.slotCombo()->setCurrentIndex(dialog.slotCombo()->count() - 1);
        QVERIFY(dialog.customTimeEdit()->isEnabled());
        dialog.customTimeEdit()->setTime(QTime(23, 15));
        dialog.refreshConflicts();
        QCOMPARE(dialog.conflicts().size(), 1);
        QCOMPARE(dialog.conflicts().constFirst().kind, ConflictKind::QuietHours);

        // Without title or content item, saving is refused with a reason.
        QVERIFY(!dialog.save());
        QVERIFY(dialog.lastError().contains(QStringLiteral("title")));
        dialog.titleEdit()->setText(QStringLiteral("夜猫子福利"));
        dialog.bodyEdit()->setPlainText(QStringLiteral("夜里11点的小惊喜"));
        dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(int(ContentKind::Perk)));
        QSignalSpy saved(&dialog, &EntryEditorDialog::saved);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(dialog.savedEntryIds().size(), 1);
        EntryDraft back;
        QVERIFY_OK(EntryEditorRepository(f.t.connection()).load(dialog.savedEntryIds().constFirst(), &back));
        QCOMPARE(back.entry.title, QStringLiteral("夜猫子福利"));
        QCOMPARE(back.entry.scheduledAt, QDateTime(QDate(2026, 11, 25), QTime(23, 15)));
        QCOMPARE(back.entry.groupId, f.perks1);
        QCOMPARE(back.entry.operatorId, f.op);
        QCOMPARE(back.kind, ContentKind::Perk);
    }

    void selectorCreatesOneEntryPerGroup()
    {
        Fixture f;
        EntryEditorDialog dialog(f.t.connection());
        dialog.startNew(QDate(2026, 11, 30), QTime(14, 0));
        dialog.setSelectorMode(true);
        auto *tier = dialog.findChild<QComboBox *>(QStringLiteral("entryTier"));
        QVERIFY(tier);
        tier->setCurrentIndex(tier->findData(f.tier));
        dialog.refreshConflicts();
        QCOMPARE(dialog.targetGroupCount(), 2);
        auto *count = dialog.findChild<QLabel *>(QStringLiteral("entryTargetCount"));
        QVERIFY2(count->text().contains(QStringLiteral("2")), qPrintable(count->text()));
        QVERIFY2(count->text().contains(QStringLiteral("钻石")), qPrintable(count->text()));
        auto *purpose = dialog.findChild<QComboBox *>(QStringLiteral("entryPurpose"));
        purpose->setCurrentIndex(purpose->findData(QStringLiteral("shopping_guide")));
        dialog.refreshConflicts();
        QCOMPARE(dialog.targetGroupCount(), 0);
        purpose->setCurrentIndex(0);
        dialog.refreshConflicts();
        QCOMPARE(dialog.targetGroupCount(), 2);

        dialog.titleEdit()->setText(QStringLiteral("周一游戏：成语接龙"));
        QVERIFY2(dialog.save(), qPrintable(dialog.lastError()));
        QCOMPARE(dialog.savedEntryIds().size(), 2);
        QCOMPARE(test::countRows(f.t.connection(), QStringLiteral("schedule_entries")), 3);
        QCOMPARE(test::countAudit(f.t.connection(), QStringLiteral("create_many")), 1);
    }

    void editLoadsAndSaves()
    {
        Fixture f;
        const qint64 id = test::insertEntry(f.t.connection(), f.guide, QStringLiteral("2026-12-01 10:00:00"),
                                            QStringLiteral("门店陈列小技巧"), QStringLiteral("knowledge"));
        EntryEditorDialog dialog(f.t.connection());
        QString error;
        QVERIFY2(dialog.loadEntry(id, &error), qPrintable(error));
        QCOMPARE(dialog.entryId(), id);
        QCOMPARE(dialog.titleEdit()->text(), QStringLiteral("门店陈列小技巧"));
        QCOMPARE(dialog.dateEdit()->date(), QDate(2026, 12, 1));
        QCOMPARE(dialog.kindCombo()->currentData().toInt(), int(ContentKind::Knowledge));
        QCOMPARE(dialog.groupCombo()->currentData().toLongLong(), f.guide);
        // A stored entry stays one group's.
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("entrySelectorMode"))->isEnabled());
        QVERIFY(dialog.conflicts().isEmpty()); // its own stored row is not a second post

        dialog.groupCombo()->setCurrentIndex(dialog.groupCombo()->findData(f.perks1));
        dialog.dateEdit()->setDate(QDate(2026, 11, 25));
        dialog.slotCombo()->setCurrentIndex(dialog.slotCombo()->findData(QTime(20, 0)));
        dialog.refreshConflicts();
        // Now it would share 20:00 with the flash sale.
        QCOMPARE(dialog.conflicts().size(), 1);
        QVERIFY(dialog.conflicts().constFirst().involves(id));
        dialog.statusCombo()->setCurrentIndex(dialog.statusCombo()->findData(int(ScheduleStatus::Cancelled)));
        dialog.refreshConflicts();
        QVERIFY(dialog.conflicts().isEmpty()); // a cancelled post posts nothing
        QVERIFY2(dialog.save(), qPrintable(dialog.lastError()));
        EntryDraft back;
        QVERIFY_OK(EntryEditorRepository(f.t.connection()).load(id, &back));
        QCOMPARE(back.entry.groupId, f.perks1);
        QCOMPARE(back.entry.status, ScheduleStatus::Cancelled);
        QCOMPARE(back.entry.scheduledAt, QDateTime(QDate(2026, 11, 25), QTime(20, 0)));

        EntryEditorDialog missing(f.t.connection());
        QVERIFY(!missing.loadEntry(id + 1000, &error));
        QVERIFY(error.contains(QString::number(id + 1000)));
    }

    void screenshot()
    {
        Fixture f;
        QTemporaryDir dir;
        QVERIFY(EntryEditorDialog::saveScreenshot(f.t.connection(), dir.path(), QStringLiteral("entry-editor")));
        const QImage image(QDir(dir.path()).filePath(QStringLiteral("entry-editor.png")));
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 300 && image.height() > 300);
    }

    // Opt-in: QUNDESK_SCREENSHOT_DIR=/tmp/shots QUNDESK_SCREENSHOT_DB=demo.db
    // [QUNDESK_SCREENSHOT_LANG=zh_CN] grabs the editor (a selector over the perks groups, on the
    // busiest day of the coming fortnight) and the settings dialog's calendar tab from a demo.
    void demoScreenshots()
    {
        const QString dir = qEnvironmentVariable("QUNDESK_SCREENSHOT_DIR");
        const QString dbPath = qEnvironmentVariable("QUNDESK_SCREENSHOT_DB");
        if (dir.isEmpty() || dbPath.isEmpty())
            QSKIP("set QUNDESK_SCREENSHOT_DIR and QUNDESK_SCREENSHOT_DB to save screenshots");
        const QString lang = qEnvironmentVariable("QUNDESK_SCREENSHOT_LANG", QStringLiteral("en"));
        QTranslator translator;
        if (translator.load(QStringLiteral(":/i18n/qundesk_%1.qm").arg(lang)))
            QCoreApplication::installTranslator(&translator);
        Database db;
        QVERIFY_OK(db.open(dbPath));
        QDir().mkpath(dir);
        QVERIFY(EntryEditorDialog::saveScreenshot(db.connection(), dir, QStringLiteral("entry-editor-") + lang));
        ui::SettingsDialog settings(db.connection());
        auto *tab = settings.findChild<ui::CalendarSettings *>();
        QVERIFY(tab);
        settings.findChild<QTabWidget *>()->setCurrentWidget(tab);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QVERIFY(settings.grab().save(QDir(dir).filePath(QStringLiteral("calendar-settings-") + lang + QStringLiteral(".png"))));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestEntryEditorDialog)
#include "tst_entry_editor_dialog.moc"
