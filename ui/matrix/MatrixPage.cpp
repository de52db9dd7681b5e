#include "matrix/MatrixPage.h"

#include "groups/GroupProfileDialog.h"
#include "matrix/HeatLegend.h"
#include "matrix/MatrixDelegates.h"
#include "matrix/RecommendationsDialog.h"
#include "models/GroupFilterProxyModel.h"
#include "models/GroupGridModel.h"
#include "models/GroupTableModel.h"
#include "models/RecommendationModel.h"
#include "storage/Database.h"
#include "storage/StageRepository.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPushButton>
#include <QtConcurrent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <QTabWidget>

#include <algorithm>
#include <functional>

namespace qundesk::ui {

namespace {

// The status choices of the combo box, in its order.
const QList<QList<GroupStatus>> StatusChoices = {
    {GroupStatus::Active},
    {GroupStatus::Active, GroupStatus::Archived},
    {GroupStatus::Archived},
    {GroupStatus::Dissolved},
    {},
};

constexpr int GridMaxHeight = 300;

struct StageRefreshOutcome
{
    QString error;
    bool changed = false;
};

// Records today's lifecycle stages on a worker thread with its own connection: on a large
// database reading two weeks of activity takes longer than a frame.
StageRefreshOutcome refreshStagesOnWorker(const QString &path, const QDate &today)
{
    StageRefreshOutcome outcome;
    Database db;
    if (const DatabaseError err = db.open(path, Database::Mode::NoMigrate)) {
        outcome.error = err.message;
        return outcome;
    }
    StageRefreshResult result;
    if (const DatabaseError err = StageRepository(db.connection()).refresh(today, &result)) {
        // A day earlier than the last recorded one (the clock went back) is not worth a warning.
        if (err.kind != DatabaseError::Kind::Constraint)
            outcome.error = err.message;
        return outcome;
    }
    outcome.changed = result.changed > 0 || result.closed > 0 || result.reasonsUpdated > 0;
    return outcome;
}

} // namespace

MatrixPage::MatrixPage(QWidget *parent)
    : Page(parent)
    , m_gridModel(new GroupGridModel(this))
    , m_tableModel(new GroupTableModel(this))
    , m_proxy(new GroupFilterProxyModel(this))
{
    setWindowTitle(tr("Group matrix"));
    m_proxy->setSourceModel(m_tableModel);
    buildUi();
    applyStatusFilter();
}

MatrixPage::~MatrixPage() = default;

void MatrixPage::buildUi()
{
    m_rowDimension = new QComboBox(this);
    m_columnDimension = new QComboBox(this);
    for (GroupDimension d : allGroupDimensions()) {
        m_rowDimension->addItem(groupDimensionLabel(d), int(d));
        m_columnDimension->addItem(groupDimensionLabel(d), int(d));
    }
    m_rowDimension->setCurrentIndex(m_rowDimension->findData(int(GroupDimension::Tier)));
    m_columnDimension->setCurrentIndex(m_columnDimension->findData(int(GroupDimension::Team)));

    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("matrixMeasure"));
    for (PivotMeasure m : allPivotMeasures())
        m_measure->addItem(pivotMeasureLabel(m), int(m));
    m_legend = new HeatLegend(this);

    m_status = new QComboBox(this);
    m_status->addItem(tr("Active"));
    m_status->addItem(tr("Active and archived"));
    m_status->addItem(tr("Archived"));
    m_status->addItem(tr("Dissolved"));
    m_status->addItem(tr("All groups"));

