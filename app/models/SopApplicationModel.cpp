#include "models/SopApplicationModel.h"

namespace qundesk {

SopApplicationModel::SopApplicationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SopApplicationModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
}

DatabaseError SopApplicationModel::reload()
{
    QList<SopApplication> all;
    if (m_db.isValid() && m_db.isOpen()) {
        if (auto err = SopRepository(m_db).listApplications(0, &all))
            return err;
    }
    if (m_templateId != 0)
        all.removeIf([this](const SopApplication &a) { return a.templateId != m_templateId; });
    beginResetModel();
    m_rows = std::move(all);
    endResetModel();
    return {};
}

int SopApplicationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SopApplicationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SopApplicationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SopApplication &a = m_rows.at(index.row());
    if (role == ApplicationIdRole)
        return a.id;
    if (role == Qt::TextAlignmentRole && index.column() == Entries)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool raw = role == SortRole;
    switch (index.column()) {
    case Template:
        return a.templateName;
    case Group:
        return a.groupName;
    case Start:
        return raw ? QVariant(a.startDate) : QVariant(a.startDate.toString(QStringLiteral("yyyy-MM-dd")));
    case AppliedAt:
        return raw ? QVariant(a.appliedAt) : QVariant(a.appliedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    case Entries:
        return a.entryCount;
    }
    return {};
}

QVariant SopApplicationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Template:
        return tr("Template");
    case Group:
        return tr("Group");
    case Start:
        return tr("Start");
    case AppliedAt:
        return tr("Applied");
    case Entries:
        return tr("Entries");
    }
    return {};
}

} // namespace qundesk
