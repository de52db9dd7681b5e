#pragma once

#include "storage/DatabaseError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace qundesk {

struct AuditEntry
{
    qint64 id = 0;
    QString at;
    QString actor;
    QString action;     // create, update, delete, archive, dissolve, reveal, import, ...
    QString entity;     // table-like name: group, member, content_item, ...
    qint64 entityId = 0;
    QJsonObject before;
    QJsonObject after;
};

// The audit log: who changed what, when, with the row before and after as JSON.
// Callers write it inside the same transaction as the change it records.
class AuditRepository final
{
public:
    explicit AuditRepository(const QSqlDatabase &db) : m_db(db) {}

    // The actor defaults to the operating-system user running QunDesk.
    static QString currentActor();

    DatabaseError record(const QString &action, const QString &entity, qint64 entityId,
                         const QJsonObject &before, const QJsonObject &after, qint64 *id = nullptr);
    DatabaseError list(const QString &entity, qint64 entityId, int limit, QList<AuditEntry> *out);
    DatabaseError recent(int limit, QList<AuditEntry> *out);

private:
    DatabaseError select(const QString &where, const QVariantList &args, int limit, QList<AuditEntry> *out);
    QSqlDatabase m_db;
};

} // namespace qundesk
