#include "calendar/DayListWidget.h"

#include "calendar/DayListDelegate.h"
#include "models/DayListModel.h"
#include "storage/AuditRepository.h"
#include "storage/ContentRepository.h"
#include "storage/DayListRepository.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

constexpr int ClockTickMs = 30 * 1000;

enum MaterialRole { MaterialIdRole = Qt::UserRole + 1 };
// The operator combo keeps the plain name beside the id: the label is translated.
constexpr int OperatorNameRole = Qt::UserRole + 1;
constexpr int OperatorGroupsRole = Qt::UserRole + 2;

QTreeView *makeTree(QWidget *parent, const QString &objectName)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setMouseTracking(true);
    view->setIndentation(14);
    view->header()->setStretchLastSection(true);
    view->header()->setSectionsMovable(false);
    return view;
}

QSettings settings()
{
    return QSettings(QStringLiteral("QunDesk"), QStringLiteral("QunDesk"));
}

} // namespace

DayListWidget::DayListWidget(QWidget *parent)
    : QWidget(parent)
    , m_date(QDate::currentDate())
    , m_today(new DayListModel(this))
    , m_tomorrow(new DayListModel(this))
    , m_clockTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("daylist"));
    setWindowTitle(tr("Today's posts"));
    m_tomorrow->setPreview(true);
    buildUi();
    connect(m_today, &DayListModel::loaded, this, &DayListWidget::onLoaded);
    connect(m_tomorrow, &DayListModel::loaded, this, &DayListWidget::onLoaded);
    connect(m_today, &DayListModel::progressChanged, this, &DayListWidget::updateProgress);
    connect(m_today, &DayListModel::writeFailed, this, [this](const QString &message) {
        feedback(message);
        emit statusMessage(message);
    });
    connect(m_today, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        // A check box in the list changed a post: the detail pane and the calendar follow.
        const DayListItem *item = m_today->itemAt(topLeft);
        if (item && item->entryId == m_detailEntryId)
            showSelected();
    });
    m_clockTimer->setInterval(ClockTickMs);
    connect(m_clockTimer, &QTimer::timeout, this, &DayListWidget::refreshClock);
    m_clockTimer->start();
    updateDateLabels();
    updateProgress();
    showSelected();
}

DayListWidget::~DayListWidget() = default;

QString DayListWidget::operatorSettingsKey()
{
    return QStringLiteral("dayList/operatorId");
}

