#pragma once

#include "analytics/CalendarConflicts.h"
#include "storage/SopRepository.h"

#include <QHash>

#include <QAbstractTableModel>

namespace qundesk::ui {

// The entries an SOP application would create: for every group of the plan, each occurrence as
// a row (group, date, time, kind, title), and first one greyed row per skipped group saying why. Rows
// are computed from the plan on demand, so 1,000 groups × a 30-day plan is not 30,000 items.
class SopApplyPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SopApplyPreviewModel)

public:
    enum Column { Group, Date, Time, Kind, Title, Status, ColumnCount };
    enum Role {
        SkippedRole = Qt::UserRole + 1,
        GroupIdRole,
        ConflictRole // QStringList: the reasons of the conflicts the row's entry would be part of
    };

    explicit SopApplyPreviewModel(QObject *parent = nullptr);

    void setPlan(const SopApplyPlan &plan);
    void clear();
    const SopApplyPlan &plan() const { return m_plan; }

    int skippedCount() const { return m_skipped; }
    // Marks the rows of the plan's proposed entries (SopApplyPlan::proposedEntries) the conflicts
    // involve: skipped groups come first, so proposed entry -(k + 1) is row skippedCount() + k.
    void setConflicts(const QList<CalendarConflict> &conflicts);
    int conflictCount() const { return m_conflictCount; }
    int rowsWithConflicts() const { return int(m_conflicts.size()); }

    // Why the target is skipped, translated; empty when it is not.
    static QString skipReason(const SopApplyTarget &target);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // The target and occurrence (-1 for a skipped target's single row) shown at row.
    std::pair<qsizetype, qsizetype> locate(int row) const;

    SopApplyPlan m_plan;
    QList<int> m_firstRow; // per target: its first row; rows run to the next target's first row
    int m_rows = 0;
    int m_skipped = 0;
    QHash<int, QStringList> m_conflicts; // row -> reasons
    int m_conflictCount = 0;
};

} // namespace qundesk::ui
