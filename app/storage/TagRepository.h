#pragma once

#include "domain/Member.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace qundesk {

struct TagCount
{
    Tag tag;
    qint64 memberCount = 0;
};

// Member tags (标签): the tag list and who carries which. Tagging keeps the member_search
// index's tags column current through the schema's triggers.
class TagRepository final
{
    Q_DECLARE_TR_FUNCTIONS(TagRepository)

public:
    explicit TagRepository(const QSqlDatabase &db) : m_db(db) {}

    DatabaseError create(const Tag &tag, qint64 *id = nullptr);
    DatabaseError rename(qint64 tagId, const QString &name);
    DatabaseError setColor(qint64 tagId, const QString &color);
    // Removing a tag untags every member who had it.
    DatabaseError remove(qint64 tagId);
    DatabaseError get(qint64 tagId, Tag *out);
    // Every tag by name, with how many members carry it.
    DatabaseError list(QList<TagCount> *out);

    // Tagging twice is harmless: the second call changes nothing and writes no audit entry.
    DatabaseError tagMember(qint64 memberId, qint64 tagId);
    DatabaseError untagMember(qint64 memberId, qint64 tagId);
    DatabaseError tagsOf(qint64 memberId, QList<Tag> *out);

private:
    DatabaseError changeMembership(qint64 memberId, qint64 tagId, bool add);

    QSqlDatabase m_db;
};

} // namespace qundesk
