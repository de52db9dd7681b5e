#pragma once

#include "storage/DatabaseError.h"
#include "storage/MemberRepository.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace qundesk {

// The members table, lazily: it holds only the keyset pages fetched so far (PageSize rows
// each), so a million members cost what the visible part costs. Sorting and filtering happen
// in SQL and reset the model; scrolling to the end fetches the next page.
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
    const MemberFilter &filter() const { return m_filter; }
    // Re-runs the current query from the first page (after changes made elsewhere).
    void reload();

    // Members matching the filter, whether fetched yet or not.
    qint64 totalCount() const { return m_total; }
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
    // After every re-query (filter, sort, reload, database): totalCount() is current.
    void reloaded();
    void errorOccurred(const QString &message);

private:
    QVariant displayValue(const MemberRow &row, int column) const;
    QVariant rawValue(const MemberRow &row, int column) const;
    void fail(const DatabaseError &error);

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
};

} // namespace qundesk
