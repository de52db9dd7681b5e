#pragma once

#include "storage/DatabaseError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace qundesk {

class BulkInserter;
class SqlTransaction;

// The write side of a member import: one transaction around the whole file, prepared statements
// on the raw handle, the member-search triggers suspended during the load and the touched
// members' search rows written once before the commit (inside the transaction, so a rollback
// restores all). Rows arrive validated (io/MemberImport); this class resolves names to ids,
// creating channels, regions, tiers and tags the database does not know yet.
class MemberImportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(MemberImportWriter)
    Q_DISABLE_COPY_MOVE(MemberImportWriter)

public:
    // One member as the file gives it. Empty text means "not given": NULL for a new member,
    // unchanged for an updated one. Codes and times are already in the schema's form.
    struct Row
    {
        qint64 line = 0;
        QString displayName, groupNickname, platformId, phone;
        QString identity, verification;            // codes
        QString channel, region, tier;             // names
        QString firstJoinedAt;                     // 'YYYY-MM-DD HH:MM:SS'
        QString notes;
        QStringList tags;                          // added (never removed) on update
        qint64 points = -1;                        // the balance to have; < 0: not given
    };

    enum class Outcome { Inserted, Updated, Skipped, DuplicateInFile };

    MemberImportWriter(const QSqlDatabase &db, bool updateExisting);
    ~MemberImportWriter(); // rolls back unless commit() succeeded

    // While set and true, SQLite interrupts the statement running (the search and index builds
    // before the commit take seconds at a million rows): the write fails and rolls back.
    void setCancelFlag(const std::atomic<bool> *cancelled) { m_cancelled = cancelled; }

    // BEGIN IMMEDIATE, suspends the search triggers, reads the dimension names. When the import
    // brings more rows (`expectedRows`, an estimate) than the members table holds, the secondary
    // indexes of members, member_tags and points_ledger are dropped too and built again once
    // before the commit: sorted index builds beat a million random B-tree inserts.
    DatabaseError begin(qint64 expectedRows = 0);
    // Writes one row. DuplicateInFile: the platform ID was already in an earlier row of this
    // import (its line in *firstLine); nothing is written.
    DatabaseError write(const Row &row, Outcome *outcome, qint64 *firstLine);
    // Writes the search rows of the touched members, the triggers again, the audit entry
    // ('import' on entity 'member' with `summary` as after_json) and commits.
    DatabaseError commit(const QJsonObject &summary);
    void rollback();

    // For the benchmark: an sqlite3 shell script doing the same work as an import of `csvPath` (an
    // `export members` file with the Chinese header) into an empty QunDesk database: `.import`
    // into a staging table, then INSERT ... SELECT with the channel, region, tier and tag lookups,
    // with the schema's own triggers maintaining the search and the points balance.
    static QByteArray shellBaselineScript(const QString &csvPath);
    // What both ways must agree on: counts and sums over the tables an import writes.
    static DatabaseError fingerprint(const QSqlDatabase &db, QString *out);

    int createdChannels() const { return m_createdChannels; }
    int createdRegions() const { return m_createdRegions; }
    int createdTiers() const { return m_createdTiers; }
    int createdTags() const { return m_createdTags; }

private:
    enum Statement {
        FindMember,
        InsertMember,
        UpdateMember,
        InsertTagLink,
        InsertPoints,
        InsertChannel,
        InsertRegion,
        InsertTier,
        InsertTag,
        DeleteSearchRow,
        InsertSearchRow,
        StatementCount
    };

    BulkInserter &statement(Statement which);
    void finalizeStatements();
    DatabaseError loadNames(const char *table, QHash<QString, qint64> *out);
    DatabaseError resolve(Statement insert, QHash<QString, qint64> *names, const QString &name, int *created,
                          qint64 *id);
    DatabaseError findMember(const QString &platformId, qint64 *id, qint64 *balance);
    DatabaseError writeTagsAndPoints(qint64 memberId, const Row &row, qint64 balance);
    DatabaseError rebuildSearch();
    void restoreCacheSize();

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    bool m_updateExisting = false;
    std::unique_ptr<SqlTransaction> m_transaction;
    std::unique_ptr<BulkInserter> m_statements[StatementCount];
    sqlite3_stmt *m_find = nullptr;            // FindMember: reads a row, so not a BulkInserter
    QList<QByteArray> m_suspendedTriggers;     // CREATE statements to run again
    QList<QByteArray> m_suspendedIndexes;
    int m_savedCacheSize = 0;
    const std::atomic<bool> *m_cancelled = nullptr;
    QHash<QString, qint64> m_channels, m_regions, m_tiers, m_tags;
    qint64 m_nextTierRank = 1;
    QHash<qint64, qint64> m_touched;           // member id -> the line that wrote (or skipped) it
    QSet<qint64> m_skipped;                    // existing members left alone (no search rewrite)
    qint64 m_maxIdBefore = 0;                  // ids above it are this import's new members
    QString m_now;
    int m_createdChannels = 0, m_createdRegions = 0, m_createdTiers = 0, m_createdTags = 0;
};

} // namespace qundesk
