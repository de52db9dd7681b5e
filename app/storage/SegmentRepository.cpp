#include "storage/SegmentRepository.h"

#include "storage/AuditRepository.h"
#include "storage/Query.h"
#include "storage/SqlTransaction.h"

#include <QJsonDocument>

namespace qundesk {

namespace {

const QString Entity = QStringLiteral("member_segment");

DatabaseError invalid(const QString &message)
{
    return DatabaseError::make(DatabaseError::Kind::Constraint, message);
}

DatabaseError explainConstraint(DatabaseError err, const QString &name)
{
    if (err.kind == DatabaseError::Kind::Constraint && err.message.contains(QLatin1StringView("member_segments.name")))
        err.message = SegmentRepository::tr("A segment named %1 already exists.").arg(name.trimmed());
    return err;
}

QJsonObject segmentJson(const MemberSegment &s)
{
    return {{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name},
            {QStringLiteral("filter"), SegmentRepository::filterToJson(s.filter)}};
}

QString filterText(const MemberFilter &filter)
{
    return QString::fromUtf8(QJsonDocument(SegmentRepository::filterToJson(filter)).toJson(QJsonDocument::Compact));
}

// Keys of the JSON form; only the set ones are written.
namespace key {
const QString Search = QStringLiteral("search");
const QString Identity = QStringLiteral("identity");
const QString Verification = QStringLiteral("verification");
const QString Channel = QStringLiteral("channel_id");
const QString Region = QStringLiteral("region_id");
const QString Tier = QStringLiteral("tier_id");
const QString Group = QStringLiteral("group_id");
const QString WithoutGroup = QStringLiteral("without_group");
const QString Tag = QStringLiteral("tag_id");
const QString Koc = QStringLiteral("koc");
const QString Blacklisted = QStringLiteral("blacklisted");
const QString JoinedFrom = QStringLiteral("joined_from");
const QString JoinedTo = QStringLiteral("joined_to");
const QString PointsMin = QStringLiteral("points_min");
const QString PointsMax = QStringLiteral("points_max");
const QString ActiveWithin = QStringLiteral("active_within_days");
} // namespace key

} // namespace

QJsonObject SegmentRepository::filterToJson(const MemberFilter &f)
{
    QJsonObject o;
    if (!f.search.trimmed().isEmpty())
        o.insert(key::Search, f.search.trimmed());
    if (f.identity)
        o.insert(key::Identity, identityCode(*f.identity));
    if (f.verification)
        o.insert(key::Verification, verificationCode(*f.verification));
    const std::pair<const QString &, qint64> ids[] = {
        {key::Channel, f.channelId}, {key::Region, f.regionId}, {key::Tier, f.tierId}, {key::Group, f.groupId}, {key::Tag, f.tagId}};
    for (const auto &[name, id] : ids) {
        if (id > 0)
            o.insert(name, id);
    }
    if (f.withoutGroup)
        o.insert(key::WithoutGroup, true);
    if (f.koc)
        o.insert(key::Koc, *f.koc);
    if (f.blacklisted)
        o.insert(key::Blacklisted, *f.blacklisted);
    if (f.joinedFrom.isValid())
        o.insert(key::JoinedFrom, f.joinedFrom.toString(Qt::ISODate));
    if (f.joinedTo.isValid())
        o.insert(key::JoinedTo, f.joinedTo.toString(Qt::ISODate));
    if (f.pointsMin)
        o.insert(key::PointsMin, *f.pointsMin);
    if (f.pointsMax)
        o.insert(key::PointsMax, *f.pointsMax);
    if (f.activeWithinDays > 0)
        o.insert(key::ActiveWithin, f.activeWithinDays);
    return o;
}

MemberFilter SegmentRepository::filterFromJson(const QJsonObject &o, QString *problem)
{
    MemberFilter f;
    QStringList dropped;
    const auto text = [&](const QString &name) { return o.value(name).toString(); };
    const auto id = [&](const QString &name) -> qint64 {
        const QJsonValue v = o.value(name);
        if (v.isUndefined() || v.isNull())
            return 0;
        const qint64 n = v.toInteger(-1);
        if (n <= 0)
            dropped.append(name);
        return std::max<qint64>(n, 0);
    };
    const auto flag = [&](const QString &name) -> std::optional<bool> {
        const QJsonValue v = o.value(name);
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined() && !v.isNull())
            dropped.append(name);
        return std::nullopt;
    };
    const auto number = [&](const QString &name) -> std::optional<qint64> {
        const QJsonValue v = o.value(name);
        if (v.isDouble())
            return v.toInteger();
        if (!v.isUndefined() && !v.isNull())
            dropped.append(name);
        return std::nullopt;
    };
    const auto date = [&](const QString &name) {
        const QDate d = QDate::fromString(text(name), Qt::ISODate);
        if (!d.isValid() && o.contains(name))
            dropped.append(name);
        return d;
    };

