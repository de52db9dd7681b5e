#pragma once

#include "storage/Database.h"
#include "storage/DatabaseError.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Fails the test with the error's message when a repository call returns an error.
#define QVERIFY_OK(expr)                                                                                               \
    do {                                                                                                               \
        const ::qundesk::DatabaseError qundeskError_ = (expr);                                                         \
        QVERIFY2(!qundeskError_, qPrintable(qundeskError_.message));                                                   \
    } while (false)

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

// Writes a database as QunDesk 0.1 left it at schema version 2 (the first two migrations), with
// one group, two members and a little activity, for upgrade tests.
bool writeSchemaVersion2(const QString &path);

} // namespace qundesk::test
