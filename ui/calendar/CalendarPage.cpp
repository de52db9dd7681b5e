#include "calendar/CalendarPage.h"

#include "models/ScheduleTableModel.h"
#include "models/SopStepModel.h"
#include "models/SopTemplateModel.h"
#include "storage/ScheduleRepository.h"
#include "storage/SopRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

QTableView *makeTable(QWidget *parent, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

CalendarPage::CalendarPage(QWidget *parent)
    : Page(parent)
    , m_scheduleModel(new ScheduleTableModel(this))
    , m_scheduleProxy(new QSortFilterProxyModel(this))
    , m_templateModel(new SopTemplateModel(this))
    , m_stepModel(new SopStepModel(this))
{
    setWindowTitle(tr("Content calendar"));
    m_scheduleProxy->setSourceModel(m_scheduleModel);
    m_scheduleProxy->setSortRole(ScheduleTableModel::SortRole);
    m_scheduleProxy->setSortLocaleAware(true);
    buildUi();
    setWeek(QDate::currentDate());
}

CalendarPage::~CalendarPage() = default;

void CalendarPage::buildUi()
{
    m_previousWeek = new QToolButton(this);
    m_previousWeek->setObjectName(QStringLiteral("previousWeekButton"));
    m_previousWeek->setText(QStringLiteral("◀"));
    m_previousWeek->setToolTip(tr("Previous week"));
    m_thisWeek = new QPushButton(tr("This week"), this);
    m_thisWeek->setObjectName(QStringLiteral("thisWeekButton"));
    m_nextWeek = new QToolButton(this);
    m_nextWeek->setObjectName(QStringLiteral("nextWeekButton"));
    m_nextWeek->setText(QStringLiteral("▶"));
    m_nextWeek->setToolTip(tr("Next week"));
    m_weekLabel = new QLabel(this);
    m_weekLabel->setObjectName(QStringLiteral("weekLabel"));
    QFont weekFont = m_weekLabel->font();
    weekFont.setBold(true);
    weekFont.setPointSizeF(weekFont.pointSizeF() * 1.25);
    m_weekLabel->setFont(weekFont);

    m_groupFilter = new QComboBox(this);
    m_groupFilter->setObjectName(QStringLiteral("groupFilter"));
    m_groupFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_groupFilter->setMinimumContentsLength(12);
    auto *groupLabel = new QLabel(tr("Group:"), this);
    groupLabel->setBuddy(m_groupFilter);
    m_markDone = new QPushButton(tr("Mark done"), this);
    m_markDone->setObjectName(QStringLiteral("markDoneButton"));
    m_markDone->setToolTip(tr("Record that the selected post went out now"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previousWeek);
    bar->addWidget(m_thisWeek);
    bar->addWidget(m_nextWeek);
    bar->addSpacing(12);
    bar->addWidget(m_weekLabel);
    bar->addStretch(1);
    bar->addWidget(groupLabel);
    bar->addWidget(m_groupFilter);
    bar->addSpacing(12);
    bar->addWidget(m_markDone);

    m_scheduleView = makeTable(this, QStringLiteral("scheduleView"));
    m_scheduleView->setModel(m_scheduleProxy);
    m_scheduleView->setSortingEnabled(true);
    m_scheduleView->sortByColumn(ScheduleTableModel::Date, Qt::AscendingOrder);
    QHeaderView *header = m_scheduleView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The title gets a readable width of its own (longer English labels elsewhere would squeeze
    // a stretched column to nothing); the last column takes what is left.
    header->setSectionResizeMode(ScheduleTableModel::Title, QHeaderView::Interactive);
    header->resizeSection(ScheduleTableModel::Title, 230);
    header->setStretchLastSection(true);
    m_emptyHint = new QLabel(
        tr("Nothing is planned for this week. Apply an SOP template to a group to fill its calendar."), this);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setEnabled(false);

    auto *schedulePane = new QWidget(this);
    auto *scheduleLayout = new QVBoxLayout(schedulePane);
    scheduleLayout->setContentsMargins(0, 0, 0, 0);
    scheduleLayout->addWidget(m_scheduleView, 1);
    scheduleLayout->addWidget(m_emptyHint);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(schedulePane);
    splitter->addWidget(buildTemplatePanel());
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    // The week's table has eight columns; give it most of the width from the start.
    splitter->setSizes({ 920, 360 });
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_previousWeek, &QToolButton::clicked, this, [this] { setWeek(m_weekStart.addDays(-7)); });
    connect(m_nextWeek, &QToolButton::clicked, this, [this] { setWeek(m_weekStart.addDays(7)); });
    connect(m_thisWeek, &QPushButton::clicked, this, [this] { setWeek(QDate::currentDate()); });
    connect(m_groupFilter, &QComboBox::currentIndexChanged, this, [this] {
        ScheduleFilter filter = m_scheduleModel->filter();
        filter.groupId = filterGroupId();
        m_scheduleModel->setFilter(filter);
        showWeek();
    });
    connect(m_markDone, &QPushButton::clicked, this, &CalendarPage::markSelectedDone);
    connect(
        m_scheduleView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CalendarPage::updateActions);
    connect(m_scheduleModel, &QAbstractItemModel::dataChanged, this, &CalendarPage::updateActions);
}

QWidget *CalendarPage::buildTemplatePanel()
{
    auto *box = new QGroupBox(tr("SOP templates"), this);
    m_templateView = makeTable(box, QStringLiteral("templateView"));
    m_templateView->setModel(m_templateModel);
    m_templateView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_templateView->horizontalHeader()->setSectionResizeMode(SopTemplateModel::Name, QHeaderView::Stretch);
    m_templateDescription = new QLabel(box);
    m_templateDescription->setObjectName(QStringLiteral("templateDescription"));
    m_templateDescription->setWordWrap(true);
    m_stepView = makeTable(box, QStringLiteral("stepView"));
    m_stepView->setModel(m_stepModel);
    m_stepView->setSelectionMode(QAbstractItemView::NoSelection);
    m_stepView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stepView->horizontalHeader()->setSectionResizeMode(SopStepModel::Title, QHeaderView::Stretch);

    m_applyStart = new QDateEdit(box);
    m_applyStart->setObjectName(QStringLiteral("applyStartDate"));
    m_applyStart->setCalendarPopup(true);
    m_applyStart->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_applyTemplate = new QPushButton(tr("Apply to group"), box);
    m_applyTemplate->setObjectName(QStringLiteral("applyTemplateButton"));
    m_installTemplates = new QPushButton(tr("Add built-in templates"), box);
    m_installTemplates->setObjectName(QStringLiteral("installTemplatesButton"));
    m_installTemplates->setToolTip(tr("Adds the new-member 7-day plan and the weekly activity calendar"));

    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(new QLabel(tr("Start:"), box));
    applyRow->addWidget(m_applyStart);
    applyRow->addWidget(m_applyTemplate);
    applyRow->addStretch(1);
    applyRow->addWidget(m_installTemplates);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_templateView, 1);
    layout->addWidget(m_templateDescription);
    layout->addWidget(m_stepView, 3);
    layout->addLayout(applyRow);

    connect(m_templateView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CalendarPage::showSelectedTemplate);
    connect(m_applyTemplate, &QPushButton::clicked, this, &CalendarPage::applySelectedTemplate);
    connect(m_installTemplates, &QPushButton::clicked, this, &CalendarPage::installBuiltinTemplates);
    return box;
}

void CalendarPage::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    m_scheduleModel->setDatabase(db);
    m_templateModel->setDatabase(db);
    m_stepModel->setDatabase(db);
    reload();
}

