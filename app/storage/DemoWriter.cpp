#include "storage/DemoWriter.h"

#include "storage/ActivityRollups.h"
#include "storage/BulkInserter.h"
#include "storage/BulkTriggers.h"
#include "storage/RawSqlite.h"
#include "storage/SqlTransaction.h"

#include <QCoreApplication>

#include <span>

#include <sqlite3.h>

namespace qundesk {

namespace {

// Every table the demo fills; a database holding rows in any of them is refused, so the demo
// never mixes with real data. time_slots is seeded by the schema and only read.
// Members and groups come first, so their clearer message wins.
constexpr const char *DemoTables[]
    = { "members", "chat_groups", "tiers", "teams", "operators", "channels", "regions", "tags", "member_tags",
          "points_ledger", "memberships", "content_columns", "content_items", "materials", "content_item_materials",
          "keyword_replies", "sop_templates", "sop_steps", "sop_applications", "schedule_entries", "onboarding_flows",
          "onboarding_steps", "onboarding_progress", "events", "funnels", "funnel_steps", "funnel_counts" };

// Tables whose secondary indexes are dropped during the load and built again afterwards.
constexpr const char *IndexedBulkTables[] = { "events" };

// The FTS5 member search is kept by triggers. Row by row they are slow for a bulk load: every
// statement is a savepoint at which FTS5 flushes its pending terms, and every member tag rewrites
// the member's whole search row. The load drops these two and fills the table once, writing
// exactly what the triggers would have written.
const QByteArray SearchRebuild = QByteArray(bulk::MemberSearchInsertSelect) + " ORDER BY m.id";

constexpr int LoadCacheKiB = 256 * 1024;

struct StatementText
{
    const char *sql;
    const char *what;
};

// Indexed by DemoWriter::Statement.
constexpr StatementText Statements[] = {
    { "INSERT INTO tiers (id, name, rank, buy_in_fen) VALUES (?, ?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write tiers") },
    { "INSERT INTO teams (id, name) VALUES (?, ?)", QT_TRANSLATE_NOOP("DemoWriter", "write teams") },
    { "INSERT INTO operators (id, name, role, team_id, persona_name, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write operators") },
    { "INSERT INTO channels (id, name, kind, code) VALUES (?, ?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write channels") },
    { "INSERT INTO regions (id, name, province) VALUES (?, ?, ?)", QT_TRANSLATE_NOOP("DemoWriter", "write regions") },
    { "INSERT INTO tags (id, name, color) VALUES (?, ?, ?)", QT_TRANSLATE_NOOP("DemoWriter", "write tags") },
    { "INSERT INTO members (id, display_name, group_nickname, platform_id, phone, identity, verification, verified_by,"
      " verified_at, verification_evidence, channel_id, region_id, tier_id, first_joined_at, is_koc, koc_since, "
      "koc_reason,"
      " blacklisted, blacklist_reason, blacklisted_at, notes, created_at, updated_at)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write members") },
    { "INSERT INTO member_tags (member_id, tag_id, tagged_at) VALUES (?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write member tags") },
    { "INSERT INTO points_ledger (id, member_id, delta, reason, note, operator_id, created_at) VALUES (?, ?, ?, ?, ?, "
      "?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write points") },
    { "INSERT INTO chat_groups (id, name, number, purpose, tier_id, team_id, identity_segment, channel_id, region_id,"
      " parent_id, owner_member_id, operator_id, capacity, created_on, filled_on, status, status_changed_at, rules, "
      "culture,"
      " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write groups") },
    { "INSERT INTO memberships (id, member_id, group_id, role, joined_at, left_at, leave_reason) VALUES (?, ?, ?, ?, "
      "?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write memberships") },
    { "INSERT INTO events (id, occurred_at, kind, member_id, group_id, content_item_id, amount_fen) VALUES (?, ?, ?, "
      "?, ?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write events") },
    { "INSERT INTO content_columns (id, name, category, color, description) VALUES (?, ?, ?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write content columns") },
    { "INSERT INTO content_items (id, title, body, kind, column_id, status, tags, created_at, updated_at)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write content items") },
    { "INSERT INTO materials (id, title, kind, body, mime_type, size_bytes, sha256, author_member_id, approved, "
      "approved_by,"
      " approved_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write materials") },
    { "INSERT INTO content_item_materials (content_item_id, material_id) VALUES (?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "link content to materials") },
    { "INSERT INTO keyword_replies (id, keyword, match_mode, reply, scope_group_id, scope_purpose, priority, enabled)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write keyword replies") },
    { "INSERT INTO sop_templates (id, name, description, kind, duration_days, builtin) VALUES (?, ?, ?, ?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write SOP templates") },
    { "INSERT INTO sop_steps (id, template_id, position, day_offset, slot_time, kind, title, body) VALUES (?, ?, ?, ?, "
      "?, ?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write SOP steps") },
    { "INSERT INTO sop_applications (id, template_id, group_id, start_date, applied_at) VALUES (?, ?, ?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write SOP applications") },
    { "INSERT INTO schedule_entries (id, content_item_id, group_id, scheduled_at, title, body, status, done_at, "
      "operator_id,"
      " sop_application_id, sop_step_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write schedule entries") },
    { "INSERT INTO onboarding_flows (id, name, purpose, description, persona_name, builtin) VALUES (?, ?, ?, ?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write onboarding flows") },
    { "INSERT INTO onboarding_steps (id, flow_id, position, kind, title, staff_script, member_action, checklist, "
      "timing_minutes)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write onboarding steps") },
    { "INSERT INTO onboarding_progress (member_id, group_id, step_kind, done_at, source) VALUES (?, ?, ?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write onboarding progress") },
    { "INSERT INTO funnels (id, name, description, builtin) VALUES (?, ?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write funnels") },
    { "INSERT INTO funnel_steps (id, funnel_id, position, name, metric, event_kind) VALUES (?, ?, ?, ?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write funnel steps") },
    { "INSERT INTO funnel_counts (step_id, channel_id, day, count) VALUES (?, ?, ?, ?)",
        QT_TRANSLATE_NOOP("DemoWriter", "write funnel counts") },
};
static_assert(std::size(Statements) == 27);

