#pragma once

#include "storage/MemberRepository.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace qundesk {

class MemberQueryWorker;

// Runs the members table's queries on a worker thread with its own connection to the same file,
// so a slow count never blocks the UI thread. Each start() supersedes the one before: the older
// statement is interrupted (an SQLite progress handler watches the generation) and whatever it
// would still report is dropped. A query reports, in order: its first page, a count capped at
// CountCap (enough for "≥ 10,000"), then, when the cap was reached, the exact count.
// Counting segments runs on the same thread and is superseded the same way: give it its own
// MemberQuery when table queries must not cancel it.
class MemberQuery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberQuery)

public:
    static constexpr qint64 CountCap = 10000;

    explicit MemberQuery(QObject *parent = nullptr);
    ~MemberQuery() override;                // interrupts the running query and joins the thread

    // The database file the worker opens (Database::Mode::NoMigrate); empty stops querying.
    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_path; }
    // "Active within N days" counts back from this day (tests pin it).
    void setToday(const QDate &today) { m_today = today; }

    // Starts a query and returns its generation (the signals carry it).
    quint64 start(const MemberFilter &filter, MemberSort sort, Qt::SortOrder order, int pageSize);
    // Counts several filters (segments) after the current query; reported by countsReady.
    quint64 startCounts(const QList<MemberFilter> &filters);
    // Drops the running query and what it would report.
    void cancel();
    quint64 generation() const { return m_generation.load(); }
    bool isBusy() const { return m_busy; }

signals:
    void pageReady(quint64 generation, const QList<qundesk::MemberRow> &rows);
    // exact = false: at least `count` members match (the cap was hit), the exact figure follows.
    void countReady(quint64 generation, qint64 count, bool exact);
    void countsReady(quint64 generation, const QList<qint64> &counts);
    void failed(quint64 generation, const QString &message);
    // The query of this generation has reported everything it will.
    void finished(quint64 generation);

private:
    friend class MemberQueryWorker;
    bool isCurrent(quint64 generation) const { return generation == m_generation.load(); }

    QString m_path;
    QDate m_today;
    QThread *m_thread = nullptr;
    MemberQueryWorker *m_worker = nullptr;   // lives on m_thread
    std::atomic<quint64> m_generation{0};
    // Raised by start()/cancel() after bumping the generation; the worker's progress handler
    // gives up the running statement when it sees it.
    std::atomic_bool m_cancel{false};
    bool m_busy = false;
};

} // namespace qundesk
