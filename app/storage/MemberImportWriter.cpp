#include "storage/MemberImportWriter.h"

#include "domain/Member.h"
#include "storage/AuditRepository.h"
#include "storage/BulkInserter.h"
#include "storage/BulkTriggers.h"
#include "storage/RawSqlite.h"
#include "storage/SqlTransaction.h"

#include <QDateTime>

#include <sqlite3.h>

namespace qundesk {

namespace {

// The triggers the load replaces: search rows are written once per touched member before the
// commit. members_search_update is among them because an updated member's row is rewritten
// whole anyway.
constexpr const char *SuspendedTriggers[]
    = {"members_search_insert", "members_search_update", "member_tags_search_insert"};

struct StatementText
{
    const char *sql;
    const char *what;
};

// The secondary indexes a large import rebuilds (the UNIQUE platform_id index stays: every row
// looks a member up by it).
constexpr const char *IndexQueries[] = {
    " FROM sqlite_master WHERE type = 'index' AND tbl_name = 'members' AND sql IS NOT NULL ORDER BY name",
    " FROM sqlite_master WHERE type = 'index' AND tbl_name = 'member_tags' AND sql IS NOT NULL ORDER BY name",
    " FROM sqlite_master WHERE type = 'index' AND tbl_name = 'points_ledger' AND sql IS NOT NULL ORDER BY name",
};

// Indexed by MemberImportWriter::Statement (FindMember is run by hand: it reads a row).
const StatementText Statements[] = {
    {"SELECT id, points_balance FROM members WHERE platform_id = ?", QT_TRANSLATE_NOOP("MemberImportWriter", "look up members")},
    {"INSERT INTO members (display_name, group_nickname, platform_id, phone, identity, verification, verified_at,"
     " channel_id, region_id, tier_id, first_joined_at, notes, created_at, updated_at)"
     " VALUES (?, ?, ?, ?, coalesce(?, 'unknown'), coalesce(?, 'unverified'), ?, ?, ?, ?, ?, ?, ?, ?)",
     QT_TRANSLATE_NOOP("MemberImportWriter", "write members")},
    // NULL parameters keep what the member has.
    {"UPDATE members SET display_name = coalesce(?1, display_name), group_nickname = coalesce(?2, group_nickname),"
     " phone = coalesce(?3, phone), identity = coalesce(?4, identity),"
     " verified_at = CASE WHEN ?5 IS NULL OR ?5 = verification THEN verified_at"
     "                    WHEN ?5 IN ('verified', 'rejected') THEN ?6 ELSE NULL END,"
     " verified_by = CASE WHEN ?5 IS NULL OR ?5 = verification THEN verified_by ELSE NULL END,"
     " verification = coalesce(?5, verification),"
     " channel_id = coalesce(?7, channel_id), region_id = coalesce(?8, region_id), tier_id = coalesce(?9, tier_id),"
     " first_joined_at = coalesce(?10, first_joined_at), notes = coalesce(?11, notes), updated_at = ?6"
     " WHERE id = ?12",
     QT_TRANSLATE_NOOP("MemberImportWriter", "update members")},
    {"INSERT OR IGNORE INTO member_tags (member_id, tag_id, tagged_at) VALUES (?, ?, ?)",
     QT_TRANSLATE_NOOP("MemberImportWriter", "tag members")},
    {"INSERT INTO points_ledger (member_id, delta, reason, note, created_at) VALUES (?, ?, 'adjust', ?, ?)",
     QT_TRANSLATE_NOOP("MemberImportWriter", "write points")},
    {"INSERT INTO channels (name, kind) VALUES (?, 'other')", QT_TRANSLATE_NOOP("MemberImportWriter", "create channels")},
    {"INSERT INTO regions (name) VALUES (?)", QT_TRANSLATE_NOOP("MemberImportWriter", "create regions")},
    {"INSERT INTO tiers (name, rank) VALUES (?, ?)", QT_TRANSLATE_NOOP("MemberImportWriter", "create tiers")},
    {"INSERT INTO tags (name) VALUES (?)", QT_TRANSLATE_NOOP("MemberImportWriter", "create tags")},
    {"DELETE FROM member_search WHERE rowid = ?", QT_TRANSLATE_NOOP("MemberImportWriter", "update the member search")},
    {nullptr, QT_TRANSLATE_NOOP("MemberImportWriter", "update the member search")}, // built from BulkTriggers
};
static_assert(std::size(Statements) == 11);

// SQLite calls this every few thousand VM steps; non-zero interrupts the running statement.
int interruptWhenCancelled(void *flag)
{
    return static_cast<const std::atomic<bool> *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

QByteArray utf8OrNull(const QString &text)
{
    return text.isEmpty() ? QByteArray() : text.toUtf8();
}

} // namespace

MemberImportWriter::MemberImportWriter(const QSqlDatabase &db, bool updateExisting)
    : m_db(db)
    , m_handle(raw::handle(db))
    , m_updateExisting(updateExisting)
{
}

MemberImportWriter::~MemberImportWriter()
{
    rollback();
}

DatabaseError MemberImportWriter::begin(qint64 expectedRows)
{
    if (!m_handle)
        return DatabaseError::make(DatabaseError::Kind::CannotOpen, tr("The database is not open."));
    m_transaction = std::make_unique<SqlTransaction>(m_db);
    if (m_transaction->beginError()) {
        DatabaseError err = m_transaction->beginError();
        m_transaction.reset();
        err.message = tr("Cannot start the import: %1").arg(err.message);
        return err;
    }
    m_now = toDbTime(QDateTime::currentDateTime());
    if (m_cancelled)
        sqlite3_progress_handler(m_handle, 10000, interruptWhenCancelled,
                                 const_cast<void *>(static_cast<const void *>(m_cancelled)));
    bool dropped = false;
    if (auto err = bulk::dropAllOrNone(m_handle, SuspendedTriggers, &m_suspendedTriggers, &dropped))
        return err;
    if (!dropped)
        return DatabaseError::make(DatabaseError::Kind::Query,
                                   tr("The member search triggers are missing; run qundesk-cli check."));
    int maxId = 0;
    // Ids fit an int for any realistic table; the search rebuild of new members reads ids above it.
    if (auto err = raw::queryInt(m_handle, "SELECT coalesce(max(id), 0) FROM members", &maxId))
        return err;
    m_maxIdBefore = maxId;
    int existing = 0;
    if (auto err = raw::queryInt(m_handle, "SELECT count(*) FROM members", &existing))
        return err;
    if (expectedRows > existing) {
        for (const char *sql : IndexQueries) {
            QList<QByteArray> names, creates;
            if (auto err = bulk::selectColumn(m_handle, QByteArray("SELECT name") + sql, &names))
                return err;
            if (auto err = bulk::selectColumn(m_handle, QByteArray("SELECT sql") + sql, &creates))
                return err;
            for (qsizetype i = 0; i < names.size() && i < creates.size(); ++i) {
                if (auto err = raw::exec(m_handle, QByteArray("DROP INDEX \"" + names.at(i) + '"').constData()))
                    return err;
                m_suspendedIndexes.append(creates.at(i));
            }
        }
        if (auto err = raw::queryInt(m_handle, "PRAGMA cache_size", &m_savedCacheSize))
            return err;
        if (auto err = raw::exec(m_handle, "PRAGMA cache_size = -262144")) // 256 MiB for the load
            return err;
    }
    int maxRank = 0;
    if (auto err = raw::queryInt(m_handle, "SELECT coalesce(max(rank), 0) FROM tiers", &maxRank))
        return err;
    m_nextTierRank = maxRank + 1;
    if (auto err = loadNames("channels", &m_channels))
        return err;
    if (auto err = loadNames("regions", &m_regions))
        return err;
    if (auto err = loadNames("tiers", &m_tiers))
        return err;
    return loadNames("tags", &m_tags);
}

DatabaseError MemberImportWriter::loadNames(const char *table, QHash<QString, qint64> *out)
{
    QList<QByteArray> rows;
    const QByteArray sql = QByteArrayLiteral("SELECT id || char(9) || name FROM ") + table;
    if (auto err = bulk::selectColumn(m_handle, sql, &rows))
        return err;
    for (const QByteArray &row : rows) {
        const qsizetype tab = row.indexOf('\t');
        out->insert(QString::fromUtf8(row.mid(tab + 1)), row.left(tab).toLongLong());
    }
    return {};
}

BulkInserter &MemberImportWriter::statement(Statement which)
{
    auto &slot = m_statements[which];
    if (!slot) {
        const QByteArray sql = which == InsertSearchRow
            ? QByteArray(bulk::MemberSearchInsertSelect) + " WHERE m.id = ?"
            : QByteArray(Statements[which].sql);
        slot = std::make_unique<BulkInserter>(m_handle, sql, tr(Statements[which].what));
    }
    return *slot;
}

void MemberImportWriter::finalizeStatements()
{
    for (auto &s : m_statements)
        s.reset();
    if (m_find) {
        sqlite3_finalize(m_find);
        m_find = nullptr;
    }
}

DatabaseError MemberImportWriter::resolve(Statement insert, QHash<QString, qint64> *names, const QString &name,
                                          int *created, qint64 *id)
{
    *id = 0;
    if (name.isEmpty())
        return {};
    if (const auto it = names->constFind(name); it != names->cend()) {
        *id = *it;
        return {};
    }
    BulkInserter &s = statement(insert);
    s.bindText(1, name);
    if (insert == InsertTier)
        s.bindInt(2, m_nextTierRank++);
    if (auto err = s.step())
        return err;
    *id = s.lastInsertId();
    names->insert(name, *id);
    ++*created;
    return {};
}

DatabaseError MemberImportWriter::findMember(const QString &platformId, qint64 *id, qint64 *balance)
{
    *id = 0;
    *balance = 0;
    if (!m_find) {
        const int rc = sqlite3_prepare_v3(m_handle, Statements[FindMember].sql, -1, SQLITE_PREPARE_PERSISTENT,
                                          &m_find, nullptr);
        if (rc != SQLITE_OK)
            return raw::errorFromCode(rc, tr("Cannot look up members: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
    }
    const QByteArray key = platformId.toUtf8();
    sqlite3_bind_text(m_find, 1, key.constData(), int(key.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(m_find);
    if (rc == SQLITE_ROW) {
        *id = sqlite3_column_int64(m_find, 0);
        *balance = sqlite3_column_int64(m_find, 1);
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_reset(m_find);
    sqlite3_clear_bindings(m_find);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return raw::errorFromCode(rc, tr("Cannot look up members: %1").arg(message));
    return {};
}

DatabaseError MemberImportWriter::write(const Row &row, Outcome *outcome, qint64 *firstLine)
{
    *firstLine = 0;
    qint64 id = 0, balance = 0;
    if (auto err = findMember(row.platformId, &id, &balance))
        return err;
    if (id > 0) {
        if (const auto it = m_touched.constFind(id); it != m_touched.cend()) {
            *outcome = Outcome::DuplicateInFile;
            *firstLine = *it;
            return {};
        }
        m_touched.insert(id, row.line);
        if (!m_updateExisting) {
            *outcome = Outcome::Skipped;
            m_skipped.insert(id);
            return {};
        }
    }
    qint64 channel = 0, region = 0, tier = 0;
    if (auto err = resolve(InsertChannel, &m_channels, row.channel, &m_createdChannels, &channel))
        return err;
    if (auto err = resolve(InsertRegion, &m_regions, row.region, &m_createdRegions, &region))
        return err;
    if (auto err = resolve(InsertTier, &m_tiers, row.tier, &m_createdTiers, &tier))
        return err;
    const bool decision = row.verification == u"verified" || row.verification == u"rejected";
    if (id == 0) {
        BulkInserter &s = statement(InsertMember);
        s.bindText(1, row.displayName)
            .bindText(2, utf8OrNull(row.groupNickname))
            .bindText(3, row.platformId)
            .bindText(4, utf8OrNull(row.phone))
            .bindText(5, utf8OrNull(row.identity))
            .bindText(6, utf8OrNull(row.verification))
            .bindText(7, decision ? m_now.toUtf8() : QByteArray())
            .bindId(8, channel)
            .bindId(9, region)
            .bindId(10, tier)
            .bindText(11, utf8OrNull(row.firstJoinedAt))
            .bindText(12, utf8OrNull(row.notes))
            .bindText(13, m_now)
            .bindText(14, m_now);
        if (auto err = s.step())
            return err;
        id = s.lastInsertId();
        m_touched.insert(id, row.line);
        *outcome = Outcome::Inserted;
    } else {
        BulkInserter &s = statement(UpdateMember);
        s.bindText(1, utf8OrNull(row.displayName))
            .bindText(2, utf8OrNull(row.groupNickname))
            .bindText(3, utf8OrNull(row.phone))
            .bindText(4, utf8OrNull(row.identity))
            .bindText(5, utf8OrNull(row.verification))
            .bindText(6, m_now)
            .bindId(7, channel)
            .bindId(8, region)
            .bindId(9, tier)
            .bindText(10, utf8OrNull(row.firstJoinedAt))
            .bindText(11, utf8OrNull(row.notes))
            .bindInt(12, id);
        if (auto err = s.step())
            return err;
        *outcome = Outcome::Updated;
    }
    return writeTagsAndPoints(id, row, balance);
}

DatabaseError MemberImportWriter::writeTagsAndPoints(qint64 memberId, const Row &row, qint64 balance)
{
    for (const QString &name : row.tags) {
        qint64 tag = 0;
        if (auto err = resolve(InsertTag, &m_tags, name, &m_createdTags, &tag))
            return err;
        if (auto err = statement(InsertTagLink).bindInt(1, memberId).bindInt(2, tag).bindText(3, m_now).step())
            return err;
    }
    // The ledger stays the record of every point: the file's balance arrives as one adjustment.
    if (row.points >= 0 && row.points != balance) {
        if (auto err = statement(InsertPoints)
                           .bindInt(1, memberId)
                           .bindInt(2, row.points - balance)
                           .bindText(3, tr("Balance set by a member import (line %1)").arg(row.line))
                           .bindText(4, m_now)
                           .step())
            return err;
    }
    return {};
}

DatabaseError MemberImportWriter::rebuildSearch()
{
    // New members are one id range; updated ones are rewritten one by one.
    const QByteArray fresh = QByteArray(bulk::MemberSearchInsertSelect) + " WHERE m.id > "
        + QByteArray::number(m_maxIdBefore) + " ORDER BY m.id";
    if (auto err = raw::exec(m_handle, fresh.constData())) {
        err.message = tr("Cannot fill the member search: %1").arg(err.message);
        return err;
    }
    for (auto it = m_touched.cbegin(); it != m_touched.cend(); ++it) {
        const qint64 id = it.key();
        if (id > m_maxIdBefore || m_skipped.contains(id))
            continue;
        if (auto err = statement(DeleteSearchRow).bindInt(1, id).step())
            return err;
        if (auto err = statement(InsertSearchRow).bindInt(1, id).step())
            return err;
    }
    return {};
}

DatabaseError MemberImportWriter::commit(const QJsonObject &summary)
{
    if (!m_transaction)
        return DatabaseError::make(DatabaseError::Kind::Query, tr("No import transaction is open."));
    if (auto err = rebuildSearch())
        return err;
    finalizeStatements(); // CREATE TRIGGER needs no statement of ours pending
    const QList<QByteArray> again = m_suspendedIndexes + m_suspendedTriggers;
    m_suspendedTriggers.clear();
    m_suspendedIndexes.clear();
    for (const QByteArray &sql : again) {
        if (auto err = raw::exec(m_handle, sql.constData())) {
            err.message = tr("Cannot create the index or trigger again (%1): %2").arg(QString::fromUtf8(sql), err.message);
            return err;
        }
    }
    if (auto err = AuditRepository(m_db).record(QStringLiteral("import"), QStringLiteral("member"), 0, {}, summary))
        return err;
    sqlite3_progress_handler(m_handle, 0, nullptr, nullptr); // the commit itself is not interrupted
    DatabaseError err = m_transaction->commit();
    m_transaction.reset();
    restoreCacheSize();
    if (err)
        err.message = tr("Cannot save the import: %1").arg(err.message);
    return err;
}

void MemberImportWriter::rollback()
{
    finalizeStatements();
    if (m_handle)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    if (m_transaction) {
        m_transaction->rollback();
        m_transaction.reset();
    }
    restoreCacheSize();
    m_suspendedTriggers.clear();
    m_suspendedIndexes.clear();
    m_touched.clear();
    m_skipped.clear();
}

QByteArray MemberImportWriter::shellBaselineScript(const QString &csvPath)
{
    QString path = csvPath;
    path.replace(u'"', QStringLiteral("\\\""));
    // Tag lists become JSON arrays for json_each (the shell has no string splitter).
    const QByteArray tagList = "json_each('[\"' || replace(replace(s.tags, '\"', ''), ',', '\",\"') || '\"]')";
    QByteArray script
        = ".bail on\n"
          "PRAGMA foreign_keys = ON;\n"
          "PRAGMA synchronous = NORMAL;\n"
          "PRAGMA cache_size = -262144;\n"
          "BEGIN IMMEDIATE;\n"
          "CREATE TEMP TABLE staging (name, nickname, platform_id, phone, identity, verification, channel, region,"
          " tier, joined, tags, points, notes);\n"
          ".import --csv --skip 1 \"" + path.toUtf8() + "\" staging\n"
          "INSERT INTO channels (name, kind) SELECT DISTINCT channel, 'other' FROM staging"
          " WHERE channel <> '' AND channel NOT IN (SELECT name FROM channels);\n"
          "INSERT INTO regions (name) SELECT DISTINCT region FROM staging"
          " WHERE region <> '' AND region NOT IN (SELECT name FROM regions);\n"
          "WITH base AS (SELECT coalesce(max(rank), 0) AS r FROM tiers),"
          " fresh AS (SELECT tier, min(rowid) AS first FROM staging WHERE tier <> ''"
          " AND tier NOT IN (SELECT name FROM tiers) GROUP BY tier)"
          " INSERT INTO tiers (name, rank) SELECT tier, base.r + row_number() OVER (ORDER BY first) FROM fresh, base;\n"
          "INSERT INTO members (display_name, group_nickname, platform_id, phone, identity, verification, verified_at,"
          " channel_id, region_id, tier_id, first_joined_at, notes, created_at, updated_at)"
          " SELECT s.name, nullif(s.nickname, ''), s.platform_id, nullif(s.phone, ''),"
          " CASE s.identity WHEN '实体店主' THEN 'store' WHEN '微商/网商' THEN 'online' WHEN 'C端' THEN 'consumer'"
          " ELSE 'unknown' END,"
          " CASE s.verification WHEN '待审核' THEN 'pending' WHEN '已通过' THEN 'verified' WHEN '已驳回' THEN 'rejected'"
          " ELSE 'unverified' END,"
          " CASE WHEN s.verification IN ('已通过', '已驳回') THEN datetime('now', 'localtime') END,"
          " c.id, r.id, t.id, nullif(s.joined, ''), nullif(s.notes, ''), datetime('now', 'localtime'),"
          " datetime('now', 'localtime')"
          " FROM staging s LEFT JOIN channels c ON c.name = s.channel LEFT JOIN regions r ON r.name = s.region"
          " LEFT JOIN tiers t ON t.name = s.tier ORDER BY s.rowid;\n"
          "INSERT INTO tags (name) SELECT DISTINCT j.value FROM staging s, " + tagList
        + " j WHERE s.tags <> '' AND j.value <> '' AND j.value NOT IN (SELECT name FROM tags);\n"
          "INSERT OR IGNORE INTO member_tags (member_id, tag_id, tagged_at)"
          " SELECT m.id, t.id, datetime('now', 'localtime') FROM staging s JOIN members m ON m.platform_id = s.platform_id, "
        + tagList
        + " j JOIN tags t ON t.name = j.value WHERE s.tags <> '';\n"
          "INSERT INTO points_ledger (member_id, delta, reason, note, created_at)"
          " SELECT m.id, CAST(s.points AS INTEGER), 'adjust', 'import', datetime('now', 'localtime')"
          " FROM staging s JOIN members m ON m.platform_id = s.platform_id WHERE CAST(s.points AS INTEGER) > 0;\n"
          "INSERT INTO audit_log (action, entity, after_json) VALUES ('import', 'member', '{}');\n"
          "COMMIT;\n";
    return script;
}

DatabaseError MemberImportWriter::fingerprint(const QSqlDatabase &db, QString *out)
{
    QList<QByteArray> rows;
    if (auto err = bulk::selectColumn(raw::handle(db),
            "SELECT (SELECT count(*) FROM members) || ' members, ' || (SELECT count(*) FROM member_tags) || ' tag links, '"
            " || (SELECT count(*) FROM tags) || ' tags, ' || (SELECT count(*) FROM channels) || ' channels, '"
            " || (SELECT count(*) FROM regions) || ' regions, ' || (SELECT count(*) FROM tiers) || ' tiers, '"
            " || (SELECT coalesce(sum(points_balance), 0) FROM members) || ' points, '"
            " || (SELECT count(*) FROM member_search) || ' search rows, '"
            " || (SELECT count(*) FROM members WHERE verification = 'verified') || ' verified, '"
            " || (SELECT count(*) FROM members WHERE identity = 'store') || ' stores, '"
            " || (SELECT count(*) FROM members WHERE tier_id IS NOT NULL) || ' with a tier'",
            &rows))
        return err;
    *out = rows.isEmpty() ? QString() : QString::fromUtf8(rows.first());
    return {};
}

void MemberImportWriter::restoreCacheSize()
{
    if (m_savedCacheSize != 0) {
        const QByteArray pragma = "PRAGMA cache_size = " + QByteArray::number(m_savedCacheSize);
        raw::exec(m_handle, pragma.constData());
        m_savedCacheSize = 0;
    }
}

} // namespace qundesk