void CalendarPage::reload()
{
    reloadGroups(); // re-filters and reloads the week
    reloadTemplates();
    updateActions();
}

void CalendarPage::setWeek(const QDate &day)
{
    m_weekStart = qundesk::weekStart(day.isValid() ? day : QDate::currentDate());
    const QDate end = m_weekStart.addDays(6);
    m_weekLabel->setText(weekRangeText(m_weekStart, end));
    m_thisWeek->setEnabled(m_weekStart != qundesk::weekStart(QDate::currentDate()));
    m_applyStart->setDate(m_weekStart);
    m_scheduleModel->setRange(m_weekStart, end);
    showWeek();
}

int CalendarPage::entryCount() const
{
    return m_scheduleModel->rowCount();
}

void CalendarPage::showWeek()
{
    if (auto err = m_scheduleModel->reload())
        emit statusMessage(tr("Cannot load the calendar: %1").arg(err.message));
    else
        announce();
    m_emptyHint->setVisible(m_scheduleModel->rowCount() == 0);
    updateActions();
}

void CalendarPage::announce()
{
    emit statusMessage(tr("%1 entries this week, %2 done")
                           .arg(m_scheduleModel->rowCount())
                           .arg(m_scheduleModel->countWithStatus(ScheduleStatus::Done)));
}

void CalendarPage::reloadGroups()
{
    const qint64 current = filterGroupId();
    QList<GroupChoice> groups;
    if (m_db.isValid() && m_db.isOpen()) {
        if (auto err = ScheduleRepository(m_db).listGroupChoices(&groups))
            emit statusMessage(tr("Cannot list the groups: %1").arg(err.message));
    }
    {
        const QSignalBlocker blocker(m_groupFilter);
        m_groupFilter->clear();
        m_groupFilter->addItem(tr("All groups"), qint64(0));
        for (const GroupChoice &g : std::as_const(groups))
            m_groupFilter->addItem(g.name, g.id);
        const int index = m_groupFilter->findData(current);
        m_groupFilter->setCurrentIndex(index < 0 ? 0 : index);
    }
    ScheduleFilter filter = m_scheduleModel->filter();
    filter.groupId = filterGroupId();
    m_scheduleModel->setFilter(filter);
    showWeek();
}

