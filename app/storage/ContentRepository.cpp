#include "storage/ContentRepository.h"

#include "storage/AuditRepository.h"
#include "storage/ContentSqlText.h"
#include "storage/Query.h"
#include "storage/SqlTransaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace qundesk {

namespace {

using K = DatabaseError::Kind;

const QString columnFields = QStringLiteral("id, name, category, color, description");
const QString itemFields = QStringLiteral("id, title, body, kind, column_id, status, tags, created_at, updated_at");
const QString materialMeta = QStringLiteral(
    "id, title, kind, file_path, body, mime_type, size_bytes, sha256, author_member_id, approved, approved_by, "
    "approved_at, created_at");
const QString replyFields = QStringLiteral(
    "id, keyword, match_mode, reply, scope_group_id, scope_purpose, priority, enabled");

ContentColumn readColumn(const Query &q)
{
    ContentColumn c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.category = columnCategoryFromCode(q.value(2).toString()).value_or(ColumnCategory::Knowledge);
    c.color = q.value(3).toString();
    c.description = q.value(4).toString();
    return c;
}

QStringList splitTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，]"));
    QStringList tags;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty())
            tags.append(tag);
    }
    return tags;
}

QString joinTags(const QStringList &tags)
{
    // Commas separate tags in the column, so a comma inside a tag would split it on reading.
    static const QRegularExpression separators(QStringLiteral("[,，]"));
    QStringList clean;
    for (const QString &tag : tags) {
        QString t = tag;
        t.replace(separators, QStringLiteral(" "));
        t = t.trimmed();
        if (!t.isEmpty() && !clean.contains(t))
            clean.append(t);
    }
    return clean.join(QLatin1Char(','));
}

ContentItem readItem(const Query &q)
{
    ContentItem it;
    it.id = q.value(0).toLongLong();
    it.title = q.value(1).toString();
    it.body = q.value(2).toString();
    it.kind = contentKindFromCode(q.value(3).toString()).value_or(ContentKind::Announcement);
    it.columnId = q.value(4).toLongLong();
    it.status = contentStatusFromCode(q.value(5).toString()).value_or(ContentStatus::Draft);
    it.tags = splitTags(q.value(6).toString());
    it.createdAt = sqltext::dateTimeFrom(q.value(7));
    it.updatedAt = sqltext::dateTimeFrom(q.value(8));
    return it;
}

Material readMaterialMeta(const Query &q)
{
    Material m;
    m.id = q.value(0).toLongLong();
    m.title = q.value(1).toString();
    m.kind = materialKindFromCode(q.value(2).toString()).value_or(MaterialKind::File);
    m.filePath = q.value(3).toString();
    m.body = q.value(4).toString();
    m.mimeType = q.value(5).toString();
    m.sizeBytes = q.value(6).toLongLong();
    m.sha256 = q.value(7).toString();
    m.authorMemberId = q.value(8).toLongLong();
    m.approved = q.value(9).toInt() != 0;
    m.approvedBy = q.value(10).toLongLong();
    m.approvedAt = sqltext::dateTimeFrom(q.value(11));
    m.createdAt = sqltext::dateTimeFrom(q.value(12));
    return m;
}

KeywordReply readReply(const Query &q)
{
    KeywordReply r;
    r.id = q.value(0).toLongLong();
    r.keyword = q.value(1).toString();
    r.matchMode = matchModeFromCode(q.value(2).toString()).value_or(MatchMode::Contains);
    r.reply = q.value(3).toString();
    r.scopeGroupId = q.value(4).toLongLong();
    r.scopePurpose = q.value(5).toString();
    r.priority = q.value(6).toInt();
    r.enabled = q.value(7).toInt() != 0;
    return r;
}

// One audited write: the statement and its audit entry commit together or not at all.
template<typename Write>
DatabaseError audited(const QSqlDatabase &db, Write &&write)
{
    SqlTransaction tx(db);
    if (tx.beginError())
        return tx.beginError();
    if (auto err = write(AuditRepository(db)))
        return err;
    return tx.commit();
}

} // namespace

