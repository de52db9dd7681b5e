#include "storage/MemberBulkRepository.h"

#include "domain/Group.h"
#include "storage/AuditRepository.h"
#include "storage/Query.h"
#include "storage/SegmentRepository.h"
#include "storage/SqlTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace qundesk {

namespace {

const QString Entity = QStringLiteral("member_bulk");

QString nowText()
{
    return toDbTime(QDateTime::currentDateTime());
}

void bindAll(Query &q, const QVariantHash &args)
{
    for (auto it = args.cbegin(); it != args.cend(); ++it)
        q.bind(it.key(), it.value());
}

DatabaseError constraint(const QString &message)
{
    return DatabaseError::make(DatabaseError::Kind::Constraint, message);
}

// The audit keeps which rows or which filter; a selection of thousands lists its first ids.
constexpr int AuditedIds = 1000;

} // namespace

QString MemberBulkRepository::selectionSql(const MemberSelection &selection, QVariantHash *args) const
{
    args->clear();
    if (!selection.wholeFilter) {
        QJsonArray ids;
        for (const qint64 id : selection.ids)
            ids.append(id);
        args->insert(QStringLiteral(":sel_ids"), QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
        return QStringLiteral("m.id IN (SELECT value FROM json_each(:sel_ids))");
    }
    const QString where = MemberRepository::whereSql(selection.filter, m_today.isValid() ? m_today : QDate::currentDate(), args);
    return QStringLiteral("m.id IN (SELECT m.id FROM members m") + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
           + u')';
}

DatabaseError MemberBulkRepository::audit(const QString &action, const MemberSelection &selection, QJsonObject details,
                                          qint64 affected)
{
    if (selection.wholeFilter) {
        details.insert(QStringLiteral("filter"), SegmentRepository::filterToJson(selection.filter));
    } else {
        QJsonArray ids;
        for (qsizetype i = 0; i < selection.ids.size() && i < AuditedIds; ++i)
            ids.append(selection.ids.at(i));
        details.insert(QStringLiteral("ids"), ids);
        details.insert(QStringLiteral("selected"), selection.ids.size());
    }
    details.insert(QStringLiteral("members"), affected);
    return AuditRepository(m_db).record(action, Entity, 0, {}, details);
}

DatabaseError MemberBulkRepository::count(const MemberSelection &selection, qint64 *out)
{
    QVariantHash args;
    const QString where = selectionSql(selection, &args);
    Query q(m_db, QStringLiteral("SELECT count(*) FROM members m WHERE ") + where);
    bindAll(q, args);
    if (auto err = q.exec(tr("count the selected members")))
        return err;
    *out = q.next() ? q.value(0).toLongLong() : 0;
    return {};
}

DatabaseError MemberBulkRepository::tag(const MemberSelection &selection, qint64 tagId, qint64 *changed)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Query tagName(m_db, QStringLiteral("SELECT name FROM tags WHERE id = :id"));
    tagName.bind(QStringLiteral(":id"), tagId);
    if (auto err = tagName.exec(tr("read tag %1").arg(tagId)))
        return err;
    if (!tagName.next())
        return DatabaseError::make(DatabaseError::Kind::NotFound, tr("Tag %1 does not exist.").arg(tagId));
    QVariantHash args;
    const QString where = selectionSql(selection, &args);
    // OR IGNORE: members who already carry the tag keep their tagged_at, and their search text
    // is not rewritten (the trigger only fires for inserted rows).
    Query q(m_db, QStringLiteral("INSERT OR IGNORE INTO member_tags (member_id, tag_id) SELECT m.id, :tag FROM members m WHERE ")
                      + where);
    bindAll(q, args);
    q.bind(QStringLiteral(":tag"), tagId);
    if (auto err = q.exec(tr("tag the selected members “%1”").arg(tagName.value(0).toString())))
        return err;
    const qint64 n = q.numRowsAffected();
    if (auto err = audit(QStringLiteral("bulk_tag"), selection,
                         {{QStringLiteral("tag_id"), tagId}, {QStringLiteral("tag"), tagName.value(0).toString()}}, n))
        return err;
    if (auto err = tx.commit())
        return err;
    if (changed)
        *changed = n;
    return {};
}