    m_newGroup = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("New group…"), this);
    m_newGroup->setToolTip(tr("Create a group: name from the naming template, tier, team, capacity, operator"));

    m_recommendations = new QPushButton(tr("Recommendations…"), this);
    m_recommendations->setObjectName(QStringLiteral("recommendations"));
    m_recommendations->setToolTip(tr("What to do about each group: dissolve zombie groups and move their active "
                                     "members, SOPs and KOCs for new groups, promotions to the master group"));

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search group, tier, team or operator"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);

    auto *bar = new QHBoxLayout;
    auto *rowsLabel = new QLabel(tr("Rows"), this);
    rowsLabel->setBuddy(m_rowDimension);
    auto *columnsLabel = new QLabel(tr("Columns"), this);
    columnsLabel->setBuddy(m_columnDimension);
    auto *statusLabel = new QLabel(tr("Status"), this);
    statusLabel->setBuddy(m_status);
    bar->addWidget(rowsLabel);
    bar->addWidget(m_rowDimension);
    bar->addSpacing(8);
    bar->addWidget(columnsLabel);
    bar->addWidget(m_columnDimension);
    bar->addSpacing(8);
    auto *measureLabel = new QLabel(tr("Measure"), this);
    measureLabel->setBuddy(m_measure);
    bar->addWidget(measureLabel);
    bar->addWidget(m_measure);
    bar->addStretch(1);
    bar->addWidget(statusLabel);
    bar->addWidget(m_status);
    bar->addSpacing(8);
    bar->addWidget(m_search);
    bar->addSpacing(8);
    bar->addWidget(m_newGroup);
    bar->addWidget(m_recommendations);

    m_gridView = new QTableView(this);
    m_gridView->setObjectName(QStringLiteral("matrixGrid"));
    m_gridView->setModel(m_gridModel);
    m_gridView->setItemDelegate(new GroupGridDelegate(m_gridView));
    m_gridView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gridView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_gridView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gridView->setWordWrap(true);
    m_gridView->setCornerButtonEnabled(false);
    m_gridView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gridView->horizontalHeader()->setMinimumSectionSize(72);
    m_gridView->setToolTip(tr("Click a cell to list its groups; click the grand total to list all."));

    m_filterLabel = new QLabel(this);
    m_clearFilter = new QToolButton(this);
    m_clearFilter->setText(tr("Show all"));
    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_filterLabel);
    filterBar->addWidget(m_clearFilter);
    filterBar->addStretch(1);

    m_groupView = new QTableView(this);
    m_groupView->setObjectName(QStringLiteral("groupTable"));
    m_groupView->setModel(m_proxy);
    m_groupView->setItemDelegate(new GroupTableDelegate(m_groupView));
    m_groupView->setSortingEnabled(true);
    m_groupView->sortByColumn(GroupTableModel::Tier, Qt::AscendingOrder);
    m_groupView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groupView->setAlternatingRowColors(true);
    m_groupView->setWordWrap(false);
    m_groupView->verticalHeader()->hide();
    m_groupView->verticalHeader()->setDefaultSectionSize(m_groupView->fontMetrics().height() + 10);
    QHeaderView *header = m_groupView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(GroupTableModel::Name, QHeaderView::Stretch);
    // Size columns from the first rows only: measuring all of 10,000 groups' cells took 0.5 s.
    header->setResizeContentsPrecision(200);
    header->setStretchLastSection(false);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_errorLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_gridView);
    auto *legendBar = new QHBoxLayout;
    legendBar->addWidget(m_legend);
    legendBar->addStretch(1);
    layout->addLayout(legendBar);
    layout->addLayout(filterBar);
    layout->addWidget(m_groupView, 1);

    connect(m_rowDimension, &QComboBox::currentIndexChanged, this, &MatrixPage::applyDimensions);
    connect(m_columnDimension, &QComboBox::currentIndexChanged, this, &MatrixPage::applyDimensions);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &MatrixPage::applyMeasure);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        applyStatusFilter();
        reloadViews();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        announceCount();
    });
    connect(m_gridView, &QTableView::clicked, this, &MatrixPage::selectCell);
    connect(m_clearFilter, &QToolButton::clicked, this, &MatrixPage::clearCellFilter);
    connect(m_groupView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        openGroupProfile(index.data(GroupTableModel::IdRole).toLongLong());
    });
    connect(m_newGroup, &QPushButton::clicked, this, [this] { openGroupProfile(0); });
    connect(m_recommendations, &QPushButton::clicked, this, &MatrixPage::openRecommendations);
    m_groupView->setToolTip(tr("Double-click a group to open its profile."));
    updateFilterLabel();
}

