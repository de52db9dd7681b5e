#include "storage/StageRepository.h"

#include "storage/AuditRepository.h"
#include "storage/GroupActivityRepository.h"
#include "storage/Query.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlTransaction.h"

#include <QJsonObject>

namespace qundesk {

namespace {

const QString AuditEntity = QStringLiteral("lifecycle");
const QString SpanColumns = QStringLiteral("id, group_id, stage, reason, since, until");

QDate parseDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

StageSpan readSpan(const Query &q)
{
    StageSpan s;
    s.id = q.value(0).toLongLong();
    s.groupId = q.value(1).toLongLong();
    // The schema admits only the four codes.
    s.stage = lifecycleStageFromCode(q.value(2).toString()).value_or(LifecycleStage::Daily);
    s.storedReason = q.value(3).toString();
    s.reason = decodeLifecycleReason(s.storedReason);
    s.since = parseDate(q.value(4));
    s.until = parseDate(q.value(5));
    return s;
}

} // namespace

DatabaseError StageRepository::refresh(const QDate &today, StageRefreshResult *result)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    StageRefreshResult r;
    if (auto err = refreshInTransaction(today, &r))
        return err;
    // One entry for the whole refresh, not one per group; a refresh that wrote nothing leaves
    // no trace, so running it again the same day changes nothing.
    if (r.changed + r.closed + r.reasonsUpdated > 0) {
        const QJsonObject after{
            {QStringLiteral("day"), today.toString(Qt::ISODate)},
            {QStringLiteral("changed"), r.changed},
            {QStringLiteral("unchanged"), r.unchanged},
            {QStringLiteral("closed"), r.closed},
            {QStringLiteral("skipped"), r.skipped},
            {QStringLiteral("reasons_updated"), r.reasonsUpdated},
        };
        if (auto err = AuditRepository(m_db).record(QStringLiteral("refresh"), AuditEntity, 0, {}, after))
            return err;
    }
    if (auto err = tx.commit())
        return err;
    if (result)
        *result = r;
    return {};
}

