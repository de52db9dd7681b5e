#include "models/DayListModel.h"
#include "models/LatestRun.h"

#include "storage/Database.h"
#include "storage/ScheduleRepository.h"


namespace qundesk {

namespace {

// A slot row's internal id is 0; a post row's is its slot's index + 1.
constexpr quintptr SlotRowId = 0;

const QString overdueRed = QStringLiteral("#c62828");
const QString overdueBackground = QStringLiteral("#fdecea");
const QString doneGrey = QStringLiteral("#6b7280");

struct Listing
{
    DatabaseError error;
    QList<DayListItem> items;
};

// On the worker: its own connection, opened and closed on this thread.
Listing listOnWorker(const QString &path, qint64 operatorId, const QDate &day)
{
    Listing out;
    Database db;
    if ((out.error = db.open(path, Database::Mode::NoMigrate)))
        return out;
    out.error = DayListRepository(db.connection()).day(operatorId, day, &out.items);
    return out;
}

QString hhmm(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

// The first line, for the one-line preview in the table; the full text is in the tooltip and
// the detail pane.
QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(u'\n');
    return end < 0 ? trimmed : trimmed.left(end).trimmed() + QStringLiteral(" …");
}

} // namespace

DayListModel::DayListModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_date(QDate::currentDate())
    , m_now(QDateTime::currentDateTime())
{
}

void DayListModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
}

void DayListModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refreshNow();
}

void DayListModel::refreshNow()
{
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTime();
    const DayListSummary before = summary();
    QList<bool> wasOverdue;
    wasOverdue.reserve(m_items.size());
    for (const DayListItem &item : std::as_const(m_items))
        wasOverdue.append(item.isOverdue(m_now));
    const QDateTime previous = m_now;
    m_now = now;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const DayListItem &item = m_items.at(i);
        // Overdue rows show how late they are, which changes every minute.
        const bool lateChanged = item.isOverdue(now) && item.minutesLate(previous) != item.minutesLate(now);
        if (wasOverdue.at(i) != item.isOverdue(now) || lateChanged) {
            const QModelIndex first = index(m_rowOfItem.at(i), 0, index(m_slotOfItem.at(i), 0));
            emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
            const QModelIndex slot = index(m_slotOfItem.at(i), 0);
            emit dataChanged(slot, slot);
        }
    }
    const DayListSummary after = summary();
    if (after.overdue != before.overdue || after.done != before.done)
        emit progressChanged();
}

void DayListModel::reload()
{
    if (!m_db.isValid() || !m_db.isOpen() || m_operatorId <= 0) {
        ++m_generation;
        m_loading = false;
        setItems({});
        emit loaded(QString());
        return;
    }
    m_loading = true;
    runLatest<Listing>(
        this, &m_generation,
        [path = m_db.databaseName(), op = m_operatorId, date = m_date] { return listOnWorker(path, op, date); },
        [this](Listing result) {
            m_loading = false;
            if (!result.error)
                setItems(std::move(result.items));
            emit loaded(result.error.message);
        });
}

DatabaseError DayListModel::reloadNow()
{
    ++m_generation;
    m_loading = false;
    QList<DayListItem> items;
    if (m_db.isValid() && m_db.isOpen() && m_operatorId > 0) {
        if (auto err = DayListRepository(m_db).day(m_operatorId, m_date, &items))
            return err;
    }
    setItems(std::move(items));
    return {};
}

void DayListModel::setItems(QList<DayListItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    m_slots.clear();
    m_slotOfItem.clear();
    m_rowOfItem.clear();
    // The items come ordered by time, so a slot's posts are consecutive.
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const DayListItem &item = m_items.at(i);
        const QTime minute(item.time().hour(), item.time().minute());
        if (m_slots.isEmpty() || m_slots.constLast().time != minute)
            m_slots.append({ minute, item.slotLabel, {} });
        m_rowOfItem.append(int(m_slots.last().items.size()));
        m_slotOfItem.append(int(m_slots.size() - 1));
        m_slots.last().items.append(int(i));
    }
    endResetModel();
    emit progressChanged();
}

DatabaseError DayListModel::setEntryDone(qint64 entryId, bool done)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_items.size() && at < 0; ++i) {
        if (m_items.at(i).entryId == entryId)
            at = i;
    }
    if (at < 0)
        return DatabaseError::make(DatabaseError::Kind::NotFound, tr("Post #%1 is not on this list.").arg(entryId));
    refreshNow();
    ScheduleRepository schedule(m_db);
    if (auto err = done ? schedule.markDone(entryId, m_now) : schedule.setStatus(entryId, ScheduleStatus::Planned))
        return err;
    DayListItem fresh;
    if (auto err = DayListRepository(m_db).item(entryId, &fresh))
        return err;
    m_items[at] = fresh;
    const QModelIndex slot = index(m_slotOfItem.at(at), 0);
    const QModelIndex first = index(m_rowOfItem.at(at), 0, slot);
    emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    emit dataChanged(slot, slot);
    emit progressChanged();
    return {};
}

const DayListItem *DayListModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == SlotRowId)
        return nullptr;
    const Slot &slot = m_slots.at(qsizetype(index.internalId() - 1));
    return &m_items.at(slot.items.at(index.row()));
}

QModelIndex DayListModel::indexOfEntry(qint64 entryId, int column) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).entryId == entryId)
            return index(m_rowOfItem.at(i), column, index(m_slotOfItem.at(i), 0));
    }
    return {};
}

