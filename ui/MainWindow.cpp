#include "MainWindow.h"

#include "AppSettings.h"
#include "Page.h"
#include "dialogs/DemoDialog.h"
#include "dialogs/SettingsDialog.h"

#include "storage/Database.h"
#include "storage/Maintenance.h"
#include "storage/Migrations.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QTabWidget>
#include <QFontMetrics>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QtConcurrent>

namespace qundesk::ui {

namespace {

struct StatusCounts
{
    QString error;
    qint64 groups = 0;
    qint64 members = 0;
    qint64 events = 0;
};

// Runs on a worker thread with a connection of its own: counting ten million events must not
// freeze the window.
StatusCounts countRows(const QString &path)
{
    StatusCounts result;
    Database db;
    if (const DatabaseError err = db.open(path, Database::Mode::NoMigrate)) {
        result.error = err.message;
        return result;
    }
    QList<QPair<QString, qint64>> counts;
    const QStringList keys = {QStringLiteral("groups"), QStringLiteral("members"), QStringLiteral("events")};
    if (const DatabaseError err = Maintenance(db.connection()).rowCounts(keys, &counts)) {
        result.error = err.message;
        return result;
    }
    for (const auto &[key, count] : std::as_const(counts)) {
        if (key == QLatin1String("groups"))
            result.groups = count;
        else if (key == QLatin1String("members"))
            result.members = count;
        else if (key == QLatin1String("events"))
            result.events = count;
    }
    return result;
}

QString backupOnWorker(const QString &source, const QString &target)
{
    Database db;
    if (const DatabaseError err = db.open(source, Database::Mode::NoMigrate))
        return err.message;
    const DatabaseError err = Maintenance(db.connection()).backup(target);
    return err ? err.message : QString();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("QunDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/qundesk.svg")));

    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(QStringLiteral(
        "QListWidget { background: #f3f5f4; font-size: 14px; padding-top: 8px; outline: 0; }"
        "QListWidget::item { padding: 10px 8px; }"
        "QListWidget::item:selected { background: #1f7a5c; color: white; }"));
    m_stack = new QStackedWidget(this);

