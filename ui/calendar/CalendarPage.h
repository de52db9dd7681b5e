#pragma once

#include "Page.h"

#include "domain/Schedule.h"

#include <QDate>

#include <functional>

class QButtonGroup;
class QDialog;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QUndoStack;

namespace qundesk {
class CalendarLoader;
struct CalendarWeekData;
struct CalendarMonthData;
} // namespace qundesk

namespace qundesk::ui {

class CalendarFilter;
class MonthView;
class WeekView;

// 内容日历: a tab widget whose first tab (日历) is the week / month calendar; the day list, SOP
// templates and the libraries come in as further tabs through addTab(). The calendar loads on a
// worker thread (CalendarLoader), so paging through weeks never waits for SQL on a big database.
// Dragging a chip moves all its entries in one transaction, undoable with Ctrl+Z.
class CalendarPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarPage)

public:
    enum class Mode { Week, Month };

    explicit CalendarPage(QWidget *parent = nullptr);
    ~CalendarPage() override;

    void setDatabase(const QSqlDatabase &db) override;
    void reload() override;
    bool saveExtraScreenshots(const QString &dir, const QString &prefix) override;

    // Shows the week (or month) containing day.
    void setDate(const QDate &day);
    // Switches to the week view on the week containing day.
    void setWeek(const QDate &day);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    QDate date() const { return m_date; }
    QDate weekStart() const;
    ScheduleFilter filter() const;
    void setFilter(const ScheduleFilter &filter);
    // Whether an answer from the worker is still outstanding.
    bool isLoading() const;
    // Processes events until the current load is delivered (screenshots, tests); false on timeout.
    bool waitForLoad(int timeoutMs = 30000);

    WeekView *weekView() const { return m_weekView; }
    MonthView *monthView() const { return m_monthView; }
    QTabWidget *tabs() const { return m_tabs; }
    QUndoStack *undoStack() const { return m_undo; }

    // Adds another helper's tab (day list, SOP templates, libraries): any QWidget with
    // setDatabase(const QSqlDatabase &) and reload() (or refresh(), preferred when it has one);
    // saveScreenshots(dir, prefix) is called for
    // --screenshots when it has one. The page forwards the database and reloads to it.
    template <typename Tab> int addTab(Tab *tab, const QString &title)
    {
        SubTab sub;
        sub.widget = tab;
        sub.setDatabase = [tab](const QSqlDatabase &db) { tab->setDatabase(db); };
        // A tab that can keep unsaved edits through a reload says so with refresh().
        if constexpr (requires { tab->refresh(); })
            sub.reload = [tab] { tab->refresh(); };
        else
            sub.reload = [tab] { tab->reload(); };
        if constexpr (requires(const QString &s) { tab->saveScreenshots(s, s); })
            sub.screenshots
                = [tab](const QString &dir, const QString &prefix) { return tab->saveScreenshots(dir, prefix); };
        return addSubTab(sub, title);
    }

    // "Nov 23–29, 2026" / "2026年11月23日–29日", adapting when the week spans months or years.
    static QString weekRangeText(const QDate &from, const QDate &to);
    // "November 2026" / "2026年11月".
    static QString monthText(const QDate &month);

    // Opens the entry editor (EntryEditorDialog, non-modal over the page) on a chip's first
    // entry, or for a new post at a time; the calendar reloads when it saves. Returns the dialog.
    QDialog *editChip(const CalendarChip &chip);
    QDialog *newEntry(const QDateTime &at);

signals:
    // A chip was double-clicked (edit its entries) or an empty cell (plan a post at that time);
    // the page opens the editor itself.
    void editRequested(const qundesk::CalendarChip &chip);
    void newEntryRequested(const QDateTime &at);

private:
    struct SubTab
    {
        QWidget *widget = nullptr;
        std::function<void(const QSqlDatabase &)> setDatabase;
        std::function<void()> reload;
        std::function<bool(const QString &, const QString &)> screenshots;
    };
    int addSubTab(const SubTab &sub, const QString &title);

    QWidget *buildCalendarTab();
    void addLibraryTabs();
    void openExport();
    void load();
    void showWeek(const CalendarWeekData &week);
    void showMonth(const CalendarMonthData &month);
    void loadFailed(const QString &message);
    void step(int direction);
    void updateRange();
    void moveChip(const CalendarChip &chip, const QDateTime &to);
    QString groupNamesOf(const CalendarChip &chip) const;
    void openEditor(class EntryEditorDialog *dialog);

    QSqlDatabase m_db;
    Mode m_mode = Mode::Week;
    QDate m_date;
    CalendarLoader *m_loader = nullptr;
    QUndoStack *m_undo = nullptr;
    QList<SubTab> m_subTabs;

    QTabWidget *m_tabs = nullptr;
    QToolButton *m_previous = nullptr;
    QPushButton *m_today = nullptr;
    QPushButton *m_newEntry = nullptr;
    QPushButton *m_export = nullptr;
    QToolButton *m_next = nullptr;
    QDateEdit *m_jump = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QButtonGroup *m_modeButtons = nullptr;
    CalendarFilter *m_filter = nullptr;
    QStackedWidget *m_stack = nullptr;
    WeekView *m_weekView = nullptr;
    MonthView *m_monthView = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace qundesk::ui
