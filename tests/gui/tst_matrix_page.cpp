#include "TestSupport.h"

#include "groups/GroupProfileDialog.h"
#include "groups/StageHistoryView.h"
#include "matrix/RecommendationsDialog.h"
#include "matrix/MatrixPage.h"
#include "storage/StageRepository.h"
#include "models/GroupGridModel.h"
#include "models/GroupTableModel.h"
#include "storage/DimensionRepository.h"
#include "storage/GroupRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/SqlTransaction.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace qundesk;
using qundesk::ui::MatrixPage;

namespace {

// Reads translations/pending/*.tsv (context, source, translation) so the screenshot shows the
// Chinese the users will see before the .ts files are merged.
class TsvTranslator final : public QTranslator
{
public:
    bool load(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return false;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QStringList f = line.split(QLatin1Char('\t'));
            if (f.size() == 3)
                m_map.insert(f.at(0) + QChar(0) + unescape(f.at(1)), unescape(f.at(2)));
        }
        return !m_map.isEmpty();
    }
    bool isEmpty() const override { return m_map.isEmpty(); }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return m_map.value(QString::fromUtf8(context) + QChar(0) + QString::fromUtf8(source));
    }

private:
    static QString unescape(QString s) { return s.replace(QStringLiteral("\\n"), QStringLiteral("\n")); }
    QHash<QString, QString> m_map;
};

struct Matrix
{
    QList<qint64> tiers;
    QList<qint64> teams;
    QHash<QString, qint64> groups;
};

// Four franchise levels, three teams, a handful of groups with a few members each.
Matrix seedSmall(const QSqlDatabase &db)
{
    Matrix m;
    DimensionRepository dims(db);
    const QStringList tiers = {QStringLiteral("百万级"), QStringLiteral("30万级"), QStringLiteral("5万级"),
                               QStringLiteral("9800级")};
    for (int i = 0; i < tiers.size(); ++i) {
        qint64 id = 0;
        dims.createTier({0, tiers.at(i), i + 1, std::nullopt}, &id);
        m.tiers.append(id);
    }
    for (const QString &name : {QStringLiteral("一队"), QStringLiteral("二队"), QStringLiteral("三队")}) {
        qint64 id = 0;
        dims.createTeam({0, name}, &id);
        m.teams.append(id);
    }
    GroupRepository groups(db);
    const auto add = [&](const QString &name, int tier, int team, int members) {
        Group g;
        g.name = name;
        g.tierId = tier >= 0 ? m.tiers.at(tier) : 0;
        g.teamId = team >= 0 ? m.teams.at(team) : 0;
        qint64 id = 0;
        if (groups.create(g, &id))
            qFatal("create failed");
        m.groups.insert(name, id);
        MembershipRepository memberships(db);
        QSqlQuery q(db);
        for (int i = 0; i < members; ++i) {
            q.prepare(QStringLiteral("INSERT INTO members (display_name, platform_id) VALUES (?, ?)"));
            q.addBindValue(QStringLiteral("成员%1").arg(i));
            q.addBindValue(QStringLiteral("wxid_%1_%2").arg(id).arg(i));
            q.exec();
            memberships.join(q.lastInsertId().toLongLong(), id, MembershipRole::Member, {});
        }
    };
    add(QStringLiteral("花颜百万级一队群"), 0, 0, 3);
    add(QStringLiteral("花颜百万级一队二群"), 0, 0, 2);
    add(QStringLiteral("花颜30万级二队群"), 1, 1, 4);
    add(QStringLiteral("花颜5万级三队群"), 2, 2, 1);
    add(QStringLiteral("花颜9800级一队群"), 3, 0, 0);
    add(QStringLiteral("待分配新群"), -1, -1, 0);
    add(QStringLiteral("已解散旧群"), 1, 2, 2);
    groups.dissolve(m.groups.value(QStringLiteral("已解散旧群")));
    return m;
}