using bulk::dropAllOrNone;
using bulk::selectColumn;

} // namespace

DemoWriter::DemoWriter(const QSqlDatabase &db)
    : m_db(db)
    , m_handle(raw::handle(db))
{
}

DemoWriter::~DemoWriter()
{
    rollback();
}

DatabaseError DemoWriter::begin()
{
    if (!m_handle)
        return DatabaseError::make(
            DatabaseError::Kind::CannotOpen, QCoreApplication::translate("DemoWriter", "The database is not open."));
    m_transaction = std::make_unique<SqlTransaction>(m_db);
    if (m_transaction->beginError()) {
        DatabaseError err = m_transaction->beginError();
        m_transaction.reset();
        err.message
            = QCoreApplication::translate("DemoWriter", "Cannot start writing the demo data: %1").arg(err.message);
        return err;
    }
    // Opening a database in the GUI installs the built-in funnel, onboarding flows and SOP
    // templates. The demo brings its own copies of them, so built-ins nobody has used yet give
    // way instead of blocking the demo; anything used or made by the user still refuses it.
    const char *unusedBuiltins[] = {
        "DELETE FROM funnels WHERE builtin = 1 AND NOT EXISTS (SELECT 1 FROM funnel_counts c "
        "JOIN funnel_steps s ON s.id = c.step_id WHERE s.funnel_id = funnels.id)",
        "DELETE FROM onboarding_flows WHERE builtin = 1",
        "DELETE FROM sop_templates WHERE builtin = 1 AND NOT EXISTS (SELECT 1 FROM sop_applications a "
        "WHERE a.template_id = sop_templates.id)",
    };
    for (const char *sql : unusedBuiltins) {
        if (auto err = raw::exec(m_handle, sql))
            return err;
    }
    for (const char *table : DemoTables) {
        int rows = 0;
        const QByteArray sql = QByteArrayLiteral("SELECT EXISTS (SELECT 1 FROM ") + table + ')';
        if (auto err = raw::queryInt(m_handle, sql.constData(), &rows))
            return err;
        if (rows == 0)
            continue;
        const QByteArray name(table);
        if (name == "members" || name == "chat_groups")
            return DatabaseError::make(DatabaseError::Kind::Query,
                QCoreApplication::translate("DemoWriter",
                    "This database already holds members or groups. Demo data can "
                    "only be written into an empty database; create a new database "
                    "for the demo."));
        return DatabaseError::make(DatabaseError::Kind::Query,
            QCoreApplication::translate("DemoWriter",
                "This database already holds data (table %1). Demo data can only "
                "be written into an empty database; create a new database for "
                "the demo.")
                .arg(QString::fromUtf8(name)));
    }
    if (auto err = raw::queryInt(m_handle, "PRAGMA cache_size", &m_savedCacheSize))
        return err;
    const QByteArray pragma = "PRAGMA cache_size = -" + QByteArray::number(LoadCacheKiB);
    return raw::exec(m_handle, pragma.constData());
}

