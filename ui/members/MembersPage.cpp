#include "members/MembersPage.h"

#include "domain/Member.h"
#include "members/BulkActionDialog.h"
#include "members/ImportWizard.h"
#include "members/KocDialog.h"
#include "members/MemberFilterPanel.h"
#include "members/MemberProfileDialog.h"
#include "io/MemberExport.h"
#include "models/MemberQuery.h"
#include "models/MemberTableModel.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace qundesk::ui {

namespace {

// Blacklisted members stay visible (staff look them up) but read as inactive; the name's
// tooltip says so.
class MemberRowDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(MemberTableModel::BlacklistedRole).toBool())
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    }
};

const QString HiddenColumnsKey = QStringLiteral("members/hiddenColumns");
const QString FilterPanelKey = QStringLiteral("members/filterPanelOpen");
constexpr int SegmentIdRole = Qt::UserRole + 1;

// Column keys for the settings file: stable when columns are added or reordered.
QString columnKey(int column)
{
    static const char *const keys[] = {"name", "nickname", "platform_id", "phone", "identity", "verification",
                                       "channel", "region", "tier", "points", "koc", "first_joined"};
    static_assert(std::size(keys) == MemberTableModel::ColumnCount);
    return column >= 0 && column < MemberTableModel::ColumnCount ? QLatin1StringView(keys[column]) : QString();
}

struct BulkOutcome
{
    QString error;
    qint64 changed = 0;
};

// One bulk action on a worker thread with its own connection: a whole filter at a million
// members writes for longer than a frame.
BulkOutcome runBulkOnWorker(const QString &path, MembersPage::BulkAction action, const MemberSelection &selection,
                            const QVariant &argument, const QString &note)
{
    BulkOutcome out;
    Database db;
    if (const DatabaseError err = db.open(path, Database::Mode::NoMigrate)) {
        out.error = err.message;
        return out;
    }
    MemberBulkRepository bulk(db.connection());
    DatabaseError err;
    switch (action) {
    case MembersPage::BulkAction::Tag: err = bulk.tag(selection, argument.toLongLong(), &out.changed); break;
    case MembersPage::BulkAction::Untag: err = bulk.untag(selection, argument.toLongLong(), &out.changed); break;
    case MembersPage::BulkAction::AddToGroup:
        // The page asked about the capacity before starting.
        err = bulk.addToGroup(selection, argument.toLongLong(), true, &out.changed);
        break;
    case MembersPage::BulkAction::Verify:
        err = bulk.setVerification(selection, VerificationStatus(argument.toInt()), 0, note, &out.changed);
        break;
    case MembersPage::BulkAction::FlagKoc: err = bulk.setKoc(selection, true, argument.toString(), &out.changed); break;
    case MembersPage::BulkAction::UnflagKoc: err = bulk.setKoc(selection, false, argument.toString(), &out.changed); break;
    case MembersPage::BulkAction::Export: {
        // argument: the file; note non-empty: unmasked.
        MemberExporter exporter(db.connection());
        MemberExportOptions options;
        options.unmasked = !note.isEmpty();
        const ImportError exportError = selection.wholeFilter
                                            ? exporter.exportFilter(selection.filter, argument.toString(), options, &out.changed)
                                            : exporter.exportIds(selection.ids, argument.toString(), options, &out.changed);
        if (exportError)
            out.error = exportError.message;
        return out;
    }
    }
    if (err)
        out.error = err.message;
    return out;
}

} // namespace

MembersPage::MembersPage(QWidget *parent)
    : Page(parent)
    , m_model(new MemberTableModel(this))
    , m_segmentQuery(new MemberQuery(this))
{
    setWindowTitle(tr("Members"));
    m_model->setBackgroundQueries(true);
    buildUi();
    connect(m_model, &MemberTableModel::reloaded, this, &MembersPage::updateCount);
    connect(m_model, &MemberTableModel::countChanged, this, &MembersPage::updateCount);
    connect(m_model, &MemberTableModel::loadingChanged, this, &MembersPage::updateCount);
    connect(m_model, &MemberTableModel::errorOccurred, this, &MembersPage::statusMessage);
    connect(this, &MembersPage::memberActivated, this, &MembersPage::openProfile);
    connect(m_segmentQuery, &MemberQuery::countsReady, this,
            [this](quint64, const QList<qint64> &counts) { updateSegmentCounts(counts); });
    connect(m_segmentQuery, &MemberQuery::failed, this, [this](quint64, const QString &message) { emit statusMessage(message); });
}

