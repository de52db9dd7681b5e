#include "io/ICalendar.h"

#include <QRandomGenerator>
#include <QTest>

using namespace qundesk;
using namespace qundesk::ical;

namespace {

// The physical lines of a folded content line (CRLF removed), checked to end with CRLF.
QList<QByteArray> physicalLines(const QByteArray &folded)
{
    QList<QByteArray> lines = folded.split('\n');
    lines.removeLast(); // after the final LF
    for (QByteArray &l : lines) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    return lines;
}

QByteArray unfold(const QByteArray &folded)
{
    QByteArray out = folded;
    out.replace("\r\n ", "");
    out.chop(2);
    return out;
}

bool isValidUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes && !QString::fromUtf8(bytes).contains(QChar::ReplacementCharacter);
}

QByteArray calendar(const QByteArray &body)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + body + "END:VCALENDAR\r\n";
}

QByteArray vevent(const QByteArray &extra = {})
{
    return "BEGIN:VEVENT\r\nUID:1@x\r\nDTSTAMP:20261123T010000Z\r\nDTSTART:20261123T090000Z\r\n" + extra
        + "END:VEVENT\r\n";
}

Event sampleEvent()
{
    Event e;
    e.uid = QStringLiteral("qundesk-entry-7@db");
    e.start = QDateTime(QDate(2026, 11, 23), QTime(20, 0));
    e.end = e.start.addSecs(1800);
    e.summary = QStringLiteral("爆款面霜限时秒杀; 第2轮, 仅限\\群内");
    e.description = QStringLiteral("第一行\n第二行：价格 ¥99, 限量 100 件;\r\n第三行 😀 结束");
    e.location = QStringLiteral("宠粉福利1群");
    e.categories = { QStringLiteral("Flash sale"), QStringLiteral("福利,秒杀") };
    e.status = QStringLiteral("CONFIRMED");
    e.extra = { { QStringLiteral("X-QUNDESK-GROUP"), QStringLiteral("宠粉福利1群") } };
    return e;
}

} // namespace

class TestICalendar : public QObject
{
    Q_OBJECT

private slots:
    void escapeText()
    {
        QCOMPARE(ical::escapeText(QStringLiteral("a\\b;c,d\ne\r\nf\rg")), QStringLiteral("a\\\\b\\;c\\,d\\ne\\nf\\ng"));
        QCOMPARE(ical::escapeText(QStringLiteral("早安:问候")), QStringLiteral("早安:问候")); // colon is fine in TEXT
        QString back;
        QVERIFY(Parser::unescapeText(QStringLiteral("a\\\\b\\;c\\,d\\ne\\Nf"), &back));
        QCOMPARE(back, QStringLiteral("a\\b;c,d\ne\nf"));
        int bad = -1;
        QVERIFY(!Parser::unescapeText(QStringLiteral("ab\\x"), &back, &bad));
        QCOMPARE(bad, 2);
        QCOMPARE(Parser::textList(QStringLiteral("Flash sale,福利\\,秒杀,a\\\\")),
            QStringList({ QStringLiteral("Flash sale"), QStringLiteral("福利,秒杀"), QStringLiteral("a\\") }));
    }

    void foldAtExactBoundaries_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QList<int>>("lengths"); // octets of each physical line, the fold's space included