// A brand at scale for the screenshot: four levels, nine teams, ~60 groups, ~15,000 members.
void seedLarge(const QSqlDatabase &db)
{
    DimensionRepository dims(db);
    const QList<std::pair<QString, qint64>> tiers = {{QStringLiteral("百万级"), 100000000},
                                                     {QStringLiteral("30万级"), 30000000},
                                                     {QStringLiteral("5万级"), 5000000},
                                                     {QStringLiteral("9800级"), 980000}};
    QList<qint64> tierIds, teamIds, operatorIds;
    for (int i = 0; i < tiers.size(); ++i) {
        qint64 id = 0;
        dims.createTier({0, tiers.at(i).first, i + 1, tiers.at(i).second}, &id);
        tierIds.append(id);
    }
    const QStringList teams = {QStringLiteral("一队"), QStringLiteral("二队"), QStringLiteral("三队"),
                               QStringLiteral("四队"), QStringLiteral("五队"), QStringLiteral("六队"),
                               QStringLiteral("七队"), QStringLiteral("八队"), QStringLiteral("九队")};
    const QStringList operators = {QStringLiteral("林晓雯"), QStringLiteral("陈思远"), QStringLiteral("王佳怡"),
                                   QStringLiteral("赵子涵"), QStringLiteral("刘一鸣"), QStringLiteral("孙悦"),
                                   QStringLiteral("周雨桐"), QStringLiteral("吴昊"), QStringLiteral("郑可欣")};
    for (int i = 0; i < teams.size(); ++i) {
        qint64 team = 0, op = 0;
        dims.createTeam({0, teams.at(i)}, &team);
        teamIds.append(team);
        Operator o;
        o.name = operators.at(i);
        o.teamId = team;
        o.personaName = QStringLiteral("宠粉官");
        dims.createOperator(o, &op);
        operatorIds.append(op);
    }
    GroupRepository groups(db);
    QRandomGenerator rng(20240601);
    QList<std::pair<qint64, int>> fill;
    int serial = 0;
    for (int t = 0; t < tierIds.size(); ++t) {
        for (int team = 0; team < teamIds.size(); ++team) {
            // Upper tiers have one official group per team; lower tiers several, some teams none.
            const int count = t == 0 ? 1 : (rng.bounded(4) == 0 ? 0 : 1 + rng.bounded(t + 1));
            for (int k = 0; k < count; ++k) {
                Group g;
                g.name = QStringLiteral("花颜%1%2宠粉群%3").arg(tiers.at(t).first, teams.at(team)).arg(k + 1);
                g.number = k + 1;
                g.purpose = t == 0 ? GroupPurpose::Master : (k == 0 ? GroupPurpose::ShoppingGuide
                                                                      : GroupPurpose::Perks);
                g.tierId = tierIds.at(t);
                g.teamId = teamIds.at(team);
                g.operatorId = operatorIds.at(team);
                g.identitySegment = t < 2 ? IdentitySegment::Store : IdentitySegment::Online;
                g.createdOn = QDate(2024, 1, 8).addDays(rng.bounded(120));
                const int members = t == 0 ? 20 + rng.bounded(40) : 120 + rng.bounded(381);
                if (members >= 470)
                    g.filledOn = g.createdOn.addDays(5 + rng.bounded(20));
                qint64 id = 0;
                if (groups.create(g, &id))
                    qFatal("create failed");
                fill.append({id, members});
                ++serial;
            }
        }
    }
    Group loose;
    loose.name = QStringLiteral("花颜新客待分配群");
    loose.purpose = GroupPurpose::ShoppingGuide;
    loose.identitySegment = IdentitySegment::Consumer;
    qint64 looseId = 0;
    groups.create(loose, &looseId);
    fill.append({looseId, 37});

    // Bulk memberships in one transaction: the repository's audited joins are for people, not seeds.
    SqlTransaction tx(db);
    QSqlQuery member(db), membership(db);
    member.prepare(QStringLiteral("INSERT INTO members (display_name, platform_id, is_koc, koc_since) VALUES (?, ?, ?, ?)"));
    membership.prepare(QStringLiteral("INSERT INTO memberships (member_id, group_id, joined_at) VALUES (?, ?, ?)"));
    int n = 0;
    for (const auto &[groupId, members] : fill) {
        for (int i = 0; i < members; ++i) {
            const bool koc = rng.bounded(40) == 0;
            member.addBindValue(QStringLiteral("会员%1").arg(++n));
            member.addBindValue(QStringLiteral("wxid_big_%1").arg(n));
            member.addBindValue(koc ? 1 : 0);
            member.addBindValue(koc ? QVariant(QStringLiteral("2024-05-01 10:00:00"))
                                    : QVariant(QMetaType::fromType<QString>()));
            member.exec();
            membership.addBindValue(member.lastInsertId());
            membership.addBindValue(groupId);
            membership.addBindValue(QStringLiteral("2024-05-01 10:00:00"));
            membership.exec();
        }
    }
    tx.commit();
}

