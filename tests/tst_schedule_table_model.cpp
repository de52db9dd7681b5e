#include "CalendarTestData.h"
#include "TestSupport.h"

#include "models/ScheduleTableModel.h"
#include "models/SopStepModel.h"
#include "models/SopTemplateModel.h"
#include "storage/ContentRepository.h"
#include "storage/ScheduleRepository.h"
#include "storage/SopRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace qundesk;

namespace {

struct Fixture
{
    test::TempDatabase t;
    qint64 perks = 0;
    qint64 guide = 0;
    QList<qint64> entries;

    Fixture()
    {
        test::useTestActor();
        perks = test::insertGroup(t.connection(), QStringLiteral("宠粉福利1群"));
        guide = test::insertGroup(t.connection(), QStringLiteral("导购2群"), QStringLiteral("shopping_guide"));
        ContentRepository content(t.connection());
        ContentColumn column;
        column.name = QStringLiteral("福利与秒杀");
        column.category = ColumnCategory::Perks;
        qint64 columnId = 0;
        content.createColumn(column, &columnId);
        ContentItem sale;
        sale.title = QStringLiteral("周五晚8点秒杀");
        sale.kind = ContentKind::FlashSale;
        sale.columnId = columnId;
        qint64 saleId = 0;
        content.createItem(sale, &saleId);

        ScheduleRepository repo(t.connection());
        const auto add = [&](qint64 group, const QDate &d, int h, const QString &title, qint64 item = 0) {
            ScheduleEntry e;
            e.groupId = group;
            e.scheduledAt = QDateTime(d, QTime(h, 0));
            e.title = title;
            e.body = title.isEmpty() ? QString() : QStringLiteral("正文：") + title;
            e.contentItemId = item;
            qint64 id = 0;
            repo.create(e, &id);
            entries.append(id);
        };
        add(perks, QDate(2026, 11, 23), 9, QStringLiteral("早安问候"));
        add(guide, QDate(2026, 11, 25), 16, QStringLiteral("下午茶福利"));
        add(perks, QDate(2026, 11, 27), 20, QString(), saleId);
        add(perks, QDate(2026, 12, 1), 10, QStringLiteral("下周干货"));
    }
};

} // namespace

class TestScheduleTableModel : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheRangeWithColumns()
    {
        Fixture f;
        ScheduleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(f.t.connection());
        model.setRange(QDate(2026, 11, 23), QDate(2026, 11, 29));
        QVERIFY_OK(model.reload());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ScheduleTableModel::ColumnCount));

        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(cell(0, ScheduleTableModel::Slot).toString(), QStringLiteral("09:00 早安问候"));
        QCOMPARE(cell(0, ScheduleTableModel::Group).toString(), QStringLiteral("宠粉福利1群"));
        QCOMPARE(cell(0, ScheduleTableModel::Title).toString(), QStringLiteral("早安问候"));
        QCOMPARE(cell(0, ScheduleTableModel::Title, Qt::ToolTipRole).toString(), QStringLiteral("正文：早安问候"));
        QCOMPARE(cell(0, ScheduleTableModel::Status).toString(), QStringLiteral("Planned"));
        QCOMPARE(cell(0, ScheduleTableModel::Date, ScheduleTableModel::SortRole).toDate(), QDate(2026, 11, 23));
        QCOMPARE(cell(0, ScheduleTableModel::Slot, ScheduleTableModel::SortRole).toTime(), QTime(9, 0));
        QVERIFY(cell(0, ScheduleTableModel::Date).toString().startsWith(QStringLiteral("11-23")));

        // The entry without its own title shows its content item's title, kind and column.
        QCOMPARE(cell(2, ScheduleTableModel::Title).toString(), QStringLiteral("周五晚8点秒杀"));
        QCOMPARE(cell(2, ScheduleTableModel::Kind).toString(), QStringLiteral("Flash sale"));
        QCOMPARE(cell(2, ScheduleTableModel::ColumnName).toString(), QStringLiteral("福利与秒杀"));
        QCOMPARE(cell(2, ScheduleTableModel::Kind, ScheduleTableModel::SortRole).toInt(), int(ContentKind::FlashSale));
        QCOMPARE(cell(2, ScheduleTableModel::Kind, ScheduleTableModel::KindColorRole).toString(),
            contentKindColor(ContentKind::FlashSale));
        QVERIFY(cell(0, ScheduleTableModel::Kind, ScheduleTableModel::KindColorRole).toString().isEmpty());
        QCOMPARE(cell(1, 0, ScheduleTableModel::EntryIdRole).toLongLong(), f.entries.at(1));
        QCOMPARE(model.rowOfEntry(f.entries.at(2)), 2);
        QCOMPARE(model.rowOfEntry(f.entries.at(3)), -1);

        QCOMPARE(model.headerData(ScheduleTableModel::Group, Qt::Horizontal).toString(), QStringLiteral("Group"));
    }

    void filterAndRangeChanges()
    {
        Fixture f;
        ScheduleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(f.t.connection());
        model.setRange(QDate(2026, 11, 23), QDate(2026, 11, 29));
        ScheduleFilter filter;
        filter.groupId = f.guide;
        model.setFilter(filter);
        QVERIFY_OK(model.reload());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowAt(0).groupName, QStringLiteral("导购2群"));

        model.setFilter({});
        model.setRange(QDate(2026, 11, 30), QDate(2026, 12, 6));
        QVERIFY_OK(model.reload());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowAt(0).displayTitle(), QStringLiteral("下周干货"));

        model.setRange(QDate(2027, 1, 4), QDate(2027, 1, 10));
        QVERIFY_OK(model.reload());
        QCOMPARE(model.rowCount(), 0);
    }

    void reloadUpdatesChangedRowsInPlace()
    {
        Fixture f;
        ScheduleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(f.t.connection());
        model.setRange(QDate(2026, 11, 23), QDate(2026, 11, 29));
        QVERIFY_OK(model.reload());

        QVERIFY_OK(ScheduleRepository(f.t.connection())
                       .markDone(f.entries.at(1), QDateTime(QDate(2026, 11, 25), QTime(16, 5))));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY_OK(model.reload());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(model.data(model.index(1, ScheduleTableModel::Status)).toString(), QStringLiteral("Done"));
        QCOMPARE(model.data(model.index(1, ScheduleTableModel::DoneAt)).toString(), QStringLiteral("16:05"));
        QCOMPARE(model.data(model.index(1, 0), ScheduleTableModel::StatusCodeRole).toString(), QStringLiteral("done"));
        QCOMPARE(model.countWithStatus(ScheduleStatus::Done), 1);

        // A removed entry changes the row set: the model resets.
        QVERIFY_OK(ScheduleRepository(f.t.connection()).remove(f.entries.at(0)));
        QVERIFY_OK(model.reload());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestScheduleTableModel)
#include "tst_schedule_table_model.moc"
