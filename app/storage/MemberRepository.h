#pragma once

#include "domain/Member.h"
#include "storage/DatabaseError.h"

#include <QDate>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <atomic>
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
    bool withoutGroup = false;          // in no group at all (no open membership)
    qint64 tagId = 0;
    std::optional<bool> koc;
    std::optional<bool> blacklisted;
    QDate joinedFrom;                   // first joined on or after this day
    QDate joinedTo;                     // first joined on or before this day
    std::optional<qint64> pointsMin;    // points balance at least this
    std::optional<qint64> pointsMax;    // points balance at most this
    // Had an event other than a join or leave in the last N days (today and the N days before
    // it, by members.last_active_at); 0 = any. Relative, so a saved segment stays current.
    int activeWithinDays = 0;

    // Whether nothing narrows the table (the search box is empty and no filter is set).
    bool isEmpty() const { return *this == MemberFilter{}; }

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

// Real values to try filters with (the bench): the first member's name, nickname and phone, the
// first channel and region, the top tier, the most used tag and the biggest group; 0 / empty
// when there is none.
struct MemberSamples
{
    QString name;
    QString nickname;
    QString phone;
    qint64 channelId = 0;
    qint64 regionId = 0;
    qint64 tierId = 0;
    qint64 tagId = 0;
    qint64 groupId = 0;
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
    // Counts at most `cap` members (a LIMIT subquery: quick when many match); *capped says the
    // true figure may be larger.
    DatabaseError countUpTo(const MemberFilter &filter, qint64 cap, qint64 *out, bool *capped);
    // The condition (with its named arguments :mf0, :mf1 ...) selecting `filter`'s rows from
    // `members m`, for statements that act on a whole filter in SQL (bulk actions). Empty when
    // nothing narrows the table.
    static QString whereSql(const MemberFilter &filter, const QDate &today, QVariantHash *args);

    // The filter panel's group choices: live groups whose name contains `text` (all when empty),
    // by name, at most `limit` (10,000 groups never go into one combo box).
    DatabaseError groupChoices(const QString &text, int limit, QList<std::pair<qint64, QString>> *out);
    DatabaseError groupName(qint64 groupId, QString *out);

    // "Active within N days" counts back from this day (tests pin it; default: the real today).
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    // Makes every statement on `db` give up with an error once *cancel becomes true (a newer
    // query superseded it); nullptr removes the check. Set on the connection's own thread; the
    // flag may be raised from any thread.
    static void setCancelFlag(const QSqlDatabase &db, const std::atomic_bool *cancel);
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
    DatabaseError samples(MemberSamples *out);
    // The first statement page() runs for these arguments (no cursor), with its parameters
    // written in as SQL literals: what the bench hands the sqlite3 shell as the baseline.
    QString firstPageSql(const MemberFilter &filter, MemberSort sort, Qt::SortOrder order, int limit) const;

private:
    DatabaseError insert(const Member &member, qint64 *id);
    DatabaseError decide(qint64 memberId, const QString &action, const QString &sql,
                         const QVariantList &args, const QString &what);

    QSqlDatabase m_db;
    QDate m_today;
};

} // namespace qundesk
