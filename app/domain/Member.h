#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace qundesk {

// Who the member is commercially; groups are segmented by it (B2B groups keep consumers out).
enum class IdentityType { Store, Online, Consumer, Unknown };

// Staff check of phone plus shop photo before a member may join a B2B group.
enum class VerificationStatus { Unverified, Pending, Verified, Rejected };

// Why points moved; 'redeem' is the only reason that spends.
enum class PointsReason { Checkin, Game, Activity, Referral, Content, Purchase, Redeem, Adjust };

// One thing that happened in a group, imported from the chat platform or typed in.
enum class EventKind { Message, Reply, Join, Leave, Post, Share, Referral, Checkin, Game, Purchase };

// Code <-> enum for the lower-case codes the schema checks, and translated labels for views.
QString identityCode(IdentityType identity);
std::optional<IdentityType> identityFromCode(const QString &code);
QString identityLabel(IdentityType identity);
QList<IdentityType> allIdentityTypes();

QString verificationCode(VerificationStatus status);
std::optional<VerificationStatus> verificationFromCode(const QString &code);
QString verificationLabel(VerificationStatus status);
QList<VerificationStatus> allVerificationStatuses();
// Verified and rejected are decisions: they carry who decided and when.
bool isVerificationDecision(VerificationStatus status);

QString pointsReasonCode(PointsReason reason);
std::optional<PointsReason> pointsReasonFromCode(const QString &code);
QString pointsReasonLabel(PointsReason reason);
QList<PointsReason> allPointsReasons();

QString eventKindCode(EventKind kind);
std::optional<EventKind> eventKindFromCode(const QString &code);
QString eventKindLabel(EventKind kind);
QList<EventKind> allEventKinds();

// A member profile: one row of `members`. Ids of 0 mean "none" (NULL in the database).
struct Member
{
    qint64 id = 0;
    QString displayName;
    QString groupNickname;
    QString platformId;
    QString phone;
    IdentityType identity = IdentityType::Unknown;
    VerificationStatus verification = VerificationStatus::Unverified;
    qint64 verifiedBy = 0;              // operators.id
    QDateTime verifiedAt;
    QString verificationEvidence;
    qint64 channelId = 0;
    qint64 regionId = 0;
    qint64 tierId = 0;
    QDateTime firstJoinedAt;
    bool koc = false;
    QDateTime kocSince;
    QString kocReason;
    bool blacklisted = false;
    QString blacklistReason;
    QDateTime blacklistedAt;
    qint64 pointsBalance = 0;           // kept by the points ledger, read-only here
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    // The profile as JSON for the audit log (phone included: the log is staff-only).
    QJsonObject toJson() const;
};

// Checks what the schema would refuse, in words: an empty string means the profile is valid.
QString validateMember(const Member &member);

// Strips the separators people type into phone numbers ("138 1234-5678") so the schema's
// digits-and-plus check accepts them.
QString normalizePhone(const QString &phone);

struct Tag
{
    qint64 id = 0;
    QString name;
    QString color;                      // '#RRGGBB' or empty
};

struct PointsEntry
{
    qint64 id = 0;
    qint64 memberId = 0;
    qint64 delta = 0;                   // positive earns, negative spends
    PointsReason reason = PointsReason::Adjust;
    QString note;
    qint64 operatorId = 0;
    QDateTime createdAt;
};

struct ActivityEvent
{
    qint64 id = 0;
    QDateTime occurredAt;
    EventKind kind = EventKind::Message;
    qint64 memberId = 0;
    qint64 groupId = 0;
    qint64 contentItemId = 0;
    qint64 amountFen = 0;               // stored only for purchases (NULL otherwise)
};

// The text form of times in the database ('YYYY-MM-DD HH:MM:SS', local time) and back.
// Parsing also accepts a bare date and ISO 8601 with a 'T', as imports bring both.
QString toDbTime(const QDateTime &time);
QDateTime fromDbTime(const QString &text);

} // namespace qundesk
