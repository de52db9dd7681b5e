#include "members/MemberProfileModels.h"

#include "storage/PointsRepository.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QScopedValueRollback>

namespace qundesk::ui {

QString formatFen(qint64 fen)
{
    return QLocale().toString(double(fen) / 100.0, 'f', 2);
}

namespace {

QString shortTime(const QDateTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

// ------------------------------------------------------------------------------ ledger

MemberLedgerModel::MemberLedgerModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DatabaseError MemberLedgerModel::load(const QSqlDatabase &db, qint64 memberId,
                                      const QHash<qint64, QString> &operatorNames)
{
    QList<PointsEntry> first;
    if (auto err = PointsRepository(db).ledger(memberId, 0, PageSize, &first))
        return err;
    const QScopedValueRollback guard(m_busy, true);     // see GroupMemberModel::reload
    beginResetModel();
    m_db = db;
    m_memberId = memberId;
    m_operators = operatorNames;
    m_rows = std::move(first);
    m_atEnd = m_rows.size() < PageSize;
    endResetModel();
    return {};
}

int MemberLedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberLedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberLedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PointsEntry &e = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return shortTime(e.createdAt);
        case Delta:
            return e.delta > 0 ? QStringLiteral("+%1").arg(e.delta) : QString::number(e.delta);
        case Reason:
            return pointsReasonLabel(e.reason);
        case Note:
            return e.note;
        case Operator:
            return e.operatorId > 0 ? m_operators.value(e.operatorId, tr("#%1").arg(e.operatorId)) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Delta)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Delta)
        return QBrush(e.delta < 0 ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
    return {};
}

QVariant MemberLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Delta:
        return tr("Points");
    case Reason:
        return tr("Reason");
    case Note:
        return tr("Note");
    case Operator:
        return tr("Operator");
    default:
        return {};
    }
}

bool MemberLedgerModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_rows.isEmpty();
}

void MemberLedgerModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_busy)
        return;
    const QScopedValueRollback guard(m_busy, true);
    QList<PointsEntry> page;
    if (auto err = PointsRepository(m_db).ledger(m_memberId, m_rows.constLast().id, PageSize, &page)) {
        m_atEnd = true;
        emit errorOccurred(err.message);
        return;
    }
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

// ------------------------------------------------------------------------------ timeline

MemberTimelineModel::MemberTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DatabaseError MemberTimelineModel::load(const QSqlDatabase &db, qint64 memberId)
{
    QList<TimelineEntry> first;
    if (auto err = MemberProfileRepository(db).timeline(memberId, std::nullopt, PageSize, &first))
        return err;
    const QScopedValueRollback guard(m_busy, true);
    beginResetModel();
    m_db = db;
    m_memberId = memberId;
    m_rows = std::move(first);
    m_atEnd = m_rows.size() < PageSize;
    endResetModel();
    return {};
}

QString MemberTimelineModel::kindText(const TimelineEntry &e)
{
    switch (e.source) {
    case TimelineEntry::Source::Join:
        return tr("Joined");
    case TimelineEntry::Source::Leave:
        return e.leaveReason ? tr("Out: %1").arg(leaveReasonLabel(*e.leaveReason)) : tr("Out");
    case TimelineEntry::Source::Event:
        break;
    }
    return eventKindLabel(e.kind);
}

int MemberTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &e = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return shortTime(e.time());
        case Kind:
            return kindText(e);
        case Group:
            return e.groupName;
        case Detail:
            if (e.source == TimelineEntry::Source::Event && e.kind == EventKind::Purchase)
                return tr("%1 CNY").arg(formatFen(e.amountFen));
            if (e.source == TimelineEntry::Source::Join && e.role != MembershipRole::Member)
                return tr("as %1").arg(membershipRoleLabel(e.role));
            return {};
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Kind && e.source != TimelineEntry::Source::Event)
        return QBrush(e.source == TimelineEntry::Source::Join ? QColor(0x2e, 0x7d, 0x32) : QColor(0x8d, 0x6e, 0x63));
    return {};
}

QVariant MemberTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Kind:
        return tr("What");
    case Group:
        return tr("Group");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

bool MemberTimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_rows.isEmpty();
}

void MemberTimelineModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_busy)
        return;
    const QScopedValueRollback guard(m_busy, true);
    QList<TimelineEntry> page;
    if (auto err = MemberProfileRepository(m_db).timeline(m_memberId, TimelineCursor::after(m_rows.constLast()),
                                                          PageSize, &page)) {
        m_atEnd = true;
        emit errorOccurred(err.message);
        return;
    }
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

} // namespace qundesk::ui
