#pragma once

#include "models/MemberQuery.h"
#include "storage/DatabaseError.h"
#include "storage/MemberRepository.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace qundesk {

// The members table, lazily: it holds only the keyset pages fetched so far (PageSize rows
// each), so a million members cost what the visible part costs. Sorting and filtering happen
// in SQL and reset the model; scrolling to the end fetches the next page.
// With background queries on (the page's mode), a re-query runs on a MemberQuery worker: the
// old rows stay until the first page arrives, the count follows (capped first, then exact), and
// a newer filter or sort supersedes a query still running. Later pages are one indexed keyset
// step each and are read on the calling thread.
class MemberTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberTableModel)

public:
    enum Column {
        DisplayName,
        GroupNickname,
        PlatformId,
        Phone,
        Identity,
        Verification,
        Channel,
        Region,
        Tier,
        Points,
        Koc,
        FirstJoined,
        ColumnCount
    };

    enum Role {
        RawRole = Qt::UserRole + 1,     // unmasked phone / platform ID, codes, numbers, QDateTime
        SortRole,                       // the raw value (the model sorts in SQL, this is for delegates)
        MemberIdRole,
        BlacklistedRole,
        KocRole
    };

    static constexpr int PageSize = 200;

    explicit MemberTableModel(QObject *parent = nullptr);
    ~MemberTableModel() override;

    // An invalid database empties the model.
    void setDatabase(const QSqlDatabase &db);
    void setFilter(const MemberFilter &filter);
    // Re-queries on a worker thread from now on (file databases only; an in-memory one stays
    // synchronous).
    void setBackgroundQueries(bool on);
    bool backgroundQueries() const { return m_background; }
    // A background query has not delivered its first page yet.
    bool isLoading() const { return m_loading; }
    // Whether totalCount() is the exact figure (false: counting, or at least that many).
    bool isCountExact() const { return m_countExact; }
    // "Active within N days" counts back from this day (tests pin it).
    void setToday(const QDate &today);
    const MemberFilter &filter() const { return m_filter; }
    // Re-runs the current query from the first page (after changes made elsewhere).
    void reload();

    // Members matching the filter, whether fetched yet or not; -1 while a background count
    // has not arrived (see isCountExact()).
    qint64 totalCount() const { return m_total; }
    // Ids of the given rows (those fetched), e.g. of a selection.
    QList<qint64> memberIds(const QList<int> &rows) const;
    qint64 memberId(int row) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }
    const DatabaseError &lastError() const { return m_error; }

    static MemberSort sortFor(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // After every re-query (filter, sort, reload, database) once the first page is in; in the
    // background mode the count may still be on its way (countChanged follows).
    void reloaded();
    void countChanged();
    void loadingChanged(bool loading);
    void errorOccurred(const QString &message);

private:
    QVariant displayValue(const MemberRow &row, int column) const;
    QVariant rawValue(const MemberRow &row, int column) const;
    void fail(const DatabaseError &error);
    void resetRows(QList<MemberRow> rows, qint64 total, bool exact, const DatabaseError &err);
    void setLoading(bool loading);

    QSqlDatabase m_db;
    MemberFilter m_filter;
    MemberSort m_sort = MemberSort::Id;
    int m_sortColumn = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<MemberRow> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = true;
    bool m_busy = false;                // inside a reset or a fetch: fetchMore waits
    DatabaseError m_error;
    QDate m_today;
    bool m_background = false;
    bool m_loading = false;
    bool m_countExact = true;
    MemberQuery *m_query = nullptr;
    quint64 m_generation = 0;
};

} // namespace qundesk
