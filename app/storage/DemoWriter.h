#pragma once

#include "storage/DatabaseError.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <memory>

struct sqlite3;

namespace qundesk {

class BulkInserter;
class SqlTransaction;

// The demo generator's whole write path: one transaction around every INSERT it makes, with
// prepared statements over the raw handle (see BulkInserter). The generator in io/ decides what to
// write; this class knows how. Rows carry explicit ids, so the generator can link rows without
// reading them back, and explicit timestamps, so the same seed gives the same bytes.
// Text is UTF-8; a null QByteArray writes NULL. Ids <= 0 write NULL for optional references.
class DemoWriter final
{
    Q_DISABLE_COPY_MOVE(DemoWriter)

public:
    explicit DemoWriter(const QSqlDatabase &db);
    ~DemoWriter(); // rolls back unless commit() succeeded

    // BEGIN IMMEDIATE, then refuses a database that already holds data in any table the demo
    // writes (the built-in time slots excepted). Raises the page cache for the load.
    DatabaseError begin();
    // Drops the event indexes and the member-search triggers for the load; restoreIndexes() fills
    // the search table in one statement, creates the triggers and indexes again from their own
    // SQL and reports its steps to `step` (return false to stop). Several times faster than
    // maintaining them row by row; both run inside the transaction, so a rollback restores all.
    DatabaseError suspendIndexes();
    DatabaseError restoreIndexes(const std::function<bool(double done)> &step = {});
    DatabaseError commit();
    void rollback();

    // The standard slots ('HH:MM') in time order, as the schema seeds them.
    DatabaseError timeSlots(QList<QByteArray> *out);

    struct Tier
    {
        qint64 id;
        QByteArray name;
        int rank;
        qint64 buyInFen;
    };
    struct Team
    {
        qint64 id;
        QByteArray name;
    };
    struct Operator
    {
        qint64 id;
        QByteArray name;
        QByteArray role;
        qint64 teamId;
        QByteArray persona;
        bool active;
        QByteArray createdAt;
    };
    struct Channel
    {
        qint64 id;
        QByteArray name;
        QByteArray kind;
        QByteArray code;
    };
    struct Region
    {
        qint64 id;
        QByteArray name;
        QByteArray province;
    };
    struct Tag
    {
        qint64 id;
        QByteArray name;
        QByteArray color;
    };
    struct Member
    {
        qint64 id = 0;
        QByteArray displayName, groupNickname, platformId, phone, identity, verification;
        qint64 verifiedBy = 0;
        QByteArray verifiedAt, evidence;
        qint64 channelId = 0, regionId = 0, tierId = 0;
        QByteArray firstJoinedAt;
        bool koc = false;
        QByteArray kocSince, kocReason;
        bool blacklisted = false;
        QByteArray blacklistReason, blacklistedAt, notes, createdAt, updatedAt;
    };
    struct MemberTag
    {
        qint64 memberId;
        qint64 tagId;
        QByteArray taggedAt;
    };
    struct Points
    {
        qint64 id;
        qint64 memberId;
        qint64 delta;
        QByteArray reason;
        QByteArray note;
        qint64 operatorId;
        QByteArray createdAt;
    };
    struct Group
    {
        qint64 id = 0;
        QByteArray name;
        int number = 0; // 0 writes NULL
        QByteArray purpose;
        qint64 tierId = 0, teamId = 0;
        QByteArray identitySegment;
        qint64 channelId = 0, regionId = 0, parentId = 0, ownerMemberId = 0, operatorId = 0;
        int capacity = 500;
        QByteArray createdOn, filledOn, status, statusChangedAt, rules, culture, createdAt, updatedAt;
    };
    struct Membership
    {
        qint64 id;
        qint64 memberId;
        qint64 groupId;
        QByteArray role;
        QByteArray joinedAt;
        QByteArray leftAt;
        QByteArray leaveReason;
    };
    struct Event
    {
        qint64 id;
        QByteArrayView occurredAt;
        QByteArrayView kind;
        qint64 memberId;
        qint64 groupId;
        qint64 contentItemId;
        qint64 amountFen; /* < 0: NULL */
    };
    struct ContentColumn
    {
        qint64 id;
        QByteArray name;
        QByteArray category;
        QByteArray color;
        QByteArray description;
    };
    struct ContentItem
    {
        qint64 id;
        QByteArray title, body, kind;
        qint64 columnId;
        QByteArray status, tags, createdAt, updatedAt;
    };
    struct Material
    {
        qint64 id = 0;
        QByteArray title, kind, body, mimeType;
        qint64 sizeBytes = 0;
        QByteArray sha256;
        qint64 authorMemberId = 0;
        bool approved = false;
        qint64 approvedBy = 0;
        QByteArray approvedAt, createdAt;
    };
    struct ItemMaterial
    {
        qint64 contentItemId;
        qint64 materialId;
    };
    struct KeywordReply
    {
        qint64 id;
        QByteArray keyword, matchMode, reply;
        qint64 scopeGroupId;
        QByteArray scopePurpose;
        int priority;
        bool enabled;
    };
    struct SopTemplate
    {
        qint64 id;
        QByteArray name, description, kind;
        int durationDays;
        bool builtin;
    };
    struct SopStep
    {
        qint64 id;
        qint64 templateId;
        int position;
        int dayOffset;
        QByteArray slotTime, kind, title, body;
    };
    struct SopApplication
    {
        qint64 id;
        qint64 templateId;
        qint64 groupId;
        QByteArray startDate;
        QByteArray appliedAt;
    };
    struct ScheduleEntry
    {
        qint64 id = 0, contentItemId = 0, groupId = 0;
        QByteArray scheduledAt, title, body, status, doneAt;
        qint64 operatorId = 0, sopApplicationId = 0, sopStepId = 0;
    };
    struct OnboardingFlow
    {
        qint64 id;
        QByteArray name, purpose, description, persona;
        bool builtin;
    };
    struct OnboardingStep
    {
        qint64 id;
        qint64 flowId;
        int position;
        QByteArray kind, title, staffScript, memberAction, checklist;
        int timingMinutes;
    };
    struct OnboardingProgress
    {
        qint64 memberId;
        qint64 groupId;
        QByteArray stepKind;
        QByteArray doneAt;
        QByteArray source;
    };
    struct Funnel
    {
        qint64 id;
        QByteArray name, description;
        bool builtin;
    };
    struct FunnelStep
    {
        qint64 id;
        qint64 funnelId;
        int position;
        QByteArray name, metric, eventKind;
    };
    struct FunnelCount
    {
        qint64 stepId;
        qint64 channelId;
        QByteArrayView day;
        qint64 count;
    };

