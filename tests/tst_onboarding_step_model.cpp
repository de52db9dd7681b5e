#include "TestSupport.h"

#include "models/OnboardingStepModel.h"
#include "storage/OnboardingRepository.h"
#include "storage/Query.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace qundesk;

namespace {

OnboardingFlow perksFlow()
{
    OnboardingFlow f;
    f.name = QStringLiteral("福利群入群流程");
    f.purpose = QStringLiteral("perks");
    f.personaName = QStringLiteral("福利官小美");
    const struct {
        OnboardingStepKind kind;
        const char *title;
        const char *script;
        std::optional<int> timing;
    } steps[] = {
        {OnboardingStepKind::Welcome, "发送欢迎语", "欢迎来到宠粉福利群！\n每天 16:00 准时发福利。", 0},
        {OnboardingStepKind::Gift, "发放入群礼", "入群礼：满 99 减 20 优惠券一张。", 5},
        {OnboardingStepKind::Rules, "讲解群规", "禁止广告、禁止私加好友。", 30},
        {OnboardingStepKind::Custom, "邀请关注视频号", "关注视频号，直播抽奖不错过。", std::nullopt},
    };
    for (const auto &s : steps) {
        OnboardingStep step;
        step.kind = s.kind;
        step.title = QString::fromUtf8(s.title);
        step.staffScript = QString::fromUtf8(s.script);
        step.memberAction = QStringLiteral("回复“收到”");
        step.timingMinutes = s.timing;
        f.steps.append(step);
    }
    return f;
}

QStringList storedTitles(const QSqlDatabase &db, qint64 flowId)
{
    OnboardingFlow f;
    if (OnboardingRepository(db).flow(flowId, &f))
        return {};
    QStringList titles;
    for (const OnboardingStep &s : f.steps)
        titles.append(s.title);
    return titles;
}

QStringList modelTitles(const OnboardingStepModel &m)
{
    QStringList titles;
    for (int r = 0; r < m.rowCount(); ++r)
        titles.append(m.data(m.index(r, OnboardingStepModel::Title)).toString());
    return titles;
}

} // namespace

class TestOnboardingStepModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("QUNDESK_ACTOR", "测试讲师"); // AuditRepository needs an actor when USER is unset
    }

    void showsSteps()
    {
        test::TempDatabase t;
        OnboardingFlow f = perksFlow();
        QVERIFY_OK(OnboardingRepository(t.connection()).saveFlow(&f));
        OnboardingStepModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(t.connection());
        QCOMPARE(model.rowCount(), 0);
        model.setFlow(f.id);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(OnboardingStepModel::ColumnCount));
        QCOMPARE(model.flow().name, QStringLiteral("福利群入群流程"));
        QCOMPARE(model.data(model.index(0, OnboardingStepModel::Position)).toInt(), 1);
        QCOMPARE(model.data(model.index(1, OnboardingStepModel::Kind)).toString(), QStringLiteral("Joining gift"));
        QCOMPARE(model.data(model.index(1, 0), OnboardingStepModel::KindCodeRole).toString(), QStringLiteral("gift"));
        QCOMPARE(model.data(model.index(2, OnboardingStepModel::Title)).toString(), QStringLiteral("讲解群规"));
        // The cell shows one line; the tooltip keeps the line break.
        QCOMPARE(model.data(model.index(0, OnboardingStepModel::StaffScript)).toString(),
                 QStringLiteral("欢迎来到宠粉福利群！ 每天 16:00 准时发福利。"));
        QVERIFY(model.data(model.index(0, OnboardingStepModel::StaffScript), Qt::ToolTipRole).toString().contains(QLatin1Char('\n')));
        QCOMPARE(model.data(model.index(0, OnboardingStepModel::Timing)).toString(), QStringLiteral("Immediately"));
        QCOMPARE(model.data(model.index(2, OnboardingStepModel::Timing)).toString(), QStringLiteral("30 min after joining"));
        QCOMPARE(model.data(model.index(3, OnboardingStepModel::Timing)).toString(), QStringLiteral("—"));
        QCOMPARE(model.data(model.index(3, OnboardingStepModel::Timing), OnboardingStepModel::SortRole).toInt(), -1);
        QCOMPARE(model.data(model.index(2, OnboardingStepModel::Timing), OnboardingStepModel::SortRole).toInt(), 30);
        QCOMPARE(model.data(model.index(3, 0), OnboardingStepModel::StepIdRole).toLongLong(), f.steps[3].id);
        QCOMPARE(model.headerData(OnboardingStepModel::StaffScript, Qt::Horizontal).toString(), QStringLiteral("Staff script"));

        model.setFlow(4242);
        QVERIFY(model.lastError());
        QCOMPARE(model.rowCount(), 4); // the failed load kept the rows
        model.setFlow(0);
        QCOMPARE(model.rowCount(), 0);
    }

    void moveRowsPersists()
    {
        test::TempDatabase t;
        OnboardingFlow f = perksFlow();
        QVERIFY_OK(OnboardingRepository(t.connection()).saveFlow(&f));
        OnboardingStepModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(t.connection());
        model.setFlow(f.id);
        const QStringList original = modelTitles(model);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

        // Row 3 up to the top.
        QVERIFY(model.moveRows(QModelIndex(), 3, 1, QModelIndex(), 0));
        const QStringList up{original[3], original[0], original[1], original[2]};
        QCOMPARE(modelTitles(model), up);
        QCOMPARE(storedTitles(t.connection(), f.id), up);
        QCOMPARE(model.data(model.index(0, OnboardingStepModel::Position)).toInt(), 1);
        QCOMPARE(model.data(model.index(3, OnboardingStepModel::Position)).toInt(), 4);
        QCOMPARE(model.flow().steps[0].position, 1);

        // Row 0 down by one: lands before row 2.
        QVERIFY(model.moveStep(0, 1));
        const QStringList down{original[0], original[3], original[1], original[2]};
        QCOMPARE(modelTitles(model), down);
        QCOMPARE(storedTitles(t.connection(), f.id), down);
        QCOMPARE(moved.count(), 2);

        // Moves that cannot be made are refused without touching anything.
        QVERIFY(!model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 1));
        QVERIFY(!model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 2));
        QVERIFY(!model.moveRows(QModelIndex(), 0, 2, QModelIndex(), 4));
        QVERIFY(!model.moveRows(QModelIndex(), 5, 1, QModelIndex(), 0));
        QVERIFY(!model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 7));
        QVERIFY(!model.moveStep(-1, 0));
        QCOMPARE(moved.count(), 2);
        QCOMPARE(storedTitles(t.connection(), f.id), down);

        // The step went away behind the model's back: the move fails and says so.
        Query del(t.connection(), QStringLiteral("DELETE FROM onboarding_steps WHERE id = :id"));
        del.bind(QStringLiteral(":id"), model.stepAt(3).id);
        QVERIFY(!del.exec(QStringLiteral("delete step")));
        QSignalSpy failed(&model, &OnboardingStepModel::loadFailed);
        QVERIFY(!model.moveStep(3, 0));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(model.lastError().kind, DatabaseError::Kind::NotFound);
        QCOMPARE(modelTitles(model), down);
        QVERIFY_OK(model.reload());
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestOnboardingStepModel)
#include "tst_onboarding_step_model.moc"
