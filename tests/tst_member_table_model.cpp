#include "MemberTestData.h"
#include "TestSupport.h"

#include "models/MemberTableModel.h"
#include "storage/MemberRepository.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace qundesk;

namespace {

constexpr int MemberCount = 5000;

} // namespace

class TestMemberTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_db;
    QList<Member> m_sample;
    QList<qint64> m_ids;

    // Fetches until the model says it is done; returns how many fetches it took.
    static int fetchAll(MemberTableModel &model)
    {
        int fetches = 0;
        while (model.canFetchMore(QModelIndex()) && fetches < 1000) {
            model.fetchMore(QModelIndex());
            ++fetches;
        }
        return fetches;
    }

private slots:
    void initTestCase()
    {
        qputenv("QUNDESK_ACTOR", "测试运营"); // see tst_member_repository
        m_db = std::make_unique<test::TempDatabase>();
        m_sample = test::sampleMembers(MemberCount, 7);
        // createMany writes all 5,000 in one transaction.
        QVERIFY_OK(MemberRepository(m_db->connection()).createMany(m_sample, &m_ids));
        QCOMPARE(m_ids.size(), MemberCount);
    }

    void cleanupTestCase()
    {
        m_db.reset();
    }

    void holdsOnlyFetchedPages()
    {
        MemberTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        model.setDatabase(m_db->connection());
        QCOMPARE(model.totalCount(), MemberCount);
        QCOMPARE(model.rowCount(), MemberTableModel::PageSize);
        QCOMPARE(model.columnCount(), int(MemberTableModel::ColumnCount));
        QVERIFY(model.canFetchMore(QModelIndex()));
        QVERIFY(!model.canFetchMore(model.index(0, 0)));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 2 * MemberTableModel::PageSize);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), MemberTableModel::PageSize);
        QCOMPARE(inserted.first().at(2).toInt(), 2 * MemberTableModel::PageSize - 1);

        const int fetches = fetchAll(model);
        QCOMPARE(fetches, MemberCount / MemberTableModel::PageSize - 2 + 1); // the last one finds the end
        QCOMPARE(model.rowCount(), MemberCount);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QSet<qint64> seen;
        for (int row = 0; row < model.rowCount(); ++row)
            seen.insert(model.memberId(row));
        QCOMPARE(seen.size(), MemberCount);
        // Without a sort, rows come in id order.
        QCOMPARE(model.memberId(0), m_ids.first());
        QCOMPARE(model.memberId(MemberCount - 1), m_ids.last());
    }

    void sortsInSqlAcrossPages()
    {
        MemberTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db->connection());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(MemberTableModel::FirstJoined, Qt::DescendingOrder);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), MemberTableModel::PageSize);
        QCOMPARE(model.sortColumn(), int(MemberTableModel::FirstJoined));
        fetchAll(model);
        QCOMPARE(model.rowCount(), MemberCount);
        // Newest first; members who never joined come last.
        bool inNulls = false;
        QDateTime previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QDateTime t = model.index(row, MemberTableModel::FirstJoined).data(MemberTableModel::SortRole).toDateTime();
            if (!t.isValid()) {
                inNulls = true;
                continue;
            }
            QVERIFY2(!inNulls, "a dated row after the undated ones");
            if (previous.isValid())
                QVERIFY(t <= previous);
            previous = t;
        }
        QVERIFY(inNulls);

        model.sort(MemberTableModel::DisplayName, Qt::AscendingOrder);
        fetchAll(model);
        for (int row = 1; row < model.rowCount(); ++row) {
            const QByteArray a = model.index(row - 1, MemberTableModel::DisplayName).data().toString().toUtf8();
            const QByteArray b = model.index(row, MemberTableModel::DisplayName).data().toString().toUtf8();
            QVERIFY(a <= b);
        }
    }

    void filterRequeries()
    {
        MemberTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db->connection());
        QSignalSpy reloaded(&model, &MemberTableModel::reloaded);
        MemberFilter f;
        f.identity = IdentityType::Consumer;
        model.setFilter(f);
        QCOMPARE(reloaded.size(), 1);
        const qint64 consumers = std::count_if(m_sample.cbegin(), m_sample.cend(),
                                               [](const Member &m) { return m.identity == IdentityType::Consumer; });
        QCOMPARE(model.totalCount(), consumers);
        fetchAll(model);
        QCOMPARE(model.rowCount(), consumers);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, MemberTableModel::Identity).data(MemberTableModel::RawRole).toString(),
                     QStringLiteral("consumer"));

        f.search = m_sample.at(10).platformId;
        model.setFilter(f);
        QCOMPARE(model.totalCount(), m_sample.at(10).identity == IdentityType::Consumer ? 1 : 0);
        f.identity.reset();
        model.setFilter(f);
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QCOMPARE(model.memberId(0), m_ids.at(10));

        model.setFilter({});
        QCOMPARE(model.totalCount(), MemberCount);
    }

    void masksPersonalData()
    {
        MemberTableModel model;
        model.setDatabase(m_db->connection());
        int row = -1;
        for (int r = 0; r < model.rowCount() && row < 0; ++r) {
            if (!model.index(r, MemberTableModel::Phone).data(MemberTableModel::RawRole).toString().isEmpty())
                row = r;
        }
        QVERIFY(row >= 0);
        const QString phone = model.index(row, MemberTableModel::Phone).data(MemberTableModel::RawRole).toString();
        QCOMPARE(phone.size(), 11);
        const QString shown = model.index(row, MemberTableModel::Phone).data().toString();
        QCOMPARE(shown, phone.left(3) + QStringLiteral("****") + phone.right(4));
        const QString platformId = model.index(row, MemberTableModel::PlatformId).data(MemberTableModel::RawRole).toString();
        QVERIFY(platformId.startsWith(QStringLiteral("wxid_")));
        QCOMPARE(model.index(row, MemberTableModel::PlatformId).data().toString(),
                 QStringLiteral("wx****") + platformId.right(2));
        QCOMPARE(model.index(row, MemberTableModel::Phone).data(MemberTableModel::SortRole).toString(), phone);
        // Labels for codes, numbers for points.
        const QString identityCode = model.index(row, MemberTableModel::Identity).data(MemberTableModel::RawRole).toString();
        QCOMPARE(model.index(row, MemberTableModel::Identity).data().toString(), identityLabel(*identityFromCode(identityCode)));
        QCOMPARE(model.index(row, MemberTableModel::Points).data(MemberTableModel::SortRole).toLongLong(), 0);
        QCOMPARE(model.headerData(MemberTableModel::Phone, Qt::Horizontal).toString(), QStringLiteral("Phone"));
    }

    void invalidDatabaseEmpties()
    {
        MemberTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db->connection());
        QVERIFY(model.rowCount() > 0);
        model.setDatabase(QSqlDatabase());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        QVERIFY(!model.canFetchMore(QModelIndex()));
    }
};

QTEST_GUILESS_MAIN(TestMemberTableModel)
#include "tst_member_table_model.moc"
