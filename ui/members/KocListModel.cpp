#include "members/KocListModel.h"

#include <QLocale>

namespace qundesk::ui {

KocListModel::KocListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void KocListModel::setEntries(const QList<KocListEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int KocListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int KocListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KocListModel::percentileText(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 1);
}

QString KocListModel::breakdownText(const KocBreakdown &breakdown)
{
    QStringList lines;
    const QLocale locale;
    for (const KocComponentScore &c : breakdown.components) {
        lines << tr("%1: %2 → %3 → %4 points")
                     .arg(kocComponentLabel(c.component), locale.toString(c.count), locale.toString(c.decayed, 'f', 1),
                          locale.toString(c.points, 'f', 2));
    }
    lines << tr("Score: %1").arg(locale.toString(breakdown.score, 'f', 2));
    return lines.join(u'\n');
}

QVariant KocListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KocListEntry &e = m_entries.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Member: return e.displayName;
        case Score: return locale.toString(e.score, 'f', 1);
        case Threshold: return locale.toString(e.threshold, 'f', 1);
        case PercentileOverall: return percentileText(e.pctOverall);
        case Group: return e.groupName;
        case PercentileGroup: return e.groupId > 0 ? QVariant(percentileText(e.pctGroup)) : QVariant();
        case BelowSince: return e.belowSince.isValid() ? QVariant(locale.toString(e.belowSince, QLocale::ShortFormat)) : QVariant();
        case ColumnCount: break;
        }
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case Member: return e.displayName;
        case Score: return e.score;
        case Threshold: return e.threshold;
        case PercentileOverall: return e.pctOverall;
        case Group: return e.groupName;
        case PercentileGroup: return e.pctGroup;
        case BelowSince: return e.belowSince;
        case ColumnCount: break;
        }
        return {};
    case MemberIdRole:
        return e.memberId;
    case Qt::ToolTipRole:
        return breakdownText(e.breakdown);
    case Qt::TextAlignmentRole:
        if (index.column() == Score || index.column() == Threshold || index.column() == PercentileOverall
            || index.column() == PercentileGroup)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant KocListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Member: return tr("Member");
    case Score: return tr("Score");
    case Threshold: return tr("Bar");
    case PercentileOverall: return tr("Percentile (all)");
    case Group: return tr("Group");
    case PercentileGroup: return tr("Percentile (group)");
    case BelowSince: return tr("Below since");
    case ColumnCount: break;
    }
    return {};
}

} // namespace qundesk::ui