DatabaseError StageRepository::refreshInTransaction(const QDate &today, StageRefreshResult *result)
{
    if (!today.isValid())
        return DatabaseError::make(DatabaseError::Kind::Query, tr("Lifecycle stages need a valid day to be recorded for."));
    const QString day = today.toString(Qt::ISODate);
    QDate through;
    if (auto err = recordedThrough(&through))
        return err;
    if (through.isValid() && today < through)
        return DatabaseError::make(DatabaseError::Kind::Constraint,
            tr("Lifecycle stages are recorded up to %1; recording them for %2, an earlier day, would rewrite "
               "their history.").arg(through.toString(Qt::ISODate), day));

    // What the engine says today, every live group in one pass of aggregates.
    LifecycleThresholds thresholds;
    if (auto err = SettingsRepository(m_db).lifecycleThresholds(&thresholds))
        return err;
    QList<GroupActivity> activity;
    if (auto err = GroupActivityRepository(m_db).activeGroupsForLifecycle(today, thresholds, &activity))
        return err;
    QList<std::pair<qint64, LifecycleAssessment>> assessed;
    assessed.reserve(activity.size());
    for (const GroupActivity &a : std::as_const(activity)) {
        // A group created after the day did not exist yet: it has no stage on that day.
        if (a.createdOn.isValid() && a.createdOn > today)
            continue;
        if (const auto assessment = assessLifecycle(a.lifecycleInput(today, thresholds), thresholds))
            assessed.append({a.groupId, *assessment});
    }
    activity.clear();

    // What is recorded: the open spans, and for groups without one the end of their last span.
    QHash<qint64, StageSpan> open;
    if (auto err = current(&open))
        return err;
    QHash<qint64, QDate> lastEnd;
    {
        Query q(m_db, QStringLiteral("SELECT group_id, max(until) FROM group_stages WHERE until IS NOT NULL "
                                     "GROUP BY group_id"));
        if (auto err = q.exec(tr("read the recorded lifecycle stages")))
            return err;
        while (q.next())
            lastEnd.insert(q.value(0).toLongLong(), parseDate(q.value(1)));
    }

    Query close(m_db, QStringLiteral("UPDATE group_stages SET until = :until WHERE id = :id"));
    Query insert(m_db, QStringLiteral("INSERT INTO group_stages (group_id, stage, reason, since) "
                                      "VALUES (:group, :stage, :reason, :since)"));
    Query setReason(m_db, QStringLiteral("UPDATE group_stages SET reason = :reason WHERE id = :id"));
    Query replace(m_db, QStringLiteral("UPDATE group_stages SET stage = :stage, reason = :reason WHERE id = :id"));
    Query findClosedToday(m_db, QStringLiteral("SELECT id FROM group_stages WHERE group_id = :group AND until = :day "
                                               "AND stage = :stage ORDER BY id DESC LIMIT 1"));
    Query remove(m_db, QStringLiteral("DELETE FROM group_stages WHERE id = :id"));
    Query reopen(m_db, QStringLiteral("UPDATE group_stages SET until = NULL, reason = :reason WHERE id = :id"));
    const QString writeWhat = tr("record the lifecycle stages of %1").arg(day);
    const auto closeSpan = [&](qint64 id) {
        close.bind(QStringLiteral(":until"), day).bind(QStringLiteral(":id"), id);
        return close.exec(writeWhat);
    };
    const auto openSpan = [&](qint64 groupId, const LifecycleAssessment &a) {
        insert.bind(QStringLiteral(":group"), groupId)
            .bind(QStringLiteral(":stage"), lifecycleStageCode(a.stage))
            .bind(QStringLiteral(":reason"), encodeLifecycleReason(a))
            .bind(QStringLiteral(":since"), day);
        return insert.exec(writeWhat);
    };

    StageRefreshResult r;
    int reasonsUpdated = 0;
    for (const auto &[groupId, a] : std::as_const(assessed)) {
        const auto it = open.find(groupId);
        if (it == open.end()) {
            const QDate end = lastEnd.value(groupId);
            if (end.isValid() && end > today) {
                ++r.skipped;
                continue;
            }
            if (auto err = openSpan(groupId, a))
                return err;
            ++r.changed;
            continue;
        }
        const StageSpan span = *it;
        open.erase(it);
        if (span.since > today) {
            ++r.skipped;
            continue;
        }
        if (span.stage == a.stage) {
            ++r.unchanged;
            if (span.storedReason != encodeLifecycleReason(a)) {
                setReason.bind(QStringLiteral(":reason"), encodeLifecycleReason(a)).bind(QStringLiteral(":id"), span.id);
                if (auto err = setReason.exec(writeWhat))
                    return err;
                ++reasonsUpdated;
            }
            continue;
        }
        ++r.changed;
        if (span.since == today) {
            // Refreshed earlier the same day (thresholds or data changed since). When the span
            // closed today already had the new stage, the change is undone: that span reopens and
            // today's goes. Otherwise today's span takes the new stage, rather than leaving a
            // zero-day span behind. Rare, so one lookup per such group is fine.
            findClosedToday.bind(QStringLiteral(":group"), groupId)
                .bind(QStringLiteral(":day"), day)
                .bind(QStringLiteral(":stage"), lifecycleStageCode(a.stage));
            if (auto err = findClosedToday.exec(writeWhat))
                return err;
            if (findClosedToday.next()) {
                const qint64 previous = findClosedToday.value(0).toLongLong();
                findClosedToday.raw().finish();
                remove.bind(QStringLiteral(":id"), span.id);
                if (auto err = remove.exec(writeWhat))
                    return err;
                reopen.bind(QStringLiteral(":reason"), encodeLifecycleReason(a)).bind(QStringLiteral(":id"), previous);
                if (auto err = reopen.exec(writeWhat))
                    return err;
                continue;
            }
            replace.bind(QStringLiteral(":stage"), lifecycleStageCode(a.stage))
                .bind(QStringLiteral(":reason"), encodeLifecycleReason(a))
                .bind(QStringLiteral(":id"), span.id);
            if (auto err = replace.exec(writeWhat))
                return err;
            continue;
        }
        if (auto err = closeSpan(span.id))
            return err;
        if (auto err = openSpan(groupId, a))
            return err;
    }
    // Open spans left over belong to groups without a stage that day.
    for (const StageSpan &span : std::as_const(open)) {
        if (span.since > today) {
            ++r.skipped;
            continue;
        }
        if (auto err = closeSpan(span.id))
            return err;
        ++r.closed;
    }

    r.reasonsUpdated = reasonsUpdated;
    if (!through.isValid() || today > through) {
        if (auto err = SettingsRepository(m_db).set(QString::fromLatin1(RecordedThroughKey), day))
            return err;
    }
    if (result)
        *result = r;
    return {};
}

DatabaseError StageRepository::recordedThrough(QDate *out)
{
    QString text;
    if (auto err = SettingsRepository(m_db).get(QString::fromLatin1(RecordedThroughKey), QString(), &text))
        return err;
    *out = QDate::fromString(text, Qt::ISODate);
    return {};
}

DatabaseError StageRepository::current(QHash<qint64, StageSpan> *out)
{
    // Walks the partial index group_stages_open: one row per group with a stage.
    Query q(m_db, QStringLiteral("SELECT ") + SpanColumns + QStringLiteral(" FROM group_stages WHERE until IS NULL"));
    if (auto err = q.exec(tr("read the current lifecycle stages")))
        return err;
    QHash<qint64, StageSpan> spans;
    while (q.next()) {
        const StageSpan s = readSpan(q);
        spans.insert(s.groupId, s);
    }
    *out = std::move(spans);
    return {};
}

DatabaseError StageRepository::history(qint64 groupId, QList<StageSpan> *out)
{
    Query q(m_db, QStringLiteral("SELECT ") + SpanColumns
                      + QStringLiteral(" FROM group_stages WHERE group_id = :group ORDER BY since DESC, id DESC"));
    q.bind(QStringLiteral(":group"), groupId);
    if (auto err = q.exec(tr("read the stage history of group %1").arg(groupId)))
        return err;
    QList<StageSpan> spans;
    while (q.next())
        spans.append(readSpan(q));
    *out = std::move(spans);
    return {};
}

} // namespace qundesk
