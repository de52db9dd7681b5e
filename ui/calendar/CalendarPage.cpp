#include "calendar/CalendarPage.h"

#include "UndoButtons.h"
#include "calendar/CalendarExportDialog.h"
#include "calendar/CalendarFilter.h"
#include "calendar/DayListWidget.h"
#include "calendar/EntryEditorDialog.h"
#include "calendar/KeywordReplyPage.h"
#include "calendar/LibraryPage.h"
#include "calendar/MaterialPage.h"
#include "calendar/SopPage.h"
#include "calendar/MonthView.h"
#include "calendar/WeekView.h"
#include "models/CalendarLoader.h"
#include "storage/ScheduleRepository.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDeadlineTimer>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

// Moving a chip: every entry of it to the new time, and back on undo. Both directions go
// through ScheduleRepository::rescheduleMany (one transaction, one audit entry each way).
// The page performs the move before pushing, so the stack's first redo() does nothing.
class MoveChipCommand final : public QUndoCommand
{
public:
    MoveChipCommand(const QSqlDatabase &db, QList<ScheduleMove> forward, QList<ScheduleMove> backward,
        const QString &text, std::function<void(const QString &)> done)
        : m_db(db)
        , m_forward(std::move(forward))
        , m_backward(std::move(backward))
        , m_done(std::move(done))
    {
        setText(text);
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        run(m_forward);
    }
    void undo() override { run(m_backward); }

private:
    void run(const QList<ScheduleMove> &moves)
    {
        const DatabaseError err = ScheduleRepository(m_db).rescheduleMany(moves);
        if (err)
            setObsolete(true); // someone changed or deleted the entries meanwhile
        m_done(err ? err.message : QString());
    }

    QSqlDatabase m_db;
    QList<ScheduleMove> m_forward;
    QList<ScheduleMove> m_backward;
    std::function<void(const QString &)> m_done;
    bool m_first = true;
};

constexpr int GroupTooltipNames = 15;

} // namespace

