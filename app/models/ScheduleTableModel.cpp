#include "models/ScheduleTableModel.h"

#include "storage/ScheduleRepository.h"

#include <QLocale>

#include <algorithm>

namespace qundesk {

namespace {

bool sameDisplay(const ScheduleRow &a, const ScheduleRow &b)
{
    return a.entry.scheduledAt == b.entry.scheduledAt && a.entry.status == b.entry.status
        && a.entry.doneAt == b.entry.doneAt && a.entry.title == b.entry.title && a.entry.body == b.entry.body
        && a.groupName == b.groupName && a.contentTitle == b.contentTitle && a.kind == b.kind
        && a.columnName == b.columnName && a.slotLabel == b.slotLabel;
}

} // namespace

ScheduleTableModel::ScheduleTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ScheduleTableModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
}

void ScheduleTableModel::setRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
}

void ScheduleTableModel::setFilter(const ScheduleFilter &filter)
{
    m_filter = filter;
}

DatabaseError ScheduleTableModel::reload()
{
    QList<ScheduleRow> rows;
    if (m_db.isValid() && m_db.isOpen()) {
        if (auto err = ScheduleRepository(m_db).list(m_from, m_to, m_filter, &rows))
            return err;
    }
    bool sameEntries = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameEntries && i < rows.size(); ++i)
        sameEntries = rows.at(i).entry.id == m_rows.at(i).entry.id;
    if (!sameEntries) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return {};
    }
    // Same entries in the same order (e.g. after marking one done): update in place so the
    // view keeps its selection and scroll position.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (sameDisplay(rows.at(i), m_rows.at(i)))
            continue;
        m_rows[i] = rows.at(i);
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
    return {};
}

qint64 ScheduleTableModel::entryId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).entry.id : 0;
}

int ScheduleTableModel::rowOfEntry(qint64 entryId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).entry.id == entryId)
            return int(i);
    }
    return -1;
}

int ScheduleTableModel::countWithStatus(ScheduleStatus status) const
{
    return int(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [status](const ScheduleRow &r) { return r.entry.status == status; }));
}

int ScheduleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScheduleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScheduleTableModel::display(const ScheduleRow &row, int column) const
{
    const ScheduleEntry &e = row.entry;
    switch (column) {
    case Date:
        return QLocale().toString(e.scheduledAt.date(), QStringLiteral("MM-dd ddd"));
    case Slot: {
        const QString time = e.scheduledAt.time().toString(QStringLiteral("HH:mm"));
        return row.slotLabel.isEmpty() ? time : time + QLatin1Char(' ') + row.slotLabel;
    }
    case Group:
        return row.groupName;
    case Title:
        return row.displayTitle();
    case Kind:
        return row.kind ? contentKindLabel(*row.kind) : QString();
    case ColumnName:
        return row.columnName;
    case Status:
        return scheduleStatusLabel(e.status);
    case DoneAt:
        if (!e.doneAt.isValid())
            return QString();
        return e.doneAt.date() == e.scheduledAt.date() ? e.doneAt.toString(QStringLiteral("HH:mm"))
                                                       : e.doneAt.toString(QStringLiteral("MM-dd HH:mm"));
    }
    return {};
}

QVariant ScheduleTableModel::sortValue(const ScheduleRow &row, int column) const
{
    const ScheduleEntry &e = row.entry;
    switch (column) {
    case Date:
        return e.scheduledAt.date();
    case Slot:
        return e.scheduledAt.time();
    case Group:
        return row.groupName;
    case Title:
        return row.displayTitle();
    case Kind:
        return row.kind ? int(*row.kind) : -1;
    case ColumnName:
        return row.columnName;
    case Status:
        return int(e.status);
    case DoneAt:
        return e.doneAt;
    }
    return {};
}

QVariant ScheduleTableModel::kindDecoration(const ScheduleRow &row) const
{
    if (!row.kind)
        return {};
    const int key = int(*row.kind);
    auto it = m_colorCache.constFind(key);
    if (it == m_colorCache.cend()) {
        // The core links no QtGui, so it cannot name QColor; QtGui, once loaded by the GUI,
        // registers the QString -> QColor conversion. Core-only programs get no decoration.
        QVariant color(contentKindColor(*row.kind));
        if (!color.convert(QMetaType(QMetaType::QColor)))
            color = QVariant();
        it = m_colorCache.insert(key, color);
    }
    return *it;
}

QVariant ScheduleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScheduleRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Title && !row.entry.body.isEmpty())
            return row.entry.body;
        return {};
    case Qt::DecorationRole:
        return index.column() == Kind ? kindDecoration(row) : QVariant();
    case SortRole:
        return sortValue(row, index.column());
    case EntryIdRole:
        return row.entry.id;
    case KindColorRole:
        return row.kind ? contentKindColor(*row.kind) : QString();
    case StatusCodeRole:
        return scheduleStatusCode(row.entry.status);
    default:
        return {};
    }
}

QVariant ScheduleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Slot:
        return tr("Time slot");
    case Group:
        return tr("Group");
    case Title:
        return tr("Title");
    case Kind:
        return tr("Kind");
    case ColumnName:
        return tr("Column");
    case Status:
        return tr("Status");
    case DoneAt:
        return tr("Done at");
    }
    return {};
}

} // namespace qundesk
