#include "TestSupport.h"

#include "io/DemoGenerator.h"
#include "models/GroupFilterProxyModel.h"
#include "models/GroupTableModel.h"
#include "storage/AuditRepository.h"
#include "storage/EventRepository.h"
#include "storage/GroupActivityRepository.h"
#include "storage/GroupRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/Query.h"
#include "storage/SettingsRepository.h"
#include "storage/StageRepository.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace qundesk;

namespace {

const QDate Today(2026, 11, 23);

// Crafted activity for four groups, all with ten members who joined on 2026-09-02:
// - fading: filled 2026-09-10; five members write two messages a day until 2026-10-31, then
//   silence. Strong on 09-20, daily on 10-20, weak (messages fell from 70 to 20 a week) on 11-05,
//   a zombie (20 days below the floor) on 11-20.
// - fresh: created 2026-11-10, so it has no stage before then and is strong after.
// - steady: like fading, but keeps writing until today: daily throughout.
// - shelved: like steady, archived on 2026-11-22.
struct Fixture
{
    test::TempDatabase t;
    qint64 fading = 0, fresh = 0, steady = 0, shelved = 0;

    Fixture()
    {
        GroupRepository groups(t.connection());
        const auto makeGroup = [&](const QString &name, const QDate &created, const QDate &filled) {
            Group g;
            g.name = name;
            g.createdOn = created;
            g.filledOn = filled;
            g.capacity = 10;
            qint64 id = 0;
            const DatabaseError err = groups.create(g, &id);
            if (err)
                qFatal("%s", qPrintable(err.message));
            return id;
        };
        fading = makeGroup(QStringLiteral("宠粉群 1"), QDate(2026, 9, 1), QDate(2026, 9, 10));
        fresh = makeGroup(QStringLiteral("宠粉群 2"), QDate(2026, 11, 10), QDate());
        steady = makeGroup(QStringLiteral("宠粉群 3"), QDate(2026, 9, 1), QDate(2026, 9, 10));
        shelved = makeGroup(QStringLiteral("宠粉群 4"), QDate(2026, 9, 1), QDate(2026, 9, 10));

        MembershipRepository memberships(t.connection());
        QSqlQuery q(t.connection());
        QList<ActivityEvent> events;
        for (qint64 group : {fading, fresh, steady, shelved}) {
            const QDateTime joined = group == fresh ? QDateTime(QDate(2026, 11, 10), QTime(9, 0))
                                                    : QDateTime(QDate(2026, 9, 2), QTime(9, 0));
            QList<qint64> members;
            for (int i = 0; i < 10; ++i) {
                q.prepare(QStringLiteral("INSERT INTO members (display_name, platform_id) VALUES (?, ?)"));
                q.addBindValue(QStringLiteral("杭州-花店-%1-%2").arg(group).arg(i));
                q.addBindValue(QStringLiteral("wxid_st_%1_%2").arg(group).arg(i));
                if (!q.exec())
                    qFatal("insert member");
                members.append(q.lastInsertId().toLongLong());
                if (const DatabaseError err = memberships.join(members.last(), group, MembershipRole::Member, joined))
                    qFatal("%s", qPrintable(err.message));
            }
            const QDate last = group == fading ? QDate(2026, 10, 31) : Today;
            const QDate first = joined.date();
            for (QDate d = first; d <= last; d = d.addDays(1)) {
                for (int i = 0; i < 5; ++i) {
                    for (int k = 0; k < 2; ++k) {
                        ActivityEvent e;
                        e.groupId = group;
                        e.memberId = members.at(i);
                        e.kind = EventKind::Message;
                        e.occurredAt = QDateTime(d, QTime(10 + i, 10 * k));
                        events.append(e);
                    }
                }
            }
        }
        if (const DatabaseError err = EventRepository(t.connection()).insertMany(events))
            qFatal("%s", qPrintable(err.message));
    }

    // Archived on 2026-11-22 (archive() stamps the real time; the story needs a fixed day).
    void archiveShelved()
    {
        if (GroupRepository(t.connection()).archive(shelved))
            qFatal("archive");
        QSqlQuery q(t.connection());
        if (!q.exec(QStringLiteral("UPDATE chat_groups SET status_changed_at = '2026-11-22 18:00:00' WHERE id = %1")
                        .arg(shelved)))
            qFatal("backdate archive");
    }

