#pragma once

#include "storage/DatabaseError.h"
#include "storage/SopRepository.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace qundesk {

// SOP applications (a template stamped onto one group from a start date), newest first, with
// the number of entries each still has on the calendar. Applications are few per group; the
// list over all groups grows by one row per group and campaign, so it is loaded whole.
class SopApplicationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SopApplicationModel)

public:
    enum Column { Template, Group, Start, AppliedAt, Entries, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: QString, QDate, QDateTime, int
        ApplicationIdRole
    };

    explicit SopApplicationModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    // Only this template's applications (0: all; -1: none, when no template is shown). Call
    // reload() afterwards.
    void setTemplateFilter(qint64 templateId) { m_templateId = templateId; }
    // On failure the rows stay as they were.
    DatabaseError reload();

    const SopApplication &applicationAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    qint64 m_templateId = 0;
    QList<SopApplication> m_rows;
};

} // namespace qundesk