CalendarPage::CalendarPage(QWidget *parent)
    : Page(parent)
    , m_date(QDate::currentDate())
    , m_loader(new CalendarLoader(this))
    , m_undo(new QUndoStack(this))
{
    setWindowTitle(tr("Content calendar"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("calendarTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildCalendarTab(), tr("Calendar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    addLibraryTabs();

    connect(m_loader, &CalendarLoader::weekLoaded, this, &CalendarPage::showWeek);
    connect(m_loader, &CalendarLoader::monthLoaded, this, &CalendarPage::showMonth);
    connect(m_loader, &CalendarLoader::failed, this, &CalendarPage::loadFailed);
    updateRange();
}

CalendarPage::~CalendarPage() = default;

QWidget *CalendarPage::buildCalendarTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("calendarTab"));

    m_previous = new QToolButton(tab);
    m_previous->setObjectName(QStringLiteral("previousButton"));
    m_previous->setText(QStringLiteral("◀"));
    m_previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_today = new QPushButton(tr("Today"), tab);
    m_today->setObjectName(QStringLiteral("todayButton"));
    m_next = new QToolButton(tab);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setText(QStringLiteral("▶"));
    m_next->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_rangeLabel = new QLabel(tab);
    m_rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    QFont rangeFont = m_rangeLabel->font();
    rangeFont.setBold(true);
    rangeFont.setPointSizeF(rangeFont.pointSizeF() * 1.25);
    m_rangeLabel->setFont(rangeFont);
    m_jump = new QDateEdit(tab);
    m_jump->setObjectName(QStringLiteral("jumpDate"));
    m_jump->setCalendarPopup(true);
    m_jump->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_jump->setToolTip(tr("Go to a date"));

    auto *weekButton = new QToolButton(tab);
    weekButton->setObjectName(QStringLiteral("weekModeButton"));
    weekButton->setText(tr("Week"));
    weekButton->setCheckable(true);
    weekButton->setChecked(true);
    auto *monthButton = new QToolButton(tab);
    monthButton->setObjectName(QStringLiteral("monthModeButton"));
    monthButton->setText(tr("Month"));
    monthButton->setCheckable(true);
    m_modeButtons = new QButtonGroup(tab);
    m_modeButtons->setExclusive(true);
    m_modeButtons->addButton(weekButton, int(Mode::Week));
    m_modeButtons->addButton(monthButton, int(Mode::Month));

    const UndoButtons undo = addUndoRedo(tab, m_undo);
    m_newEntry = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("New post…"), tab);
    m_newEntry->setObjectName(QStringLiteral("newEntryButton"));
    m_newEntry->setToolTip(tr("Plan a post for one group or for every group a selector picks"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    bar->addSpacing(12);
    bar->addWidget(m_rangeLabel);
    bar->addStretch(1);
    bar->addWidget(m_jump);
    bar->addSpacing(12);
    bar->addWidget(weekButton);
    bar->addWidget(monthButton);
    bar->addSpacing(12);
    bar->addWidget(m_newEntry);
    m_export = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Export…"), tab);
    m_export->setObjectName(QStringLiteral("calendarExport"));
    m_export->setToolTip(tr("Export the posts shown as iCalendar (.ics), CSV or a printable PDF week"));
    bar->addWidget(m_export);
    bar->addSpacing(12);
    bar->addWidget(undo.undo);
    bar->addWidget(undo.redo);

    m_filter = new CalendarFilter(tab);
    m_filter->setObjectName(QStringLiteral("calendarFilter"));

    m_weekView = new WeekView(tab);
    m_weekView->setGroupNamesProvider([this](const CalendarChip &chip) { return groupNamesOf(chip); });
    m_monthView = new MonthView(tab);
    m_stack = new QStackedWidget(tab);
    m_stack->addWidget(m_weekView);
    m_stack->addWidget(m_monthView);

    m_summary = new QLabel(tab);
    m_summary->setObjectName(QStringLiteral("calendarSummary"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);

    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_today, &QPushButton::clicked, this, [this] { setDate(QDate::currentDate()); });
    connect(m_jump, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (d != m_date)
            setDate(d);
    });
    connect(m_modeButtons, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    connect(m_filter, &CalendarFilter::filterChanged, this, [this] { load(); });
    connect(m_weekView, &WeekView::chipDropped, this, &CalendarPage::moveChip);
    connect(m_weekView, &WeekView::chipActivated, this, [this](const CalendarChip &chip) {
        emit editRequested(chip);
        editChip(chip);
    });
    connect(m_weekView, &WeekView::cellActivated, this, [this](const QDateTime &at) {
        emit newEntryRequested(at);
        newEntry(at);
    });
    connect(m_newEntry, &QPushButton::clicked, this, [this] {
        // Today when the shown week or month holds it, else the first day shown.
        const QDate today = QDate::currentDate();
        QDate day = m_mode == Mode::Week ? weekStart() : QDate(m_date.year(), m_date.month(), 1);
        if (m_mode == Mode::Week ? qundesk::weekStart(today) == weekStart()
                                 : today.year() == m_date.year() && today.month() == m_date.month())
            day = today;
        newEntry(QDateTime(day, QTime()));
    });
    connect(m_export, &QPushButton::clicked, this, &CalendarPage::openExport);
    connect(m_monthView, &MonthView::dayActivated, this, [this](const QDate &day) { setWeek(day); });
    return tab;
}

void CalendarPage::addLibraryTabs()
{
    // The specialist's day first, then SOP templates, then the libraries the posts draw on.
    auto *dayList = new DayListWidget;
    connect(dayList, &DayListWidget::statusMessage, this, &Page::statusMessage);
    connect(dayList, &DayListWidget::dataChanged, this, [this] {
        load();
        emit dataChanged();
    });
    addTab(dayList, tr("Today's posts"));
    auto *sop = new SopPage;
    connect(sop, &SopPage::calendarChanged, this, [this] {
        load();
        emit dataChanged();
    });
    addTab(sop, tr("SOP templates"));
    auto *library = new LibraryPage;
    library->setObjectName(QStringLiteral("library"));
    addTab(library, tr("Content library"));
    auto *replies = new KeywordReplyPage;
    replies->setObjectName(QStringLiteral("keyword-replies"));
    addTab(replies, tr("Keyword replies"));
    auto *materials = new MaterialPage;
    materials->setObjectName(QStringLiteral("materials"));
    addTab(materials, tr("Materials"));
}

void CalendarPage::openExport()
{
    CalendarExportDialog dialog(this);
    dialog.setDatabase(m_db);
    QDate from = weekStart();
    QDate to = from.addDays(6);
    if (m_mode == Mode::Month) {
        from = QDate(m_date.year(), m_date.month(), 1);
        to = from.addDays(from.daysInMonth() - 1);
    }
    dialog.setRange(from, to);
    const ScheduleFilter shown = filter();
    dialog.setGroup(shown.groupId);
    dialog.setOperator(shown.operatorId);
    dialog.exec();
}

int CalendarPage::addSubTab(const SubTab &sub, const QString &title)
{
    m_subTabs.append(sub);
    if (m_db.isValid())
        sub.setDatabase(m_db);
    return m_tabs->addTab(sub.widget, title);
}

void CalendarPage::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    m_undo->clear(); // commands hold the previous database
    m_loader->setDatabase(db);
    m_filter->setDatabase(db);
    for (const SubTab &sub : std::as_const(m_subTabs))
        sub.setDatabase(db);
    load();
}

void CalendarPage::reload()
{
    m_filter->reload();
    for (const SubTab &sub : std::as_const(m_subTabs))
        sub.reload();
    load();
}

void CalendarPage::setDate(const QDate &day)
{
    m_date = day.isValid() ? day : QDate::currentDate();
    updateRange();
    load();
}

void CalendarPage::setWeek(const QDate &day)
{
    m_mode = Mode::Week;
    setDate(day);
}

void CalendarPage::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    updateRange();
    load();
}

