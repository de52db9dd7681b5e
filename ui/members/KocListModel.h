#pragma once

#include "storage/KocRepository.h"

#include <QAbstractTableModel>

namespace qundesk::ui {

// One of the KocDialog's lists (candidates or unflag suggestions) as a table. The rows are
// swapped in whole after the worker has listed them; the breakdown is each row's tooltip.
class KocListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KocListModel)

public:
    enum Column { Member, Score, Threshold, PercentileOverall, Group, PercentileGroup, BelowSince, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,    // raw value: QString, double, qint64, QDate
        MemberIdRole
    };

    explicit KocListModel(QObject *parent = nullptr);

    void setEntries(const QList<KocListEntry> &entries);
    const QList<KocListEntry> &entries() const { return m_entries; }
    const KocListEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Messages 30 → 20.0 → 3.0 points" per line, for tooltips and the breakdown view.
    static QString breakdownText(const KocBreakdown &breakdown);
    // 0.953 → "95.3"
    static QString percentileText(double fraction);

private:
    QList<KocListEntry> m_entries;
};

} // namespace qundesk::ui