void DayListWidget::buildUi()
{
    m_operator = new QComboBox(this);
    m_operator->setObjectName(QStringLiteral("operatorCombo"));
    m_operator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_operator->setMinimumContentsLength(10);
    auto *operatorLabel = new QLabel(tr("Operator:"), this);
    operatorLabel->setBuddy(m_operator);

    m_previousDay = new QToolButton(this);
    m_previousDay->setObjectName(QStringLiteral("previousDayButton"));
    m_previousDay->setText(QStringLiteral("◀"));
    m_previousDay->setToolTip(tr("Previous day"));
    m_dateEdit = new QDateEdit(m_date, this);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_nextDay = new QToolButton(this);
    m_nextDay->setObjectName(QStringLiteral("nextDayButton"));
    m_nextDay->setText(QStringLiteral("▶"));
    m_nextDay->setToolTip(tr("Next day"));
    m_todayButton = new QPushButton(tr("Today"), this);
    m_todayButton->setObjectName(QStringLiteral("dayListToday"));
    m_dayLabel = new QLabel(this);
    m_dayLabel->setObjectName(QStringLiteral("dayLabel"));
    QFont dayFont = m_dayLabel->font();
    dayFont.setBold(true);
    dayFont.setPointSizeF(dayFont.pointSizeF() * 1.2);
    m_dayLabel->setFont(dayFont);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(180);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(operatorLabel);
    bar->addWidget(m_operator);
    bar->addSpacing(12);
    bar->addWidget(m_previousDay);
    bar->addWidget(m_dateEdit);
    bar->addWidget(m_nextDay);
    bar->addWidget(m_todayButton);
    bar->addSpacing(12);
    bar->addWidget(m_dayLabel);
    bar->addStretch(1);
    bar->addWidget(m_progressLabel);
    bar->addWidget(m_progress);

    m_delegate = new DayListDelegate(this);
    m_todayView = makeTree(this, QStringLiteral("todayView"));
    m_todayView->setModel(m_today);
    m_todayView->setItemDelegate(m_delegate);
    QHeaderView *header = m_todayView->header();
    header->resizeSection(DayListModel::Time, 90);
    header->resizeSection(DayListModel::Group, 160);
    header->resizeSection(DayListModel::Title, 210);
    header->resizeSection(DayListModel::Status, 175);
    header->resizeSection(DayListModel::Copy, 70);
    auto *copyAction = new QAction(tr("Copy text"), m_todayView);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_todayView->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, [this] { copyEntry(selectedEntryId()); });

    m_emptyHint = new QLabel(this);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setEnabled(false);
    m_emptyHint->hide();

    m_tomorrowLabel = new QLabel(this);
    m_tomorrowLabel->setObjectName(QStringLiteral("tomorrowLabel"));
    QFont tomorrowFont = m_tomorrowLabel->font();
    tomorrowFont.setBold(true);
    m_tomorrowLabel->setFont(tomorrowFont);
    m_tomorrowDelegate = new DayListDelegate(this);
    m_tomorrowView = makeTree(this, QStringLiteral("tomorrowView"));
    m_tomorrowView->setModel(m_tomorrow);
    m_tomorrowView->setItemDelegate(m_tomorrowDelegate);
    m_tomorrowView->header()->resizeSection(DayListModel::Time, 90);
    m_tomorrowView->header()->resizeSection(DayListModel::Group, 160);
    m_tomorrowView->header()->resizeSection(DayListModel::Title, 210);
    // Tomorrow is read ahead, not checked off.
    m_tomorrowView->setColumnHidden(DayListModel::Status, true);
    m_tomorrowView->setColumnHidden(DayListModel::Copy, true);

    auto *todayPane = new QWidget(this);
    auto *todayLayout = new QVBoxLayout(todayPane);
    todayLayout->setContentsMargins(0, 0, 0, 0);
    todayLayout->addWidget(m_todayView, 1);
    todayLayout->addWidget(m_emptyHint, 1);
    auto *tomorrowPane = new QWidget(this);
    auto *tomorrowLayout = new QVBoxLayout(tomorrowPane);
    tomorrowLayout->setContentsMargins(0, 0, 0, 0);
    tomorrowLayout->addWidget(m_tomorrowLabel);
    tomorrowLayout->addWidget(m_tomorrowView, 1);

    auto *lists = new QSplitter(Qt::Vertical, this);
    lists->setObjectName(QStringLiteral("daySplitter"));
    lists->addWidget(todayPane);
    lists->addWidget(tomorrowPane);
    lists->setStretchFactor(0, 3);
    lists->setStretchFactor(1, 1);
    lists->setChildrenCollapsible(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(lists);
    splitter->addWidget(buildDetailPane());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 900, 360 });
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_operator, &QComboBox::activated, this, [this] {
        m_operatorChosen = true;
        settings().setValue(operatorSettingsKey(), operatorId());
        loadDays();
    });
    connect(m_previousDay, &QToolButton::clicked, this, [this] { setDate(m_date.addDays(-1)); });
    connect(m_nextDay, &QToolButton::clicked, this, [this] { setDate(m_date.addDays(1)); });
    connect(m_todayButton, &QPushButton::clicked, this, [this] { setDate(m_today->now().date()); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](const QDate &day) { setDate(day); });
    connect(m_delegate, &DayListDelegate::copyClicked, this, [this](const QModelIndex &index) {
        m_todayView->setCurrentIndex(index.siblingAtColumn(DayListModel::Time));
        copyEntry(index.data(DayListModel::EntryIdRole).toLongLong());
    });
    connect(m_todayView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.data(DayListModel::IsSlotRole).toBool() && index.column() != DayListModel::Status)
            copyEntry(index.data(DayListModel::EntryIdRole).toLongLong());
    });
    connect(m_todayView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (const DayListItem *item = m_today->itemAt(current)) {
                m_tomorrowView->setCurrentIndex(QModelIndex());
                m_detailEntryId = item->entryId;
                showSelected();
            }
        });
    connect(m_tomorrowView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (const DayListItem *item = m_tomorrow->itemAt(current)) {
                m_todayView->setCurrentIndex(QModelIndex());
                m_detailEntryId = item->entryId;
                showSelected();
            }
        });
}

