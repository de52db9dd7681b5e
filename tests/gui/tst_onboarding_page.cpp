#include "TestSupport.h"

#include "models/OnboardingStepModel.h"
#include "onboarding/OnboardingPage.h"
#include "storage/OnboardingRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace qundesk;

namespace {

QPushButton *button(QWidget &page, const QString &text)
{
    const QList<QPushButton *> buttons = page.findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

QStringList storedKinds(const QSqlDatabase &db, qint64 flowId)
{
    OnboardingFlow f;
    if (OnboardingRepository(db).flow(flowId, &f))
        return {};
    QStringList kinds;
    for (const OnboardingStep &s : f.steps)
        kinds.append(onboarding::stepKindCode(s.kind));
    return kinds;
}

} // namespace

class TestOnboardingPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("QUNDESK_ACTOR", "测试讲师"); // AuditRepository needs an actor when USER is unset
    }

    void showsTheDefaultRitual()
    {
        test::TempDatabase t;
        ui::OnboardingPage page;
        page.resize(1280, 800);
        page.setDatabase(t.connection());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        QCOMPARE(page.windowTitle(), QStringLiteral("Onboarding"));
        auto *flows = page.findChild<QComboBox *>();
        QVERIFY(flows);
        QCOMPARE(flows->count(), 2);
        QCOMPARE(page.table()->model()->rowCount(), 8);
        const OnboardingFlow &flow = page.model()->flow();
        QVERIFY(flow.builtin);
        QVERIFY(flow.purpose.isEmpty());

        // The first step is selected and shown in the detail pane.
        QCOMPARE(page.table()->currentIndex().row(), 0);
        QCOMPARE(page.staffScriptText(), flow.steps[0].staffScript);
        QCOMPARE(page.memberActionText(), flow.steps[0].memberAction);
        QCOMPARE(page.checklistItems(), flow.steps[0].checklist);
        const QAbstractItemModel *m = page.table()->model();
        QCOMPARE(m->data(m->index(0, OnboardingStepModel::Timing)).toString(), QStringLiteral("Before joining"));
        QCOMPARE(m->data(m->index(1, OnboardingStepModel::Timing)).toString(), QStringLiteral("Immediately"));

        page.selectStep(6);
        QCOMPARE(page.staffScriptText(), flow.steps[6].staffScript);
        QCOMPARE(page.checklistItems(), flow.steps[6].checklist);
        QVERIFY(page.checklistItems().size() >= 4);

        // Top row: Move up is off; bottom row: Move down is off.
        page.selectStep(0);
        QVERIFY(!button(page, QStringLiteral("Move &up"))->isEnabled());
        QVERIFY(button(page, QStringLiteral("Move &down"))->isEnabled());
        page.selectStep(7);
        QVERIFY(!button(page, QStringLiteral("Move &down"))->isEnabled());
    }

    void moveUpPersists()
    {
        test::TempDatabase t;
        ui::OnboardingPage page;
        page.setDatabase(t.connection());
        page.show();
        const qint64 flowId = page.currentFlowId();
        const QStringList before = storedKinds(t.connection(), flowId);
        QCOMPARE(before.mid(1, 2), (QStringList{QStringLiteral("welcome"), QStringLiteral("rename")}));

        page.selectStep(2); // rename
        QTest::mouseClick(button(page, QStringLiteral("Move &up")), Qt::LeftButton);
        QStringList expected = before;
        expected.move(2, 1);
        QCOMPARE(storedKinds(t.connection(), flowId), expected);
        QCOMPARE(page.table()->currentIndex().row(), 1);
        QCOMPARE(page.model()->stepAt(1).kind, OnboardingStepKind::Rename);
        QCOMPARE(page.staffScriptText(), page.model()->stepAt(1).staffScript);

        // A fresh page over the same database shows the new order.
        ui::OnboardingPage again;
        again.setDatabase(t.connection());
        QCOMPARE(again.model()->stepAt(1).kind, OnboardingStepKind::Rename);

        QTest::mouseClick(button(page, QStringLiteral("Move &down")), Qt::LeftButton);
        QCOMPARE(storedKinds(t.connection(), flowId), before);
        QVERIFY(!page.moveSelectedStep(-5));
    }

    void copyFlow()
    {
        test::TempDatabase t;
        ui::OnboardingPage page;
        page.setDatabase(t.connection());
        const qint64 builtinId = page.currentFlowId();
        QVERIFY(page.copyCurrentFlow(QStringLiteral("美妆代理入群流程")));
        QVERIFY(page.currentFlowId() != builtinId);
        QCOMPARE(page.model()->flow().name, QStringLiteral("美妆代理入群流程"));
        QVERIFY(!page.model()->flow().builtin);
        QCOMPARE(page.table()->model()->rowCount(), 8);
        QCOMPARE(page.findChild<QComboBox *>()->count(), 3);

        // A second copy under the same name is refused with a visible message.
        QVERIFY(!page.copyCurrentFlow(QStringLiteral("美妆代理入群流程")));
        const QList<QLabel *> labels = page.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
            return !l->isHidden() && l->text().contains(QStringLiteral("already exists"));
        }));

        page.selectFlow(builtinId);
        QCOMPARE(page.model()->flowId(), builtinId);
        QVERIFY(page.model()->flow().builtin);
    }
};

QTEST_MAIN(TestOnboardingPage)
#include "tst_onboarding_page.moc"
