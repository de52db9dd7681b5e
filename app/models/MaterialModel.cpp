#include "models/MaterialModel.h"

#include "storage/ContentRepository.h"

#include <QLocale>

namespace qundesk {

MaterialModel::MaterialModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void MaterialModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
}

DatabaseError MaterialModel::reload()
{
    QList<Material> materials;
    if (m_db.isValid() && m_db.isOpen()) {
        if (auto err = ContentRepository(m_db).listMaterials(m_filter, &materials))
            return err;
    }
    beginResetModel();
    m_materials = std::move(materials);
    endResetModel();
    return {};
}

int MaterialModel::rowOfMaterial(qint64 id) const
{
    for (qsizetype i = 0; i < m_materials.size(); ++i) {
        if (m_materials.at(i).id == id)
            return int(i);
    }
    return -1;
}

bool MaterialModel::isPicture(const Material &m)
{
    if (m.kind != MaterialKind::Image && m.kind != MaterialKind::Poster)
        return false;
    return m.mimeType.isEmpty() || m.mimeType.startsWith(QLatin1StringView("image/"));
}

QList<int> MaterialModel::rowsNeedingThumbnails() const
{
    QList<int> rows;
    for (qsizetype i = 0; i < m_materials.size(); ++i) {
        const Material &m = m_materials.at(i);
        if (isPicture(m) && m.thumbnailPng.isEmpty())
            rows.append(int(i));
    }
    return rows;
}

void MaterialModel::setThumbnail(int row, const QByteArray &png)
{
    if (row < 0 || row >= m_materials.size())
        return;
    m_materials[row].thumbnailPng = png;
    const QModelIndex i = index(row);
    emit dataChanged(i, i, { ThumbnailPngRole, NeedsThumbnailRole, Qt::DecorationRole });
}

int MaterialModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_materials.size());
}

QVariant MaterialModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Material &m = m_materials.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m.title;
    case Qt::ToolTipRole: {
        QStringList lines { m.title, materialKindLabel(m.kind) };
        if (!m.authorName.isEmpty())
            lines.append(tr("Author: %1").arg(m.authorName));
        lines.append(m.approved ? tr("Approved") : tr("Not approved"));
        if (m.rewardPoints > 0)
            lines.append(tr("Author rewarded with %1 points").arg(m.rewardPoints));
        if (m.kind == MaterialKind::Copy)
            lines.append(m.body.left(200));
        return lines.join(QLatin1Char('\n'));
    }
    case MaterialIdRole:
        return m.id;
    case ThumbnailPngRole:
        return m.thumbnailPng;
    case KindRole:
        return int(m.kind);
    case ApprovedRole:
        return m.approved;
    case NeedsThumbnailRole:
        return isPicture(m) && m.thumbnailPng.isEmpty();
    case TextRole:
        return m.kind == MaterialKind::Copy ? m.body : QString();
    }
    return {};
}

} // namespace qundesk