QWidget *DayListWidget::buildDetailPane()
{
    auto *pane = new QWidget(this);
    pane->setObjectName(QStringLiteral("detailPane"));
    m_detailTitle = new QLabel(pane);
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    m_detailTitle->setWordWrap(true);
    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_detailTitle->setFont(titleFont);
    m_detailMeta = new QLabel(pane);
    m_detailMeta->setObjectName(QStringLiteral("detailMeta"));
    m_detailMeta->setWordWrap(true);
    m_detailText = new QPlainTextEdit(pane);
    m_detailText->setObjectName(QStringLiteral("detailText"));
    m_detailText->setReadOnly(true);
    m_detailText->setPlaceholderText(tr("Pick a post to see its full text."));

    m_copyText = new QPushButton(tr("Copy text"), pane);
    m_copyText->setObjectName(QStringLiteral("copyTextButton"));
    m_copyText->setToolTip(tr("Put the text on the clipboard to paste it into the group (Ctrl+C in the list)"));
    m_markDone = new QPushButton(tr("Mark done"), pane);
    m_markDone->setObjectName(QStringLiteral("markDoneButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyText);
    buttons->addWidget(m_markDone);
    buttons->addStretch(1);

    m_materialsLabel = new QLabel(pane);
    m_materialsLabel->setObjectName(QStringLiteral("materialsLabel"));
    m_materials = new QListWidget(pane);
    m_materials->setObjectName(QStringLiteral("materialsList"));
    m_materials->setMaximumHeight(120);
    m_copyMaterial = new QPushButton(tr("Copy material"), pane);
    m_copyMaterial->setObjectName(QStringLiteral("copyMaterialButton"));
    m_feedback = new QLabel(pane);
    m_feedback->setObjectName(QStringLiteral("feedbackLabel"));
    m_feedback->setWordWrap(true);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_detailTitle);
    layout->addWidget(m_detailMeta);
    layout->addWidget(m_detailText, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_materialsLabel);
    layout->addWidget(m_materials);
    layout->addWidget(m_copyMaterial, 0, Qt::AlignLeft);
    layout->addWidget(m_feedback);

    connect(m_copyText, &QPushButton::clicked, this, [this] { copyEntry(m_detailEntryId); });
    connect(m_markDone, &QPushButton::clicked, this, &DayListWidget::toggleSelectedDone);
    connect(m_copyMaterial, &QPushButton::clicked, this, &DayListWidget::copySelectedMaterial);
    connect(m_materials, &QListWidget::itemDoubleClicked, this, &DayListWidget::copySelectedMaterial);
    connect(m_materials, &QListWidget::currentRowChanged, this,
        [this](int row) { m_copyMaterial->setEnabled(row >= 0); });
    return pane;
}

void DayListWidget::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    m_today->setDatabase(db);
    m_tomorrow->setDatabase(db);
    m_operatorChosen = false;
    m_detailEntryId = 0;
    reload();
}

void DayListWidget::reload()
{
    reloadOperators();
    loadDays();
}

void DayListWidget::reloadOperators()
{
    const qint64 current = operatorId();
    QList<DayListOperator> operators;
    if (m_db.isValid() && m_db.isOpen()) {
        if (auto err = DayListRepository(m_db).listOperators(&operators))
            emit statusMessage(tr("Cannot list the operators: %1").arg(err.message));
    }
    const QSignalBlocker blocker(m_operator);
    m_operator->clear();
    for (const DayListOperator &op : std::as_const(operators)) {
        m_operator->addItem(tr("%1 (%n group(s))", nullptr, op.groups).arg(op.name), op.id);
        m_operator->setItemData(m_operator->count() - 1, op.name, OperatorNameRole);
        m_operator->setItemData(m_operator->count() - 1, op.groups, OperatorGroupsRole);
    }
    int index = m_operatorChosen ? m_operator->findData(current) : -1;
    if (index < 0)
        index = m_operator->findData(defaultOperatorId());
    m_operator->setCurrentIndex(index < 0 && m_operator->count() > 0 ? 0 : index);
    m_operator->setEnabled(m_operator->count() > 0);
}

