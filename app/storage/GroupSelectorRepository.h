#pragma once

#include "domain/GroupSelector.h"
#include "storage/DatabaseError.h"
#include "storage/ScheduleRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace qundesk {

// Resolves calendar targets (GroupSelector) to groups in SQL. Dissolved groups are never
// targets; archived ones are (the conflict check flags posts to them), so a selector shows the
// same groups the matrix does.
class GroupSelectorRepository final
{
    Q_DECLARE_TR_FUNCTIONS(GroupSelectorRepository)

public:
    explicit GroupSelectorRepository(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    // The groups the selector names, by name then id. A single group that is dissolved or
    // missing is refused (NotFound), since nothing could be posted to it.
    DatabaseError resolve(const GroupSelector &selector, QList<GroupChoice> *out);
    // How many groups resolve() would give, counted in SQL (cheap on 10,000 groups).
    DatabaseError count(const GroupSelector &selector, int *out);
    // The selector's label with the group, tier and team names looked up.
    DatabaseError label(const GroupSelector &selector, QString *out);

    // A group named on a command line: a number is an id (any status), other text the exact name
    // of a group that is not dissolved. NotFound names what was asked for.
    DatabaseError findGroup(const QString &idOrName, GroupChoice *out);

private:
    QSqlDatabase m_db;
};

} // namespace qundesk
