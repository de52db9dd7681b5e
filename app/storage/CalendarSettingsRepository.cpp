#include "storage/CalendarSettingsRepository.h"

#include "storage/AuditRepository.h"
#include "storage/ContentRepository.h"
#include "storage/ContentStorageDetail.h"
#include "storage/Query.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlTransaction.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace qundesk {

namespace {

using K = DatabaseError::Kind;

constexpr int MaxLabelLength = 40;
constexpr int MaxSlotPosts = 100;

} // namespace

QJsonObject CalendarSettingsValues::toJson() const
{
    QJsonArray slotArray;
    for (const TimeSlot &s : timeSlots)
        slotArray.append(s.toJson());
    return {
        {QStringLiteral("daily_max_posts"), rules.dailyMaxPosts},
        {QStringLiteral("quiet_start"), sqltext::time(rules.quiet.start)},
        {QStringLiteral("quiet_end"), sqltext::time(rules.quiet.end)},
        {QStringLiteral("slots"), slotArray},
    };
}

DatabaseError CalendarSettingsRepository::load(CalendarSettingsValues *out)
{
    CalendarSettingsValues values;
    if (auto err = SettingsRepository(m_db).calendarRules(&values.rules))
        return err;
    if (auto err = ContentRepository(m_db).listTimeSlots(&values.timeSlots))
        return err;
    *out = std::move(values);
    return {};
}

DatabaseError CalendarSettingsRepository::validate(const CalendarSettingsValues &values)
{
    if (values.rules.dailyMaxPosts < 1 || values.rules.dailyMaxPosts > 1000)
        return DatabaseError::make(K::Constraint,
                                   tr("The daily maximum of posts per group must be between 1 and 1000, not %1.")
                                       .arg(values.rules.dailyMaxPosts));
    if (!values.rules.quiet.start.isValid() || !values.rules.quiet.end.isValid())
        return DatabaseError::make(K::Constraint, tr("The quiet hours need a valid start and end time."));
    if (values.timeSlots.isEmpty())
        return DatabaseError::make(K::Constraint, tr("The day needs at least one time slot."));
    QSet<QString> seen;
    for (int i = 0; i < values.timeSlots.size(); ++i) {
        const TimeSlot &s = values.timeSlots.at(i);
        if (!s.time.isValid())
            return DatabaseError::make(K::Constraint, tr("Time slot %1 needs a valid time of day.").arg(i + 1));
        const QString time = sqltext::time(s.time);
        if (seen.contains(time))
            return DatabaseError::make(K::Constraint, tr("There are two time slots at %1.").arg(time));
        seen.insert(time);
        if (s.maxPosts < 1 || s.maxPosts > MaxSlotPosts)
            return DatabaseError::make(K::Constraint, tr("The time slot at %1 must allow 1 to %2 posts, not %3.")
                                                          .arg(time, QString::number(MaxSlotPosts),
                                                               QString::number(s.maxPosts)));
        if (s.label.trimmed().size() > MaxLabelLength)
            return DatabaseError::make(K::Constraint, tr("The label of the time slot at %1 is longer than %2 characters.")
                                                          .arg(time, QString::number(MaxLabelLength)));
    }
    return {};
}

DatabaseError CalendarSettingsRepository::save(const CalendarSettingsValues &values)
{
    if (auto err = validate(values))
        return err;
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    CalendarSettingsValues before;
    if (auto err = load(&before))
        return err;

    Query clear(m_db, QStringLiteral("DELETE FROM time_slots"));
    if (auto err = clear.exec(tr("replace the time slots")))
        return err;
    QList<TimeSlot> timeSlots = values.timeSlots;
    std::sort(timeSlots.begin(), timeSlots.end(), [](const TimeSlot &a, const TimeSlot &b) { return a.time < b.time; });
    // Known slots first (keeping their ids, so the audit log's before and after line up), then
    // new ones, whose automatic ids then cannot take a known slot's id.
    std::stable_partition(timeSlots.begin(), timeSlots.end(), [](const TimeSlot &s) { return s.id > 0; });
    for (const TimeSlot &s : timeSlots) {
        Query q(m_db, QStringLiteral("INSERT INTO time_slots (id, slot_time, label, max_posts) "
                                     "VALUES (:id, :time, :label, :max)"));
        q.bindId(QStringLiteral(":id"), s.id)
            .bind(QStringLiteral(":time"), sqltext::time(s.time))
            .bindText(QStringLiteral(":label"), s.label.trimmed().isEmpty() ? QString() : s.label.trimmed())
            .bind(QStringLiteral(":max"), s.maxPosts);
        if (auto err = q.exec(tr("save the time slot at %1").arg(sqltext::time(s.time))))
            return err;
    }
    if (auto err = SettingsRepository(m_db).setCalendarRulesInTransaction(values.rules))
        return err;
    CalendarSettingsValues after;
    if (auto err = load(&after))
        return err;
    if (auto err = AuditRepository(m_db).record(QStringLiteral("update"), QStringLiteral("calendar_settings"), 0,
                                                before.toJson(), after.toJson()))
        return err;
    return tx.commit();
}

} // namespace qundesk