qint64 DayListWidget::defaultOperatorId() const
{
    // The operator named like the person at the desk, else the one picked last time, else the
    // first one who runs groups.
    const QString actor = AuditRepository::currentActor().trimmed();
    for (int i = 0; i < m_operator->count(); ++i) {
        if (m_operator->itemData(i, OperatorNameRole).toString().trimmed() == actor)
            return m_operator->itemData(i).toLongLong();
    }
    const qint64 remembered = settings().value(operatorSettingsKey()).toLongLong();
    if (remembered > 0 && m_operator->findData(remembered) >= 0)
        return remembered;
    for (int i = 0; i < m_operator->count(); ++i) {
        if (m_operator->itemData(i, OperatorGroupsRole).toInt() > 0)
            return m_operator->itemData(i).toLongLong();
    }
    return 0;
}

void DayListWidget::setOperator(qint64 id)
{
    const int index = m_operator->findData(id);
    if (index < 0)
        return;
    m_operatorChosen = true;
    {
        const QSignalBlocker blocker(m_operator);
        m_operator->setCurrentIndex(index);
    }
    loadDays();
}

qint64 DayListWidget::operatorId() const
{
    return m_operator->currentIndex() < 0 ? 0 : m_operator->currentData().toLongLong();
}

void DayListWidget::setDate(const QDate &day)
{
    if (!day.isValid() || day == m_date)
        return;
    m_date = day;
    m_followsToday = day == m_today->now().date();
    {
        const QSignalBlocker blocker(m_dateEdit);
        m_dateEdit->setDate(day);
    }
    loadDays();
}

void DayListWidget::setClock(std::function<QDateTime()> clock)
{
    m_today->setClock(clock);
    m_tomorrow->setClock(clock);
    updateProgress();
    showSelected();
}

bool DayListWidget::isLoading() const
{
    return m_today->isLoading() || m_tomorrow->isLoading();
}

void DayListWidget::loadDays()
{
    const qint64 op = operatorId();
    m_today->setOperator(op);
    m_today->setDate(m_date);
    m_tomorrow->setOperator(op);
    m_tomorrow->setDate(m_date.addDays(1));
    m_today->reload();
    m_tomorrow->reload();
    updateDateLabels();
}

void DayListWidget::onLoaded(const QString &error)
{
    if (!error.isEmpty()) {
        feedback(tr("Cannot load the day list: %1").arg(error));
        emit statusMessage(tr("Cannot load the day list: %1").arg(error));
    }
    auto *model = qobject_cast<DayListModel *>(sender());
    QTreeView *view = model == m_tomorrow ? m_tomorrowView : m_todayView;
    spanSlotRows(view);
    view->expandAll();
    if (model == m_today) {
        const bool empty = m_today->rowCount() == 0;
        m_emptyHint->setText(m_operator->count() == 0
                ? tr("There are no operators yet. Add operators and assign groups to them; their posts appear here.")
                : tr("Nothing to post on %1 for %2.")
                      .arg(QLocale().toString(m_date, QLocale::ShortFormat),
                          m_operator->currentData(OperatorNameRole).toString()));
        m_emptyHint->setVisible(empty);
        m_todayView->setVisible(!empty);
        updateProgress();
    }
    updateDateLabels();
    // Keep the post shown in the detail pane selected across reloads.
    const QModelIndex again = model->indexOfEntry(m_detailEntryId);
    if (again.isValid())
        view->setCurrentIndex(again);
    showSelected();
}

void DayListWidget::spanSlotRows(QTreeView *view)
{
    for (int row = 0; row < view->model()->rowCount(); ++row)
        view->setFirstColumnSpanned(row, QModelIndex(), true);
}

void DayListWidget::updateProgress()
{
    const DayListSummary s = m_today->summary();
    m_progress->setRange(0, std::max(1, s.total));
    m_progress->setValue(s.done);
    QString text = tr("%1 of %2 done").arg(s.done).arg(s.total);
    if (s.overdue > 0)
        text += QStringLiteral(" · ") + tr("%n overdue", nullptr, s.overdue);
    m_progressLabel->setText(text);
    m_progressLabel->setStyleSheet(s.overdue > 0 ? QStringLiteral("color: #c62828;") : QString());
    m_progress->setToolTip(text);
}

