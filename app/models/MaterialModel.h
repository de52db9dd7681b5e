#pragma once

#include "domain/Content.h"
#include "storage/DatabaseError.h"

#include <QAbstractListModel>
#include <QSqlDatabase>

namespace qundesk {

// The material library (素材库) as a list for a grid of thumbnails: metadata only (the bytes
// stay in the database), with the cached thumbnail PNG in ThumbnailPngRole. QtGui is not
// linked here, so the view decodes the PNG; see ui/calendar/MaterialPage.
class MaterialModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaterialModel)

public:
    enum Role {
        MaterialIdRole = Qt::UserRole + 1,
        ThumbnailPngRole, // QByteArray, empty when none is cached yet
        KindRole,         // int(MaterialKind)
        ApprovedRole,     // bool
        NeedsThumbnailRole, // bool: an image without a current cached thumbnail
        TextRole,           // QString: the text of a copy (文案), empty for other kinds
    };

    explicit MaterialModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    void setFilter(const MaterialFilter &filter) { m_filter = filter; }
    const MaterialFilter &filter() const { return m_filter; }
    // On failure the rows stay as they were.
    DatabaseError reload();

    const Material &materialAt(int row) const { return m_materials.at(row); }
    int rowOfMaterial(qint64 id) const;
    // Rows whose thumbnail the view should make (images and posters without a cached one).
    QList<int> rowsNeedingThumbnails() const;
    // After the view made and stored a thumbnail.
    void setThumbnail(int row, const QByteArray &png);

    static bool isPicture(const Material &m);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    MaterialFilter m_filter;
    QList<Material> m_materials;
};

} // namespace qundesk
