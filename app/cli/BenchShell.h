#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace qundesk::cli {

// The median of the values (-1 for none).
double median(QList<double> values);

// Runs each statement `runs` + 1 times in one sqlite3 shell with `.timer on` and returns the
// median wall time in ms of all but the first run of each (the first warms the page cache, as
// QunDesk's first run does). An empty list when the shell is missing or fails.
QList<double> shellMedians(const QString &dbPath, const QStringList &statements, int runs, QString *problem);

} // namespace qundesk::cli