void DayListWidget::updateDateLabels()
{
    const QLocale locale;
    m_dayLabel->setText(locale.toString(m_date, tr("dddd, MMM d")));
    const QDate today = m_today->now().date();
    m_todayButton->setEnabled(m_date != today);
    const QDate next = m_date.addDays(1);
    const int posts = int(m_tomorrow->summary().total);
    const QString day = locale.toString(next, tr("dddd, MMM d"));
    m_tomorrowLabel->setText(m_date == today
            ? tr("Tomorrow, %1: %n post(s)", nullptr, posts).arg(day)
            : tr("Next day, %1: %n post(s)", nullptr, posts).arg(day));
}

const DayListItem *DayListWidget::selectedItem() const
{
    if (m_detailEntryId <= 0)
        return nullptr;
    if (const DayListItem *item = m_today->itemAt(m_today->indexOfEntry(m_detailEntryId)))
        return item;
    return m_tomorrow->itemAt(m_tomorrow->indexOfEntry(m_detailEntryId));
}

qint64 DayListWidget::selectedEntryId() const
{
    const DayListItem *item = selectedItem();
    return item ? item->entryId : 0;
}

void DayListWidget::showSelected()
{
    const DayListItem *item = selectedItem();
    const bool fromToday = item && m_today->indexOfEntry(item->entryId).isValid();
    m_copyText->setEnabled(item != nullptr);
    m_markDone->setEnabled(fromToday && item->counts());
    m_markDone->setText(item && item->status == ScheduleStatus::Done ? tr("Undo done") : tr("Mark done"));
    m_markDone->setToolTip(item && item->status == ScheduleStatus::Done
            ? tr("Set the post back to planned")
            : tr("Record that the post went out now"));
    if (!item) {
        m_detailTitle->setText(tr("No post selected"));
        m_detailMeta->clear();
        m_detailText->clear();
        m_materials->clear();
        m_materialsLabel->setText(tr("Attached materials"));
        m_materials->setEnabled(false);
        m_copyMaterial->setEnabled(false);
        return;
    }
    DayListModel *model = fromToday ? m_today : m_tomorrow;
    QTreeView *view = fromToday ? m_todayView : m_tomorrowView;
    const QModelIndex row = model->indexOfEntry(item->entryId);
    if (view->currentIndex().siblingAtColumn(DayListModel::Time) != row)
        view->setCurrentIndex(row);
    const QModelIndex index = row.siblingAtColumn(DayListModel::Status);
    m_detailTitle->setText(item->title);
    QString meta = QStringLiteral("%1 %2 · %3 · %4")
                       .arg(QLocale().toString(item->scheduledAt.date(), tr("MMM d")),
                           item->time().toString(QStringLiteral("HH:mm")), item->groupName,
                           index.data(Qt::DisplayRole).toString());
    if (item->kind)
        meta += QStringLiteral(" · ") + contentKindLabel(*item->kind);
    m_detailMeta->setText(meta);
    m_detailMeta->setStyleSheet(item->isOverdue(model->now()) ? QStringLiteral("color: #c62828;") : QString());
    if (m_detailText->toPlainText() != item->text)
        m_detailText->setPlainText(item->text);

    QList<DayListMaterial> materials;
    if (auto err = DayListRepository(m_db).materials(item->contentItemId, &materials))
        feedback(err.message);
    const qint64 keep = m_materials->currentItem() ? m_materials->currentItem()->data(MaterialIdRole).toLongLong() : 0;
    m_materials->clear();
    for (const DayListMaterial &m : std::as_const(materials)) {
        auto *entry = new QListWidgetItem(QStringLiteral("%1 · %2").arg(materialKindLabel(m.kind), m.title), m_materials);
        entry->setData(MaterialIdRole, m.id);
        entry->setToolTip(m.kind == MaterialKind::Copy ? m.body : (m.filePath.isEmpty() ? m.mimeType : m.filePath));
        if (m.id == keep)
            m_materials->setCurrentItem(entry);
    }
    if (!m_materials->currentItem() && m_materials->count() > 0)
        m_materials->setCurrentRow(0);
    m_materialsLabel->setText(materials.isEmpty() ? tr("No attached materials")
                                                  : tr("Attached materials (%1)").arg(materials.size()));
    m_materials->setEnabled(!materials.isEmpty());
    m_copyMaterial->setEnabled(m_materials->currentRow() >= 0);
}

