#pragma once

#include "domain/Member.h"
#include "storage/DatabaseError.h"
#include "storage/MemberProfileRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

namespace qundesk::ui {

// A member's points ledger, newest first, fetched a page at a time as the view scrolls (keyset
// on the entry: a member who checks in daily for years has thousands of entries).
class MemberLedgerModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberLedgerModel)

public:
    enum Column { Time, Delta, Reason, Note, Operator, ColumnCount };
    static constexpr int PageSize = 100;

    explicit MemberLedgerModel(QObject *parent = nullptr);

    DatabaseError load(const QSqlDatabase &db, qint64 memberId, const QHash<qint64, QString> &operatorNames);
    const PointsEntry &entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void errorOccurred(const QString &message);

private:
    QSqlDatabase m_db;
    qint64 m_memberId = 0;
    QHash<qint64, QString> m_operators;
    QList<PointsEntry> m_rows;
    bool m_atEnd = true;
    bool m_busy = false;
};

// A member's activity timeline, newest first, in keyset pages (MemberProfileRepository::timeline).
class MemberTimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberTimelineModel)

public:
    enum Column { Time, Kind, Group, Detail, ColumnCount };
    static constexpr int PageSize = 100;

    explicit MemberTimelineModel(QObject *parent = nullptr);

    DatabaseError load(const QSqlDatabase &db, qint64 memberId);
    const TimelineEntry &entry(int row) const { return m_rows.at(row); }
    // What the kind column says: the event's kind, or 入群 / 退群 with the reason in words.
    static QString kindText(const TimelineEntry &e);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void errorOccurred(const QString &message);

private:
    QSqlDatabase m_db;
    qint64 m_memberId = 0;
    QList<TimelineEntry> m_rows;
    bool m_atEnd = true;
    bool m_busy = false;
};

// Money in fen as the views show it: 99.00.
QString formatFen(qint64 fen);

} // namespace qundesk::ui
