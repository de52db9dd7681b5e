#pragma once

#include "storage/DatabaseError.h"
#include "storage/MemberRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace qundesk {

// The member columns an export adds to MemberRepository's table rows (tags and notes), read for
// one page of ids at a time, and whole export rows for an explicit id list.
class MemberExportReader final
{
    Q_DECLARE_TR_FUNCTIONS(MemberExportReader)

public:
    struct Extras
    {
        QStringList tags;               // by name
        QString notes;
    };

    explicit MemberExportReader(const QSqlDatabase &db) : m_db(db) {}

    // Tags and notes of the given members (at most a page: ids are bound one by one).
    DatabaseError extras(const QList<qint64> &ids, QHash<qint64, Extras> *out);

    // The table rows of the given members (a page of ids), in id order; missing ids are left out.
    DatabaseError rows(const QList<qint64> &ids, QList<MemberRow> *out);

private:
    QSqlDatabase m_db;
};

} // namespace qundesk
