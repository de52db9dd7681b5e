#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace qundesk::test {

// A fresh, migrated database in its own temporary folder, removed when the fixture dies.
struct TempDatabase
{
    TempDatabase();
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QString path;
    QSqlDatabase connection() const { return db->connection(); }
};

// Runs qundesk-cli with the arguments; returns its exit code and captures output.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
CliResult runCli(const QStringList &arguments, int timeoutMs = 300000);

} // namespace qundesk::test
