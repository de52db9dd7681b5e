#include "storage/AuditRepository.h"

#include "storage/Query.h"

#include <QDir>
#include <QJsonDocument>

namespace qundesk {

namespace {

QVariant jsonOrNull(const QJsonObject &o)
{
    if (o.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QVariant &v)
{
    return v.isNull() ? QJsonObject() : QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

} // namespace

QString AuditRepository::currentActor()
{
    QString user = qEnvironmentVariable("QUNDESK_ACTOR");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QDir::home().dirName(); // containers and services often run without $USER
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

DatabaseError AuditRepository::record(const QString &action, const QString &entity, qint64 entityId,
                                      const QJsonObject &before, const QJsonObject &after, qint64 *id)
{
    Query q(m_db, QStringLiteral("INSERT INTO audit_log (actor, action, entity, entity_id, before_json, after_json) "
                                 "VALUES (:actor, :action, :entity, :entity_id, :before, :after)"));
    q.bind(QStringLiteral(":actor"), currentActor())
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":entity"), entity)
        .bindId(QStringLiteral(":entity_id"), entityId)
        .bind(QStringLiteral(":before"), jsonOrNull(before))
        .bind(QStringLiteral(":after"), jsonOrNull(after));
    if (auto err = q.exec(QStringLiteral("write audit log")))
        return err;
    if (id)
        *id = q.lastInsertId();
    return {};
}

DatabaseError AuditRepository::select(const QString &where, const QVariantList &args, int limit, QList<AuditEntry> *out)
{
    Query q(m_db, QStringLiteral("SELECT id, at, actor, action, entity, entity_id, before_json, after_json "
                                 "FROM audit_log ") + where + QStringLiteral(" ORDER BY id DESC LIMIT :limit"));
    for (int i = 0; i < args.size(); ++i)
        q.bind(QStringLiteral(":a%1").arg(i), args.at(i));
    q.bind(QStringLiteral(":limit"), limit);
    if (auto err = q.exec(QStringLiteral("read audit log")))
        return err;
    out->clear();
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toLongLong();
        e.before = parse(q.value(6));
        e.after = parse(q.value(7));
        out->append(e);
    }
    return {};
}

DatabaseError AuditRepository::list(const QString &entity, qint64 entityId, int limit, QList<AuditEntry> *out)
{
    return select(QStringLiteral("WHERE entity = :a0 AND entity_id = :a1"), {entity, entityId}, limit, out);
}

DatabaseError AuditRepository::recent(int limit, QList<AuditEntry> *out)
{
    return select(QString(), {}, limit, out);
}

} // namespace qundesk
