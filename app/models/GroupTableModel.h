#pragma once

#include "analytics/Lifecycle.h"
#include "storage/DatabaseError.h"
#include "storage/GroupRepository.h"
#include "storage/StageRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

namespace qundesk {

// The group list of the matrix screen. A brand runs at most some thousands of groups, so the
// model holds every summary the filter selects; counts come from SQL aggregates. The stage of a
// group is the recorded one (StageRepository::current), the same the matrix pivots by, so a
// clicked Stage cell lists exactly its groups; callers refresh the stages before reloading.
class GroupTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupTableModel)

public:
    enum Column { Name, Number, Purpose, Tier, Team, Operator, Members, Capacity, Fill, Status, Stage, CreatedOn,
                  FilledOn, ColumnCount };

    enum Role {
        SortRole = Qt::UserRole + 1,    // raw value per column: rank, count, ratio, date ...
        IdRole,                         // the group's id
        StatusRole,                     // int(GroupStatus)
        FillRatioRole,                  // members / capacity as a double
        NearlyFullRole,                 // true above NearlyFullRatio: the delegate highlights it
        StageRole,                      // int(LifecycleStage); invalid for groups without a current stage
        DimensionKeyRole = Qt::UserRole + 100 // + int(GroupDimension): groupDimensionKey() of the row;
                                              // for Stage the recorded stage's code, "" without one
    };

    static constexpr double NearlyFullRatio = 0.9;

    explicit GroupTableModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db) { m_db = db; }
    void setFilter(const GroupFilter &filter) { m_filter = filter; }
    const GroupFilter &filter() const { return m_filter; }

    // Empties the model, e.g. when no database is open.
    void clear();
    // Queries again; the rows change only when the query succeeded.
    bool reload();
    const DatabaseError &lastError() const { return m_lastError; }
    const GroupSummary &summary(int row) const { return m_rows.at(row); }
    // The recorded stage of a row's group, std::nullopt when it has none (archived, dissolved,
    // or stages never refreshed).
    std::optional<StageSpan> stage(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const GroupSummary &g, int column) const;
    QVariant sortValue(const GroupSummary &g, int column) const;

    QSqlDatabase m_db;
    GroupFilter m_filter;
    QList<GroupSummary> m_rows;
    QHash<qint64, StageSpan> m_stages;  // open spans by group id
    DatabaseError m_lastError;
};

// Fill ratio of a group: members over the cap.
double groupFillRatio(const GroupSummary &group);

} // namespace qundesk