DatabaseError MemberBulkRepository::untag(const MemberSelection &selection, qint64 tagId, qint64 *changed)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    QVariantHash args;
    const QString where = selectionSql(selection, &args);
    Query q(m_db, QStringLiteral("DELETE FROM member_tags WHERE tag_id = :tag AND member_id IN "
                                 "(SELECT m.id FROM members m WHERE ") + where + u')');
    bindAll(q, args);
    q.bind(QStringLiteral(":tag"), tagId);
    if (auto err = q.exec(tr("remove tag %1 from the selected members").arg(tagId)))
        return err;
    const qint64 n = q.numRowsAffected();
    if (auto err = audit(QStringLiteral("bulk_untag"), selection, {{QStringLiteral("tag_id"), tagId}}, n))
        return err;
    if (auto err = tx.commit())
        return err;
    if (changed)
        *changed = n;
    return {};
}

DatabaseError MemberBulkRepository::previewAddToGroup(const MemberSelection &selection, qint64 groupId,
                                                      GroupAddPreview *out)
{
    *out = {};
    Query group(m_db, QStringLiteral("SELECT name, member_count, capacity FROM chat_groups WHERE id = :id"));
    group.bind(QStringLiteral(":id"), groupId);
    if (auto err = group.exec(tr("read group %1").arg(groupId)))
        return err;
    if (!group.next())
        return DatabaseError::make(DatabaseError::Kind::NotFound, tr("Group %1 does not exist.").arg(groupId));
    out->groupName = group.value(0).toString();
    out->openMembers = group.value(1).toLongLong();
    out->capacity = group.value(2).toLongLong();
    QVariantHash args;
    const QString where = selectionSql(selection, &args);
    Query q(m_db, QStringLiteral("SELECT count(*), coalesce(sum(EXISTS (SELECT 1 FROM memberships o WHERE o.member_id = m.id "
                                 "AND o.group_id = :group AND o.left_at IS NULL)), 0), coalesce(sum(m.blacklisted), 0) "
                                 "FROM members m WHERE ") + where);
    bindAll(q, args);
    q.bind(QStringLiteral(":group"), groupId);
    if (auto err = q.exec(tr("count who would join “%1”").arg(out->groupName)))
        return err;
    if (q.next()) {
        out->selected = q.value(0).toLongLong();
        out->alreadyIn = q.value(1).toLongLong();
        out->blacklisted = q.value(2).toLongLong();
    }
    // A blacklisted member has no open membership (blacklisting closes them all), so the two
    // skipped sets do not overlap.
    out->joining = std::max<qint64>(0, out->selected - out->alreadyIn - out->blacklisted);
    return {};
}

DatabaseError MemberBulkRepository::addToGroup(const MemberSelection &selection, qint64 groupId, bool allowOverCapacity,
                                               qint64 *added)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    GroupAddPreview preview;
    if (auto err = previewAddToGroup(selection, groupId, &preview))
        return err;
    Query status(m_db, QStringLiteral("SELECT status FROM chat_groups WHERE id = :id"));
    status.bind(QStringLiteral(":id"), groupId);
    if (auto err = status.exec(tr("read group %1").arg(groupId)))
        return err;
    if (status.next() && status.value(0).toString() == groupStatusCode(GroupStatus::Dissolved))
        return constraint(tr("“%1” is dissolved; nobody can join it.").arg(preview.groupName));
    if (preview.exceedsCapacity() && !allowOverCapacity)
        return constraint(tr("“%1” has room for %L2 members and holds %L3: adding %L4 would exceed it.")
                              .arg(preview.groupName).arg(preview.capacity).arg(preview.openMembers).arg(preview.joining));
    QVariantHash args;
    const QString where = selectionSql(selection, &args);
    Query q(m_db, QStringLiteral("INSERT INTO memberships (member_id, group_id, role, joined_at) "
                                 "SELECT m.id, :group, 'member', :now FROM members m WHERE m.blacklisted = 0 AND ")
                      + where
                      + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM memberships o WHERE o.member_id = m.id "
                                       "AND o.group_id = :group AND o.left_at IS NULL)"));
    bindAll(q, args);
    q.bind(QStringLiteral(":group"), groupId).bind(QStringLiteral(":now"), nowText());
    if (auto err = q.exec(tr("add the selected members to “%1”").arg(preview.groupName)))
        return err;
    const qint64 n = q.numRowsAffected();
    if (auto err = audit(QStringLiteral("bulk_join"), selection,
                         {{QStringLiteral("group_id"), groupId}, {QStringLiteral("group"), preview.groupName},
                          {QStringLiteral("skipped_already_in"), preview.alreadyIn},
                          {QStringLiteral("skipped_blacklisted"), preview.blacklisted}},
                         n))
        return err;
    if (auto err = tx.commit())
        return err;
    if (added)
        *added = n;
    return {};
}

