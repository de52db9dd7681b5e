#include "members/KocDialog.h"

#include "members/KocListModel.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace qundesk::ui {

namespace {

struct Listing
{
    DatabaseError error;
    bool exists = false;
    KocRunInfo run;
    QList<KocListEntry> candidates;
    QList<KocListEntry> unflag;
    qint64 candidateCount = 0;
    qint64 unflagCount = 0;
};

Listing listOnWorker(const QString &path, qint64 groupId, const QDate &today)
{
    Listing out;
    Database db;
    if ((out.error = db.open(path, Database::Mode::NoMigrate)))
        return out;
    KocRepository repo(db.connection());
    if ((out.error = repo.lastRun(&out.run, &out.exists)) || !out.exists)
        return out;
    if ((out.error = repo.candidates(groupId, KocDialog::ListLimit, &out.candidates)))
        return out;
    if ((out.error = repo.unflagSuggestions(today, groupId, KocDialog::ListLimit, &out.unflag)))
        return out;
    if ((out.error = repo.candidateCount(&out.candidateCount)))
        return out;
    out.error = repo.unflagSuggestionCount(today, &out.unflagCount);
    return out;
}

struct Recomputed
{
    DatabaseError error;
    KocRunInfo run;
};

QTableView *makeView(QAbstractItemModel *model, QWidget *parent)
{
    // A sort proxy over at most ListLimit rows (never over the members table).
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(KocListModel::SortRole);
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(KocListModel::Score, Qt::DescendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setColumnWidth(KocListModel::Member, 150);
    view->setColumnWidth(KocListModel::Group, 170);
    view->setColumnWidth(KocListModel::PercentileOverall, 130);
    view->setColumnWidth(KocListModel::PercentileGroup, 130);
    return view;
}

QList<qint64> selectedIds(QTableView *view)
{
    QList<qint64> ids;
    const auto rows = view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(KocListModel::MemberIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

KocDialog::KocDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_today(QDate::currentDate())
    , m_candidates(new KocListModel(this))
    , m_unflag(new KocListModel(this))
{
    setWindowTitle(tr("KOC candidates"));
    m_prompt = [this](bool flag, int count, QString *reason) {
        bool ok = false;
        const QString text = flag
            ? QInputDialog::getText(this, tr("Flag as KOC"),
                                    tr("Mark %n member(s) as KOC. Reason (recorded on each member and in the audit log):",
                                       nullptr, count), QLineEdit::Normal, tr("Top of the KOC score"), &ok)
            : QInputDialog::getText(this, tr("Remove the KOC mark"),
                                    tr("Remove the KOC mark from %n member(s). Reason (recorded on each member and in the audit log):",
                                       nullptr, count), QLineEdit::Normal, tr("Score below the bar for a long time"), &ok);
        if (!ok)
            return false;
        *reason = text;
        return true;
    };

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("kocSummary"));
    m_summary->setWordWrap(true);

    m_candidatesView = makeView(m_candidates, this);
    m_candidatesView->setColumnHidden(KocListModel::BelowSince, true);
    m_unflagView = makeView(m_unflag, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_candidatesView, tr("Candidates"));
    m_tabs->addTab(m_unflagView, tr("Suggested for unflagging"));

    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("kocStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_recompute = buttons->addButton(tr("Recompute"), QDialogButtonBox::ActionRole);
    m_recompute->setToolTip(tr("Score every member again from their activity up to today (runs in the background)."));
    m_cancel = buttons->addButton(tr("Cancel recompute"), QDialogButtonBox::ActionRole);
    m_cancel->hide();
    m_flag = buttons->addButton(tr("Flag selected as KOC…"), QDialogButtonBox::ActionRole);
    m_unflagButton = buttons->addButton(tr("Unflag selected…"), QDialogButtonBox::ActionRole);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(statusRow);
    layout->addWidget(buttons);
    resize(980, 600);

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_run && m_run->steps > 0) {
            m_progress->setRange(0, m_run->steps);
            m_progress->setValue(m_run->step);
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recompute, &QPushButton::clicked, this, &KocDialog::recompute);
    connect(m_cancel, &QPushButton::clicked, this, &KocDialog::cancelRecompute);
    connect(m_flag, &QPushButton::clicked, this, &KocDialog::flagSelected);
    connect(m_unflagButton, &QPushButton::clicked, this, &KocDialog::unflagSelected);
    connect(m_tabs, &QTabWidget::currentChanged, this, &KocDialog::updateButtons);
    connect(m_candidatesView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KocDialog::updateButtons);
    connect(m_unflagView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KocDialog::updateButtons);
    updateButtons();
    reload();
}

KocDialog::~KocDialog()
{
    if (m_run)
        m_run->cancel = true;
}

void KocDialog::setGroup(qint64 groupId, const QString &groupName)
{
    m_groupId = groupId;
    m_groupName = groupName;
    setWindowTitle(groupId > 0 ? tr("KOC candidates in %1").arg(groupName) : tr("KOC candidates"));
    reload();
}

void KocDialog::setToday(const QDate &day)
{
    m_today = day;
    reload();
}

QString KocDialog::statusText() const
{
    return m_status->text();
}

QString KocDialog::summaryText() const
{
    return m_summary->text();
}

void KocDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

void KocDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);     // busy until the first step is known
        showStatus(status, false);
    }
    m_recompute->setVisible(!busy);
    m_cancel->setVisible(busy && m_run);
    updateButtons();
}

