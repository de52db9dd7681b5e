#include "storage/MemberProfileRepository.h"

#include "storage/AuditRepository.h"
#include "storage/DimensionRepository.h"
#include "storage/Query.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlTransaction.h"

#include <QJsonObject>

namespace qundesk {

namespace {

const QString Entity = QStringLiteral("member");

} // namespace

QString MemberProfileRepository::fieldCode(RevealedField field)
{
    return field == RevealedField::Phone ? QStringLiteral("phone") : QStringLiteral("platform_id");
}

DatabaseError MemberProfileRepository::reveal(qint64 memberId, RevealedField field, QString *value)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Query q(m_db, field == RevealedField::Phone
                      ? QStringLiteral("SELECT display_name, phone FROM members WHERE id = :id")
                      : QStringLiteral("SELECT display_name, platform_id FROM members WHERE id = :id"));
    q.bind(QStringLiteral(":id"), memberId);
    if (auto err = q.exec(tr("read member %1").arg(memberId)))
        return err;
    if (!q.next())
        return DatabaseError::make(DatabaseError::Kind::NotFound, tr("Member %1 does not exist.").arg(memberId));
    const QString name = q.value(0).toString();
    const QString revealed = q.value(1).toString();
    // The log says who looked at what; repeating the value there would spread it further.
    QJsonObject after;
    after.insert(QStringLiteral("field"), fieldCode(field));
    after.insert(QStringLiteral("display_name"), name);
    if (auto err = AuditRepository(m_db).record(QStringLiteral("reveal"), Entity, memberId, {}, after))
        return err;
    if (auto err = tx.commit())
        return err;
    *value = revealed;
    return {};
}

