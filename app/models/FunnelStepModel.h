#pragma once

#include "analytics/FunnelMath.h"
#include "domain/Funnel.h"
#include "storage/DatabaseError.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>

namespace qundesk {

// The steps of one funnel with their totals over a date range (all channels or one), and the
// rates derived from them. Rows are swapped in only after the query succeeded.
class FunnelStepModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelStepModel)

public:
    enum Column { Position, Name, Metric, Count, StepRate, OverallRate, DropOff, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,  // raw value: position, count, rate (-1 when undefined), drop-off
        StepIdRole,
        DataProblemRole,              // bool: the count rises along the funnel
        LargestDropOffRole            // bool: this step loses the largest share
    };

    explicit FunnelStepModel(QObject *parent = nullptr);

    // Changing any of these re-reads the totals (once a database and a funnel are set).
    void setDatabase(const QSqlDatabase &db);
    void setFunnel(qint64 funnelId);
    void setRange(const QDate &from, const QDate &to);
    void setChannel(qint64 channelId);   // 0 for all channels

    qint64 funnelId() const { return m_funnelId; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    qint64 channelId() const { return m_channelId; }

    // Re-reads the totals. On failure the previous rows stay and loadFailed() carries the message.
    DatabaseError reload();
    const DatabaseError &lastError() const { return m_lastError; }

    const funnel::FunnelFigures &figures() const { return m_figures; }
    FunnelStepTotal stepAt(int row) const;
    int largestDropOffRow() const { return m_figures.largestDropOff; }
    bool hasCounts() const;

    // Sentences for the screen and for reports, e.g.
    // "Largest drop-off: step 3 Add-friend landing page → step 4 Jump to WeChat, 62.4% lost".
    QString largestDropOffText() const;
    QString dataProblemText() const;     // empty when the figures look sound

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);

private:
    QVariant displayValue(int row, int column) const;
    QVariant sortValue(int row, int column) const;
    QString problemToolTip(int row) const;
    void setRows(const QList<FunnelStepTotal> &rows);

    QSqlDatabase m_db;
    qint64 m_funnelId = 0;
    QDate m_from;
    QDate m_to;
    qint64 m_channelId = 0;
    QList<FunnelStepTotal> m_rows;
    funnel::FunnelFigures m_figures;
    DatabaseError m_lastError;
};

} // namespace qundesk
