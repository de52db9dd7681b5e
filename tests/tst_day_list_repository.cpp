#include "DayListTestData.h"
#include "TestSupport.h"

#include "storage/DayListRepository.h"
#include "storage/ScheduleRepository.h"

#include <QJsonObject>
#include <QTest>

using namespace qundesk;
using K = DatabaseError::Kind;
using test::DayListFixture;

namespace {

QList<qint64> ids(const QList<DayListItem> &items)
{
    QList<qint64> out;
    for (const DayListItem &item : items)
        out << item.entryId;
    return out;
}

const DayListItem &find(const QList<DayListItem> &items, qint64 id)
{
    for (const DayListItem &item : items) {
        if (item.entryId == id)
            return item;
    }
    qFatal("entry %lld is not listed", static_cast<long long>(id));
}

} // namespace

class TestDayListRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestActor(); }

    void listsTheOperatorsGroupsAndTheirAssignedEntries()
    {
        DayListFixture f;
        DayListRepository repo(f.t.connection());
        QList<DayListItem> items;
        QVERIFY_OK(repo.day(f.linXiao, DayListFixture::day(), &items));
        // Own groups (also the 13:00 entry assigned to 王芳), the 16:00 entry lent from 王芳's
        // group, the skipped one; not the cancelled one, not 王芳's own 20:00, not tomorrow's.
        // At 09:00 the group names order the two posts: 实 (U+5B9E) before 宠 (U+5BA0).
        const QList<qint64> expected { f.guideMorning, f.morning, f.noonForWang, f.sale, f.lent, f.skipped };
        QCOMPARE(ids(items), expected);

        QList<DayListItem> wang;
        QVERIFY_OK(repo.day(f.wangFang, DayListFixture::day(), &wang));
        QCOMPARE(ids(wang), (QList<qint64> { f.noonForWang, f.lent, f.wangEvening }));

        QList<DayListItem> next;
        QVERIFY_OK(repo.day(f.linXiao, DayListFixture::day().addDays(1), &next));
        QCOMPARE(ids(next), QList<qint64> { f.tomorrow });

        QList<DayListItem> none;
        QVERIFY_OK(repo.day(f.linXiao, DayListFixture::day().addDays(-1), &none));
        QVERIFY(none.isEmpty());
        QVERIFY_OK(repo.day(0, DayListFixture::day(), &none));
        QVERIFY(none.isEmpty());
    }

    void itemsCarryTheTextToPaste()
    {
        DayListFixture f;
        QList<DayListItem> items;
        QVERIFY_OK(DayListRepository(f.t.connection()).day(f.linXiao, DayListFixture::day(), &items));

        const DayListItem &morning = find(items, f.morning);
        QCOMPARE(morning.groupName, QStringLiteral("宠粉福利1群"));
        QCOMPARE(morning.title, QStringLiteral("早安问候：本周福利预告"));
        QCOMPARE(morning.text, QStringLiteral("早上好呀～本周福利：周三下午茶、周五秒杀，记得准时来！"));
        QCOMPARE(morning.slotLabel, QStringLiteral("早安问候")); // the configured 09:00 slot
        QCOMPARE(morning.time(), QTime(9, 0));
        QCOMPARE(morning.materialCount, 0);

        // No title or body of its own: the content item's, with its kind and materials.
        const DayListItem &sale = find(items, f.sale);
        QCOMPARE(sale.title, QStringLiteral("爆款面霜限时秒杀"));
        QVERIFY(sale.text.startsWith(QStringLiteral("【限时秒杀】")));
        QVERIFY(sale.text.contains(u'\n'));
        QCOMPARE(sale.kind, std::optional<ContentKind>(ContentKind::FlashSale));
        QCOMPARE(sale.materialCount, 2);
        QCOMPARE(sale.contentItemId, f.item);

        const DayListItem &done = find(items, f.guideMorning);
        QCOMPARE(done.status, ScheduleStatus::Done);
        QCOMPARE(done.doneAt, DayListFixture::at(9, 5));
        QCOMPARE(find(items, f.skipped).status, ScheduleStatus::Skipped);
        QCOMPARE(find(items, f.lent).operatorId, f.linXiao);
    }

    void overdueIsPlannedAndPast()
    {
        DayListFixture f;
        QList<DayListItem> items;
        QVERIFY_OK(DayListRepository(f.t.connection()).day(f.linXiao, DayListFixture::day(), &items));
        const QDateTime now = DayListFixture::at(14, 1);

        const DayListItem &morning = find(items, f.morning);
        QVERIFY(morning.isOverdue(now));
        QCOMPARE(morning.minutesLate(now), qint64(5 * 60 + 1));
        QVERIFY(!morning.isOverdue(DayListFixture::at(9, 0))); // exactly on time is not late
        QVERIFY(morning.isOverdue(DayListFixture::at(9, 0).addSecs(1)));
        QCOMPARE(morning.minutesLate(DayListFixture::at(9, 0).addSecs(59)), qint64(0));
        QVERIFY(!find(items, f.guideMorning).isOverdue(now)); // done
        QVERIFY(!find(items, f.skipped).isOverdue(DayListFixture::at(23))); // skipped
        QVERIFY(find(items, f.sale).isOverdue(now));
        QVERIFY(!find(items, f.lent).isOverdue(now)); // 16:00, still ahead

        const DayListSummary s = DayListSummary::of(items, now);
        QCOMPARE(s.total, 5); // the skipped post does not count
        QCOMPARE(s.done, 1);
        QCOMPARE(s.overdue, 3); // 09:00, 13:00, 14:00
        QCOMPARE(s.skipped, 1);

        const QJsonObject json = find(items, f.morning).toJson(now);
        QCOMPARE(json.value(QStringLiteral("overdue")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("minutes_late")).toInt(), 301);
        QCOMPARE(json.value(QStringLiteral("time")).toString(), QStringLiteral("09:00"));
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("planned"));
    }

    void itemRereadsOnePost()
    {
        DayListFixture f;
        DayListRepository repo(f.t.connection());
        QVERIFY_OK(ScheduleRepository(f.t.connection()).markDone(f.sale, DayListFixture::at(14, 3)));
        DayListItem item;
        QVERIFY_OK(repo.item(f.sale, &item));
        QCOMPARE(item.status, ScheduleStatus::Done);
        QCOMPARE(item.doneAt, DayListFixture::at(14, 3));
        QCOMPARE(item.title, QStringLiteral("爆款面霜限时秒杀"));
        QCOMPARE(repo.item(987654, &item).kind, K::NotFound);
    }

    void materialsOfTheContentItem()
    {
        DayListFixture f;
        QList<DayListMaterial> materials;
        QVERIFY_OK(DayListRepository(f.t.connection()).materials(f.item, &materials));
        QCOMPARE(materials.size(), 2);
        // By title: 秒杀文案 (U+6587) sorts before 秒杀海报 (U+6D77).
        QCOMPARE(materials.at(0).title, QStringLiteral("秒杀文案：面霜"));
        QCOMPARE(materials.at(0).kind, MaterialKind::Copy);
        QCOMPARE(materials.at(0).body, QStringLiteral("面霜 5 折，只有今晚！"));
        QVERIFY(!materials.at(0).hasData);
        QCOMPARE(materials.at(1).kind, MaterialKind::Poster);
        QVERIFY(materials.at(1).hasData);
        QCOMPARE(materials.at(1).mimeType, QStringLiteral("image/png"));
        QVERIFY_OK(DayListRepository(f.t.connection()).materials(0, &materials));
        QVERIFY(materials.isEmpty());
    }

    void operatorsByIdOrName()
    {
        DayListFixture f;
        DayListRepository repo(f.t.connection());
        QList<DayListOperator> ops;
        QVERIFY_OK(repo.listOperators(&ops));
        QCOMPARE(ops.size(), 2);
        for (const DayListOperator &op : std::as_const(ops))
            QCOMPARE(op.groups, op.id == f.linXiao ? 2 : 1);

        DayListOperator op;
        QVERIFY_OK(repo.findOperator(QStringLiteral("林晓"), &op));
        QCOMPARE(op.id, f.linXiao);
        QVERIFY_OK(repo.findOperator(QString::number(f.wangFang), &op));
        QCOMPARE(op.name, QStringLiteral("王芳"));
        QVERIFY_OK(repo.findOperator(QStringLiteral("  王芳 "), &op));
        QCOMPARE(op.id, f.wangFang);

        const DatabaseError unknown = repo.findOperator(QStringLiteral("赵六"), &op);
        QCOMPARE(unknown.kind, K::NotFound);
        QVERIFY2(unknown.message.contains(QStringLiteral("赵六")), qPrintable(unknown.message));
        const DatabaseError noId = repo.findOperator(QStringLiteral("999"), &op);
        QCOMPARE(noId.kind, K::NotFound);
        QVERIFY(noId.message.contains(QStringLiteral("999")));
        QCOMPARE(repo.findOperator(QStringLiteral(" "), &op).kind, K::Constraint);

        const qint64 twin = test::insertOperator(f.t.connection(), QStringLiteral("林晓"));
        const DatabaseError ambiguous = repo.findOperator(QStringLiteral("林晓"), &op);
        QCOMPARE(ambiguous.kind, K::Constraint);
        QVERIFY2(ambiguous.message.contains(QStringLiteral("#%1").arg(twin)), qPrintable(ambiguous.message));
        QVERIFY(ambiguous.message.contains(QStringLiteral("#%1").arg(f.linXiao)));
    }
};

QTEST_GUILESS_MAIN(TestDayListRepository)
#include "tst_day_list_repository.moc"
