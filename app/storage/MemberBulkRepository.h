#pragma once

#include "domain/Member.h"
#include "storage/DatabaseError.h"
#include "storage/MemberRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace qundesk {

// Which members a bulk action acts on: rows picked in the table, or everything a filter (or a
// segment's filter) matches. A whole filter is resolved in SQL at the moment the action runs,
// never by loading its ids.
struct MemberSelection
{
    QList<qint64> ids;
    MemberFilter filter;
    bool wholeFilter = false;

    static MemberSelection ofIds(const QList<qint64> &ids) { return {ids, {}, false}; }
    static MemberSelection ofFilter(const MemberFilter &filter) { return {{}, filter, true}; }
};

// Before adding many members to a group: how many would join and whether the group has room.
struct GroupAddPreview
{
    QString groupName;
    qint64 selected = 0;        // members in the selection
    qint64 alreadyIn = 0;       // of those, already in the group (skipped)
    qint64 blacklisted = 0;     // of those, blacklisted (skipped: they may not join groups)
    qint64 joining = 0;         // who would join
    qint64 openMembers = 0;     // in the group now
    qint64 capacity = 0;

    bool exceedsCapacity() const { return openMembers + joining > capacity; }
};

// Bulk actions of the members table: each is one statement over the selection inside one
// transaction with one audit entry ("bulk_tag", ... on entity member_bulk) saying what was done to
// how many members and which selection; a failure leaves every member as it was.
class MemberBulkRepository final
{
    Q_DECLARE_TR_FUNCTIONS(MemberBulkRepository)

public:
    explicit MemberBulkRepository(const QSqlDatabase &db) : m_db(db) {}

    // "Active within N days" of a filter counts back from this day (tests pin it).
    void setToday(const QDate &today) { m_today = today; }

    DatabaseError count(const MemberSelection &selection, qint64 *out);

    // *changed = members who got (lost) the tag; those who had it (did not) are left alone.
    // The search index's tags follow through the member_tags triggers.
    DatabaseError tag(const MemberSelection &selection, qint64 tagId, qint64 *changed = nullptr);
    DatabaseError untag(const MemberSelection &selection, qint64 tagId, qint64 *changed = nullptr);

    DatabaseError previewAddToGroup(const MemberSelection &selection, qint64 groupId, GroupAddPreview *out);
    // Opens a membership (role member, joined now) for every selected member not yet in the
    // group and not blacklisted. Refuses (Constraint) when that would exceed the group's capacity
    // unless allowOverCapacity, and always for a dissolved group.
    DatabaseError addToGroup(const MemberSelection &selection, qint64 groupId, bool allowOverCapacity,
                             qint64 *added = nullptr);

    // Same rules as MemberRepository::setVerification, for every selected member.
    DatabaseError setVerification(const MemberSelection &selection, VerificationStatus status, qint64 operatorId,
                                  const QString &evidence, qint64 *changed = nullptr);
    // Flags keep an existing KOC's original date; unflagging records the reason.
    DatabaseError setKoc(const MemberSelection &selection, bool koc, const QString &reason, qint64 *changed = nullptr);

private:
    // "m.id IN (...)" for the selection over `members m`, with its named arguments.
    QString selectionSql(const MemberSelection &selection, QVariantHash *args) const;
    DatabaseError audit(const QString &action, const MemberSelection &selection, QJsonObject details, qint64 affected);

    QSqlDatabase m_db;
    QDate m_today;
};

} // namespace qundesk
