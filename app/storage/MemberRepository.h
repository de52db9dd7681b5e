#pragma once

#include "domain/Member.h"
#include "storage/DatabaseError.h"

#include <QDate>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace qundesk {

// What the members table is narrowed to. Ids of 0 and unset optionals mean "any".
struct MemberFilter
{
    // Whitespace-separated terms, all of which must match. Terms of 3+ characters go through
    // the member_search trigram index (name, nickname, platform ID, phone, tags); shorter ones
    // (a surname such as 王, a given name such as 张伟) are matched with LIKE on name,
    // nickname, platform ID and phone.
    QString search;
    std::optional<IdentityType> identity;
    std::optional<VerificationStatus> verification;
    qint64 channelId = 0;
    qint64 regionId = 0;
    qint64 tierId = 0;
    qint64 groupId = 0;                 // currently in this group (open membership)
    qint64 tagId = 0;
    std::optional<bool> koc;
    std::optional<bool> blacklisted;
    QDate joinedFrom;                   // first joined on or after this day
    QDate joinedTo;                     // first joined on or before this day

    bool operator==(const MemberFilter &) const = default;
};

// The orders the members table can be shown in; each is a column (or join) in SQL. Identity,
// verification and KOC sort in the business's order (store, online, consumer, unknown;
// unverified, pending, verified, rejected; not KOC, KOC), the rest by value. Phone and group
// nickname have no index: on a very large table those two sorts scan it for every page.
enum class MemberSort {
    Id,
    DisplayName,
    GroupNickname,
    PlatformId,
    Phone,
    Identity,
    Verification,
    Channel,
    Region,
    Tier,                               // by tier rank, 1 = top
    Points,
    Koc,
    FirstJoined,
};

// What one line of the members table shows, with the raw values (phone and platform ID
// unmasked: masking is the view's job).
struct MemberRow
{
    qint64 id = 0;
    QString displayName;
    QString groupNickname;
    QString platformId;
    QString phone;
    IdentityType identity = IdentityType::Unknown;
    VerificationStatus verification = VerificationStatus::Unverified;
    QString channelName;
    QString regionName;
    QString tierName;
    qint64 points = 0;
    bool koc = false;
    bool blacklisted = false;
    QDateTime firstJoinedAt;
    QVariant sortValue;                 // the raw value of the page's sort column, for the cursor
};

// Where a keyset page starts: the (sort value, id) of the last row already shown.
struct MemberCursor
{
    QVariant sortValue;
    qint64 id = 0;

    static MemberCursor after(const MemberRow &row) { return {row.sortValue, row.id}; }
};

// Member profiles: CRUD with audit, the verification / KOC / blacklist decisions, and the
// filtered, sorted keyset pages the members table is built from.
class MemberRepository final
{
    Q_DECLARE_TR_FUNCTIONS(MemberRepository)

public:
    explicit MemberRepository(const QSqlDatabase &db) : m_db(db) {}

    // Inserts every column but the points balance (the ledger owns it). Decisions without a
    // time (verified, KOC, blacklisted) are stamped now.
    DatabaseError create(const Member &member, qint64 *id = nullptr);
    // Many members in one transaction with one 'import' audit entry; ids in input order.
    DatabaseError createMany(const QList<Member> &members, QList<qint64> *ids = nullptr);
    DatabaseError get(qint64 id, Member *out);
    // Writes the editable profile: names, platform ID, phone, identity, channel, region, tier,
    // first joined, notes. Verification, KOC, blacklist and points have their own operations.
    DatabaseError update(const Member &member);
    DatabaseError remove(qint64 id);

    // Verified and rejected stamp verified_at now and record the operator; unverified and
    // pending clear both. Empty evidence keeps what was recorded before.
    DatabaseError setVerification(qint64 memberId, VerificationStatus status, qint64 operatorId,
                                  const QString &evidence);
    DatabaseError setKoc(qint64 memberId, bool koc, const QString &reason);
    // Blacklists and, in the same transaction, closes every open membership as 'kicked'.
    DatabaseError blacklist(qint64 memberId, const QString &reason, int *closedMemberships = nullptr);
    DatabaseError unblacklist(qint64 memberId);

    DatabaseError count(const MemberFilter &filter, qint64 *out);
    // One keyset page: rows strictly after `after` in (sort, id) order, at most `limit`.
    // Members without a value in the sort column (no channel, never joined ...) come first
    // ascending and last descending, ordered by id among themselves.
    DatabaseError page(const MemberFilter &filter, MemberSort sort, Qt::SortOrder order,
                       const std::optional<MemberCursor> &after, int limit, QList<MemberRow> *out);
    // EXPLAIN QUERY PLAN of the statement page() runs first for these arguments (diagnostics
    // and tests: the common paths must search an index, not scan the table).
    DatabaseError explainPage(const MemberFilter &filter, MemberSort sort, Qt::SortOrder order,
                              const std::optional<MemberCursor> &after, QStringList *plan);
    DatabaseError explainCount(const MemberFilter &filter, QStringList *plan);

private:
    DatabaseError insert(const Member &member, qint64 *id);
    DatabaseError decide(qint64 memberId, const QString &action, const QString &sql,
                         const QVariantList &args, const QString &what);

    QSqlDatabase m_db;
};

} // namespace qundesk
