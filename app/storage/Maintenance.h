#pragma once

#include "storage/DatabaseError.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>

namespace qundesk {

// Whole-database chores shared by the CLI and the File menu: row counts, integrity checks and
// consistent backups of a database that may be in use by another process.
class Maintenance final
{
public:
    explicit Maintenance(const QSqlDatabase &db) : m_db(db) {}

    // (key, count) in a fixed order; keys are the CLI's JSON keys (groups, members, memberships, events, ...).
    DatabaseError rowCounts(QList<QPair<QString, qint64>> *out);
    // The same counts for the named keys only (the status bar needs three, not all).
    DatabaseError rowCounts(const QStringList &keys, QList<QPair<QString, qint64>> *out);

    // True when the database holds no groups and no members (a fresh file, ready for a demo or an import).
    DatabaseError isEmpty(bool *empty);

    // PRAGMA integrity_check and foreign_key_check; problems is empty when both are clean.
    DatabaseError check(QStringList *problems);

    // Copies the database with the SQLite online backup API into a temporary file beside target,
    // then renames it into place, so target is either the old file or a complete copy.
    DatabaseError backup(const QString &target);

private:
    QSqlDatabase m_db;
};

} // namespace qundesk