QString ContentRepository::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

DatabaseError ContentRepository::exists(const QString &table, qint64 id, bool *found)
{
    Query q(m_db, QStringLiteral("SELECT 1 FROM ") + table + QStringLiteral(" WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("look up %1 #%2").arg(table).arg(id)))
        return err;
    *found = q.next();
    return {};
}

// ------------------------------------------------------------------------------------ columns

DatabaseError ContentRepository::listColumns(QList<ContentColumn> *out)
{
    Query q(m_db, QStringLiteral("SELECT ") + columnFields + QStringLiteral(" FROM content_columns ORDER BY name, id"));
    if (auto err = q.exec(tr("list content columns")))
        return err;
    out->clear();
    while (q.next())
        out->append(readColumn(q));
    return {};
}

DatabaseError ContentRepository::column(qint64 id, ContentColumn *out)
{
    Query q(m_db, QStringLiteral("SELECT ") + columnFields + QStringLiteral(" FROM content_columns WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("read content column")))
        return err;
    if (!q.next())
        return DatabaseError::make(K::NotFound, tr("Content column #%1 does not exist.").arg(id));
    *out = readColumn(q);
    return {};
}

DatabaseError ContentRepository::checkColumn(const ContentColumn &c)
{
    if (c.name.trimmed().isEmpty())
        return DatabaseError::make(K::Constraint, tr("A content column needs a name."));
    Query q(m_db, QStringLiteral("SELECT id FROM content_columns WHERE name = :name AND id <> :id"));
    q.bind(QStringLiteral(":name"), c.name.trimmed()).bind(QStringLiteral(":id"), c.id);
    if (auto err = q.exec(tr("check content column name")))
        return err;
    if (q.next())
        return DatabaseError::make(K::Constraint, tr("A content column named “%1” already exists.").arg(c.name.trimmed()));
    return {};
}

DatabaseError ContentRepository::createColumn(const ContentColumn &column, qint64 *id)
{
    return audited(m_db, [&](AuditRepository audit) -> DatabaseError {
        if (auto err = checkColumn(column))
            return err;
        Query q(m_db, QStringLiteral("INSERT INTO content_columns (name, category, color, description) "
                                     "VALUES (:name, :category, :color, :description)"));
        q.bind(QStringLiteral(":name"), column.name.trimmed())
            .bind(QStringLiteral(":category"), columnCategoryCode(column.category))
            .bindText(QStringLiteral(":color"), column.color.isEmpty() ? QString() : column.color)
            .bindText(QStringLiteral(":description"), column.description);
        if (auto err = q.exec(tr("add content column")))
            return err;
        ContentColumn after = column;
        after.id = q.lastInsertId();
        if (id)
            *id = after.id;
        return audit.record(QStringLiteral("create"), QStringLiteral("content_column"), after.id, {}, after.toJson());
    });
}

DatabaseError ContentRepository::updateColumn(const ContentColumn &column)
{
    return audited(m_db, [&](AuditRepository audit) -> DatabaseError {
        ContentColumn before;
        if (auto err = this->column(column.id, &before))
            return err;
        if (auto err = checkColumn(column))
            return err;
        Query q(m_db, QStringLiteral("UPDATE content_columns SET name = :name, category = :category, color = :color, "
                                     "description = :description WHERE id = :id"));
        q.bind(QStringLiteral(":name"), column.name.trimmed())
            .bind(QStringLiteral(":category"), columnCategoryCode(column.category))
            .bindText(QStringLiteral(":color"), column.color.isEmpty() ? QString() : column.color)
            .bindText(QStringLiteral(":description"), column.description)
            .bind(QStringLiteral(":id"), column.id);
        if (auto err = q.exec(tr("update content column")))
            return err;
        return audit.record(QStringLiteral("update"), QStringLiteral("content_column"), column.id, before.toJson(),
                            column.toJson());
    });
}

DatabaseError ContentRepository::removeColumn(qint64 id)
{
    return audited(m_db, [&](AuditRepository audit) -> DatabaseError {
        ContentColumn before;
        if (auto err = column(id, &before))
            return err;
        Query q(m_db, QStringLiteral("DELETE FROM content_columns WHERE id = :id"));
        q.bind(QStringLiteral(":id"), id);
        if (auto err = q.exec(tr("delete content column")))
            return err;
        return audit.record(QStringLiteral("delete"), QStringLiteral("content_column"), id, before.toJson(), {});
    });
}

// -------------------------------------------------------------------------------------- items

DatabaseError ContentRepository::item(qint64 id, ContentItem *out)
{
    Query q(m_db, QStringLiteral("SELECT ") + itemFields + QStringLiteral(" FROM content_items WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("read content item")))
        return err;
    if (!q.next())
        return DatabaseError::make(K::NotFound, tr("Content item #%1 does not exist.").arg(id));
    *out = readItem(q);
    return {};
}

DatabaseError ContentRepository::listItems(const ContentItemFilter &filter, QList<ContentItem> *out)
{
    QString sql = QStringLiteral("SELECT ") + itemFields + QStringLiteral(" FROM content_items WHERE 1 = 1");
    if (filter.kind)
        sql += QStringLiteral(" AND kind = :kind");
    if (filter.columnId > 0)
        sql += QStringLiteral(" AND column_id = :column");
    if (filter.status)
        sql += QStringLiteral(" AND status = :status");
    const QString text = filter.text.trimmed();
    // instr() rather than LIKE: no wildcard escaping, and CJK text has no case anyway.
    if (!text.isEmpty())
        sql += QStringLiteral(" AND (instr(lower(title), lower(:text)) > 0 OR instr(lower(coalesce(body, '')), "
                              "lower(:text)) > 0 OR instr(lower(coalesce(tags, '')), lower(:text)) > 0)");
    sql += QStringLiteral(" ORDER BY updated_at DESC, id DESC LIMIT :limit");
    Query q(m_db, sql);
    if (filter.kind)
        q.bind(QStringLiteral(":kind"), contentKindCode(*filter.kind));
    if (filter.columnId > 0)
        q.bind(QStringLiteral(":column"), filter.columnId);
    if (filter.status)
        q.bind(QStringLiteral(":status"), contentStatusCode(*filter.status));
    if (!text.isEmpty())
        q.bind(QStringLiteral(":text"), text);
    q.bind(QStringLiteral(":limit"), filter.limit > 0 ? filter.limit : -1);
    if (auto err = q.exec(tr("list content items")))
        return err;
    out->clear();
    while (q.next())
        out->append(readItem(q));
    return {};
}

DatabaseError ContentRepository::checkItem(const ContentItem &item)
{
    if (item.title.trimmed().isEmpty())
        return DatabaseError::make(K::Constraint, tr("A content item needs a title."));
    if (item.columnId > 0) {
        bool found = false;
        if (auto err = exists(QStringLiteral("content_columns"), item.columnId, &found))
            return err;
        if (!found)
            return DatabaseError::make(K::Constraint, tr("Content column #%1 does not exist.").arg(item.columnId));
    }
    return {};
}

DatabaseError ContentRepository::createItem(const ContentItem &item, qint64 *id)
{
    return audited(m_db, [&](AuditRepository audit) -> DatabaseError {
        if (auto err = checkItem(item))
            return err;
        Query q(m_db, QStringLiteral("INSERT INTO content_items (title, body, kind, column_id, status, tags) "
                                     "VALUES (:title, :body, :kind, :column, :status, :tags)"));
        q.bind(QStringLiteral(":title"), item.title.trimmed())
            .bindText(QStringLiteral(":body"), item.body)
            .bind(QStringLiteral(":kind"), contentKindCode(item.kind))
            .bindId(QStringLiteral(":column"), item.columnId)
            .bind(QStringLiteral(":status"), contentStatusCode(item.status))
            .bindText(QStringLiteral(":tags"), item.tags.isEmpty() ? QString() : joinTags(item.tags));
        if (auto err = q.exec(tr("add content item")))
            return err;
        ContentItem after = item;
        after.id = q.lastInsertId();
        if (id)
            *id = after.id;
        return audit.record(QStringLiteral("create"), QStringLiteral("content_item"), after.id, {}, after.toJson());
    });
}

DatabaseError ContentRepository::updateItem(const ContentItem &item)
{
    return audited(m_db, [&](AuditRepository audit) -> DatabaseError {
        ContentItem before;
        if (auto err = this->item(item.id, &before))
            return err;
        if (auto err = checkItem(item))
            return err;
        Query q(m_db, QStringLiteral("UPDATE content_items SET title = :title, body = :body, kind = :kind, "
                                     "column_id = :column, status = :status, tags = :tags, "
                                     "updated_at = datetime('now', 'localtime') WHERE id = :id"));
        q.bind(QStringLiteral(":title"), item.title.trimmed())
            .bindText(QStringLiteral(":body"), item.body)
            .bind(QStringLiteral(":kind"), contentKindCode(item.kind))
            .bindId(QStringLiteral(":column"), item.columnId)
            .bind(QStringLiteral(":status"), contentStatusCode(item.status))
            .bindText(QStringLiteral(":tags"), item.tags.isEmpty() ? QString() : joinTags(item.tags))
            .bind(QStringLiteral(":id"), item.id);
        if (auto err = q.exec(tr("update content item")))
            return err;
        return audit.record(QStringLiteral("update"), QStringLiteral("content_item"), item.id, before.toJson(),
                            item.toJson());
    });
}

DatabaseError ContentRepository::removeItem(qint64 id)
{
    return audited(m_db, [&](AuditRepository audit) -> DatabaseError {
        ContentItem before;
        if (auto err = item(id, &before))
            return err;
        // ON DELETE SET NULL would leave such entries with neither content nor title, which the
        // schema's CHECK refuses; say so in words instead of passing the raw constraint on.
        Query uses(m_db, QStringLiteral("SELECT count(*) FROM schedule_entries WHERE content_item_id = :id "
                                        "AND length(trim(coalesce(title, ''))) = 0"));
        uses.bind(QStringLiteral(":id"), id);
        if (auto err = uses.exec(tr("count calendar entries of a content item")))
            return err;
        if (uses.next() && uses.value(0).toInt() > 0)
            return DatabaseError::make(K::Constraint,
                tr("“%1” is on %2 calendar entries that have no title of their own; remove those entries "
                   "or give them a title before deleting it.").arg(before.title).arg(uses.value(0).toInt()));
        Query q(m_db, QStringLiteral("DELETE FROM content_items WHERE id = :id"));
        q.bind(QStringLiteral(":id"), id);
        if (auto err = q.exec(tr("delete content item")))
            return err;
        return audit.record(QStringLiteral("delete"), QStringLiteral("content_item"), id, before.toJson(), {});
    });
}

// ---------------------------------------------------------------------------------- materials

DatabaseError ContentRepository::findMaterialBySha256(const QString &sha256, std::optional<Material> *out)
{
    Query q(m_db, QStringLiteral("SELECT ") + materialMeta + QStringLiteral(" FROM materials WHERE sha256 = :sha"));
    q.bind(QStringLiteral(":sha"), sha256.toLower());
    if (auto err = q.exec(tr("look up material by hash")))
        return err;
    *out = q.next() ? std::optional<Material>(readMaterialMeta(q)) : std::nullopt;
    return {};
}

DatabaseError ContentRepository::duplicateMaterialError(const QString &sha256)
{
    std::optional<Material> existing;
    if (auto err = findMaterialBySha256(sha256, &existing))
        return err;
    if (!existing)
        return {};
    return DatabaseError::make(K::Constraint,
        tr("This material is already in the library as “%1” (#%2, added %3).")
            .arg(existing->title)
            .arg(existing->id)
            .arg(existing->createdAt.toString(QStringLiteral("yyyy-MM-dd"))));
}

DatabaseError ContentRepository::insertMaterial(const Material &m, qint64 *id)
{
    if (m.title.trimmed().isEmpty())
        return DatabaseError::make(K::Constraint, tr("A material needs a title."));
    return audited(m_db, [&](AuditRepository audit) -> DatabaseError {
        if (auto err = duplicateMaterialError(m.sha256))
            return err;
        Query q(m_db, QStringLiteral(
            "INSERT INTO materials (title, kind, file_path, data, body, mime_type, size_bytes, sha256, "
            "author_member_id) VALUES (:title, :kind, :path, :data, :body, :mime, :size, :sha, :author)"));
        q.bind(QStringLiteral(":title"), m.title.trimmed())
            .bind(QStringLiteral(":kind"), materialKindCode(m.kind))
            .bindText(QStringLiteral(":path"), m.filePath.isEmpty() ? QString() : m.filePath)
            .bind(QStringLiteral(":data"), m.data.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(m.data))
            .bindText(QStringLiteral(":body"), m.body.isEmpty() ? QString() : m.body)
            .bindText(QStringLiteral(":mime"), m.mimeType.isEmpty() ? QString() : m.mimeType)
            .bind(QStringLiteral(":size"), m.sizeBytes)
            .bind(QStringLiteral(":sha"), m.sha256)
            .bindId(QStringLiteral(":author"), m.authorMemberId);
        if (auto err = q.exec(tr("add material “%1”").arg(m.title)))
            return err;
        Material after = m;
        after.id = q.lastInsertId();
        if (id)
            *id = after.id;
        return audit.record(QStringLiteral("create"), QStringLiteral("material"), after.id, {}, after.toJson());
    });
}

DatabaseError ContentRepository::addMaterial(const Material &material, qint64 *id)
{
    Material m = material;
    if (m.data.isEmpty() && m.body.isEmpty())
        return DatabaseError::make(K::Constraint, tr("The material “%1” has no content.").arg(m.title));
    const QByteArray bytes = m.data.isEmpty() ? m.body.toUtf8() : m.data;
    m.sha256 = sha256Hex(bytes);
    m.sizeBytes = bytes.size();
    if (m.mimeType.isEmpty())
        m.mimeType = m.data.isEmpty() ? QStringLiteral("text/plain") : QMimeDatabase().mimeTypeForData(m.data).name();
    m.filePath.clear();
    return insertMaterial(m, id);
}

DatabaseError ContentRepository::addMaterialFromFile(const QString &path, const Material &details, qint64 *id)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return DatabaseError::make(K::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return DatabaseError::make(K::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QFileInfo info(path);
    Material m = details;
    m.filePath = info.absoluteFilePath();
    m.data.clear();
    m.sha256 = QString::fromLatin1(hash.result().toHex());
    m.sizeBytes = info.size();
    if (m.title.trimmed().isEmpty())
        m.title = info.completeBaseName();
    if (m.mimeType.isEmpty())
        m.mimeType = QMimeDatabase().mimeTypeForFile(info).name();
    return insertMaterial(m, id);
}

DatabaseError ContentRepository::material(qint64 id, Material *out)
{
    Query q(m_db, QStringLiteral("SELECT ") + materialMeta + QStringLiteral(", data FROM materials WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("read material")))
        return err;
    if (!q.next())
        return DatabaseError::make(K::NotFound, tr("Material #%1 does not exist.").arg(id));
    *out = readMaterialMeta(q);
    out->data = q.value(13).toByteArray();
    return {};
}

DatabaseError ContentRepository::listMaterials(QList<Material> *out)
{
    Query q(m_db, QStringLiteral("SELECT ") + materialMeta + QStringLiteral(" FROM materials ORDER BY created_at DESC, id DESC"));
    if (auto err = q.exec(tr("list materials")))
        return err;
    out->clear();
    while (q.next())
        out->append(readMaterialMeta(q));
    return {};
}

DatabaseError ContentRepository::approveMaterial(qint64 id, qint64 operatorId, const QDateTime &when)
{
    return audited(m_db, [&](AuditRepository audit) -> DatabaseError {
        Material before;
        if (auto err = material(id, &before))
            return err;
        const QDateTime at = when.isValid() ? when : QDateTime::currentDateTime();
        Query q(m_db, QStringLiteral("UPDATE materials SET approved = 1, approved_by = :by, approved_at = :at "
                                     "WHERE id = :id"));
        q.bindId(QStringLiteral(":by"), operatorId)
            .bind(QStringLiteral(":at"), sqltext::dateTime(at))
            .bind(QStringLiteral(":id"), id);
        if (auto err = q.exec(tr("approve material “%1”").arg(before.title)))
            return err;
        Material after = before;
        after.approved = true;
        after.approvedBy = operatorId;
        after.approvedAt = at;
        return audit.record(QStringLiteral("approve"), QStringLiteral("material"), id, before.toJson(), after.toJson());
    });
}

DatabaseError ContentRepository::removeMaterial(qint64 id)
{
    return audited(m_db, [&](AuditRepository audit) -> DatabaseError {
        Material before;
        if (auto err = material(id, &before))
            return err;
        Query q(m_db, QStringLiteral("DELETE FROM materials WHERE id = :id"));
        q.bind(QStringLiteral(":id"), id);
        if (auto err = q.exec(tr("delete material")))
            return err;
        return audit.record(QStringLiteral("delete"), QStringLiteral("material"), id, before.toJson(), {});
    });
}

// ---------------------------------------------------------------------------- keyword replies

DatabaseError ContentRepository::listKeywordReplies(QList<KeywordReply> *out)
{
    Query q(m_db, QStringLiteral("SELECT ") + replyFields
                      + QStringLiteral(" FROM keyword_replies ORDER BY priority DESC, keyword, id"));
    if (auto err = q.exec(tr("list keyword replies")))
        return err;
    out->clear();
    while (q.next())
        out->append(readReply(q));
    return {};
}

DatabaseError ContentRepository::keywordReply(qint64 id, KeywordReply *out)
{
    Query q(m_db, QStringLiteral("SELECT ") + replyFields + QStringLiteral(" FROM keyword_replies WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("read keyword reply")))
        return err;
    if (!q.next())
        return DatabaseError::make(K::NotFound, tr("Keyword reply #%1 does not exist.").arg(id));
    *out = readReply(q);
    return {};
}

DatabaseError ContentRepository::checkKeywordReply(const KeywordReply &r)
{
    if (r.keyword.trimmed().isEmpty())
        return DatabaseError::make(K::Constraint, tr("A keyword reply needs a keyword."));
    if (r.reply.trimmed().isEmpty())
        return DatabaseError::make(K::Constraint, tr("The keyword “%1” needs a reply text.").arg(r.keyword.trimmed()));
    if (r.scopeGroupId > 0) {
        bool found = false;
        if (auto err = exists(QStringLiteral("chat_groups"), r.scopeGroupId, &found))
            return err;
        if (!found)
            return DatabaseError::make(K::Constraint, tr("Group #%1 does not exist.").arg(r.scopeGroupId));
    }
    return {};
}

DatabaseError ContentRepository::createKeywordReply(const KeywordReply &reply, qint64 *id)
{
    return audited(m_db, [&](AuditRepository audit) -> DatabaseError {
        if (auto err = checkKeywordReply(reply))
            return err;
        Query q(m_db, QStringLiteral("INSERT INTO keyword_replies (keyword, match_mode, reply, scope_group_id, "
                                     "scope_purpose, priority, enabled) VALUES (:keyword, :mode, :reply, :group, "
                                     ":purpose, :priority, :enabled)"));
        q.bind(QStringLiteral(":keyword"), reply.keyword.trimmed())
            .bind(QStringLiteral(":mode"), matchModeCode(reply.matchMode))
            .bind(QStringLiteral(":reply"), reply.reply)
            .bindId(QStringLiteral(":group"), reply.scopeGroupId)
            .bindText(QStringLiteral(":purpose"), reply.scopePurpose.isEmpty() ? QString() : reply.scopePurpose)
            .bind(QStringLiteral(":priority"), reply.priority)
            .bind(QStringLiteral(":enabled"), reply.enabled ? 1 : 0);
        if (auto err = q.exec(tr("add keyword reply “%1”").arg(reply.keyword)))
            return err;
        KeywordReply after = reply;
        after.id = q.lastInsertId();
        if (id)
            *id = after.id;
        return audit.record(QStringLiteral("create"), QStringLiteral("keyword_reply"), after.id, {}, after.toJson());
    });
}

DatabaseError ContentRepository::updateKeywordReply(const KeywordReply &reply)
{
    return audited(m_db, [&](AuditRepository audit) -> DatabaseError {
        KeywordReply before;
        if (auto err = keywordReply(reply.id, &before))
            return err;
        if (auto err = checkKeywordReply(reply))
            return err;
        Query q(m_db, QStringLiteral("UPDATE keyword_replies SET keyword = :keyword, match_mode = :mode, "
                                     "reply = :reply, scope_group_id = :group, scope_purpose = :purpose, "
                                     "priority = :priority, enabled = :enabled WHERE id = :id"));
        q.bind(QStringLiteral(":keyword"), reply.keyword.trimmed())
            .bind(QStringLiteral(":mode"), matchModeCode(reply.matchMode))
            .bind(QStringLiteral(":reply"), reply.reply)
            .bindId(QStringLiteral(":group"), reply.scopeGroupId)
            .bindText(QStringLiteral(":purpose"), reply.scopePurpose.isEmpty() ? QString() : reply.scopePurpose)
            .bind(QStringLiteral(":priority"), reply.priority)
            .bind(QStringLiteral(":enabled"), reply.enabled ? 1 : 0)
            .bind(QStringLiteral(":id"), reply.id);
        if (auto err = q.exec(tr("update keyword reply “%1”").arg(reply.keyword)))
            return err;
        return audit.record(QStringLiteral("update"), QStringLiteral("keyword_reply"), reply.id, before.toJson(),
                            reply.toJson());
    });
}

DatabaseError ContentRepository::removeKeywordReply(qint64 id)
{
    return audited(m_db, [&](AuditRepository audit) -> DatabaseError {
        KeywordReply before;
        if (auto err = keywordReply(id, &before))
            return err;
        Query q(m_db, QStringLiteral("DELETE FROM keyword_replies WHERE id = :id"));
        q.bind(QStringLiteral(":id"), id);
        if (auto err = q.exec(tr("delete keyword reply")))
            return err;
        return audit.record(QStringLiteral("delete"), QStringLiteral("keyword_reply"), id, before.toJson(), {});
    });
}

// --------------------------------------------------------------------------------- time slots

DatabaseError ContentRepository::listTimeSlots(QList<TimeSlot> *out)
{
    Query q(m_db, QStringLiteral("SELECT id, slot_time, label, max_posts FROM time_slots ORDER BY slot_time"));
    if (auto err = q.exec(tr("list time slots")))
        return err;
    out->clear();
    while (q.next())
        out->append({q.value(0).toLongLong(), sqltext::timeFrom(q.value(1)), q.value(2).toString(), q.value(3).toInt()});
    return {};
}

DatabaseError ContentRepository::timeSlot(qint64 id, TimeSlot *out)
{
    Query q(m_db, QStringLiteral("SELECT id, slot_time, label, max_posts FROM time_slots WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("read time slot")))
        return err;
    if (!q.next())
        return DatabaseError::make(K::NotFound, tr("Time slot #%1 does not exist.").arg(id));
    *out = {q.value(0).toLongLong(), sqltext::timeFrom(q.value(1)), q.value(2).toString(), q.value(3).toInt()};
    return {};
}

DatabaseError ContentRepository::checkTimeSlot(const TimeSlot &slot)
{
    if (!slot.time.isValid())
        return DatabaseError::make(K::Constraint, tr("A time slot needs a valid time of day."));
    if (slot.maxPosts <= 0)
        return DatabaseError::make(K::Constraint, tr("A time slot must allow at least one post."));
    Query q(m_db, QStringLiteral("SELECT label FROM time_slots WHERE slot_time = :time AND id <> :id"));
    q.bind(QStringLiteral(":time"), sqltext::time(slot.time)).bind(QStringLiteral(":id"), slot.id);
    if (auto err = q.exec(tr("check time slot")))
        return err;
    if (q.next())
        return DatabaseError::make(K::Constraint, tr("There is already a time slot at %1 (%2).")
                                                      .arg(sqltext::time(slot.time), q.value(0).toString()));
    return {};
}

DatabaseError ContentRepository::createTimeSlot(const TimeSlot &slot, qint64 *id)
{
    return audited(m_db, [&](AuditRepository audit) -> DatabaseError {
        if (auto err = checkTimeSlot(slot))
            return err;
        Query q(m_db, QStringLiteral("INSERT INTO time_slots (slot_time, label, max_posts) VALUES (:time, :label, :max)"));
        q.bind(QStringLiteral(":time"), sqltext::time(slot.time))
            .bindText(QStringLiteral(":label"), slot.label)
            .bind(QStringLiteral(":max"), slot.maxPosts);
        if (auto err = q.exec(tr("add time slot %1").arg(sqltext::time(slot.time))))
            return err;
        TimeSlot after = slot;
        after.id = q.lastInsertId();
        if (id)
            *id = after.id;
        return audit.record(QStringLiteral("create"), QStringLiteral("time_slot"), after.id, {}, after.toJson());
    });
}

DatabaseError ContentRepository::updateTimeSlot(const TimeSlot &slot)
{
    return audited(m_db, [&](AuditRepository audit) -> DatabaseError {
        TimeSlot before;
        if (auto err = timeSlot(slot.id, &before))
            return err;
        if (auto err = checkTimeSlot(slot))
            return err;
        Query q(m_db, QStringLiteral("UPDATE time_slots SET slot_time = :time, label = :label, max_posts = :max "
                                     "WHERE id = :id"));
        q.bind(QStringLiteral(":time"), sqltext::time(slot.time))
            .bindText(QStringLiteral(":label"), slot.label)
            .bind(QStringLiteral(":max"), slot.maxPosts)
            .bind(QStringLiteral(":id"), slot.id);
        if (auto err = q.exec(tr("update time slot %1").arg(sqltext::time(slot.time))))
            return err;
        return audit.record(QStringLiteral("update"), QStringLiteral("time_slot"), slot.id, before.toJson(),
                            slot.toJson());
    });
}

DatabaseError ContentRepository::removeTimeSlot(qint64 id)
{
    return audited(m_db, [&](AuditRepository audit) -> DatabaseError {
        TimeSlot before;
        if (auto err = timeSlot(id, &before))
            return err;
        Query q(m_db, QStringLiteral("DELETE FROM time_slots WHERE id = :id"));
        q.bind(QStringLiteral(":id"), id);
        if (auto err = q.exec(tr("delete time slot")))
            return err;
        return audit.record(QStringLiteral("delete"), QStringLiteral("time_slot"), id, before.toJson(), {});
    });
}

} // namespace qundesk
