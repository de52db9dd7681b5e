#pragma once

#include "storage/AuditRepository.h"
#include "storage/DatabaseError.h"
#include "storage/SqlTransaction.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QVariant>

// Internal to the content, schedule and SOP repositories in app/storage.

// How the content, schedule and SOP repositories write dates and times: the schema stores them
// as local-time TEXT ('YYYY-MM-DD', 'HH:MM', 'YYYY-MM-DD HH:MM:SS') so they sort and compare as
// text and read the same in any SQLite tool.
namespace qundesk::sqltext {

inline QString time(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

inline QTime timeFrom(const QVariant &v)
{
    return QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
}

inline QString date(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

inline QDate dateFrom(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

inline QString dateTime(const QDateTime &dt)
{
    return dt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// A null QString for an invalid date-time, so optional columns get NULL through bindText.
inline QString dateTimeOrNull(const QDateTime &dt)
{
    return dt.isValid() ? dateTime(dt) : QString();
}

inline QDateTime dateTimeFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    const QString text = v.toString();
    QDateTime dt = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!dt.isValid())
        dt = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    return dt;
}

// The first instant of a day, as text, for half-open range queries on scheduled_at.
inline QString dayStart(const QDate &d)
{
    return date(d) + QStringLiteral(" 00:00:00");
}

} // namespace qundesk::sqltext

namespace qundesk::detail {

// One audited write: the statements and their audit entry commit together or not at all.
template <typename Write> DatabaseError audited(const QSqlDatabase &db, Write &&write)
{
    SqlTransaction tx(db);
    if (tx.beginError())
        return tx.beginError();
    if (auto err = write(AuditRepository(db)))
        return err;
    return tx.commit();
}

} // namespace qundesk::detail
