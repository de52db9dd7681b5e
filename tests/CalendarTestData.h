#pragma once

// Fixture helpers for the content calendar tests: groups and operators are inserted with plain
// SQL (the calendar branch has no group repository). QVERIFY_OK comes from TestSupport.h.

#include "TestSupport.h"

#include "storage/Query.h"

namespace qundesk::test {

// AuditRepository::currentActor() falls back to $USER, which containers often lack; a fixed
// actor keeps these tests about the calendar (the fallback is reported to the integrator).
inline void useTestActor()
{
    qputenv("QUNDESK_ACTOR", "测试运营");
}

inline qint64 insertOperator(const QSqlDatabase &db, const QString &name)
{
    Query q(db, QStringLiteral("INSERT INTO operators (name) VALUES (:name)"));
    q.bind(QStringLiteral(":name"), name);
    if (q.exec(QStringLiteral("insert operator")))
        return 0;
    return q.lastInsertId();
}

inline qint64 insertGroup(const QSqlDatabase &db, const QString &name, const QString &purpose = QStringLiteral("perks"),
    qint64 operatorId = 0)
{
    Query q(db, QStringLiteral("INSERT INTO chat_groups (name, purpose, operator_id) VALUES (:name, :purpose, :op)"));
    q.bind(QStringLiteral(":name"), name)
        .bind(QStringLiteral(":purpose"), purpose)
        .bindId(QStringLiteral(":op"), operatorId);
    if (q.exec(QStringLiteral("insert group")))
        return 0;
    return q.lastInsertId();
}

inline int countRows(const QSqlDatabase &db, const QString &table)
{
    return Query::scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

} // namespace qundesk::test
