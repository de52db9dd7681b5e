#include "calendar/SopApplyPreviewModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace qundesk::ui {

SopApplyPreviewModel::SopApplyPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SopApplyPreviewModel::setPlan(const SopApplyPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    // Skipped groups first, so "already applied" is seen before the long list of new entries.
    std::stable_partition(m_plan.targets.begin(), m_plan.targets.end(),
        [](const SopApplyTarget &t) { return t.skipped(); });
    m_firstRow.clear();
    m_rows = 0;
    m_conflicts.clear();
    m_conflictCount = 0;
    m_skipped = int(std::count_if(
        m_plan.targets.cbegin(), m_plan.targets.cend(), [](const SopApplyTarget &t) { return t.skipped(); }));
    for (const SopApplyTarget &t : std::as_const(m_plan.targets)) {
        m_firstRow.append(m_rows);
        m_rows += t.skipped() ? 1 : int(m_plan.occurrences.size());
    }
    endResetModel();
}

void SopApplyPreviewModel::clear()
{
    setPlan({});
}

void SopApplyPreviewModel::setConflicts(const QList<CalendarConflict> &conflicts)
{
    m_conflicts.clear();
    m_conflictCount = int(conflicts.size());
    for (const CalendarConflict &c : conflicts) {
        for (const qint64 id : c.entryIds) {
            if (id >= 0)
                continue; // a stored entry the proposed one collides with
            const int row = m_skipped + int(-id - 1);
            if (row < m_rows && !m_conflicts[row].contains(c.reason))
                m_conflicts[row].append(c.reason);
        }
    }
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

QString SopApplyPreviewModel::skipReason(const SopApplyTarget &target)
{
    switch (target.skip) {
    case SopApplyTarget::Skip::AlreadyApplied:
        return tr("Skipped: already applied from this date (on %1)")
            .arg(QLocale().toString(target.existingAppliedAt, QLocale::ShortFormat));
    case SopApplyTarget::Skip::Archived:
        return tr("Skipped: the group is archived");
    case SopApplyTarget::Skip::Dissolved:
        return tr("Skipped: the group is dissolved");
    case SopApplyTarget::Skip::None:
        break;
    }
    return {};
}

std::pair<qsizetype, qsizetype> SopApplyPreviewModel::locate(int row) const
{
    const auto it = std::upper_bound(m_firstRow.cbegin(), m_firstRow.cend(), row);
    const qsizetype target = (it - m_firstRow.cbegin()) - 1;
    if (m_plan.targets.at(target).skipped())
        return { target, -1 };
    return { target, row - m_firstRow.at(target) };
}

int SopApplyPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int SopApplyPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SopApplyPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto [targetIndex, occurrenceIndex] = locate(index.row());
    const SopApplyTarget &target = m_plan.targets.at(targetIndex);
    if (role == SkippedRole)
        return target.skipped();
    if (role == GroupIdRole)
        return target.groupId;
    if (role == Qt::ForegroundRole && target.skipped())
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    const auto conflict = m_conflicts.constFind(index.row());
    const bool conflicted = conflict != m_conflicts.cend();
    if (role == ConflictRole)
        return conflicted ? QVariant(*conflict) : QVariant();
    if (conflicted && role == Qt::ForegroundRole)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (conflicted && role == Qt::ToolTipRole && index.column() == Status)
        return conflict->join(QLatin1Char('\n'));
    if (occurrenceIndex < 0) {
        if (role != Qt::DisplayRole)
            return {};
        if (index.column() == Group)
            return target.groupName;
        if (index.column() == Status)
            return skipReason(target);
        return {};
    }
    const SopOccurrence &o = m_plan.occurrences.at(occurrenceIndex);
    if (role == Qt::ToolTipRole && index.column() == Title)
        return o.step.body.isEmpty() ? QVariant() : QVariant(o.step.body);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Group:
        return target.groupName;
    case Date:
        return QLocale().toString(o.at.date(), QStringLiteral("yyyy-MM-dd ddd"));
    case Time:
        return o.at.time().toString(QStringLiteral("HH:mm"));
    case Kind:
        return contentKindLabel(o.step.kind);
    case Title:
        return o.step.title;
    case Status:
        return conflicted ? tr("Create · conflict: %1").arg(conflict->constFirst()) : tr("Create");
    }
    return {};
}

QVariant SopApplyPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Group:
        return tr("Group");
    case Date:
        return tr("Date");
    case Time:
        return tr("Time");
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Title");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace qundesk::ui
