#include "models/RecommendationModel.h"
#include "models/LatestRun.h"

#include "storage/Database.h"
#include "storage/RecommendationRepository.h"

#include <QPointer>

namespace qundesk {

namespace {

struct Listing
{
    DatabaseError error;
    QList<Recommendation> list;
};

// On the worker: its own connection, opened and closed on this thread.
Listing listOnWorker(const QString &path, const QDate &today)
{
    Listing out;
    Database db;
    if ((out.error = db.open(path, Database::Mode::NoMigrate)))
        return out;
    out.error = RecommendationRepository(db.connection()).list(today, &out.list);
    return out;
}

} // namespace

RecommendationModel::RecommendationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RecommendationModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
}

void RecommendationModel::reload()
{
    if (!m_db.isValid() || !m_db.isOpen()) {
        setRecommendations({});
        emit loaded(QString());
        return;
    }
    m_loading = true;
    runLatest<Listing>(
        this, &m_generation, [path = m_db.databaseName(), today = m_today] { return listOnWorker(path, today); },
        [this](Listing result) {
            m_loading = false;
            if (!result.error)
                setRecommendations(std::move(result.list));
            emit loaded(result.error.message);
        });
}

DatabaseError RecommendationModel::reloadNow()
{
    ++m_generation;
    m_loading = false;
    QList<Recommendation> list;
    if (m_db.isValid() && m_db.isOpen()) {
        if (auto err = RecommendationRepository(m_db).list(m_today, &list))
            return err;
    }
    setRecommendations(std::move(list));
    return {};
}

void RecommendationModel::setRecommendations(QList<Recommendation> list)
{
    beginResetModel();
    m_all = std::move(list);
    QSet<QString> ids;
    for (const Recommendation &r : std::as_const(m_all))
        ids.insert(r.id);
    m_checked.intersect(ids);
    rebuildRows();
    endResetModel();
    emit checkedChanged();
}

void RecommendationModel::rebuildRows()
{
    m_rows.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        if (!m_filter || m_all.at(i).action == *m_filter)
            m_rows.append(i);
    }
}

void RecommendationModel::setActionFilter(std::optional<RecommendationAction> action)
{
    if (action == m_filter)
        return;
    beginResetModel();
    m_filter = action;
    rebuildRows();
    endResetModel();
    emit checkedChanged();
}

int RecommendationModel::rowOfId(const QString &id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_all.at(m_rows.at(row)).id == id)
            return int(row);
    }
    return -1;
}

QList<Recommendation> RecommendationModel::checkedRecommendations() const
{
    QList<Recommendation> out;
    for (const qsizetype i : m_rows) {
        if (m_checked.contains(m_all.at(i).id))
            out.append(m_all.at(i));
    }
    return out;
}

void RecommendationModel::setAllChecked(bool checked)
{
    for (const qsizetype i : std::as_const(m_rows)) {
        const Recommendation &r = m_all.at(i);
        if (checked && !r.isAdvisory())
            m_checked.insert(r.id);
        else
            m_checked.remove(r.id);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Action), index(rowCount() - 1, Action), {Qt::CheckStateRole});
    emit checkedChanged();
}

int RecommendationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecommendationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecommendationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Recommendation &r = recommendationAt(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case ActionRole:
        return recommendationActionCode(r.action);
    case Qt::CheckStateRole:
        if (index.column() != Action || r.isAdvisory())
            return {};
        return m_checked.contains(r.id) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return r.isAdvisory() ? tr("%1\nAdvice only: QunDesk cannot carry this out for you.").arg(r.reason) : r.reason;
    case Qt::TextAlignmentRole:
        return index.column() == Members ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool raw = role == SortRole;
    switch (Column(index.column())) {
    case Action:
        return raw ? QVariant(int(r.action)) : QVariant(recommendationActionLabel(r.action));
    case Group:
        return r.groupName;
    case Target:
        if (r.createsGroup())
            return raw ? r.targetName : tr("New sub-group “%1”").arg(r.targetName);
        return r.targetGroupId > 0 ? r.targetName : (raw ? QString() : QStringLiteral("—"));
    case Members:
        return r.members;
    case Reason:
        return r.reason;
    case ColumnCount:
        break;
    }
    return {};
}

bool RecommendationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Action
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Recommendation &r = recommendationAt(index.row());
    if (r.isAdvisory())
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == m_checked.contains(r.id))
        return true;
    if (checked)
        m_checked.insert(r.id);
    else
        m_checked.remove(r.id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags RecommendationModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Action && !recommendationAt(index.row()).isAdvisory())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant RecommendationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Action:
        return tr("Action");
    case Group:
        return tr("Group");
    case Target:
        return tr("Target");
    case Members:
        return tr("Members");
    case Reason:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace qundesk
