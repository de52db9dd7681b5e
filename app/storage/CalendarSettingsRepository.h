#pragma once

#include "analytics/CalendarConflicts.h"
#include "domain/Content.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace qundesk {

// The calendar's settings as one unit, for the settings dialog's 内容日历 tab: the day's time
// slots (time, label, max posts) and the rules (daily maximum, quiet hours). Saving writes all of
// it in one transaction with one audit entry, so a half-saved day plan never exists.
struct CalendarSettingsValues
{
    CalendarRules rules;
    QList<TimeSlot> timeSlots; // by time

    QJsonObject toJson() const;
};

class CalendarSettingsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarSettingsRepository)

public:
    explicit CalendarSettingsRepository(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    DatabaseError load(CalendarSettingsValues *out);

    // Checks (Constraint, naming the field or slot): at least one slot, valid and distinct slot
    // times, max posts 1..100, labels up to 40 characters, the rules (SettingsRepository); then
    // makes time_slots exactly values.timeSlots (slots are referred to by time, never by id, so the
    // table is rewritten) and stores the rules.
    DatabaseError save(const CalendarSettingsValues &values);

    static DatabaseError validate(const CalendarSettingsValues &values);

private:
    QSqlDatabase m_db;
};

} // namespace qundesk
