#include "storage/SettingsRepository.h"

#include "storage/Query.h"
#include "storage/SqlTransaction.h"

#include <QUuid>

namespace qundesk {

namespace {

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

// Reads a number; keeps the default when the text is not a number or outside [lo, hi].
template<typename T>
DatabaseError readNumber(SettingsRepository &repo, const char *k, T lo, T hi, T *value)
{
    QString text;
    if (auto err = repo.get(key(k), QString(), &text))
        return err;
    if (text.isEmpty())
        return {};
    bool ok = false;
    T parsed;
    if constexpr (std::is_floating_point_v<T>)
        parsed = T(text.toDouble(&ok));
    else
        parsed = T(text.toLongLong(&ok));
    if (ok && parsed >= lo && parsed <= hi)
        *value = parsed;
    return {};
}

} // namespace

DatabaseError SettingsRepository::get(const QString &k, const QString &defaultValue, QString *out)
{
    Query q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    q.bind(QStringLiteral(":key"), k);
    if (auto err = q.exec(tr("read the setting %1").arg(k)))
        return err;
    *out = q.next() && !q.value(0).isNull() ? q.value(0).toString() : defaultValue;
    return {};
}

DatabaseError SettingsRepository::set(const QString &k, const QString &value)
{
    Query q(m_db, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (:key, :value)"));
    q.bind(QStringLiteral(":key"), k).bindText(QStringLiteral(":value"), value);
    return q.exec(tr("save the setting %1").arg(k));
}

DatabaseError SettingsRepository::remove(const QString &k)
{
    Query q(m_db, QStringLiteral("DELETE FROM settings WHERE key = :key"));
    q.bind(QStringLiteral(":key"), k);
    return q.exec(tr("remove the setting %1").arg(k));
}

DatabaseError SettingsRepository::lifecycleThresholds(LifecycleThresholds *out)
{
    LifecycleThresholds t;
    if (auto err = readNumber(*this, StrongDaysKey, 1, 3650, &t.strongDays))
        return err;
    if (auto err = readNumber(*this, WeakActiveRateKey, 0.0, 1.0, &t.weakActiveRate))
        return err;
    if (auto err = readNumber(*this, WeakDropRatioKey, 0.0, 1.0, &t.weakDropRatio))
        return err;
    if (auto err = readNumber<qint64>(*this, WeakDropMinMessagesKey, 0, 10'000'000, &t.weakDropMinMessages))
        return err;
    if (auto err = readNumber(*this, FloorActiveRateKey, 0.0, 1.0, &t.floorActiveRate))
        return err;
    if (auto err = readNumber(*this, FloorMessagesPerDayKey, 0.0, 1'000'000.0, &t.floorMessagesPerDay))
        return err;
    if (auto err = readNumber(*this, ZombieDaysKey, 1, 3650, &t.zombieDays))
        return err;
    *out = t;
    return {};
}

DatabaseError SettingsRepository::setLifecycleThresholds(const LifecycleThresholds &t,
                                                         const QList<QPair<QString, QString>> &alsoSet)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    const QList<QPair<const char *, QString>> values = {
        {StrongDaysKey, QString::number(t.strongDays)},
        {WeakActiveRateKey, QString::number(t.weakActiveRate)},
        {WeakDropRatioKey, QString::number(t.weakDropRatio)},
        {WeakDropMinMessagesKey, QString::number(t.weakDropMinMessages)},
        {FloorActiveRateKey, QString::number(t.floorActiveRate)},
        {FloorMessagesPerDayKey, QString::number(t.floorMessagesPerDay)},
        {ZombieDaysKey, QString::number(t.zombieDays)},
    };
    for (const auto &[k, v] : values) {
        if (auto err = set(key(k), v))
            return err;
    }
    for (const auto &[k, v] : alsoSet) {
        if (auto err = set(k, v))
            return err;
    }
    return tx.commit();
}

DatabaseError SettingsRepository::databaseId(QString *out)
{
    // INSERT OR IGNORE: when two desks make one at the same moment, both read back the one that won.
    Query insert(m_db, QStringLiteral("INSERT OR IGNORE INTO settings (key, value) VALUES (:key, :value)"));
    insert.bind(QStringLiteral(":key"), key(DatabaseIdKey))
        .bind(QStringLiteral(":value"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (auto err = insert.exec(tr("create the database identity")))
        return err;
    return get(key(DatabaseIdKey), QString(), out);
}

DatabaseError SettingsRepository::calendarRules(CalendarRules *out)
{
    CalendarRules rules;
    if (auto err = readNumber(*this, CalendarDailyMaxKey, 1, 1000, &rules.dailyMaxPosts))
        return err;
    for (const auto &[k, time] : {std::pair{CalendarQuietStartKey, &rules.quiet.start},
                                  std::pair{CalendarQuietEndKey, &rules.quiet.end}}) {
        QString text;
        if (auto err = get(key(k), QString(), &text))
            return err;
        const QTime parsed = QTime::fromString(text, QStringLiteral("HH:mm"));
        if (parsed.isValid())
            *time = parsed;
    }
    *out = rules;
    return {};
}

DatabaseError SettingsRepository::setCalendarRules(const CalendarRules &rules)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    if (auto err = setCalendarRulesInTransaction(rules))
        return err;
    return tx.commit();
}

DatabaseError SettingsRepository::setCalendarRulesInTransaction(const CalendarRules &rules)
{
    if (const QString problem = validateCalendarRules(rules); !problem.isEmpty())
        return DatabaseError::make(DatabaseError::Kind::Constraint, problem);
    if (auto err = set(key(CalendarDailyMaxKey), QString::number(rules.dailyMaxPosts)))
        return err;
    if (auto err = set(key(CalendarQuietStartKey), rules.quiet.start.toString(QStringLiteral("HH:mm"))))
        return err;
    return set(key(CalendarQuietEndKey), rules.quiet.end.toString(QStringLiteral("HH:mm")));
}

} // namespace qundesk
