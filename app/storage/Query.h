#pragma once

#include "storage/DatabaseError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace qundesk {

// A prepared statement whose every failure becomes a DatabaseError naming what was being done.
// Repositories use it for all SQL:
//
//     Query q(m_db, QStringLiteral("SELECT id, name FROM tiers WHERE rank <= :rank"));
//     q.bind(QStringLiteral(":rank"), 2);
//     if (auto err = q.exec(QStringLiteral("list tiers"))) return err;
//     while (q.next()) ...
class Query final
{
    Q_DISABLE_COPY_MOVE(Query)

public:
    Query(const QSqlDatabase &db, const QString &sql);

    Query &bind(const QString &placeholder, const QVariant &value);
    // Binds a null of the right type when value is empty/zero-id, for optional foreign keys.
    Query &bindId(const QString &placeholder, qint64 id);
    Query &bindText(const QString &placeholder, const QString &text);

    DatabaseError exec(const QString &what);
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

    // Convenience for one-value queries such as counts; returns the error through err.
    static QVariant scalar(const QSqlDatabase &db, const QString &sql, DatabaseError *err = nullptr);

private:
    QSqlQuery m_query;
    QString m_sql;
    DatabaseError m_prepareError;
};

} // namespace qundesk
