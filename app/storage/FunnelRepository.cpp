#include "storage/FunnelRepository.h"

#include "storage/AuditRepository.h"
#include "storage/Query.h"
#include "storage/SqlTransaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace qundesk {

namespace {

using K = DatabaseError::Kind;

QString dayText(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QJsonObject toJson(const Funnel &f)
{
    QJsonArray steps;
    for (const FunnelStep &s : f.steps)
        steps.append(QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("metric"), s.metric},
                                 {QStringLiteral("event_kind"), s.eventKind}});
    return QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("description"), f.description},
                       {QStringLiteral("builtin"), f.builtin}, {QStringLiteral("steps"), steps}};
}

DatabaseError validate(const Funnel &f)
{
    if (f.name.trimmed().isEmpty())
        return DatabaseError::make(K::Constraint, FunnelRepository::tr("A funnel needs a name."));
    for (qsizetype i = 0; i < f.steps.size(); ++i) {
        const FunnelStep &s = f.steps.at(i);
        if (s.name.trimmed().isEmpty())
            return DatabaseError::make(K::Constraint, FunnelRepository::tr("Step %1 of the funnel %2 needs a name.").arg(i + 1).arg(f.name));
        if (!funnel::isValidEventKind(s.eventKind))
            return DatabaseError::make(K::Constraint,
                FunnelRepository::tr("Step %1 of the funnel %2 names an unknown event kind: %3.").arg(i + 1).arg(f.name, s.eventKind));
    }
    return {};
}

DatabaseError validate(const FunnelCount &c)
{
    if (!c.day.isValid())
        return DatabaseError::make(K::Constraint, FunnelRepository::tr("A funnel count for step %1 has no valid day.").arg(c.stepId));
    if (c.count < 0)
        return DatabaseError::make(K::Constraint,
            FunnelRepository::tr("The count %1 for step %2 on %3 is negative; a funnel counts people, so a count cannot be below zero.")
                .arg(c.count).arg(c.stepId).arg(dayText(c.day)));
    return {};
}

DatabaseError validateRange(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return DatabaseError::make(K::Query, FunnelRepository::tr("The date range of the funnel is not valid."));
    return {};
}

} // namespace

DatabaseError FunnelRepository::listFunnels(QList<Funnel> *out)
{
    Query q(m_db, QStringLiteral("SELECT id, name, description, builtin FROM funnels ORDER BY builtin DESC, name, id"));
    if (auto err = q.exec(tr("list funnels")))
        return err;
    QList<Funnel> funnels;
    while (q.next()) {
        Funnel f;
        f.id = q.value(0).toLongLong();
        f.name = q.value(1).toString();
        f.description = q.value(2).toString();
        f.builtin = q.value(3).toBool();
        funnels.append(f);
    }
    *out = funnels;
    return {};
}

DatabaseError FunnelRepository::loadSteps(qint64 funnelId, QList<FunnelStep> *out)
{
    Query q(m_db, QStringLiteral("SELECT id, position, name, metric, event_kind FROM funnel_steps "
                                 "WHERE funnel_id = :funnel ORDER BY position, id"));
    q.bind(QStringLiteral(":funnel"), funnelId);
    if (auto err = q.exec(tr("read funnel steps")))
        return err;
    out->clear();
    while (q.next()) {
        FunnelStep s;
        s.id = q.value(0).toLongLong();
        s.funnelId = funnelId;
        s.position = q.value(1).toInt();
        s.name = q.value(2).toString();
        s.metric = q.value(3).toString();
        s.eventKind = q.value(4).toString();
        out->append(s);
    }
    return {};
}

