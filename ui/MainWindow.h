#pragma once

#include "Pages.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace qundesk {
class Database;
}

namespace qundesk::ui {

// The shell: navigation on the left, one Page per screen, the File/Settings/Help menus and a
// status bar with the database path and its size. Owns the GUI thread's database connection.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens path (creating and migrating it when new). On failure shows why, keeps the
    // current database, and returns false.
    bool openDatabase(const QString &path, bool quiet = false);
    QString databasePath() const;

    // Opens (generating it first when absent or empty) the demo database in the data folder.
    void openDemoDatabase();

    const QList<PageEntry> &pages() const { return m_pages; }
    void showPage(int index);

    // Grabs every page into dir as NN-key.png; used for documentation and visual checks.
    bool saveScreenshots(const QString &dir);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QString upgradeInBackground(const QString &path);
    void buildMenus();
    void rebuildRecentMenu();
    void newDatabase();
    void openDatabaseDialog();
    void backupDatabase();
    void showSettings();
    void showAbout();
    void refreshStatus();
    void reloadPages();

    std::unique_ptr<Database> m_db;
    QList<PageEntry> m_pages;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    int m_statusGeneration = 0;
};

} // namespace qundesk::ui
