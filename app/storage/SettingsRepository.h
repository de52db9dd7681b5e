#pragma once

#include "analytics/CalendarConflicts.h"
#include "analytics/Lifecycle.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace qundesk {

// The `settings` key/value table: preferences that belong to the operation (shared by every
// desk using the database) rather than to one user's machine.
class SettingsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    // Keys of the lifecycle thresholds (see LifecycleThresholds for the meaning and defaults).
    static constexpr char StrongDaysKey[] = "lifecycle.strong_days";
    static constexpr char WeakActiveRateKey[] = "lifecycle.weak_active_rate";
    static constexpr char WeakDropRatioKey[] = "lifecycle.weak_drop_ratio";
    static constexpr char WeakDropMinMessagesKey[] = "lifecycle.weak_drop_min_messages";
    static constexpr char FloorActiveRateKey[] = "lifecycle.floor_active_rate";
    static constexpr char FloorMessagesPerDayKey[] = "lifecycle.floor_messages_per_day";
    static constexpr char ZombieDaysKey[] = "lifecycle.zombie_days";

    explicit SettingsRepository(const QSqlDatabase &db) : m_db(db) {}

    // The stored value, or defaultValue when the key is absent or NULL.
    DatabaseError get(const QString &key, const QString &defaultValue, QString *out);
    // Inserts or replaces; a null value stores NULL.
    DatabaseError set(const QString &key, const QString &value);
    DatabaseError remove(const QString &key);

    // The thresholds, each from its key or its default; a stored value that does not parse as
    // a number (or is out of range) falls back to the default rather than failing the screen.
    DatabaseError lifecycleThresholds(LifecycleThresholds *out);
    // All seven keys, and any other keys given, in one transaction.
    DatabaseError setLifecycleThresholds(const LifecycleThresholds &thresholds,
                                         const QList<QPair<QString, QString>> &alsoSet = {});

private:
    QSqlDatabase m_db;

public:
    // ---- content calendar rules (CalendarRules; checked by CalendarConflicts)
    static constexpr char CalendarDailyMaxKey[] = "calendar.daily_max_posts"; // default 8
    static constexpr char CalendarQuietStartKey[] = "calendar.quiet_start";    // "HH:mm", default 22:30
    static constexpr char CalendarQuietEndKey[] = "calendar.quiet_end";        // "HH:mm", default 08:00

    // The rules from their keys; a stored value that does not parse (or a daily maximum outside
    // 1..1000) falls back to its default, like the lifecycle thresholds.
    DatabaseError calendarRules(CalendarRules *out);
    // All three keys in one transaction; refuses (Constraint) a daily maximum outside 1..1000 or
    // an invalid time, naming the field.
    DatabaseError setCalendarRules(const CalendarRules &rules);
    // The same checks and writes inside the caller's open transaction.
    DatabaseError setCalendarRulesInTransaction(const CalendarRules &rules);
};

} // namespace qundesk
