#include "domain/Content.h"

#include "domain/EnumTable.h"

#include <QJsonArray>

namespace qundesk {

namespace {

using enumtable::Entry;

constexpr char Context[] = "Content";

constexpr Entry<ColumnCategory> columnCategories[] = {
    { ColumnCategory::Knowledge, "knowledge", QT_TRANSLATE_NOOP("Content", "Knowledge") },
    { ColumnCategory::Activity, "activity", QT_TRANSLATE_NOOP("Content", "Activity") },
    { ColumnCategory::Interaction, "interaction", QT_TRANSLATE_NOOP("Content", "Topics and games") },
    { ColumnCategory::Perks, "perks", QT_TRANSLATE_NOOP("Content", "Perks and flash sales") },
    { ColumnCategory::NewProduct, "new_product", QT_TRANSLATE_NOOP("Content", "New product") },
    { ColumnCategory::GuestShare, "guest_share", QT_TRANSLATE_NOOP("Content", "Guest share") },
};

constexpr Entry<ContentKind> contentKinds[] = {
    { ContentKind::Announcement, "announcement", QT_TRANSLATE_NOOP("Content", "Announcement") },
    { ContentKind::Activity, "activity", QT_TRANSLATE_NOOP("Content", "Activity") },
    { ContentKind::Knowledge, "knowledge", QT_TRANSLATE_NOOP("Content", "Knowledge") },
    { ContentKind::Topic, "topic", QT_TRANSLATE_NOOP("Content", "Topic") },
    { ContentKind::Game, "game", QT_TRANSLATE_NOOP("Content", "Game") },
    { ContentKind::Perk, "perk", QT_TRANSLATE_NOOP("Content", "Perk") },
    { ContentKind::NewProduct, "new_product", QT_TRANSLATE_NOOP("Content", "New product") },
    { ContentKind::FlashSale, "flash_sale", QT_TRANSLATE_NOOP("Content", "Flash sale") },
    { ContentKind::Welcome, "welcome", QT_TRANSLATE_NOOP("Content", "Welcome") },
    { ContentKind::Script, "script", QT_TRANSLATE_NOOP("Content", "Script") },
};

constexpr Entry<ContentStatus> contentStatuses[] = {
    { ContentStatus::Draft, "draft", QT_TRANSLATE_NOOP("Content", "Draft") },
    { ContentStatus::Ready, "ready", QT_TRANSLATE_NOOP("Content", "Ready") },
    { ContentStatus::Archived, "archived", QT_TRANSLATE_NOOP("Content", "Archived") },
};

constexpr Entry<MaterialKind> materialKinds[] = {
    { MaterialKind::Image, "image", QT_TRANSLATE_NOOP("Content", "Image") },
    { MaterialKind::Poster, "poster", QT_TRANSLATE_NOOP("Content", "Poster") },
    { MaterialKind::Copy, "copy", QT_TRANSLATE_NOOP("Content", "Copy") },
    { MaterialKind::Video, "video", QT_TRANSLATE_NOOP("Content", "Video") },
    { MaterialKind::File, "file", QT_TRANSLATE_NOOP("Content", "File") },
};

constexpr Entry<MatchMode> matchModes[] = {
    { MatchMode::Contains, "contains", QT_TRANSLATE_NOOP("Content", "Contains") },
    { MatchMode::Exact, "exact", QT_TRANSLATE_NOOP("Content", "Exact match") },
    { MatchMode::Prefix, "prefix", QT_TRANSLATE_NOOP("Content", "Starts with") },
};

QString dateTimeText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toString(Qt::ISODate) : QString();
}

QString normalized(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

// Narrower scopes win ties: a reply written for one group beats one for a purpose, which
// beats one for every group.
int scopeRank(const KeywordReply &r)
{
    return (r.scopeGroupId > 0 ? 2 : 0) + (r.scopePurpose.isEmpty() ? 0 : 1);
}

bool ranksAbove(const KeywordReply &a, const KeywordReply &b)
{
    if (a.priority != b.priority)
        return a.priority > b.priority;
    if (scopeRank(a) != scopeRank(b))
        return scopeRank(a) > scopeRank(b);
    if (a.keyword.trimmed().size() != b.keyword.trimmed().size())
        return a.keyword.trimmed().size() > b.keyword.trimmed().size();
    return a.id < b.id;
}

} // namespace

QString columnCategoryCode(ColumnCategory category)
{
    return enumtable::code(columnCategories, category);
}

std::optional<ColumnCategory> columnCategoryFromCode(const QString &code)
{
    return enumtable::fromCode(columnCategories, code);
}

QString columnCategoryLabel(ColumnCategory category)
{
    return enumtable::label(Context, columnCategories, category);
}

QList<ColumnCategory> allColumnCategories()
{
    return enumtable::all(columnCategories);
}

QString contentKindCode(ContentKind kind)
{
    return enumtable::code(contentKinds, kind);
}

std::optional<ContentKind> contentKindFromCode(const QString &code)
{
    return enumtable::fromCode(contentKinds, code);
}

QString contentKindLabel(ContentKind kind)
{
    return enumtable::label(Context, contentKinds, kind);
}

QList<ContentKind> allContentKinds()
{
    return enumtable::all(contentKinds);
}

QString contentKindColor(ContentKind kind)
{
    switch (kind) {
    case ContentKind::Announcement:
        return QStringLiteral("#5b8ff9");
    case ContentKind::Activity:
        return QStringLiteral("#f6bd16");
    case ContentKind::Knowledge:
        return QStringLiteral("#5ad8a6");
    case ContentKind::Topic:
        return QStringLiteral("#6dc8ec");
    case ContentKind::Game:
        return QStringLiteral("#9270ca");
    case ContentKind::Perk:
        return QStringLiteral("#ff9d4d");
    case ContentKind::NewProduct:
        return QStringLiteral("#e8684a");
    case ContentKind::FlashSale:
        return QStringLiteral("#ff6b9a");
    case ContentKind::Welcome:
        return QStringLiteral("#269a99");
    case ContentKind::Script:
        return QStringLiteral("#5d7092");
    }
    return QStringLiteral("#888888");
}

QString contentStatusCode(ContentStatus status)
{
    return enumtable::code(contentStatuses, status);
}

std::optional<ContentStatus> contentStatusFromCode(const QString &code)
{
    return enumtable::fromCode(contentStatuses, code);
}

QString contentStatusLabel(ContentStatus status)
{
    return enumtable::label(Context, contentStatuses, status);
}

QString materialKindCode(MaterialKind kind)
{
    return enumtable::code(materialKinds, kind);
}

std::optional<MaterialKind> materialKindFromCode(const QString &code)
{
    return enumtable::fromCode(materialKinds, code);
}

QString materialKindLabel(MaterialKind kind)
{
    return enumtable::label(Context, materialKinds, kind);
}

QString matchModeCode(MatchMode mode)
{
    return enumtable::code(matchModes, mode);
}

std::optional<MatchMode> matchModeFromCode(const QString &code)
{
    return enumtable::fromCode(matchModes, code);
}

QString matchModeLabel(MatchMode mode)
{
    return enumtable::label(Context, matchModes, mode);
}

QJsonObject ContentColumn::toJson() const
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("name"), name },
        { QStringLiteral("category"), columnCategoryCode(category) }, { QStringLiteral("color"), color },
        { QStringLiteral("description"), description } };
}

