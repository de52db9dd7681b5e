#include "storage/MemberRepository.h"

#include "storage/AuditRepository.h"
#include "storage/MemberSql.h"
#include "storage/Query.h"
#include "storage/SqlTransaction.h"

namespace qundesk {

using namespace memberSql;

namespace {

const QString Entity = QStringLiteral("member");

QVariant nullableTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(toDbTime(t)) : QVariant(QMetaType::fromType<QString>());
}

QString nowText()
{
    return toDbTime(QDateTime::currentDateTime());
}

// Replaces SQLite's wording for the constraints a user can run into with a sentence about
// the member; other failures keep their message.
DatabaseError explainConstraint(DatabaseError err, const Member &m)
{
    if (err.kind != DatabaseError::Kind::Constraint)
        return err;
    if (err.message.contains(QLatin1StringView("members.platform_id")))
        err.message = MemberRepository::tr("Another member already has the platform ID %1.").arg(m.platformId.trimmed());
    else if (err.message.contains(QLatin1StringView("FOREIGN KEY")))
        err.message = MemberRepository::tr("The channel, region, tier or operator chosen for %1 does not exist (any more).")
                          .arg(m.displayName.trimmed());
    return err;
}

DatabaseError invalid(const QString &message)
{
    return DatabaseError::make(DatabaseError::Kind::Constraint, message);
}

} // namespace

DatabaseError MemberRepository::insert(const Member &input, qint64 *id)
{
    if (const QString problem = validateMember(input); !problem.isEmpty())
        return invalid(problem);
    Member m = input;
    m.displayName = m.displayName.trimmed();
    m.platformId = m.platformId.trimmed();
    m.phone = normalizePhone(m.phone);
    const QDateTime now = QDateTime::currentDateTime();
    if (isVerificationDecision(m.verification) && !m.verifiedAt.isValid())
        m.verifiedAt = now;
    if (m.koc && !m.kocSince.isValid())
        m.kocSince = now;
    if (m.blacklisted && !m.blacklistedAt.isValid())
        m.blacklistedAt = now;

    Query q(m_db, QStringLiteral(
        "INSERT INTO members (display_name, group_nickname, platform_id, phone, identity, verification, "
        "verified_by, verified_at, verification_evidence, channel_id, region_id, tier_id, first_joined_at, "
        "is_koc, koc_since, koc_reason, blacklisted, blacklist_reason, blacklisted_at, notes) "
        "VALUES (:name, :nick, :pid, :phone, :identity, :verification, :vby, :vat, :evidence, :channel, "
        ":region, :tier, :joined, :koc, :koc_since, :koc_reason, :bl, :bl_reason, :bl_at, :notes)"));
    q.bind(QStringLiteral(":name"), m.displayName)
        .bindText(QStringLiteral(":nick"), m.groupNickname.isEmpty() ? QString() : m.groupNickname)
        .bind(QStringLiteral(":pid"), m.platformId)
        .bindText(QStringLiteral(":phone"), m.phone.isEmpty() ? QString() : m.phone)
        .bind(QStringLiteral(":identity"), identityCode(m.identity))
        .bind(QStringLiteral(":verification"), verificationCode(m.verification))
        .bindId(QStringLiteral(":vby"), m.verifiedBy)
        .bind(QStringLiteral(":vat"), isVerificationDecision(m.verification) ? nullableTime(m.verifiedAt)
                                                                           : nullableTime({}))
        .bindText(QStringLiteral(":evidence"), m.verificationEvidence.isEmpty() ? QString() : m.verificationEvidence)
        .bindId(QStringLiteral(":channel"), m.channelId)
        .bindId(QStringLiteral(":region"), m.regionId)
        .bindId(QStringLiteral(":tier"), m.tierId)
        .bind(QStringLiteral(":joined"), nullableTime(m.firstJoinedAt))
        .bind(QStringLiteral(":koc"), m.koc ? 1 : 0)
        .bind(QStringLiteral(":koc_since"), m.koc ? nullableTime(m.kocSince) : nullableTime({}))
        .bindText(QStringLiteral(":koc_reason"), m.koc && !m.kocReason.isEmpty() ? m.kocReason : QString())
        .bind(QStringLiteral(":bl"), m.blacklisted ? 1 : 0)
        .bindText(QStringLiteral(":bl_reason"), m.blacklisted ? m.blacklistReason.trimmed() : QString())
        .bind(QStringLiteral(":bl_at"), m.blacklisted ? nullableTime(m.blacklistedAt) : nullableTime({}))
        .bindText(QStringLiteral(":notes"), m.notes.isEmpty() ? QString() : m.notes);
    if (auto err = q.exec(MemberRepository::tr("add member %1").arg(m.displayName)))
        return explainConstraint(err, m);
    if (id)
        *id = q.lastInsertId();
    return {};
}

