#pragma once

#include "domain/Content.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace qundesk {

// Narrows listItems; unset fields match everything. text matches title, body or tags
// (substring, Latin letters case-insensitive).
struct ContentItemFilter
{
    std::optional<ContentKind> kind;
    qint64 columnId = 0;
    std::optional<ContentStatus> status;
    QString text;
    int limit = 2000;
};

// The content library: columns (栏目), items, the material library (素材库), keyword replies
// and the day's time slots (时段). Every write is one transaction with its audit entry;
// validation failures come back as DatabaseError::Kind::Constraint with a message for the user.
class ContentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ContentRepository)

public:
    explicit ContentRepository(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    // ---- columns
    DatabaseError listColumns(QList<ContentColumn> *out);
    DatabaseError column(qint64 id, ContentColumn *out);
    DatabaseError createColumn(const ContentColumn &column, qint64 *id = nullptr);
    DatabaseError updateColumn(const ContentColumn &column);
    // Items of the column keep living without one (ON DELETE SET NULL).
    DatabaseError removeColumn(qint64 id);

    // ---- items
    DatabaseError item(qint64 id, ContentItem *out);
    // Newest change first.
    DatabaseError listItems(const ContentItemFilter &filter, QList<ContentItem> *out);
    DatabaseError createItem(const ContentItem &item, qint64 *id = nullptr);
    DatabaseError updateItem(const ContentItem &item);
    DatabaseError removeItem(qint64 id);

    // ---- materials
    // Stores the bytes (or, for copy, the body text) in the database; the SHA-256 of the bytes
    // (or of the UTF-8 body) identifies the material, and a second copy is refused with a
    // Constraint error naming the one already in the library.
    DatabaseError addMaterial(const Material &material, qint64 *id = nullptr);
    // Records a file on disk by path, hashing it in a streaming pass; title, kind and author
    // come from details (the title defaults to the file name).
    DatabaseError addMaterialFromFile(const QString &path, const Material &details, qint64 *id = nullptr);
    // With the stored bytes.
    DatabaseError material(qint64 id, Material *out);
    // Metadata only (data left empty), newest first.
    DatabaseError listMaterials(QList<Material> *out);
    // The same narrowed by filter, with the author's name, the cached thumbnail and the reward.
    DatabaseError listMaterials(const MaterialFilter &filter, QList<Material> *out);
    // Title and author of a material; its content (and so its hash) does not change.
    DatabaseError updateMaterial(qint64 id, const QString &title, qint64 authorMemberId);
    // Caches a thumbnail made from the material's current bytes (derived data, not audited).
    DatabaseError storeMaterialThumbnail(qint64 id, const QByteArray &png);
    // Withdraws the approval (approved_by and approved_at are cleared; the audit log keeps them).
    DatabaseError revokeMaterialApproval(qint64 id);
    // Rewards the material's author (the original creator) with points through
    // PointsRepository::earn, reason 'content', with a note naming the material. A material is
    // rewarded at most once: a second reward is refused with a message saying when and how much
    // the first one was. The reward is claimed before the points are booked and released again
    // if booking them fails, so two concurrent rewards cannot both pay.
    DatabaseError rewardMaterialAuthor(qint64 id, qint64 points, qint64 operatorId, qint64 *ledgerEntryId = nullptr);
    // Titles of the content items a material is attached to (where it is used).
    DatabaseError materialUsage(qint64 id, QStringList *itemTitles);
    DatabaseError findMaterialBySha256(const QString &sha256, std::optional<Material> *out);
    DatabaseError approveMaterial(qint64 id, qint64 operatorId, const QDateTime &when);
    DatabaseError removeMaterial(qint64 id);

    // ---- keyword replies (关键词回复)
    // Highest priority first, then keyword.
    DatabaseError listKeywordReplies(QList<KeywordReply> *out);
    DatabaseError createKeywordReply(const KeywordReply &reply, qint64 *id = nullptr);
    DatabaseError updateKeywordReply(const KeywordReply &reply);
    DatabaseError removeKeywordReply(qint64 id);

    // ---- time slots (时段)
    // Ordered by time of day.
    DatabaseError listTimeSlots(QList<TimeSlot> *out);
    DatabaseError createTimeSlot(const TimeSlot &slot, qint64 *id = nullptr);
    DatabaseError updateTimeSlot(const TimeSlot &slot);
    DatabaseError removeTimeSlot(qint64 id);

    static QString sha256Hex(const QByteArray &bytes);

private:
    DatabaseError checkColumn(const ContentColumn &column);
    DatabaseError checkItem(const ContentItem &item);
    DatabaseError checkKeywordReply(const KeywordReply &reply);
    DatabaseError checkTimeSlot(const TimeSlot &slot);
    DatabaseError insertMaterial(const Material &material, qint64 *id);
    DatabaseError duplicateMaterialError(const QString &sha256);
    DatabaseError keywordReply(qint64 id, KeywordReply *out);
    DatabaseError timeSlot(qint64 id, TimeSlot *out);
    DatabaseError exists(const QString &table, qint64 id, bool *found);

    QSqlDatabase m_db;
};

} // namespace qundesk
