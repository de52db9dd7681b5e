#include "domain/Member.h"

#include "domain/EnumTable.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace qundesk {

namespace {

using enumtable::Entry;

constexpr char IdentityContext[] = "IdentityType";
constexpr Entry<IdentityType> IdentityTable[] = {
    {IdentityType::Store, "store", QT_TRANSLATE_NOOP("IdentityType", "Store owner")},
    {IdentityType::Online, "online", QT_TRANSLATE_NOOP("IdentityType", "Online reseller")},
    {IdentityType::Consumer, "consumer", QT_TRANSLATE_NOOP("IdentityType", "Consumer")},
    {IdentityType::Unknown, "unknown", QT_TRANSLATE_NOOP("IdentityType", "Unknown")},
};

constexpr char VerificationContext[] = "VerificationStatus";
constexpr Entry<VerificationStatus> VerificationTable[] = {
    {VerificationStatus::Unverified, "unverified", QT_TRANSLATE_NOOP("VerificationStatus", "Unverified")},
    {VerificationStatus::Pending, "pending", QT_TRANSLATE_NOOP("VerificationStatus", "Pending")},
    {VerificationStatus::Verified, "verified", QT_TRANSLATE_NOOP("VerificationStatus", "Verified")},
    {VerificationStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("VerificationStatus", "Rejected")},
};

constexpr char PointsReasonContext[] = "PointsReason";
constexpr Entry<PointsReason> PointsReasonTable[] = {
    {PointsReason::Checkin, "checkin", QT_TRANSLATE_NOOP("PointsReason", "Check-in")},
    {PointsReason::Game, "game", QT_TRANSLATE_NOOP("PointsReason", "Game")},
    {PointsReason::Activity, "activity", QT_TRANSLATE_NOOP("PointsReason", "Activity")},
    {PointsReason::Referral, "referral", QT_TRANSLATE_NOOP("PointsReason", "Referral")},
    {PointsReason::Content, "content", QT_TRANSLATE_NOOP("PointsReason", "Content contribution")},
    {PointsReason::Purchase, "purchase", QT_TRANSLATE_NOOP("PointsReason", "Purchase")},
    {PointsReason::Redeem, "redeem", QT_TRANSLATE_NOOP("PointsReason", "Redemption")},
    {PointsReason::Adjust, "adjust", QT_TRANSLATE_NOOP("PointsReason", "Adjustment")},
};

constexpr char EventKindContext[] = "EventKind";
constexpr Entry<EventKind> EventKindTable[] = {
    {EventKind::Message, "message", QT_TRANSLATE_NOOP("EventKind", "Message")},
    {EventKind::Reply, "reply", QT_TRANSLATE_NOOP("EventKind", "Reply")},
    {EventKind::Join, "join", QT_TRANSLATE_NOOP("EventKind", "Joined")},
    {EventKind::Leave, "leave", QT_TRANSLATE_NOOP("EventKind", "Left")},
    {EventKind::Post, "post", QT_TRANSLATE_NOOP("EventKind", "Post")},
    {EventKind::Share, "share", QT_TRANSLATE_NOOP("EventKind", "Share")},
    {EventKind::Referral, "referral", QT_TRANSLATE_NOOP("EventKind", "Referral")},
    {EventKind::Checkin, "checkin", QT_TRANSLATE_NOOP("EventKind", "Check-in")},
    {EventKind::Game, "game", QT_TRANSLATE_NOOP("EventKind", "Game")},
    {EventKind::Purchase, "purchase", QT_TRANSLATE_NOOP("EventKind", "Purchase")},
};

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(toDbTime(t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue idJson(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue textJson(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QString identityCode(IdentityType identity)
{
    return enumtable::code(IdentityTable, identity);
}

std::optional<IdentityType> identityFromCode(const QString &code)
{
    return enumtable::fromCode(IdentityTable, code);
}

QString identityLabel(IdentityType identity)
{
    return enumtable::label(IdentityContext, IdentityTable, identity);
}

QList<IdentityType> allIdentityTypes()
{
    return enumtable::all(IdentityTable);
}

QString verificationCode(VerificationStatus status)
{
    return enumtable::code(VerificationTable, status);
}

std::optional<VerificationStatus> verificationFromCode(const QString &code)
{
    return enumtable::fromCode(VerificationTable, code);
}

QString verificationLabel(VerificationStatus status)
{
    return enumtable::label(VerificationContext, VerificationTable, status);
}

QList<VerificationStatus> allVerificationStatuses()
{
    return enumtable::all(VerificationTable);
}

bool isVerificationDecision(VerificationStatus status)
{
    return status == VerificationStatus::Verified || status == VerificationStatus::Rejected;
}

QString pointsReasonCode(PointsReason reason)
{
    return enumtable::code(PointsReasonTable, reason);
}

std::optional<PointsReason> pointsReasonFromCode(const QString &code)
{
    return enumtable::fromCode(PointsReasonTable, code);
}

QString pointsReasonLabel(PointsReason reason)
{
    return enumtable::label(PointsReasonContext, PointsReasonTable, reason);
}

QList<PointsReason> allPointsReasons()
{
    return enumtable::all(PointsReasonTable);
}

QString eventKindCode(EventKind kind)
{
    return enumtable::code(EventKindTable, kind);
}

std::optional<EventKind> eventKindFromCode(const QString &code)
{
    return enumtable::fromCode(EventKindTable, code);
}

QString eventKindLabel(EventKind kind)
{
    return enumtable::label(EventKindContext, EventKindTable, kind);
}

QList<EventKind> allEventKinds()
{
    return enumtable::all(EventKindTable);
}

QJsonObject Member::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), idJson(id));
    o.insert(QStringLiteral("display_name"), displayName);
    o.insert(QStringLiteral("group_nickname"), textJson(groupNickname));
    o.insert(QStringLiteral("platform_id"), platformId);
    o.insert(QStringLiteral("phone"), textJson(phone));
    o.insert(QStringLiteral("identity"), identityCode(identity));
    o.insert(QStringLiteral("verification"), verificationCode(verification));
    o.insert(QStringLiteral("verified_by"), idJson(verifiedBy));
    o.insert(QStringLiteral("verified_at"), timeJson(verifiedAt));
    o.insert(QStringLiteral("verification_evidence"), textJson(verificationEvidence));
    o.insert(QStringLiteral("channel_id"), idJson(channelId));
    o.insert(QStringLiteral("region_id"), idJson(regionId));
    o.insert(QStringLiteral("tier_id"), idJson(tierId));
    o.insert(QStringLiteral("first_joined_at"), timeJson(firstJoinedAt));
    o.insert(QStringLiteral("is_koc"), koc);
    o.insert(QStringLiteral("koc_since"), timeJson(kocSince));
    o.insert(QStringLiteral("koc_reason"), textJson(kocReason));
    o.insert(QStringLiteral("blacklisted"), blacklisted);
    o.insert(QStringLiteral("blacklist_reason"), textJson(blacklistReason));
    o.insert(QStringLiteral("blacklisted_at"), timeJson(blacklistedAt));
    o.insert(QStringLiteral("points_balance"), pointsBalance);
    o.insert(QStringLiteral("notes"), textJson(notes));
    return o;
}

QString validateMember(const Member &member)
{
    if (member.displayName.trimmed().isEmpty())
        return QCoreApplication::translate("Member", "The member needs a display name.");
    if (member.platformId.trimmed().isEmpty())
        return QCoreApplication::translate("Member", "The member %1 needs a platform ID (WeChat ID or similar).").arg(member.displayName.trimmed());
    const QString phone = normalizePhone(member.phone);
    for (qsizetype i = 0; i < phone.size(); ++i) {
        const QChar c = phone.at(i);
        const bool digit = c >= u'0' && c <= u'9';
        if (!digit && !(c == u'+' && i == 0))
            return QCoreApplication::translate("Member", "The phone number %1 may contain only digits and a leading +.").arg(member.phone);
    }
    if (member.blacklisted && member.blacklistReason.trimmed().isEmpty())
        return QCoreApplication::translate("Member", "A blacklisted member needs a reason for the blacklist.");
    return {};
}

QString normalizePhone(const QString &phone)
{
    QString out;
    out.reserve(phone.size());
    for (const QChar c : phone) {
        if (c.isSpace() || c == u'-' || c == u'(' || c == u')' || c == u'.')
            continue;
        out.append(c);
    }
    return out;
}

QString toDbTime(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QDateTime fromDbTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (t.isValid())
        return t;
    const QDate d = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (d.isValid())
        return d.startOfDay();
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace qundesk
