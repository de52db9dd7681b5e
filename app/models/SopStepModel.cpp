#include "models/SopStepModel.h"

#include "storage/SopRepository.h"

namespace qundesk {

SopStepModel::SopStepModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SopStepModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
}

DatabaseError SopStepModel::setTemplateId(qint64 templateId)
{
    SopTemplate sop;
    if (templateId > 0) {
        if (auto err = SopRepository(m_db).templateWithSteps(templateId, &sop))
            return err;
    }
    setTemplate(sop);
    return {};
}

void SopStepModel::setTemplate(const SopTemplate &sop)
{
    beginResetModel();
    m_template = sop;
    endResetModel();
}

int SopStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_template.steps.size());
}

int SopStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SopStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SopStep &s = m_template.steps.at(index.row());
    if (role == StepIdRole)
        return s.id;
    if (role == Qt::ToolTipRole)
        return s.body.isEmpty() ? QVariant() : QVariant(s.body);
    if (role == SortRole) {
        switch (index.column()) {
        case Day:
            return s.dayOffset;
        case Slot:
            return s.slotTime;
        case Kind:
            return int(s.kind);
        case Title:
            return s.title;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Day:
        return sopStepDayLabel(m_template.kind, s.dayOffset);
    case Slot:
        return s.slotTime.toString(QStringLiteral("HH:mm"));
    case Kind:
        return contentKindLabel(s.kind);
    case Title:
        return s.title;
    }
    return {};
}

QVariant SopStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Day:
        return tr("Day");
    case Slot:
        return tr("Time");
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Step");
    }
    return {};
}

} // namespace qundesk