DatabaseError FunnelRepository::funnel(qint64 id, Funnel *out)
{
    Query q(m_db, QStringLiteral("SELECT name, description, builtin FROM funnels WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("read funnel")))
        return err;
    if (!q.next())
        return DatabaseError::make(K::NotFound, tr("There is no funnel with id %1.").arg(id));
    Funnel f;
    f.id = id;
    f.name = q.value(0).toString();
    f.description = q.value(1).toString();
    f.builtin = q.value(2).toBool();
    if (auto err = loadSteps(id, &f.steps))
        return err;
    *out = f;
    return {};
}

DatabaseError FunnelRepository::writeFunnel(Funnel *f, const Funnel *before)
{
    if (f->id == 0) {
        Query q(m_db, QStringLiteral("INSERT INTO funnels (name, description, builtin) VALUES (:name, :description, :builtin)"));
        q.bind(QStringLiteral(":name"), f->name.trimmed())
            .bind(QStringLiteral(":description"), optionalText(f->description))
            .bind(QStringLiteral(":builtin"), f->builtin ? 1 : 0);
        if (auto err = q.exec(tr("create funnel %1").arg(f->name)))
            return err;
        f->id = q.lastInsertId();
    } else {
        Query q(m_db, QStringLiteral("UPDATE funnels SET name = :name, description = :description WHERE id = :id"));
        q.bind(QStringLiteral(":name"), f->name.trimmed())
            .bind(QStringLiteral(":description"), optionalText(f->description))
            .bind(QStringLiteral(":id"), f->id);
        if (auto err = q.exec(tr("update funnel %1").arg(f->name)))
            return err;
    }
    f->name = f->name.trimmed();

    // Steps the caller dropped go, with their counts; the rest are updated or inserted in order.
    QSet<qint64> kept;
    for (const FunnelStep &s : std::as_const(f->steps)) {
        if (s.id > 0)
            kept.insert(s.id);
    }
    QSet<qint64> existing;
    if (before) {
        for (const FunnelStep &s : before->steps)
            existing.insert(s.id);
    }
    for (qint64 id : std::as_const(kept)) {
        if (!existing.contains(id))
            return DatabaseError::make(K::NotFound, tr("Step %1 does not belong to the funnel %2.").arg(id).arg(f->name));
    }
    for (qint64 id : std::as_const(existing)) {
        if (kept.contains(id))
            continue;
        Query q(m_db, QStringLiteral("DELETE FROM funnel_steps WHERE id = :id"));
        q.bind(QStringLiteral(":id"), id);
        if (auto err = q.exec(tr("remove a step of funnel %1").arg(f->name)))
            return err;
    }
    for (qsizetype i = 0; i < f->steps.size(); ++i) {
        FunnelStep &s = f->steps[i];
        s.funnelId = f->id;
        s.position = int(i + 1);
        s.name = s.name.trimmed();
        Query q(m_db, s.id > 0
                ? QStringLiteral("UPDATE funnel_steps SET position = :position, name = :name, metric = :metric, "
                                 "event_kind = :event_kind WHERE id = :id")
                : QStringLiteral("INSERT INTO funnel_steps (funnel_id, position, name, metric, event_kind) "
                                 "VALUES (:funnel, :position, :name, :metric, :event_kind)"));
        if (s.id > 0)
            q.bind(QStringLiteral(":id"), s.id);
        else
            q.bind(QStringLiteral(":funnel"), f->id);
        q.bind(QStringLiteral(":position"), s.position)
            .bind(QStringLiteral(":name"), s.name)
            .bind(QStringLiteral(":metric"), optionalText(s.metric))
            .bind(QStringLiteral(":event_kind"), optionalText(s.eventKind));
        if (auto err = q.exec(tr("save step %1 of funnel %2").arg(s.position).arg(f->name)))
            return err;
        if (s.id == 0)
            s.id = q.lastInsertId();
    }
    return {};
}

DatabaseError FunnelRepository::saveFunnel(Funnel *f)
{
    if (auto err = validate(*f))
        return err;
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Funnel saved = *f;
    if (auto err = saveInTransaction(&saved))
        return err;
    if (auto err = tx.commit())
        return err;
    *f = saved;
    return {};
}

DatabaseError FunnelRepository::saveInTransaction(Funnel *f)
{
    const bool isNew = f->id == 0;
    Funnel before;
    if (!isNew) {
        if (auto err = funnel(f->id, &before))
            return err;
        f->builtin = before.builtin; // builtin is set by QunDesk, not by an edit
    }
    if (auto err = writeFunnel(f, isNew ? nullptr : &before))
        return err;
    AuditRepository audit(m_db);
    return audit.record(isNew ? QStringLiteral("create") : QStringLiteral("update"), QStringLiteral("funnel"), f->id,
                        isNew ? QJsonObject() : toJson(before), toJson(*f));
}

DatabaseError FunnelRepository::removeFunnel(qint64 id)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Funnel before;
    if (auto err = funnel(id, &before))
        return err;
    if (before.builtin)
        return DatabaseError::make(K::Constraint,
            tr("The funnel %1 comes with QunDesk and cannot be removed; copy it to make your own version.").arg(before.name));
    Query q(m_db, QStringLiteral("DELETE FROM funnels WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("remove funnel %1").arg(before.name)))
        return err;
    AuditRepository audit(m_db);
    if (auto err = audit.record(QStringLiteral("delete"), QStringLiteral("funnel"), id, toJson(before), QJsonObject()))
        return err;
    return tx.commit();
}

DatabaseError FunnelRepository::ensureBuiltinFunnels()
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    DatabaseError err;
    const int builtins = Query::scalar(m_db, QStringLiteral("SELECT count(*) FROM funnels WHERE builtin = 1"), &err).toInt();
    if (err)
        return err;
    if (builtins > 0)
        return {};
    const QList<Funnel> funnels = funnel::builtinFunnels();
    for (Funnel f : funnels) {
        Query taken(m_db, QStringLiteral("SELECT count(*) FROM funnels WHERE name = :name"));
        taken.bind(QStringLiteral(":name"), f.name);
        if ((err = taken.exec(tr("look up funnel names"))))
            return err;
        if (taken.next() && taken.value(0).toInt() > 0)
            continue; // the user already has a funnel of that name; leave it be
        if ((err = saveInTransaction(&f)))
            return err;
    }
    return tx.commit();
}

DatabaseError FunnelRepository::writeCount(Query &q, const FunnelCount &c)
{
    q.bind(QStringLiteral(":step"), c.stepId)
        .bind(QStringLiteral(":channel"), c.channelId)
        .bind(QStringLiteral(":day"), dayText(c.day))
        .bind(QStringLiteral(":count"), c.count);
    return q.exec(tr("record the count of step %1 on %2").arg(c.stepId).arg(dayText(c.day)));
}

DatabaseError FunnelRepository::upsertCount(qint64 stepId, qint64 channelId, const QDate &day, qint64 count)
{
    return upsertCounts({FunnelCount{stepId, channelId, day, count}});
}

DatabaseError FunnelRepository::upsertCounts(const QList<FunnelCount> &counts)
{
    for (const FunnelCount &c : counts) {
        if (auto err = validate(c))
            return err;
    }
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Query q(m_db, QStringLiteral("INSERT INTO funnel_counts (step_id, channel_id, day, count) "
                                 "VALUES (:step, :channel, :day, :count) "
                                 "ON CONFLICT (step_id, channel_id, day) DO UPDATE SET count = excluded.count"));
    for (const FunnelCount &c : counts) {
        if (auto err = writeCount(q, c))
            return err;
    }
    return tx.commit();
}

DatabaseError FunnelRepository::stepTotals(qint64 funnelId, const QDate &from, const QDate &to, qint64 channelId,
                                           QList<FunnelStepTotal> *out)
{
    if (auto err = validateRange(from, to))
        return err;
    // The range and channel sit in the join, not the WHERE, so steps without counts stay as 0.
    Query q(m_db, QStringLiteral("SELECT s.id, s.position, s.name, s.metric, s.event_kind, coalesce(sum(c.count), 0) "
                                 "FROM funnel_steps s "
                                 "LEFT JOIN funnel_counts c ON c.step_id = s.id AND c.day BETWEEN :from AND :to "
                                 "AND (:all_channels = 1 OR c.channel_id = :channel) "
                                 "WHERE s.funnel_id = :funnel "
                                 "GROUP BY s.id, s.position, s.name, s.metric, s.event_kind "
                                 "ORDER BY s.position, s.id"));
    q.bind(QStringLiteral(":from"), dayText(from))
        .bind(QStringLiteral(":to"), dayText(to))
        .bind(QStringLiteral(":all_channels"), channelId > 0 ? 0 : 1)
        .bind(QStringLiteral(":channel"), channelId)
        .bind(QStringLiteral(":funnel"), funnelId);
    if (auto err = q.exec(tr("sum the funnel counts")))
        return err;
    QList<FunnelStepTotal> totals;
    while (q.next()) {
        FunnelStepTotal t;
        t.step.id = q.value(0).toLongLong();
        t.step.funnelId = funnelId;
        t.step.position = q.value(1).toInt();
        t.step.name = q.value(2).toString();
        t.step.metric = q.value(3).toString();
        t.step.eventKind = q.value(4).toString();
        t.total = q.value(5).toLongLong();
        totals.append(t);
    }
    *out = totals;
    return {};
}

DatabaseError FunnelRepository::dailyTotals(qint64 funnelId, qint64 stepId, const QDate &from, const QDate &to,
                                            QList<FunnelDayTotal> *out, qint64 channelId)
{
    if (auto err = validateRange(from, to))
        return err;
    Query q(m_db, QStringLiteral("SELECT c.day, sum(c.count) FROM funnel_counts c "
                                 "JOIN funnel_steps s ON s.id = c.step_id "
                                 "WHERE s.funnel_id = :funnel AND c.step_id = :step AND c.day BETWEEN :from AND :to "
                                 "AND (:all_channels = 1 OR c.channel_id = :channel) "
                                 "GROUP BY c.day ORDER BY c.day"));
    q.bind(QStringLiteral(":funnel"), funnelId)
        .bind(QStringLiteral(":step"), stepId)
        .bind(QStringLiteral(":from"), dayText(from))
        .bind(QStringLiteral(":to"), dayText(to))
        .bind(QStringLiteral(":all_channels"), channelId > 0 ? 0 : 1)
        .bind(QStringLiteral(":channel"), channelId);
    if (auto err = q.exec(tr("read the daily funnel counts")))
        return err;
    // Fill the days nobody counted with zeros, so a trend line has every day of the range.
    QList<FunnelDayTotal> days;
    QDate next = from;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        for (; next.isValid() && next < day; next = next.addDays(1))
            days.append(FunnelDayTotal{next, 0});
        days.append(FunnelDayTotal{day, q.value(1).toLongLong()});
        next = day.addDays(1);
    }
    for (; next <= to; next = next.addDays(1))
        days.append(FunnelDayTotal{next, 0});
    *out = days;
    return {};
}

DatabaseError FunnelRepository::listChannels(QList<FunnelChannel> *out)
{
    Query q(m_db, QStringLiteral("SELECT id, name FROM channels ORDER BY name, id"));
    if (auto err = q.exec(tr("list channels")))
        return err;
    QList<FunnelChannel> channels;
    while (q.next())
        channels.append(FunnelChannel{q.value(0).toLongLong(), q.value(1).toString()});
    *out = channels;
    return {};
}

} // namespace qundesk
