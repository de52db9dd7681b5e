#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

#include <utility>

namespace qundesk {

// Runs work() on the thread pool and hands its result to done() on owner's thread, unless a newer
// run (or anything else that bumps *generation) started meanwhile: only the newest answer is shown,
// older ones are dropped unseen. generation must live as long as owner (a member of it).
template<typename Result, typename Work, typename Done>
void runLatest(QObject *owner, int *generation, Work work, Done done)
{
    const int mine = ++*generation;
    auto *watcher = new QFutureWatcher<Result>(owner);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, owner,
                     [watcher, mine, generation, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         if (mine == *generation)
                             done(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace qundesk