void KocDialog::updateButtons()
{
    const bool candidatesTab = m_tabs->currentWidget() == m_candidatesView;
    m_flag->setEnabled(!m_busy && candidatesTab && m_candidatesView->selectionModel()->hasSelection());
    m_unflagButton->setEnabled(!m_busy && !candidatesTab && m_unflagView->selectionModel()->hasSelection());
    m_recompute->setEnabled(!m_busy && m_db.isOpen());
}

void KocDialog::reload()
{
    if (!m_db.isOpen())
        return;
    const int generation = ++m_generation;
    if (!m_run)
        setBusy(true, tr("Loading the KOC lists…"));
    auto *watcher = new QFutureWatcher<Listing>(this);
    connect(watcher, &QFutureWatcher<Listing>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;     // a newer reload is on its way
        const Listing l = watcher->result();
        if (!m_run)
            setBusy(false);
        if (l.error) {
            showStatus(l.error.message, true);
            emit loaded();
            return;
        }
        m_candidates->setEntries(l.candidates);
        m_unflag->setEntries(l.unflag);
        const QLocale locale;
        if (!l.exists) {
            m_summary->setText(tr("No KOC scores yet. “Recompute” scores every member from their activity."));
        } else {
            m_summary->setText(tr("Scores of %1 members as of %2 (computed %3). Candidates: the top %4% of a group or of "
                                  "the whole operation, not flagged yet, with at least %5 points. A KOC below %6% of "
                                  "their bar for %n day(s) is suggested for unflagging.", nullptr, l.run.settings.unflagDays)
                                   .arg(locale.toString(l.run.members), locale.toString(l.run.asOf, QLocale::ShortFormat),
                                        l.run.computedAt, locale.toString(l.run.settings.topPercent),
                                        locale.toString(l.run.settings.minScore),
                                        locale.toString(l.run.settings.unflagFactor * 100)));
        }
        const QString scope = m_groupId > 0 ? tr(" in %1").arg(m_groupName) : QString();
        m_tabs->setTabText(0, tr("Candidates (%1)").arg(locale.toString(m_groupId > 0 ? qint64(l.candidates.size()) : l.candidateCount)));
        m_tabs->setTabText(1, tr("Suggested for unflagging (%1)").arg(locale.toString(m_groupId > 0 ? qint64(l.unflag.size()) : l.unflagCount)));
        if (!m_run && l.exists) {
            showStatus(tr("%1 candidate(s) and %2 unflag suggestion(s) shown%3. Hover a row for its breakdown.")
                           .arg(l.candidates.size()).arg(l.unflag.size()).arg(scope), false);
        }
        updateButtons();
        emit loaded();
    });
    watcher->setFuture(QtConcurrent::run(listOnWorker, m_db.databaseName(), m_groupId, m_today));
}