DatabaseError MemberBulkRepository::setVerification(const MemberSelection &selection, VerificationStatus status,
                                                    qint64 operatorId, const QString &evidence, qint64 *changed)
{
    const bool decision = isVerificationDecision(status);
    const QVariant noText(QMetaType::fromType<QString>());
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    QVariantHash args;
    const QString where = selectionSql(selection, &args);
    Query q(m_db, QStringLiteral("UPDATE members AS m SET verification = :status, verified_by = :by, verified_at = :at, "
                                 "verification_evidence = coalesce(:evidence, verification_evidence), updated_at = :now WHERE ")
                      + where);
    bindAll(q, args);
    const QString now = nowText();
    q.bind(QStringLiteral(":status"), verificationCode(status))
        .bind(QStringLiteral(":by"), decision && operatorId > 0 ? QVariant(operatorId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":at"), decision ? QVariant(now) : noText)
        .bind(QStringLiteral(":evidence"), evidence.trimmed().isEmpty() ? noText : QVariant(evidence.trimmed()))
        .bind(QStringLiteral(":now"), now);
    if (auto err = q.exec(tr("record the verification of the selected members")))
        return err;
    const qint64 n = q.numRowsAffected();
    QJsonObject details{{QStringLiteral("verification"), verificationCode(status)}};
    if (operatorId > 0)
        details.insert(QStringLiteral("operator_id"), operatorId);
    if (!evidence.trimmed().isEmpty())
        details.insert(QStringLiteral("evidence"), evidence.trimmed());
    if (auto err = audit(QStringLiteral("bulk_verify"), selection, details, n))
        return err;
    if (auto err = tx.commit())
        return err;
    if (changed)
        *changed = n;
    return {};
}

DatabaseError MemberBulkRepository::setKoc(const MemberSelection &selection, bool koc, const QString &reason, qint64 *changed)
{
    const QVariant noText(QMetaType::fromType<QString>());
    const QVariant reasonValue = reason.trimmed().isEmpty() ? noText : QVariant(reason.trimmed());
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    QVariantHash args;
    const QString where = selectionSql(selection, &args);
    // Only the members whose mark changes (or, flagging, who get a new reason) are touched.
    QString sql;
    if (koc)
        sql = QStringLiteral("UPDATE members AS m SET is_koc = 1, koc_since = coalesce(koc_since, :now), "
                             "koc_reason = coalesce(:reason, koc_reason), updated_at = :now WHERE ")
              + where + QStringLiteral(" AND (m.is_koc = 0 OR :reason IS NOT NULL)");
    else
        sql = QStringLiteral("UPDATE members AS m SET is_koc = 0, koc_since = NULL, koc_reason = :reason, "
                             "updated_at = :now WHERE m.is_koc = 1 AND ") + where;
    Query q(m_db, sql);
    bindAll(q, args);
    q.bind(QStringLiteral(":now"), nowText()).bind(QStringLiteral(":reason"), reasonValue);
    if (auto err = q.exec(koc ? tr("flag the selected members as KOC") : tr("remove the KOC mark of the selected members")))
        return err;
    const qint64 n = q.numRowsAffected();
    QJsonObject details{{QStringLiteral("koc"), koc}};
    if (!reason.trimmed().isEmpty())
        details.insert(QStringLiteral("reason"), reason.trimmed());
    if (auto err = audit(QStringLiteral("bulk_koc"), selection, details, n))
        return err;
    if (auto err = tx.commit())
        return err;
    if (changed)
        *changed = n;
    return {};
}

} // namespace qundesk
