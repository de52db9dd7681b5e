#include "storage/TagRepository.h"

#include "storage/AuditRepository.h"
#include "storage/Query.h"
#include "storage/SqlTransaction.h"

#include <QRegularExpression>

namespace qundesk {

namespace {

DatabaseError invalid(const QString &message)
{
    return DatabaseError::make(DatabaseError::Kind::Constraint, message);
}

QString checkName(const QString &name)
{
    return name.trimmed().isEmpty() ? TagRepository::tr("A tag needs a name.") : QString();
}

QString checkColor(const QString &color)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (color.isEmpty() || pattern.match(color).hasMatch())
        return {};
    return TagRepository::tr("The colour %1 is not of the form #RRGGBB.").arg(color);
}

DatabaseError explainConstraint(DatabaseError err, const QString &name)
{
    if (err.kind == DatabaseError::Kind::Constraint && err.message.contains(QLatin1StringView("tags.name")))
        err.message = TagRepository::tr("A tag named %1 already exists.").arg(name.trimmed());
    return err;
}

QJsonObject tagJson(const Tag &t)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), t.id);
    o.insert(QStringLiteral("name"), t.name);
    o.insert(QStringLiteral("color"), t.color.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.color));
    return o;
}

} // namespace

DatabaseError TagRepository::create(const Tag &tag, qint64 *id)
{
    if (QString problem = checkName(tag.name); !problem.isEmpty() || !(problem = checkColor(tag.color)).isEmpty())
        return invalid(problem);
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Query q(m_db, QStringLiteral("INSERT INTO tags (name, color) VALUES (:name, :color)"));
    q.bind(QStringLiteral(":name"), tag.name.trimmed())
        .bindText(QStringLiteral(":color"), tag.color.isEmpty() ? QString() : tag.color);
    if (auto err = q.exec(TagRepository::tr("add tag %1").arg(tag.name.trimmed())))
        return explainConstraint(err, tag.name);
    Tag stored = tag;
    stored.id = q.lastInsertId();
    stored.name = tag.name.trimmed();
    if (auto err = AuditRepository(m_db).record(QStringLiteral("create"), QStringLiteral("tag"), stored.id, {},
                                                tagJson(stored)))
        return err;
    if (auto err = tx.commit())
        return err;
    if (id)
        *id = stored.id;
    return {};
}

DatabaseError TagRepository::get(qint64 tagId, Tag *out)
{
    Query q(m_db, QStringLiteral("SELECT id, name, color FROM tags WHERE id = :id"));
    q.bind(QStringLiteral(":id"), tagId);
    if (auto err = q.exec(TagRepository::tr("read tag %1").arg(tagId)))
        return err;
    if (!q.next())
        return DatabaseError::make(DatabaseError::Kind::NotFound, TagRepository::tr("Tag %1 does not exist.").arg(tagId));
    *out = Tag{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return {};
}

DatabaseError TagRepository::rename(qint64 tagId, const QString &name)
{
    if (const QString problem = checkName(name); !problem.isEmpty())
        return invalid(problem);
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Tag before;
    if (auto err = get(tagId, &before))
        return err;
    Query q(m_db, QStringLiteral("UPDATE tags SET name = :name WHERE id = :id"));
    q.bind(QStringLiteral(":name"), name.trimmed()).bind(QStringLiteral(":id"), tagId);
    if (auto err = q.exec(TagRepository::tr("rename tag %1 to %2").arg(before.name, name.trimmed())))
        return explainConstraint(err, name);
    Tag after = before;
    after.name = name.trimmed();
    if (auto err = AuditRepository(m_db).record(QStringLiteral("update"), QStringLiteral("tag"), tagId,
                                                tagJson(before), tagJson(after)))
        return err;
    return tx.commit();
}

DatabaseError TagRepository::setColor(qint64 tagId, const QString &color)
{
    if (const QString problem = checkColor(color); !problem.isEmpty())
        return invalid(problem);
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Tag before;
    if (auto err = get(tagId, &before))
        return err;
    Query q(m_db, QStringLiteral("UPDATE tags SET color = :color WHERE id = :id"));
    q.bindText(QStringLiteral(":color"), color.isEmpty() ? QString() : color).bind(QStringLiteral(":id"), tagId);
    if (auto err = q.exec(TagRepository::tr("change the colour of tag %1").arg(before.name)))
        return err;
    Tag after = before;
    after.color = color;
    if (auto err = AuditRepository(m_db).record(QStringLiteral("update"), QStringLiteral("tag"), tagId,
                                                tagJson(before), tagJson(after)))
        return err;
    return tx.commit();
}

DatabaseError TagRepository::remove(qint64 tagId)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Tag before;
    if (auto err = get(tagId, &before))
        return err;
    // The links go explicitly (not by cascade) so the audit entry can say how many there were.
    Query untag(m_db, QStringLiteral("DELETE FROM member_tags WHERE tag_id = :id"));
    untag.bind(QStringLiteral(":id"), tagId);
    if (auto err = untag.exec(TagRepository::tr("untag every member tagged %1").arg(before.name)))
        return err;
    QJsonObject beforeJson = tagJson(before);
    beforeJson.insert(QStringLiteral("member_count"), untag.numRowsAffected());
    Query q(m_db, QStringLiteral("DELETE FROM tags WHERE id = :id"));
    q.bind(QStringLiteral(":id"), tagId);
    if (auto err = q.exec(TagRepository::tr("delete tag %1").arg(before.name)))
        return err;
    if (auto err = AuditRepository(m_db).record(QStringLiteral("delete"), QStringLiteral("tag"), tagId, beforeJson, {}))
        return err;
    return tx.commit();
}