MembersPage::~MembersPage() = default;

void MembersPage::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setPlaceholderText(tr("Search name, nickname, platform ID, phone or tag"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);

    m_filterToggle = new QToolButton(this);
    m_filterToggle->setObjectName(QStringLiteral("filterToggle"));
    m_filterToggle->setText(tr("Filters"));
    m_filterToggle->setCheckable(true);
    m_filterToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("filterSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("memberCount"));

    m_bulkButton = new QToolButton(this);
    m_bulkButton->setObjectName(QStringLiteral("bulkActions"));
    m_bulkButton->setText(tr("Bulk actions"));
    m_bulkButton->setPopupMode(QToolButton::InstantPopup);
    auto *bulkMenu = new QMenu(m_bulkButton);
    for (const BulkAction a : {BulkAction::Tag, BulkAction::Untag, BulkAction::AddToGroup, BulkAction::Verify,
                               BulkAction::FlagKoc, BulkAction::UnflagKoc}) {
        bulkMenu->addAction(BulkActionDialog::title(a) + QStringLiteral("…"), this, [this, a] { openBulkAction(a); });
    }
    bulkMenu->addSeparator();
    bulkMenu->addAction(BulkActionDialog::title(BulkAction::Export) + QStringLiteral("…"), this,
                        [this] { openBulkAction(BulkAction::Export); });
    m_bulkButton->setMenu(bulkMenu);

    m_importButton = new QToolButton(this);
    m_importButton->setObjectName(QStringLiteral("importMembers"));
    m_importButton->setText(tr("Import…"));
    m_importButton->setToolTip(tr("Import members from a CSV file (Excel or WPS export, UTF-8 or GBK)"));
    connect(m_importButton, &QToolButton::clicked, this, &MembersPage::openImportWizard);

    m_kocButton = new QToolButton(this);
    m_kocButton->setObjectName(QStringLiteral("kocCandidates"));
    m_kocButton->setText(tr("KOC…"));
    m_kocButton->setToolTip(tr("KOC candidates by engagement score, and KOCs whose score has stayed low"));
    connect(m_kocButton, &QToolButton::clicked, this, &MembersPage::openKocDialog);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("memberTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new MemberRowDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->memberId(index.row()); id > 0)
            emit memberActivated(id);
    });
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MembersPage::headerContextMenu);
    // Nicknames (city-shop-name) are the longest text, so that column takes the spare width.
    header->setSectionResizeMode(MemberTableModel::GroupNickname, QHeaderView::Stretch);
    // Widths from the content people type, not from measuring a million rows.
    const int em = m_view->fontMetrics().horizontalAdvance(QChar(0x6210)); // one CJK character
    const std::pair<int, int> widths[] = {
        {MemberTableModel::DisplayName, 7}, {MemberTableModel::GroupNickname, 10}, {MemberTableModel::PlatformId, 6},
        {MemberTableModel::Phone, 8},       {MemberTableModel::Identity, 7},       {MemberTableModel::Verification, 5},
        {MemberTableModel::Channel, 7},     {MemberTableModel::Region, 4},         {MemberTableModel::Tier, 6},
        {MemberTableModel::Points, 4},      {MemberTableModel::Koc, 3}};
    for (const auto &[column, chars] : widths)
        header->resizeSection(column, em * chars + 16);
    header->resizeSection(MemberTableModel::FirstJoined,
                          m_view->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 40);
    // The first sort is newest members first; the header click re-sorts in SQL from then on.
    header->setSortIndicator(MemberTableModel::FirstJoined, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    restoreColumns();

    // The side column: segments above the filter panel; the toggle shows and hides it.
    m_side = new QWidget(this);
    m_side->setObjectName(QStringLiteral("memberSide"));
    auto *sideLayout = new QVBoxLayout(m_side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    buildSegmentList(m_side);
    m_panel = new MemberFilterPanel(m_side);
    m_panel->setObjectName(QStringLiteral("memberFilterPanel"));
    auto *filterTitle = new QLabel(tr("Filters"), m_side);
    QFont bold = filterTitle->font();
    bold.setBold(true);
    filterTitle->setFont(bold);
    sideLayout->addWidget(filterTitle);
    sideLayout->addWidget(m_panel, 1);
    auto *sideScroll = new QScrollArea(this);
    sideScroll->setWidget(m_side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    // As narrow as the filters allow (the word-wrapped hint does not widen it), plus the
    // vertical scroll bar.
    sideScroll->setFixedWidth(m_side->minimumSizeHint().width()
                              + sideScroll->verticalScrollBar()->sizeHint().width() + 4);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_filterToggle, &QToolButton::toggled, sideScroll, &QWidget::setVisible);
    connect(m_filterToggle, &QToolButton::toggled, this, [](bool open) { QSettings().setValue(FilterPanelKey, open); });
    const bool panelOpen = QSettings().value(FilterPanelKey, true).toBool();
    m_filterToggle->setChecked(panelOpen);
    sideScroll->setVisible(panelOpen);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filterToggle);
    top->addWidget(m_search, 1);
    top->addWidget(m_summary, 2);
    top->addWidget(m_count);
    top->addWidget(m_bulkButton);
    top->addWidget(m_kocButton);
    top->addWidget(m_importButton);

    auto *body = new QHBoxLayout;
    body->addWidget(sideScroll);
    body->addWidget(m_view, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(body, 1);

    // Typing re-queries once the user pauses, not on every keystroke.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MembersPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_panel, &MemberFilterPanel::filterChanged, this, &MembersPage::applyFilter);
    updateCount();
}

void MembersPage::buildSegmentList(QWidget *parent)
{
    auto *title = new QLabel(tr("Segments"), parent);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_segments = new QListWidget(parent);
    m_segments->setObjectName(QStringLiteral("segmentList"));
    m_segments->setContextMenuPolicy(Qt::CustomContextMenu);
    m_segments->setMaximumHeight(m_segments->fontMetrics().height() * 7);
    m_segments->hide(); // until there is a segment: the hint says what they are
    m_segmentHint = new QLabel(tr("No segments yet: set filters, then save them as a segment to reuse them "
                                  "and see their size."), parent);
    m_segmentHint->setObjectName(QStringLiteral("segmentHint"));
    m_segmentHint->setWordWrap(true);
    m_segmentHint->setForegroundRole(QPalette::PlaceholderText);
    connect(m_segments, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { applySegment(item->data(SegmentIdRole).toLongLong()); });
    connect(m_segments, &QListWidget::customContextMenuRequested, this, &MembersPage::segmentContextMenu);
    auto *save = new QPushButton(tr("Save filter as segment…"), parent);
    save->setObjectName(QStringLiteral("saveSegment"));
    connect(save, &QPushButton::clicked, this, &MembersPage::askSaveSegment);
    auto *layout = qobject_cast<QVBoxLayout *>(parent->layout());
    layout->addWidget(title);
    layout->addWidget(m_segmentHint);
    layout->addWidget(m_segments);
    layout->addWidget(save);
    layout->addSpacing(8);
}

void MembersPage::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    m_panel->setDatabase(db);
    const bool open = db.isValid() && db.isOpen();
    m_segmentQuery->setDatabasePath(open ? db.databaseName() : QString());
    reload();
}

