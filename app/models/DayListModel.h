#pragma once

#include "storage/DayListRepository.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>

#include <functional>

namespace qundesk {

// One operator's posts of one day (今日待发), as a two-level tree: the day's time slots at the
// top ("09:00 早安问候 · 2/3"), the posts of each slot below them. The Status column of a post is
// checkable: checking records it done at the model's clock time (ScheduleRepository::markDone),
// unchecking undoes that; overdue posts (planned, time passed) carry OverdueRole and a red
// foreground. A preview model (tomorrow's list) is read-only.
//
// A day of the busiest operator of a 10,000-group database is about a thousand posts, so the
// listing is loaded whole; reload() runs it on a worker thread with its own connection.
class DayListModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayListModel)

public:
    enum Column { Time, Group, Title, Status, Copy, Text, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // qint64, 0 on slot rows
        IsSlotRole, // bool
        StatusCodeRole, // "planned", "done", "skipped"
        OverdueRole, // bool
        MinutesLateRole, // qint64
        FullTextRole, // the whole text to paste
        KindColorRole, // "#rrggbb" or empty
        MaterialCountRole // int
    };

    explicit DayListModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    // Neither loads; call reload() or reloadNow().
    void setOperator(qint64 operatorId) { m_operatorId = operatorId; }
    void setDate(const QDate &day) { m_date = day; }
    qint64 operatorId() const { return m_operatorId; }
    QDate date() const { return m_date; }
    // A preview (tomorrow) cannot be checked off.
    void setPreview(bool preview) { m_preview = preview; }
    bool isPreview() const { return m_preview; }

    // Lists on a worker thread; emits loaded() with an empty string or the error in words.
    void reload();
    bool isLoading() const { return m_loading; }
    // The same on the calling thread (small databases, tests); on failure the rows stay.
    DatabaseError reloadNow();

    // The clock that decides what is overdue and what time "done" records; the system clock
    // unless set (tests). refreshNow() re-reads it and repaints the posts whose state changed.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const { return m_now; }
    void refreshNow();

    // Marks the post done now (or undoes it: back to planned) and refreshes its row.
    DatabaseError setEntryDone(qint64 entryId, bool done);

    const QList<DayListItem> &items() const { return m_items; }
    // The post behind an index of a post row; nullptr on slot rows.
    const DayListItem *itemAt(const QModelIndex &index) const;
    QModelIndex indexOfEntry(qint64 entryId, int column = Time) const;
    DayListSummary summary() const { return DayListSummary::of(m_items, m_now); }

    // "1 小时 5 分" / "1 h 5 min".
    static QString lateText(qint64 minutes);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded(const QString &error);
    // Done counts or overdue counts changed (the progress line).
    void progressChanged();
    // A check or uncheck could not be written; the message is for the user.
    void writeFailed(const QString &message);

private:
    struct Slot
    {
        QTime time;
        QString label;
        QList<int> items; // indexes into m_items
    };

    void setItems(QList<DayListItem> items);
    QVariant slotData(int slot, int column, int role) const;
    QVariant itemData(const DayListItem &item, int column, int role) const;
    QString statusText(const DayListItem &item) const;
    QVariant color(const QString &name) const;

    QSqlDatabase m_db;
    qint64 m_operatorId = 0;
    QDate m_date;
    bool m_preview = false;
    bool m_loading = false;
    int m_generation = 0; // a newer reload() drops older results
    std::function<QDateTime()> m_clock;
    QDateTime m_now;
    QList<DayListItem> m_items;
    QList<Slot> m_slots;
    QList<int> m_slotOfItem; // m_items index -> slot index
    QList<int> m_rowOfItem; // m_items index -> row under its slot
    mutable QHash<QString, QVariant> m_colorCache;
};

} // namespace qundesk