DatabaseError TagRepository::list(QList<TagCount> *out)
{
    Query q(m_db, QStringLiteral("SELECT t.id, t.name, t.color, "
                                 "(SELECT count(*) FROM member_tags mt WHERE mt.tag_id = t.id) "
                                 "FROM tags t ORDER BY t.name, t.id"));
    if (auto err = q.exec(TagRepository::tr("list tags")))
        return err;
    out->clear();
    while (q.next())
        out->append({Tag{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()},
                     q.value(3).toLongLong()});
    return {};
}

DatabaseError TagRepository::changeMembership(qint64 memberId, qint64 tagId, bool add)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Tag tag;
    if (auto err = get(tagId, &tag))
        return err;
    Query q(m_db, add ? QStringLiteral("INSERT INTO member_tags (member_id, tag_id) VALUES (:member, :tag) "
                                       "ON CONFLICT DO NOTHING")
                      : QStringLiteral("DELETE FROM member_tags WHERE member_id = :member AND tag_id = :tag"));
    q.bind(QStringLiteral(":member"), memberId).bind(QStringLiteral(":tag"), tagId);
    const QString what = add ? TagRepository::tr("tag member %1 with %2").arg(memberId).arg(tag.name)
                             : TagRepository::tr("remove tag %2 from member %1").arg(memberId).arg(tag.name);
    if (auto err = q.exec(what)) {
        if (err.kind == DatabaseError::Kind::Constraint)
            err.message = TagRepository::tr("Member %1 does not exist.").arg(memberId);
        return err;
    }
    if (q.numRowsAffected() == 0)
        return {}; // already so: nothing to record
    QJsonObject change;
    change.insert(QStringLiteral("tag_id"), tagId);
    change.insert(QStringLiteral("tag"), tag.name);
    AuditRepository audit(m_db);
    if (auto err = add ? audit.record(QStringLiteral("tag"), QStringLiteral("member"), memberId, {}, change)
                       : audit.record(QStringLiteral("untag"), QStringLiteral("member"), memberId, change, {}))
        return err;
    return tx.commit();
}

DatabaseError TagRepository::tagMember(qint64 memberId, qint64 tagId)
{
    return changeMembership(memberId, tagId, true);
}

DatabaseError TagRepository::untagMember(qint64 memberId, qint64 tagId)
{
    return changeMembership(memberId, tagId, false);
}

DatabaseError TagRepository::tagsOf(qint64 memberId, QList<Tag> *out)
{
    Query q(m_db, QStringLiteral("SELECT t.id, t.name, t.color FROM member_tags mt JOIN tags t ON t.id = mt.tag_id "
                                 "WHERE mt.member_id = :member ORDER BY t.name, t.id"));
    q.bind(QStringLiteral(":member"), memberId);
    if (auto err = q.exec(TagRepository::tr("read the tags of member %1").arg(memberId)))
        return err;
    out->clear();
    while (q.next())
        out->append(Tag{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return {};
}

} // namespace qundesk
