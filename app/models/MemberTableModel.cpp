#include "models/MemberTableModel.h"

#include "domain/Masking.h"

#include <QScopedValueRollback>

namespace qundesk {

MemberTableModel::MemberTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

MemberTableModel::~MemberTableModel() = default;

void MemberTableModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    reload();
}

void MemberTableModel::setFilter(const MemberFilter &filter)
{
    m_filter = filter;
    reload();
}

MemberSort MemberTableModel::sortFor(int column)
{
    switch (column) {
    case DisplayName: return MemberSort::DisplayName;
    case GroupNickname: return MemberSort::GroupNickname;
    case PlatformId: return MemberSort::PlatformId;
    case Phone: return MemberSort::Phone;
    case Identity: return MemberSort::Identity;
    case Verification: return MemberSort::Verification;
    case Channel: return MemberSort::Channel;
    case Region: return MemberSort::Region;
    case Tier: return MemberSort::Tier;
    case Points: return MemberSort::Points;
    case Koc: return MemberSort::Koc;
    case FirstJoined: return MemberSort::FirstJoined;
    default: return MemberSort::Id;
    }
}

void MemberTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < ColumnCount ? column : -1;
    m_sort = sortFor(m_sortColumn);
    m_order = order;
    reload();
}

void MemberTableModel::setBackgroundQueries(bool on)
{
    if (on == m_background)
        return;
    m_background = on;
    if (on && !m_query) {
        m_query = new MemberQuery(this);
        m_query->setToday(m_today);
        connect(m_query, &MemberQuery::pageReady, this, [this](quint64 generation, const QList<MemberRow> &rows) {
            if (generation != m_generation)
                return;
            setLoading(false);
            // A page of fewer than PageSize rows is everything: its size is the count.
            const bool complete = rows.size() < PageSize;
            resetRows(rows, complete ? rows.size() : -1, complete, {});
        });
        connect(m_query, &MemberQuery::countReady, this, [this](quint64 generation, qint64 count, bool exact) {
            if (generation != m_generation)
                return;
            m_total = count;
            m_countExact = exact;
            emit countChanged();
        });
        connect(m_query, &MemberQuery::failed, this, [this](quint64 generation, const QString &message) {
            if (generation != m_generation)
                return;
            const bool noPage = m_loading;
            setLoading(false);
            const DatabaseError err = DatabaseError::make(DatabaseError::Kind::Query, message);
            if (noPage)
                resetRows({}, 0, true, err);
            else
                fail(err);
        });
    }
    if (!on && m_query)
        m_query->cancel();
}

void MemberTableModel::setToday(const QDate &today)
{
    m_today = today;
    if (m_query)
        m_query->setToday(today);
}

void MemberTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void MemberTableModel::reload()
{
    const bool open = m_db.isValid() && m_db.isOpen();
    const QString path = open ? m_db.databaseName() : QString();
    if (m_background && open && !path.isEmpty() && path != QLatin1StringView(":memory:")) {
        m_query->setDatabasePath(path);
        m_generation = m_query->start(m_filter, m_sort, m_order, PageSize);
        setLoading(true);
        return;
    }
    if (m_query)
        m_query->cancel();
    setLoading(false);
    // Query first and swap the rows in only when both statements succeeded.
    QList<MemberRow> rows;
    qint64 total = 0;
    DatabaseError err;
    if (open) {
        MemberRepository repo(m_db);
        if (m_today.isValid())
            repo.setToday(m_today);
        err = repo.count(m_filter, &total);
        if (!err)
            err = repo.page(m_filter, m_sort, m_order, std::nullopt, PageSize, &rows);
    }
    resetRows(std::move(rows), total, true, err);
}

void MemberTableModel::resetRows(QList<MemberRow> rows, qint64 total, bool exact, const DatabaseError &err)
{
    // Listeners of modelReset (views, the model tester) may call fetchMore while others have
    // not seen the reset yet; rows inserted then would arrive out of order, so wait.
    const QScopedValueRollback guard(m_busy, true);
    beginResetModel();
    if (err) {
        m_rows.clear();
        m_total = 0;
        m_countExact = true;
        m_atEnd = true;
    } else {
        m_rows = std::move(rows);
        m_total = total;
        m_countExact = exact;
        m_atEnd = m_rows.size() < PageSize;
    }
    m_error = err;
    endResetModel();
    if (err)
        fail(err);
    emit reloaded();
    emit countChanged();
}

void MemberTableModel::fail(const DatabaseError &error)
{
    m_error = error;
    emit errorOccurred(error.message);
}

bool MemberTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void MemberTableModel::fetchMore(const QModelIndex &parent)
{
    // Also refuses re-entry from a rowsAboutToBeInserted/rowsInserted handler: the cursor
    // would still be the previous page's.
    if (!canFetchMore(parent) || m_busy || m_loading)
        return;
    const QScopedValueRollback guard(m_busy, true);
    QList<MemberRow> rows;
    const std::optional<MemberCursor> after = m_rows.isEmpty() ? std::nullopt
                                                                : std::optional(MemberCursor::after(m_rows.last()));
    MemberRepository repo(m_db);
    if (m_today.isValid())
        repo.setToday(m_today);
    if (auto err = repo.page(m_filter, m_sort, m_order, after, PageSize, &rows)) {
        m_atEnd = true; // stop the view from retrying on every scroll
        fail(err);
        return;
    }
    m_atEnd = rows.size() < PageSize;
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
}

qint64 MemberTableModel::memberId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

QList<qint64> MemberTableModel::memberIds(const QList<int> &rows) const
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const int row : rows) {
        if (row >= 0 && row < m_rows.size())
            ids.append(m_rows.at(row).id);
    }
    return ids;
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::rawValue(const MemberRow &r, int column) const
{
    switch (column) {
    case DisplayName: return r.displayName;
    case GroupNickname: return r.groupNickname;
    case PlatformId: return r.platformId;
    case Phone: return r.phone;
    case Identity: return identityCode(r.identity);
    case Verification: return verificationCode(r.verification);
    case Channel: return r.channelName;
    case Region: return r.regionName;
    case Tier: return r.tierName;
    case Points: return r.points;
    case Koc: return r.koc;
    case FirstJoined: return r.firstJoinedAt;
    default: return {};
    }
}

QVariant MemberTableModel::displayValue(const MemberRow &r, int column) const
{
    switch (column) {
    case PlatformId: return maskPlatformId(r.platformId);
    case Phone: return maskPhone(r.phone);
    case Identity: return identityLabel(r.identity);
    case Verification: return verificationLabel(r.verification);
    case Koc: return r.koc ? tr("KOC") : QString();
    case FirstJoined: return r.firstJoinedAt.isValid() ? r.firstJoinedAt.date().toString(Qt::ISODate) : QString();
    default: return rawValue(r, column);
    }
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemberRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DisplayName && r.blacklisted)
            return tr("Blacklisted");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Points)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawRole:
    case SortRole:
        return rawValue(r, index.column());
    case MemberIdRole:
        return r.id;
    case BlacklistedRole:
        return r.blacklisted;
    case KocRole:
        return r.koc;
    default:
        return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DisplayName: return tr("Name");
    case GroupNickname: return tr("Group nickname");
    case PlatformId: return tr("Platform ID");
    case Phone: return tr("Phone");
    case Identity: return tr("Identity");
    case Verification: return tr("Verification");
    case Channel: return tr("Channel");
    case Region: return tr("Region");
    case Tier: return tr("Tier");
    case Points: return tr("Points");
    case Koc: return tr("KOC");
    case FirstJoined: return tr("First joined");
    default: return {};
    }
}

} // namespace qundesk
