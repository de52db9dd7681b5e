#pragma once

#include "domain/Sop.h"
#include "storage/DatabaseError.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace qundesk {

// The steps of one SOP template, in position order. The SOP editor edits a draft through
// setStep/insertStep/removeStep/moveStep and saves draft() with SopRepository::saveTemplate.
class SopStepModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SopStepModel)

public:
    enum Column { Day, Slot, Kind, Title, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: int day offset, QTime, int kind, QString
        StepIdRole
    };

    explicit SopStepModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    // Loads the template's steps; 0 empties the model. On failure the rows stay as they were.
    DatabaseError setTemplateId(qint64 templateId);
    // Shows steps already at hand (e.g. from SopTemplateModel) without a query.
    void setTemplate(const SopTemplate &sop);
    qint64 templateId() const { return m_template.id; }
    const SopStep &stepAt(int row) const { return m_template.steps.at(row); }

    // The template as edited; positions follow the rows.
    SopTemplate draft() const;
    // Header fields (name, kind, duration, description) of the draft; the day column follows kind.
    void setTemplateFields(const SopTemplate &fields);
    void setStep(int row, const SopStep &step);
    // Inserts at row (clamped to 0..rowCount()); returns the row.
    int insertStep(int row, const SopStep &step);
    void removeStep(int row);
    // Moves the step at from to the row to (both valid rows).
    void moveStep(int from, int to);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    SopTemplate m_template;
};

} // namespace qundesk
