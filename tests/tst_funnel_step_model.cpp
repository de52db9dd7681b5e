#include "TestSupport.h"

#include "models/FunnelStepModel.h"
#include "storage/FunnelRepository.h"
#include "storage/Query.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace qundesk;

namespace {

qint64 addChannel(const QSqlDatabase &db, const QString &name)
{
    Query q(db, QStringLiteral("INSERT INTO channels (name) VALUES (:name)"));
    q.bind(QStringLiteral(":name"), name);
    return q.exec(QStringLiteral("add channel")) ? 0 : q.lastInsertId();
}

QString cell(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.data(m.index(row, column), role).toString();
}

} // namespace

class TestFunnelStepModel : public QObject
{
    Q_OBJECT

private:
    // The seven-step funnel with one day of counts on two channels.
    struct Fixture
    {
        test::TempDatabase t;
        Funnel funnel;
        qint64 popup = 0;
        qint64 banner = 0;
        const QDate day{2024, 6, 18};
    };

    void setUp(Fixture &f)
    {
        FunnelRepository repo(f.t.connection());
        QVERIFY_OK(repo.ensureBuiltinFunnels());
        QList<Funnel> funnels;
        QVERIFY_OK(repo.listFunnels(&funnels));
        QVERIFY_OK(repo.funnel(funnels.first().id, &f.funnel));
        f.popup = addChannel(f.t.connection(), QStringLiteral("App弹窗"));
        f.banner = addChannel(f.t.connection(), QStringLiteral("首页横幅"));
        const QList<qint64> popup{20000, 16000, 8500, 3200, 2700, 2350, 2170};
        const QList<qint64> banner{10000, 8000, 4000, 1500, 1200, 1050, 950};
        QList<FunnelCount> counts;
        for (int i = 0; i < 7; ++i) {
            counts.append({f.funnel.steps[i].id, f.popup, f.day, popup[i]});
            counts.append({f.funnel.steps[i].id, f.banner, f.day, banner[i]});
        }
        QVERIFY_OK(repo.upsertCounts(counts));
    }

private slots:
    void initTestCase()
    {
        qputenv("QUNDESK_ACTOR", "测试经理"); // AuditRepository needs an actor when USER is unset
    }

    void showsStepsAndRates()
    {
        Fixture f;
        setUp(f);
        FunnelStepModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setDatabase(f.t.connection());
        model.setRange(f.day, f.day);
        model.setFunnel(f.funnel.id);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.columnCount(), int(FunnelStepModel::ColumnCount));

        // Totals: 30000, 24000, 12500, 4700, 3900, 3400, 3120.
        QCOMPARE(cell(model, 0, FunnelStepModel::Position), QStringLiteral("1"));
        QCOMPARE(cell(model, 2, FunnelStepModel::Name), f.funnel.steps[2].name);
        QCOMPARE(cell(model, 2, FunnelStepModel::Metric), f.funnel.steps[2].metric);
        QCOMPARE(model.data(model.index(3, FunnelStepModel::Count), FunnelStepModel::SortRole).toLongLong(), 4700);
        QCOMPARE(cell(model, 0, FunnelStepModel::StepRate), QStringLiteral("—"));
        QCOMPARE(cell(model, 0, FunnelStepModel::OverallRate), QStringLiteral("100.0%"));
        QCOMPARE(cell(model, 0, FunnelStepModel::DropOff), QStringLiteral("—"));
        QCOMPARE(cell(model, 1, FunnelStepModel::StepRate), QStringLiteral("80.0%"));
        QCOMPARE(cell(model, 3, FunnelStepModel::StepRate), QStringLiteral("37.6%"));
        QCOMPARE(cell(model, 6, FunnelStepModel::OverallRate), QStringLiteral("10.4%"));
        QVERIFY(cell(model, 3, FunnelStepModel::DropOff).contains(QStringLiteral("62.4%")));
        QCOMPARE(model.data(model.index(3, FunnelStepModel::DropOff), FunnelStepModel::SortRole).toLongLong(), 7800);
        QCOMPARE(model.data(model.index(0, FunnelStepModel::StepRate), FunnelStepModel::SortRole).toDouble(), -1.0);
        QVERIFY(qAbs(model.data(model.index(1, FunnelStepModel::StepRate), FunnelStepModel::SortRole).toDouble() - 0.8) < 1e-9);
        QCOMPARE(model.data(model.index(4, 0), FunnelStepModel::StepIdRole).toLongLong(), f.funnel.steps[4].id);

