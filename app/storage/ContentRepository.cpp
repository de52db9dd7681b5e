#include "storage/ContentRepository.h"

#include "storage/ContentStorageDetail.h"
#include "storage/Query.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace qundesk {

namespace {

using K = DatabaseError::Kind;

const QString columnFields = QStringLiteral("id, name, category, color, description");
const QString itemFields = QStringLiteral("id, title, body, kind, column_id, status, tags, created_at, updated_at");

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

// Replaces the item's attachments; the caller holds the transaction.
DatabaseError writeItemMaterials(const QSqlDatabase &db, qint64 itemId, const QList<qint64> &materialIds)
{
    Query clear(db, QStringLiteral("DELETE FROM content_item_materials WHERE content_item_id = :item"));
    clear.bind(QStringLiteral(":item"), itemId);
    if (auto err = clear.exec(ContentRepository::tr("detach materials")))
        return err;
    for (qint64 materialId : materialIds) {
        Query check(db, QStringLiteral("SELECT 1 FROM materials WHERE id = :id"));
        check.bind(QStringLiteral(":id"), materialId);
        if (auto err = check.exec(ContentRepository::tr("check material")))
            return err;
        if (!check.next())
            return DatabaseError::make(
                K::Constraint, ContentRepository::tr("Material #%1 does not exist.").arg(materialId));
        Query q(db,
            QStringLiteral("INSERT OR IGNORE INTO content_item_materials (content_item_id, material_id) "
                           "VALUES (:item, :material)"));
        q.bind(QStringLiteral(":item"), itemId).bind(QStringLiteral(":material"), materialId);
        if (auto err = q.exec(ContentRepository::tr("attach material #%1").arg(materialId)))
            return err;
    }
    return {};
}

} // namespace

using detail::audited;

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
        return DatabaseError::make(
            K::Constraint, tr("A content column named “%1” already exists.").arg(c.name.trimmed()));
    return {};
}

DatabaseError ContentRepository::createColumn(const ContentColumn &column, qint64 *id)
{
    return audited(m_db, [&](AuditRepository audit) -> DatabaseError {
        if (auto err = checkColumn(column))
            return err;
        Query q(m_db,
            QStringLiteral("INSERT INTO content_columns (name, category, color, description) "
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
        Query q(m_db,
            QStringLiteral("UPDATE content_columns SET name = :name, category = :category, color = :color, "
                           "description = :description WHERE id = :id"));
        q.bind(QStringLiteral(":name"), column.name.trimmed())
            .bind(QStringLiteral(":category"), columnCategoryCode(column.category))
            .bindText(QStringLiteral(":color"), column.color.isEmpty() ? QString() : column.color)
            .bindText(QStringLiteral(":description"), column.description)
            .bind(QStringLiteral(":id"), column.id);
        if (auto err = q.exec(tr("update content column")))
            return err;
        return audit.record(
            QStringLiteral("update"), QStringLiteral("content_column"), column.id, before.toJson(), column.toJson());
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
    Query m(m_db,
        QStringLiteral("SELECT material_id FROM content_item_materials WHERE content_item_id = :id "
                       "ORDER BY material_id"));
    m.bind(QStringLiteral(":id"), id);
    if (auto err = m.exec(tr("read the materials of a content item")))
        return err;
    QList<qint64> ids;
    while (m.next())
        ids.append(m.value(0).toLongLong());
    out->materialIds = ids;
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
        Query q(m_db,
            QStringLiteral("INSERT INTO content_items (title, body, kind, column_id, status, tags) "
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
        if (item.materialIds) {
            if (auto err = writeItemMaterials(m_db, after.id, *item.materialIds))
                return err;
        }
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
        Query q(m_db,
            QStringLiteral("UPDATE content_items SET title = :title, body = :body, kind = :kind, "
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
        ContentItem after = item;
        if (item.materialIds) {
            if (auto err = writeItemMaterials(m_db, item.id, *item.materialIds))
                return err;
        } else {
            after.materialIds = before.materialIds;
        }
        return audit.record(
            QStringLiteral("update"), QStringLiteral("content_item"), item.id, before.toJson(), after.toJson());
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
        Query uses(m_db,
            QStringLiteral("SELECT count(*) FROM schedule_entries WHERE content_item_id = :id "
                           "AND length(trim(coalesce(title, ''))) = 0"));
        uses.bind(QStringLiteral(":id"), id);
        if (auto err = uses.exec(tr("count calendar entries of a content item")))
            return err;
        if (uses.next() && uses.value(0).toInt() > 0)
            return DatabaseError::make(K::Constraint,
                tr("“%1” is on %2 calendar entries that have no title of their own; remove those entries "
                   "or give them a title before deleting it.")
                    .arg(before.title)
                    .arg(uses.value(0).toInt()));
        Query q(m_db, QStringLiteral("DELETE FROM content_items WHERE id = :id"));
        q.bind(QStringLiteral(":id"), id);
        if (auto err = q.exec(tr("delete content item")))
            return err;
        return audit.record(QStringLiteral("delete"), QStringLiteral("content_item"), id, before.toJson(), {});
    });
}

} // namespace qundesk