    f.search = text(key::Search).trimmed();
    if (o.contains(key::Identity)) {
        f.identity = identityFromCode(text(key::Identity));
        if (!f.identity)
            dropped.append(key::Identity);
    }
    if (o.contains(key::Verification)) {
        f.verification = verificationFromCode(text(key::Verification));
        if (!f.verification)
            dropped.append(key::Verification);
    }
    f.channelId = id(key::Channel);
    f.regionId = id(key::Region);
    f.tierId = id(key::Tier);
    f.groupId = id(key::Group);
    f.tagId = id(key::Tag);
    f.withoutGroup = flag(key::WithoutGroup).value_or(false);
    f.koc = flag(key::Koc);
    f.blacklisted = flag(key::Blacklisted);
    f.joinedFrom = date(key::JoinedFrom);
    f.joinedTo = date(key::JoinedTo);
    f.pointsMin = number(key::PointsMin);
    f.pointsMax = number(key::PointsMax);
    if (const std::optional<qint64> days = number(key::ActiveWithin)) {
        if (*days > 0 && *days <= 36500)
            f.activeWithinDays = int(*days);
        else
            dropped.append(key::ActiveWithin);
    }
    if (problem)
        *problem = dropped.isEmpty() ? QString() : tr("Ignored unreadable filter settings: %1").arg(dropped.join(QStringLiteral(", ")));
    return f;
}

DatabaseError SegmentRepository::create(const QString &name, const MemberFilter &filter, qint64 *id)
{
    if (name.trimmed().isEmpty())
        return invalid(tr("A segment needs a name."));
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    Query q(m_db, QStringLiteral("INSERT INTO member_segments (name, filter) VALUES (:name, :filter)"));
    q.bind(QStringLiteral(":name"), name.trimmed()).bind(QStringLiteral(":filter"), filterText(filter));
    if (auto err = q.exec(tr("save segment %1").arg(name.trimmed())))
        return explainConstraint(err, name);
    MemberSegment stored;
    stored.id = q.lastInsertId();
    stored.name = name.trimmed();
    stored.filter = filter;
    if (auto err = AuditRepository(m_db).record(QStringLiteral("create"), Entity, stored.id, {}, segmentJson(stored)))
        return err;
    if (auto err = tx.commit())
        return err;
    if (id)
        *id = stored.id;
    return {};
}

DatabaseError SegmentRepository::update(qint64 segmentId, const QString &what,
                                        const std::function<void(MemberSegment &)> &change)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    MemberSegment before;
    if (auto err = get(segmentId, &before))
        return err;
    MemberSegment after = before;
    change(after);
    Query q(m_db, QStringLiteral("UPDATE member_segments SET name = :name, filter = :filter, "
                                 "updated_at = datetime('now', 'localtime') WHERE id = :id"));
    q.bind(QStringLiteral(":name"), after.name).bind(QStringLiteral(":filter"), filterText(after.filter))
        .bind(QStringLiteral(":id"), segmentId);
    if (auto err = q.exec(what))
        return explainConstraint(err, after.name);
    if (auto err = AuditRepository(m_db).record(QStringLiteral("update"), Entity, segmentId, segmentJson(before),
                                                segmentJson(after)))
        return err;
    return tx.commit();
}

DatabaseError SegmentRepository::rename(qint64 segmentId, const QString &name)
{
    if (name.trimmed().isEmpty())
        return invalid(tr("A segment needs a name."));
    return update(segmentId, tr("rename segment %1").arg(segmentId),
                  [&](MemberSegment &s) { s.name = name.trimmed(); });
}

DatabaseError SegmentRepository::setFilter(qint64 segmentId, const MemberFilter &filter)
{
    return update(segmentId, tr("change segment %1").arg(segmentId), [&](MemberSegment &s) { s.filter = filter; });
}

DatabaseError SegmentRepository::remove(qint64 segmentId)
{
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    MemberSegment before;
    if (auto err = get(segmentId, &before))
        return err;
    Query q(m_db, QStringLiteral("DELETE FROM member_segments WHERE id = :id"));
    q.bind(QStringLiteral(":id"), segmentId);
    if (auto err = q.exec(tr("delete segment %1").arg(before.name)))
        return err;
    if (auto err = AuditRepository(m_db).record(QStringLiteral("delete"), Entity, segmentId, segmentJson(before), {}))
        return err;
    return tx.commit();
}

namespace {

MemberSegment readSegment(const Query &q)
{
    MemberSegment s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.filter = SegmentRepository::filterFromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
    s.createdAt = fromDbTime(q.value(3).toString());
    s.updatedAt = fromDbTime(q.value(4).toString());
    return s;
}

} // namespace

DatabaseError SegmentRepository::get(qint64 segmentId, MemberSegment *out)
{
    Query q(m_db, QStringLiteral("SELECT id, name, filter, created_at, updated_at FROM member_segments WHERE id = :id"));
    q.bind(QStringLiteral(":id"), segmentId);
    if (auto err = q.exec(tr("read segment %1").arg(segmentId)))
        return err;
    if (!q.next())
        return DatabaseError::make(DatabaseError::Kind::NotFound, tr("Segment %1 does not exist.").arg(segmentId));
    *out = readSegment(q);
    return {};
}

DatabaseError SegmentRepository::list(QList<MemberSegment> *out)
{
    out->clear();
    Query q(m_db, QStringLiteral("SELECT id, name, filter, created_at, updated_at FROM member_segments ORDER BY name, id"));
    if (auto err = q.exec(tr("list segments")))
        return err;
    while (q.next())
        out->append(readSegment(q));
    return {};
}

} // namespace qundesk
