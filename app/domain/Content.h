#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace qundesk {

// The content library behind the calendar: columns (栏目) group items by theme, items are the
// posts themselves, materials are the files and copy in the 素材库, keyword replies answer the
// questions everyone asks, and time slots (时段) are the fixed posting times of a day.

enum class ColumnCategory { Knowledge, Activity, Interaction, Perks, NewProduct, GuestShare };

enum class ContentKind { Announcement, Activity, Knowledge, Topic, Game, Perk, NewProduct, FlashSale, Welcome, Script };

enum class ContentStatus { Draft, Ready, Archived };
enum class MaterialKind { Image, Poster, Copy, Video, File };
enum class MatchMode { Contains, Exact, Prefix };

// Codes are the lower-case strings the schema CHECKs; labels are translated for display.
QString columnCategoryCode(ColumnCategory category);
std::optional<ColumnCategory> columnCategoryFromCode(const QString &code);
QString columnCategoryLabel(ColumnCategory category);
QList<ColumnCategory> allColumnCategories();

QString contentKindCode(ContentKind kind);
std::optional<ContentKind> contentKindFromCode(const QString &code);
QString contentKindLabel(ContentKind kind);
QList<ContentKind> allContentKinds();
// A fixed colour per kind ("#rrggbb") so a kind looks the same on every screen.
QString contentKindColor(ContentKind kind);

QString contentStatusCode(ContentStatus status);
std::optional<ContentStatus> contentStatusFromCode(const QString &code);
QString contentStatusLabel(ContentStatus status);

QString materialKindCode(MaterialKind kind);
std::optional<MaterialKind> materialKindFromCode(const QString &code);
QString materialKindLabel(MaterialKind kind);

QString matchModeCode(MatchMode mode);
std::optional<MatchMode> matchModeFromCode(const QString &code);
QString matchModeLabel(MatchMode mode);

struct ContentColumn
{
    qint64 id = 0;
    QString name;
    ColumnCategory category = ColumnCategory::Knowledge;
    QString color; // "#rrggbb" or empty
    QString description;

    QJsonObject toJson() const;
};

struct ContentItem
{
    qint64 id = 0;
    QString title;
    QString body;
    ContentKind kind = ContentKind::Announcement;
    qint64 columnId = 0; // 0: no column
    ContentStatus status = ContentStatus::Draft;
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;
    // The materials attached to the item (content_item_materials), in id order. item() fills it;
    // listItems() leaves it unset. When set, createItem/updateItem replace the attachments in the
    // same transaction as the item; unset leaves them as they are.
    std::optional<QList<qint64>> materialIds;

    QJsonObject toJson() const;
};

struct Material
{
    qint64 id = 0;
    QString title;
    MaterialKind kind = MaterialKind::Image;
    QString filePath; // set when the material lives on disk
    QByteArray data; // set when the bytes are stored in the database
    QString body; // the text itself for kind Copy
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256; // hex, 64 characters; unique across the library
    qint64 authorMemberId = 0;
    bool approved = false;
    qint64 approvedBy = 0; // operator id
    QDateTime approvedAt;
    QDateTime createdAt;
    // Read-only, filled by the repository's reads: the author's display name, the cached
    // thumbnail (PNG, empty until the UI made one) and the reward paid to the author, if any.
    QString authorName;
    QByteArray thumbnailPng;
    qint64 rewardPoints = 0;
    QDateTime rewardedAt;

    // Metadata only: the bytes stay out of the audit log.
    QJsonObject toJson() const;
};

// Narrows listMaterials; unset fields match everything. text matches title, copy text or
// author name (substring, Latin letters case-insensitive).
struct MaterialFilter
{
    QString text;
    std::optional<MaterialKind> kind;
    std::optional<bool> approved;
    int limit = 2000;
};

QList<MaterialKind> allMaterialKinds();
QList<ContentStatus> allContentStatuses();
QList<MatchMode> allMatchModes();

struct KeywordReply
{
    qint64 id = 0;
    QString keyword;
    MatchMode matchMode = MatchMode::Contains;
    QString reply;
    qint64 scopeGroupId = 0; // 0: every group
    QString scopePurpose; // group purpose code (e.g. "perks"); empty: every purpose
    int priority = 0;
    bool enabled = true;

    QJsonObject toJson() const;
};

// Whether the keyword matches the message text under the reply's mode. Comparison ignores
// surrounding whitespace and Latin letter case.
bool keywordMatches(const KeywordReply &reply, const QString &message);

// Picks the auto-reply for an incoming message in a group: among the enabled replies whose
// keyword matches and whose scope admits the group (scope group, if set, equals groupId; scope
// purpose, if set, equals groupPurpose), the highest priority wins. Ties go to the narrower
// scope (group, then purpose, then everywhere), then the longer keyword, then the lower id, so
// the answer never depends on list order. std::nullopt when nothing matches.
std::optional<KeywordReply> pickKeywordReply(
    const QList<KeywordReply> &replies, const QString &message, qint64 groupId, const QString &groupPurpose);

// Why pickKeywordReply chose what it chose (or nothing), for the keyword reply tester: every
// reply considered, with whether it matched and, if not, why not.
struct KeywordReplyTrace
{
    struct Line
    {
        KeywordReply reply;
        bool keywordMatched = false;
        bool scopeAdmits = false;
        bool chosen = false;
    };
    std::optional<KeywordReply> chosen;
    QList<Line> lines; // in the order the replies were given
};
KeywordReplyTrace traceKeywordReply(
    const QList<KeywordReply> &replies, const QString &message, qint64 groupId, const QString &groupPurpose);

struct TimeSlot
{
    qint64 id = 0;
    QTime time;
    QString label;
    int maxPosts = 1;

    QJsonObject toJson() const;
};

} // namespace qundesk