void clickCell(QTableView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

} // namespace

class TestMatrixPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("QUNDESK_ACTOR", "测试运营"); }

    void showsRowsAndFiltersByCell()
    {
        test::TempDatabase t;
        const Matrix m = seedSmall(t.connection());
        MatrixPage page;
        QCOMPARE(page.windowTitle(), QStringLiteral("Group matrix"));
        QSignalSpy status(&page, &MatrixPage::statusMessage);
        page.resize(1280, 800);
        page.setDatabase(t.connection());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QAbstractItemModelTester tableTester(page.groupView()->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);

        QTableView *table = page.groupView();
        QCOMPARE(table->model()->rowCount(), 6); // active groups; the dissolved one is hidden
        QStringList names;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            names.append(table->model()->index(r, GroupTableModel::Name).data().toString());
        QVERIFY(names.contains(QStringLiteral("花颜30万级二队群")));
        QVERIFY(!names.contains(QStringLiteral("已解散旧群")));
        QCOMPARE(names.first().left(5), QStringLiteral("花颜百万级"));   // tier rank order
        QCOMPARE(names.last(), QStringLiteral("待分配新群"));          // unassigned last
        QVERIFY(!status.isEmpty());
        QCOMPARE(status.last().at(0).toString(), MatrixPage::tr("%n group(s)", nullptr, 6));

        // Grid: 4 tiers + unassigned + total rows, 3 teams + unassigned + total columns.
        QTableView *grid = page.gridView();
        QCOMPARE(grid->model()->rowCount(), 6);
        QCOMPARE(grid->model()->columnCount(), 5);
        QCOMPARE(grid->model()->index(0, 0).data(GroupGridModel::GroupCountRole).toInt(), 2);
        QCOMPARE(grid->model()->index(0, 0).data(GroupGridModel::MemberCountRole).toInt(), 5);
        QCOMPARE(grid->model()->index(1, 2).data(GroupGridModel::CellKindRole).toInt(),
                 int(GroupGridModel::CellKind::Empty));

        clickCell(grid, 0, 0); // 百万级 × 一队
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QCOMPARE(status.last().at(0).toString(), MatrixPage::tr("%n group(s)", nullptr, 2));
        for (int r = 0; r < 2; ++r)
            QVERIFY(table->model()->index(r, GroupTableModel::Name).data().toString().startsWith(QStringLiteral("花颜百万级一队")));

        clickCell(grid, 5, 0); // column total of 一队: every tier
        QTRY_COMPARE(table->model()->rowCount(), 3);
        clickCell(grid, 4, 4); // unassigned tier × unassigned team
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, GroupTableModel::Name).data().toString(), QStringLiteral("待分配新群"));
        clickCell(grid, 1, 2); // an empty cell lists nothing
        QTRY_COMPARE(table->model()->rowCount(), 0);
        clickCell(grid, 5, 4); // grand total: everything again
        QTRY_COMPARE(table->model()->rowCount(), 6);

        // Search narrows within the current cell filter.
        QTest::keyClicks(page.searchEdit(), QStringLiteral("30")); // keyClicks types ASCII only
        QTRY_COMPARE(table->model()->rowCount(), 1);
        page.searchEdit()->clear();
        QTRY_COMPARE(table->model()->rowCount(), 6);

        // Every status: the dissolved group comes back into the table and the grid.
        page.statusCombo()->setCurrentIndex(page.statusCombo()->count() - 1);
        QTRY_COMPARE(table->model()->rowCount(), 7);
        QCOMPARE(grid->model()->index(1, 2).data(GroupGridModel::GroupCountRole).toInt(), 1);
        QCOMPARE(status.last().at(0).toString(), MatrixPage::tr("%n group(s)", nullptr, 7));
    }

    void reloadKeepsCellFilter()
    {
        test::TempDatabase t;
        const Matrix m = seedSmall(t.connection());
        MatrixPage page;
        page.setDatabase(t.connection());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        clickCell(page.gridView(), 0, 0);
        QTRY_COMPARE(page.visibleGroupCount(), 2);
        Group g;
        g.name = QStringLiteral("花颜百万级一队三群");
        g.tierId = m.tiers.at(0);
        g.teamId = m.teams.at(0);
        QVERIFY(!GroupRepository(t.connection()).create(g, nullptr));
        page.reload();
        QCOMPARE(page.visibleGroupCount(), 3);
        QCOMPARE(page.gridView()->currentIndex().row(), 0);
        QCOMPARE(page.gridView()->currentIndex().column(), 0);
    }

    // Opening the page records today's stages on a worker thread and shows them; the measure
    // picker re-pivots; a double-click opens the group's profile, the button a blank one.
    void stagesMeasureAndProfile()
    {
        test::TempDatabase t;
        seedSmall(t.connection());
        MatrixPage page;
        QSignalSpy refreshed(&page, &MatrixPage::stagesRefreshed);
        page.resize(1280, 800);
        page.setDatabase(t.connection());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(refreshed.count(), 1);
        QVERIFY(!page.isRefreshingStages());
        QHash<qint64, StageSpan> spans;
        QVERIFY_OK(StageRepository(t.connection()).current(&spans));
        QCOMPARE(spans.size(), 6); // every active group has a stage now
        QTableView *table = page.groupView();
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QVERIFY(!table->model()->index(r, GroupTableModel::Stage).data().toString().isEmpty());

        QComboBox *measure = page.measureCombo();
        measure->setCurrentIndex(measure->findData(int(PivotMeasure::Members)));
        QCOMPARE(page.gridModel()->measure(), PivotMeasure::Members);
        QCOMPARE(page.gridView()->model()->index(0, 0).data(GroupGridModel::ValueRole).toDouble(), 5.0);
        QVERIFY(page.gridView()->model()->index(0, 0).data(GroupGridModel::HeatRole).isValid());
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("heatLegend"))->isVisible());

        const QModelIndex first = table->model()->index(0, GroupTableModel::Name);
        const qint64 id = first.data(GroupTableModel::IdRole).toLongLong();
        // A double-click starts with a click: QAbstractItemView opens only what the press selected.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
        ui::GroupProfileDialog *profile = nullptr;
        QTRY_VERIFY((profile = page.findChild<ui::GroupProfileDialog *>()) != nullptr);
        QCOMPARE(profile->groupId(), id);
        // Its stage history lists the span recorded when the page opened, as the current one.
        QCOMPARE(profile->stageHistory()->rowCount(), 1);
        QCOMPARE(profile->stageHistory()->item(0, ui::StageHistoryView::Since)->text(),
                 QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(profile->stageHistory()->item(0, ui::StageHistoryView::Stage)->text(),
                 first.siblingAtColumn(GroupTableModel::Stage).data().toString());
        profile->close();
        QTRY_VERIFY(page.findChild<ui::GroupProfileDialog *>() == nullptr); // deleted on close

        QTest::mouseClick(page.newGroupButton(), Qt::LeftButton);
        QTRY_VERIFY((profile = page.findChild<ui::GroupProfileDialog *>()) != nullptr);
        QCOMPARE(profile->groupId(), qint64(0));
        profile->close();

        QTest::mouseClick(page.recommendationsButton(), Qt::LeftButton);
        QTRY_VERIFY(page.findChild<ui::RecommendationsDialog *>() != nullptr);
        page.findChild<ui::RecommendationsDialog *>()->close();
    }

    void withoutDatabase()
    {
        MatrixPage page;
        page.setDatabase(QSqlDatabase());
        QCOMPARE(page.visibleGroupCount(), 0);
        QCOMPARE(page.gridView()->model()->rowCount(), 1);
    }

    // QUNDESK_SHOTS=/tmp/shots writes matrix-page.png there, in Chinese, at 1280×800.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("QUNDESK_SHOTS");
        if (dir.isEmpty())
            QSKIP("set QUNDESK_SHOTS to a folder to write the screenshot");
        TsvTranslator translator;
        // cleanPath: tests/data need not exist for the path to resolve.
        QVERIFY(translator.load(QDir::cleanPath(QStringLiteral(QUNDESK_TEST_DATA_DIR "/../../translations/pending/groups.tsv"))));
        QCoreApplication::installTranslator(&translator);
        test::TempDatabase t;
        seedLarge(t.connection());
        {
            MatrixPage page;
            page.resize(1280, 800);
            page.setDatabase(t.connection());
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            if (qEnvironmentVariableIsSet("QUNDESK_SHOTS_CLICK"))
                clickCell(page.gridView(), 2, 1);
            QTest::qWait(50);
            QDir().mkpath(dir);
            QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("matrix-page.png"))));
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestMatrixPage)
#include "tst_matrix_page.moc"