        // The jump to WeChat loses the largest share and is highlighted.
        QCOMPARE(model.largestDropOffRow(), 3);
        QVERIFY(model.data(model.index(3, 0), FunnelStepModel::LargestDropOffRole).toBool());
        QVERIFY(model.data(model.index(3, FunnelStepModel::Name), Qt::BackgroundRole).isValid());
        QVERIFY(!model.data(model.index(2, FunnelStepModel::Name), Qt::BackgroundRole).isValid());
        QVERIFY(cell(model, 3, FunnelStepModel::Name, Qt::ToolTipRole).contains(QStringLiteral("62.4%")));
        QCOMPARE(model.largestDropOffText(),
                 QStringLiteral("Largest drop-off: step 3 %1 → step 4 %2, 62.4% lost")
                     .arg(f.funnel.steps[2].name, f.funnel.steps[3].name));
        QVERIFY(model.dataProblemText().isEmpty());
        QVERIFY(!model.data(model.index(3, 0), Qt::ForegroundRole).isValid());
        QCOMPARE(model.headerData(FunnelStepModel::StepRate, Qt::Horizontal).toString(), QStringLiteral("Step conversion"));
    }

    void channelAndRangeUpdateInPlace()
    {
        Fixture f;
        setUp(f);
        FunnelStepModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(f.t.connection());
        model.setRange(f.day, f.day);
        model.setFunnel(f.funnel.id);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        model.setChannel(f.banner);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.data(model.index(0, FunnelStepModel::Count), FunnelStepModel::SortRole).toLongLong(), 10000);
        QCOMPARE(cell(model, 1, FunnelStepModel::StepRate), QStringLiteral("80.0%"));

        model.setRange(f.day.addDays(1), f.day.addDays(30)); // nothing counted then
        QCOMPARE(model.rowCount(), 7);
        QVERIFY(!model.hasCounts());
        QCOMPARE(cell(model, 2, FunnelStepModel::StepRate), QStringLiteral("—"));
        QCOMPARE(model.largestDropOffRow(), -1);
        QCOMPARE(model.largestDropOffText(), QStringLiteral("No figures recorded in this range."));

        // A failed reload keeps the rows it had and says why.
        model.setRange(f.day, f.day);
        QSignalSpy failed(&model, &FunnelStepModel::loadFailed);
        model.setRange(QDate(), f.day);
        QCOMPARE(failed.count(), 1);
        QVERIFY(model.lastError());
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.data(model.index(0, FunnelStepModel::Count), FunnelStepModel::SortRole).toLongLong(), 10000);

        model.setFunnel(0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(resets.count() >= 1);
    }

    void risingCountIsMarked()
    {
        Fixture f;
        setUp(f);
        // Someone typed the audit figure for the whole week into one day: step 6 now exceeds step 5.
        FunnelRepository repo(f.t.connection());
        QVERIFY_OK(repo.upsertCount(f.funnel.steps[5].id, f.popup, f.day, 9000));
        FunnelStepModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(f.t.connection());
        model.setRange(f.day, f.day);
        model.setFunnel(f.funnel.id);

        QVERIFY(!model.data(model.index(4, 0), FunnelStepModel::DataProblemRole).toBool());
        QVERIFY(model.data(model.index(5, 0), FunnelStepModel::DataProblemRole).toBool());
        QVERIFY(model.data(model.index(5, FunnelStepModel::StepRate), Qt::ForegroundRole).isValid());
        const QString tip = cell(model, 5, FunnelStepModel::Count, Qt::ToolTipRole);
        QVERIFY2(tip.contains(QStringLiteral("Data problem")), qPrintable(tip));
        QVERIFY2(tip.contains(QLocale().toString(10050)) && tip.contains(QLocale().toString(3900)), qPrintable(tip));
        QVERIFY(model.dataProblemText().contains(f.funnel.steps[5].name));
        // Step 7 falls again from step 6 but is not a data problem of its own.
        QVERIFY(!model.data(model.index(6, 0), FunnelStepModel::DataProblemRole).toBool());
        QCOMPARE(model.data(model.index(5, FunnelStepModel::DropOff), FunnelStepModel::SortRole).toLongLong(), -6150);
    }
};

QTEST_GUILESS_MAIN(TestFunnelStepModel)
#include "tst_funnel_step_model.moc"
