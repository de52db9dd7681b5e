#include "models/GroupTableModel.h"

#include <QLocale>

#include <limits>

namespace qundesk {

double groupFillRatio(const GroupSummary &group)
{
    return group.capacity > 0 ? double(group.memberCount) / group.capacity : 0.0;
}

GroupTableModel::GroupTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

bool GroupTableModel::reload()
{
    QList<GroupSummary> rows;
    m_lastError = GroupRepository(m_db).listSummaries(m_filter, &rows);
    if (m_lastError)
        return false;
    // One read of the open spans (an index walk), not one query per row.
    QHash<qint64, StageSpan> stages;
    m_lastError = StageRepository(m_db).current(&stages);
    if (m_lastError)
        return false;
    beginResetModel();
    m_rows = std::move(rows);
    m_stages = std::move(stages);
    endResetModel();
    return true;
}

void GroupTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_stages.clear();
    endResetModel();
}

std::optional<StageSpan> GroupTableModel::stage(int row) const
{
    const auto it = m_stages.constFind(m_rows.at(row).id);
    if (it == m_stages.cend())
        return std::nullopt;
    return *it;
}

int GroupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GroupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupTableModel::display(const GroupSummary &g, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name:
        return g.name;
    case Number:
        return g.number > 0 ? QVariant(g.number) : QVariant(QString());
    case Purpose:
        return groupPurposeLabel(g.purpose);
    case Tier:
        return g.tierName;
    case Team:
        return g.teamName;
    case Operator:
        return g.operatorName;
    case Members:
        return locale.toString(g.memberCount);
    case Capacity:
        return locale.toString(g.capacity);
    case Fill:
        return QString(locale.toString(groupFillRatio(g) * 100.0, 'f', 0) + QLatin1Char('%'));
    case Status:
        return groupStatusLabel(g.status);
    case Stage: {
        const auto it = m_stages.constFind(g.id);
        return it == m_stages.cend() ? QString() : lifecycleStageLabel(it->stage);
    }
    case CreatedOn:
        return g.createdOn.toString(Qt::ISODate);
    case FilledOn:
        return g.filledOn.isValid() ? g.filledOn.toString(Qt::ISODate) : QString();
    }
    return {};
}

// Raw values for sorting; groups without a tier, team or date sort after those with one.
QVariant GroupTableModel::sortValue(const GroupSummary &g, int column) const
{
    switch (column) {
    case Name:
        return g.name;
    case Number:
        return g.number > 0 ? g.number : std::numeric_limits<int>::max();
    case Purpose:
        return int(g.purpose);
    case Tier:
        return g.tierRank > 0 ? g.tierRank : std::numeric_limits<int>::max();
    case Team:
        return g.teamId > 0 ? g.teamId : std::numeric_limits<qint64>::max();
    case Operator:
        return g.operatorName;
    case Members:
        return g.memberCount;
    case Capacity:
        return g.capacity;
    case Fill:
        return groupFillRatio(g);
    case Status:
        return int(g.status);
    case Stage: {
        // Strong, daily, weak, zombie in lifecycle order; groups without a stage last.
        const auto it = m_stages.constFind(g.id);
        return it == m_stages.cend() ? std::numeric_limits<int>::max() : int(it->stage);
    }
    case CreatedOn:
        return g.createdOn;
    case FilledOn:
        return g.filledOn.isValid() ? g.filledOn : QDate(9999, 12, 31);
    }
    return {};
}

QVariant GroupTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupSummary &g = m_rows.at(index.row());
    const int column = index.column();
    if (role >= DimensionKeyRole && role < DimensionKeyRole + int(allGroupDimensions().size())) {
        const auto dimension = GroupDimension(role - DimensionKeyRole);
        if (dimension == GroupDimension::Stage) {
            // The group row does not know its stage; the recorded span does (as in the pivot).
            const auto it = m_stages.constFind(g.id);
            return it == m_stages.cend() ? QString() : lifecycleStageCode(it->stage);
        }
        return groupDimensionKey(g, dimension);
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(g, column);
    case Qt::ToolTipRole:
        if (column == Members)
            return tr("%1 members, of them %2 KOC").arg(g.memberCount).arg(g.kocCount);
        if (column == Name && !g.parentName.isEmpty())
            return tr("%1 (under %2)").arg(g.name, g.parentName);
        if (column == Stage) {
            const auto it = m_stages.constFind(g.id);
            if (it == m_stages.cend())
                return {};
            return tr("%1\nSince %2").arg(it->reason, QLocale().toString(it->since, QLocale::ShortFormat));
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case Number:
        case Members:
        case Capacity:
        case Fill:
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        default:
            return (Qt::AlignLeft | Qt::AlignVCenter).toInt();
        }
    case SortRole:
        return sortValue(g, column);
    case IdRole:
        return g.id;
    case StatusRole:
        return int(g.status);
    case FillRatioRole:
        return groupFillRatio(g);
    case NearlyFullRole:
        return groupFillRatio(g) > NearlyFullRatio;
    case StageRole: {
        const auto it = m_stages.constFind(g.id);
        return it == m_stages.cend() ? QVariant() : QVariant(int(it->stage));
    }
    default:
        return {};
    }
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Group");
    case Number:
        return tr("No.");
    case Purpose:
        return tr("Purpose");
    case Tier:
        return tr("Tier");
    case Team:
        return tr("Team");
    case Operator:
        return tr("Operator");
    case Members:
        return tr("Members");
    case Capacity:
        return tr("Cap");
    case Fill:
        return tr("Fill");
    case Status:
        return tr("Status");
    case Stage:
        return tr("Stage");
    case CreatedOn:
        return tr("Created");
    case FilledOn:
        return tr("Filled");
    }
    return {};
}

} // namespace qundesk
