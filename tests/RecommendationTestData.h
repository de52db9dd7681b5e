#pragma once

// A tiny operation for the recommendation tests (repository and CLI): one tier, two teams, a
// zombie group with 10 members of whom 3 were active 20 days ago, a live group of the same tier,
// team and identity with 20 members writing every day, and a second zombie in the other team
// with no live group beside it.

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace qundesk::test {

struct RecommendationSeed
{
    QDate today{2026, 6, 30};
    qint64 tier = 0;
    qint64 teamA = 0;
    qint64 teamB = 0;
    qint64 master = 0;      // 总群 of the tier, 5 members
    qint64 zombie = 0;      // team A, 10 members, members 1..3 active 20 days ago
    qint64 live = 0;        // team A, 20 members, all active every day
    qint64 zombieB = 0;     // team B, 6 members, 2 active 25 days ago
    QList<qint64> zombieMembers;
    QList<qint64> activeZombieMembers;
    QList<qint64> liveMembers;
    QList<qint64> zombieBMembers;
};

inline qint64 execInsert(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("seed failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

inline RecommendationSeed seedRecommendations(const QSqlDatabase &db, int liveCapacity = 500)
{
    RecommendationSeed s;
    s.tier = execInsert(db, QStringLiteral("INSERT INTO tiers (name, rank) VALUES ('9800级', 1)"));
    s.teamA = execInsert(db, QStringLiteral("INSERT INTO teams (name) VALUES ('一队')"));
    s.teamB = execInsert(db, QStringLiteral("INSERT INTO teams (name) VALUES ('二队')"));
    const auto group = [&](const QString &name, int number, const QString &purpose, qint64 team, qint64 parent,
                           int capacity) {
        return execInsert(db, QStringLiteral("INSERT INTO chat_groups (name, number, purpose, tier_id, team_id, "
                                             "identity_segment, parent_id, capacity, created_on, filled_on) VALUES "
                                             "('%1', %2, '%3', %4, %5, 'store', %6, %7, '2026-01-01', '2026-01-10')")
                                  .arg(name, number > 0 ? QString::number(number) : QStringLiteral("NULL"), purpose)
                                  .arg(s.tier)
                                  .arg(team > 0 ? QString::number(team) : QStringLiteral("NULL"))
                                  .arg(parent > 0 ? QString::number(parent) : QStringLiteral("NULL"))
                                  .arg(capacity));
    };
    s.master = group(QStringLiteral("花漾9800级总群"), 0, QStringLiteral("master"), 0, 0, 500);
    s.zombie = group(QStringLiteral("花漾9800级1群"), 1, QStringLiteral("sub"), s.teamA, s.master, 500);
    s.live = group(QStringLiteral("花漾9800级2群"), 2, QStringLiteral("sub"), s.teamA, s.master, liveCapacity);
    s.zombieB = group(QStringLiteral("花漾9800级3群"), 3, QStringLiteral("sub"), s.teamB, s.master, 500);

    int next = 0;
    const auto member = [&](qint64 groupId) {
        ++next;
        const qint64 id = execInsert(db, QStringLiteral("INSERT INTO members (display_name, platform_id, identity) "
                                                        "VALUES ('成员%1', 'wx%1', 'store')").arg(next));
        execInsert(db, QStringLiteral("INSERT INTO memberships (member_id, group_id, joined_at) "
                                      "VALUES (%1, %2, '2026-01-05 09:00:00')").arg(id).arg(groupId));
        return id;
    };
    const auto message = [&](qint64 memberId, qint64 groupId, int daysAgo) {
        execInsert(db, QStringLiteral("INSERT INTO events (occurred_at, kind, member_id, group_id) "
                                      "VALUES ('%1 10:00:00', 'message', %2, %3)")
                           .arg(s.today.addDays(-daysAgo).toString(Qt::ISODate)).arg(memberId).arg(groupId));
    };
    QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    for (int i = 0; i < 5; ++i) {
        const qint64 id = member(s.master);
        for (int d = 0; d < 14; ++d)
            message(id, s.master, d);
    }
    for (int i = 0; i < 10; ++i) {
        const qint64 id = member(s.zombie);
        s.zombieMembers.append(id);
        if (i < 3) {
            s.activeZombieMembers.append(id);
            message(id, s.zombie, 20);
        }
    }
    for (int i = 0; i < 20; ++i) {
        const qint64 id = member(s.live);
        s.liveMembers.append(id);
        for (int d = 0; d < 14; ++d)
            message(id, s.live, d);
    }
    for (int i = 0; i < 6; ++i) {
        const qint64 id = member(s.zombieB);
        s.zombieBMembers.append(id);
        if (i < 2)
            message(id, s.zombieB, 25);
    }
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    return s;
}

} // namespace qundesk::test