void MembersPage::openProfile(qint64 memberId)
{
    if (!m_db.isOpen() || memberId <= 0)
        return;
    auto *dialog = new MemberProfileDialog(m_db, memberId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MemberProfileDialog::memberChanged, this, [this] {
        reload();
        emit dataChanged();
    });
    dialog->show();
}

void MembersPage::openImportWizard()
{
    if (!m_db.isOpen())
        return;
    auto *wizard = new ImportWizard(m_db, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this] {
        reload();
        emit dataChanged();
    });
    wizard->open();
}

void MembersPage::openKocDialog()
{
    if (!m_db.isOpen())
        return;
    auto *dialog = new KocDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KocDialog::kocChanged, this, [this] {
        reload();
        emit dataChanged();
    });
    dialog->show();
}

void MembersPage::reload()
{
    m_model->setDatabase(m_db); // re-queries with the current filter and sort
    reloadSegments();
}

MemberFilter MembersPage::currentFilter() const
{
    MemberFilter filter = m_panel->filter();
    filter.search = m_search->text().trimmed();
    return filter;
}

void MembersPage::applyFilter()
{
    m_searchTimer->stop();
    updateSummary();
    const MemberFilter filter = currentFilter();
    if (!m_applyingSegment) {
        // A hand-made change leaves the segment that was applied.
        m_segments->clearSelection();
        m_segments->setCurrentRow(-1);
    }
    if (filter == m_model->filter())
        return;
    m_model->setFilter(filter);
}