    m_pages = createPages(m_stack);
    for (const PageEntry &entry : std::as_const(m_pages)) {
        auto *item = new QListWidgetItem(entry.icon, entry.title, m_nav);
        item->setData(Qt::UserRole, entry.key);
        m_stack->addWidget(entry.page);
        // Only the page in front speaks in the status bar; the others refresh quietly.
        connect(entry.page, &Page::statusMessage, this, [this, page = entry.page](const QString &text) {
            if (m_stack->currentWidget() == page)
                statusBar()->showMessage(text, 8000);
        });
        connect(entry.page, &Page::dataChanged, this, &MainWindow::refreshStatus);
    }
    // Wide enough for the longest title in the current language ("Content Calendar" in English).
    m_nav->ensurePolished(); // the style sheet sets the font
    int navWidth = 120;
    for (const PageEntry &entry : std::as_const(m_pages))
        navWidth = qMax(navWidth, QFontMetrics(m_nav->font()).horizontalAdvance(entry.title) * 14 / 13 + 64);
    m_nav->setFixedWidth(navWidth);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        statusBar()->clearMessage(); // the previous page's message no longer applies
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("databasePath"));
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("databaseCounts"));
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_pathLabel);

    buildMenus();
    if (!m_pages.isEmpty())
        m_nav->setCurrentRow(0);
    if (!restoreGeometry(AppSettings::windowGeometry()))
        resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // Pages hold models over the connection; let them go before the connection does.
    for (const PageEntry &entry : std::as_const(m_pages))
        entry.page->setDatabase(QSqlDatabase());
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabaseDialog);
    openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Demo Database"), this, &MainWindow::openDemoDatabase);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    file->addAction(tr("&Back Up Database…"), this, &MainWindow::backupDatabase);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *reload = view->addAction(tr("&Reload"), this, &MainWindow::reloadPages);
    reload->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    for (int i = 0; i < m_pages.size(); ++i) {
        QAction *go = view->addAction(m_pages.at(i).title, this, [this, i] { showPage(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *prefs = settings->addAction(tr("&Preferences…"), this, &MainWindow::showSettings);
    prefs->setShortcut(QKeySequence::Preferences);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About QunDesk"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
        return;
    }
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openDatabase(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, [] {
        for (const QString &path : AppSettings::recentFiles())
            AppSettings::removeRecentFile(path);
    });
}

// Brings an older database up to this version's schema on a worker thread while the window shows
// that it is busy: building the activity rollups of a million members takes about a minute.
// Returns the problem in words, or an empty string when the file needs no upgrade or was upgraded.
QString MainWindow::upgradeInBackground(const QString &path)
{
    {
        Database probe;
        if (probe.open(path, Database::Mode::NoMigrate) || probe.schemaVersion() >= Migrations::latestVersion())
            return {}; // nothing to upgrade, or a problem open() will report in its own words
    }
    QProgressDialog progress(tr("Updating %1 to this version of QunDesk…\nThis happens once; a large database "
                                "takes a minute or two.").arg(QFileInfo(path).fileName()),
                             QString(), 0, 0, this);
    progress.setWindowTitle(tr("Updating the database"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path] {
        Database db;
        const DatabaseError err = db.open(path, Database::Mode::Migrate);
        return err ? err.message : QString();
    }));
    loop.exec();
    return watcher.result();
}

bool MainWindow::openDatabase(const QString &path, bool quiet)
{
    if (const QString problem = upgradeInBackground(path); !problem.isEmpty()) {
        if (!quiet)
            QMessageBox::warning(this, tr("Cannot open database"), problem);
        return false;
    }
    auto db = std::make_unique<Database>();
    if (const DatabaseError err = db->open(path)) {
        if (!quiet)
            QMessageBox::warning(this, tr("Cannot open database"), err.message);
        return false;
    }
    for (const PageEntry &entry : std::as_const(m_pages))
        entry.page->setDatabase(QSqlDatabase());
    m_db = std::move(db);
    AppSettings::addRecentFile(path);
    // The platform appends the application display name ("… — QunDesk 社群运营工作台").
    setWindowTitle(QFileInfo(path).fileName());
    m_pathLabel->setText(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    for (const PageEntry &entry : std::as_const(m_pages))
        entry.page->setDatabase(m_db->connection());
    refreshStatus();
    return true;
}

QString MainWindow::databasePath() const
{
    return m_db ? m_db->path() : QString();
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"), QDir::homePath() + QStringLiteral("/qundesk.db"),
                                                      tr("QunDesk databases (*.db);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)
        && QMessageBox::question(this, tr("New Database"),
               tr("%1 already exists. Open it instead? (Nothing in it will be deleted.)").arg(path)) != QMessageBox::Yes)
        return;
    openDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString start = m_db ? QFileInfo(m_db->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), start,
                                                      tr("QunDesk databases (*.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::openDemoDatabase()
{
    const QString path = QDir(QFileInfo(Database::defaultPath()).absolutePath()).filePath(QStringLiteral("demo.db"));
    if (DemoDialog::ensureDemoDatabase(path, this))
        openDatabase(path);
}

void MainWindow::backupDatabase()
{
    if (!m_db)
        return;
    const QString suggested = QFileInfo(m_db->path()).absolutePath() + QStringLiteral("/")
        + QFileInfo(m_db->path()).completeBaseName() + QDate::currentDate().toString(QStringLiteral("-yyyyMMdd")) + QStringLiteral(".backup.db");
    const QString target = QFileDialog::getSaveFileName(this, tr("Back Up Database"), suggested,
                                                        tr("QunDesk databases (*.db);;All files (*)"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_db->path()).absoluteFilePath()) {
        QMessageBox::warning(this, tr("Back Up Database"), tr("Choose a file other than the open database."));
        return;
    }
    statusBar()->showMessage(tr("Backing up to %1…").arg(target));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, target] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty())
            statusBar()->showMessage(tr("Backup written to %1").arg(target), 8000);
        else
            QMessageBox::warning(this, tr("Backup failed"), error);
    });
    watcher->setFuture(QtConcurrent::run(backupOnWorker, m_db->path(), target));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_db ? m_db->connection() : QSqlDatabase(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_db)
        reloadPages(); // the lifecycle thresholds and the naming template may have changed
    if (dialog.apply())
        QMessageBox::information(this, tr("Settings"), tr("Restart QunDesk to switch the interface language."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About QunDesk"),
        tr("<h3>QunDesk %1</h3><p>Community operations workstation: the group matrix, member profiles, "
           "the content calendar, funnels and the onboarding ritual, in one local database.</p>"
           "<p>Database schema version %2. Qt %3.</p>")
            .arg(QStringLiteral(QUNDESK_VERSION)).arg(Migrations::latestVersion()).arg(QLatin1String(qVersion())));
}

void MainWindow::refreshStatus()
{
    if (!m_db) {
        m_countsLabel->clear();
        return;
    }
    const int generation = ++m_statusGeneration;
    m_countsLabel->setText(tr("Counting…"));
    auto *watcher = new QFutureWatcher<StatusCounts>(this);
    connect(watcher, &QFutureWatcher<StatusCounts>::finished, this, [this, watcher, generation] {
        const StatusCounts counts = watcher->result();
        watcher->deleteLater();
        if (generation != m_statusGeneration)
            return; // a newer count (or another database) superseded this one
        if (!counts.error.isEmpty()) {
            m_countsLabel->setText(counts.error);
            return;
        }
        const QLocale locale;
        m_countsLabel->setText(tr("%1 groups · %2 members · %3 events")
                                   .arg(locale.toString(counts.groups), locale.toString(counts.members),
                                        locale.toString(counts.events)));
    });
    watcher->setFuture(QtConcurrent::run(countRows, m_db->path()));
}

void MainWindow::reloadPages()
{
    for (const PageEntry &entry : std::as_const(m_pages))
        entry.page->reload();
    refreshStatus();
}

void MainWindow::showPage(int index)
{
    if (index >= 0 && index < m_pages.size())
        m_nav->setCurrentRow(index);
}

bool MainWindow::saveScreenshots(const QString &dir)
{
    QDir().mkpath(dir);
    bool ok = true;
    for (int i = 0; i < m_pages.size(); ++i) {
        showPage(i);
        QApplication::processEvents();
        const QString prefix = QStringLiteral("%1-%2").arg(i + 1, 2, 10, QLatin1Char('0')).arg(m_pages.at(i).key);
        ok = grab().save(QDir(dir).filePath(prefix + QStringLiteral(".png"))) && ok;
        ok = m_pages.at(i).page->saveExtraScreenshots(dir, prefix) && ok;
    }
    SettingsDialog settings(m_db ? m_db->connection() : QSqlDatabase(), this);
    settings.show();
    if (auto *tabs = settings.findChild<QTabWidget *>(); tabs && m_db)
        tabs->setCurrentIndex(1); // the operation's rules
    QApplication::processEvents();
    ok = settings.grab().save(QDir(dir).filePath(QStringLiteral("%1-settings.png").arg(m_pages.size() + 1, 2, 10, QLatin1Char('0')))) && ok;
    return ok;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::setWindowGeometry(saveGeometry());
    event->accept();
}

} // namespace qundesk::ui
