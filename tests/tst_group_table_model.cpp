#include "TestSupport.h"

#include "models/GroupTableModel.h"
#include "storage/DimensionRepository.h"
#include "storage/EventRepository.h"
#include "storage/StageRepository.h"
#include "storage/GroupRepository.h"
#include "storage/MembershipRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace qundesk;

namespace {

struct Fixture
{
    test::TempDatabase t;
    qint64 top = 0, low = 0, team = 0;
    qint64 full = 0, half = 0, loose = 0;

    Fixture()
    {
        DimensionRepository dims(t.connection());
        dims.createTier({0, QStringLiteral("百万级"), 1, std::nullopt}, &top);
        dims.createTier({0, QStringLiteral("5万级"), 3, std::nullopt}, &low);
        dims.createTeam({0, QStringLiteral("华东一队")}, &team);
        qint64 op = 0;
        dims.findOrCreateOperator(QStringLiteral("林晓雯"), &op);
        GroupRepository groups(t.connection());
        Group g;
        g.name = QStringLiteral("百万级核心群");
        g.tierId = top;
        g.teamId = team;
        g.operatorId = op;
        g.capacity = 10;
        g.number = 1;
        g.purpose = GroupPurpose::Master;
        g.createdOn = QDate(2024, 1, 10);
        g.filledOn = QDate(2024, 1, 20);
        groups.create(g, &full);
        g = Group();
        g.name = QStringLiteral("5万级导购群");
        g.tierId = low;
        g.capacity = 4;
        g.createdOn = QDate(2024, 2, 1);
        groups.create(g, &half);
        g = Group();
        g.name = QStringLiteral("散客群");
        g.createdOn = QDate(2023, 12, 1);
        groups.create(g, &loose);

        MembershipRepository memberships(t.connection());
        QSqlQuery q(t.connection());
        for (int i = 0; i < 10; ++i) {
            q.prepare(QStringLiteral("INSERT INTO members (display_name, platform_id) VALUES (?, ?)"));
            q.addBindValue(QStringLiteral("成员%1").arg(i));
            q.addBindValue(QStringLiteral("wxid_%1").arg(i));
            q.exec();
            const qint64 member = q.lastInsertId().toLongLong();
            // Joined on a fixed day: the lifecycle engine counts the members a group had on the
            // day it judges, and the stage test judges February 2024.
            const QDateTime joined(QDate(2024, 2, 2), QTime(10, 0));
            memberships.join(member, full, MembershipRole::Member, joined);
            if (i < 2)
                memberships.join(member, half, MembershipRole::Member, joined);
        }
    }
};

int rowOf(const GroupTableModel &model, qint64 id)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(GroupTableModel::IdRole).toLongLong() == id)
            return r;
    }
    return -1;
}

} // namespace

class TestGroupTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("QUNDESK_ACTOR", "测试运营"); }

    void loadsSummaries()
    {
        Fixture f;
        GroupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(GroupTableModel::ColumnCount));
        model.setDatabase(f.t.connection());
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 3);

        const int r = rowOf(model, f.full);
        QCOMPARE(r, 0); // top tier first
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(r, GroupTableModel::Name).toString(), QStringLiteral("百万级核心群"));
        QCOMPARE(cell(r, GroupTableModel::Number).toInt(), 1);
        QCOMPARE(cell(r, GroupTableModel::Purpose).toString(), groupPurposeLabel(GroupPurpose::Master));
        QCOMPARE(cell(r, GroupTableModel::Tier).toString(), QStringLiteral("百万级"));
        QCOMPARE(cell(r, GroupTableModel::Team).toString(), QStringLiteral("华东一队"));
        QCOMPARE(cell(r, GroupTableModel::Operator).toString(), QStringLiteral("林晓雯"));
        QCOMPARE(cell(r, GroupTableModel::Members).toString(), QStringLiteral("10"));
        QCOMPARE(cell(r, GroupTableModel::Capacity).toString(), QStringLiteral("10"));
        QCOMPARE(cell(r, GroupTableModel::Fill).toString(), QStringLiteral("100%"));
        QCOMPARE(cell(r, GroupTableModel::Status).toString(), groupStatusLabel(GroupStatus::Active));
        QCOMPARE(cell(r, GroupTableModel::CreatedOn).toString(), QStringLiteral("2024-01-10"));
        QCOMPARE(cell(r, GroupTableModel::FilledOn).toString(), QStringLiteral("2024-01-20"));
        QVERIFY(cell(r, GroupTableModel::Members, Qt::ToolTipRole).toString().contains(QStringLiteral("KOC")));
        QCOMPARE(cell(r, GroupTableModel::Members, Qt::TextAlignmentRole).toInt(),
                 (Qt::AlignRight | Qt::AlignVCenter).toInt());

        const int loose = rowOf(model, f.loose);
        QCOMPARE(loose, 2);
        QVERIFY(cell(loose, GroupTableModel::Tier).toString().isEmpty());
        QVERIFY(cell(loose, GroupTableModel::Number).toString().isEmpty());
        QVERIFY(cell(loose, GroupTableModel::FilledOn).toString().isEmpty());
        QCOMPARE(cell(loose, GroupTableModel::Fill).toString(), QStringLiteral("0%"));

        QCOMPARE(model.headerData(GroupTableModel::Fill, Qt::Horizontal).toString(), QStringLiteral("Fill"));
        QCOMPARE(model.summary(r).memberCount, 10);
    }

    void rawSortValuesAndHighlight()
    {
        Fixture f;
        GroupTableModel model;
        model.setDatabase(f.t.connection());
        QVERIFY(model.reload());
        const int full = rowOf(model, f.full);
        const int half = rowOf(model, f.half);
        const int loose = rowOf(model, f.loose);
        const auto sortValue = [&](int row, int column) {
            return model.index(row, column).data(GroupTableModel::SortRole);
        };
        QCOMPARE(sortValue(full, GroupTableModel::Tier).toInt(), 1);
        QCOMPARE(sortValue(half, GroupTableModel::Tier).toInt(), 3);
        QVERIFY(sortValue(loose, GroupTableModel::Tier).toInt() > 3); // unassigned sorts last
        QCOMPARE(sortValue(half, GroupTableModel::Members).toInt(), 2);
        QCOMPARE(sortValue(half, GroupTableModel::Fill).toDouble(), 0.5);
        QCOMPARE(sortValue(full, GroupTableModel::CreatedOn).toDate(), QDate(2024, 1, 10));
        QCOMPARE(sortValue(full, GroupTableModel::Purpose).toInt(), int(GroupPurpose::Master));

        QVERIFY(model.index(full, GroupTableModel::Fill).data(GroupTableModel::NearlyFullRole).toBool());
        QVERIFY(!model.index(half, GroupTableModel::Fill).data(GroupTableModel::NearlyFullRole).toBool());
        QCOMPARE(model.index(full, 0).data(GroupTableModel::StatusRole).toInt(), int(GroupStatus::Active));
        QCOMPARE(model.index(full, 0).data(GroupTableModel::DimensionKeyRole + int(GroupDimension::Tier)).toString(),
                 QString::number(f.top));
        QVERIFY(model.index(loose, 0).data(GroupTableModel::DimensionKeyRole + int(GroupDimension::Team))
                    .toString().isEmpty());
        QCOMPARE(model.index(full, 0).data(GroupTableModel::DimensionKeyRole + int(GroupDimension::Purpose)).toString(),
                 QStringLiteral("master"));
    }

    void lifecycleStageColumn()
    {
        Fixture f;
        // Members of the full group write every day of the last week.
        const QDate today(2024, 2, 10);
        QList<ActivityEvent> events;
        QSqlQuery q(f.t.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT member_id FROM memberships WHERE group_id = %1").arg(f.full)));
        QList<qint64> members;
        while (q.next())
            members.append(q.value(0).toLongLong());
        for (int d = 0; d < 7; ++d) {
            for (int i = 0; i < 3; ++i) {
                ActivityEvent e;
                e.groupId = f.full;
                e.memberId = members.at((d + i) % members.size());
                e.occurredAt = QDateTime(today.addDays(-d), QTime(9 + i, 0));
                events.append(e);
            }
        }
        QVERIFY_OK(EventRepository(f.t.connection()).insertMany(events));

        GroupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(f.t.connection());
        StageRepository stages(f.t.connection());
        QVERIFY_OK(stages.refresh(today));
        QVERIFY(model.reload());
        const int full = rowOf(model, f.full);
        const int half = rowOf(model, f.half);
        const int loose = rowOf(model, f.loose);
        const auto cell = [&](int row, int role) { return model.index(row, GroupTableModel::Stage).data(role); };

        // Filled 2024-01-20: day 21, strong. The half group was created 9 days ago and is silent,
        // but 10 quiet days are not yet a zombie. The loose group has been silent all month.
        QCOMPARE(cell(full, Qt::DisplayRole).toString(), lifecycleStageLabel(LifecycleStage::Strong));
        QCOMPARE(cell(full, GroupTableModel::StageRole).toInt(), int(LifecycleStage::Strong));
        QVERIFY2(cell(full, Qt::ToolTipRole).toString().contains(QStringLiteral("21")),
                 qPrintable(cell(full, Qt::ToolTipRole).toString()));
        QCOMPARE(cell(half, GroupTableModel::StageRole).toInt(), int(LifecycleStage::Strong));
        QCOMPARE(cell(loose, Qt::DisplayRole).toString(), lifecycleStageLabel(LifecycleStage::Zombie));
        QVERIFY(cell(loose, Qt::ToolTipRole).toString().contains(QStringLiteral("30")));
        QCOMPARE(model.stage(loose)->stage, LifecycleStage::Zombie);
        QCOMPARE(cell(loose, GroupTableModel::SortRole).toInt(), int(LifecycleStage::Zombie));
        QVERIFY(cell(full, GroupTableModel::SortRole).toInt() < cell(loose, GroupTableModel::SortRole).toInt());
        QCOMPARE(model.headerData(GroupTableModel::Stage, Qt::Horizontal).toString(), QStringLiteral("Stage"));

        // Ten days later the full group is past its first month and silent since: weak, not yet
        // a zombie; twenty days later it is one.
        QVERIFY_OK(stages.refresh(today.addDays(10)));
        QVERIFY(model.reload());
        QCOMPARE(model.stage(rowOf(model, f.full))->stage, LifecycleStage::Weak);
        QVERIFY_OK(stages.refresh(today.addDays(20)));
        QVERIFY(model.reload());
        QCOMPARE(model.stage(rowOf(model, f.full))->stage, LifecycleStage::Zombie);
        // The stage column shows the recorded span: its start is in the tooltip, and the
        // Stage dimension key is the stage's code, as the pivot keys it.
        QVERIFY(cell(rowOf(model, f.full), Qt::ToolTipRole).toString().contains(QLocale().toString(today.addDays(20), QLocale::ShortFormat)));
        QCOMPARE(model.stage(rowOf(model, f.full))->since, today.addDays(20));
        QCOMPARE(model.index(rowOf(model, f.full), 0).data(GroupTableModel::DimensionKeyRole + int(GroupDimension::Stage)).toString(),
                 QStringLiteral("zombie"));
        // An archived group has no stage once the stages are recorded again (the archiving
        // happens now, so the refresh is for the real today).
        QVERIFY(!GroupRepository(f.t.connection()).archive(f.loose));
        QVERIFY(model.reload());
        QVERIFY(model.stage(rowOf(model, f.loose)));   // not refreshed yet: still the recorded one
        QVERIFY_OK(stages.refresh(QDate::currentDate()));
        QVERIFY(model.reload());
        const int archived = rowOf(model, f.loose);
        QVERIFY(!model.stage(archived));
        QVERIFY(!cell(archived, GroupTableModel::StageRole).isValid());
        QVERIFY(cell(archived, Qt::DisplayRole).toString().isEmpty());
        QVERIFY(cell(archived, GroupTableModel::SortRole).toInt() > int(LifecycleStage::Zombie));
        QCOMPARE(model.index(archived, 0).data(GroupTableModel::DimensionKeyRole + int(GroupDimension::Stage)).toString(),
                 QString());
    }

    void filterAndReload()
    {
        Fixture f;
        GroupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(f.t.connection());
        GroupFilter filter;
        filter.statuses = {GroupStatus::Active};
        model.setFilter(filter);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!GroupRepository(f.t.connection()).archive(f.loose));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.reload());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(rowOf(model, f.loose), -1);
    }

    void failedReloadKeepsRows()
    {
        Fixture f;
        GroupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(f.t.connection());
        QVERIFY(model.reload());
        QVERIFY(!model.lastError());
        QSqlQuery q(f.t.connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE tiers RENAME TO tiers_gone")));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(!model.reload());
        QVERIFY(model.lastError());
        QVERIFY(!model.lastError().message.isEmpty());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, GroupTableModel::Name).data().toString(), QStringLiteral("百万级核心群"));
    }
};

QTEST_GUILESS_MAIN(TestGroupTableModel)
#include "tst_group_table_model.moc"