QString DayListModel::lateText(qint64 minutes)
{
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QModelIndex DayListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_slots.size() ? createIndex(row, column, SlotRowId) : QModelIndex();
    if (parent.internalId() != SlotRowId || parent.column() != 0 || parent.row() >= m_slots.size())
        return {};
    if (row >= m_slots.at(parent.row()).items.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex DayListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == SlotRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, SlotRowId);
}

int DayListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_slots.size());
    if (parent.column() != 0 || parent.internalId() != SlotRowId)
        return 0;
    return int(m_slots.at(parent.row()).items.size());
}

int DayListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DayListModel::color(const QString &name) const
{
    auto it = m_colorCache.constFind(name);
    if (it == m_colorCache.cend()) {
        // The core links no QtGui, so it cannot name QColor; QtGui, once loaded by the GUI,
        // registers the QString -> QColor conversion. Core-only programs get no colour.
        QVariant value(name);
        if (!value.convert(QMetaType(QMetaType::QColor)))
            value = QVariant();
        it = m_colorCache.insert(name, value);
    }
    return *it;
}

QString DayListModel::statusText(const DayListItem &item) const
{
    switch (item.status) {
    case ScheduleStatus::Done:
        if (!item.doneAt.isValid())
            return tr("Done");
        return item.doneAt.date() == item.scheduledAt.date()
            ? tr("Done %1").arg(hhmm(item.doneAt.time()))
            : tr("Done %1").arg(item.doneAt.toString(QStringLiteral("MM-dd HH:mm")));
    case ScheduleStatus::Planned:
        return item.isOverdue(m_now) ? tr("Overdue by %1").arg(lateText(item.minutesLate(m_now))) : tr("To post");
    case ScheduleStatus::Skipped:
    case ScheduleStatus::Cancelled:
        break;
    }
    return scheduleStatusLabel(item.status);
}

QVariant DayListModel::slotData(int slotIndex, int column, int role) const
{
    const Slot &slot = m_slots.at(slotIndex);
    int total = 0;
    int done = 0;
    int overdue = 0;
    for (const int i : slot.items) {
        const DayListItem &item = m_items.at(i);
        total += item.counts() ? 1 : 0;
        done += item.status == ScheduleStatus::Done ? 1 : 0;
        overdue += item.isOverdue(m_now) ? 1 : 0;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column != Time)
            return {};
        {
            QString text = hhmm(slot.time);
            if (!slot.label.isEmpty())
                text += QStringLiteral("  ") + slot.label;
            text += QStringLiteral("  ·  ") + tr("%1/%2 done").arg(done).arg(total);
            if (overdue > 0)
                text += QStringLiteral("  ·  ") + tr("%n overdue", nullptr, overdue);
            return text;
        }
    case Qt::ForegroundRole:
        return overdue > 0 ? color(overdueRed) : QVariant();
    case IsSlotRole:
        return true;
    case EntryIdRole:
        return qint64(0);
    default:
        return {};
    }
}

QVariant DayListModel::itemData(const DayListItem &item, int column, int role) const
{
    const bool overdue = item.isOverdue(m_now);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Time:
            return hhmm(item.time());
        case Group:
            return item.groupName;
        case Title:
            return item.title;
        case Status:
            return statusText(item);
        case Copy:
            return tr("Copy");
        case Text:
            return firstLine(item.text);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == Text || column == Title)
            return item.text.isEmpty() ? item.title : item.text;
        if (column == Copy) {
            return item.materialCount > 0
                ? tr("Copy the text; %n attached material(s) can be copied from the panel", nullptr, item.materialCount)
                : tr("Copy the text to paste into the group");
        }
        return {};
    case Qt::CheckStateRole:
        if (column != Status || m_preview || !item.counts())
            return {};
        return item.status == ScheduleStatus::Done ? Qt::Checked : Qt::Unchecked;
    case Qt::ForegroundRole:
        if (overdue)
            return color(overdueRed);
        if (item.status != ScheduleStatus::Planned)
            return color(doneGrey);
        return {};
    case Qt::BackgroundRole:
        return overdue ? color(overdueBackground) : QVariant();
    case Qt::DecorationRole:
        return column == Title && item.kind ? color(contentKindColor(*item.kind)) : QVariant();
    case EntryIdRole:
        return item.entryId;
    case IsSlotRole:
        return false;
    case StatusCodeRole:
        return scheduleStatusCode(item.status);
    case OverdueRole:
        return overdue;
    case MinutesLateRole:
        return item.minutesLate(m_now);
    case FullTextRole:
        return item.text;
    case KindColorRole:
        return item.kind ? contentKindColor(*item.kind) : QString();
    case MaterialCountRole:
        return item.materialCount;
    default:
        return {};
    }
}

QVariant DayListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == SlotRowId)
        return slotData(index.row(), index.column(), role);
    return itemData(*itemAt(index), index.column(), role);
}

bool DayListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Status || m_preview)
        return false;
    const DayListItem *item = itemAt(index);
    if (!item || !item->counts())
        return false;
    const bool done = value.toInt() == Qt::Checked;
    if (done == (item->status == ScheduleStatus::Done))
        return true;
    if (auto err = setEntryDone(item->entryId, done)) {
        emit writeFailed(err.message);
        return false;
    }
    return true;
}

Qt::ItemFlags DayListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const DayListItem *item = itemAt(index);
    if (item && index.column() == Status && !m_preview && item->counts())
        f |= Qt::ItemIsUserCheckable;
    if (item)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant DayListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Group:
        return tr("Group");
    case Title:
        return tr("Title");
    case Status:
        return tr("Done");
    case Copy:
        return tr("Copy");
    case Text:
        return tr("Text");
    default:
        return {};
    }
}

} // namespace qundesk
