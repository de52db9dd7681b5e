#include "TestSupport.h"

#include "dialogs/OperationSettings.h"
#include "dialogs/SettingsDialog.h"
#include "domain/GroupNaming.h"
#include "storage/RecommendationRepository.h"
#include "storage/SettingsRepository.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace qundesk;
using namespace qundesk::ui;

// The operation's rules are edited in Settings and stored in the database; a bad value is
// refused with the field named, and nothing is written.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

    static QString stored(const QSqlDatabase &db, const char *key, const QString &fallback = QStringLiteral("-"))
    {
        QString value;
        if (SettingsRepository(db).get(QString::fromLatin1(key), fallback, &value))
            return QStringLiteral("error");
        return value;
    }

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("QunDeskTest")); }

    void savesTheOperationRules()
    {
        test::TempDatabase t;
        SettingsDialog dialog(t.connection());
        OperationSettings *op = dialog.operationSettings();
        QCOMPARE(op->nameTemplateEdit()->text(), GroupNaming::defaultTemplate()); // nothing stored yet
        QCOMPARE(op->zombieDaysSpin()->value(), 14);
        op->zombieDaysSpin()->setValue(21);
        op->weakActiveRateSpin()->setValue(15);
        op->nameTemplateEdit()->setText(QStringLiteral("花漾*{n}群"));
        op->promotionPointsSpin()->setValue(500);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.lastError().isEmpty());

        LifecycleThresholds thresholds;
        QVERIFY_OK(SettingsRepository(t.connection()).lifecycleThresholds(&thresholds));
        QCOMPARE(thresholds.zombieDays, 21);
        QCOMPARE(thresholds.weakActiveRate, 0.15);
        QCOMPARE(stored(t.connection(), GroupNaming::NameTemplateKey), QStringLiteral("花漾*{n}群"));
        QCOMPARE(stored(t.connection(), RecommendationRepository::PromotionMinPointsKey), QStringLiteral("500"));

        // A second dialog shows what is stored.
        SettingsDialog again(t.connection());
        QCOMPARE(again.operationSettings()->zombieDaysSpin()->value(), 21);
        QCOMPARE(again.operationSettings()->nameTemplateEdit()->text(), QStringLiteral("花漾*{n}群"));
    }

    void refusesBadValuesAndWritesNothing()
    {
        test::TempDatabase t;
        SettingsDialog dialog(t.connection());
        OperationSettings *op = dialog.operationSettings();
        op->zombieDaysSpin()->setValue(30);
        op->nameTemplateEdit()->setText(QStringLiteral("宠粉群")); // no {n}
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY2(dialog.lastError().startsWith(QStringLiteral("Naming template")), qPrintable(dialog.lastError()));
        QCOMPARE(stored(t.connection(), SettingsRepository::ZombieDaysKey), QStringLiteral("-"));

        op->nameTemplateEdit()->setText(GroupNaming::defaultTemplate());
        op->weakActiveRateSpin()->setValue(0.5); // below the floor of 1%
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY2(dialog.lastError().startsWith(QStringLiteral("Activity floor")), qPrintable(dialog.lastError()));
        QCOMPARE(stored(t.connection(), SettingsRepository::ZombieDaysKey), QStringLiteral("-"));

        op->restoreDefaults();
        QCOMPARE(op->zombieDaysSpin()->value(), 14);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(stored(t.connection(), SettingsRepository::ZombieDaysKey), QStringLiteral("14"));
    }

    void withoutDatabaseOnlyTheInterface()
    {
        SettingsDialog dialog;
        auto *tabs = dialog.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 2);        // interface, the operation's rules (KOC scoring needs a database)
        QVERIFY(tabs->isTabEnabled(0));
        QVERIFY(!tabs->isTabEnabled(1));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settings_dialog.moc"