QDate CalendarPage::weekStart() const
{
    return qundesk::weekStart(m_date);
}

ScheduleFilter CalendarPage::filter() const
{
    return m_filter->filter();
}

void CalendarPage::setFilter(const ScheduleFilter &filter)
{
    m_filter->setFilter(filter);
}

bool CalendarPage::isLoading() const
{
    return m_loader->isLoading();
}

bool CalendarPage::waitForLoad(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_loader->isLoading() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    return !m_loader->isLoading();
}

void CalendarPage::step(int direction)
{
    setDate(m_mode == Mode::Week ? m_date.addDays(7 * direction) : m_date.addMonths(direction));
}

void CalendarPage::updateRange()
{
    if (auto *button = m_modeButtons->button(int(m_mode)))
        button->setChecked(true);
    m_stack->setCurrentWidget(m_mode == Mode::Week ? static_cast<QWidget *>(m_weekView) : m_monthView);
    const QDate today = QDate::currentDate();
    if (m_mode == Mode::Week) {
        const QDate from = weekStart();
        m_rangeLabel->setText(weekRangeText(from, from.addDays(6)));
        m_previous->setToolTip(tr("Previous week (Page Up)"));
        m_next->setToolTip(tr("Next week (Page Down)"));
        m_today->setEnabled(from != qundesk::weekStart(today));
    } else {
        m_rangeLabel->setText(monthText(m_date));
        m_previous->setToolTip(tr("Previous month (Page Up)"));
        m_next->setToolTip(tr("Next month (Page Down)"));
        m_today->setEnabled(m_date.year() != today.year() || m_date.month() != today.month());
    }
    const QSignalBlocker blocker(m_jump);
    m_jump->setDate(m_date);
}

void CalendarPage::load()
{
    m_newEntry->setEnabled(m_db.isValid() && m_db.isOpen());
    if (!m_db.isValid() || !m_db.isOpen()) {
        m_weekView->setWeek({});
        m_monthView->setMonth({});
        m_summary->setText(tr("No database is open."));
        return;
    }
    m_summary->setText(tr("Loading…"));
    if (m_mode == Mode::Week)
        m_loader->loadWeek(m_date, m_filter->filter());
    else
        m_loader->loadMonth(m_date, m_filter->filter());
}

void CalendarPage::showWeek(const CalendarWeekData &week)
{
    m_weekView->setWeek(week);
    QString text = tr("%n posts this week", nullptr, week.entryCount);
    if (week.entryCount > 0)
        text += tr(", %n done", nullptr, week.doneCount);
    const QString filter = m_filter->summary();
    if (!filter.isEmpty())
        text += tr(" (filter: %1)").arg(filter);
    if (week.entryCount == 0)
        text += QStringLiteral(" — ")
            + tr("Nothing planned: apply an SOP template or double-click a cell to plan a post.");
    else
        text += QStringLiteral(" — ") + tr("Drag a post to another day or slot to move it; double-click to edit.");
    m_summary->setText(text);
    emit statusMessage(tr("%n posts this week", nullptr, week.entryCount));
}

void CalendarPage::showMonth(const CalendarMonthData &month)
{
    m_monthView->setMonth(month);
    QString text = tr("%n posts this month", nullptr, month.entryCount);
    const QString filter = m_filter->summary();
    if (!filter.isEmpty())
        text += tr(" (filter: %1)").arg(filter);
    text += QStringLiteral(" — ") + tr("Double-click a day to open its week.");
    m_summary->setText(text);
    emit statusMessage(tr("%n posts this month", nullptr, month.entryCount));
}

void CalendarPage::loadFailed(const QString &message)
{
    const QString text = tr("Cannot load the calendar: %1").arg(message);
    m_summary->setText(text);
    emit statusMessage(text);
}

QString CalendarPage::groupNamesOf(const CalendarChip &chip) const
{
    if (chip.groupCount <= 1)
        return chip.groupName;
    QStringList names;
    int total = 0;
    if (auto err = ScheduleRepository(m_db).groupNamesOf(chip.entryIds, GroupTooltipNames, &names, &total))
        return tr("%n groups", nullptr, chip.groupCount);
    QString text = names.join(QStringLiteral("、"));
    if (total > names.size())
        text += tr(" and %n more", nullptr, total - int(names.size()));
    return text;
}

