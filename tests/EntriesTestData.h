#pragma once

// Fixture helpers for the calendar entry tests (conflicts, selectors, the entry editor): groups
// placed on the matrix's dimensions and entries written with plain SQL, so the tests depend only
// on the schema. QVERIFY_OK comes from TestSupport.h.

#include "CalendarTestData.h"

#include "storage/Query.h"

namespace qundesk::test {

inline qint64 insertNamed(const QSqlDatabase &db, const QString &table, const QString &name)
{
    Query q(db, QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (name) VALUES (:name)"));
    q.bind(QStringLiteral(":name"), name);
    if (q.exec(QStringLiteral("insert ") + table))
        return 0;
    return q.lastInsertId();
}

inline qint64 insertTier(const QSqlDatabase &db, const QString &name, int rank)
{
    Query q(db, QStringLiteral("INSERT INTO tiers (name, rank) VALUES (:name, :rank)"));
    q.bind(QStringLiteral(":name"), name).bind(QStringLiteral(":rank"), rank);
    if (q.exec(QStringLiteral("insert tier")))
        return 0;
    return q.lastInsertId();
}

struct GroupSpec
{
    QString name;
    QString purpose = QStringLiteral("perks");
    qint64 tierId = 0;
    qint64 teamId = 0;
    QString identity = QStringLiteral("mixed");
    QString status = QStringLiteral("active");
    qint64 operatorId = 0;
};

inline qint64 insertGroupSpec(const QSqlDatabase &db, const GroupSpec &g)
{
    Query q(db, QStringLiteral("INSERT INTO chat_groups (name, purpose, tier_id, team_id, identity_segment, status, "
                               "operator_id) VALUES (:name, :purpose, :tier, :team, :identity, :status, :op)"));
    q.bind(QStringLiteral(":name"), g.name)
        .bind(QStringLiteral(":purpose"), g.purpose)
        .bindId(QStringLiteral(":tier"), g.tierId)
        .bindId(QStringLiteral(":team"), g.teamId)
        .bind(QStringLiteral(":identity"), g.identity)
        .bind(QStringLiteral(":status"), g.status)
        .bindId(QStringLiteral(":op"), g.operatorId);
    if (q.exec(QStringLiteral("insert group")))
        return 0;
    return q.lastInsertId();
}

// A titled entry; kind is the entry's own kind column (empty: none).
inline qint64 insertEntry(const QSqlDatabase &db, qint64 groupId, const QString &at, const QString &title,
                          const QString &kind = QString(), const QString &status = QStringLiteral("planned"))
{
    Query q(db, QStringLiteral("INSERT INTO schedule_entries (group_id, scheduled_at, title, kind, status, done_at) "
                               "VALUES (:group, :at, :title, :kind, :status, "
                               "CASE WHEN :status2 = 'done' THEN :at2 END)"));
    q.bind(QStringLiteral(":group"), groupId)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":title"), title)
        .bindText(QStringLiteral(":kind"), kind)
        .bind(QStringLiteral(":status"), status)
        .bind(QStringLiteral(":status2"), status)
        .bind(QStringLiteral(":at2"), at);
    if (q.exec(QStringLiteral("insert entry")))
        return 0;
    return q.lastInsertId();
}

inline int countAudit(const QSqlDatabase &db, const QString &action)
{
    Query q(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = :action"));
    q.bind(QStringLiteral(":action"), action);
    if (q.exec(QStringLiteral("count audit")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace qundesk::test