    DatabaseError write(const Tier &row);
    DatabaseError write(const Team &row);
    DatabaseError write(const Operator &row);
    DatabaseError write(const Channel &row);
    DatabaseError write(const Region &row);
    DatabaseError write(const Tag &row);
    DatabaseError write(const Member &row);
    DatabaseError write(const MemberTag &row);
    DatabaseError write(const Points &row);
    DatabaseError write(const Group &row);
    DatabaseError write(const Membership &row);
    DatabaseError write(const Event &row);
    DatabaseError write(const ContentColumn &row);
    DatabaseError write(const ContentItem &row);
    DatabaseError write(const Material &row);
    DatabaseError write(const ItemMaterial &row);
    DatabaseError write(const KeywordReply &row);
    DatabaseError write(const SopTemplate &row);
    DatabaseError write(const SopStep &row);
    DatabaseError write(const SopApplication &row);
    DatabaseError write(const ScheduleEntry &row);
    DatabaseError write(const OnboardingFlow &row);
    DatabaseError write(const OnboardingStep &row);
    DatabaseError write(const OnboardingProgress &row);
    DatabaseError write(const Funnel &row);
    DatabaseError write(const FunnelStep &row);
    DatabaseError write(const FunnelCount &row);

private:
    enum Statement {
        TierSql,
        TeamSql,
        OperatorSql,
        ChannelSql,
        RegionSql,
        TagSql,
        MemberSql,
        MemberTagSql,
        PointsSql,
        GroupSql,
        MembershipSql,
        EventSql,
        ColumnSql,
        ItemSql,
        MaterialSql,
        ItemMaterialSql,
        KeywordSql,
        SopTemplateSql,
        SopStepSql,
        SopApplicationSql,
        ScheduleSql,
        FlowSql,
        FlowStepSql,
        ProgressSql,
        FunnelSql,
        FunnelStepSql,
        FunnelCountSql,
        StatementCount
    };
    BulkInserter &statement(Statement which);
    void finalizeStatements();

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    std::unique_ptr<SqlTransaction> m_transaction;
    std::unique_ptr<BulkInserter> m_statements[StatementCount];
    QList<QByteArray> m_suspendedIndexes; // CREATE INDEX statements to run again
    QList<QByteArray> m_suspendedTriggers; // CREATE TRIGGER statements to run again
    bool m_rebuildSearch = false;
    bool m_rebuildRollups = false;          // ActivityRollups' triggers were dropped for the load
    int m_savedCacheSize = 0;
};

} // namespace qundesk
