#include "storage/Maintenance.h"

#include "storage/Query.h"
#include "storage/RawSqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace qundesk {

namespace {

// JSON key and table, in the order stats prints them.
constexpr std::pair<const char *, const char *> countedTables[] = {
    {"tiers", "tiers"}, {"teams", "teams"}, {"operators", "operators"}, {"channels", "channels"},
    {"regions", "regions"}, {"groups", "chat_groups"}, {"members", "members"},
    {"memberships", "memberships"}, {"tags", "tags"}, {"member_tags", "member_tags"},
    {"points_entries", "points_ledger"}, {"events", "events"}, {"content_columns", "content_columns"},
    {"content_items", "content_items"}, {"materials", "materials"}, {"keyword_replies", "keyword_replies"},
    {"time_slots", "time_slots"}, {"schedule_entries", "schedule_entries"}, {"sop_templates", "sop_templates"},
    {"sop_applications", "sop_applications"}, {"onboarding_flows", "onboarding_flows"},
    {"funnels", "funnels"}, {"funnel_counts", "funnel_counts"}, {"audit_entries", "audit_log"},
};

} // namespace

DatabaseError Maintenance::rowCounts(QList<QPair<QString, qint64>> *out)
{
    return rowCounts({}, out);
}

DatabaseError Maintenance::rowCounts(const QStringList &keys, QList<QPair<QString, qint64>> *out)
{
    out->clear();
    for (const auto &[key, table] : countedTables) {
        if (!keys.isEmpty() && !keys.contains(QLatin1String(key)))
            continue;
        // Table names come from the fixed list above, never from input.
        Query q(m_db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        if (auto err = q.exec(QCoreApplication::translate("Maintenance", "count %1").arg(QLatin1String(table))))
            return err;
        q.next();
        out->append({QLatin1String(key), q.value(0).toLongLong()});
    }
    return {};
}

DatabaseError Maintenance::isEmpty(bool *empty)
{
    Query q(m_db, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM members) AND NOT EXISTS (SELECT 1 FROM chat_groups)"));
    if (auto err = q.exec(QCoreApplication::translate("Maintenance", "look for existing data")))
        return err;
    *empty = q.next() && q.value(0).toBool();
    return {};
}

DatabaseError Maintenance::check(QStringList *problems)
{
    problems->clear();
    {
        Query q(m_db, QStringLiteral("PRAGMA integrity_check"));
        if (auto err = q.exec(QCoreApplication::translate("Maintenance", "integrity check")))
            return err;
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                problems->append(QCoreApplication::translate("Maintenance", "integrity: %1").arg(line));
        }
    }
    Query q(m_db, QStringLiteral("PRAGMA foreign_key_check"));
    if (auto err = q.exec(QCoreApplication::translate("Maintenance", "foreign key check")))
        return err;
    while (q.next()) {
        problems->append(QCoreApplication::translate("Maintenance", "foreign key: row %1 of %2 points to a missing row in %3")
                             .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString()));
    }
    return {};
}

DatabaseError Maintenance::backup(const QString &target)
{
    using K = DatabaseError::Kind;
    sqlite3 *source = raw::handle(m_db);
    if (!source)
        return DatabaseError::make(K::CannotOpen, QCoreApplication::translate("Maintenance", "No database is open."));
    const QFileInfo info(target);
    if (!info.absoluteDir().exists())
        return DatabaseError::make(K::CannotOpen, QCoreApplication::translate("Maintenance", "Cannot write the backup %1: the folder %2 does not exist.")
                                                      .arg(target, info.absolutePath()));
    if (info.exists() && info.isDir())
        return DatabaseError::make(K::CannotOpen, QCoreApplication::translate("Maintenance", "Cannot write the backup: %1 is a folder.").arg(target));

    const QString temp = target + QStringLiteral(".partial");
    QFile::remove(temp);
    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(temp).constData(), &dest,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(dest);
        QFile::remove(temp);
        return raw::errorFromCode(rc, QCoreApplication::translate("Maintenance", "Cannot create the backup %1: %2").arg(target, msg));
    }
    // One step copies everything under a single read transaction: a consistent snapshot even
    // while another connection keeps writing (WAL readers do not block writers).
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
    if (backup) {
        do {
            rc = sqlite3_backup_step(backup, -1);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(50);
        } while (rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
    }
    const int destRc = sqlite3_errcode(dest);
    const QString msg = QString::fromUtf8(sqlite3_errmsg(dest));
    if (rc == SQLITE_DONE && destRc == SQLITE_OK)
        rc = sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    sqlite3_close(dest);
    if (!(rc == SQLITE_DONE || rc == SQLITE_OK) || destRc != SQLITE_OK) {
        QFile::remove(temp);
        return raw::errorFromCode(rc == SQLITE_DONE ? destRc : rc, QCoreApplication::translate("Maintenance", "Backup to %1 failed: %2").arg(target, msg));
    }
    QFile::remove(temp + QStringLiteral("-journal"));
    if (QFile::exists(target) && !QFile::remove(target)) {
        QFile::remove(temp);
        return DatabaseError::make(K::ReadOnly, QCoreApplication::translate("Maintenance", "Cannot replace the existing file %1.").arg(target));
    }
    if (!QFile::rename(temp, target)) {
        QFile::remove(temp);
        return DatabaseError::make(K::CannotOpen, QCoreApplication::translate("Maintenance", "Cannot move the backup into place at %1.").arg(target));
    }
    return {};
}

} // namespace qundesk