void MembersPage::updateSummary()
{
    const QString summary = m_panel->summary();
    m_summary->setText(summary);
    m_summary->setToolTip(summary);
}

void MembersPage::updateCount()
{
    if (!m_db.isValid() || !m_db.isOpen()) {
        m_count->setText(tr("No database open"));
        return;
    }
    const qint64 total = m_model->totalCount();
    QString text;
    if (m_model->isLoading() && total < 0)
        text = tr("Searching…");
    else if (total < 0)
        text = tr("Counting…");
    else if (!m_model->isCountExact())
        text = tr("Showing ≥ %L1 members (counting…)").arg(total);
    else if (m_allMembers > 0)
        text = tr("Showing %L1 of %L2 members").arg(total).arg(m_allMembers);
    else
        text = tr("Showing %L1 members").arg(total);
    if (text != m_count->text()) {
        m_count->setText(text);
        if (m_model->isCountExact() && total >= 0)
            emit statusMessage(text);
    }
}

// ------------------------------------------------------------------ segments

void MembersPage::reloadSegments()
{
    const qint64 current = m_segments->currentItem() ? m_segments->currentItem()->data(SegmentIdRole).toLongLong() : 0;
    m_segments->clear();
    m_segmentList.clear();
    if (m_db.isValid() && m_db.isOpen()) {
        if (auto err = SegmentRepository(m_db).list(&m_segmentList))
            emit statusMessage(err.message);
    }
    m_segments->setVisible(!m_segmentList.isEmpty());
    m_segmentHint->setVisible(m_segmentList.isEmpty());
    if (!m_db.isValid() || !m_db.isOpen())
        return;
    for (const MemberSegment &s : m_segmentList) {
        auto *item = new QListWidgetItem(s.name, m_segments);
        item->setData(SegmentIdRole, s.id);
        item->setToolTip(tr("Counting…"));
        if (s.id == current)
            m_segments->setCurrentItem(item);
    }
    // All members first (for "of N members"), then each segment: one worker pass.
    QList<MemberFilter> filters{MemberFilter{}};
    for (const MemberSegment &s : m_segmentList)
        filters.append(s.filter);
    m_segmentQuery->startCounts(filters);
}

void MembersPage::updateSegmentCounts(const QList<qint64> &counts)
{
    if (counts.isEmpty())
        return;
    m_allMembers = counts.first();
    for (int row = 0; row < m_segments->count() && row + 1 < counts.size(); ++row) {
        QListWidgetItem *item = m_segments->item(row);
        const QString name = m_segmentList.at(row).name;
        item->setText(tr("%1 (%L2)").arg(name).arg(counts.at(row + 1)));
        item->setToolTip(tr("%L1 members").arg(counts.at(row + 1)));
    }
    updateCount();
}

void MembersPage::applySegment(qint64 segmentId)
{
    for (const MemberSegment &s : std::as_const(m_segmentList)) {
        if (s.id != segmentId)
            continue;
        const QScopedValueRollback applying(m_applyingSegment, true);
        for (int row = 0; row < m_segments->count(); ++row) {
            if (m_segments->item(row)->data(SegmentIdRole).toLongLong() == segmentId)
                m_segments->setCurrentRow(row);
        }
        m_panel->setFilter(s.filter);
        {
            const QSignalBlocker block(m_search);
            m_search->setText(s.filter.search);
        }
        applyFilter();
        emit statusMessage(tr("Segment “%1” applied").arg(s.name));
        return;
    }
}