QJsonObject ContentItem::toJson() const
{
    QJsonObject json { { QStringLiteral("id"), id }, { QStringLiteral("title"), title }, { QStringLiteral("body"), body },
        { QStringLiteral("kind"), contentKindCode(kind) }, { QStringLiteral("column_id"), columnId },
        { QStringLiteral("status"), contentStatusCode(status) },
        { QStringLiteral("tags"), QJsonArray::fromStringList(tags) } };
    if (materialIds) {
        QJsonArray ids;
        for (qint64 m : *materialIds)
            ids.append(m);
        json.insert(QStringLiteral("material_ids"), ids);
    }
    return json;
}

QJsonObject Material::toJson() const
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("title"), title },
        { QStringLiteral("kind"), materialKindCode(kind) }, { QStringLiteral("file_path"), filePath },
        { QStringLiteral("mime_type"), mimeType }, { QStringLiteral("size_bytes"), sizeBytes },
        { QStringLiteral("sha256"), sha256 }, { QStringLiteral("author_member_id"), authorMemberId },
        { QStringLiteral("approved"), approved }, { QStringLiteral("approved_by"), approvedBy },
        { QStringLiteral("approved_at"), dateTimeText(approvedAt) } };
}

QList<MaterialKind> allMaterialKinds()
{
    return { MaterialKind::Image, MaterialKind::Poster, MaterialKind::Copy, MaterialKind::Video, MaterialKind::File };
}