void DayListWidget::toggleSelectedDone()
{
    const DayListItem *item = selectedItem();
    if (!item || !m_today->indexOfEntry(item->entryId).isValid())
        return;
    const bool done = item->status != ScheduleStatus::Done;
    const qint64 id = item->entryId;
    const QString title = item->title;
    if (auto err = m_today->setEntryDone(id, done)) {
        feedback(err.message);
        emit statusMessage(err.message);
        return;
    }
    const QString message = done ? tr("“%1” marked done at %2.").arg(title, m_today->now().toString(QStringLiteral("HH:mm")))
                                 : tr("“%1” is planned again.").arg(title);
    feedback(message);
    emit statusMessage(message);
    emit dataChanged();
    showSelected();
}

bool DayListWidget::copyEntry(qint64 entryId)
{
    const DayListItem *item = nullptr;
    for (DayListModel *model : { m_today, m_tomorrow }) {
        if (!item)
            item = model->itemAt(model->indexOfEntry(entryId));
    }
    if (!item)
        return false;
    QGuiApplication::clipboard()->setText(item->text.trimmed().isEmpty() ? item->title : item->text);
    QString message = tr("Text of “%1” copied for %2.").arg(item->title, item->groupName);
    if (item->materialCount > 0) {
        message = tr("%1 It has %n attached material(s): copy them from the list on the right.", nullptr,
            item->materialCount)
                      .arg(message);
    }
    if (m_detailEntryId != entryId) {
        m_detailEntryId = entryId;
        showSelected();
    }
    feedback(message);
    emit statusMessage(message);
    return true;
}

bool DayListWidget::copyMaterial(qint64 materialId)
{
    Material m;
    if (auto err = ContentRepository(m_db).material(materialId, &m)) {
        feedback(err.message);
        return false;
    }
    auto *mime = new QMimeData;
    if (m.kind == MaterialKind::Copy || (m.data.isEmpty() && m.filePath.isEmpty())) {
        mime->setText(m.body);
    } else if (!m.data.isEmpty()) {
        QImage image;
        if (image.loadFromData(m.data))
            mime->setImageData(image);
        if (!m.mimeType.isEmpty())
            mime->setData(m.mimeType, m.data);
    } else {
        mime->setUrls({ QUrl::fromLocalFile(m.filePath) });
        mime->setText(m.filePath);
        QImage image;
        if (QFileInfo::exists(m.filePath) && image.load(m.filePath))
            mime->setImageData(image);
    }
    QGuiApplication::clipboard()->setMimeData(mime);
    const QString message = tr("Material “%1” copied.").arg(m.title);
    feedback(message);
    emit statusMessage(message);
    return true;
}

void DayListWidget::copySelectedMaterial()
{
    if (const QListWidgetItem *item = m_materials->currentItem())
        copyMaterial(item->data(MaterialIdRole).toLongLong());
}

void DayListWidget::refreshClock()
{
    m_today->refreshNow();
    m_tomorrow->refreshNow();
    // Left open overnight, the list moves on to the new day.
    if (m_followsToday && m_today->now().date() != m_date) {
        setDate(m_today->now().date());
        return;
    }
    updateProgress();
    showSelected();
}

void DayListWidget::feedback(const QString &text)
{
    m_feedback->setText(text);
}

bool DayListWidget::saveScreenshots(const QString &dir, const QString &prefix)
{
    QElapsedTimer waited;
    waited.start();
    while (isLoading() && waited.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    if (m_detailEntryId <= 0 && m_today->rowCount() > 0) {
        // Show a post in the detail pane: the first overdue one, else the first one.
        QModelIndex pick;
        for (const DayListItem &item : m_today->items()) {
            if (item.isOverdue(m_today->now())) {
                pick = m_today->indexOfEntry(item.entryId);
                break;
            }
        }
        if (!pick.isValid() && !m_today->items().isEmpty())
            pick = m_today->indexOfEntry(m_today->items().constFirst().entryId);
        m_todayView->setCurrentIndex(pick);
    }
    QApplication::processEvents();
    QDir().mkpath(dir);
    return grab().save(QDir(dir).filePath(prefix + QStringLiteral("-daylist.png")));
}

} // namespace qundesk::ui