bool MembersPage::saveSegment(const QString &name)
{
    qint64 id = 0;
    if (auto err = SegmentRepository(m_db).create(name, currentFilter(), &id)) {
        QMessageBox::warning(this, tr("Save segment"), err.message);
        return false;
    }
    reloadSegments();
    for (int row = 0; row < m_segments->count(); ++row) {
        if (m_segments->item(row)->data(SegmentIdRole).toLongLong() == id)
            m_segments->setCurrentRow(row);
    }
    emit statusMessage(tr("Segment “%1” saved").arg(name.trimmed()));
    return true;
}

void MembersPage::askSaveSegment()
{
    if (!m_db.isOpen())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save segment"), tr("Name of the segment:"), QLineEdit::Normal,
                                               m_panel->summary().left(40), &ok);
    if (ok && !name.trimmed().isEmpty())
        saveSegment(name);
}

void MembersPage::renameSegment(qint64 id)
{
    QString old;
    for (const MemberSegment &s : std::as_const(m_segmentList))
        if (s.id == id)
            old = s.name;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename segment"), tr("New name:"), QLineEdit::Normal, old, &ok);
    if (!ok || name.trimmed().isEmpty() || name.trimmed() == old)
        return;
    if (auto err = SegmentRepository(m_db).rename(id, name))
        QMessageBox::warning(this, tr("Rename segment"), err.message);
    reloadSegments();
}

void MembersPage::deleteSegment(qint64 id)
{
    QString name;
    for (const MemberSegment &s : std::as_const(m_segmentList))
        if (s.id == id)
            name = s.name;
    if (QMessageBox::question(this, tr("Delete segment"),
                              tr("Delete the segment “%1”? The members stay as they are.").arg(name))
        != QMessageBox::Yes)
        return;
    if (auto err = SegmentRepository(m_db).remove(id))
        QMessageBox::warning(this, tr("Delete segment"), err.message);
    reloadSegments();
}

void MembersPage::segmentContextMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_segments->itemAt(pos);
    if (!item)
        return;
    const qint64 id = item->data(SegmentIdRole).toLongLong();
    QMenu menu(this);
    menu.addAction(tr("Apply"), this, [this, id] { applySegment(id); });
    menu.addAction(tr("Save the current filter into it"), this, [this, id] {
        if (auto err = SegmentRepository(m_db).setFilter(id, currentFilter()))
            QMessageBox::warning(this, tr("Save segment"), err.message);
        reloadSegments();
    });
    menu.addAction(tr("Rename…"), this, [this, id] { renameSegment(id); });
    menu.addAction(tr("Delete…"), this, [this, id] { deleteSegment(id); });
    menu.exec(m_segments->viewport()->mapToGlobal(pos));
}

// ------------------------------------------------------------------ columns

void MembersPage::setColumnVisible(int column, bool visible)
{
    if (column < 0 || column >= MemberTableModel::ColumnCount)
        return;
    // The name stays: a row without it says nothing.
    if (column == MemberTableModel::DisplayName)
        visible = true;
    m_view->setColumnHidden(column, !visible);
    QStringList hidden;
    for (int c = 0; c < MemberTableModel::ColumnCount; ++c) {
        if (m_view->isColumnHidden(c))
            hidden.append(columnKey(c));
    }
    QSettings().setValue(HiddenColumnsKey, hidden);
}

void MembersPage::restoreColumns()
{
    const QStringList hidden = QSettings().value(HiddenColumnsKey).toStringList();
    for (int c = 0; c < MemberTableModel::ColumnCount; ++c)
        m_view->setColumnHidden(c, c != MemberTableModel::DisplayName && hidden.contains(columnKey(c)));
}