void MatrixPage::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    ++m_stageGeneration; // a refresh still running for the previous database is ignored
    m_gridModel->setDatabase(db);
    m_tableModel->setDatabase(db);
    m_newGroup->setEnabled(db.isOpen());
    m_recommendations->setEnabled(db.isOpen());
    reload();
}

// Shows the stages recorded so far at once, records today's in the background and reloads
// when any changed.
void MatrixPage::startStageRefresh()
{
    if (!m_db.isOpen())
        return;
    if (m_stageRefreshRunning) {
        m_stageRefreshPending = true;
        return;
    }
    m_stageRefreshRunning = true;
    const int generation = m_stageGeneration;
    auto *watcher = new QFutureWatcher<StageRefreshOutcome>(this);
    connect(watcher, &QFutureWatcher<StageRefreshOutcome>::finished, this, [this, watcher, generation] {
        const StageRefreshOutcome outcome = watcher->result();
        watcher->deleteLater();
        m_stageRefreshRunning = false;
        if (generation != m_stageGeneration) {
            startStageRefresh();
            return;
        }
        if (!outcome.error.isEmpty())
            showError(DatabaseError::make(DatabaseError::Kind::Query, outcome.error));
        else if (outcome.changed)
            reloadViews();
        if (m_stageRefreshPending) {
            m_stageRefreshPending = false;
            startStageRefresh();
            return;
        }
        emit stagesRefreshed();
    });
    watcher->setFuture(QtConcurrent::run(refreshStagesOnWorker, m_db.databaseName(), QDate::currentDate()));
}

bool MatrixPage::saveExtraScreenshots(const QString &dir, const QString &prefix)
{
    if (!m_db.isOpen())
        return true;
    const auto waitFor = [](const std::function<bool()> &done) {
        QElapsedTimer timer;
        timer.start();
        while (!done() && timer.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    };
    const auto path = [&](const char *what) { return QDir(dir).filePath(prefix + u'-' + QLatin1String(what) + u".png"); };
    bool ok = true;
    waitFor([this] { return !m_stageRefreshRunning; });

    const int row = m_rowDimension->currentIndex();
    const int measure = m_measure->currentIndex();
    m_rowDimension->setCurrentIndex(m_rowDimension->findData(int(GroupDimension::Stage)));
    m_measure->setCurrentIndex(m_measure->findData(int(PivotMeasure::ActiveRate7d)));
    QCoreApplication::processEvents();
    ok = window()->grab().save(path("active-by-stage")) && ok;
    m_rowDimension->setCurrentIndex(row);
    m_measure->setCurrentIndex(measure);

    // The profile of the first group with a recorded change of stage, else the first group.
    qint64 groupId = 0;
    for (int r = 0; r < m_tableModel->rowCount() && groupId == 0; ++r) {
        const QModelIndex index = m_tableModel->index(r, 0);
        const auto stage = index.data(GroupTableModel::StageRole);
        if (stage.isValid() && LifecycleStage(stage.toInt()) == LifecycleStage::Weak)
            groupId = index.data(GroupTableModel::IdRole).toLongLong();
    }
    if (groupId == 0 && m_tableModel->rowCount() > 0)
        groupId = m_tableModel->index(0, 0).data(GroupTableModel::IdRole).toLongLong();
    if (groupId != 0) {
        GroupProfileDialog profile(m_db, groupId, this);
        profile.resize(1000, 720);
        profile.show();
        const struct { GroupProfileDialog::Tab tab; const char *what; } tabs[] = {
            {GroupProfileDialog::FieldsTab, "profile"},
            {GroupProfileDialog::ActivityTab, "profile-activity"},
            {GroupProfileDialog::StageTab, "profile-stages"},
        };
        for (const auto &t : tabs) {
            profile.tabs()->setCurrentIndex(t.tab);
            QCoreApplication::processEvents();
            ok = profile.grab().save(path(t.what)) && ok;
        }
    }

    RecommendationsDialog recommendations(m_db, this);
    recommendations.resize(1100, 720);
    recommendations.show();
    waitFor([&recommendations] { return !recommendations.model()->isLoading(); });
    if (recommendations.model()->rowCount() > 0) {
        // Check the first recommendation so the preview shows what applying it would change.
        recommendations.model()->setData(recommendations.model()->index(0, 0), Qt::Checked, Qt::CheckStateRole);
    }
    QCoreApplication::processEvents();
    ok = recommendations.grab().save(path("recommendations")) && ok;
    return ok;
}

void MatrixPage::openRecommendations()
{
    if (!m_db.isOpen())
        return;
    auto *dialog = new RecommendationsDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecommendationsDialog::applied, this, [this] {
        reload(); // also closes the stage spans of dissolved groups
        emit dataChanged();
    });
    dialog->show();
}