DatabaseError DemoWriter::suspendIndexes()
{
    finalizeStatements(); // DROP needs no statement of ours pending
    // Only when the schema still has both triggers does the rebuild statement match it.
    bool dropped = false;
    if (auto err = dropAllOrNone(m_handle, bulk::memberSearchInsertTriggers(), &m_suspendedTriggers, &dropped))
        return err;
    m_rebuildSearch = dropped;
    // The activity rollups' triggers look up each event's other events of the day, which without
    // the events indexes (dropped below) would scan the table per row: drop them too and rebuild
    // the rollups once, after the indexes are back.
    if (auto err = dropAllOrNone(m_handle, ActivityRollups::triggerNames(), &m_suspendedTriggers, &dropped))
        return err;
    if (!dropped)
        return DatabaseError::make(DatabaseError::Kind::Query,
            QCoreApplication::translate("DemoWriter", "The activity rollup triggers are missing."));
    m_rebuildRollups = true;
    for (const char *table : IndexedBulkTables) {
        QList<QByteArray> names;
        QList<QByteArray> sqls;
        const QByteArray where = QByteArrayLiteral(" FROM sqlite_master WHERE type = 'index' AND tbl_name = '") + table
            + "' AND sql IS NOT NULL ORDER BY name";
        if (auto err = selectColumn(m_handle, "SELECT name" + where, &names))
            return err;
        if (auto err = selectColumn(m_handle, "SELECT sql" + where, &sqls))
            return err;
        for (qsizetype i = 0; i < names.size() && i < sqls.size(); ++i) {
            const QByteArray drop = "DROP INDEX \"" + names.at(i) + '"';
            if (auto err = raw::exec(m_handle, drop.constData())) {
                err.message
                    = QCoreApplication::translate("DemoWriter", "Cannot prepare the events table for the load: %1")
                          .arg(err.message);
                return err;
            }
            m_suspendedIndexes.append(sqls.at(i));
        }
    }
    return {};
}

DatabaseError DemoWriter::restoreIndexes(const std::function<bool(double)> &step)
{
    finalizeStatements();
    const double steps = 2.0 + double(m_suspendedTriggers.size() + m_suspendedIndexes.size());
    double done = 0;
    auto next = [&]() -> DatabaseError {
        ++done;
        if (step && !step(done / steps))
            return DatabaseError::make(
                DatabaseError::Kind::Query, QCoreApplication::translate("DemoWriter", "Cancelled."));
        return {};
    };
    if (m_rebuildSearch) {
        if (auto err = raw::exec(m_handle, SearchRebuild.constData())) {
            err.message
                = QCoreApplication::translate("DemoWriter", "Cannot fill the member search: %1").arg(err.message);
            return err;
        }
        m_rebuildSearch = false;
    }
    if (auto err = next())
        return err;
    QList<QByteArray> again = m_suspendedTriggers + m_suspendedIndexes;
    m_suspendedTriggers.clear();
    m_suspendedIndexes.clear();
    for (const QByteArray &sql : again) {
        if (auto err = raw::exec(m_handle, sql.constData())) {
            err.message = QCoreApplication::translate("DemoWriter", "Cannot create the trigger or index again (%1): %2")
                              .arg(QString::fromUtf8(sql), err.message);
            return err;
        }
        if (auto err = next())
            return err;
    }
    if (m_rebuildRollups) {
        for (const char *sql : ActivityRollups::rebuildStatements()) {
            if (auto err = raw::exec(m_handle, sql)) {
                err.message = QCoreApplication::translate("DemoWriter", "Cannot build the activity rollups: %1")
                                  .arg(err.message);
                return err;
            }
        }
        m_rebuildRollups = false;
    }
    return next();
}

