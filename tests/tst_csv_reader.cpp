#include "TestSupport.h"

#include "io/CsvReader.h"
#include "io/MemberImportRow.h"

#include <QTemporaryDir>
#include <QTest>

using namespace qundesk;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(QUNDESK_TEST_DATA_DIR "/csv/") + QString::fromLatin1(name);
}

QList<CsvRecord> readAll(CsvReader &reader)
{
    QList<CsvRecord> out;
    CsvRecord r;
    while (reader.next(&r))
        out.append(r);
    return out;
}

} // namespace

// The reading layer on hostile files: encodings, delimiters, RFC 4180 quoting, line numbers.
class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void encodingsAndDelimiters_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("utf-8 bom") << dataFile("utf8_bom.csv") << int(TextEncoding::Utf8) << true << QChar(u',');
        QTest::newRow("utf-8") << dataFile("utf8_plain.csv") << int(TextEncoding::Utf8) << false << QChar(u',');
        QTest::newRow("gbk") << dataFile("gbk.csv") << int(TextEncoding::Gb18030) << false << QChar(u',');
        QTest::newRow("utf-16le") << dataFile("utf16le_bom.csv") << int(TextEncoding::Utf16Le) << true << QChar(u'\t');
        QTest::newRow("semicolon") << dataFile("semicolon.csv") << int(TextEncoding::Utf8) << false << QChar(u';');
        QTest::newRow("tab") << dataFile("tab.tsv") << int(TextEncoding::Utf8) << false << QChar(u'\t');
        QTest::newRow("crlf") << dataFile("crlf.csv") << int(TextEncoding::Utf8) << false << QChar(u',');
    }

    // Every variant of the same three members reads as the same cells on the same lines.
    void encodingsAndDelimiters()
    {
        QFETCH(QString, file);
        QFETCH(int, encoding);
        QFETCH(bool, bom);
        QFETCH(QChar, delimiter);
        CsvReader reader;
        QVERIFY2(reader.open(file), qPrintable(reader.errorString()));
        QCOMPARE(int(reader.format().encoding), encoding);
        QCOMPARE(reader.format().bom, bom);
        QCOMPARE(reader.format().delimiter, delimiter);
        const QList<CsvRecord> records = readAll(reader);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(0).fields.first(), QStringLiteral("姓名"));
        QCOMPARE(records.at(0).fields.size(), 13);
        QCOMPARE(records.at(1).fields.at(0), QStringLiteral("张伟"));
        QCOMPARE(records.at(1).fields.at(10), QStringLiteral("新品控，复购")); // the full-width comma is data
        QCOMPARE(records.at(1).line, 2);
        QCOMPARE(records.at(3).line, 4);
        QCOMPARE(records.at(3).fields.at(12), QStringLiteral("备注里有逗号,还有\"引号\""));
        QVERIFY(!reader.hadDecodingErrors());
    }

    void explicitEncodingOverrides()
    {
        CsvReader reader;
        QVERIFY(reader.open(dataFile("gbk.csv"), {TextEncoding::Gb18030, QChar()}));
        QCOMPARE(reader.format().encoding, TextEncoding::Gb18030);
        CsvRecord r;
        QVERIFY(reader.next(&r));
        QCOMPARE(r.fields.first(), QStringLiteral("姓名"));
        // Forcing UTF-8 on GBK bytes gives replacement characters, and says so.
        CsvReader wrong;
        QVERIFY(wrong.open(dataFile("gbk.csv"), {TextEncoding::Utf8, QChar()}));
        QVERIFY(wrong.next(&r));
        QVERIFY(r.fields.first() != QStringLiteral("姓名"));
        QVERIFY(wrong.hadDecodingErrors());
    }

    // Commas, doubled quotes and CR / LF / CRLF inside quotes; the record's line is where it starts.
    void quotedFieldsAndLines()
    {
        CsvReader reader;
        QVERIFY(reader.open(dataFile("quoted.csv")));
        const QList<CsvRecord> records = readAll(reader);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(1).fields.at(0), QStringLiteral("赵, 六"));
        QCOMPARE(records.at(1).fields.at(12), QStringLiteral("第一行\n第二行,有逗号"));
        QCOMPARE(records.at(1).line, 2);
        QCOMPARE(records.at(2).fields.at(1), QStringLiteral("带\"引号\"的昵称"));
        QCOMPARE(records.at(2).fields.at(12), QStringLiteral("多行\r\n备注"));
        QCOMPARE(records.at(2).line, 4);
        QCOMPARE(records.at(3).line, 6);
        QCOMPARE(records.at(3).fields.at(12), QStringLiteral("最后一行没有换行"));
        QVERIFY(!records.at(3).unterminatedQuote);
    }

    void blankLinesSkippedAndCrOnly()
    {
        CsvReader reader;
        QVERIFY(reader.openData(QByteArray("a,b\r\r\n\n1,2\r3,\"x\ry\"\r\n\n")));
        const QList<CsvRecord> records = readAll(reader);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(1).line, 4);
        QCOMPARE(records.at(1).fields, QStringList({QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(records.at(2).line, 5);
        QCOMPARE(records.at(2).fields.at(1), QStringLiteral("x\ry"));
    }

    void unterminatedQuoteNamesItsLine()
    {
        CsvReader reader;
        QVERIFY(reader.open(dataFile("unterminated.csv")));
        const QList<CsvRecord> records = readAll(reader);
        QCOMPARE(records.size(), 3);
        QVERIFY(!records.at(1).unterminatedQuote);
        QVERIFY(records.at(2).unterminatedQuote);
        QCOMPARE(records.at(2).line, 3);
    }

    void binaryAndEmptyFiles()
    {
        CsvReader binary;
        QVERIFY(!binary.open(dataFile("binary.bin")));
        QVERIFY2(binary.errorString().contains(QStringLiteral("not a text")), qPrintable(binary.errorString()));
        CsvReader empty;
        QVERIFY(empty.open(dataFile("empty.csv")));
        CsvRecord r;
        QVERIFY(!empty.next(&r));
        CsvReader missing;
        QVERIFY(!missing.open(dataFile("no-such-file.csv")));
        QVERIFY(missing.errorString().contains(QStringLiteral("no-such-file.csv")));
    }

    // Records, quotes and multi-byte characters that straddle the 1 MB read chunks and the
    // 4 MB detection head come out whole, and the line count stays right.
    void largeFileAcrossChunks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("名字,备注\n");
        const int rows = 120000;
        for (int i = 0; i < rows; ++i)
            f.write(QStringLiteral("成员%1,\"第%1行\n续\"\r\n").arg(i).toUtf8());
        f.close();
        CsvReader reader;
        QVERIFY(reader.open(path));
        CsvRecord r;
        QVERIFY(reader.next(&r));
        int n = 0;
        while (reader.next(&r)) {
            if (r.fields.size() != 2 || r.fields.at(0) != QStringLiteral("成员%1").arg(n)
                || r.fields.at(1) != QStringLiteral("第%1行\n续").arg(n) || r.line != 2 + 2 * qint64(n))
                QFAIL(qPrintable(QStringLiteral("record %1 at line %2: %3").arg(n).arg(r.line).arg(r.fields.join(u'|'))));
            ++n;
        }
        QCOMPARE(n, rows);
        QCOMPARE(reader.bytesRead(), reader.bytesTotal());
    }

    void delimiterDetection()
    {
        QCOMPARE(detectDelimiter(u"a;b;c\n1;2;3\n"), QChar(u';'));
        QCOMPARE(detectDelimiter(u"a|b\n1|2\n"), QChar(u'|'));
        QCOMPARE(detectDelimiter(u"名字，备注\n张三，李四\n"), QChar(u',')); // full-width comma is data
        QCOMPARE(detectDelimiter(u"\"a;x\",b\n\"1;2\",3\n"), QChar(u','));
    }

    void writerQuotesWhatNeedsIt()
    {
        QCOMPARE(CsvWriter::escape(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvWriter::escape(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::escape(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::escape(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        CsvWriter w;
        QVERIFY(w.open(path));
        QVERIFY(w.write({QStringLiteral("甲"), QStringLiteral("x,\"y\"\nz")}));
        QVERIFY(w.close());
        CsvReader back;
        QVERIFY(back.open(path));
        QVERIFY(back.format().bom);
        CsvRecord r;
        QVERIFY(back.next(&r));
        QCOMPARE(r.fields, QStringList({QStringLiteral("甲"), QStringLiteral("x,\"y\"\nz")}));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
