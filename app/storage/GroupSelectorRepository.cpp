#include "storage/GroupSelectorRepository.h"

#include "storage/Query.h"

#include <QStringList>

namespace qundesk {

namespace {

using K = DatabaseError::Kind;

// The WHERE clause of a selector over chat_groups g; binds come from bindSelector.
QString whereOf(const GroupSelector &s)
{
    QStringList parts{QStringLiteral("g.status <> 'dissolved'")};
    if (s.isSingleGroup()) {
        parts << QStringLiteral("g.id = :group");
        return parts.join(QStringLiteral(" AND "));
    }
    if (s.tierId > 0)
        parts << QStringLiteral("g.tier_id = :tier");
    if (s.teamId > 0)
        parts << QStringLiteral("g.team_id = :team");
    if (s.identity)
        parts << QStringLiteral("g.identity_segment = :identity");
    if (s.purpose)
        parts << QStringLiteral("g.purpose = :purpose");
    return parts.join(QStringLiteral(" AND "));
}

void bindSelector(Query &q, const GroupSelector &s)
{
    if (s.isSingleGroup()) {
        q.bind(QStringLiteral(":group"), s.groupId);
        return;
    }
    if (s.tierId > 0)
        q.bind(QStringLiteral(":tier"), s.tierId);
    if (s.teamId > 0)
        q.bind(QStringLiteral(":team"), s.teamId);
    if (s.identity)
        q.bind(QStringLiteral(":identity"), identitySegmentCode(*s.identity));
    if (s.purpose)
        q.bind(QStringLiteral(":purpose"), groupPurposeCode(*s.purpose));
}

} // namespace

DatabaseError GroupSelectorRepository::resolve(const GroupSelector &selector, QList<GroupChoice> *out)
{
    out->clear();
    Query q(m_db,
            QStringLiteral("SELECT g.id, g.name, g.purpose FROM chat_groups g WHERE ") + whereOf(selector)
                + QStringLiteral(" ORDER BY g.name, g.id"));
    bindSelector(q, selector);
    if (auto err = q.exec(tr("find the groups of a calendar target")))
        return err;
    while (q.next())
        out->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    if (selector.isSingleGroup() && out->isEmpty())
        return DatabaseError::make(K::NotFound,
                                   tr("Group #%1 does not exist or is dissolved.").arg(selector.groupId));
    return {};
}

DatabaseError GroupSelectorRepository::count(const GroupSelector &selector, int *out)
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM chat_groups g WHERE ") + whereOf(selector));
    bindSelector(q, selector);
    if (auto err = q.exec(tr("count the groups of a calendar target")))
        return err;
    *out = q.next() ? q.value(0).toInt() : 0;
    return {};
}

DatabaseError GroupSelectorRepository::label(const GroupSelector &selector, QString *out)
{
    auto nameOf = [this](const QString &table, qint64 id, QString *name) -> DatabaseError {
        name->clear();
        if (id <= 0)
            return {};
        Query q(m_db, QStringLiteral("SELECT name FROM ") + table + QStringLiteral(" WHERE id = :id"));
        q.bind(QStringLiteral(":id"), id);
        if (auto err = q.exec(tr("name a calendar target")))
            return err;
        if (q.next())
            *name = q.value(0).toString();
        return {};
    };
    QString group;
    QString tier;
    QString team;
    if (auto err = nameOf(QStringLiteral("chat_groups"), selector.isSingleGroup() ? selector.groupId : 0, &group))
        return err;
    if (!selector.isSingleGroup()) {
        if (auto err = nameOf(QStringLiteral("tiers"), selector.tierId, &tier))
            return err;
        if (auto err = nameOf(QStringLiteral("teams"), selector.teamId, &team))
            return err;
    }
    *out = selector.label(group, tier, team);
    return {};
}

DatabaseError GroupSelectorRepository::findGroup(const QString &idOrName, GroupChoice *out)
{
    const QString text = idOrName.trimmed();
    bool isId = false;
    const qint64 id = text.toLongLong(&isId);
    Query q(m_db, isId ? QStringLiteral("SELECT id, name, purpose FROM chat_groups WHERE id = :key")
                       : QStringLiteral("SELECT id, name, purpose FROM chat_groups "
                                        "WHERE name = :key AND status <> 'dissolved'"));
    q.bind(QStringLiteral(":key"), isId ? QVariant(id) : QVariant(text));
    if (auto err = q.exec(tr("find the group %1").arg(text)))
        return err;
    if (!q.next()) {
        return DatabaseError::make(K::NotFound, isId ? tr("Group #%1 does not exist.").arg(id)
                                                     : tr("No group is named “%1”.").arg(text));
    }
    *out = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return {};
}

} // namespace qundesk
