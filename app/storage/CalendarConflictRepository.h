#pragma once

#include "analytics/CalendarConflicts.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace qundesk {

// Gathers what the calendar conflict rules need (CalendarConflicts.h) and runs them: the stored
// entries of a range, the rules from the settings, the slots' max_posts and the groups' names
// and status. Proposed entries (an editor's, an SOP preview's) are checked together with the
// stored entries of their groups and days before anything is written.
class CalendarConflictRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarConflictRepository)

public:
    explicit CalendarConflictRepository(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    // Rules, slots, and the named groups (all of them: also archived and dissolved).
    DatabaseError facts(const QSet<qint64> &groupIds, ConflictFacts *out);

    // Stored entries on the days from..to (inclusive), of one group or of all (groupId 0),
    // with their kind (the entry's own, else the content item's, else the SOP step's).
    DatabaseError entries(const QDate &from, const QDate &to, qint64 groupId, QList<ConflictEntry> *out);

    // Every conflict among the stored entries of from..to (one group or all).
    DatabaseError check(const QDate &from, const QDate &to, qint64 groupId, QList<CalendarConflict> *out);

    // The conflicts proposed entries would be part of, checked together with the stored entries
    // of the same groups and days. Proposed entries carry negative ids; one with a positive id is
    // the new state of that stored entry (an edit), which then no longer counts as stored.
    // Only conflicts involving a proposed entry are returned.
    DatabaseError checkProposed(const QList<ConflictEntry> &proposed, QList<CalendarConflict> *out);

private:
    DatabaseError entriesOfGroups(const QDate &from, const QDate &to, const QSet<qint64> &groupIds,
                                  QList<ConflictEntry> *out);

    QSqlDatabase m_db;
};

} // namespace qundesk