DatabaseError MemberRepository::create(const Member &member, qint64 *id)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    qint64 newId = 0;
    if (auto err = insert(member, &newId))
        return err;
    Member stored;
    if (auto err = get(newId, &stored))
        return err;
    if (auto err = AuditRepository(m_db).record(QStringLiteral("create"), Entity, newId, {}, stored.toJson()))
        return err;
    if (auto err = tx.commit())
        return err;
    if (id)
        *id = newId;
    return {};
}

DatabaseError MemberRepository::createMany(const QList<Member> &members, QList<qint64> *ids)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    QList<qint64> created;
    created.reserve(members.size());
    for (const Member &m : members) {
        qint64 newId = 0;
        if (auto err = insert(m, &newId))
            return err;
        created.append(newId);
    }
    if (!created.isEmpty()) {
        QJsonObject after;
        after.insert(QStringLiteral("count"), created.size());
        after.insert(QStringLiteral("first_id"), created.first());
        after.insert(QStringLiteral("last_id"), created.last());
        if (auto err = AuditRepository(m_db).record(QStringLiteral("import"), Entity, 0, {}, after))
            return err;
    }
    if (auto err = tx.commit())
        return err;
    if (ids)
        *ids = created;
    return {};
}

DatabaseError MemberRepository::get(qint64 id, Member *out)
{
    Query q(m_db, QStringLiteral("SELECT ") + MemberColumns + QStringLiteral(" FROM members WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(MemberRepository::tr("read member %1").arg(id)))
        return err;
    if (!q.next())
        return DatabaseError::make(DatabaseError::Kind::NotFound, MemberRepository::tr("Member %1 does not exist.").arg(id));
    *out = readMember(q);
    return {};
}

DatabaseError MemberRepository::update(const Member &input)
{
    if (const QString problem = validateMember(input); !problem.isEmpty())
        return invalid(problem);
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Member before;
    if (auto err = get(input.id, &before))
        return err;
    const QString phone = normalizePhone(input.phone);
    Query q(m_db, QStringLiteral(
        "UPDATE members SET display_name = :name, group_nickname = :nick, platform_id = :pid, phone = :phone, "
        "identity = :identity, channel_id = :channel, region_id = :region, tier_id = :tier, "
        "first_joined_at = :joined, notes = :notes, updated_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":name"), input.displayName.trimmed())
        .bindText(QStringLiteral(":nick"), input.groupNickname.isEmpty() ? QString() : input.groupNickname)
        .bind(QStringLiteral(":pid"), input.platformId.trimmed())
        .bindText(QStringLiteral(":phone"), phone.isEmpty() ? QString() : phone)
        .bind(QStringLiteral(":identity"), identityCode(input.identity))
        .bindId(QStringLiteral(":channel"), input.channelId)
        .bindId(QStringLiteral(":region"), input.regionId)
        .bindId(QStringLiteral(":tier"), input.tierId)
        .bind(QStringLiteral(":joined"), nullableTime(input.firstJoinedAt))
        .bindText(QStringLiteral(":notes"), input.notes.isEmpty() ? QString() : input.notes)
        .bind(QStringLiteral(":now"), nowText())
        .bind(QStringLiteral(":id"), input.id);
    if (auto err = q.exec(MemberRepository::tr("save member %1").arg(input.displayName.trimmed())))
        return explainConstraint(err, input);
    Member after;
    if (auto err = get(input.id, &after))
        return err;
    if (auto err = AuditRepository(m_db).record(QStringLiteral("update"), Entity, input.id, before.toJson(),
                                                after.toJson()))
        return err;
    return tx.commit();
}

DatabaseError MemberRepository::remove(qint64 id)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Member before;
    if (auto err = get(id, &before))
        return err;
    Query q(m_db, QStringLiteral("DELETE FROM members WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto err = q.exec(MemberRepository::tr("delete member %1").arg(before.displayName)))
        return err;
    if (auto err = AuditRepository(m_db).record(QStringLiteral("delete"), Entity, id, before.toJson(), {}))
        return err;
    return tx.commit();
}

// Shared by the decisions on one member: one UPDATE with audit before/after, in a transaction.
DatabaseError MemberRepository::decide(qint64 memberId, const QString &action, const QString &sql,
                                       const QVariantList &args, const QString &what)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Member before;
    if (auto err = get(memberId, &before))
        return err;
    Query q(m_db, sql);
    for (qsizetype i = 0; i < args.size(); ++i)
        q.bind(QStringLiteral(":a%1").arg(i), args.at(i));
    q.bind(QStringLiteral(":id"), memberId);
    if (auto err = q.exec(what))
        return explainConstraint(err, before);
    Member after;
    if (auto err = get(memberId, &after))
        return err;
    if (auto err = AuditRepository(m_db).record(action, Entity, memberId, before.toJson(), after.toJson()))
        return err;
    return tx.commit();
}

DatabaseError MemberRepository::setVerification(qint64 memberId, VerificationStatus status, qint64 operatorId,
                                                const QString &evidence)
{
    const bool decision = isVerificationDecision(status);
    const QVariant noText(QMetaType::fromType<QString>());
    return decide(memberId, QStringLiteral("verify"),
                  QStringLiteral("UPDATE members SET verification = :a0, verified_by = :a1, verified_at = :a2, "
                                 "verification_evidence = coalesce(:a3, verification_evidence), updated_at = :a4 "
                                 "WHERE id = :id"),
                  {verificationCode(status),
                   decision && operatorId > 0 ? QVariant(operatorId) : QVariant(QMetaType::fromType<qint64>()),
                   decision ? QVariant(nowText()) : noText,
                   evidence.trimmed().isEmpty() ? noText : QVariant(evidence.trimmed()),
                   nowText()},
                  MemberRepository::tr("record the verification of member %1").arg(memberId));
}

DatabaseError MemberRepository::setKoc(qint64 memberId, bool koc, const QString &reason)
{
    const QVariant noText(QMetaType::fromType<QString>());
    const QVariant reasonValue = reason.trimmed().isEmpty() ? noText : QVariant(reason.trimmed());
    if (koc) {
        // Keeps the original date when someone already a KOC gets a new reason.
        return decide(memberId, QStringLiteral("koc"),
                      QStringLiteral("UPDATE members SET is_koc = 1, koc_since = coalesce(koc_since, :a0), "
                                     "koc_reason = coalesce(:a1, koc_reason), updated_at = :a2 WHERE id = :id"),
                      {nowText(), reasonValue, nowText()}, MemberRepository::tr("mark member %1 as KOC").arg(memberId));
    }
    return decide(memberId, QStringLiteral("koc"),
                  QStringLiteral("UPDATE members SET is_koc = 0, koc_since = NULL, koc_reason = :a0, "
                                 "updated_at = :a1 WHERE id = :id"),
                  {reasonValue, nowText()}, MemberRepository::tr("remove the KOC mark of member %1").arg(memberId));
}

DatabaseError MemberRepository::blacklist(qint64 memberId, const QString &reason, int *closedMemberships)
{
    if (reason.trimmed().isEmpty())
        return invalid(MemberRepository::tr("Say why the member is blacklisted: a reason is required."));
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Member before;
    if (auto err = get(memberId, &before))
        return err;
    const QString now = nowText();
    Query q(m_db, QStringLiteral("UPDATE members SET blacklisted = 1, blacklist_reason = :reason, "
                                 "blacklisted_at = :now, updated_at = :now2 WHERE id = :id"));
    q.bind(QStringLiteral(":reason"), reason.trimmed())
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":now2"), now)
        .bind(QStringLiteral(":id"), memberId);
    if (auto err = q.exec(MemberRepository::tr("blacklist member %1").arg(before.displayName)))
        return err;
    // A blacklisted member is out of every group; max() keeps left_at >= joined_at when the
    // recorded join lies ahead of this clock.
    Query kick(m_db, QStringLiteral("UPDATE memberships SET left_at = max(joined_at, :now), leave_reason = 'kicked' "
                                    "WHERE member_id = :id AND left_at IS NULL"));
    kick.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":id"), memberId);
    if (auto err = kick.exec(MemberRepository::tr("remove blacklisted member %1 from their groups").arg(before.displayName)))
        return err;
    const int closed = kick.numRowsAffected();
    Member after;
    if (auto err = get(memberId, &after))
        return err;
    QJsonObject afterJson = after.toJson();
    afterJson.insert(QStringLiteral("memberships_closed"), closed);
    if (auto err = AuditRepository(m_db).record(QStringLiteral("blacklist"), Entity, memberId, before.toJson(),
                                                afterJson))
        return err;
    if (auto err = tx.commit())
        return err;
    if (closedMemberships)
        *closedMemberships = closed;
    return {};
}

DatabaseError MemberRepository::unblacklist(qint64 memberId)
{
    return decide(memberId, QStringLiteral("unblacklist"),
                  QStringLiteral("UPDATE members SET blacklisted = 0, blacklist_reason = NULL, blacklisted_at = NULL, "
                                 "updated_at = :a0 WHERE id = :id"),
                  {nowText()}, MemberRepository::tr("lift the blacklist of member %1").arg(memberId));
}

} // namespace qundesk
