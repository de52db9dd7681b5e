#pragma once

#include "domain/Group.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace qundesk {

// Which groups listSummaries returns. Unset fields do not filter; an id of 0 selects the
// groups without that dimension (tier_id IS NULL, ...).
struct GroupFilter
{
    QList<GroupStatus> statuses;        // empty: every status
    std::optional<qint64> tierId;
    std::optional<qint64> teamId;
    std::optional<qint64> operatorId;
    QString text;                       // part of the group's name
};

// A group with the names of what it points to and its counts, for lists and the matrix.
struct GroupSummary : Group
{
    QString tierName;
    int tierRank = 0;                   // 0 when the group has no tier
    QString teamName;
    QString operatorName;
    QString parentName;
    int memberCount = 0;                // open memberships
    int kocCount = 0;                   // open memberships of members marked KOC
};

// Group and member counts over two dimensions, plus one measure: the matrix at a glance.
struct GroupGrid
{
    struct Item
    {
        QString key;                    // see groupDimensionKey(); empty: the unassigned bucket
        QString label;
    };
    struct Cell
    {
        int groups = 0;
        qint64 members = 0;             // open memberships: a person in two groups counts twice
        // What adds up across groups: the measure's count (active members for the active rate,
        // messages over 7 days, GMV in fen ...). Totals sum it and derive value from the sums.
        qint64 amount = 0;
        double value = 0;               // the measure; see pivotValue()
    };

    GroupDimension rowDimension = GroupDimension::Tier;
    GroupDimension columnDimension = GroupDimension::Team;
    QList<Item> rows;
    QList<Item> columns;
    QList<Cell> cells;                  // rows.size() × columns.size(), row by row
    PivotMeasure measure = PivotMeasure::Groups;

    const Cell &cell(int row, int column) const { return cells.at(row * columns.size() + column); }
    Cell rowTotal(int row) const;
    Cell columnTotal(int column) const;
    Cell total() const;
};

// The measure of a cell from its additive parts: a ratio of sums for the active rate (never an
// average of the groups' rates), messages / 7 per day, fen / 100 for GMV, the amount otherwise.
double pivotValue(PivotMeasure measure, const GroupGrid::Cell &cell);

// chat_groups and its audit trail. Every change is one transaction with its audit entry, so
// these methods must not be called inside a caller's open transaction.
class GroupRepository final
{
    Q_DECLARE_TR_FUNCTIONS(GroupRepository)

public:
    explicit GroupRepository(const QSqlDatabase &db) : m_db(db) {}

    DatabaseError create(const Group &group, qint64 *id);
    DatabaseError get(qint64 id, Group *out);
    // Saves everything but the status, which changes only through archive/restore/dissolve.
    DatabaseError update(const Group &group);
    DatabaseError archive(qint64 id);
    // Brings an archived group back into operation; a dissolved group stays dissolved.
    DatabaseError restore(qint64 id);
    // Marks the group dissolved and closes every open membership with reason 'dissolved',
    // all or nothing. An invalid `at` means now.
    DatabaseError dissolve(qint64 id, const QDateTime &at = {}, int *closedMemberships = nullptr);

    // Ordered by tier rank, team, name; groups without a tier or team come last.
    DatabaseError listSummaries(const GroupFilter &filter, QList<GroupSummary> *out);

    // Every item of both dimensions (so empty cells show), plus an unassigned bucket when some
    // group has no value there. `statuses` empty counts every status. The Stage dimension reads
    // the recorded stages (StageRepository::refresh first for fresh ones): the four stages in
    // lifecycle order keyed by code; groups without a current stage land in the unassigned bucket.
    DatabaseError countByDimensions(GroupDimension rowDimension, GroupDimension columnDimension, GroupGrid *out,
                                    const QList<GroupStatus> &statuses = {GroupStatus::Active,
                                                                          GroupStatus::Archived});
    // The same grid with `measure` in every cell; event windows end with the day `today`.
    // Each group's figure is one index range of events_group_time, so no event is loaded.
    DatabaseError pivot(GroupDimension rowDimension, GroupDimension columnDimension, PivotMeasure measure,
                        const QDate &today, GroupGrid *out,
                        const QList<GroupStatus> &statuses = {GroupStatus::Active, GroupStatus::Archived});

    // The same figure for tier × team as SQL a person would type into the sqlite3 shell: one
    // GROUP BY over the raw rows, without axis items, unassigned buckets, totals or rollups. The
    // baseline that `qundesk-cli bench` times pivot() against.
    static QString plainPivotSql(PivotMeasure measure, const QDate &today);

private:
    DatabaseError changeStatus(qint64 id, GroupStatus from, GroupStatus to, const QString &action);
    DatabaseError explainWriteError(const Group &group, DatabaseError err);
    DatabaseError checkParent(const Group &group);
    DatabaseError axisItems(GroupDimension dimension, QList<GroupGrid::Item> *out);

    QSqlDatabase m_db;
};

} // namespace qundesk
