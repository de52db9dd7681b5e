#include "DayListTestData.h"
#include "TestSupport.h"

#include "models/DayListModel.h"
#include "storage/ScheduleRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace qundesk;
using test::DayListFixture;

namespace {

struct Loaded
{
    DayListFixture f;
    DayListModel model;
    QDateTime now = DayListFixture::at(10, 30);

    Loaded()
    {
        model.setDatabase(f.t.connection());
        model.setOperator(f.linXiao);
        model.setDate(DayListFixture::day());
        model.setClock([this] { return now; });
    }
};

QStringList slotTexts(const DayListModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, DayListModel::Time).data().toString();
    return out;
}

} // namespace

class TestDayListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestActor(); }

    void groupsThePostsBySlot()
    {
        Loaded l;
        QAbstractItemModelTester tester(&l.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY_OK(l.model.reloadNow());
        // 09:00 (two posts), 13:00, 14:00, 16:00, 17:00.
        QCOMPARE(l.model.rowCount(), 5);
        const QModelIndex nine = l.model.index(0, 0);
        QCOMPARE(l.model.rowCount(nine), 2);
        QVERIFY(nine.data(DayListModel::IsSlotRole).toBool());
        QCOMPARE(nine.data(DayListModel::EntryIdRole).toLongLong(), qint64(0));
        QCOMPARE(l.model.rowCount(l.model.index(0, DayListModel::Group)), 0); // only column 0 has children
        const QStringList slotLines = slotTexts(l.model);
        QVERIFY2(slotLines.at(0).startsWith(QStringLiteral("09:00  早安问候")), qPrintable(slotLines.at(0)));
        QVERIFY2(slotLines.at(0).contains(QStringLiteral("1/2")), qPrintable(slotLines.at(0))); // one of two done
        QVERIFY2(slotLines.at(0).contains(QStringLiteral("1 overdue")), qPrintable(slotLines.at(0)));
        QVERIFY(slotLines.at(4).startsWith(QStringLiteral("17:00")));
        QVERIFY2(slotLines.at(4).contains(QStringLiteral("0/0")), qPrintable(slotLines.at(4))); // only the skipped post

        const QModelIndex morning = l.model.indexOfEntry(l.f.morning);
        QVERIFY(morning.isValid());
        QCOMPARE(morning.parent(), nine);
        QCOMPARE(morning.siblingAtColumn(DayListModel::Group).data().toString(), QStringLiteral("宠粉福利1群"));
        QCOMPARE(morning.siblingAtColumn(DayListModel::Time).data().toString(), QStringLiteral("09:00"));
        QCOMPARE(morning.siblingAtColumn(DayListModel::Title).data().toString(), QStringLiteral("早安问候：本周福利预告"));
        QCOMPARE(morning.data(DayListModel::FullTextRole).toString(),
            QStringLiteral("早上好呀～本周福利：周三下午茶、周五秒杀，记得准时来！"));

        // The table shows the first line of a longer text; the role has all of it.
        const QModelIndex sale = l.model.indexOfEntry(l.f.sale, DayListModel::Text);
        QVERIFY(sale.data().toString().endsWith(QStringLiteral("…")));
        QVERIFY(!sale.data().toString().contains(u'\n'));
        QVERIFY(sale.data(DayListModel::FullTextRole).toString().contains(u'\n'));
        QCOMPARE(sale.data(DayListModel::MaterialCountRole).toInt(), 2);
        QCOMPARE(sale.data(DayListModel::KindColorRole).toString(), contentKindColor(ContentKind::FlashSale));
    }

    void overdueCarriesHowLate()
    {
        Loaded l;
        QVERIFY_OK(l.model.reloadNow());
        const QModelIndex morning = l.model.indexOfEntry(l.f.morning, DayListModel::Status);
        QVERIFY(morning.data(DayListModel::OverdueRole).toBool());
        QCOMPARE(morning.data(DayListModel::MinutesLateRole).toLongLong(), qint64(90));
        QCOMPARE(morning.data().toString(), QStringLiteral("Overdue by 1 h 30 min"));
        const QModelIndex done = l.model.indexOfEntry(l.f.guideMorning, DayListModel::Status);
        QVERIFY(!done.data(DayListModel::OverdueRole).toBool());
        QCOMPARE(done.data().toString(), QStringLiteral("Done 09:05"));
        const QModelIndex later = l.model.indexOfEntry(l.f.lent, DayListModel::Status);
        QCOMPARE(later.data().toString(), QStringLiteral("To post"));
        QCOMPARE(l.model.summary().overdue, 1);

        // The clock moves: 14:00 and 13:00 become overdue too, and the list says so.
        QSignalSpy progress(&l.model, &DayListModel::progressChanged);
        QSignalSpy changed(&l.model, &QAbstractItemModel::dataChanged);
        l.now = DayListFixture::at(14, 20);
        l.model.refreshNow();
        QCOMPARE(l.model.summary().overdue, 3);
        QCOMPARE(progress.count(), 1);
        QVERIFY(changed.count() >= 3);
        QCOMPARE(l.model.indexOfEntry(l.f.sale, DayListModel::Status).data().toString(),
            QStringLiteral("Overdue by 20 min"));
        QCOMPARE(DayListModel::lateText(120), QStringLiteral("2 h"));
    }

    void checkingMarksDoneAndUncheckingUndoes()
    {
        Loaded l;
        QAbstractItemModelTester tester(&l.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY_OK(l.model.reloadNow());
        const QModelIndex status = l.model.indexOfEntry(l.f.morning, DayListModel::Status);
        QVERIFY(l.model.flags(status) & Qt::ItemIsUserCheckable);
        QVERIFY(!(l.model.flags(status.siblingAtColumn(DayListModel::Title)) & Qt::ItemIsUserCheckable));
        QCOMPARE(status.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        QSignalSpy progress(&l.model, &DayListModel::progressChanged);
        QVERIFY(l.model.setData(status, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(progress.count(), 1);
        QCOMPARE(status.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(status.data().toString(), QStringLiteral("Done 10:30"));
        QVERIFY(!status.data(DayListModel::OverdueRole).toBool());
        ScheduleEntry stored;
        QVERIFY_OK(ScheduleRepository(l.f.t.connection()).entry(l.f.morning, &stored));
        QCOMPARE(stored.status, ScheduleStatus::Done);
        QCOMPARE(stored.doneAt, l.now); // the model's clock, not the wall clock
        QCOMPARE(l.model.summary().done, 2);

        QVERIFY(l.model.setData(status, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY_OK(ScheduleRepository(l.f.t.connection()).entry(l.f.morning, &stored));
        QCOMPARE(stored.status, ScheduleStatus::Planned);
        QVERIFY(!stored.doneAt.isValid());
        QVERIFY(status.data(DayListModel::OverdueRole).toBool());
        QCOMPARE(l.model.summary().done, 1);

        // Skipped posts and slot rows cannot be checked.
        const QModelIndex skipped = l.model.indexOfEntry(l.f.skipped, DayListModel::Status);
        QVERIFY(!(l.model.flags(skipped) & Qt::ItemIsUserCheckable));
        QVERIFY(!l.model.setData(skipped, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!l.model.setData(l.model.index(0, DayListModel::Status), Qt::Checked, Qt::CheckStateRole));
    }

    void aFailedWriteIsReported()
    {
        Loaded l;
        QVERIFY_OK(l.model.reloadNow());
        // Deleted elsewhere after the list was read.
        QVERIFY_OK(ScheduleRepository(l.f.t.connection()).remove(l.f.morning));
        QSignalSpy failed(&l.model, &DayListModel::writeFailed);
        QVERIFY(!l.model.setData(l.model.indexOfEntry(l.f.morning, DayListModel::Status), Qt::Checked,
            Qt::CheckStateRole));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QString::number(l.f.morning)),
            qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(l.model.setEntryDone(424242, true).kind, DatabaseError::Kind::NotFound);
    }

    void previewIsReadOnly()
    {
        Loaded l;
        l.model.setPreview(true);
        l.model.setDate(DayListFixture::day().addDays(1));
        QVERIFY_OK(l.model.reloadNow());
        QCOMPARE(l.model.rowCount(), 1);
        const QModelIndex status = l.model.indexOfEntry(l.f.tomorrow, DayListModel::Status);
        QVERIFY(!(l.model.flags(status) & Qt::ItemIsUserCheckable));
        QVERIFY(!status.data(Qt::CheckStateRole).isValid());
        QVERIFY(!l.model.setData(status, Qt::Checked, Qt::CheckStateRole));
    }

    void reloadRunsOnAWorker()
    {
        Loaded l;
        QAbstractItemModelTester tester(&l.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&l.model, &DayListModel::loaded);
        l.model.reload();
        QVERIFY(l.model.isLoading());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.at(0).at(0).toString(), QString());
        QVERIFY(!l.model.isLoading());
        QCOMPARE(l.model.items().size(), 6);

        // A newer reload wins over an older one still running.
        l.model.setOperator(l.f.wangFang);
        l.model.reload();
        l.model.setOperator(l.f.linXiao);
        l.model.setDate(DayListFixture::day().addDays(1));
        l.model.reload();
        QTRY_VERIFY(!l.model.isLoading());
        QTest::qWait(50);
        QCOMPARE(l.model.items().size(), 1);
        QCOMPARE(l.model.items().constFirst().entryId, l.f.tomorrow);

        // No operator: an empty list at once.
        l.model.setOperator(0);
        l.model.reload();
        QVERIFY(!l.model.isLoading());
        QCOMPARE(l.model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDayListModel)
#include "tst_day_list_model.moc"
