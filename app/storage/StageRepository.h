#pragma once

#include "analytics/Lifecycle.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace qundesk {

// One stretch of days a group spent in one lifecycle stage: since <= day < until. The span the
// group is in now has no end (until is invalid).
struct StageSpan
{
    qint64 id = 0;
    qint64 groupId = 0;
    LifecycleStage stage = LifecycleStage::Daily;
    QString reason;                 // the engine's reason as of the last refresh that saw this stage,
                                    // in the current UI language
    QString storedReason;           // as group_stages holds it (see encodeLifecycleReason)
    QDate since;
    QDate until;                    // invalid: the current span

    bool isCurrent() const { return !until.isValid(); }
};

// What one refresh did, group by group.
struct StageRefreshResult
{
    int changed = 0;                // a span opened: first stage of a group, or a new stage
    int unchanged = 0;              // same stage as recorded (its reason may have been updated)
    int closed = 0;                 // the group has no stage any more (archived, dissolved): span closed
    int skipped = 0;                // history already reaches past the day: left untouched
    int reasonsUpdated = 0;         // of the unchanged, those whose reason text changed
};

// The recorded lifecycle stages (group_stages): the stage the lifecycle engine gives each group,
// kept as spans so the matrix can pivot by stage and a group's profile can show its history.
// Nothing computes stages on read: refresh() records them for a day, and readers see what the
// last refresh recorded.
class StageRepository final
{
    Q_DECLARE_TR_FUNCTIONS(StageRepository)

public:
    // Settings key holding recordedThrough() as yyyy-MM-dd.
    static constexpr char RecordedThroughKey[] = "lifecycle.recorded_through";

    explicit StageRepository(const QSqlDatabase &db) : m_db(db) {}

    // Assesses every group live at the end of `today` (GroupActivityRepository + assessLifecycle,
    // thresholds from SettingsRepository) and records the result in one transaction with one
    // audit entry (entity 'lifecycle', written only when something changed):
    // - a new stage closes the open span (until = today) and opens one (since = today); a span
    //   opened the same day is corrected in place instead (or, when the change is reverted the
    //   same day, the span it closed reopens), so no zero-day spans pile up;
    // - the same stage only refreshes the reason text;
    // - a group without a stage (archived, dissolved, or not created yet) has its span closed.
    // Running it twice for the same day changes nothing the second time.
    // History is never rewritten, so days are recorded forwards in time: a refresh for a day
    // before the last recorded one (recordedThrough()) is refused with a Constraint error and
    // changes nothing. A group whose spans reach past `today` anyway (written by other means) is
    // left untouched and counted in `skipped`.
    // Must not be called inside a caller's open transaction; see refreshInTransaction().
    DatabaseError refresh(const QDate &today, StageRefreshResult *result = nullptr);
    // The same writes for a caller that already holds the write transaction, without the audit
    // entry: the caller records what it did. The demo generator writes everything in one
    // transaction and no audit entries (equal seeds must give equal tables).
    DatabaseError refreshInTransaction(const QDate &today, StageRefreshResult *result = nullptr);

    // The last day stages were recorded for; invalid when they never were.
    DatabaseError recordedThrough(QDate *out);

    // The open span of every group that has one, by group id.
    DatabaseError current(QHash<qint64, StageSpan> *out);
    // Every span of one group, newest first.
    DatabaseError history(qint64 groupId, QList<StageSpan> *out);

private:
    QSqlDatabase m_db;
};

} // namespace qundesk
