#include "models/MemberQuery.h"

#include "storage/Database.h"

#include <QMetaObject>
#include <QThread>

namespace qundesk {

// Owns the worker thread's connection; every method runs on that thread.
class MemberQueryWorker final : public QObject
{
public:
    struct Request
    {
        quint64 generation = 0;
        QString path;
        QDate today;
        MemberFilter filter;
        MemberSort sort = MemberSort::Id;
        Qt::SortOrder order = Qt::AscendingOrder;
        int pageSize = 0;
        QList<MemberFilter> counts;     // non-empty: a segment-count request
    };

    explicit MemberQueryWorker(MemberQuery *owner) : m_owner(owner) {}
    ~MemberQueryWorker() override { close(); }

    void run(const Request &request);

private:
    bool stale(quint64 generation) const { return !m_owner->isCurrent(generation); }
    // Posts to the owner's thread; the owner drops it when a newer query started meanwhile.
    template<typename F>
    void report(quint64 generation, F emitter)
    {
        MemberQuery *owner = m_owner;
        QMetaObject::invokeMethod(owner, [owner, generation, emitter] {
            if (owner->isCurrent(generation))
                emitter(owner);
        }, Qt::QueuedConnection);
    }
    void fail(quint64 generation, const DatabaseError &error);
    bool open(const QString &path, quint64 generation);
    void close();

    MemberQuery *m_owner;
    std::unique_ptr<Database> m_db;
};

void MemberQueryWorker::close()
{
    if (m_db) {
        MemberRepository::setCancelFlag(m_db->connection(), nullptr);
        m_db.reset();
    }
}

bool MemberQueryWorker::open(const QString &path, quint64 generation)
{
    if (m_db && m_db->isOpen() && m_db->path() == path)
        return true;
    close();
    if (path.isEmpty())
        return false;
    auto db = std::make_unique<Database>();
    if (const DatabaseError err = db->open(path, Database::Mode::NoMigrate)) {
        fail(generation, err);
        return false;
    }
    m_db = std::move(db);
    MemberRepository::setCancelFlag(m_db->connection(), &m_owner->m_cancel);
    return true;
}

void MemberQueryWorker::fail(quint64 generation, const DatabaseError &error)
{
    // An interrupted statement is the expected end of a superseded query: nobody hears of it.
    if (stale(generation))
        return;
    const QString message = error.message;
    report(generation, [generation, message](MemberQuery *q) {
        emit q->failed(generation, message);
        emit q->finished(generation);
    });
}

void MemberQueryWorker::run(const Request &r)
{
    if (stale(r.generation))
        return;
    // Lowered only now, then checked again: a start() after this point raises it and the
    // statement below gives up; one before it is caught by the second check.
    m_owner->m_cancel.store(false);
    if (stale(r.generation) || !open(r.path, r.generation))
        return;
    MemberRepository repo(m_db->connection());
    if (r.today.isValid())
        repo.setToday(r.today);

    if (!r.counts.isEmpty()) {
        QList<qint64> counts;
        for (const MemberFilter &f : r.counts) {
            qint64 n = 0;
            if (const DatabaseError err = repo.count(f, &n))
                return fail(r.generation, err);
            counts.append(n);
        }
        report(r.generation, [g = r.generation, counts](MemberQuery *q) {
            emit q->countsReady(g, counts);
            emit q->finished(g);
        });
        return;
    }

    QList<MemberRow> rows;
    if (const DatabaseError err = repo.page(r.filter, r.sort, r.order, std::nullopt, r.pageSize, &rows))
        return fail(r.generation, err);
    report(r.generation, [g = r.generation, rows](MemberQuery *q) { emit q->pageReady(g, rows); });
    // A short page is the whole result: its size is the count.
    if (rows.size() < r.pageSize) {
        const qint64 n = rows.size();
        report(r.generation, [g = r.generation, n](MemberQuery *q) {
            emit q->countReady(g, n, true);
            emit q->finished(g);
        });
        return;
    }
    qint64 n = 0;
    bool capped = false;
    if (const DatabaseError err = repo.countUpTo(r.filter, MemberQuery::CountCap, &n, &capped))
        return fail(r.generation, err);
    if (capped) {
        report(r.generation, [g = r.generation, n](MemberQuery *q) { emit q->countReady(g, n, false); });
        if (const DatabaseError err = repo.count(r.filter, &n))
            return fail(r.generation, err);
    }
    report(r.generation, [g = r.generation, n](MemberQuery *q) {
        emit q->countReady(g, n, true);
        emit q->finished(g);
    });
}

MemberQuery::MemberQuery(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new MemberQueryWorker(this))
{
    m_thread->setObjectName(QStringLiteral("MemberQuery"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &MemberQuery::finished, this, [this](quint64 generation) {
        if (isCurrent(generation))
            m_busy = false;
    });
    m_thread->start();
}

MemberQuery::~MemberQuery()
{
    cancel();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void MemberQuery::setDatabasePath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    cancel();
}

void MemberQuery::cancel()
{
    ++m_generation;
    m_cancel.store(true);
    m_busy = false;
}

quint64 MemberQuery::start(const MemberFilter &filter, MemberSort sort, Qt::SortOrder order, int pageSize)
{
    cancel();
    MemberQueryWorker::Request r;
    r.generation = m_generation.load();
    r.path = m_path;
    r.today = m_today;
    r.filter = filter;
    r.sort = sort;
    r.order = order;
    r.pageSize = std::max(pageSize, 1);
    m_busy = !m_path.isEmpty();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, r] { w->run(r); }, Qt::QueuedConnection);
    return r.generation;
}

quint64 MemberQuery::startCounts(const QList<MemberFilter> &filters)
{
    cancel();
    MemberQueryWorker::Request r;
    r.generation = m_generation.load();
    r.path = m_path;
    r.today = m_today;
    r.counts = filters;
    if (filters.isEmpty()) {
        // Nothing to count: report at once (still queued, like every other answer).
        QMetaObject::invokeMethod(this, [this, g = r.generation] {
            if (isCurrent(g)) {
                emit countsReady(g, {});
                emit finished(g);
            }
        }, Qt::QueuedConnection);
        return r.generation;
    }
    m_busy = !m_path.isEmpty();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, r] { w->run(r); }, Qt::QueuedConnection);
    return r.generation;
}

} // namespace qundesk
