#include "DayListTestData.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace qundesk;
using test::DayListFixture;
using test::runCli;

namespace {

QStringList dayArgs(const QString &db, const QStringList &more)
{
    return QStringList { QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("day") } + more;
}

} // namespace

class TestCliDayReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestActor(); }

    void jsonListsTheDayAndTomorrow()
    {
        DayListFixture f;
        const auto r = runCli(dayArgs(f.t.path,
            { QStringLiteral("--operator"), QStringLiteral("林晓"), QStringLiteral("--date"),
                QStringLiteral("2026-11-23"), QStringLiteral("--now"), QStringLiteral("2026-11-23 10:30"),
                QStringLiteral("--json") }));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(QStringLiteral("operator")).toObject().value(QStringLiteral("id")).toInteger(), f.linXiao);
        QCOMPARE(root.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-23"));
        const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("total")).toInt(), 5);
        QCOMPARE(summary.value(QStringLiteral("done")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("overdue")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("skipped")).toInt(), 1);

        const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 6);
        QJsonObject morning;
        for (const QJsonValue &v : entries) {
            if (v.toObject().value(QStringLiteral("entry_id")).toInteger() == f.morning)
                morning = v.toObject();
        }
        QCOMPARE(morning.value(QStringLiteral("overdue")).toBool(), true);
        QCOMPARE(morning.value(QStringLiteral("minutes_late")).toInt(), 90);
        QCOMPARE(morning.value(QStringLiteral("slot_label")).toString(), QStringLiteral("早安问候"));
        QCOMPARE(morning.value(QStringLiteral("group")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("宠粉福利1群"));
        QCOMPARE(morning.value(QStringLiteral("text")).toString(),
            QStringLiteral("早上好呀～本周福利：周三下午茶、周五秒杀，记得准时来！"));

        const QJsonObject tomorrow = root.value(QStringLiteral("tomorrow")).toObject();
        QCOMPARE(tomorrow.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-24"));
        QCOMPARE(tomorrow.value(QStringLiteral("entries")).toArray().size(), 1);
        QCOMPARE(tomorrow.value(QStringLiteral("entries")).toArray().at(0).toObject().value(QStringLiteral("title")).toString(),
            QStringLiteral("上午干货：防晒误区"));

        // By id, the same list.
        const auto byId = runCli(dayArgs(f.t.path,
            { QStringLiteral("--operator"), QString::number(f.linXiao), QStringLiteral("--date"),
                QStringLiteral("2026-11-23"), QStringLiteral("--json") }));
        QCOMPARE(byId.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(byId.out).object().value(QStringLiteral("entries")).toArray().size(), 6);
    }

    void textGroupsBySlotWithTheTexts()
    {
        DayListFixture f;
        const auto r = runCli(dayArgs(f.t.path,
            { QStringLiteral("--operator"), QStringLiteral("林晓"), QStringLiteral("--date"),
                QStringLiteral("2026-11-23"), QStringLiteral("--now"), QStringLiteral("2026-11-23 14:30") }));
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.startsWith(QStringLiteral("林晓 (#%1), 2 groups: Mon 2026-11-23, 5 posts, 1 done, 3 overdue, 1 skipped").arg(f.linXiao)),
            qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("09:00 早安问候  (1/2 done)")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("OVERDUE by 5h 30m")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("OVERDUE by 30m")), qPrintable(out)); // 14:00
        QVERIFY2(out.contains(QStringLiteral("done 09:05")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("        点击小程序链接下单，拼手速～")), qPrintable(out)); // second line of the text
        QVERIFY2(out.contains(QStringLiteral("[-]")), qPrintable(out)); // skipped
        QVERIFY2(!out.contains(QStringLiteral("晚安总结")), qPrintable(out)); // cancelled
        QVERIFY2(out.contains(QStringLiteral("Tomorrow, Tue 2026-11-24: 1 post, 0 done")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("上午干货：防晒误区")), qPrintable(out));
        // The preview leaves tomorrow's texts out.
        QVERIFY2(!out.contains(QStringLiteral("防晒三大误区")), qPrintable(out));

        const auto brief = runCli(dayArgs(f.t.path,
            { QStringLiteral("--operator"), QStringLiteral("林晓"), QStringLiteral("--date"),
                QStringLiteral("2026-11-23"), QStringLiteral("--no-text") }));
        QCOMPARE(brief.exitCode, 0);
        QVERIFY(!QString::fromUtf8(brief.out).contains(QStringLiteral("拼手速")));

        const auto empty = runCli(dayArgs(f.t.path,
            { QStringLiteral("--operator"), QStringLiteral("王芳"), QStringLiteral("--date"), QStringLiteral("2026-12-01") }));
        QCOMPARE(empty.exitCode, 0);
        QVERIFY2(empty.out.contains("Nothing to post."), empty.out.constData());
    }

    void badValuesAreNamed()
    {
        DayListFixture f;
        const auto noOperator = runCli(dayArgs(f.t.path, {}));
        QCOMPARE(noOperator.exitCode, 2);
        QVERIFY2(noOperator.err.contains("--operator"), noOperator.err.constData());

        const auto unknown = runCli(dayArgs(f.t.path, { QStringLiteral("--operator"), QStringLiteral("赵六") }));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(QString::fromUtf8(unknown.err).contains(QStringLiteral("赵六")), unknown.err.constData());

        const auto badDate = runCli(dayArgs(f.t.path,
            { QStringLiteral("--operator"), QStringLiteral("林晓"), QStringLiteral("--date"), QStringLiteral("23.11.2026") }));
        QCOMPARE(badDate.exitCode, 2);
        QVERIFY2(badDate.err.contains("23.11.2026"), badDate.err.constData());

        const auto badNow = runCli(dayArgs(f.t.path,
            { QStringLiteral("--operator"), QStringLiteral("林晓"), QStringLiteral("--now"), QStringLiteral("soon") }));
        QCOMPARE(badNow.exitCode, 2);
        QVERIFY2(badNow.err.contains("soon"), badNow.err.constData());

        QCOMPARE(runCli(dayArgs(f.t.path, { QStringLiteral("extra") })).exitCode, 2);
        const auto help = runCli({ QStringLiteral("report"), QStringLiteral("day"), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("report day"), help.out.constData());
        const auto reportHelp = runCli({ QStringLiteral("report"), QStringLiteral("--help") });
        QVERIFY2(reportHelp.out.contains("day "), reportHelp.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliDayReport)
#include "tst_cli_day_report.moc"
