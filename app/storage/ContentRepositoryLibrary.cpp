#include "storage/ContentRepository.h"

#include "storage/ContentStorageDetail.h"
#include "storage/PointsRepository.h"
#include "storage/Query.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

// The material library (素材库), keyword replies and time slots of ContentRepository; columns and
// items live in ContentRepository.cpp.

namespace qundesk {

namespace {

using K = DatabaseError::Kind;

const QString materialMeta = QStringLiteral(
    "id, title, kind, file_path, body, mime_type, size_bytes, sha256, author_member_id, approved, approved_by, "
    "approved_at, created_at");
// The metadata with the author's name, the thumbnail (only if made from the current bytes) and
// the reward: columns 13, 14, 15 and 16 after materialMeta's 0..12.
const QString materialRich = QStringLiteral(
    "SELECT m.id, m.title, m.kind, m.file_path, m.body, m.mime_type, m.size_bytes, m.sha256, m.author_member_id, "
    "m.approved, m.approved_by, m.approved_at, m.created_at, mem.display_name, t.png, r.points, r.rewarded_at");
const QString materialJoins = QStringLiteral(
    " FROM materials m LEFT JOIN members mem ON mem.id = m.author_member_id "
    "LEFT JOIN material_thumbnails t ON t.material_id = m.id AND t.source_sha256 = m.sha256 "
    "LEFT JOIN material_rewards r ON r.material_id = m.id");
const QString replyFields
    = QStringLiteral("id, keyword, match_mode, reply, scope_group_id, scope_purpose, priority, enabled");

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

Material readMaterialRich(const Query &q)
{
    Material m = readMaterialMeta(q);
    m.authorName = q.value(13).toString();
    m.thumbnailPng = q.value(14).toByteArray();
    m.rewardPoints = q.value(15).toLongLong();
    m.rewardedAt = sqltext::dateTimeFrom(q.value(16));
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

} // namespace

using detail::audited;

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
        Query q(m_db,
            QStringLiteral(
                "INSERT INTO materials (title, kind, file_path, data, body, mime_type, size_bytes, sha256, "
                "author_member_id) VALUES (:title, :kind, :path, :data, :body, :mime, :size, :sha, :author)"));
        q.bind(QStringLiteral(":title"), m.title.trimmed())
            .bind(QStringLiteral(":kind"), materialKindCode(m.kind))
            .bindText(QStringLiteral(":path"), m.filePath.isEmpty() ? QString() : m.filePath)
            .bind(QStringLiteral(":data"),
                m.data.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(m.data))
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
    Query q(m_db, materialRich + QStringLiteral(", m.data") + materialJoins + QStringLiteral(" WHERE m.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("read material")))
        return err;
    if (!q.next())
        return DatabaseError::make(K::NotFound, tr("Material #%1 does not exist.").arg(id));
    *out = readMaterialRich(q);
    out->data = q.value(17).toByteArray();
    return {};
}

DatabaseError ContentRepository::listMaterials(QList<Material> *out)
{
    Query q(m_db,
        QStringLiteral("SELECT ") + materialMeta + QStringLiteral(" FROM materials ORDER BY created_at DESC, id DESC"));
    if (auto err = q.exec(tr("list materials")))
        return err;
    out->clear();
    while (q.next())
        out->append(readMaterialMeta(q));
    return {};
}

DatabaseError ContentRepository::listMaterials(const MaterialFilter &filter, QList<Material> *out)
{
    QString sql = materialRich + materialJoins + QStringLiteral(" WHERE 1 = 1");
    if (filter.kind)
        sql += QStringLiteral(" AND m.kind = :kind");
    if (filter.approved)
        sql += QStringLiteral(" AND m.approved = :approved");
    const QString text = filter.text.trimmed();
    if (!text.isEmpty())
        sql += QStringLiteral(" AND (instr(lower(m.title), lower(:text)) > 0 OR instr(lower(coalesce(m.body, '')), "
                              "lower(:text)) > 0 OR instr(lower(coalesce(mem.display_name, '')), lower(:text)) > 0)");
    sql += QStringLiteral(" ORDER BY m.created_at DESC, m.id DESC LIMIT :limit");
    Query q(m_db, sql);
    if (filter.kind)
        q.bind(QStringLiteral(":kind"), materialKindCode(*filter.kind));
    if (filter.approved)
        q.bind(QStringLiteral(":approved"), *filter.approved ? 1 : 0);
    if (!text.isEmpty())
        q.bind(QStringLiteral(":text"), text);
    q.bind(QStringLiteral(":limit"), filter.limit > 0 ? filter.limit : -1);
    if (auto err = q.exec(tr("list materials")))
        return err;
    out->clear();
    while (q.next())
        out->append(readMaterialRich(q));
    return {};
}

DatabaseError ContentRepository::updateMaterial(qint64 id, const QString &title, qint64 authorMemberId)
{
    if (title.trimmed().isEmpty())
        return DatabaseError::make(K::Constraint, tr("A material needs a title."));
    return audited(m_db, [&](AuditRepository audit) -> DatabaseError {
        Material before;
        if (auto err = material(id, &before))
            return err;
        if (authorMemberId > 0) {
            bool found = false;
            if (auto err = exists(QStringLiteral("members"), authorMemberId, &found))
                return err;
            if (!found)
                return DatabaseError::make(K::Constraint, tr("Member #%1 does not exist.").arg(authorMemberId));
        }
        Query q(m_db, QStringLiteral("UPDATE materials SET title = :title, author_member_id = :author WHERE id = :id"));
        q.bind(QStringLiteral(":title"), title.trimmed())
            .bindId(QStringLiteral(":author"), authorMemberId)
            .bind(QStringLiteral(":id"), id);
        if (auto err = q.exec(tr("update material “%1”").arg(before.title)))
            return err;
        Material after = before;
        after.title = title.trimmed();
        after.authorMemberId = authorMemberId;
        return audit.record(QStringLiteral("update"), QStringLiteral("material"), id, before.toJson(), after.toJson());
    });
}

DatabaseError ContentRepository::storeMaterialThumbnail(qint64 id, const QByteArray &png)
{
    if (png.isEmpty())
        return DatabaseError::make(K::Constraint, tr("The thumbnail of material #%1 is empty.").arg(id));
    Query q(m_db,
        QStringLiteral("INSERT OR REPLACE INTO material_thumbnails (material_id, png, source_sha256) "
                       "SELECT id, :png, sha256 FROM materials WHERE id = :id"));
    q.bind(QStringLiteral(":png"), png).bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("store the thumbnail of material #%1").arg(id)))
        return err;
    if (q.numRowsAffected() == 0)
        return DatabaseError::make(K::NotFound, tr("Material #%1 does not exist.").arg(id));
    return {};
}

DatabaseError ContentRepository::revokeMaterialApproval(qint64 id)
{
    return audited(m_db, [&](AuditRepository audit) -> DatabaseError {
        Material before;
        if (auto err = material(id, &before))
            return err;
        if (!before.approved)
            return DatabaseError::make(K::Constraint, tr("“%1” is not approved.").arg(before.title));
        Query q(m_db,
            QStringLiteral("UPDATE materials SET approved = 0, approved_by = NULL, approved_at = NULL WHERE id = :id"));
        q.bind(QStringLiteral(":id"), id);
        if (auto err = q.exec(tr("revoke the approval of “%1”").arg(before.title)))
            return err;
        Material after = before;
        after.approved = false;
        after.approvedBy = 0;
        after.approvedAt = {};
        return audit.record(QStringLiteral("revoke"), QStringLiteral("material"), id, before.toJson(), after.toJson());
    });
}

DatabaseError ContentRepository::rewardMaterialAuthor(qint64 id, qint64 points, qint64 operatorId, qint64 *ledgerEntryId)
{
    if (points <= 0)
        return DatabaseError::make(K::Constraint, tr("A reward must be more than zero points (got %1).").arg(points));
    Material m;
    if (auto err = material(id, &m))
        return err;
    if (m.authorMemberId <= 0)
        return DatabaseError::make(
            K::Constraint, tr("“%1” has no author to reward; set the member who created it first.").arg(m.title));
    // PointsRepository::earn runs its own transaction, so the reward is claimed first (the
    // primary key of material_rewards refuses a second claim), then paid, then linked.
    const QJsonObject claim { { QStringLiteral("material_id"), id }, { QStringLiteral("member_id"), m.authorMemberId },
        { QStringLiteral("points"), points } };
    const DatabaseError claimed = audited(m_db, [&](AuditRepository audit) -> DatabaseError {
            Query existing(m_db, QStringLiteral("SELECT points, rewarded_at FROM material_rewards WHERE material_id = :id"));
            existing.bind(QStringLiteral(":id"), id);
            if (auto e = existing.exec(tr("check the reward of “%1”").arg(m.title)))
                return e;
            if (existing.next())
                return DatabaseError::make(K::Constraint,
                    tr("The author of “%1” was already rewarded with %2 points on %3; a material is rewarded once.")
                        .arg(m.title)
                        .arg(existing.value(0).toLongLong())
                        .arg(sqltext::dateTimeFrom(existing.value(1)).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
            Query q(m_db,
                QStringLiteral("INSERT INTO material_rewards (material_id, member_id, points, operator_id) "
                               "VALUES (:id, :member, :points, :operator)"));
            q.bind(QStringLiteral(":id"), id)
                .bind(QStringLiteral(":member"), m.authorMemberId)
                .bind(QStringLiteral(":points"), points)
                .bindId(QStringLiteral(":operator"), operatorId);
            if (auto e = q.exec(tr("record the reward of “%1”").arg(m.title)))
                return e;
            return audit.record(QStringLiteral("reward"), QStringLiteral("material"), id, {}, claim);
        });
    if (claimed)
        return claimed;

    qint64 entry = 0;
    const QString note = tr("Reward for the original material “%1” (#%2)").arg(m.title).arg(id);
    if (auto err = PointsRepository(m_db).earn(m.authorMemberId, points, PointsReason::Content, note, operatorId, &entry)) {
        // Not paid: release the claim so the reward can be tried again.
        const DatabaseError released = audited(m_db, [&](AuditRepository audit) -> DatabaseError {
            Query q(m_db, QStringLiteral("DELETE FROM material_rewards WHERE material_id = :id"));
            q.bind(QStringLiteral(":id"), id);
            if (auto e = q.exec(tr("release the reward of “%1”").arg(m.title)))
                return e;
            return audit.record(QStringLiteral("reward_released"), QStringLiteral("material"), id, claim, {});
        });
        if (released)
            err.message += QLatin1Char('\n') + released.message;
        return err;
    }
    Query link(m_db, QStringLiteral("UPDATE material_rewards SET ledger_entry_id = :entry WHERE material_id = :id"));
    link.bind(QStringLiteral(":entry"), entry).bind(QStringLiteral(":id"), id);
    if (auto err = link.exec(tr("link the reward of “%1” to the points ledger").arg(m.title)))
        return err;
    if (ledgerEntryId)
        *ledgerEntryId = entry;
    return {};
}

DatabaseError ContentRepository::materialUsage(qint64 id, QStringList *itemTitles)
{
    Query q(m_db,
        QStringLiteral("SELECT i.title FROM content_item_materials cim JOIN content_items i ON i.id = cim.content_item_id "
                       "WHERE cim.material_id = :id ORDER BY i.title"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("list the content items using material #%1").arg(id)))
        return err;
    itemTitles->clear();
    while (q.next())
        itemTitles->append(q.value(0).toString());
    return {};
}

DatabaseError ContentRepository::approveMaterial(qint64 id, qint64 operatorId, const QDateTime &when)
{
    return audited(m_db, [&](AuditRepository audit) -> DatabaseError {
        Material before;
        if (auto err = material(id, &before))
            return err;
        const QDateTime at = when.isValid() ? when : QDateTime::currentDateTime();
        Query q(m_db,
            QStringLiteral("UPDATE materials SET approved = 1, approved_by = :by, approved_at = :at "
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
    Query q(m_db,
        QStringLiteral("SELECT ") + replyFields
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
        Query q(m_db,
            QStringLiteral("INSERT INTO keyword_replies (keyword, match_mode, reply, scope_group_id, "
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
        Query q(m_db,
            QStringLiteral("UPDATE keyword_replies SET keyword = :keyword, match_mode = :mode, "
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
        return audit.record(
            QStringLiteral("update"), QStringLiteral("keyword_reply"), reply.id, before.toJson(), reply.toJson());
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
        out->append(
            { q.value(0).toLongLong(), sqltext::timeFrom(q.value(1)), q.value(2).toString(), q.value(3).toInt() });
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
    *out = { q.value(0).toLongLong(), sqltext::timeFrom(q.value(1)), q.value(2).toString(), q.value(3).toInt() };
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
        return DatabaseError::make(K::Constraint,
            tr("There is already a time slot at %1 (%2).").arg(sqltext::time(slot.time), q.value(0).toString()));
    return {};
}

DatabaseError ContentRepository::createTimeSlot(const TimeSlot &slot, qint64 *id)
{
    return audited(m_db, [&](AuditRepository audit) -> DatabaseError {
        if (auto err = checkTimeSlot(slot))
            return err;
        Query q(
            m_db, QStringLiteral("INSERT INTO time_slots (slot_time, label, max_posts) VALUES (:time, :label, :max)"));
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
        Query q(m_db,
            QStringLiteral("UPDATE time_slots SET slot_time = :time, label = :label, max_posts = :max "
                           "WHERE id = :id"));
        q.bind(QStringLiteral(":time"), sqltext::time(slot.time))
            .bindText(QStringLiteral(":label"), slot.label)
            .bind(QStringLiteral(":max"), slot.maxPosts)
            .bind(QStringLiteral(":id"), slot.id);
        if (auto err = q.exec(tr("update time slot %1").arg(sqltext::time(slot.time))))
            return err;
        return audit.record(
            QStringLiteral("update"), QStringLiteral("time_slot"), slot.id, before.toJson(), slot.toJson());
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
