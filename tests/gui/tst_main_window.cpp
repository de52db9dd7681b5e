#include "TestSupport.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "Page.h"
#include "dialogs/DemoDialog.h"
#include "storage/Migrations.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace qundesk;
using namespace qundesk::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Keep the developer's own settings and recent files out of the test.
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    }

    void hasEveryScreen()
    {
        MainWindow window;
        const QStringList keys = [&] {
            QStringList k;
            for (const PageEntry &e : window.pages())
                k << e.key;
            return k;
        }();
        QCOMPARE(keys, (QStringList{QStringLiteral("matrix"), QStringLiteral("members"), QStringLiteral("calendar"),
                                    QStringLiteral("funnels"), QStringLiteral("onboarding")}));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QCOMPARE(nav->count(), 5);
        window.showPage(3);
        QCOMPARE(nav->currentRow(), 3);
    }

    void opensDatabaseAndShowsItsRows()
    {
        test::TempDatabase t;
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO chat_groups (name, number) VALUES ('花漾宠粉群', 1)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO members (display_name, platform_id) VALUES ('周敏', 'wxid_zm01')")));
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(t.path, true));
        QCOMPARE(window.databasePath(), t.path);
        QVERIFY(window.windowTitle().contains(QStringLiteral("test.db")));
        auto *path = window.findChild<QLabel *>(QStringLiteral("databasePath"));
        QVERIFY(path->text().endsWith(QStringLiteral("test.db")));
        auto *counts = window.findChild<QLabel *>(QStringLiteral("databaseCounts"));
        QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QStringLiteral("1")) && !counts->text().contains(QStringLiteral("…")), 10000);
        QCOMPARE(AppSettings::recentFiles().value(0), QFileInfo(t.path).absoluteFilePath());

        // The matrix and member pages list the rows through their models.
        for (int page : {0, 1}) {
            window.showPage(page);
            const auto views = window.pages().at(page).page->findChildren<QAbstractItemView *>();
            bool found = false;
            for (QAbstractItemView *view : views) {
                QAbstractItemModel *model = view->model();
                for (int r = 0; model && r < model->rowCount() && !found; ++r)
                    for (int c = 0; c < model->columnCount() && !found; ++c) {
                        const QString text = model->index(r, c).data().toString();
                        found = text.contains(QStringLiteral("花漾宠粉群")) || text.contains(QStringLiteral("周敏"));
                    }
            }
            QVERIFY2(found, qPrintable(window.pages().at(page).key));
        }
    }

    void refusesBadFileAndKeepsCurrent()
    {
        test::TempDatabase t;
        MainWindow window;
        QVERIFY(window.openDatabase(t.path, true));
        QTemporaryDir dir;
        const QString junk = dir.filePath(QStringLiteral("junk.db"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QVERIFY(!window.openDatabase(junk, true));
        QCOMPARE(window.databasePath(), t.path);
    }

    // An older database is upgraded on a worker thread (the window stays responsive) and opens.
    void opensAndUpgradesAnOlderDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        QVERIFY(test::writeSchemaVersion2(path));
        MainWindow window;
        QVERIFY(window.openDatabase(path, true));
        QCOMPARE(window.databasePath(), path);
        Database check;
        QVERIFY_OK(check.open(path, Database::Mode::NoMigrate));
        QCOMPARE(check.schemaVersion(), Migrations::latestVersion());
    }

    void screenshotsEveryPage()
    {
        test::TempDatabase t;
        MainWindow window;
        window.resize(1280, 800);
        QVERIFY(window.openDatabase(t.path, true));
        QTemporaryDir dir;
        QVERIFY(window.saveScreenshots(dir.path()));
        // One per page, plus the matrix by stage, the recommendations, the members' filter panel,
        // the KOC dialog's two tabs, the import wizard's six steps, the calendar's week and month
        // views, its five further tabs (each as part of the page and on its own, with their dialogs:
        // 15 pictures), the entry editor, the export dialog and its printed week, and the settings;
        // an empty database has no group or KOC whose profile could be shown.
        const QStringList files = QDir(dir.path()).entryList({QStringLiteral("*.png")});
        QCOMPARE(files.size(), 37);
        QVERIFY(files.contains(QStringLiteral("03-calendar-entry-editor.png")));
        QVERIFY(files.contains(QStringLiteral("03-calendar-tab3-sop.png")));
        QVERIFY(files.contains(QStringLiteral("03-calendar-week-sheet.png")));
        QVERIFY(files.contains(QStringLiteral("03-calendar-week.png")));
        QVERIFY(files.contains(QStringLiteral("03-calendar-month.png")));
        QVERIFY(files.contains(QStringLiteral("02-members-koc-dialog.png")));
        QVERIFY(files.contains(QStringLiteral("02-members-filters.png")));
        QVERIFY(files.contains(QStringLiteral("06-settings.png")));
        QVERIFY(files.contains(QStringLiteral("01-matrix.png")));
        QVERIFY(files.contains(QStringLiteral("01-matrix-active-by-stage.png")));
        QVERIFY(files.contains(QStringLiteral("01-matrix-recommendations.png")));
        QVERIFY(files.contains(QStringLiteral("05-onboarding.png")));
    }

    void demoDatabaseIsGeneratedOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        QVERIFY(DemoDialog::ensureDemoDatabase(path, nullptr));
        MainWindow window;
        QVERIFY(window.openDatabase(path, true));
        auto *counts = window.findChild<QLabel *>(QStringLiteral("databaseCounts"));
        const QString members = QLocale().toString(10000);
        QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(members), 20000);
        const QDateTime modified = QFileInfo(path).lastModified();
        // A second request opens the existing demo instead of generating it again.
        QVERIFY(DemoDialog::ensureDemoDatabase(path, nullptr));
        QCOMPARE(QFileInfo(path).lastModified(), modified);
    }

    void languageSettingPersists()
    {
        AppSettings::setLanguage(QStringLiteral("en"));
        QCOMPARE(AppSettings::effectiveLanguage(), QStringLiteral("en"));
        AppSettings::setLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(AppSettings::language(), QStringLiteral("zh_CN"));
        AppSettings::setLanguage(QStringLiteral("klingon"));
        QCOMPARE(AppSettings::language(), QStringLiteral("system"));
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