void MatrixPage::openGroupProfile(qint64 groupId)
{
    if (!m_db.isOpen())
        return;
    auto *dialog = new GroupProfileDialog(m_db, groupId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GroupProfileDialog::groupChanged, this, [this] {
        reload(); // also records stages again: an archived or restored group's span closes or reopens
        emit dataChanged();
    });
    dialog->show();
}

void MatrixPage::applyStatusFilter()
{
    const QList<GroupStatus> statuses = StatusChoices.value(m_status->currentIndex());
    GroupFilter filter;
    filter.statuses = statuses;
    m_tableModel->setFilter(filter);
    m_gridModel->setStatuses(statuses);
}

void MatrixPage::applyDimensions()
{
    m_gridModel->setDimensions(GroupDimension(m_rowDimension->currentData().toInt()),
                               GroupDimension(m_columnDimension->currentData().toInt()));
    clearCellFilter();
    if (m_db.isOpen())
        reloadGrid();
    fitGridHeight();
}

void MatrixPage::applyMeasure()
{
    m_gridModel->setMeasure(PivotMeasure(m_measure->currentData().toInt()));
    if (!m_db.isOpen())
        return;
    reloadGrid();
    restoreGridSelection();
    fitGridHeight();
}

// Queries the grid again; the legend follows the new largest value.
void MatrixPage::reloadGrid()
{
    if (!m_gridModel->reload())
        showError(m_gridModel->lastError());
    m_legend->setRange(m_gridModel->measure(), m_gridModel->maxMagnitude());
}

// Shows what is stored now, then records today's stages in the background (the thresholds or
// the groups may have changed); the views reload again if any stage did.
void MatrixPage::reload()
{
    reloadViews();
    startStageRefresh();
}

void MatrixPage::reloadViews()
{
    if (!m_db.isOpen()) {
        m_gridModel->clear();
        m_tableModel->clear();
        announceCount();
        return;
    }
    m_errorLabel->hide();
    bool ok = m_gridModel->reload();
    if (!ok)
        showError(m_gridModel->lastError());
    m_legend->setRange(m_gridModel->measure(), m_gridModel->maxMagnitude());
    if (!m_tableModel->reload()) {
        showError(m_tableModel->lastError());
        ok = false;
    }
    // A cell may have vanished (its tier deleted): drop a filter that names a missing key.
    const GroupGrid &grid = m_gridModel->grid();
    const bool stale = std::any_of(m_proxy->conditions().begin(), m_proxy->conditions().end(), [&grid](const auto &c) {
        const auto &items = c.dimension == grid.rowDimension ? grid.rows : grid.columns;
        return std::none_of(items.begin(), items.end(), [&c](const auto &i) { return i.key == c.key; });
    });
    if (stale)
        clearCellFilter();
    else
        restoreGridSelection();
    fitGridHeight();
    if (!m_columnsSized && m_tableModel->rowCount() > 0) {
        // Size the columns to their content once; later the user's widths stay as they left them.
        m_groupView->resizeColumnsToContents();
        for (int c = 0; c < GroupTableModel::ColumnCount; ++c) {
            if (c != GroupTableModel::Name)
                m_groupView->setColumnWidth(c, m_groupView->columnWidth(c) + 16);
        }
        m_columnsSized = true;
    }
    if (ok)
        announceCount();
}