void CalendarPage::moveChip(const CalendarChip &chip, const QDateTime &to)
{
    if (!to.isValid() || chip.entryIds.isEmpty())
        return;
    QList<ScheduleMove> forward;
    QList<ScheduleMove> backward;
    for (qint64 id : chip.entryIds) {
        forward.append({ id, to });
        backward.append({ id, chip.dateTime() });
    }
    if (auto err = ScheduleRepository(m_db).rescheduleMany(forward)) {
        emit statusMessage(err.message);
        QMessageBox::warning(this, tr("Move post"), err.message);
        load();
        return;
    }
    const QLocale locale;
    const QString when = locale.toString(to.date(), tr("MM-dd ddd", "moved to date")) + QLatin1Char(' ')
        + to.time().toString(QStringLiteral("HH:mm"));
    const QString text = tr("Move “%1” to %2").arg(chip.title, when);
    m_undo->push(new MoveChipCommand(m_db, forward, backward, text, [this](const QString &error) {
        if (!error.isEmpty()) {
            emit statusMessage(error);
            QMessageBox::warning(this, tr("Move post"), error);
        }
        load();
        emit dataChanged();
    }));
    emit statusMessage(tr("Moved %n posts to %1", nullptr, int(forward.size())).arg(when));
    load();
    emit dataChanged();
}

void CalendarPage::openEditor(EntryEditorDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EntryEditorDialog::saved, this, [this](const QList<qint64> &ids) {
        emit statusMessage(tr("%n posts saved", nullptr, int(ids.size())));
        load();
        emit dataChanged();
    });
    dialog->open();
}

QDialog *CalendarPage::editChip(const CalendarChip &chip)
{
    if (!m_db.isValid() || !m_db.isOpen() || chip.entryIds.isEmpty())
        return nullptr;
    auto *dialog = new EntryEditorDialog(m_db, this);
    QString error;
    if (!dialog->loadEntry(chip.entryIds.first(), &error)) {
        delete dialog;
        emit statusMessage(error);
        QMessageBox::warning(this, tr("Edit post"), error);
        load(); // the entry is gone: show what is there now
        return nullptr;
    }
    if (chip.entryIds.size() > 1) {
        // One entry per group: by default the changes go to every group of the chip.
        dialog->setSiblingEntries(chip.entryIds);
        dialog->setWindowTitle(tr("Edit the post for %1 (one of %n groups)", nullptr, chip.groupCount)
                                   .arg(dialog->groupCombo()->currentText()));
    }
    openEditor(dialog);
    return dialog;
}

QDialog *CalendarPage::newEntry(const QDateTime &at)
{
    if (!m_db.isValid() || !m_db.isOpen())
        return nullptr;
    auto *dialog = new EntryEditorDialog(m_db, this);
    dialog->startNew(at.date(), at.time(), m_filter->filter().groupId);
    openEditor(dialog);
    return dialog;
}

bool CalendarPage::saveExtraScreenshots(const QString &dir, const QString &prefix)
{
    const Mode mode = m_mode;
    const int tab = m_tabs->currentIndex();
    m_tabs->setCurrentIndex(0);
    bool ok = true;
    for (const Mode m : { Mode::Week, Mode::Month }) {
        setMode(m);
        ok = waitForLoad() && ok;
        QApplication::processEvents();
        const QString name = m == Mode::Week ? QStringLiteral("week") : QStringLiteral("month");
        ok = grab().save(QDir(dir).filePath(prefix + QLatin1Char('-') + name + QStringLiteral(".png"))) && ok;
    }
    for (int i = 0; i < m_subTabs.size(); ++i) {
        const SubTab &sub = m_subTabs.at(i);
        m_tabs->setCurrentWidget(sub.widget);
        QApplication::processEvents();
        // The whole page with its tab bar; the tab's own shots (its dialogs) are named by the tab.
        QString name = prefix + QStringLiteral("-tab%1").arg(i + 2);
        if (!sub.widget->objectName().isEmpty())
            name += QLatin1Char('-') + sub.widget->objectName();
        ok = grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))) && ok;
        if (sub.screenshots)
            ok = sub.screenshots(dir, prefix) && ok;
    }
    if (m_db.isValid() && m_db.isOpen()) {
        ok = EntryEditorDialog::saveScreenshot(m_db, dir, prefix + QStringLiteral("-entry-editor")) && ok;
        CalendarExportDialog exportDialog(this);
        exportDialog.setDatabase(m_db);
        ok = exportDialog.saveScreenshots(dir, prefix) && ok;
    }
    m_tabs->setCurrentIndex(tab);
    setMode(mode);
    return ok;
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

QString CalendarPage::monthText(const QDate &month)
{
    QString text = tr("{monthLongName} {year}");
    return text.replace(QStringLiteral("{monthLongName}"), QLocale(QLocale::English).monthName(month.month()))
        .replace(QStringLiteral("{month}"), QString::number(month.month()))
        .replace(QStringLiteral("{year}"), QString::number(month.year()));
}

} // namespace qundesk::ui
