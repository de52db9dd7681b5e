#pragma once

#include "domain/Schedule.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QToolButton;

namespace qundesk::ui {

// The calendar's filter row: group, tier, team, operator, column (栏目) and status, each "any"
// by default. The group box is editable and completes on any part of a name, so ten thousand
// groups stay pickable by typing.
class CalendarFilter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarFilter)

public:
    explicit CalendarFilter(QWidget *parent = nullptr);
    ~CalendarFilter() override;

    void setDatabase(const QSqlDatabase &db);
    // Re-reads the choices, keeping what is picked when it still exists.
    void reload();

    ScheduleFilter filter() const;
    // Picks the given values (unknown ids fall back to "any") and emits filterChanged once.
    void setFilter(const ScheduleFilter &filter);
    void clear();
    // "宠粉福利1群 · 林晓", for a status line or a printed header; empty when nothing is picked.
    QString summary() const;

signals:
    void filterChanged(const qundesk::ScheduleFilter &filter);

private:
    QComboBox *addCombo(const char *objectName, const QString &label, const QString &tip);
    void fill(QComboBox *combo, const QList<QPair<qint64, QString>> &items);
    void changed();

    QSqlDatabase m_db;
    QComboBox *m_group = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_operator = nullptr;
    QComboBox *m_column = nullptr;
    QComboBox *m_status = nullptr;
    QToolButton *m_clear = nullptr;
};

} // namespace qundesk::ui
