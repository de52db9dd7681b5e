#pragma once

#include "domain/Sop.h"
#include "storage/DatabaseError.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace qundesk {

// The SOP templates, each with its steps (there are tens of them, loaded whole).
class SopTemplateModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SopTemplateModel)

public:
    enum Column { Name, Kind, Duration, StepCount, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: QString, int
        TemplateIdRole
    };

    explicit SopTemplateModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    // On failure the rows stay as they were.
    DatabaseError reload();

    const SopTemplate &templateAt(int row) const { return m_templates.at(row); }
    int rowOfTemplate(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QList<SopTemplate> m_templates;
};

} // namespace qundesk