    // Every row of group_stages, to prove a refresh left it alone.
    QStringList dump() const
    {
        QStringList rows;
        QSqlQuery q(t.connection());
        q.exec(QStringLiteral("SELECT id, group_id, stage, reason, since, coalesce(until, '-') FROM group_stages ORDER BY id"));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 6; ++i)
                cells.append(q.value(i).toString());
            rows.append(cells.join(u'|'));
        }
        return rows;
    }

    int auditEntries() const
    {
        return Query::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'lifecycle'")).toInt();
    }
};

QList<LifecycleStage> stagesOf(const QList<StageSpan> &spans)
{
    QList<LifecycleStage> out;
    for (const StageSpan &s : spans)
        out.append(s.stage);
    return out;
}

int rowOfKey(const QList<GroupGrid::Item> &items, const QString &key)
{
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).key == key)
            return i;
    }
    return -1;
}

} // namespace

class TestStageRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("QUNDESK_ACTOR", "测试运营"); }

    void schemaGuardsSpans()
    {
        test::TempDatabase t;
        qint64 group = 0;
        Group g;
        g.name = QStringLiteral("宠粉群 9");
        QVERIFY_OK(GroupRepository(t.connection()).create(g, &group));
        QSqlQuery q(t.connection());
        const auto insert = [&](const QString &stage, const QString &since, const QString &until) {
            q.prepare(QStringLiteral("INSERT INTO group_stages (group_id, stage, reason, since, until) VALUES (?, ?, 'x', ?, ?)"));
            q.addBindValue(group);
            q.addBindValue(stage);
            q.addBindValue(since);
            q.addBindValue(until.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(until));
            return q.exec();
        };
        QVERIFY(insert(QStringLiteral("daily"), QStringLiteral("2026-10-01"), QStringLiteral("2026-10-08")));
        QVERIFY(!insert(QStringLiteral("daily"), QStringLiteral("2026-10-08"), QStringLiteral("2026-10-01")));  // ends before it starts
        QVERIFY(!insert(QStringLiteral("dormant"), QStringLiteral("2026-10-08"), QString()));                    // no such stage
        QVERIFY(!insert(QStringLiteral("weak"), QStringLiteral("2026-10-08 10:00"), QString()));                 // not a date
        QVERIFY(insert(QStringLiteral("weak"), QStringLiteral("2026-10-08"), QString()));
        QVERIFY(!insert(QStringLiteral("zombie"), QStringLiteral("2026-10-20"), QString()));                     // a second open span
        // Deleting the group deletes its history.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM chat_groups WHERE id = %1").arg(group)));
        QCOMPARE(Query::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM group_stages")).toInt(), 0);
    }

    void transitionsAreRecordedAsSpans()
    {
        Fixture f;
        StageRepository stages(f.t.connection());
        StageRefreshResult r;
        QVERIFY_OK(stages.refresh(QDate(2026, 9, 20), &r));
        // fresh does not exist yet; the other three open their first span.
        QCOMPARE(r.changed, 3);
        QCOMPARE(r.unchanged, 0);
        QCOMPARE(r.closed, 0);
        QVERIFY_OK(stages.refresh(QDate(2026, 10, 20), &r));
        QCOMPARE(r.changed, 3);         // all three past their first month: daily
        QVERIFY_OK(stages.refresh(QDate(2026, 11, 5), &r));
        QCOMPARE(r.changed, 1);         // fading turns weak
        QCOMPARE(r.unchanged, 2);
        QVERIFY_OK(stages.refresh(QDate(2026, 11, 20), &r));
        QCOMPARE(r.changed, 2);         // fading a zombie, fresh strong
        QCOMPARE(r.unchanged, 2);

        QList<StageSpan> history;
        QVERIFY_OK(stages.history(f.fading, &history));
        QCOMPARE(stagesOf(history), (QList<LifecycleStage>{LifecycleStage::Zombie, LifecycleStage::Weak,
                                                           LifecycleStage::Daily, LifecycleStage::Strong}));
        // Newest first; consecutive spans meet on the day of the change; only the newest is open.
        QCOMPARE(history.at(0).since, QDate(2026, 11, 20));
        QVERIFY(history.at(0).isCurrent());
        QCOMPARE(history.at(1).since, QDate(2026, 11, 5));
        QCOMPARE(history.at(1).until, QDate(2026, 11, 20));
        QCOMPARE(history.at(2).since, QDate(2026, 10, 20));
        QCOMPARE(history.at(2).until, QDate(2026, 11, 5));
        QCOMPARE(history.at(3).since, QDate(2026, 9, 20));
        QCOMPARE(history.at(3).until, QDate(2026, 10, 20));
        QVERIFY2(history.at(0).reason.contains(QStringLiteral("20")), qPrintable(history.at(0).reason));
        QVERIFY2(history.at(1).reason.contains(QStringLiteral("70")), qPrintable(history.at(1).reason));
        for (const StageSpan &s : std::as_const(history))
            QCOMPARE(s.groupId, f.fading);

        QVERIFY_OK(stages.history(f.fresh, &history));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).stage, LifecycleStage::Strong);
        QCOMPARE(history.at(0).since, QDate(2026, 11, 20));

        QHash<qint64, StageSpan> current;
        QVERIFY_OK(stages.current(&current));
        QCOMPARE(current.size(), 4);
        QCOMPARE(current.value(f.fading).stage, LifecycleStage::Zombie);
        QCOMPARE(current.value(f.steady).stage, LifecycleStage::Daily);
        QCOMPARE(current.value(f.steady).since, QDate(2026, 10, 20));
        QVERIFY(current.value(f.steady).isCurrent());

        QList<StageSpan> none;
        QVERIFY_OK(stages.history(987654, &none));
        QVERIFY(none.isEmpty());
    }

    void sameDayRefreshIsIdempotent()
    {
        Fixture f;
        StageRepository stages(f.t.connection());
        QVERIFY_OK(stages.refresh(QDate(2026, 10, 20)));
        QCOMPARE(f.auditEntries(), 1);
        const QStringList before = f.dump();
        QCOMPARE(before.size(), 3);
        StageRefreshResult r;
        QVERIFY_OK(stages.refresh(QDate(2026, 10, 20), &r));
        QCOMPARE(r.changed, 0);
        QCOMPARE(r.closed, 0);
        QCOMPARE(r.unchanged, 3);
        QCOMPARE(r.reasonsUpdated, 0);
        QCOMPARE(f.dump(), before);
        QCOMPARE(f.auditEntries(), 1);   // nothing written, nothing audited
    }

    void oneAuditEntryPerRefresh()
    {
        Fixture f;
        StageRepository stages(f.t.connection());
        StageRefreshResult r;
        QVERIFY_OK(stages.refresh(QDate(2026, 11, 20), &r));
        QList<AuditEntry> entries;
        QVERIFY_OK(AuditRepository(f.t.connection()).recent(10, &entries));
        QCOMPARE(f.auditEntries(), 1);
        const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                     [](const AuditEntry &e) { return e.entity == QStringLiteral("lifecycle"); });
        QVERIFY(it != entries.cend());
        QCOMPARE(it->action, QStringLiteral("refresh"));
        QCOMPARE(it->after.value(QStringLiteral("changed")).toInt(), 4);
        QCOMPARE(it->after.value(QStringLiteral("day")).toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(it->actor, QStringLiteral("测试运营"));
    }

    void reasonIsUpdatedInPlace()
    {
        Fixture f;
        StageRepository stages(f.t.connection());
        QVERIFY_OK(stages.refresh(QDate(2026, 10, 20)));
        QHash<qint64, StageSpan> before;
        QVERIFY_OK(stages.current(&before));
        QVERIFY2(before.value(f.steady).reason.contains(QStringLiteral("40")), qPrintable(before.value(f.steady).reason));

        StageRefreshResult r;
        QVERIFY_OK(stages.refresh(QDate(2026, 10, 21), &r));
        QCOMPARE(r.changed, 0);
        QCOMPARE(r.unchanged, 3);
        QCOMPARE(r.reasonsUpdated, 3);    // "day 41 after filling" now
        QHash<qint64, StageSpan> after;
        QVERIFY_OK(stages.current(&after));
        const StageSpan &s = after.value(f.steady);
        QCOMPARE(s.id, before.value(f.steady).id);
        QCOMPARE(s.since, QDate(2026, 10, 20));
        QVERIFY2(s.reason.contains(QStringLiteral("41")), qPrintable(s.reason));
        QCOMPARE(Query::scalar(f.t.connection(), QStringLiteral("SELECT count(*) FROM group_stages")).toInt(), 3);
    }

    void archivedGroupSpanIsClosed()
    {
        Fixture f;
        StageRepository stages(f.t.connection());
        QVERIFY_OK(stages.refresh(QDate(2026, 11, 20)));
        f.archiveShelved();
        StageRefreshResult r;
        QVERIFY_OK(stages.refresh(Today, &r));
        QCOMPARE(r.closed, 1);
        QList<StageSpan> history;
        QVERIFY_OK(stages.history(f.shelved, &history));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).stage, LifecycleStage::Daily);
        QCOMPARE(history.at(0).until, Today);
        QHash<qint64, StageSpan> current;
        QVERIFY_OK(stages.current(&current));
        QVERIFY(!current.contains(f.shelved));
        QCOMPARE(current.size(), 3);

        // Restored, it gets a new span on the next refresh.
        QVERIFY_OK(GroupRepository(f.t.connection()).restore(f.shelved));
        QVERIFY_OK(stages.refresh(Today, &r));
        QCOMPARE(r.changed, 1);
        QVERIFY_OK(stages.history(f.shelved, &history));
        QCOMPARE(history.size(), 2);
        QVERIFY(history.at(0).isCurrent());
        QCOMPARE(history.at(0).since, Today);
    }

    void earlierDayIsSkipped()
    {
        Fixture f;
        StageRepository stages(f.t.connection());
        QVERIFY_OK(stages.refresh(QDate(2026, 11, 20)));
        const QStringList before = f.dump();
        const int audits = f.auditEntries();
        QDate through;
        QVERIFY_OK(stages.recordedThrough(&through));
        QCOMPARE(through, QDate(2026, 11, 20));
        // A day before the last recorded one would rewrite history: refused, nothing written.
        StageRefreshResult r;
        r.changed = -1;
        const DatabaseError err = stages.refresh(QDate(2026, 10, 1), &r);
        QCOMPARE(err.kind, DatabaseError::Kind::Constraint);
        QVERIFY2(err.message.contains(QStringLiteral("2026-11-20")) && err.message.contains(QStringLiteral("2026-10-01")),
                 qPrintable(err.message));
        QCOMPARE(r.changed, -1);
        QCOMPARE(f.dump(), before);
        QCOMPARE(f.auditEntries(), audits);
        QVERIFY(stages.refresh(QDate()));   // an invalid day is refused too

        // Spans that reach past the day by other means (an import, an edit) are left alone.
        QSqlQuery q(f.t.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM settings WHERE key = 'lifecycle.recorded_through'")));
        QVERIFY_OK(stages.refresh(QDate(2026, 10, 1), &r));
        QCOMPARE(r.skipped, 4);     // three live groups with newer spans, and fresh's open span
        QCOMPARE(r.changed + r.closed + r.unchanged, 0);
        QCOMPARE(f.dump(), before);
        QVERIFY_OK(stages.recordedThrough(&through));
        QCOMPARE(through, QDate(2026, 10, 1));
    }

    void sameDayChangeIsCorrectedInPlace()
    {
        Fixture f;
        StageRepository stages(f.t.connection());
        SettingsRepository settings(f.t.connection());
        QVERIFY_OK(stages.refresh(QDate(2026, 10, 20)));
        QVERIFY_OK(stages.refresh(QDate(2026, 11, 20)));
        const QStringList recorded = f.dump();

        // Tightened thresholds make the steady group weak today: a new span since today.
        LifecycleThresholds strict;
        strict.weakActiveRate = 0.9;
        QVERIFY_OK(settings.setLifecycleThresholds(strict));
        StageRefreshResult r;
        QVERIFY_OK(stages.refresh(QDate(2026, 11, 20), &r));
        QVERIFY(r.changed >= 1);
        QList<StageSpan> history;
        QVERIFY_OK(stages.history(f.steady, &history));
        QCOMPARE(stagesOf(history), (QList<LifecycleStage>{LifecycleStage::Weak, LifecycleStage::Daily}));
        QCOMPARE(history.at(1).until, QDate(2026, 11, 20));

        // Weaker still the same day: today's span changes in place, no zero-day span is left.
        strict.weakActiveRate = 0.2;
        strict.weakDropRatio = 0.0;
        strict.weakDropMinMessages = 0;
        strict.strongDays = 400;
        QVERIFY_OK(settings.setLifecycleThresholds(strict));
        QVERIFY_OK(stages.refresh(QDate(2026, 11, 20)));
        QVERIFY_OK(stages.history(f.steady, &history));
        QCOMPARE(stagesOf(history), (QList<LifecycleStage>{LifecycleStage::Strong, LifecycleStage::Daily}));

        // Back to the defaults the same day: the daily span reopens, as if nothing happened.
        QVERIFY_OK(settings.setLifecycleThresholds(LifecycleThresholds()));
        QVERIFY_OK(stages.refresh(QDate(2026, 11, 20)));
        QCOMPARE(f.dump(), recorded);
    }

    void pivotByStage()
    {
        Fixture f;
        StageRepository stages(f.t.connection());
        QVERIFY_OK(stages.refresh(QDate(2026, 11, 20)));
        f.archiveShelved();
        QVERIFY_OK(stages.refresh(Today));
        // A group never refreshed (created after the last refresh) has no stage either.
        qint64 unrecorded = 0;
        Group g;
        g.name = QStringLiteral("宠粉群 5");
        g.createdOn = Today;
        QVERIFY_OK(GroupRepository(f.t.connection()).create(g, &unrecorded));

        GroupRepository groups(f.t.connection());
        GroupGrid grid;
        QVERIFY_OK(groups.pivot(GroupDimension::Stage, GroupDimension::Purpose, PivotMeasure::Members, Today, &grid));
        // The four stages in lifecycle order, always, then the unassigned bucket.
        QCOMPARE(grid.rows.size(), 5);
        const QStringList keys{QStringLiteral("strong"), QStringLiteral("daily"), QStringLiteral("weak"),
                               QStringLiteral("zombie"), QString()};
        for (int i = 0; i < keys.size(); ++i)
            QCOMPARE(grid.rows.at(i).key, keys.at(i));
        QCOMPARE(grid.rows.at(0).label, lifecycleStageLabel(LifecycleStage::Strong));
        QVERIFY(!grid.rows.at(4).label.isEmpty());
        const int column = rowOfKey(grid.columns, groupPurposeCode(GroupPurpose::ShoppingGuide));
        QVERIFY(column >= 0);
        QCOMPARE(grid.rowTotal(0).groups, 1);       // fresh
        QCOMPARE(grid.rowTotal(1).groups, 1);       // steady
        QCOMPARE(grid.rowTotal(2).groups, 0);       // no weak group: the empty row still shows
        QCOMPARE(grid.rowTotal(3).groups, 1);       // fading
        QCOMPARE(grid.rowTotal(4).groups, 2);       // shelved (archived) and the unrecorded one
        QCOMPARE(grid.cell(3, column).members, qint64(10));
        QCOMPARE(grid.cell(4, column).members, qint64(10));
        QCOMPARE(grid.total().groups, 5);
        QCOMPARE(grid.total().members, qint64(40));
        QCOMPARE(grid.total().value, 40.0);

        // As columns, with only active groups, counted: the unassigned bucket holds the new group.
        QVERIFY_OK(groups.countByDimensions(GroupDimension::Purpose, GroupDimension::Stage, &grid, {GroupStatus::Active}));
        QCOMPARE(grid.columns.size(), 5);
        QCOMPARE(grid.columnTotal(4).groups, 1);
        QCOMPARE(grid.total().groups, 4);

        // Stage by stage: only the diagonal is filled.
        QVERIFY_OK(groups.pivot(GroupDimension::Stage, GroupDimension::Stage, PivotMeasure::Groups, Today, &grid));
        QCOMPARE(grid.cell(0, 0).groups, 1);
        QCOMPARE(grid.cell(0, 1).groups, 0);
        QCOMPARE(grid.cell(3, 3).groups, 1);
        QCOMPARE(grid.total().groups, 5);

        // Another measure over the stage axis: messages per day of the daily row is the steady group's.
        QVERIFY_OK(groups.pivot(GroupDimension::Stage, GroupDimension::Purpose, PivotMeasure::MessagesPerDay, Today, &grid));
        QCOMPARE(grid.rowTotal(1).value, 10.0);
        QCOMPARE(grid.rowTotal(3).value, 0.0);
    }

    void proxyFiltersByStageKey()
    {
        Fixture f;
        StageRepository stages(f.t.connection());
        QVERIFY_OK(stages.refresh(QDate(2026, 11, 20)));
        f.archiveShelved();
        QVERIFY_OK(stages.refresh(Today));

        GroupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(f.t.connection());
        QVERIFY(model.reload());
        GroupFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 4);

        // The key the table gives is the one the pivot's Stage axis uses.
        GroupGrid grid;
        QVERIFY_OK(GroupRepository(f.t.connection()).countByDimensions(GroupDimension::Stage, GroupDimension::Team, &grid));
        const auto onlyGroup = [&] { return proxy.index(0, 0).data(GroupTableModel::IdRole).toLongLong(); };
        using C = GroupFilterProxyModel::Condition;
        proxy.setConditions({C{GroupDimension::Stage, grid.rows.at(3).key}});
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(onlyGroup(), f.fading);
        QCOMPARE(proxy.index(0, GroupTableModel::Stage).data().toString(), lifecycleStageLabel(LifecycleStage::Zombie));
        proxy.setConditions({C{GroupDimension::Stage, QStringLiteral("strong")}});
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(onlyGroup(), f.fresh);
        proxy.setConditions({C{GroupDimension::Stage, QStringLiteral("weak")}});
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setConditions({C{GroupDimension::Stage, QString()}});   // the unassigned bucket
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(onlyGroup(), f.shelved);
        QCOMPARE(proxy.rowCount(), grid.rowTotal(int(grid.rows.size()) - 1).groups);
        // Combined with another dimension, as a clicked cell does.
        proxy.setConditions({C{GroupDimension::Stage, QStringLiteral("daily")}, C{GroupDimension::Team, QString()}});
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(onlyGroup(), f.steady);
        proxy.setConditions({});
        QCOMPARE(proxy.rowCount(), 4);
        // The domain function cannot know a stage: the empty key, as documented.
        Group plain;
        QVERIFY(groupDimensionKey(plain, GroupDimension::Stage).isEmpty());
        QCOMPARE(groupDimensionLabel(GroupDimension::Stage), QStringLiteral("Lifecycle stage"));
        QCOMPARE(groupDimensionFromCode(QStringLiteral("stage")), std::optional<GroupDimension>(GroupDimension::Stage));
    }

    void demoHasStageHistory()
    {
        test::TempDatabase t;
        DemoOptions options;
        options.members = 1200;
        options.seed = 11;
        options.today = Today;
        QVERIFY_OK(DemoGenerator::generate(*t.db, options));
        StageRepository stages(t.connection());

        // Every live group has a current stage, the one the engine gives today.
        QHash<qint64, StageSpan> current;
        QVERIFY_OK(stages.current(&current));
        LifecycleThresholds thresholds;
        QVERIFY_OK(SettingsRepository(t.connection()).lifecycleThresholds(&thresholds));
        QList<GroupActivity> live;
        QVERIFY_OK(GroupActivityRepository(t.connection()).activeGroups(Today, &live));
        QVERIFY(!live.isEmpty());
        QCOMPARE(current.size(), live.size());
        for (const GroupActivity &a : std::as_const(live)) {
            const auto assessment = assessLifecycle(a.lifecycleInput(Today, thresholds), thresholds);
            QVERIFY(assessment);
            QCOMPARE(current.value(a.groupId).stage, assessment->stage);
            QCOMPARE(current.value(a.groupId).reason, assessment->reason);
        }

        // Weeks of history with transitions, among them into weak and zombie.
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT min(since), count(*), count(DISTINCT group_id) FROM group_stages")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), Today.addDays(-77).toString(Qt::ISODate));
        QVERIFY(q.value(1).toInt() > q.value(2).toInt());
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT a.stage || '>' || b.stage FROM group_stages a "
                                      "JOIN group_stages b ON b.group_id = a.group_id AND b.since = a.until")));
        QStringList transitions;
        while (q.next())
            transitions.append(q.value(0).toString());
        QVERIFY2(transitions.contains(QStringLiteral("strong>daily")), qPrintable(transitions.join(u' ')));
        QVERIFY2(transitions.contains(QStringLiteral("daily>weak")), qPrintable(transitions.join(u' ')));
        QVERIFY2(transitions.contains(QStringLiteral("weak>zombie")), qPrintable(transitions.join(u' ')));
        // Spans of a group follow each other without gaps or overlaps.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM group_stages a WHERE a.until IS NOT NULL AND a.until <> a.since "
                                      "AND NOT EXISTS (SELECT 1 FROM group_stages b WHERE b.group_id = a.group_id "
                                      "AND b.since = a.until) AND EXISTS (SELECT 1 FROM chat_groups g "
                                      "WHERE g.id = a.group_id AND g.status = 'active')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // Archived and dissolved groups had a stage while they ran, and none now.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(s.until IS NULL) FROM chat_groups g JOIN group_stages s "
                                      "ON s.group_id = g.id WHERE g.status <> 'active'")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() > 0);
        QCOMPARE(q.value(1).toInt(), 0);
        // The demo writes no audit entries (equal seeds give equal tables).
        QCOMPARE(Query::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);
    }

    void tenThousandGroups()
    {
        // 10,000 groups with members and a month of activity: one refresh is a few aggregate
        // queries and prepared writes, not a query per group.
        test::TempDatabase t;
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
            "INSERT INTO chat_groups (id, name, created_on, filled_on) "
            "SELECT i, '宠粉群 ' || i, date('2026-11-23', '-' || (i % 200) || ' days'), "
            "date('2026-11-23', '-' || (i % 200) || ' days', '+5 days') FROM n")));
        QVERIFY(q.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000) "
            "INSERT INTO members (id, display_name, platform_id) SELECT i, 'm' || i, 'wxid_' || i FROM n")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO memberships (member_id, group_id, joined_at) "
            "SELECT id, (id % 10000) + 1, '2026-01-01 09:00:00' FROM members")));
        QVERIFY(q.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) "
            "INSERT INTO events (occurred_at, kind, member_id, group_id) "
            "SELECT datetime('2026-11-23 10:00:00', '-' || (i % 30) || ' days'), 'message', "
            "(i % 50000) + 1, (i % 50000) % 10000 + 1 FROM n WHERE (i % 50000) % 10000 % 3 <> 0")));
        QVERIFY(q.exec(QStringLiteral("COMMIT")));

        StageRepository stages(t.connection());
        StageRefreshResult r;
        QElapsedTimer timer;
        timer.start();
        QVERIFY_OK(stages.refresh(Today, &r));
        const qint64 first = timer.restart();
        QCOMPARE(r.changed, 10000);
        QVERIFY_OK(stages.refresh(Today, &r));
        const qint64 again = timer.restart();
        QCOMPARE(r.unchanged, 10000);
        QVERIFY_OK(stages.refresh(Today.addDays(7), &r));
        const qint64 week = timer.restart();
        QHash<qint64, StageSpan> current;
        QVERIFY_OK(stages.current(&current));
        const qint64 read = timer.restart();
        QCOMPARE(current.size(), 10000);
        GroupGrid grid;
        QVERIFY_OK(GroupRepository(t.connection()).pivot(GroupDimension::Stage, GroupDimension::Tier,
                                                          PivotMeasure::Members, Today, &grid));
        const qint64 pivot = timer.elapsed();
        QCOMPARE(grid.total().groups, 10000);
        QCOMPARE(grid.total().members, qint64(50000));
        qInfo("10,000 groups: first refresh %lld ms, same day again %lld ms, a week later %lld ms (%d changed), "
              "current() %lld ms, pivot by stage %lld ms",
              first, again, week, r.changed, read, pivot);
        // Generous bounds for a loaded CI machine; the point is no per-group query storm.
        QVERIFY2(first < 10000, qPrintable(QString::number(first)));
        QVERIFY2(pivot < 2000, qPrintable(QString::number(pivot)));
    }
};

QTEST_GUILESS_MAIN(TestStageRepository)
#include "tst_stage_repository.moc"
