#include "TestSupport.h"

#include "io/MemberImport.h"
#include "storage/MemberRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace qundesk;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(QUNDESK_TEST_DATA_DIR "/csv/") + QString::fromLatin1(name);
}

// Every row of the tables an import writes, and the schema, as text: equal snapshots mean the
// database holds the same content.
QStringList snapshot(const QSqlDatabase &db)
{
    QStringList out;
    const char *tables[] = {"members", "member_tags", "tags", "channels", "regions", "tiers", "points_ledger",
                            "audit_log", "member_search", "sqlite_master"};
    for (const char *table : tables) {
        QSqlQuery q(db);
        const QString sql = QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QString::fromLatin1(table));
        if (!q.exec(sql)) {
            out.append(QStringLiteral("error ") + sql);
            continue;
        }
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out.append(QString::fromLatin1(table) + u':' + cells.join(u'|'));
        }
    }
    return out;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

void checkInvariant(const MemberImportSummary &s)
{
    QCOMPARE(s.inserted + s.updated + s.skipped + s.rejected, s.rows);
}

// Writes n valid members (wxid_gen0 ...) to a CSV file.
void writeMembers(const QString &path, int n, int firstPoints = 0)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("姓名,微信号,手机号,标签,积分\n");
    for (int i = 0; i < n; ++i)
        f.write(QStringLiteral("成员%1,wxid_gen%1,1380000%2,标签%3,%4\n")
                    .arg(i)
                    .arg(i % 10000, 4, 10, QLatin1Char('0'))
                    .arg(i % 7)
                    .arg(firstPoints + i % 50)
                    .toUtf8());
}

} // namespace

