#include "storage/Query.h"

#include "storage/Database.h"

#include <QSqlError>

namespace qundesk {

Query::Query(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        m_prepareError = Database::errorFrom(m_query.lastError(), QString());
}

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Query &Query::bindId(const QString &placeholder, qint64 id)
{
    m_query.bindValue(placeholder, id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()));
    return *this;
}

Query &Query::bindText(const QString &placeholder, const QString &text)
{
    m_query.bindValue(placeholder, text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text));
    return *this;
}

DatabaseError Query::exec(const QString &what)
{
    if (m_prepareError) {
        DatabaseError err = m_prepareError;
        err.message = what + QStringLiteral(": ") + err.message;
        return err;
    }
    if (!m_query.exec())
        return Database::errorFrom(m_query.lastError(), what);
    return {};
}

QVariant Query::scalar(const QSqlDatabase &db, const QString &sql, DatabaseError *err)
{
    Query q(db, sql);
    DatabaseError e = q.exec(sql);
    if (!e && !q.next())
        e = DatabaseError::make(DatabaseError::Kind::NotFound, sql);
    if (err)
        *err = e;
    return e ? QVariant() : q.value(0);
}

} // namespace qundesk
