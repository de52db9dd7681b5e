#include "models/OnboardingStepModel.h"

#include "storage/OnboardingRepository.h"

#include <algorithm>

namespace qundesk {

namespace {

// A table cell shows one line; the full text is in the tooltip and the detail pane.
QString oneLine(const QString &text)
{
    return text.simplified();
}

} // namespace

OnboardingStepModel::OnboardingStepModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OnboardingStepModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    reload();
}

void OnboardingStepModel::setFlow(qint64 flowId)
{
    m_requestedFlowId = flowId;
    reload();
}

DatabaseError OnboardingStepModel::reload()
{
    OnboardingFlow loaded;
    if (m_db.isValid() && m_db.isOpen() && m_requestedFlowId > 0) {
        OnboardingRepository repo(m_db);
        if (auto err = repo.flow(m_requestedFlowId, &loaded)) {
            m_lastError = err;
            emit loadFailed(err.message);
            return err;
        }
    }
    m_lastError = {};
    beginResetModel();
    m_flow = loaded;
    endResetModel();
    return {};
}

OnboardingStep OnboardingStepModel::stepAt(int row) const
{
    return row >= 0 && row < m_flow.steps.size() ? m_flow.steps.at(row) : OnboardingStep();
}

int OnboardingStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_flow.steps.size());
}

int OnboardingStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OnboardingStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OnboardingStep &s = m_flow.steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Position:
            return s.position;
        case Kind:
            return onboarding::stepKindLabel(s.kind);
        case Title:
            return s.title;
        case StaffScript:
            return oneLine(s.staffScript);
        case MemberAction:
            return oneLine(s.memberAction);
        case Timing:
            if (s.timingMinutes)
                return onboarding::timingText(s.timingMinutes);
            // The identity check is what admits the member, so it naturally comes first.
            return s.kind == OnboardingStepKind::IdentityCheck ? tr("Before joining") : QStringLiteral("—");
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Position:
            return s.position;
        case Kind:
            return int(s.kind);
        case Title:
            return s.title;
        case StaffScript:
            return s.staffScript;
        case MemberAction:
            return s.memberAction;
        case Timing:
            return s.timingMinutes.value_or(-1);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StaffScript && !s.staffScript.isEmpty())
            return s.staffScript;
        if (index.column() == MemberAction && !s.memberAction.isEmpty())
            return s.memberAction;
        if (index.column() == Timing && !s.timingMinutes)
            return tr("Not tied to a time after joining");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Position ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                          : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    case StepIdRole:
        return s.id;
    case KindCodeRole:
        return onboarding::stepKindCode(s.kind);
    default:
        return {};
    }
}

QVariant OnboardingStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Position:
        return tr("Step");
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Title");
    case StaffScript:
        return tr("Staff script");
    case MemberAction:
        return tr("Member action");
    case Timing:
        return tr("Timing");
    default:
        return {};
    }
}

bool OnboardingStepModel::moveStep(int row, int newRow)
{
    if (row == newRow)
        return row >= 0 && row < rowCount();
    // moveRows() names the row the moved one lands before; moving down means "before newRow + 1".
    return moveRows(QModelIndex(), row, 1, QModelIndex(), newRow > row ? newRow + 1 : newRow);
}

bool OnboardingStepModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                   const QModelIndex &destinationParent, int destinationChild)
{
    const int rows = rowCount();
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 || sourceRow >= rows
        || destinationChild < 0 || destinationChild > rows)
        return false;
    if (destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false; // a move onto itself; beginMoveRows() refuses these too
    const int newRow = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;

    OnboardingRepository repo(m_db);
    if (auto err = repo.moveStep(m_flow.id, m_flow.steps.at(sourceRow).id, newRow + 1)) {
        m_lastError = err;
        emit loadFailed(err.message);
        return false;
    }
    m_lastError = {};
    if (!beginMoveRows(QModelIndex(), sourceRow, sourceRow, QModelIndex(), destinationChild))
        return false;
    m_flow.steps.move(sourceRow, newRow);
    for (qsizetype i = 0; i < m_flow.steps.size(); ++i)
        m_flow.steps[i].position = int(i + 1);
    endMoveRows();
    const int first = std::min(sourceRow, newRow);
    const int last = std::max(sourceRow, newRow);
    emit dataChanged(index(first, Position), index(last, Position), {Qt::DisplayRole, SortRole});
    return true;
}

} // namespace qundesk
