#include "MemberTestData.h"
#include "TestSupport.h"

#include "models/MemberQuery.h"
#include "models/MemberTableModel.h"
#include "storage/MemberRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace qundesk;

class TestMemberQuery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_db;
    QList<Member> m_sample;
    static constexpr int MemberCount = 12000;   // above MemberQuery::CountCap

private slots:
    void initTestCase()
    {
        qputenv("QUNDESK_ACTOR", "测试运营");
        m_db = std::make_unique<test::TempDatabase>();
        m_sample = test::sampleMembers(MemberCount, 5);
        QVERIFY_OK(MemberRepository(m_db->connection()).createMany(m_sample));
    }

    void cleanupTestCase() { m_db.reset(); }

    void pageThenCappedThenExactCount()
    {
        MemberQuery query;
        query.setDatabasePath(m_db->path);
        QSignalSpy pages(&query, &MemberQuery::pageReady);
        QSignalSpy counts(&query, &MemberQuery::countReady);
        QSignalSpy finished(&query, &MemberQuery::finished);
        const quint64 g = query.start({}, MemberSort::Id, Qt::AscendingOrder, 50);
        QVERIFY(query.isBusy());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!query.isBusy());
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.first().at(0).toULongLong(), g);
        QCOMPARE(pages.first().at(1).value<QList<MemberRow>>().size(), 50);
        // The capped count first (≥ 10,000), then the exact figure.
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.at(0).at(1).toLongLong(), MemberQuery::CountCap);
        QCOMPARE(counts.at(0).at(2).toBool(), false);
        QCOMPARE(counts.at(1).at(1).toLongLong(), qint64(MemberCount));
        QCOMPARE(counts.at(1).at(2).toBool(), true);

        // A small result: the short page is the count, exact at once.
        MemberFilter koc;
        koc.search = QStringLiteral("wxid_coco0000");
        counts.clear();
        finished.clear();
        query.start(koc, MemberSort::DisplayName, Qt::AscendingOrder, 50);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(counts.size(), 1);
        QVERIFY(counts.first().at(2).toBool());
        QVERIFY(counts.first().at(1).toLongLong() < 50);
    }

    void newerQuerySupersedesOlder()
    {
        MemberQuery query;
        query.setDatabasePath(m_db->path);
        QSignalSpy pages(&query, &MemberQuery::pageReady);
        QSignalSpy counts(&query, &MemberQuery::countReady);
        QSignalSpy finished(&query, &MemberQuery::finished);
        // Three keystrokes in a row: only the last one reports anything.
        MemberFilter f;
        f.search = QStringLiteral("王");
        const quint64 first = query.start(f, MemberSort::Id, Qt::AscendingOrder, 50);
        f.search = QStringLiteral("王伟");
        const quint64 second = query.start(f, MemberSort::Id, Qt::AscendingOrder, 50);
        f.search = QStringLiteral("杭州-美");
        const quint64 last = query.start(f, MemberSort::Id, Qt::AscendingOrder, 50);
        QVERIFY(first < second && second < last);
        QTRY_COMPARE(finished.size(), 1);
        QTest::qWait(100); // anything stale still in flight would land now
        for (const auto &args : pages)
            QCOMPARE(args.at(0).toULongLong(), last);
        for (const auto &args : counts)
            QCOMPARE(args.at(0).toULongLong(), last);
        QCOMPARE(pages.size(), 1);
        qint64 expected = 0;
        QVERIFY_OK(MemberRepository(m_db->connection()).count(f, &expected));
        QCOMPARE(counts.last().at(1).toLongLong(), expected);

        // Cancelled: nothing at all arrives.
        pages.clear();
        finished.clear();
        query.start({}, MemberSort::Points, Qt::DescendingOrder, 50);
        query.cancel();
        QTest::qWait(300);
        QCOMPARE(pages.size(), 0);
        QCOMPARE(finished.size(), 0);
    }

    void interruptStopsASlowStatement()
    {
        // A count that scans: with the cancel flag raised the statement gives up with an error.
        std::atomic_bool cancel{true};
        MemberRepository::setCancelFlag(m_db->connection(), &cancel);
        MemberFilter scan;
        scan.search = QStringLiteral("芳");
        qint64 n = 0;
        QVERIFY(MemberRepository(m_db->connection()).count(scan, &n));
        cancel = false;
        QVERIFY_OK(MemberRepository(m_db->connection()).count(scan, &n));
        MemberRepository::setCancelFlag(m_db->connection(), nullptr);
        QVERIFY(n > 0);
    }

    void segmentCounts()
    {
        MemberQuery query;
        query.setDatabasePath(m_db->path);
        QSignalSpy counts(&query, &MemberQuery::countsReady);
        MemberFilter stores;
        stores.identity = IdentityType::Store;
        query.startCounts({{}, stores});
        QTRY_COMPARE(counts.size(), 1);
        const QList<qint64> got = counts.first().at(1).value<QList<qint64>>();
        const qint64 storeCount = std::count_if(m_sample.cbegin(), m_sample.cend(),
                                                [](const Member &m) { return m.identity == IdentityType::Store; });
        QCOMPARE(got, (QList<qint64>{MemberCount, storeCount}));
    }

    void modelInBackgroundMode()
    {
        MemberTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBackgroundQueries(true);
        QSignalSpy reloaded(&model, &MemberTableModel::reloaded);
        model.setDatabase(m_db->connection());
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0); // nothing yet: the UI thread did not wait
        QTRY_COMPARE(reloaded.size(), 1);
        QCOMPARE(model.rowCount(), MemberTableModel::PageSize);
        QTRY_VERIFY(model.isCountExact());
        QCOMPARE(model.totalCount(), qint64(MemberCount));

        // Scrolling fetches the next keyset page; a new filter supersedes and replaces the rows.
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * MemberTableModel::PageSize);
        MemberFilter f;
        f.search = QStringLiteral("王");
        model.setFilter(f);
        f.search = QStringLiteral("王芳");
        model.setFilter(f);
        QTRY_VERIFY(!model.isLoading() && model.isCountExact());
        qint64 expected = 0;
        QVERIFY_OK(MemberRepository(m_db->connection()).count(f, &expected));
        QCOMPARE(model.totalCount(), expected);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, MemberTableModel::DisplayName).data().toString().contains(QStringLiteral("王芳"))
                    || model.index(row, MemberTableModel::GroupNickname).data().toString().contains(QStringLiteral("王芳")));
    }
};

QTEST_GUILESS_MAIN(TestMemberQuery)
#include "tst_member_query.moc"