void MembersPage::headerContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    for (int c = 0; c < MemberTableModel::ColumnCount; ++c) {
        QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_view->isColumnHidden(c));
        a->setEnabled(c != MemberTableModel::DisplayName);
        connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnVisible(c, on); });
    }
    menu.exec(m_view->horizontalHeader()->viewport()->mapToGlobal(pos));
}

// ------------------------------------------------------------------ bulk actions

QList<qint64> MembersPage::selectedMemberIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return m_model->memberIds(rows);
}

void MembersPage::openBulkAction(BulkAction action)
{
    if (!m_db.isOpen() || m_bulkRunning)
        return;
    const QList<qint64> ids = selectedMemberIds();
    BulkActionDialog dialog(action, m_db, ids.size(), m_model->totalCount(), m_model->isCountExact(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool whole = dialog.wholeFilter();
    if (action == BulkAction::Export) {
        const QString path = QFileDialog::getSaveFileName(this, BulkActionDialog::title(action),
                                                          QDir::home().filePath(tr("members.csv")), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportMembers(whole, path, dialog.argument().toBool());
        return;
    }
    const MemberSelection selection = whole ? MemberSelection::ofFilter(currentFilter()) : MemberSelection::ofIds(ids);

    // Ask first, with the number of members it touches.
    const QVariant argument = dialog.argument();
    const QString note = dialog.note();
    const auto confirmAndRun = [this, action, whole, argument, note](const QString &question) {
        if (QMessageBox::question(this, BulkActionDialog::title(action), question) == QMessageBox::Yes)
            runBulkAction(action, whole, argument, note);
    };
    if (action == BulkAction::AddToGroup) {
        // Who would join is a query over the whole filter (a second at a million members): it
        // runs on a worker, and the question comes when it is answered.
        m_bulkRunning = true;
        m_bulkButton->setEnabled(false);
        emit statusMessage(tr("Checking who would join…"));
        struct Answer
        {
            QString error;
            GroupAddPreview preview;
        };
        auto *watcher = new QFutureWatcher<Answer>(this);
        connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher, action, confirmAndRun] {
            const Answer answer = watcher->result();
            watcher->deleteLater();
            m_bulkRunning = false;
            m_bulkButton->setEnabled(true);
            emit statusMessage(QString());
            if (!answer.error.isEmpty()) {
                QMessageBox::warning(this, BulkActionDialog::title(action), answer.error);
                return;
            }
            const GroupAddPreview &preview = answer.preview;
            QString question = tr("Add %Ln member(s) to “%1”?", nullptr, int(preview.joining)).arg(preview.groupName);
            if (preview.alreadyIn + preview.blacklisted > 0)
                question += u'\n' + tr("%L1 already in the group and %L2 blacklisted are skipped.")
                                        .arg(preview.alreadyIn).arg(preview.blacklisted);
            if (preview.exceedsCapacity())
                question += u'\n' + tr("Warning: the group has room for %L1 and holds %L2; it will be over capacity.")
                                        .arg(preview.capacity).arg(preview.openMembers);
            confirmAndRun(question);
        });
        watcher->setFuture(QtConcurrent::run([path = m_db.databaseName(), selection, groupId = argument.toLongLong()] {
            Answer answer;
            Database db;
            if (const DatabaseError err = db.open(path, Database::Mode::NoMigrate))
                answer.error = err.message;
            else if (const DatabaseError previewError = MemberBulkRepository(db.connection()).previewAddToGroup(selection, groupId, &answer.preview))
                answer.error = previewError.message;
            return answer;
        }));
        return;
    }
    const qint64 n = whole ? (m_model->isCountExact() ? m_model->totalCount() : -1) : ids.size();
    confirmAndRun(n >= 0 ? tr("%1: apply to %Ln member(s)?", nullptr, int(std::min<qint64>(n, INT_MAX))).arg(BulkActionDialog::title(action))
                         : tr("%1: apply to every member matching the filter (still counting)?").arg(BulkActionDialog::title(action)));
}

void MembersPage::exportMembers(bool wholeFilter, const QString &path, bool unmasked)
{
    runBulkAction(BulkAction::Export, wholeFilter, path, unmasked ? QStringLiteral("unmasked") : QString());
}

void MembersPage::runBulkAction(BulkAction action, bool wholeFilter, const QVariant &argument, const QString &note)
{
    if (!m_db.isOpen() || m_bulkRunning)
        return;
    const MemberSelection selection = wholeFilter ? MemberSelection::ofFilter(currentFilter())
                                                  : MemberSelection::ofIds(selectedMemberIds());
    if (!wholeFilter && selection.ids.isEmpty()) {
        emit bulkFinished(false, tr("No rows are selected."));
        return;
    }
    m_bulkRunning = true;
    m_bulkButton->setEnabled(false);
    emit statusMessage(tr("%1: working…").arg(BulkActionDialog::title(action)));
    auto *watcher = new QFutureWatcher<BulkOutcome>(this);
    connect(watcher, &QFutureWatcher<BulkOutcome>::finished, this, [this, watcher, action] {
        const BulkOutcome outcome = watcher->result();
        watcher->deleteLater();
        m_bulkRunning = false;
        m_bulkButton->setEnabled(true);
        const QString title = BulkActionDialog::title(action);
        const int n = int(std::min<qint64>(outcome.changed, INT_MAX));
        const QString message = !outcome.error.isEmpty() ? tr("%1 failed: %2").arg(title, outcome.error)
                                : action == BulkAction::Export ? tr("%Ln member(s) exported.", nullptr, n)
                                                               : tr("%1: done, %Ln member(s) changed.", nullptr, n).arg(title);
        emit statusMessage(message);
        if (outcome.error.isEmpty() && action != BulkAction::Export) {
            m_model->reload();
            reloadSegments();
            emit dataChanged();
        }
        emit bulkFinished(outcome.error.isEmpty(), message);
    });
    watcher->setFuture(QtConcurrent::run(runBulkOnWorker, m_db.databaseName(), action, selection, argument, note));
}

// ------------------------------------------------------------------ screenshots

bool MembersPage::saveExtraScreenshots(const QString &dir, const QString &prefix)
{
    if (!m_db.isOpen())
        return true;
    const auto waitFor = [](const std::function<bool()> &done) {
        QElapsedTimer timer;
        timer.start();
        while (!done() && timer.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    };
    const bool wasOpen = m_filterToggle->isChecked();
    const MemberFilter before = m_panel->filter();
    m_filterToggle->setChecked(true);
    // A typical working filter: verified store owners with some points, active this week.
    MemberFilter f;
    f.identity = IdentityType::Store;
    f.verification = VerificationStatus::Verified;
    f.pointsMin = 100;
    f.activeWithinDays = 30;
    m_panel->setFilter(f);
    applyFilter();
    waitFor([this] { return !m_model->isLoading() && m_model->isCountExact(); });
    QCoreApplication::processEvents();
    const bool ok = window()->grab().save(QDir(dir).filePath(prefix + QStringLiteral("-filters.png")));
    m_panel->setFilter(before);
    applyFilter();
    m_filterToggle->setChecked(wasOpen);
    return saveDialogScreenshots(dir, prefix) && ok;
}

bool MembersPage::saveDialogScreenshots(const QString &dir, const QString &prefix)
{
    bool ok = true;
    // A KOC with a history makes the fullest profile: groups, points, score breakdown.
    qint64 memberId = 0;
    MemberFilter kocs;
    kocs.koc = true;
    QList<MemberRow> rows;
    if (!MemberRepository(m_db).page(kocs, MemberSort::Points, Qt::DescendingOrder, std::nullopt, 1, &rows) && !rows.isEmpty())
        memberId = rows.constFirst().id;
    if (memberId > 0) {
        MemberProfileDialog profile(m_db, memberId, this);
        profile.resize(1000, 700);
        profile.show();
        QCoreApplication::processEvents();
        ok = profile.saveScreenshots(dir, prefix + QStringLiteral("-profile")) && ok;
    }
    ok = KocDialog::saveScreenshot(m_db, dir, prefix + QStringLiteral("-koc-dialog")) && ok;
    return ImportWizard::saveScreenshots(dir, prefix + QStringLiteral("-import"), this) && ok;
}

} // namespace qundesk::ui