        QTest::newRow("75 ASCII: no fold") << QByteArray(75, 'a') << QList<int> { 75 };
        QTest::newRow("76 ASCII: one octet over") << QByteArray(76, 'a') << QList<int> { 75, 2 };
        // "SUMMARY:" is 8 octets; CJK characters are 3.
        const QByteArray summary("SUMMARY:");
        const QByteArray cjk = QStringLiteral("早").toUtf8();
        QTest::newRow("8+1+22×3 = 75: no fold") << summary + "a" + cjk.repeated(22) << QList<int> { 75 };
        QTest::newRow("8+1+23×3 = 78: fold on the character boundary at 75")
            << summary + "a" + cjk.repeated(23) << QList<int> { 75, 4 };
        // 8 + 22×3 = 74: the 23rd character would straddle octet 75, so the fold comes at 74.
        QTest::newRow("8+23×3: fold before the straddling character")
            << summary + cjk.repeated(23) << QList<int> { 74, 4 };
        // Continuations carry 74 octets after the space: 24 CJK characters (72) fit, 25 do not.
        QTest::newRow("continuations of CJK")
            << summary + "a" + cjk.repeated(22 + 24 + 1) << QList<int> { 75, 73, 4 };
        const QByteArray emoji = QStringLiteral("😀").toUtf8(); // 4 octets
        QTest::newRow("4-octet characters") << summary + "abc" + emoji.repeated(17) << QList<int> { 75, 5 };
    }

    void foldAtExactBoundaries()
    {
        QFETCH(QByteArray, line);
        QFETCH(QList<int>, lengths);
        const QByteArray folded = foldLine(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> lines = physicalLines(folded);
        QList<int> actual;
        for (const QByteArray &l : lines) {
            actual.append(int(l.size()));
            QVERIFY2(isValidUtf8(l), l.constData());
        }
        QCOMPARE(actual, lengths);
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY(lines.at(i).startsWith(' '));
        QCOMPARE(unfold(folded), line);
    }

    void foldRandomText()
    {
        // Mixed ASCII, CJK and emoji of every length: never over 75 octets, never a split character,
        // unfolding gives the line back.
        QRandomGenerator rng(20261123);
        const QStringList pieces = { QStringLiteral("a"), QStringLiteral(" "), QStringLiteral("群"),
            QStringLiteral("¥"), QStringLiteral("😀"), QStringLiteral("\\,") };
        for (int round = 0; round < 400; ++round) {
            QString text = QStringLiteral("DESCRIPTION:");
            const int n = int(rng.bounded(200));
            for (int i = 0; i < n; ++i)
                text += pieces.at(int(rng.bounded(int(pieces.size()))));
            const QByteArray line = text.toUtf8();
            const QByteArray folded = foldLine(line);
            for (const QByteArray &l : physicalLines(folded)) {
                QVERIFY(l.size() <= 75);
                QVERIFY(isValidUtf8(l));
            }
            QCOMPARE(unfold(folded), line);
        }
    }

    void writerRoundTripsThroughParser()
    {
        Writer writer(QTimeZone("Asia/Shanghai"), QDateTime(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::utc()));
        writer.setCalendarName(QStringLiteral("内容日历, 本周"));
        Event long_ = sampleEvent();
        long_.uid = QStringLiteral("qundesk-entry-8@db");
        long_.description = QStringLiteral("很长的话术：").repeated(40);
        const QByteArray doc = writer.document({ sampleEvent(), long_ });

        QList<Component> parsed;
        const ParseError err = Parser().parse(doc, &parsed);
        QVERIFY2(!err, qPrintable(err.toString()));
        QCOMPARE(parsed.size(), 1);
        const Component &cal = parsed.first();
        QCOMPARE(cal.text(QStringLiteral("X-WR-CALNAME")), QStringLiteral("内容日历, 本周"));
        const QList<const Component *> events = cal.children(QStringLiteral("VEVENT"));
        QCOMPARE(events.size(), 2);
        const Event in = sampleEvent();
        const Component &ev = *events.first();
        QCOMPARE(ev.text(QStringLiteral("UID")), in.uid);
        QCOMPARE(ev.text(QStringLiteral("SUMMARY")), in.summary);
        // CRLF inside the text comes back as a plain line break.
        QCOMPARE(ev.text(QStringLiteral("DESCRIPTION")), QString(in.description).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
        QCOMPARE(ev.text(QStringLiteral("LOCATION")), in.location);
        QCOMPARE(Parser::textList(ev.property(QStringLiteral("CATEGORIES"))->value), in.categories);
        QCOMPARE(ev.text(QStringLiteral("STATUS")), QStringLiteral("CONFIRMED"));
        QCOMPARE(ev.text(QStringLiteral("X-QUNDESK-GROUP")), QStringLiteral("宠粉福利1群"));
        QCOMPARE(ev.property(QStringLiteral("DTSTAMP"))->value, QStringLiteral("20261120T080000Z"));
        const Property *start = ev.property(QStringLiteral("DTSTART"));
        QCOMPARE(start->parameter(QStringLiteral("TZID")), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(Parser::dateTime(*start), in.start);
        QCOMPARE(Parser::dateTime(*ev.property(QStringLiteral("DTEND"))), in.end);
        QCOMPARE(events.at(1)->text(QStringLiteral("DESCRIPTION")), long_.description);
    }

    void timeZoneWithoutTransitions()
    {
        const QByteArray doc = Writer(QTimeZone("Asia/Shanghai")).document({ sampleEvent() });
        QVERIFY(doc.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
                             "TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\n"));
        QVERIFY(doc.contains("DTSTART;TZID=Asia/Shanghai:20261123T200000\r\n"));
        QVERIFY(doc.contains("X-WR-TIMEZONE:Asia/Shanghai\r\n"));
    }

    void timeZoneWithDaylightSaving()
    {
        Event summer = sampleEvent();
        summer.start = QDateTime(QDate(2026, 7, 1), QTime(9, 0));
        summer.end = summer.start.addSecs(1800);
        const QByteArray doc = Writer(QTimeZone("Europe/Berlin")).document({ summer });
        QList<Component> parsed;
        const ParseError err = Parser().parse(doc, &parsed);
        QVERIFY2(!err, qPrintable(err.toString()));
        const Component *tz = parsed.first().children(QStringLiteral("VTIMEZONE")).first();
        // Clocks go forward at 02:00 CET on 29 March 2026 and back at 03:00 CEST on 25 October.
        bool spring = false, autumn = false;
        for (const Component *d : tz->children(QStringLiteral("DAYLIGHT")))
            spring = spring
                || (d->text(QStringLiteral("DTSTART")) == u"20260329T020000"
                    && d->text(QStringLiteral("TZOFFSETFROM")) == u"+0100"
                    && d->text(QStringLiteral("TZOFFSETTO")) == u"+0200");
        for (const Component *s : tz->children(QStringLiteral("STANDARD")))
            autumn = autumn
                || (s->text(QStringLiteral("DTSTART")) == u"20261025T030000"
                    && s->text(QStringLiteral("TZOFFSETFROM")) == u"+0200"
                    && s->text(QStringLiteral("TZOFFSETTO")) == u"+0100");
        QVERIFY(spring);
        QVERIFY(autumn);
        QVERIFY(doc.contains("DTSTART;TZID=Europe/Berlin:20260701T090000\r\n"));
    }

    void utcWhenTheZoneHasNoName()
    {
        // A fixed offset has no name a calendar could resolve: the times go out as UTC.
        const Writer writer(QTimeZone(8 * 3600));
        QVERIFY(!writer.usesTimeZone());
        const QByteArray doc = writer.document({ sampleEvent() });
        QVERIFY(!doc.contains("VTIMEZONE"));
        QVERIFY(doc.contains("DTSTART:20261123T120000Z\r\n"));
        QVERIFY(doc.contains("DTEND:20261123T123000Z\r\n"));
        QList<Component> parsed;
        QVERIFY(!Parser().parse(doc, &parsed));
        const QDateTime start = Parser::dateTime(*parsed.first().children(QStringLiteral("VEVENT")).first()->property(
            QStringLiteral("DTSTART")));
        QCOMPARE(start, QDateTime(QDate(2026, 11, 23), QTime(20, 0), QTimeZone(8 * 3600)));
    }

    void parseErrorsNameLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        QTest::newRow("LF line ends") << QByteArray("BEGIN:VCALENDAR\nVERSION:2.0\n") << 1 << 16
                                      << QStringLiteral("not CRLF");
        QTest::newRow("no final CRLF") << calendar(vevent()).chopped(2) << 9 << 14 << QStringLiteral("CRLF");
        QTest::newRow("line too long") << calendar(vevent("SUMMARY:" + QByteArray(70, 'x') + "\r\n")) << 8 << 76
                                       << QStringLiteral("78 octets");
        // Column counts characters: "SUMMARY:早安" is 10 characters, the control character the 11th.
        QTest::newRow("control character after CJK")
            << calendar(vevent(QStringLiteral("SUMMARY:早安").toUtf8() + "\x01\r\n")) << 8 << 11
            << QStringLiteral("control character");
        // In a continuation line the column counts the fold's space: " 早" then the bad byte is column 3.
        QTest::newRow("invalid UTF-8 in a continuation")
            << calendar(vevent("SUMMARY:abc\r\n " + QStringLiteral("早").toUtf8() + "\xff\r\n")) << 9 << 3
            << QStringLiteral("UTF-8");
        QTest::newRow("missing colon") << calendar(vevent("SUMMARY;LANGUAGE=zh\r\n")) << 8 << 20
                                       << QStringLiteral("expected ':'");
        QTest::newRow("bad escape") << calendar(vevent("SUMMARY:a\\qb\r\n")) << 8 << 1
                                    << QStringLiteral("escapes nothing");
        QTest::newRow("END mismatch") << calendar("BEGIN:VEVENT\r\nUID:1\r\nEND:VTODO\r\n") << 6 << 5
                                      << QStringLiteral("does not close BEGIN:VEVENT of line 4");
        QTest::newRow("never closed") << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") << 1 << 1
                                      << QStringLiteral("never closed");
        QTest::newRow("no UID") << calendar("BEGIN:VEVENT\r\nDTSTAMP:20261123T010000Z\r\nDTSTART:20261123T090000Z\r\n"
                                            "END:VEVENT\r\n")
                                << 4 << 1 << QStringLiteral("exactly one UID");
        QTest::newRow("TZID without VTIMEZONE")
            << calendar("BEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20261123T010000Z\r\nDTSTART;TZID=Asia/Shanghai:20261123T0900"
                        "00\r\nEND:VEVENT\r\n")
            << 7 << 1 << QStringLiteral("without a VTIMEZONE");
        QTest::newRow("bad date") << calendar(vevent("DTEND:2026-11-23\r\n")) << 8 << 1
                                  << QStringLiteral("not a date-time");
        QTest::newRow("empty line") << QByteArray("BEGIN:VCALENDAR\r\n\r\n") << 2 << 1 << QStringLiteral("empty line");
    }

    void parseErrorsNameLineAndColumn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QList<Component> parsed;
        const ParseError err = Parser().parse(bytes, &parsed);
        QVERIFY(err);
        QVERIFY2(err.message.contains(message), qPrintable(err.toString()));
        QCOMPARE(err.line, line);
        QCOMPARE(err.column, column);
        QVERIFY(err.toString().startsWith(QStringLiteral("line %1, column %2: ").arg(line).arg(column)));
    }

    void parsesQuotedParametersAndFoldedNames()
    {
        const QByteArray doc = calendar(vevent("ATTENDEE;CN=\"Li, Na\";ROLE=REQ-PARTICIPANT:mailto:a@b.c\r\n"
                                              "SUMM\r\n ARY:ok\r\n"));
        QList<Component> parsed;
        const ParseError err = Parser().parse(doc, &parsed);
        QVERIFY2(!err, qPrintable(err.toString()));
        const Component *ev = parsed.first().children(QStringLiteral("VEVENT")).first();
        QCOMPARE(ev->property(QStringLiteral("ATTENDEE"))->parameter(QStringLiteral("CN")), QStringLiteral("Li, Na"));
        QCOMPARE(ev->property(QStringLiteral("ATTENDEE"))->value, QStringLiteral("mailto:a@b.c"));
        QCOMPARE(ev->text(QStringLiteral("SUMMARY")), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
