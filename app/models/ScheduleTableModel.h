#pragma once

#include "domain/Schedule.h"
#include "storage/DatabaseError.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>

namespace qundesk {

// The calendar's entries over a date range (a week is at most a few thousand rows, so the
// range is loaded whole through ScheduleRepository). Rows are swapped in only after the query
// succeeded; a reload that keeps the same entries emits dataChanged for the changed rows only.
class ScheduleTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleTableModel)

public:
    // ColumnName is the content column (栏目); an enumerator named Column would hide the enum.
    enum Column { Date, Slot, Group, Title, Kind, ColumnName, Status, DoneAt, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value per column: QDate, QTime, QString, int, QDateTime
        EntryIdRole, // qint64 schedule entry id
        KindColorRole, // "#rrggbb" of the entry's content kind, empty when unknown
        StatusCodeRole // "planned", "done", ...
    };

    explicit ScheduleTableModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    // Both days inclusive. Does not load; call reload().
    void setRange(const QDate &from, const QDate &to);
    void setFilter(const ScheduleFilter &filter);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    const ScheduleFilter &filter() const { return m_filter; }

    // Reads the range again; on failure the rows stay as they were.
    DatabaseError reload();

    const ScheduleRow &rowAt(int row) const { return m_rows.at(row); }
    qint64 entryId(int row) const;
    int rowOfEntry(qint64 entryId) const;
    int countWithStatus(ScheduleStatus status) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ScheduleRow &row, int column) const;
    QVariant sortValue(const ScheduleRow &row, int column) const;
    QVariant kindDecoration(const ScheduleRow &row) const;

    QSqlDatabase m_db;
    QDate m_from;
    QDate m_to;
    ScheduleFilter m_filter;
    QList<ScheduleRow> m_rows;
    mutable QHash<int, QVariant> m_colorCache;
};

} // namespace qundesk
