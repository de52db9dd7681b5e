#include "TestSupport.h"

#include "io/MemberExport.h"
#include "io/MemberImport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace qundesk;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(QUNDESK_TEST_DATA_DIR "/csv/") + QString::fromLatin1(name);
}

void importFile(const QSqlDatabase &db, const QString &path)
{
    MemberImporter importer(db);
    MemberImportSummary s;
    const ImportError err = importer.run(path, {}, &s);
    QVERIFY2(!err, qPrintable(err.message));
    QCOMPARE(s.rejected, 0);
}

// The members as a user sees them, by platform ID: what a round trip must keep.
QStringList members(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    const bool ok = q.exec(QStringLiteral(
        "SELECT m.platform_id, m.display_name, coalesce(m.group_nickname, ''), coalesce(m.phone, ''), m.identity,"
        " m.verification, coalesce(c.name, ''), coalesce(r.name, ''), coalesce(t.name, ''),"
        " coalesce(m.first_joined_at, ''), m.points_balance, coalesce(m.notes, ''),"
        " coalesce((SELECT group_concat(name, ' ') FROM (SELECT tg.name FROM member_tags mt JOIN tags tg"
        "   ON tg.id = mt.tag_id WHERE mt.member_id = m.id ORDER BY tg.name)), '')"
        " FROM members m LEFT JOIN channels c ON c.id = m.channel_id LEFT JOIN regions r ON r.id = m.region_id"
        " LEFT JOIN tiers t ON t.id = m.tier_id ORDER BY m.platform_id"));
    if (!ok)
        return {QStringLiteral("query failed")};
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 13; ++i)
            cells.append(q.value(i).toString());
        out.append(cells.join(u'|'));
    }
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

// Exports: UTF-8 with BOM, masked unless asked, the header the importer reads, and a round trip
// through an unmasked export gives the same members.
class TestMemberExport : public QObject
{
    Q_OBJECT

private slots:
    void maskedWithBomAndChineseHeader()
    {
        test::TempDatabase t;
        importFile(t.connection(), dataFile("utf8_bom.csv"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        MemberExporter exporter(t.connection());
        qint64 rows = 0;
        QVERIFY(!exporter.exportFilter({}, path, {}, &rows));
        QCOMPARE(rows, 3);
        const QByteArray bytes = readFile(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.startsWith(QStringLiteral("姓名,群昵称,微信号,手机号,身份,认证状态,渠道,地区,层级,入群时间,标签,积分,备注\r\n")));
        QVERIFY2(text.contains(QStringLiteral("138****5678")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("wx****01")));
        QVERIFY(!text.contains(QStringLiteral("13812345678")));
        QVERIFY(!text.contains(QStringLiteral("wxid_zhangwei01")));
        QVERIFY(text.contains(QStringLiteral("实体店主,已通过")));
    }

    void englishHeaderAndUnmasked()
    {
        test::TempDatabase t;
        importFile(t.connection(), dataFile("utf8_bom.csv"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        MemberExporter exporter(t.connection());
        MemberExportOptions options;
        options.englishHeader = true;
        options.unmasked = true;
        MemberFilter stores;
        stores.identity = IdentityType::Store;
        qint64 rows = 0;
        QVERIFY(!exporter.exportFilter(stores, path, options, &rows));
        QCOMPARE(rows, 1);
        const QString text = QString::fromUtf8(readFile(path).mid(3));
        QVERIFY(text.startsWith(QStringLiteral("display_name,group_nickname,platform_id,phone,identity,verification,")));
        QVERIFY(text.contains(QStringLiteral("wxid_zhangwei01,13812345678,store,verified")));
        QVERIFY(!text.contains(QStringLiteral("wxid_lina02")));
    }

    void roundTrip()
    {
        test::TempDatabase source;
        importFile(source.connection(), dataFile("utf8_bom.csv"));
        importFile(source.connection(), dataFile("quoted.csv"));
        importFile(source.connection(), dataFile("english.csv"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("all.csv"));
        MemberExporter exporter(source.connection());
        MemberExportOptions options;
        options.unmasked = true;
        QVERIFY(!exporter.exportFilter({}, path, options));
        test::TempDatabase target;
        importFile(target.connection(), path);
        const QStringList before = members(source.connection());
        QCOMPARE(before.size(), 7);
        QCOMPARE(members(target.connection()), before);
    }

    void idsAndCancel()
    {
        test::TempDatabase t;
        importFile(t.connection(), dataFile("utf8_bom.csv"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ids.csv"));
        MemberExporter exporter(t.connection());
        MemberExportOptions options;
        options.unmasked = true;
        qint64 rows = 0;
        QVERIFY(!exporter.exportIds({3, 1, 999, 1}, path, options, &rows));
        QCOMPARE(rows, 2);
        const QString text = QString::fromUtf8(readFile(path));
        QVERIFY(text.contains(QStringLiteral("wxid_zhangwei01")));
        QVERIFY(text.contains(QStringLiteral("wxid_wangfang03")));
        QVERIFY(!text.contains(QStringLiteral("wxid_lina02")));
        MemberExporter cancelled(t.connection());
        cancelled.cancel();
        const ImportError err = cancelled.exportFilter({}, path, options);
        QCOMPARE(err.kind, ImportError::Kind::Cancelled);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestMemberExport)
#include "tst_member_export.moc"
