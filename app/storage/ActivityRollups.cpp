#include "storage/ActivityRollups.h"

#include "storage/Query.h"
#include "storage/SqlTransaction.h"

namespace qundesk {

namespace {

constexpr const char *TriggerNames[] = {
    "memberships_count_insert", "memberships_count_delete", "memberships_count_update",
    "memberships_active_insert", "memberships_days_insert", "memberships_days_delete", "memberships_days_update",
    "events_rollup_insert", "events_rollup_delete",
    "members_active_insert", "members_active_delete",
    "events_member_days_insert", "events_member_days_delete",
};

// What group_days must hold, computed from the raw rows (columns group_id, day, messages, active,
// joins, leaves, gmv): the rebuild writes it and the check compares with it. Keep in step with the
// backfill in resources/migrations/0004_activity_rollups.sql.
#define RAW_GROUP_DAYS                                                                                                \
    "SELECT group_id, day, sum(messages) AS messages, sum(active) AS active, sum(joins) AS joins, "                   \
    "sum(leaves) AS leaves, sum(gmv) AS gmv FROM ("                                                                  \
    "SELECT group_id, substr(occurred_at, 1, 10) AS day, sum(kind IN ('message', 'reply')) AS messages, "            \
    "count(DISTINCT CASE WHEN kind NOT IN ('join', 'leave') THEN member_id END) AS active, 0 AS joins, 0 AS leaves, " \
    "coalesce(sum(CASE WHEN kind = 'purchase' THEN amount_fen END), 0) AS gmv "                                     \
    "FROM events WHERE group_id IS NOT NULL GROUP BY 1, 2 "                                                          \
    "UNION ALL SELECT group_id, substr(joined_at, 1, 10), 0, 0, count(*), 0, 0 FROM memberships GROUP BY 1, 2 "      \
    "UNION ALL SELECT group_id, substr(left_at, 1, 10), 0, 0, 0, count(*), 0 FROM memberships "                      \
    "WHERE left_at IS NOT NULL GROUP BY 1, 2) GROUP BY group_id, day "                                               \
    "HAVING sum(messages) + sum(active) + sum(joins) + sum(leaves) + sum(gmv) > 0"

// What member_days (migration 6, the KOC score's input) must hold: per member and day, the
// counts of each score component. Keep in step with the backfill in 0006_koc_scores.sql.
#define RAW_MEMBER_DAYS                                                                                               \
    "SELECT member_id, substr(occurred_at, 1, 10) AS day, sum(kind = 'message') AS messages, "                       \
    "sum(kind = 'reply') AS replies, sum(kind IN ('post', 'share')) AS content, sum(kind = 'referral') AS referrals, " \
    "sum(kind IN ('checkin', 'game')) AS participation, sum(kind = 'purchase') AS purchases, "                        \
    "coalesce(sum(amount_fen), 0) AS gmv_fen FROM events "                                                            \
    "WHERE member_id IS NOT NULL AND kind NOT IN ('join', 'leave') GROUP BY 1, 2"

constexpr const char *RebuildStatements[] = {
    "UPDATE chat_groups SET member_count = "
    "(SELECT count(*) FROM memberships m WHERE m.group_id = chat_groups.id AND m.left_at IS NULL)",
    "DELETE FROM group_days",
    "INSERT INTO group_days (group_id, day, messages, active_members, joins, leaves, gmv_fen) "
    RAW_GROUP_DAYS,
    "UPDATE memberships SET last_active_at = "
    "(SELECT max(e.occurred_at) FROM events e WHERE e.member_id = memberships.member_id "
    "AND e.group_id = memberships.group_id AND e.kind NOT IN ('join', 'leave') "
    "AND e.occurred_at >= memberships.joined_at) WHERE left_at IS NULL",
    // Migration 5's backfill: one pass over events and one sort (a correlated max() per member
    // took minutes on a million members).
    "UPDATE members SET last_active_at = NULL WHERE last_active_at IS NOT NULL",
    "UPDATE members SET last_active_at = a.at FROM (SELECT member_id, max(occurred_at) AS at FROM events NOT INDEXED "
    "WHERE member_id IS NOT NULL AND kind NOT IN ('join', 'leave') GROUP BY member_id) AS a "
    "WHERE a.member_id = members.id",
    "DELETE FROM member_days",
    "INSERT INTO member_days (member_id, day, messages, replies, content, referrals, participation, purchases, gmv_fen) "
    RAW_MEMBER_DAYS,
};

// Each query yields (what, expected from the raw rows, found in the rollup) for disagreements.
struct CheckQuery
{
    const char *sql;
    const char *what;
};

const CheckQuery Checks[] = {
    {"SELECT 'group ' || g.id, (SELECT count(*) FROM memberships m WHERE m.group_id = g.id AND m.left_at IS NULL), "
     "g.member_count FROM chat_groups g WHERE g.member_count <> "
     "(SELECT count(*) FROM memberships m WHERE m.group_id = g.id AND m.left_at IS NULL)",
     QT_TRANSLATE_NOOP("ActivityRollups", "open members")},
    {"WITH raw AS (" RAW_GROUP_DAYS "), "
     "joined AS (SELECT r.group_id, r.day, r.messages || '/' || r.active || '/' || r.joins || '/' || r.leaves || '/' "
     "|| r.gmv AS expected, coalesce(d.messages || '/' || d.active_members || '/' || d.joins || '/' || d.leaves "
     "|| '/' || d.gmv_fen, '-') AS found FROM raw r LEFT JOIN group_days d ON d.group_id = r.group_id AND d.day = r.day "
     "UNION ALL SELECT d.group_id, d.day, '-', d.messages || '/' || d.active_members || '/' || d.joins || '/' "
     "|| d.leaves || '/' || d.gmv_fen FROM group_days d WHERE NOT EXISTS (SELECT 1 FROM raw r "
     "WHERE r.group_id = d.group_id AND r.day = d.day)) "
     "SELECT 'group ' || group_id || ', ' || day, expected, found FROM joined WHERE expected <> found",
     QT_TRANSLATE_NOOP("ActivityRollups", "messages/active members/joins/leaves/GMV")},
    {"SELECT 'membership ' || m.id, coalesce((SELECT max(e.occurred_at) FROM events e WHERE e.member_id = m.member_id "
     "AND e.group_id = m.group_id AND e.kind NOT IN ('join', 'leave') AND e.occurred_at >= m.joined_at), '-'), "
     "coalesce(m.last_active_at, '-') FROM memberships m WHERE m.left_at IS NULL AND coalesce(m.last_active_at, '-') <> "
     "coalesce((SELECT max(e.occurred_at) FROM events e WHERE e.member_id = m.member_id AND e.group_id = m.group_id "
     "AND e.kind NOT IN ('join', 'leave') AND e.occurred_at >= m.joined_at), '-')",
     QT_TRANSLATE_NOOP("ActivityRollups", "last activity")},
    {"WITH raw AS (SELECT member_id, max(occurred_at) AS at FROM events NOT INDEXED "
     "WHERE member_id IS NOT NULL AND kind NOT IN ('join', 'leave') GROUP BY member_id) "
     "SELECT 'member ' || m.id, coalesce(r.at, '-'), coalesce(m.last_active_at, '-') "
     "FROM members m LEFT JOIN raw r ON r.member_id = m.id WHERE coalesce(m.last_active_at, '-') <> coalesce(r.at, '-')",
     QT_TRANSLATE_NOOP("ActivityRollups", "member's last activity")},
    {"WITH raw AS (" RAW_MEMBER_DAYS "), "
     "cmp AS (SELECT coalesce(r.member_id, d.member_id) AS member_id, coalesce(r.day, d.day) AS day, "
     "coalesce(r.messages || '/' || r.replies || '/' || r.content || '/' || r.referrals || '/' || r.participation "
     "|| '/' || r.purchases || '/' || r.gmv_fen, '-') AS expected, "
     "coalesce(d.messages || '/' || d.replies || '/' || d.content || '/' || d.referrals || '/' || d.participation "
     "|| '/' || d.purchases || '/' || d.gmv_fen, '-') AS found "
     "FROM raw r FULL JOIN member_days d ON d.member_id = r.member_id AND d.day = r.day) "
     "SELECT 'member ' || member_id || ', ' || day, expected, found FROM cmp WHERE expected <> found",
     QT_TRANSLATE_NOOP("ActivityRollups", "messages/replies/content/referrals/participation/purchases/GMV")},
};

#undef RAW_GROUP_DAYS
#undef RAW_MEMBER_DAYS

} // namespace

std::span<const char *const> ActivityRollups::triggerNames()
{
    return TriggerNames;
}

std::span<const char *const> ActivityRollups::rebuildStatements()
{
    return RebuildStatements;
}

DatabaseError ActivityRollups::lastActivityCoversDay(const QDate &day, bool *out)
{
    // One step down events_time_kind, whose first column is occurred_at.
    Query latest(m_db, QStringLiteral("SELECT max(occurred_at) FROM events"));
    if (auto err = latest.exec(tr("find the latest activity")))
        return err;
    const QString last = latest.next() ? latest.value(0).toString() : QString();
    // Times are "yyyy-MM-dd HH:mm:ss", so the next day's date compares as the end of `day`.
    *out = last < day.addDays(1).toString(Qt::ISODate);
    return {};
}

DatabaseError ActivityRollups::rebuild()
{
    SqlTransaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    for (const char *sql : RebuildStatements) {
        Query q(m_db, QString::fromUtf8(sql));
        if (auto err = q.exec(tr("rebuild the activity rollups")))
            return err;
    }
    return transaction.commit();
}

DatabaseError ActivityRollups::check(QStringList *problems, int limit)
{
    problems->clear();
    for (const CheckQuery &check : Checks) {
        Query q(m_db, QString::fromUtf8(check.sql) + QStringLiteral(" LIMIT %1").arg(limit));
        if (auto err = q.exec(tr("check the activity rollups")))
            return err;
        while (q.next() && problems->size() < limit) {
            problems->append(tr("%1: %2 is %3 in the rollup but %4 in the raw rows")
                                 .arg(q.value(0).toString(), tr(check.what), q.value(2).toString(), q.value(1).toString()));
        }
    }
    return {};
}

} // namespace qundesk