DatabaseError DemoWriter::commit()
{
    if (!m_transaction)
        return DatabaseError::make(
            DatabaseError::Kind::Query, QCoreApplication::translate("DemoWriter", "No demo transaction is open."));
    if (m_rebuildSearch || m_rebuildRollups || !m_suspendedIndexes.isEmpty() || !m_suspendedTriggers.isEmpty()) {
        if (auto err = restoreIndexes())
            return err;
    }
    finalizeStatements();
    DatabaseError err = m_transaction->commit();
    m_transaction.reset();
    if (m_savedCacheSize != 0) {
        const QByteArray pragma = "PRAGMA cache_size = " + QByteArray::number(m_savedCacheSize);
        raw::exec(m_handle, pragma.constData());
    }
    if (err)
        err.message = QCoreApplication::translate("DemoWriter", "Cannot save the demo data: %1").arg(err.message);
    return err;
}

void DemoWriter::rollback()
{
    finalizeStatements();
    if (m_transaction) {
        m_transaction->rollback();
        m_transaction.reset();
        m_suspendedIndexes.clear();
        m_suspendedTriggers.clear();
        m_rebuildSearch = false;
        m_rebuildRollups = false;
        if (m_savedCacheSize != 0) {
            const QByteArray pragma = "PRAGMA cache_size = " + QByteArray::number(m_savedCacheSize);
            raw::exec(m_handle, pragma.constData());
        }
    }
}

void DemoWriter::finalizeStatements()
{
    for (auto &statement : m_statements)
        statement.reset();
}

DatabaseError DemoWriter::timeSlots(QList<QByteArray> *out)
{
    out->clear();
    if (!m_handle)
        return DatabaseError::make(
            DatabaseError::Kind::CannotOpen, QCoreApplication::translate("DemoWriter", "The database is not open."));
    return selectColumn(m_handle, "SELECT slot_time FROM time_slots ORDER BY slot_time", out);
}

BulkInserter &DemoWriter::statement(Statement which)
{
    auto &slot = m_statements[which];
    if (!slot)
        slot = std::make_unique<BulkInserter>(m_handle, QByteArray(Statements[which].sql),
            QCoreApplication::translate("DemoWriter", Statements[which].what));
    return *slot;
}

DatabaseError DemoWriter::write(const Tier &r)
{
    return statement(TierSql).bindInt(1, r.id).bindText(2, r.name).bindInt(3, r.rank).bindInt(4, r.buyInFen).step();
}

DatabaseError DemoWriter::write(const Team &r)
{
    return statement(TeamSql).bindInt(1, r.id).bindText(2, r.name).step();
}

DatabaseError DemoWriter::write(const Operator &r)
{
    return statement(OperatorSql)
        .bindInt(1, r.id)
        .bindText(2, r.name)
        .bindText(3, r.role)
        .bindId(4, r.teamId)
        .bindText(5, r.persona)
        .bindInt(6, r.active ? 1 : 0)
        .bindText(7, r.createdAt)
        .step();
}

DatabaseError DemoWriter::write(const Channel &r)
{
    return statement(ChannelSql).bindInt(1, r.id).bindText(2, r.name).bindText(3, r.kind).bindText(4, r.code).step();
}

DatabaseError DemoWriter::write(const Region &r)
{
    return statement(RegionSql).bindInt(1, r.id).bindText(2, r.name).bindText(3, r.province).step();
}

DatabaseError DemoWriter::write(const Tag &r)
{
    return statement(TagSql).bindInt(1, r.id).bindText(2, r.name).bindText(3, r.color).step();
}

DatabaseError DemoWriter::write(const Member &r)
{
    BulkInserter &s = statement(MemberSql);
    s.bindInt(1, r.id)
        .bindText(2, r.displayName)
        .bindText(3, r.groupNickname)
        .bindText(4, r.platformId)
        .bindText(5, r.phone)
        .bindText(6, r.identity)
        .bindText(7, r.verification)
        .bindId(8, r.verifiedBy)
        .bindText(9, r.verifiedAt)
        .bindText(10, r.evidence)
        .bindId(11, r.channelId)
        .bindId(12, r.regionId)
        .bindId(13, r.tierId)
        .bindText(14, r.firstJoinedAt)
        .bindInt(15, r.koc ? 1 : 0)
        .bindText(16, r.kocSince)
        .bindText(17, r.kocReason)
        .bindInt(18, r.blacklisted ? 1 : 0)
        .bindText(19, r.blacklistReason)
        .bindText(20, r.blacklistedAt)
        .bindText(21, r.notes)
        .bindText(22, r.createdAt)
        .bindText(23, r.updatedAt);
    return s.step();
}

