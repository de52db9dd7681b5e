#pragma once

#include "storage/DatabaseError.h"
#include "storage/MemberRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace qundesk {

// A saved filter of the members table (人群 / segment): a name and the filter it stands for.
struct MemberSegment
{
    qint64 id = 0;
    QString name;
    MemberFilter filter;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The member segments, with audit. The filter is stored as JSON; filterToJson/filterFromJson are
// the one place that knows the format (ids of channels, tags ... are stored as ids: a deleted tag
// leaves a segment that matches nobody, which the page shows as 0).
class SegmentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SegmentRepository)

public:
    explicit SegmentRepository(const QSqlDatabase &db) : m_db(db) {}

    static QJsonObject filterToJson(const MemberFilter &filter);
    // Unknown keys are ignored and bad values dropped (the filter then matches more, never
    // fails); *problem names what was dropped, if asked.
    static MemberFilter filterFromJson(const QJsonObject &json, QString *problem = nullptr);

    DatabaseError create(const QString &name, const MemberFilter &filter, qint64 *id = nullptr);
    DatabaseError rename(qint64 segmentId, const QString &name);
    DatabaseError setFilter(qint64 segmentId, const MemberFilter &filter);
    DatabaseError remove(qint64 segmentId);
    DatabaseError get(qint64 segmentId, MemberSegment *out);
    // Every segment by name.
    DatabaseError list(QList<MemberSegment> *out);

private:
    DatabaseError update(qint64 segmentId, const QString &what, const std::function<void(MemberSegment &)> &change);

    QSqlDatabase m_db;
};

} // namespace qundesk
