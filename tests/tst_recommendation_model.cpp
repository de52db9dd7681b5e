#include "RecommendationTestData.h"
#include "TestSupport.h"

#include "models/RecommendationModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace qundesk;
using namespace qundesk::test;

class TestRecommendationModel : public QObject
{
    Q_OBJECT

private slots:
    void listsChecksAndFilters()
    {
        TempDatabase t;
        const RecommendationSeed s = seedRecommendations(t.connection());
        // A young group without a SOP or a KOC: one applicable and one advisory recommendation.
        execInsert(t.connection(), QStringLiteral("INSERT INTO chat_groups (name, purpose, tier_id, team_id, created_on) "
                                                  "VALUES ('花漾新群', 'perks', %1, %2, '2026-06-25')").arg(s.tier).arg(s.teamB));
        RecommendationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(t.connection());
        model.setToday(s.today);
        QVERIFY_OK(model.reloadNow());
        QCOMPARE(model.rowCount(), 4);   // dissolve ×2, sop, koc
        QCOMPARE(model.columnCount(), int(RecommendationModel::ColumnCount));

        const int dissolve = model.rowOfId(QStringLiteral("dissolve-%1").arg(s.zombie));
        QVERIFY(dissolve >= 0);
        const QModelIndex action = model.index(dissolve, RecommendationModel::Action);
        QVERIFY(model.flags(action) & Qt::ItemIsUserCheckable);
        QCOMPARE(model.data(action, Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(model.data(model.index(dissolve, RecommendationModel::Target)).toString(), QStringLiteral("花漾9800级2群"));
        QCOMPARE(model.data(model.index(dissolve, RecommendationModel::Members)).toInt(), 3);
        const int other = model.rowOfId(QStringLiteral("dissolve-%1").arg(s.zombieB));
        QVERIFY(model.data(model.index(other, RecommendationModel::Target)).toString().contains(QStringLiteral("花漾9800级4群")));

        QSignalSpy changed(&model, &RecommendationModel::checkedChanged);
        QVERIFY(model.setData(action, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.checkedRecommendations().size(), 1);
        QCOMPARE(model.checkedRecommendations().first().groupId, s.zombie);

        // Advice cannot be checked, not even by "check all".
        int koc = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.data(model.index(row, 0), RecommendationModel::ActionRole).toString() == QStringLiteral("koc"))
                koc = row;
        }
        QVERIFY(koc >= 0);
        QVERIFY(!(model.flags(model.index(koc, RecommendationModel::Action)) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(model.index(koc, RecommendationModel::Action), Qt::Checked, Qt::CheckStateRole));
        model.setAllChecked(true);
        QCOMPARE(model.checkedRecommendations().size(), 3);

        // A filter hides the other actions; their checks wait for the filter to clear.
        model.setActionFilter(RecommendationAction::AddOnboardingSop);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.checkedRecommendations().size(), 1);
        model.setActionFilter(std::nullopt);
        QCOMPARE(model.checkedRecommendations().size(), 3);

        // The worker reload keeps the checks by id.
        QSignalSpy loaded(&model, &RecommendationModel::loaded);
        model.reload();
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().first().toString(), QString());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.checkedRecommendations().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestRecommendationModel)
#include "tst_recommendation_model.moc"