void CalendarPage::reloadTemplates()
{
    const qint64 current = selectedTemplateId();
    if (auto err = m_templateModel->reload())
        emit statusMessage(tr("Cannot load the SOP templates: %1").arg(err.message));
    int row = m_templateModel->rowOfTemplate(current);
    if (row < 0 && m_templateModel->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_templateView->selectRow(row);
    else
        showSelectedTemplate();
}

void CalendarPage::showSelectedTemplate()
{
    const QModelIndex current = m_templateView->currentIndex();
    if (!current.isValid()) {
        m_stepModel->setTemplate({});
        m_templateDescription->clear();
    } else {
        const SopTemplate &sop = m_templateModel->templateAt(current.row());
        m_stepModel->setTemplate(sop);
        m_templateDescription->setText(sop.description);
    }
    updateActions();
}

qint64 CalendarPage::selectedEntryId() const
{
    const QModelIndexList rows = m_scheduleView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_scheduleProxy->data(rows.first(), ScheduleTableModel::EntryIdRole).toLongLong();
}

qint64 CalendarPage::selectedTemplateId() const
{
    const QModelIndex current = m_templateView->currentIndex();
    return current.isValid() ? m_templateModel->data(current, SopTemplateModel::TemplateIdRole).toLongLong() : 0;
}

qint64 CalendarPage::filterGroupId() const
{
    return m_groupFilter->currentIndex() < 0 ? 0 : m_groupFilter->currentData().toLongLong();
}

void CalendarPage::updateActions()
{
    const bool open = m_db.isValid() && m_db.isOpen();
    const qint64 entry = selectedEntryId();
    const int row = m_scheduleModel->rowOfEntry(entry);
    m_markDone->setEnabled(open && row >= 0 && m_scheduleModel->rowAt(row).entry.status != ScheduleStatus::Done);
    const bool canApply = open && selectedTemplateId() > 0 && filterGroupId() > 0;
    m_applyTemplate->setEnabled(canApply);
    m_applyTemplate->setToolTip(filterGroupId() > 0
            ? tr("Put the selected template on %1's calendar from the start date").arg(m_groupFilter->currentText())
            : tr("Choose a group in the group filter first"));
    m_installTemplates->setEnabled(open);
}

void CalendarPage::reportError(const QString &title, const QString &message)
{
    emit statusMessage(message);
    QMessageBox::warning(this, title, message);
}

void CalendarPage::markSelectedDone()
{
    const qint64 id = selectedEntryId();
    if (id <= 0)
        return;
    if (auto err = ScheduleRepository(m_db).markDone(id, QDateTime::currentDateTime())) {
        reportError(tr("Mark done"), err.message);
        return;
    }
    showWeek();
    emit dataChanged();
}

void CalendarPage::applySelectedTemplate()
{
    const qint64 templateId = selectedTemplateId();
    const qint64 groupId = filterGroupId();
    if (templateId <= 0 || groupId <= 0)
        return;
    int created = 0;
    if (auto err = SopRepository(m_db).apply(templateId, groupId, m_applyStart->date(), nullptr, &created)) {
        reportError(tr("Apply SOP template"), err.message);
        return;
    }
    showWeek();
    emit dataChanged();
    emit statusMessage(tr("%1 entries added to %2's calendar").arg(created).arg(m_groupFilter->currentText()));
}

void CalendarPage::installBuiltinTemplates()
{
    int installed = 0;
    if (auto err = SopRepository(m_db).installBuiltinTemplates(&installed)) {
        reportError(tr("Add built-in templates"), err.message);
        return;
    }
    reloadTemplates();
    emit dataChanged();
    emit statusMessage(installed > 0 ? tr("%1 built-in templates added").arg(installed)
                                     : tr("The built-in templates are already there"));
}

QString CalendarPage::weekRangeText(const QDate &from, const QDate &to)
{
    // Named placeholders let each language order and drop parts freely (Chinese drops the
    // English month names, English drops the month numbers).
    QString text;
    if (from.year() != to.year())
        text = tr("{monthName} {day}, {year} – {monthName2} {day2}, {year2}");
    else if (from.month() != to.month())
        text = tr("{monthName} {day} – {monthName2} {day2}, {year}");
    else
        text = tr("{monthName} {day}–{day2}, {year}");
    const QLocale english(QLocale::English);
    return text.replace(QStringLiteral("{monthName2}"), english.monthName(to.month(), QLocale::ShortFormat))
        .replace(QStringLiteral("{monthName}"), english.monthName(from.month(), QLocale::ShortFormat))
        .replace(QStringLiteral("{month2}"), QString::number(to.month()))
        .replace(QStringLiteral("{month}"), QString::number(from.month()))
        .replace(QStringLiteral("{day2}"), QString::number(to.day()))
        .replace(QStringLiteral("{day}"), QString::number(from.day()))
        .replace(QStringLiteral("{year2}"), QString::number(to.year()))
        .replace(QStringLiteral("{year}"), QString::number(from.year()));
}

} // namespace qundesk::ui
