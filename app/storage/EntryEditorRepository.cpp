#include "storage/EntryEditorRepository.h"

#include "storage/AuditRepository.h"
#include "storage/ContentStorageDetail.h"
#include "storage/GroupSelectorRepository.h"
#include "storage/Query.h"
#include "storage/ScheduleRepository.h"
#include "storage/SqlTransaction.h"

#include <QJsonArray>

namespace qundesk {

namespace {

using K = DatabaseError::Kind;

} // namespace

QJsonObject EntryDraft::toJson() const
{
    QJsonObject json = entry.toJson();
    json.insert(QStringLiteral("kind"), kind ? QJsonValue(contentKindCode(*kind)) : QJsonValue());
    json.insert(QStringLiteral("target"), target.toJson());
    return json;
}

DatabaseError EntryEditorRepository::load(qint64 id, EntryDraft *out)
{
    EntryDraft draft;
    if (auto err = ScheduleRepository(m_db).entry(id, &draft.entry))
        return err;
    Query q(m_db, QStringLiteral("SELECT e.kind, coalesce(e.kind, ci.kind, st.kind) FROM schedule_entries e "
                                 "LEFT JOIN content_items ci ON ci.id = e.content_item_id "
                                 "LEFT JOIN sop_steps st ON st.id = e.sop_step_id WHERE e.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(tr("read the kind of entry #%1").arg(id)))
        return err;
    if (q.next()) {
        if (!q.value(0).isNull())
            draft.kind = contentKindFromCode(q.value(0).toString());
        if (!q.value(1).isNull())
            draft.effectiveKind = contentKindFromCode(q.value(1).toString());
    }
    draft.target = GroupSelector::single(draft.entry.groupId);
    *out = std::move(draft);
    return {};
}

DatabaseError EntryEditorRepository::setKind(qint64 id, const std::optional<ContentKind> &kind)
{
    Query q(m_db, QStringLiteral("UPDATE schedule_entries SET kind = :kind WHERE id = :id"));
    q.bindText(QStringLiteral(":kind"), kind ? contentKindCode(*kind) : QString()).bind(QStringLiteral(":id"), id);
    return q.exec(tr("set the kind of entry #%1").arg(id));
}

DatabaseError EntryEditorRepository::create(const EntryDraft &draft, QList<qint64> *ids)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    GroupSelectorRepository selectors(m_db);
    QList<GroupChoice> groups;
    if (auto err = selectors.resolve(draft.target, &groups))
        return err;
    QString label;
    if (auto err = selectors.label(draft.target, &label))
        return err;
    if (groups.isEmpty())
        return DatabaseError::make(K::NotFound, tr("No group matches the target “%1”.").arg(label));

    ScheduleRepository schedule(m_db);
    QList<qint64> created;
    created.reserve(groups.size());
    for (const GroupChoice &g : groups) {
        ScheduleEntry e = draft.entry;
        e.id = 0;
        e.groupId = g.id;
        qint64 id = 0;
        if (auto err = schedule.insertInTransaction(e, &id))
            return err;
        if (auto err = setKind(id, draft.kind))
            return err;
        created.append(id);
    }

    QJsonObject after = draft.toJson();
    after.remove(QStringLiteral("id"));
    after.remove(QStringLiteral("group_id"));
    after.insert(QStringLiteral("target_label"), label);
    QJsonArray idArray;
    for (qint64 id : created)
        idArray.append(id);
    after.insert(QStringLiteral("entries"), idArray);
    const bool many = !draft.target.isSingleGroup();
    if (auto err = AuditRepository(m_db).record(many ? QStringLiteral("create_many") : QStringLiteral("create"),
                                                QStringLiteral("schedule_entry"), created.constFirst(), {}, after))
        return err;
    if (auto err = tx.commit())
        return err;
    if (ids)
        *ids = created;
    return {};
}

DatabaseError EntryEditorRepository::checkDraft(qint64 id, const EntryDraft &draft)
{
    const ScheduleEntry &e = draft.entry;
    if (!e.scheduledAt.isValid())
        return DatabaseError::make(K::Constraint, tr("Entry #%1 needs a date and time.").arg(id));
    if (e.contentItemId <= 0 && e.title.trimmed().isEmpty())
        return DatabaseError::make(K::Constraint, tr("Entry #%1 needs a title when it has no content item.").arg(id));
    return {};
}

DatabaseError EntryEditorRepository::update(qint64 id, const EntryDraft &draft)
{
    if (!draft.target.isSingleGroup())
        return DatabaseError::make(K::Constraint,
                                   tr("Entry #%1 belongs to one group; choose a group, not a selector.").arg(id));
    if (auto err = checkDraft(id, draft))
        return err;
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    EntryDraft before;
    if (auto err = load(id, &before))
        return err;
    if (auto err = write(id, draft, before))
        return err;
    EntryDraft after;
    if (auto err = load(id, &after))
        return err;
    if (auto err = AuditRepository(m_db).record(QStringLiteral("update"), QStringLiteral("schedule_entry"), id,
                                                before.toJson(), after.toJson()))
        return err;
    return tx.commit();
}

DatabaseError EntryEditorRepository::updateAll(const QList<qint64> &ids, const EntryDraft &draft)
{
    if (ids.isEmpty())
        return DatabaseError::make(K::Constraint, tr("No entries to save."));
    if (auto err = checkDraft(ids.constFirst(), draft))
        return err;
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    QJsonArray beforeList;
    QJsonArray idList;
    for (qint64 id : ids) {
        EntryDraft before;
        if (auto err = load(id, &before))
            return err;
        EntryDraft mine = draft;
        mine.target = before.target; // its own group
        mine.entry.operatorId = before.entry.operatorId;
        if (auto err = write(id, mine, before))
            return err;
        beforeList.append(before.toJson());
        idList.append(id);
    }
    QJsonObject after = draft.toJson();
    after.remove(QStringLiteral("target"));
    after.insert(QStringLiteral("ids"), idList);
    if (auto err = AuditRepository(m_db).record(QStringLiteral("update_many"), QStringLiteral("schedule_entry"),
                                                ids.constFirst(), QJsonObject{{QStringLiteral("entries"), beforeList}},
                                                after))
        return err;
    return tx.commit();
}

DatabaseError EntryEditorRepository::write(qint64 id, const EntryDraft &draft, const EntryDraft &before)
{
    const ScheduleEntry &e = draft.entry;
    GroupChoice group;
    if (auto err = ScheduleRepository(m_db).groupChoice(draft.target.groupId, &group))
        return err;
    if (e.contentItemId > 0) {
        Query c(m_db, QStringLiteral("SELECT 1 FROM content_items WHERE id = :id"));
        c.bind(QStringLiteral(":id"), e.contentItemId);
        if (auto err = c.exec(tr("look up content item")))
            return err;
        if (!c.next())
            return DatabaseError::make(K::NotFound, tr("Content item #%1 does not exist.").arg(e.contentItemId));
    }
    // Done keeps the time it was done (or takes the entry's time when it had none).
    QString doneAt;
    if (e.status == ScheduleStatus::Done) {
        const QDateTime when = e.doneAt.isValid() ? e.doneAt
                                                  : (before.entry.doneAt.isValid() ? before.entry.doneAt : e.scheduledAt);
        doneAt = sqltext::dateTime(when);
    }
    Query q(m_db, QStringLiteral("UPDATE schedule_entries SET content_item_id = :content, group_id = :group, "
                                 "scheduled_at = :at, title = :title, body = :body, status = :status, "
                                 "done_at = :done, operator_id = :operator, kind = :kind WHERE id = :id"));
    q.bindId(QStringLiteral(":content"), e.contentItemId)
        .bind(QStringLiteral(":group"), draft.target.groupId)
        .bind(QStringLiteral(":at"), sqltext::dateTime(e.scheduledAt))
        .bindText(QStringLiteral(":title"), e.title.trimmed().isEmpty() ? QString() : e.title.trimmed())
        .bindText(QStringLiteral(":body"), e.body.isEmpty() ? QString() : e.body)
        .bind(QStringLiteral(":status"), scheduleStatusCode(e.status))
        .bindText(QStringLiteral(":done"), doneAt)
        .bindId(QStringLiteral(":operator"), e.operatorId)
        .bindText(QStringLiteral(":kind"), draft.kind ? contentKindCode(*draft.kind) : QString())
        .bind(QStringLiteral(":id"), id);
    return q.exec(tr("save entry #%1 for “%2”").arg(QString::number(id), group.name));
}

} // namespace qundesk
