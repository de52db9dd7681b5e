// The sqlite3 shell baseline shared by the bench figures (BenchCommand.cpp, BenchMembers.cpp).
#include "cli/BenchShell.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace qundesk::cli {

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QList<double> shellMedians(const QString &dbPath, const QStringList &statements, int runs, QString *problem)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        *problem = QStringLiteral("the sqlite3 shell is not installed (apt-get install sqlite3)");
        return {};
    }
    QString script = QStringLiteral(".output /dev/null\n.timer on\n");
    for (const QString &sql : statements) {
        for (int i = 0; i <= runs; ++i)
            script += sql + u'\n';
    }
    QProcess process;
    process.start(shell, {QStringLiteral("-readonly"), dbPath});
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        *problem = QStringLiteral("the sqlite3 shell failed: %1").arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
        return {};
    }
    static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
    QList<double> times;
    auto it = timer.globalMatch(QString::fromUtf8(process.readAllStandardOutput()));
    while (it.hasNext())
        times.append(it.next().captured(1).toDouble() * 1000);
    if (times.size() != statements.size() * (runs + 1)) {
        *problem = QStringLiteral("the sqlite3 shell printed %1 timings, expected %2").arg(times.size()).arg(statements.size() * (runs + 1));
        return {};
    }
    QList<double> medians;
    for (qsizetype s = 0; s < statements.size(); ++s)
        medians.append(median(times.mid(s * (runs + 1) + 1, runs)));
    return medians;
}

} // namespace qundesk::cli
