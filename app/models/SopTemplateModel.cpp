#include "models/SopTemplateModel.h"

#include "storage/SopRepository.h"

namespace qundesk {

SopTemplateModel::SopTemplateModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SopTemplateModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
}

DatabaseError SopTemplateModel::reload()
{
    QList<SopTemplate> templates;
    if (m_db.isValid() && m_db.isOpen()) {
        if (auto err = SopRepository(m_db).listTemplates(&templates))
            return err;
    }
    beginResetModel();
    m_templates = std::move(templates);
    endResetModel();
    return {};
}

int SopTemplateModel::rowOfTemplate(qint64 id) const
{
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        if (m_templates.at(i).id == id)
            return int(i);
    }
    return -1;
}

int SopTemplateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

int SopTemplateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SopTemplateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SopTemplate &t = m_templates.at(index.row());
    if (role == TemplateIdRole)
        return t.id;
    if (role == Qt::ToolTipRole)
        return t.description.isEmpty() ? QVariant() : QVariant(t.description);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool raw = role == SortRole;
    switch (index.column()) {
    case Name:
        return raw || !t.builtin ? t.name : tr("%1 (built-in)").arg(t.name);
    case Kind:
        return raw ? QVariant(int(t.kind)) : QVariant(sopKindLabel(t.kind));
    case Duration:
        return raw ? QVariant(t.durationDays) : QVariant(tr("%1 days").arg(t.durationDays));
    case StepCount:
        return int(t.steps.size());
    }
    return {};
}

QVariant SopTemplateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Template");
    case Kind:
        return tr("Kind");
    case Duration:
        return tr("Duration");
    case StepCount:
        return tr("Steps");
    }
    return {};
}

} // namespace qundesk