// The importer on hostile files: every row is accounted for, rejects name their line, and the
// database is either fully imported or exactly as before.
class TestMemberImport : public QObject
{
    Q_OBJECT

private slots:
    void everyEncodingImportsTheSameMembers_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"utf8_bom.csv", "utf8_plain.csv", "gbk.csv", "utf16le_bom.csv", "semicolon.csv",
                              "tab.tsv", "crlf.csv"})
            QTest::newRow(f) << dataFile(f);
    }

    void everyEncodingImportsTheSameMembers()
    {
        QFETCH(QString, file);
        test::TempDatabase t;
        MemberImporter importer(t.connection());
        MemberImportSummary s;
        const ImportError err = importer.run(file, {}, &s);
        QVERIFY2(!err, qPrintable(err.message));
        QCOMPARE(s.rows, 3);
        QCOMPARE(s.inserted, 3);
        QCOMPARE(s.rejected, 0);
        checkInvariant(s);
        const QSqlDatabase db = t.connection();
        QCOMPARE(scalar(db, QStringLiteral("SELECT display_name || '|' || coalesce(group_nickname, '') || '|' || phone"
                                           " || '|' || identity || '|' || verification || '|' || first_joined_at"
                                           " || '|' || points_balance || '|' || notes FROM members"
                                           " WHERE platform_id = 'wxid_zhangwei01'"))
                     .toString(),
                 QStringLiteral("张伟|上海-花漾小店-张伟|13812345678|store|verified|2026-03-05 00:00:00|1200|老客户"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT phone || first_joined_at || identity FROM members"
                                           " WHERE platform_id = 'wxid_lina02'"))
                     .toString(),
                 QStringLiteral("139000011112026-03-05 14:30:00consumer"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT notes FROM members WHERE platform_id = 'wxid_wangfang03'")).toString(),
                 QStringLiteral("备注里有逗号,还有\"引号\""));
        // Names became dimensions and tags; the points arrived through the ledger.
        QCOMPARE(scalar(db, QStringLiteral("SELECT c.name || r.name || t.name FROM members m JOIN channels c ON"
                                           " c.id = m.channel_id JOIN regions r ON r.id = m.region_id JOIN tiers t"
                                           " ON t.id = m.tier_id WHERE m.platform_id = 'wxid_zhangwei01'"))
                     .toString(),
                 QStringLiteral("地推海报上海金牌"));
        QCOMPARE(s.createdTags, 4);
        QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(delta || reason, ',') FROM points_ledger")).toString(),
                 QStringLiteral("1200adjust,35adjust"));
        // The search index has the members, their phones and their tags.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM member_search")).toInt(), 3);
        QCOMPARE(scalar(db, QStringLiteral("SELECT rowid FROM member_search WHERE member_search MATCH '\"新品控\"'")).toLongLong(),
                 scalar(db, QStringLiteral("SELECT id FROM members WHERE platform_id = 'wxid_zhangwei01'")).toLongLong());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM member_search WHERE member_search MATCH '\"13900001111\"'")).toInt(), 1);
        // The triggers are back and one audit entry records the import.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN"
                                           " ('members_search_insert', 'members_search_update', 'member_tags_search_insert')")).toInt(), 3);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT json_extract(after_json, '$.inserted') FROM audit_log")).toInt(), 3);
    }

    void quotedFieldsAndEnglishHeaders()
    {
        test::TempDatabase t;
        MemberImporter importer(t.connection());
        MemberImportSummary s;
        QVERIFY(!importer.run(dataFile("quoted.csv"), {}, &s));
        QCOMPARE(s.inserted, 3);
        QCOMPARE(scalar(t.connection(), QStringLiteral("SELECT notes FROM members WHERE platform_id = 'wxid_zhao01'")).toString(),
                 QStringLiteral("第一行\n第二行,有逗号"));
        QCOMPARE(scalar(t.connection(), QStringLiteral("SELECT display_name FROM members WHERE platform_id = 'wxid_zhao01'")).toString(),
                 QStringLiteral("赵, 六"));
        QVERIFY(!importer.run(dataFile("english.csv"), {}, &s));
        QCOMPARE(s.inserted, 1);
        QCOMPARE(scalar(t.connection(), QStringLiteral("SELECT identity || verification || first_joined_at FROM members"
                                                       " WHERE platform_id = 'wxid_alice'")).toString(),
                 QStringLiteral("storeverified2026-03-05 09:15:00"));
    }

    // The hostile file: every reject is in the rejects file with its line and reason.
    void rejectsNameTheirLines()
    {
        test::TempDatabase t;
        QTemporaryDir dir;
        MemberImportOptions options;
        options.rejectsPath = dir.filePath(QStringLiteral("rejects.csv"));
        MemberImporter importer(t.connection());
        MemberImportSummary s;
        QVERIFY(!importer.run(dataFile("hostile.csv"), options, &s));
        checkInvariant(s);
        QCOMPARE(s.rows, 14);
        QCOMPARE(s.inserted, 2);
        QCOMPARE(s.rejected, 12);
        QCOMPARE(s.rejectsFile, options.rejectsPath);
        CsvReader reader;
        QVERIFY(reader.open(options.rejectsPath));
        QVERIFY(reader.format().bom);
        CsvRecord r;
        QVERIFY(reader.next(&r));
        QCOMPARE(r.fields.mid(0, 3), QStringList({QStringLiteral("line"), QStringLiteral("reason"), QStringLiteral("姓名")}));
        QMap<qint64, QString> reasons;
        while (reader.next(&r)) {
            reasons.insert(r.fields.at(0).toLongLong(), r.fields.at(1));
            if (r.fields.at(0) == u"3")
                QCOMPARE(r.fields.mid(2), QStringList({QStringLiteral("短行"), QStringLiteral("wxid_short")}));
        }
        QCOMPARE(reasons.keys(), QList<qint64>({3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}));
        QVERIFY(reasons.value(3).contains(QStringLiteral("2 fields")));
        QVERIFY(reasons.value(4).contains(QStringLiteral("14 fields")));
        QVERIFY(reasons.value(5).startsWith(QStringLiteral("入群时间")));
        QVERIFY(reasons.value(7).startsWith(QStringLiteral("积分")));
        QVERIFY(reasons.value(8).startsWith(QStringLiteral("积分")));
        QVERIFY(reasons.value(9).startsWith(QStringLiteral("积分")));
        QVERIFY(reasons.value(10).startsWith(QStringLiteral("手机号")));
        QVERIFY(reasons.value(11).startsWith(QStringLiteral("身份")));
        QVERIFY(reasons.value(12).startsWith(QStringLiteral("姓名")));
        QVERIFY(reasons.value(13).startsWith(QStringLiteral("微信号")));
        QVERIFY2(reasons.value(14).contains(QStringLiteral("line 2")), qPrintable(reasons.value(14)));
        QCOMPARE(s.firstProblems.first().line, 3);
    }

    void unterminatedQuoteIsARejectNotACrash()
    {
        test::TempDatabase t;
        MemberImporter importer(t.connection());
        MemberImportSummary s;
        QVERIFY(!importer.run(dataFile("unterminated.csv"), {}, &s));
        QCOMPARE(s.rows, 2);
        QCOMPARE(s.inserted, 1);
        QCOMPARE(s.rejected, 1);
        QCOMPARE(s.firstProblems.first().line, 3);
        QVERIFY(s.firstProblems.first().reason.contains(QStringLiteral("never closed")));
    }

    void unusableFilesChangeNothing()
    {
        test::TempDatabase t;
        const QStringList before = snapshot(t.connection());
        MemberImporter importer(t.connection());
        MemberImportSummary s;
        ImportError err = importer.run(dataFile("binary.bin"), {}, &s);
        QCOMPARE(err.kind, ImportError::Kind::File);
        QVERIFY(err.message.contains(QStringLiteral("not a text")));
        err = importer.run(dataFile("empty.csv"), {}, &s);
        QCOMPARE(err.kind, ImportError::Kind::File);
        QVERIFY(err.message.contains(QStringLiteral("empty")));
        // A header alone is a file with no rows: nothing to do, nothing wrong.
        err = importer.run(dataFile("header_only.csv"), {}, &s);
        QVERIFY2(!err, qPrintable(err.message));
        QCOMPARE(s.rows, 0);
        // A header without the required columns is refused as a whole.
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("nomap.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("手机号,备注\n13800000000,x\n");
        f.close();
        err = importer.run(f.fileName(), {}, &s);
        QCOMPARE(err.kind, ImportError::Kind::Mapping);
        QStringList after = snapshot(t.connection());
        after.removeIf([](const QString &row) { return row.startsWith(QStringLiteral("audit_log:")); });
        QCOMPARE(after, before);
    }

    // Against the database: skip leaves existing members alone, update overwrites the given cells,
    // adds tags and moves the balance through one ledger adjustment.
    void updateVersusSkip()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        MemberImporter importer(db);
        MemberImportSummary s;
        QVERIFY(!importer.run(dataFile("utf8_bom.csv"), {}, &s));
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("again.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("姓名,微信号,手机号,标签,积分,地区\n"
                "张伟(新),wxid_zhangwei01,,老客,1000,深圳\n"
                "新人,wxid_new01,13700000000,,,\n");
        f.close();
        const QStringList before = snapshot(db);
        MemberImportOptions skip;
        QVERIFY(!importer.run(f.fileName(), skip, &s));
        QCOMPARE(s.skipped, 1);
        QCOMPARE(s.inserted, 1);
        checkInvariant(s);
        QCOMPARE(scalar(db, QStringLiteral("SELECT display_name FROM members WHERE platform_id = 'wxid_zhangwei01'")).toString(),
                 QStringLiteral("张伟"));
        QVERIFY(before != snapshot(db));

        MemberImportOptions update;
        update.onDuplicate = DuplicatePolicy::Update;
        QVERIFY(!importer.run(f.fileName(), update, &s));
        QCOMPARE(s.updated, 2);
        QCOMPARE(s.inserted, 0);
        checkInvariant(s);
        QCOMPARE(scalar(db, QStringLiteral("SELECT display_name || '|' || phone || '|' || points_balance FROM members"
                                           " WHERE platform_id = 'wxid_zhangwei01'")).toString(),
                 QStringLiteral("张伟(新)|13812345678|1000")); // an empty cell keeps the phone
        QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(delta, ',') FROM (SELECT delta FROM points_ledger p"
                                           " JOIN members m ON m.id = p.member_id WHERE m.platform_id = 'wxid_zhangwei01'"
                                           " ORDER BY p.id)")).toString(),
                 QStringLiteral("1200,-200"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT r.name FROM members m JOIN regions r ON r.id = m.region_id"
                                           " WHERE m.platform_id = 'wxid_zhangwei01'")).toString(),
                 QStringLiteral("深圳"));
        // Tags are added, not replaced, and the search row follows the new name and tag.
        QCOMPARE(scalar(db, QStringLiteral("SELECT tags FROM member_search WHERE rowid = (SELECT id FROM members"
                                           " WHERE platform_id = 'wxid_zhangwei01')")).toString(),
                 QStringLiteral("新品控 复购 老客"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM member_search WHERE member_search MATCH"
                                           " 'display_name:\"张伟(新)\"'")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM member_search")).toInt(),
                 scalar(db, QStringLiteral("SELECT count(*) FROM members")).toInt());
    }

    // Cancelling mid-import, from the progress callback as the wizard's cancel button would,
    // leaves every table exactly as before.
    void cancelLeavesTheDatabaseAsBefore()
    {
        test::TempDatabase t;
        MemberImporter first(t.connection());
        MemberImportSummary s;
        QVERIFY(!first.run(dataFile("utf8_bom.csv"), {}, &s));
        const QStringList before = snapshot(t.connection());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.csv"));
        writeMembers(path, 20000);
        MemberImporter importer(t.connection());
        qint64 lastRows = 0, lastBytes = 0, total = 0;
        importer.setProgress([&](qint64 rows, qint64 bytes, qint64 bytesTotal) {
            QVERIFY(rows > lastRows && bytes >= lastBytes);
            lastRows = rows;
            lastBytes = bytes;
            total = bytesTotal;
            if (rows >= 10000)
                importer.cancel();
        });
        const ImportError err = importer.run(path, {}, &s);
        QCOMPARE(err.kind, ImportError::Kind::Cancelled);
        QVERIFY(lastRows >= 10000 && lastRows < 20000);
        QCOMPARE(total, QFileInfo(path).size());
        QCOMPARE(snapshot(t.connection()), before);
        // A new importer imports the file fully, and the indexes and triggers dropped for the
        // bulk load are all back as they were.
        const QString schemaSql = QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master"
                                                 " WHERE sql IS NOT NULL ORDER BY name)");
        const QString schema = scalar(t.connection(), schemaSql).toString();
        QVERIFY(schema.contains(QStringLiteral("members_phone")));
        MemberImporter again(t.connection());
        QVERIFY(!again.run(path, {}, &s));
        QCOMPARE(s.inserted, 20000);
        QCOMPARE(scalar(t.connection(), schemaSql).toString(), schema);
        QCOMPARE(scalar(t.connection(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(scalar(t.connection(), QStringLiteral("SELECT count(*) FROM member_search")).toInt(), 20003);
    }

    // A cancel that arrives after the last row, while the search and the indexes are being built,
    // interrupts SQLite and still leaves nothing behind.
    void cancelDuringTheFinalBuild()
    {
        test::TempDatabase t;
        const QStringList before = snapshot(t.connection());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.csv"));
        writeMembers(path, 20001); // the last report (20001 rows) is not one of the every-2000 ones
        MemberImporter importer(t.connection());
        bool sawEnd = false;
        importer.setProgress([&](qint64 rows, qint64 bytes, qint64 total) {
            if (rows == 20001 && bytes == total) {
                sawEnd = true;
                importer.cancel();
            }
        });
        MemberImportSummary s;
        const ImportError err = importer.run(path, {}, &s);
        QVERIFY(sawEnd);
        QCOMPARE(err.kind, ImportError::Kind::Cancelled);
        QCOMPARE(snapshot(t.connection()), before);
    }

    // A database failure half-way (a TEMP trigger that refuses one member) rolls back everything.
    void failureRollsBack()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        MemberImporter first(db);
        MemberImportSummary s;
        QVERIFY(!first.run(dataFile("utf8_bom.csv"), {}, &s));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.members"
                                      " WHEN NEW.platform_id = 'wxid_gen1500' BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        const QStringList before = snapshot(db);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.csv"));
        writeMembers(path, 3000);
        MemberImportOptions options;
        options.rejectsPath = dir.filePath(QStringLiteral("rejects.csv"));
        MemberImporter importer(db);
        const ImportError err = importer.run(path, options, &s);
        QCOMPARE(err.kind, ImportError::Kind::Database);
        QVERIFY2(err.message.contains(QStringLiteral("injected failure")) && err.message.contains(QStringLiteral("1502")),
                 qPrintable(err.message));
        QCOMPARE(snapshot(db), before);
        QVERIFY(!QFile::exists(options.rejectsPath));
    }

    void previewGuessesAndJudges()
    {
        MemberImportPreview p;
        QVERIFY(!MemberImporter::preview(dataFile("hostile.csv"), {}, 6, &p));
        QCOMPARE(p.format.encoding, TextEncoding::Utf8);
        QCOMPARE(p.header.size(), 13);
        QCOMPARE(p.mapping.at(2), MemberField::PlatformId);
        QCOMPARE(p.rows.size(), 6);
        QCOMPARE(p.verdicts.size(), 6);
        QVERIFY(p.verdicts.at(0).reason.isEmpty());
        QCOMPARE(p.verdicts.at(1).line, 3);
        QVERIFY(!p.verdicts.at(1).reason.isEmpty());
        QCOMPARE(p.verdicts.at(3).column, QStringLiteral("入群时间"));
        // Mapping the date column away makes that row fine.
        QList<MemberField> mapping = p.mapping;
        mapping[9] = MemberField::Ignore;
        MemberImporter::revalidate(&p, mapping);
        QVERIFY(p.verdicts.at(3).reason.isEmpty());
        // Without a platform ID column every row says why.
        mapping[2] = MemberField::Ignore;
        MemberImporter::revalidate(&p, mapping);
        QVERIFY(p.verdicts.at(0).reason.contains(QStringLiteral("platform ID")));
        QVERIFY(MemberImporter::preview(dataFile("binary.bin"), {}, 5, &p));
        QVERIFY(!p.fileProblem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMemberImport)
#include "tst_member_import.moc"
