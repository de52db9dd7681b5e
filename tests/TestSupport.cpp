#include "TestSupport.h"

#include <QProcess>
#include <QTest>

namespace qundesk::test {

TempDatabase::TempDatabase()
    : db(std::make_unique<Database>())
{
    path = dir.filePath(QStringLiteral("test.db"));
    const DatabaseError err = db->open(path);
    if (err)
        qFatal("cannot open test database: %s", qPrintable(err.message));
}

CliResult runCli(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(QStringLiteral(QUNDESK_CLI_PATH), arguments);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace qundesk::test
