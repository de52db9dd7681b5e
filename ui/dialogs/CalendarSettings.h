#pragma once

#include "storage/CalendarSettingsRepository.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace qundesk::ui {

// The content calendar's settings as a tab of the settings dialog: the day's time slots (time,
// label, how many posts one group may get in the slot), the daily maximum of posts per group and
// the quiet hours (may run across midnight). Stored in the database (time_slots and calendar.*
// keys) so every desk checks the same rules; saving validates and names the slot or field at
// fault, then writes everything in one transaction.
class CalendarSettings final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarSettings)

public:
    explicit CalendarSettings(QWidget *parent = nullptr);

    bool load(const QSqlDatabase &db, QString *error);
    bool save(const QSqlDatabase &db, QString *error);

    // The settings as the fields show them now.
    CalendarSettingsValues values() const;
    void setValues(const CalendarSettingsValues &values);
    void restoreDefaults();

    QTableWidget *slotTable() const { return m_slots; }
    QSpinBox *dailyMaxSpin() const { return m_dailyMax; }
    QCheckBox *quietCheck() const { return m_quietEnabled; }
    QTimeEdit *quietStartEdit() const { return m_quietStart; }
    QTimeEdit *quietEndEdit() const { return m_quietEnd; }

    // Adds a slot row (time, label, max posts) and selects it.
    void addSlot(const TimeSlot &slot);
    void removeSelectedSlots();

private:
    void updateButtons();

    QTableWidget *m_slots = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QSpinBox *m_dailyMax = nullptr;
    QCheckBox *m_quietEnabled = nullptr;
    QTimeEdit *m_quietStart = nullptr;
    QTimeEdit *m_quietEnd = nullptr;
};

} // namespace qundesk::ui
