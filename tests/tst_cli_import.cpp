#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using qundesk::test::runCli;

namespace {

QString copyData(const QTemporaryDir &dir, const char *name)
{
    const QString target = dir.filePath(QString::fromLatin1(name));
    QFile::copy(QStringLiteral(QUNDESK_TEST_DATA_DIR "/csv/") + QString::fromLatin1(name), target);
    return target;
}

} // namespace

// `import members` and `export members`: exit codes, JSON keys, the default rejects file, and
// messages that name the file, line, column and value.
class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void importJsonAndExitCodes()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.db"));
        const QString good = copyData(dir, "utf8_bom.csv");
        auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"), good,
                         QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        for (const char *key : {"rows", "inserted", "updated", "skipped", "rejected", "rejects_file"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("inserted")).toInt(), 3);
        QVERIFY(o.value(QStringLiteral("rejects_file")).isNull());
        QVERIFY(!QFile::exists(good + QStringLiteral(".rejects.csv")));

        r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"), good,
                    QStringLiteral("--on-duplicate"), QStringLiteral("update"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("updated")).toInt(), 3);
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"), good,
                    QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("skipped")).toInt(), 3);

        const QString hostile = copyData(dir, "hostile.csv");
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"), hostile,
                    QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 14);
        QCOMPARE(o.value(QStringLiteral("rejected")).toInt(), 12);
        QCOMPARE(o.value(QStringLiteral("inserted")).toInt() + o.value(QStringLiteral("updated")).toInt()
                     + o.value(QStringLiteral("skipped")).toInt() + o.value(QStringLiteral("rejected")).toInt(),
                 14);
        QCOMPARE(o.value(QStringLiteral("rejects_file")).toString(), hostile + QStringLiteral(".rejects.csv"));
        QVERIFY(QFile::exists(hostile + QStringLiteral(".rejects.csv")));

        // Text output names the first problems where they are.
        const QString other = dir.filePath(QStringLiteral("other.db"));
        const QString rejects = dir.filePath(QStringLiteral("my-rejects.csv"));
        r = runCli({QStringLiteral("--db"), other, QStringLiteral("import"), QStringLiteral("members"), hostile,
                    QStringLiteral("--rejects"), rejects});
        QCOMPARE(r.exitCode, 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QStringLiteral("line 5, column 入群时间 (\"2026-02-30\")")), r.err.constData());
        QVERIFY(err.contains(rejects));
        QVERIFY(QFile::exists(rejects));
    }

    void failures()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.db"));
        auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"),
                         copyData(dir, "binary.bin")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("binary.bin") && r.err.contains("not a text"), r.err.constData());
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"),
                    copyData(dir, "empty.csv")});
        QCOMPARE(r.exitCode, 3);
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"),
                    dir.filePath(QStringLiteral("missing.csv"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("missing.csv"));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"),
                    copyData(dir, "gbk.csv"), QStringLiteral("--encoding"), QStringLiteral("latin9")});
        QCOMPARE(r.exitCode, 2);
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"),
                    copyData(dir, "gbk.csv"), QStringLiteral("--encoding"), QStringLiteral("gbk"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("inserted")).toInt(), 3);
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("groups"), QStringLiteral("x.csv")});
        QCOMPARE(r.exitCode, 2);
    }

    void exportMembers()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.db"));
        auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"),
                         copyData(dir, "utf8_bom.csv")});
        QCOMPARE(r.exitCode, 0);
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("members"), out,
                    QStringLiteral("--identity"), QStringLiteral("consumer")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 2); // header and the one consumer
        QVERIFY(bytes.contains("139****1111"));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("members"), out,
                    QStringLiteral("--unmasked"), QStringLiteral("--english-header")});
        QCOMPARE(r.exitCode, 0);
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        QVERIFY(all.contains("display_name,"));
        QVERIFY(all.contains("13900001111"));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("members"), out,
                    QStringLiteral("--identity"), QStringLiteral("alien")});
        QCOMPARE(r.exitCode, 2);
    }

    // bench --import-csv on an export of a small demo: both ways give the same database, and the
    // figure comes with its baseline. (Speed is not a test's business.)
    void benchImportContract()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
            QSKIP("the sqlite3 shell is not installed");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.db"));
        auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--members"),
                         QStringLiteral("300"), QStringLiteral("--today"), QStringLiteral("2026-11-20"),
                         QStringLiteral("--quiet")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString csv = dir.filePath(QStringLiteral("members.csv"));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("members"), csv,
                    QStringLiteral("--unmasked")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCli({QStringLiteral("bench"), QStringLiteral("--import-csv"), csv, QStringLiteral("--scratch"),
                    dir.path(), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 300);
        QCOMPARE(o.value(QStringLiteral("inserted")).toInt(), 300);
        QVERIFY(o.value(QStringLiteral("same_result")).toBool());
        QVERIFY(o.value(QStringLiteral("ms")).toDouble() > 0);
        QVERIFY(o.value(QStringLiteral("baseline_ms")).toDouble() > 0);
        QVERIFY(o.value(QStringLiteral("result")).toString().startsWith(QStringLiteral("300 members")));
        // A file of another layout is refused: the baseline could not do the same work.
        r = runCli({QStringLiteral("bench"), QStringLiteral("--import-csv"),
                    copyData(dir, "english.csv"), QStringLiteral("--scratch"), dir.path()});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
