#include "storage/MemberExportReader.h"

#include "storage/MemberSql.h"

#include "storage/Query.h"

namespace qundesk {

DatabaseError MemberExportReader::extras(const QList<qint64> &ids, QHash<qint64, Extras> *out)
{
    out->clear();
    if (ids.isEmpty())
        return {};
    QString placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i)
        placeholders += i ? QStringLiteral(", ?") : QStringLiteral("?");
    {
        Query q(m_db, QStringLiteral("SELECT id, notes FROM members WHERE id IN (%1)").arg(placeholders));
        for (qsizetype i = 0; i < ids.size(); ++i)
            q.raw().addBindValue(ids.at(i));
        if (auto err = q.exec(tr("read member notes")))
            return err;
        while (q.next())
            (*out)[q.value(0).toLongLong()].notes = q.value(1).toString();
    }
    Query q(m_db, QStringLiteral("SELECT mt.member_id, t.name FROM member_tags mt JOIN tags t ON t.id = mt.tag_id"
                                 " WHERE mt.member_id IN (%1) ORDER BY mt.member_id, t.name")
                      .arg(placeholders));
    for (qsizetype i = 0; i < ids.size(); ++i)
        q.raw().addBindValue(ids.at(i));
    if (auto err = q.exec(tr("read member tags")))
        return err;
    while (q.next())
        (*out)[q.value(0).toLongLong()].tags.append(q.value(1).toString());
    return {};
}

DatabaseError MemberExportReader::rows(const QList<qint64> &ids, QList<MemberRow> *out)
{
    out->clear();
    if (ids.isEmpty())
        return {};
    QString placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i)
        placeholders += i ? QStringLiteral(", ?") : QStringLiteral("?");
    Query q(m_db, QStringLiteral("SELECT ") + memberSql::RowColumns + QStringLiteral("NULL") + memberSql::RowJoins
                      + QStringLiteral(" WHERE m.id IN (%1) ORDER BY m.id").arg(placeholders));
    for (qsizetype i = 0; i < ids.size(); ++i)
        q.raw().addBindValue(ids.at(i));
    if (auto err = q.exec(tr("read members")))
        return err;
    while (q.next())
        out->append(memberSql::readRow(q));
    return {};
}

} // namespace qundesk
