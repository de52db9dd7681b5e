#pragma once

#include "domain/Group.h"
#include "domain/Member.h"
#include "domain/NicknameTemplate.h"
#include "storage/DatabaseError.h"
#include "storage/GroupProfileRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace qundesk {

// The personal fields a profile masks until the user reveals them.
enum class RevealedField { Phone, PlatformId };

// One line of a member's activity timeline: an event, or a join or leave of a group as the
// memberships record it.
struct TimelineEntry
{
    enum class Source { Event = 0, Join = 1, Leave = 2 };

    Source source = Source::Event;
    qint64 id = 0;                      // events.id or memberships.id
    QString at;                         // the stored time text (also the keyset cursor)
    EventKind kind = EventKind::Message;
    qint64 groupId = 0;
    QString groupName;
    qint64 amountFen = 0;               // purchases only
    std::optional<LeaveReason> leaveReason;
    MembershipRole role = MembershipRole::Member;

    QDateTime time() const { return fromDbTime(at); }
};

// Where the next timeline page starts: strictly older than this entry.
struct TimelineCursor
{
    QString at;
    int source = 0;
    qint64 id = 0;

    static TimelineCursor after(const TimelineEntry &e) { return {e.at, int(e.source), e.id}; }
};

// One recorded verification decision, read back from the audit log.
struct VerificationRecord
{
    qint64 auditId = 0;
    QString at;
    QString actor;                      // who used the desk
    VerificationStatus from = VerificationStatus::Unverified;
    VerificationStatus to = VerificationStatus::Unverified;
    qint64 operatorId = 0;              // the operator recorded as deciding (verified/rejected)
    QString operatorName;
    QString evidence;
};

// One reveal of a masked field, read back from the audit log.
struct RevealRecord
{
    qint64 auditId = 0;
    QString at;
    QString actor;
    RevealedField field = RevealedField::Phone;
};

// Another member already holding a platform ID.
struct MemberRef
{
    qint64 id = 0;
    QString displayName;
};

// What the member profile reads and writes besides MemberRepository, PointsRepository and
// TagRepository: reveals of masked fields (audited), the activity timeline in keyset pages,
// the verification history, and the group nickname check (one group's members at a time).
class MemberProfileRepository final
{
    Q_DECLARE_TR_FUNCTIONS(MemberProfileRepository)

public:
    explicit MemberProfileRepository(const QSqlDatabase &db) : m_db(db) {}

    static QString fieldCode(RevealedField field);

    // Reads the unmasked value and records who revealed which field of whom (action 'reveal',
    // entity 'member'; the value itself is not written to the log), in one transaction.
    DatabaseError reveal(qint64 memberId, RevealedField field, QString *value);
    // Newest first.
    DatabaseError reveals(qint64 memberId, int limit, QList<RevealRecord> *out);

    // The member's decisions on verification, newest first, with the deciding operator's name.
    DatabaseError verificationHistory(qint64 memberId, int limit, QList<VerificationRecord> *out);

    // One page of the member's timeline, newest first: events (a join or leave event that a
    // membership records at the same time in the same group is shown once, as the membership)
    // and the joins and leaves of the memberships. Pass no cursor for the first page.
    DatabaseError timeline(qint64 memberId, const std::optional<TimelineCursor> &after, int limit,
                           QList<TimelineEntry> *out);

    DatabaseError openMembershipCount(qint64 memberId, int *out);
    // The other member (not excludeId) with this platform ID; id 0 when there is none.
    DatabaseError platformIdOwner(const QString &platformId, qint64 excludeId, MemberRef *out);
    // Operator id -> name, active or not (a ledger or a decision may name a former operator).
    DatabaseError operatorNames(QHash<qint64, QString> *out);

    // The template stored under NicknameTemplate::SettingsKey (the default when none is stored),
    // with the region names as the known values of its place parts (城市, 地区 ...).
    DatabaseError nicknameTemplate(NicknameTemplate *out);
    // The group's current members passing the filter (in SQL) whose group nickname does not
    // follow the template (in C++: a group holds at most a few hundred members), in the order
    // they were recorded.
    DatabaseError nonConformingMembers(qint64 groupId, const GroupMemberFilter &filter, const NicknameTemplate &rule,
                                       QList<GroupMemberRow> *out);

private:
    QSqlDatabase m_db;
};

} // namespace qundesk