// The grid's reset drops its selection; select again the cell the table is filtered to.
void MatrixPage::restoreGridSelection()
{
    const GroupGrid &grid = m_gridModel->grid();
    int row = m_gridModel->totalRow();
    int column = m_gridModel->totalColumn();
    for (const auto &c : m_proxy->conditions()) {
        const bool isRow = c.dimension == grid.rowDimension;
        const auto &items = isRow ? grid.rows : grid.columns;
        for (int i = 0; i < items.size(); ++i) {
            if (items.at(i).key == c.key)
                (isRow ? row : column) = i;
        }
    }
    if (m_proxy->conditions().isEmpty())
        m_gridView->clearSelection();
    else
        m_gridView->setCurrentIndex(m_gridModel->index(row, column));
}

void MatrixPage::selectCell(const QModelIndex &index)
{
    QList<GroupFilterProxyModel::Condition> conditions;
    const QVariant rowKey = index.data(GroupGridModel::RowKeyRole);
    const QVariant columnKey = index.data(GroupGridModel::ColumnKeyRole);
    if (rowKey.isValid())
        conditions.append({m_gridModel->rowDimension(), rowKey.toString()});
    if (columnKey.isValid())
        conditions.append({m_gridModel->columnDimension(), columnKey.toString()});
    m_proxy->setConditions(conditions);
    updateFilterLabel();
    announceCount();
}

void MatrixPage::clearCellFilter()
{
    m_proxy->setConditions({});
    m_gridView->clearSelection();
    updateFilterLabel();
    announceCount();
}

void MatrixPage::updateFilterLabel()
{
    QStringList parts;
    const GroupGrid &grid = m_gridModel->grid();
    for (const auto &c : m_proxy->conditions()) {
        const bool isRow = c.dimension == grid.rowDimension;
        const auto &items = isRow ? grid.rows : grid.columns;
        QString label = c.key.isEmpty() ? tr("Unassigned") : c.key;
        for (const auto &item : items) {
            if (item.key == c.key)
                label = item.label;
        }
        parts.append(tr("%1: %2").arg(groupDimensionLabel(c.dimension), label));
    }
    const bool filtered = !parts.isEmpty();
    m_filterLabel->setText(filtered ? tr("Groups in %1").arg(parts.join(QStringLiteral(" · "))) : tr("All groups"));
    m_clearFilter->setVisible(filtered);
}

void MatrixPage::fitGridHeight()
{
    QHeaderView *columns = m_gridView->horizontalHeader();
    columns->setSectionResizeMode(m_gridModel->columnCount() <= 12 ? QHeaderView::Stretch
                                                                   : QHeaderView::ResizeToContents);
    m_gridView->resizeRowsToContents();
    int height = columns->height() + m_gridView->verticalHeader()->length() + 2 * m_gridView->frameWidth();
    if (m_gridView->horizontalScrollBar()->isVisible())
        height += m_gridView->horizontalScrollBar()->height();
    m_gridView->setFixedHeight(qMin(height, GridMaxHeight));
}

void MatrixPage::showError(const DatabaseError &error)
{
    m_errorLabel->setText(error.message);
    m_errorLabel->show();
    emit statusMessage(error.message);
}

int MatrixPage::visibleGroupCount() const
{
    return m_proxy->rowCount();
}

void MatrixPage::announceCount()
{
    emit statusMessage(tr("%n group(s)", nullptr, visibleGroupCount()));
}

} // namespace qundesk::ui