void KocDialog::recompute()
{
    if (m_busy || !m_db.isOpen())
        return;
    m_run = std::make_shared<RunState>();
    setBusy(true, tr("Scoring every member… the rest of QunDesk stays usable."));
    m_poll->start();
    auto *watcher = new QFutureWatcher<Recomputed>(this);
    connect(watcher, &QFutureWatcher<Recomputed>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Recomputed r = watcher->result();
        m_poll->stop();
        m_run.reset();
        setBusy(false);
        if (r.error) {
            showStatus(r.error.message, true);
        } else {
            showStatus(tr("Scored %1 members in %2 s: %3 candidate(s), %4 suggested for unflagging.")
                           .arg(QLocale().toString(r.run.members), QLocale().toString(double(r.run.elapsedMs) / 1000.0, 'f', 1))
                           .arg(r.run.candidates).arg(r.run.unflagSuggestions), false);
            emit recomputed();
        }
        reload();
    });
    const std::shared_ptr<RunState> run = m_run;
    watcher->setFuture(QtConcurrent::run([path = m_db.databaseName(), day = m_today, run] {
        Recomputed out;
        Database db;
        if ((out.error = db.open(path, Database::Mode::NoMigrate)))
            return out;
        out.error = KocRepository(db.connection()).recompute(day, &out.run, [run](int step, int steps) {
            run->step = step;
            run->steps = steps;
            return !run->cancel;
        });
        return out;
    }));
}

void KocDialog::cancelRecompute()
{
    if (m_run) {
        m_run->cancel = true;
        showStatus(tr("Cancelling…"), false);
    }
}

void KocDialog::flagSelected()
{
    changeSelected(true);
}

void KocDialog::unflagSelected()
{
    changeSelected(false);
}

void KocDialog::changeSelected(bool flag)
{
    QTableView *view = flag ? m_candidatesView : m_unflagView;
    const QList<qint64> ids = selectedIds(view);
    if (ids.isEmpty() || m_busy)
        return;
    QString reason;
    if (!m_prompt(flag, int(ids.size()), &reason))
        return;
    if (reason.trimmed().isEmpty()) {
        showStatus(tr("Nothing changed: a reason is required."), true);
        return;
    }
    int changed = 0;
    if (const DatabaseError err = KocRepository(m_db).setKoc(ids, flag, reason, &changed)) {
        showStatus(err.message, true);
        return;
    }
    showStatus(flag ? tr("%n member(s) marked as KOC.", nullptr, changed)
                    : tr("KOC mark removed from %n member(s).", nullptr, changed), false);
    emit kocChanged(changed);
    reload();
}

bool KocDialog::saveScreenshot(const QSqlDatabase &db, const QString &dir, const QString &prefix)
{
    KocDialog dialog(db);
    QEventLoop loop;
    connect(&dialog, &KocDialog::loaded, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    dialog.show();
    loop.exec();
    if (dialog.candidatesModel()->rowCount() > 0)
        dialog.candidatesView()->selectRow(0);
    // Let the layout take the wrapped summary's height before grabbing.
    QCoreApplication::processEvents();
    if (!dialog.grab().save(QDir(dir).filePath(prefix + QStringLiteral(".png"))))
        return false;
    dialog.m_tabs->setCurrentWidget(dialog.m_unflagView);
    if (dialog.unflagModel()->rowCount() > 0)
        dialog.unflagView()->selectRow(0);
    QCoreApplication::processEvents();
    return dialog.grab().save(QDir(dir).filePath(prefix + QStringLiteral("-unflag.png")));
}

} // namespace qundesk::ui
