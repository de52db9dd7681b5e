#include "storage/Migrations.h"

#include "storage/RawSqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace qundesk {

QList<Migrations::Step> Migrations::available()
{
    QList<Step> steps;
    const QDir dir(QStringLiteral(":/migrations"));
    const auto names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && version > 0)
            steps.append({version, dir.filePath(name)});
    }
    std::sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.version < b.version; });
    return steps;
}

int Migrations::latestVersion()
{
    const auto steps = available();
    return steps.isEmpty() ? 0 : steps.constLast().version;
}

DatabaseError Migrations::apply(sqlite3 *handle)
{
    for (const Step &step : available()) {
        QFile file(step.resource);
        if (!file.open(QIODevice::ReadOnly))
            return DatabaseError::make(DatabaseError::Kind::Query,
                QCoreApplication::translate("Migrations", "Migration %1 is missing from this build.").arg(step.resource));
        const QByteArray script = file.readAll();

        // IMMEDIATE takes the write lock first, so two processes opening a fresh file at once
        // cannot both run the same migration; the version is read again under the lock.
        if (auto err = raw::exec(handle, "BEGIN IMMEDIATE"))
            return err;
        int current = 0;
        if (auto err = raw::queryInt(handle, "PRAGMA user_version", &current)) {
            raw::exec(handle, "ROLLBACK");
            return err;
        }
        if (current >= step.version) {
            raw::exec(handle, "COMMIT");
            continue;
        }
        DatabaseError err = raw::exec(handle, script.constData());
        if (!err)
            err = raw::exec(handle, QByteArray("PRAGMA user_version = " + QByteArray::number(step.version)).constData());
        if (!err)
            err = raw::exec(handle, "COMMIT");
        if (err) {
            raw::exec(handle, "ROLLBACK");
            err.message = QCoreApplication::translate("Migrations", "Schema migration %1 failed: %2")
                              .arg(step.version).arg(err.message);
            return err;
        }
    }
    return {};
}

} // namespace qundesk