QList<ContentStatus> allContentStatuses()
{
    return { ContentStatus::Draft, ContentStatus::Ready, ContentStatus::Archived };
}

QList<MatchMode> allMatchModes()
{
    return { MatchMode::Contains, MatchMode::Exact, MatchMode::Prefix };
}

QJsonObject KeywordReply::toJson() const
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("keyword"), keyword },
        { QStringLiteral("match_mode"), matchModeCode(matchMode) }, { QStringLiteral("reply"), reply },
        { QStringLiteral("scope_group_id"), scopeGroupId }, { QStringLiteral("scope_purpose"), scopePurpose },
        { QStringLiteral("priority"), priority }, { QStringLiteral("enabled"), enabled } };
}

QJsonObject TimeSlot::toJson() const
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("time"), time.toString(QStringLiteral("HH:mm")) },
        { QStringLiteral("label"), label }, { QStringLiteral("max_posts"), maxPosts } };
}

bool keywordMatches(const KeywordReply &reply, const QString &message)
{
    const QString keyword = normalized(reply.keyword);
    if (keyword.isEmpty())
        return false;
    const QString text = normalized(message);
    switch (reply.matchMode) {
    case MatchMode::Contains:
        return text.contains(keyword);
    case MatchMode::Exact:
        return text == keyword;
    case MatchMode::Prefix:
        return text.startsWith(keyword);
    }
    return false;
}

std::optional<KeywordReply> pickKeywordReply(
    const QList<KeywordReply> &replies, const QString &message, qint64 groupId, const QString &groupPurpose)
{
    const KeywordReply *best = nullptr;
    for (const KeywordReply &r : replies) {
        if (!r.enabled)
            continue;
        if (r.scopeGroupId > 0 && r.scopeGroupId != groupId)
            continue;
        if (!r.scopePurpose.isEmpty() && r.scopePurpose != groupPurpose)
            continue;
        if (!keywordMatches(r, message))
            continue;
        if (!best || ranksAbove(r, *best))
            best = &r;
    }
    if (!best)
        return std::nullopt;
    return *best;
}

KeywordReplyTrace traceKeywordReply(
    const QList<KeywordReply> &replies, const QString &message, qint64 groupId, const QString &groupPurpose)
{
    KeywordReplyTrace trace;
    trace.chosen = pickKeywordReply(replies, message, groupId, groupPurpose);
    bool marked = false;
    for (const KeywordReply &r : replies) {
        KeywordReplyTrace::Line line;
        line.reply = r;
        line.keywordMatched = keywordMatches(r, message);
        line.scopeAdmits = (r.scopeGroupId <= 0 || r.scopeGroupId == groupId)
            && (r.scopePurpose.isEmpty() || r.scopePurpose == groupPurpose);
        // Replies equal in every field are interchangeable; the first one is marked.
        line.chosen = !marked && trace.chosen && trace.chosen->toJson() == r.toJson();
        marked = marked || line.chosen;
        trace.lines.append(line);
    }
    return trace;
}

} // namespace qundesk