DatabaseError MemberProfileRepository::reveals(qint64 memberId, int limit, QList<RevealRecord> *out)
{
    Query q(m_db, QStringLiteral("SELECT id, at, actor, json_extract(after_json, '$.field') FROM audit_log "
                                 "WHERE entity = 'member' AND entity_id = :id AND action = 'reveal' "
                                 "ORDER BY id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":id"), memberId).bind(QStringLiteral(":limit"), limit);
    if (auto err = q.exec(tr("read who revealed the data of member %1").arg(memberId)))
        return err;
    out->clear();
    while (q.next()) {
        RevealRecord r;
        r.auditId = q.value(0).toLongLong();
        r.at = q.value(1).toString();
        r.actor = q.value(2).toString();
        r.field = q.value(3).toString() == fieldCode(RevealedField::Phone) ? RevealedField::Phone
                                                                           : RevealedField::PlatformId;
        out->append(r);
    }
    return {};
}

DatabaseError MemberProfileRepository::verificationHistory(qint64 memberId, int limit, QList<VerificationRecord> *out)
{
    Query q(m_db, QStringLiteral(
        "SELECT a.id, a.at, a.actor, json_extract(a.before_json, '$.verification'), "
        "json_extract(a.after_json, '$.verification'), json_extract(a.after_json, '$.verified_by'), o.name, "
        "json_extract(a.after_json, '$.verification_evidence') "
        "FROM audit_log a LEFT JOIN operators o ON o.id = json_extract(a.after_json, '$.verified_by') "
        "WHERE a.entity = 'member' AND a.entity_id = :id AND a.action = 'verify' "
        "ORDER BY a.id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":id"), memberId).bind(QStringLiteral(":limit"), limit);
    if (auto err = q.exec(tr("read the verification history of member %1").arg(memberId)))
        return err;
    out->clear();
    while (q.next()) {
        VerificationRecord r;
        r.auditId = q.value(0).toLongLong();
        r.at = q.value(1).toString();
        r.actor = q.value(2).toString();
        r.from = verificationFromCode(q.value(3).toString()).value_or(VerificationStatus::Unverified);
        r.to = verificationFromCode(q.value(4).toString()).value_or(VerificationStatus::Unverified);
        r.operatorId = q.value(5).toLongLong();
        r.operatorName = q.value(6).toString();
        r.evidence = q.value(7).toString();
        out->append(r);
    }
    return {};
}

// Three keyset-limited branches (events, joins, leaves), each reading its own index range
// (events_member_time, memberships_member) newest first, merged and cut to the page.
DatabaseError MemberProfileRepository::timeline(qint64 memberId, const std::optional<TimelineCursor> &after,
                                                int limit, QList<TimelineEntry> *out)
{
    auto keyset = [&](const QString &time, int source, const QString &id, const QString &n) {
        if (!after)
            return QString();
        return QStringLiteral(" AND %1 <= :at%4 AND (%1, %2, %3) < (:atb%4, :src%4, :id%4)")
            .arg(time).arg(source).arg(id, n);
    };
    const QString sql = QStringLiteral(
        "SELECT at, src, id, kind, group_id, group_name, amount_fen, reason, role FROM ("
        " SELECT * FROM (SELECT e.occurred_at AS at, 0 AS src, e.id AS id, e.kind AS kind, e.group_id AS group_id,"
        "  g.name AS group_name, e.amount_fen AS amount_fen, NULL AS reason, NULL AS role"
        "  FROM events e LEFT JOIN chat_groups g ON g.id = e.group_id"
        "  WHERE e.member_id = :m0") + keyset(QStringLiteral("e.occurred_at"), 0, QStringLiteral("e.id"), QStringLiteral("0"))
        + QStringLiteral(
        "  AND NOT (e.kind IN ('join', 'leave') AND EXISTS (SELECT 1 FROM memberships ms"
        "   WHERE ms.member_id = e.member_id AND ms.group_id = e.group_id"
        "   AND ((e.kind = 'join' AND ms.joined_at = e.occurred_at) OR (e.kind = 'leave' AND ms.left_at = e.occurred_at))))"
        "  ORDER BY e.occurred_at DESC, e.id DESC LIMIT :l0)"
        " UNION ALL"
        " SELECT * FROM (SELECT m.joined_at, 1, m.id, 'join', m.group_id, g.name, NULL, NULL, m.role"
        "  FROM memberships m JOIN chat_groups g ON g.id = m.group_id WHERE m.member_id = :m1")
        + keyset(QStringLiteral("m.joined_at"), 1, QStringLiteral("m.id"), QStringLiteral("1"))
        + QStringLiteral(
        "  ORDER BY m.joined_at DESC, m.id DESC LIMIT :l1)"
        " UNION ALL"
        " SELECT * FROM (SELECT m.left_at, 2, m.id, 'leave', m.group_id, g.name, NULL, m.leave_reason, m.role"
        "  FROM memberships m JOIN chat_groups g ON g.id = m.group_id WHERE m.member_id = :m2 AND m.left_at IS NOT NULL")
        + keyset(QStringLiteral("m.left_at"), 2, QStringLiteral("m.id"), QStringLiteral("2"))
        + QStringLiteral(
        "  ORDER BY m.left_at DESC, m.id DESC LIMIT :l2)"
        ") ORDER BY at DESC, src DESC, id DESC LIMIT :limit");
    Query q(m_db, sql);
    for (int i = 0; i < 3; ++i) {
        q.bind(QStringLiteral(":m%1").arg(i), memberId).bind(QStringLiteral(":l%1").arg(i), limit);
        if (after) {
            q.bind(QStringLiteral(":at%1").arg(i), after->at)
                .bind(QStringLiteral(":atb%1").arg(i), after->at)
                .bind(QStringLiteral(":src%1").arg(i), after->source)
                .bind(QStringLiteral(":id%1").arg(i), after->id);
        }
    }
    q.bind(QStringLiteral(":limit"), limit);
    if (auto err = q.exec(tr("read the activity of member %1").arg(memberId)))
        return err;
    out->clear();
    while (q.next()) {
        TimelineEntry e;
        e.at = q.value(0).toString();
        e.source = TimelineEntry::Source(q.value(1).toInt());
        e.id = q.value(2).toLongLong();
        e.kind = eventKindFromCode(q.value(3).toString()).value_or(EventKind::Message);
        e.groupId = q.value(4).toLongLong();
        e.groupName = q.value(5).toString();
        e.amountFen = q.value(6).toLongLong();
        if (!q.value(7).isNull())
            e.leaveReason = leaveReasonFromCode(q.value(7).toString());
        e.role = membershipRoleFromCode(q.value(8).toString()).value_or(MembershipRole::Member);
        out->append(e);
    }
    return {};
}

DatabaseError MemberProfileRepository::openMembershipCount(qint64 memberId, int *out)
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM memberships WHERE member_id = :id AND left_at IS NULL"));
    q.bind(QStringLiteral(":id"), memberId);
    if (auto err = q.exec(tr("count the groups of member %1").arg(memberId)))
        return err;
    *out = q.next() ? q.value(0).toInt() : 0;
    return {};
}

DatabaseError MemberProfileRepository::platformIdOwner(const QString &platformId, qint64 excludeId, MemberRef *out)
{
    Query q(m_db, QStringLiteral("SELECT id, display_name FROM members WHERE platform_id = :pid AND id <> :id"));
    q.bind(QStringLiteral(":pid"), platformId.trimmed()).bind(QStringLiteral(":id"), excludeId);
    if (auto err = q.exec(tr("look up the platform ID %1").arg(platformId.trimmed())))
        return err;
    *out = {};
    if (q.next()) {
        out->id = q.value(0).toLongLong();
        out->displayName = q.value(1).toString();
    }
    return {};
}

DatabaseError MemberProfileRepository::operatorNames(QHash<qint64, QString> *out)
{
    Query q(m_db, QStringLiteral("SELECT id, name FROM operators"));
    if (auto err = q.exec(tr("list the operators")))
        return err;
    out->clear();
    while (q.next())
        out->insert(q.value(0).toLongLong(), q.value(1).toString());
    return {};
}

DatabaseError MemberProfileRepository::nicknameTemplate(NicknameTemplate *out)
{
    QString pattern;
    if (auto err = SettingsRepository(m_db).get(QString::fromLatin1(NicknameTemplate::SettingsKey),
                                                NicknameTemplate::defaultPattern(), &pattern))
        return err;
    QString checkPlaces;
    if (auto err = SettingsRepository(m_db).get(QString::fromLatin1(NicknameTemplate::CheckPlacesKey),
                                                QStringLiteral("1"), &checkPlaces))
        return err;
    *out = NicknameTemplate(pattern);
    if (checkPlaces != QLatin1StringView("1"))
        return {};
    QList<Region> regions;
    if (auto err = DimensionRepository(m_db).listRegions(&regions))
        return err;
    QStringList names;
    for (const Region &r : std::as_const(regions))
        names.append(r.name);
    for (const QString &part : out->partNames()) {
        if (NicknameTemplate::isPlacePart(part))
            out->setKnownValues(part, names);
    }
    return {};
}

DatabaseError MemberProfileRepository::nonConformingMembers(qint64 groupId, const GroupMemberFilter &filter,
                                                            const NicknameTemplate &rule, QList<GroupMemberRow> *out)
{
    QString where = QStringLiteral("m.group_id = :group AND m.left_at IS NULL");
    if (filter.kocOnly)
        where += QStringLiteral(" AND mb.is_koc = 1");
    if (filter.role)
        where += QStringLiteral(" AND m.role = :role");
    if (!filter.text.trimmed().isEmpty())
        where += QStringLiteral(" AND (mb.display_name LIKE :text ESCAPE '\\' OR mb.group_nickname LIKE :text2 ESCAPE '\\')");
    Query q(m_db, QStringLiteral("SELECT m.id, m.member_id, mb.display_name, mb.group_nickname, m.role, m.joined_at, "
                                 "mb.is_koc FROM memberships m JOIN members mb ON mb.id = m.member_id WHERE ")
                      + where + QStringLiteral(" ORDER BY m.id"));
    q.bind(QStringLiteral(":group"), groupId);
    if (filter.role)
        q.bind(QStringLiteral(":role"), membershipRoleCode(*filter.role));
    if (!filter.text.trimmed().isEmpty()) {
        QString pattern = filter.text.trimmed();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString like = QLatin1Char('%') + pattern + QLatin1Char('%');
        q.bind(QStringLiteral(":text"), like).bind(QStringLiteral(":text2"), like);
    }
    if (auto err = q.exec(tr("list the group nicknames of group %1").arg(groupId)))
        return err;
    out->clear();
    while (q.next()) {
        GroupMemberRow row = groupMemberRowFrom(q);
        if (!rule.follows(row.groupNickname))
            out->append(row);
    }
    return {};
}

} // namespace qundesk