DatabaseError DemoWriter::write(const MemberTag &r)
{
    return statement(MemberTagSql).bindInt(1, r.memberId).bindInt(2, r.tagId).bindText(3, r.taggedAt).step();
}

DatabaseError DemoWriter::write(const Points &r)
{
    return statement(PointsSql)
        .bindInt(1, r.id)
        .bindInt(2, r.memberId)
        .bindInt(3, r.delta)
        .bindText(4, r.reason)
        .bindText(5, r.note)
        .bindId(6, r.operatorId)
        .bindText(7, r.createdAt)
        .step();
}

DatabaseError DemoWriter::write(const Group &r)
{
    BulkInserter &s = statement(GroupSql);
    s.bindInt(1, r.id)
        .bindText(2, r.name)
        .bindId(3, r.number)
        .bindText(4, r.purpose)
        .bindId(5, r.tierId)
        .bindId(6, r.teamId)
        .bindText(7, r.identitySegment)
        .bindId(8, r.channelId)
        .bindId(9, r.regionId)
        .bindId(10, r.parentId)
        .bindId(11, r.ownerMemberId)
        .bindId(12, r.operatorId)
        .bindInt(13, r.capacity)
        .bindText(14, r.createdOn)
        .bindText(15, r.filledOn)
        .bindText(16, r.status)
        .bindText(17, r.statusChangedAt)
        .bindText(18, r.rules)
        .bindText(19, r.culture)
        .bindText(20, r.createdAt)
        .bindText(21, r.updatedAt);
    return s.step();
}

DatabaseError DemoWriter::write(const Membership &r)
{
    return statement(MembershipSql)
        .bindInt(1, r.id)
        .bindInt(2, r.memberId)
        .bindInt(3, r.groupId)
        .bindText(4, r.role)
        .bindText(5, r.joinedAt)
        .bindText(6, r.leftAt)
        .bindText(7, r.leaveReason)
        .step();
}

DatabaseError DemoWriter::write(const Event &r)
{
    BulkInserter &s = statement(EventSql);
    s.bindInt(1, r.id)
        .bindText(2, r.occurredAt)
        .bindText(3, r.kind)
        .bindId(4, r.memberId)
        .bindId(5, r.groupId)
        .bindId(6, r.contentItemId);
    if (r.amountFen >= 0)
        s.bindInt(7, r.amountFen);
    else
        s.bindNull(7);
    return s.step();
}

DatabaseError DemoWriter::write(const ContentColumn &r)
{
    return statement(ColumnSql)
        .bindInt(1, r.id)
        .bindText(2, r.name)
        .bindText(3, r.category)
        .bindText(4, r.color)
        .bindText(5, r.description)
        .step();
}

DatabaseError DemoWriter::write(const ContentItem &r)
{
    return statement(ItemSql)
        .bindInt(1, r.id)
        .bindText(2, r.title)
        .bindText(3, r.body)
        .bindText(4, r.kind)
        .bindId(5, r.columnId)
        .bindText(6, r.status)
        .bindText(7, r.tags)
        .bindText(8, r.createdAt)
        .bindText(9, r.updatedAt)
        .step();
}

DatabaseError DemoWriter::write(const Material &r)
{
    return statement(MaterialSql)
        .bindInt(1, r.id)
        .bindText(2, r.title)
        .bindText(3, r.kind)
        .bindText(4, r.body)
        .bindText(5, r.mimeType)
        .bindInt(6, r.sizeBytes)
        .bindText(7, r.sha256)
        .bindId(8, r.authorMemberId)
        .bindInt(9, r.approved ? 1 : 0)
        .bindId(10, r.approvedBy)
        .bindText(11, r.approvedAt)
        .bindText(12, r.createdAt)
        .step();
}

DatabaseError DemoWriter::write(const ItemMaterial &r)
{
    return statement(ItemMaterialSql).bindInt(1, r.contentItemId).bindInt(2, r.materialId).step();
}

