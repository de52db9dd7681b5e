#pragma once

#include "domain/Onboarding.h"
#include "storage/DatabaseError.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace qundesk {

// The steps of one onboarding flow in order. Reordering goes through moveRows(), which asks
// the repository to move the step and only then moves the row.
class OnboardingStepModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnboardingStepModel)

public:
    enum Column { Position, Kind, Title, StaffScript, MemberAction, Timing, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,  // raw value: position, kind, text, minutes (-1 when not timed)
        StepIdRole,
        KindCodeRole
    };

    explicit OnboardingStepModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);   // re-reads
    void setFlow(qint64 flowId);                // re-reads; 0 shows nothing
    qint64 flowId() const { return m_flow.id; }
    // The loaded flow, its steps in the model's order.
    const OnboardingFlow &flow() const { return m_flow; }
    OnboardingStep stepAt(int row) const;

    // Re-reads the flow. On failure the previous rows stay and loadFailed() carries the message.
    DatabaseError reload();
    const DatabaseError &lastError() const { return m_lastError; }

    // Moves the step at row to newRow (both 0-based), persisted; false with lastError() on failure.
    bool moveStep(int row, int newRow);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // One row at a time, within the flow (the parents must be invalid).
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

signals:
    void loadFailed(const QString &message);

private:
    QSqlDatabase m_db;
    qint64 m_requestedFlowId = 0;
    OnboardingFlow m_flow;
    DatabaseError m_lastError;
};

} // namespace qundesk
