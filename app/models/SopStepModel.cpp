#include "models/SopStepModel.h"

#include "storage/SopRepository.h"

#include <algorithm>

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

SopTemplate SopStepModel::draft() const
{
    SopTemplate sop = m_template;
    for (qsizetype i = 0; i < sop.steps.size(); ++i)
        sop.steps[i].position = int(i + 1);
    return sop;
}

void SopStepModel::setTemplateFields(const SopTemplate &fields)
{
    const bool kindChanged = fields.kind != m_template.kind;
    m_template.name = fields.name;
    m_template.description = fields.description;
    m_template.kind = fields.kind;
    m_template.durationDays = fields.durationDays;
    if (kindChanged && !m_template.steps.isEmpty())
        emit dataChanged(index(0, Day), index(int(m_template.steps.size()) - 1, Day));
}

void SopStepModel::setStep(int row, const SopStep &step)
{
    if (row < 0 || row >= m_template.steps.size())
        return;
    SopStep &target = m_template.steps[row];
    const qint64 id = target.id;
    target = step;
    target.id = id; // the row keeps its stored step, so stamped entries keep pointing at it
    target.templateId = m_template.id;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int SopStepModel::insertStep(int row, const SopStep &step)
{
    row = std::clamp(row, 0, int(m_template.steps.size()));
    beginInsertRows({}, row, row);
    SopStep copy = step;
    copy.id = 0;
    copy.templateId = m_template.id;
    m_template.steps.insert(row, copy);
    endInsertRows();
    return row;
}

void SopStepModel::removeStep(int row)
{
    if (row < 0 || row >= m_template.steps.size())
        return;
    beginRemoveRows({}, row, row);
    m_template.steps.removeAt(row);
    endRemoveRows();
}

void SopStepModel::moveStep(int from, int to)
{
    const int n = int(m_template.steps.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    // beginMoveRows counts the destination before the move: moving down one row means "before row + 2".
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return;
    m_template.steps.move(from, to);
    endMoveRows();
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