DatabaseError DemoWriter::write(const KeywordReply &r)
{
    return statement(KeywordSql)
        .bindInt(1, r.id)
        .bindText(2, r.keyword)
        .bindText(3, r.matchMode)
        .bindText(4, r.reply)
        .bindId(5, r.scopeGroupId)
        .bindText(6, r.scopePurpose)
        .bindInt(7, r.priority)
        .bindInt(8, r.enabled ? 1 : 0)
        .step();
}

DatabaseError DemoWriter::write(const SopTemplate &r)
{
    return statement(SopTemplateSql)
        .bindInt(1, r.id)
        .bindText(2, r.name)
        .bindText(3, r.description)
        .bindText(4, r.kind)
        .bindInt(5, r.durationDays)
        .bindInt(6, r.builtin ? 1 : 0)
        .step();
}

DatabaseError DemoWriter::write(const SopStep &r)
{
    return statement(SopStepSql)
        .bindInt(1, r.id)
        .bindInt(2, r.templateId)
        .bindInt(3, r.position)
        .bindInt(4, r.dayOffset)
        .bindText(5, r.slotTime)
        .bindText(6, r.kind)
        .bindText(7, r.title)
        .bindText(8, r.body)
        .step();
}

DatabaseError DemoWriter::write(const SopApplication &r)
{
    return statement(SopApplicationSql)
        .bindInt(1, r.id)
        .bindInt(2, r.templateId)
        .bindInt(3, r.groupId)
        .bindText(4, r.startDate)
        .bindText(5, r.appliedAt)
        .step();
}

DatabaseError DemoWriter::write(const ScheduleEntry &r)
{
    return statement(ScheduleSql)
        .bindInt(1, r.id)
        .bindId(2, r.contentItemId)
        .bindInt(3, r.groupId)
        .bindText(4, r.scheduledAt)
        .bindText(5, r.title)
        .bindText(6, r.body)
        .bindText(7, r.status)
        .bindText(8, r.doneAt)
        .bindId(9, r.operatorId)
        .bindId(10, r.sopApplicationId)
        .bindId(11, r.sopStepId)
        .step();
}

DatabaseError DemoWriter::write(const OnboardingFlow &r)
{
    return statement(FlowSql)
        .bindInt(1, r.id)
        .bindText(2, r.name)
        .bindText(3, r.purpose)
        .bindText(4, r.description)
        .bindText(5, r.persona)
        .bindInt(6, r.builtin ? 1 : 0)
        .step();
}

DatabaseError DemoWriter::write(const OnboardingStep &r)
{
    return statement(FlowStepSql)
        .bindInt(1, r.id)
        .bindInt(2, r.flowId)
        .bindInt(3, r.position)
        .bindText(4, r.kind)
        .bindText(5, r.title)
        .bindText(6, r.staffScript)
        .bindText(7, r.memberAction)
        .bindText(8, r.checklist)
        .bindInt(9, r.timingMinutes)
        .step();
}

DatabaseError DemoWriter::write(const OnboardingProgress &r)
{
    return statement(ProgressSql)
        .bindInt(1, r.memberId)
        .bindInt(2, r.groupId)
        .bindText(3, r.stepKind)
        .bindText(4, r.doneAt)
        .bindText(5, r.source)
        .step();
}

DatabaseError DemoWriter::write(const Funnel &r)
{
    return statement(FunnelSql)
        .bindInt(1, r.id)
        .bindText(2, r.name)
        .bindText(3, r.description)
        .bindInt(4, r.builtin ? 1 : 0)
        .step();
}

DatabaseError DemoWriter::write(const FunnelStep &r)
{
    return statement(FunnelStepSql)
        .bindInt(1, r.id)
        .bindInt(2, r.funnelId)
        .bindInt(3, r.position)
        .bindText(4, r.name)
        .bindText(5, r.metric)
        .bindText(6, r.eventKind)
        .step();
}

DatabaseError DemoWriter::write(const FunnelCount &r)
{
    return statement(FunnelCountSql)
        .bindInt(1, r.stepId)
        .bindInt(2, r.channelId)
        .bindText(3, r.day)
        .bindInt(4, r.count)
        .step();
}

} // namespace qundesk
