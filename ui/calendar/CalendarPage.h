#pragma once

#include "Page.h"

#include <QDate>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace qundesk {
class ScheduleTableModel;
class SopStepModel;
class SopTemplateModel;
} // namespace qundesk

namespace qundesk::ui {

// 内容日历: one week of schedule entries across groups, with a week navigator, a group filter
// and "mark done"; beside it the SOP templates and their steps, which can be stamped onto the
// filtered group's calendar. The full calendar grid comes in a later issue.
class CalendarPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarPage)

public:
    explicit CalendarPage(QWidget *parent = nullptr);
    ~CalendarPage() override;

    void setDatabase(const QSqlDatabase &db) override;
    void reload() override;

    // Shows the Monday-to-Sunday week containing day.
    void setWeek(const QDate &day);
    QDate weekStart() const { return m_weekStart; }
    int entryCount() const;

    // "Nov 23–29, 2026" / "2026年11月23日–29日", adapting when the week spans months or years.
    static QString weekRangeText(const QDate &from, const QDate &to);

private:
    void buildUi();
    QWidget *buildTemplatePanel();
    void showWeek();
    void reloadGroups();
    void reloadTemplates();
    void showSelectedTemplate();
    void markSelectedDone();
    void applySelectedTemplate();
    void installBuiltinTemplates();
    void updateActions();
    void announce();
    void reportError(const QString &title, const QString &message);
    qint64 selectedEntryId() const;
    qint64 selectedTemplateId() const;
    qint64 filterGroupId() const;

    QSqlDatabase m_db;
    QDate m_weekStart;

    ScheduleTableModel *m_scheduleModel = nullptr;
    QSortFilterProxyModel *m_scheduleProxy = nullptr;
    SopTemplateModel *m_templateModel = nullptr;
    SopStepModel *m_stepModel = nullptr;

    QToolButton *m_previousWeek = nullptr;
    QPushButton *m_thisWeek = nullptr;
    QToolButton *m_nextWeek = nullptr;
    QLabel *m_weekLabel = nullptr;
    QComboBox *m_groupFilter = nullptr;
    QPushButton *m_markDone = nullptr;
    QTableView *m_scheduleView = nullptr;
    QLabel *m_emptyHint = nullptr;

    QTableView *m_templateView = nullptr;
    QTableView *m_stepView = nullptr;
    QLabel *m_templateDescription = nullptr;
    QDateEdit *m_applyStart = nullptr;
    QPushButton *m_applyTemplate = nullptr;
    QPushButton *m_installTemplates = nullptr;
};

} // namespace qundesk::ui
