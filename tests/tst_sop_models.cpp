#include "CalendarTestData.h"
#include "TestSupport.h"

#include "models/SopApplicationModel.h"
#include "models/SopStepModel.h"
#include "models/SopTemplateModel.h"
#include "storage/SopRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace qundesk;

namespace {

SopStep step(int dayOffset, int hour, ContentKind kind, const QString &title)
{
    SopStep s;
    s.dayOffset = dayOffset;
    s.slotTime = QTime(hour, 0);
    s.kind = kind;
    s.title = title;
    return s;
}

QStringList titles(const SopStepModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, SopStepModel::Title).data().toString();
    return out;
}

} // namespace

class TestSopModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestActor(); }

    // Moved here from tst_schedule_table_model: the models over the built-in templates.
    void builtinTemplatesAndSteps()
    {
        test::TempDatabase t;
        QVERIFY_OK(SopRepository(t.connection()).installBuiltinTemplates());
        SopTemplateModel templates;
        QAbstractItemModelTester templateTester(&templates, QAbstractItemModelTester::FailureReportingMode::QtTest);
        templates.setDatabase(t.connection());
        QVERIFY_OK(templates.reload());
        QCOMPARE(templates.rowCount(), builtinSopTemplates().size());
        int weeklyRow = -1;
        for (int r = 0; r < templates.rowCount(); ++r) {
            if (templates.templateAt(r).kind == SopKind::Weekly)
                weeklyRow = r;
        }
        QVERIFY(weeklyRow >= 0);
        const SopTemplate weekly = builtinSopTemplates().at(1);
        QCOMPARE(
            templates.data(templates.index(weeklyRow, SopTemplateModel::Kind)).toString(), QStringLiteral("Weekly"));
        QCOMPARE(
            templates.data(templates.index(weeklyRow, SopTemplateModel::Duration), SopTemplateModel::SortRole).toInt(),
            28);
        QCOMPARE(templates.data(templates.index(weeklyRow, SopTemplateModel::StepCount)).toInt(), weekly.steps.size());
        QVERIFY(templates.data(templates.index(weeklyRow, SopTemplateModel::Name))
                    .toString()
                    .contains(QStringLiteral("built-in")));

        SopStepModel steps;
        QAbstractItemModelTester stepTester(&steps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        steps.setDatabase(t.connection());
        const qint64 weeklyId
            = templates.data(templates.index(weeklyRow, 0), SopTemplateModel::TemplateIdRole).toLongLong();
        QVERIFY_OK(steps.setTemplateId(weeklyId));
        QCOMPARE(steps.rowCount(), weekly.steps.size());
        QCOMPARE(steps.data(steps.index(0, SopStepModel::Slot)).toString(), QStringLiteral("09:00"));
        QCOMPARE(steps.data(steps.index(2, SopStepModel::Day), SopStepModel::SortRole).toInt(),
            weekly.steps.at(2).dayOffset);
        QCOMPARE(steps.data(steps.index(1, SopStepModel::Kind)).toString(), QStringLiteral("Game"));
        // Weekly templates show weekday names.
        QCOMPARE(steps.data(steps.index(0, SopStepModel::Day)).toString(), QStringLiteral("Monday"));
        QVERIFY(!steps.data(steps.index(0, SopStepModel::Title), Qt::ToolTipRole).toString().isEmpty());

        QCOMPARE(steps.setTemplateId(9999).kind, DatabaseError::Kind::NotFound);
        QCOMPARE(steps.rowCount(), weekly.steps.size()); // a failed load leaves the rows
        QVERIFY_OK(steps.setTemplateId(0));
        QCOMPARE(steps.rowCount(), 0);
    }

    void editingTheDraft()
    {
        test::TempDatabase t;
        SopRepository repo(t.connection());
        SopTemplate sop;
        sop.name = QStringLiteral("新人计划");
        sop.kind = SopKind::Campaign;
        sop.durationDays = 7;
        sop.steps = { step(0, 9, ContentKind::Welcome, QStringLiteral("欢迎")),
            step(1, 10, ContentKind::Knowledge, QStringLiteral("干货")),
            step(3, 14, ContentKind::Game, QStringLiteral("游戏")) };
        qint64 id = 0;
        QVERIFY_OK(repo.saveTemplate(sop, &id));

        SopStepModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(t.connection());
        QVERIFY_OK(model.setTemplateId(id));
        const qint64 knowledgeId = model.stepAt(1).id;
        QVERIFY(knowledgeId > 0);
        QCOMPARE(model.index(1, SopStepModel::Day).data().toString(), QStringLiteral("Day 2"));

        // Edit keeps the stored id; insert has none; move and remove follow the rows.
        SopStep edited = model.stepAt(1);
        edited.title = QStringLiteral("产品干货");
        edited.id = 777; // ignored: the row keeps its stored step
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStep(1, edited);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.stepAt(1).id, knowledgeId);
        QCOMPARE(model.insertStep(2, model.stepAt(1)), 2);
        QCOMPARE(model.stepAt(2).id, 0);
        QCOMPARE(model.insertStep(99, step(6, 22, ContentKind::Announcement, QStringLiteral("回顾"))), 4);
        model.moveStep(4, 0);
        QCOMPARE(titles(model),
            (QStringList { QStringLiteral("回顾"), QStringLiteral("欢迎"), QStringLiteral("产品干货"),
                QStringLiteral("产品干货"), QStringLiteral("游戏") }));
        model.moveStep(1, 3);
        QCOMPARE(titles(model),
            (QStringList { QStringLiteral("回顾"), QStringLiteral("产品干货"), QStringLiteral("产品干货"),
                QStringLiteral("欢迎"), QStringLiteral("游戏") }));
        model.removeStep(2);
        model.removeStep(99); // ignored
        QCOMPARE(model.rowCount(), 4);

        // The kind switch relabels the day column.
        SopTemplate fields = model.draft();
        fields.kind = SopKind::Weekly;
        model.setTemplateFields(fields);
        QCOMPARE(model.index(0, SopStepModel::Day).data().toString(), QStringLiteral("Sunday"));
        fields.kind = SopKind::Campaign;
        fields.name = QStringLiteral("新人计划（改）");
        model.setTemplateFields(fields);

        const SopTemplate draft = model.draft();
        QCOMPARE(draft.id, id);
        for (int i = 0; i < draft.steps.size(); ++i)
            QCOMPARE(draft.steps.at(i).position, i + 1);
        QVERIFY_OK(repo.saveTemplate(draft));
        SopTemplate stored;
        QVERIFY_OK(repo.templateWithSteps(id, &stored));
        QCOMPARE(stored.name, QStringLiteral("新人计划（改）"));
        QCOMPARE(stored.steps.size(), 4);
        QCOMPARE(stored.steps.at(0).title, QStringLiteral("回顾"));
        QCOMPARE(stored.steps.at(1).id, knowledgeId); // edited in place
        QCOMPARE(stored.steps.at(1).title, QStringLiteral("产品干货"));
    }

    void applications()
    {
        test::TempDatabase t;
        const qint64 a = test::insertGroup(t.connection(), QStringLiteral("福利1群"));
        const qint64 b = test::insertGroup(t.connection(), QStringLiteral("福利2群"));
        SopRepository repo(t.connection());
        QVERIFY_OK(repo.installBuiltinTemplates());
        const QList<SopTemplate> builtins = builtinSopTemplates();
        SopTemplate sevenDay;
        SopTemplate weekly;
        QVERIFY_OK(repo.findTemplate(builtins.at(0).name, &sevenDay));
        QVERIFY_OK(repo.findTemplate(builtins.at(1).name, &weekly));
        QVERIFY_OK(repo.applyToGroups(sevenDay.id, { a, b }, QDate(2026, 11, 30), nullptr));
        QVERIFY_OK(repo.applyToGroups(weekly.id, { b }, QDate(2026, 11, 30), nullptr));

        SopApplicationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(t.connection());
        QVERIFY_OK(model.reload());
        QCOMPARE(model.rowCount(), 3);
        model.setTemplateFilter(sevenDay.id);
        QVERIFY_OK(model.reload());
        QCOMPARE(model.rowCount(), 2);
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.index(r, SopApplicationModel::Template).data().toString(), sevenDay.name);
            QCOMPARE(model.index(r, SopApplicationModel::Entries).data().toInt(), sevenDay.steps.size());
            QCOMPARE(model.index(r, SopApplicationModel::Start).data().toString(), QStringLiteral("2026-11-30"));
            QCOMPARE(model.index(r, SopApplicationModel::Start).data(SopApplicationModel::SortRole).toDate(),
                QDate(2026, 11, 30));
        }
        model.setTemplateFilter(weekly.id);
        QVERIFY_OK(model.reload());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, SopApplicationModel::Group).data().toString(), QStringLiteral("福利2群"));
        QCOMPARE(model.index(0, SopApplicationModel::Entries).data().toInt(), weekly.steps.size() * 4);
        const qint64 appId = model.index(0, 0).data(SopApplicationModel::ApplicationIdRole).toLongLong();
        QCOMPARE(model.applicationAt(0).id, appId);
        QVERIFY_OK(repo.undoApplication(appId));
        QVERIFY_OK(model.reload());
        QCOMPARE(model.rowCount(), 0);
        model.setTemplateFilter(-1);
        QVERIFY_OK(model.reload());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSopModels)
#include "tst_sop_models.moc"
