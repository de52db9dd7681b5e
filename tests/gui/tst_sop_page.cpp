#include "CalendarTestData.h"
#include "TestSupport.h"

#include "calendar/SopApplyDialog.h"
#include "calendar/SopApplyPreviewModel.h"
#include "calendar/SopPage.h"
#include "models/SopApplicationModel.h"
#include "models/SopStepModel.h"
#include "models/SopTemplateModel.h"
#include "storage/ScheduleRepository.h"
#include "storage/SopRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

using namespace qundesk;
using namespace qundesk::ui;

namespace {

template<typename T>
T *child(QWidget &parent, const char *name)
{
    auto *w = parent.findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

int rowOfName(const SopTemplateModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->templateAt(r).name == name)
            return r;
    }
    return -1;
}

struct Fixture
{
    test::TempDatabase t;
    qint64 a = 0;
    qint64 b = 0;
    qint64 c = 0;

    Fixture()
    {
        test::useTestActor();
        a = test::insertGroup(t.connection(), QStringLiteral("新人福利1群"));
        b = test::insertGroup(t.connection(), QStringLiteral("新人福利2群"));
        c = test::insertGroup(t.connection(), QStringLiteral("导购3群"), QStringLiteral("shopping_guide"));
    }
};

} // namespace

class TestSopPage : public QObject
{
    Q_OBJECT

private slots:
    void builtinsAreReadOnlyAndDuplicable()
    {
        Fixture f;
        SopPage page;
        QStringList asked;
        page.setConfirmation([&](const QString &q) {
            asked << q;
            return true;
        });
        page.setDatabase(f.t.connection());
        // An empty database gets the built-in templates.
        QCOMPARE(page.templateModel()->rowCount(), builtinSopTemplates().size());
        QAbstractItemModelTester tester(page.stepModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString weeklyName = builtinSopTemplates().at(1).name;
        page.selectTemplate(page.templateModel()->templateAt(rowOfName(page.templateModel(), weeklyName)).id);
        QVERIFY(page.isReadOnly());
        QVERIFY(!child<QPushButton>(page, "addStep")->isEnabled());
        QVERIFY(!child<QPushButton>(page, "saveTemplate")->isEnabled());
        QVERIFY(child<QPushButton>(page, "duplicateTemplate")->isEnabled());
        QVERIFY(!child<QLabel>(page, "readOnlyLabel")->isHidden());
        QVERIFY(child<QPushButton>(page, "applyTemplate")->isEnabled());
        // Weekday names in the day column.
        QCOMPARE(page.stepModel()->index(0, SopStepModel::Day).data().toString(), QStringLiteral("Monday"));

        QVERIFY(page.duplicateTemplate());
        const QString copyName = weeklyName + QStringLiteral(" (copy)");
        QCOMPARE(page.templateModel()->templateAt(rowOfName(page.templateModel(), copyName)).id,
            page.currentTemplateId());
        QVERIFY(!page.isReadOnly());
        QVERIFY(child<QLabel>(page, "readOnlyLabel")->isHidden());
        QVERIFY(child<QPushButton>(page, "addStep")->isEnabled());
        QCOMPARE(page.stepModel()->rowCount(), builtinSopTemplates().at(1).steps.size());
        // A second copy gets its own name.
        page.selectTemplate(page.templateModel()->templateAt(rowOfName(page.templateModel(), weeklyName)).id);
        QVERIFY(page.duplicateTemplate());
        QVERIFY(rowOfName(page.templateModel(), copyName + QStringLiteral(" 2")) >= 0);
        QVERIFY(page.deleteTemplate());
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(copyName + QStringLiteral(" 2")));
        QCOMPARE(rowOfName(page.templateModel(), copyName + QStringLiteral(" 2")), -1);
    }

    void editValidateSaveRevert()
    {
        Fixture f;
        SopPage page;
        page.setConfirmation([](const QString &) { return true; });
        page.setDatabase(f.t.connection());
        QVERIFY(page.newTemplate());
        const qint64 id = page.currentTemplateId();
        QVERIFY(id > 0);
        QVERIFY(!page.isReadOnly());
        QCOMPARE(page.stepModel()->rowCount(), 1);
        page.setTemplateName(QStringLiteral("我的7天计划"));
        QVERIFY(page.isDirty());
        QVERIFY(!child<QPushButton>(page, "applyTemplate")->isEnabled()); // save first

        page.selectStep(0);
        page.setStepFields(0, QTime(9, 0), int(ContentKind::Welcome), QStringLiteral("欢迎入群"), QStringLiteral("欢迎大家！"));
        page.addStep();
        QCOMPARE(page.currentStepRow(), 1);
        page.setStepFields(3, QTime(14, 30), int(ContentKind::Game), QStringLiteral("打卡游戏"), QString());
        page.duplicateStep();
        QCOMPARE(page.stepModel()->rowCount(), 3);
        // An empty title is refused with a message and Save is disabled.
        page.setStepFields(6, QTime(22, 0), int(ContentKind::Announcement), QString(), QString());
        QVERIFY2(page.validationText().contains(QStringLiteral("Step 3")), qPrintable(page.validationText()));
        QVERIFY(!child<QPushButton>(page, "saveTemplate")->isEnabled());
        QVERIFY(!page.saveTemplate());
        page.setStepFields(6, QTime(22, 0), int(ContentKind::Announcement), QStringLiteral("一周回顾"), QString());
        QVERIFY(page.validationText().isEmpty());
        // Move the review to the top, then back down.
        QVERIFY(page.moveStep(-1));
        QVERIFY(page.moveStep(-1));
        QVERIFY(!page.moveStep(-1));
        QCOMPARE(page.stepModel()->stepAt(0).title, QStringLiteral("一周回顾"));
        QVERIFY(page.moveStep(1));
        QVERIFY(child<QPushButton>(page, "saveTemplate")->isEnabled());
        QVERIFY(page.saveTemplate());
        QVERIFY(!page.isDirty());
        QVERIFY2(page.statusText().contains(QStringLiteral("我的7天计划")), qPrintable(page.statusText()));

        SopTemplate stored;
        QVERIFY_OK(SopRepository(f.t.connection()).templateWithSteps(id, &stored));
        QCOMPARE(stored.name, QStringLiteral("我的7天计划"));
        QCOMPARE(stored.steps.size(), 3);
        QCOMPARE(stored.steps.at(0).title, QStringLiteral("欢迎入群"));
        QCOMPARE(stored.steps.at(0).body, QStringLiteral("欢迎大家！"));
        QCOMPARE(stored.steps.at(1).title, QStringLiteral("一周回顾"));
        QCOMPARE(stored.steps.at(2).slotTime, QTime(14, 30));
        QCOMPARE(stored.steps.at(2).kind, ContentKind::Game);
        QCOMPARE(stored.steps.at(2).dayOffset, 3);

        // A day beyond a shortened campaign is named; revert brings the stored version back.
        page.selectStep(2);
        page.removeStep();
        QCOMPARE(page.stepModel()->rowCount(), 2);
        page.revertTemplate();
        QVERIFY(!page.isDirty());
        QCOMPARE(page.stepModel()->rowCount(), 3);

        // A duplicate name is refused by the repository, with its message.
        QVERIFY(page.newTemplate());
        page.setTemplateName(QStringLiteral("我的7天计划"));
        QVERIFY(!page.saveTemplate());
        QVERIFY2(page.statusText().contains(QStringLiteral("already exists")), qPrintable(page.statusText()));
    }

    void refreshKeepsUnsavedEdits()
    {
        Fixture f;
        SopPage page;
        page.setConfirmation([](const QString &) { return true; });
        page.setDatabase(f.t.connection());
        QVERIFY(page.newTemplate());
        const qint64 id = page.currentTemplateId();
        page.setTemplateName(QStringLiteral("改到一半的计划"));
        QVERIFY(page.isDirty());
        page.refresh(); // what F5 on the calendar page does
        QVERIFY(page.isDirty());
        QCOMPARE(page.currentTemplateId(), id);
        QCOMPARE(page.stepModel()->draft().name, QStringLiteral("改到一半的计划"));
        page.reload(); // an explicit reload drops them
        QVERIFY(!page.isDirty());
        QVERIFY(page.stepModel()->draft().name != QStringLiteral("改到一半的计划"));
    }

    void applyDialogPreviewsAndIsIdempotent()
    {
        Fixture f;
        SopRepository repo(f.t.connection());
        QVERIFY_OK(repo.installBuiltinTemplates());
        SopTemplate plan;
        QVERIFY_OK(repo.findTemplate(builtinSopTemplates().at(0).name, &plan));
        const int steps = int(plan.steps.size());
        // b already has the plan from 31 January; c has a post at 09:00 that day, the time of
        // the plan's first step.
        QVERIFY_OK(repo.apply(plan.id, f.b, QDate(2027, 1, 31)));
        ScheduleEntry manual;
        manual.groupId = f.c;
        manual.title = QStringLiteral("早安问候");
        manual.scheduledAt = QDateTime(QDate(2027, 1, 31), plan.steps.first().slotTime);
        QVERIFY_OK(ScheduleRepository(f.t.connection()).create(manual));

        SopApplyDialog dialog(f.t.connection(), plan.id);
        QAbstractItemModelTester tester(dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing checked
        dialog.setStartDate(QDate(2027, 1, 31));
        dialog.setCheckedGroups({ f.a, f.b });
        // The shopping-guide group by selector.
        GroupSelector guides;
        guides.purpose = GroupPurpose::ShoppingGuide;
        QCOMPARE(dialog.checkSelector(guides), 1);
        QCOMPARE(dialog.checkedGroups().size(), 3);
        const SopApplyPreviewModel *preview = dialog.previewModel();
        QCOMPARE(preview->rowCount(), 2 * steps + 1);
        int skippedRows = 0;
        for (int r = 0; r < preview->rowCount(); ++r) {
            if (preview->index(r, 0).data(SopApplyPreviewModel::SkippedRole).toBool()) {
                ++skippedRows;
                QCOMPARE(preview->index(r, SopApplyPreviewModel::Group).data().toString(), QStringLiteral("新人福利2群"));
                QVERIFY(preview->index(r, SopApplyPreviewModel::Status).data().toString().contains(QStringLiteral("already applied")));
            }
        }
        QCOMPARE(skippedRows, 1);
        QVERIFY(preview->index(0, 0).data(SopApplyPreviewModel::SkippedRole).toBool()); // skipped first
        // c's first entry collides with its 09:00 post; a's do not.
        int cFirst = -1;
        int aFirst = -1;
        for (int r = preview->rowCount() - 1; r >= 0; --r) {
            const QString group = preview->index(r, SopApplyPreviewModel::Group).data().toString();
            if (group == QStringLiteral("导购3群"))
                cFirst = r;
            else if (group == QStringLiteral("新人福利1群"))
                aFirst = r;
        }
        QVERIFY(cFirst > 0 && aFirst > 0);
        const QStringList reasons = preview->index(cFirst, 0).data(SopApplyPreviewModel::ConflictRole).toStringList();
        QVERIFY(!reasons.isEmpty());
        QVERIFY2(reasons.first().contains(QStringLiteral("导购3群")), qPrintable(reasons.first()));
        for (int r = aFirst; r < aFirst + steps; ++r)
            QVERIFY(preview->index(r, 0).data(SopApplyPreviewModel::ConflictRole).isNull());
        QVERIFY(preview->index(cFirst, SopApplyPreviewModel::Status).data().toString().contains(QStringLiteral("conflict")));
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("conflict")), qPrintable(dialog.summaryText()));
        // The last entry of a group is on day 7, 6 February.
        QCOMPARE(preview->index(aFirst + steps - 1, SopApplyPreviewModel::Date).data().toString(),
            QStringLiteral("2027-02-06 Sat"));
        QVERIFY2(dialog.summaryText().contains(QString::number(2 * steps)), qPrintable(dialog.summaryText()));
        QVERIFY(ok->isEnabled());

        // Search narrows the list, not the checked groups.
        dialog.setGroupSearch(QStringLiteral("导购"));
        QCOMPARE(dialog.listedGroups(10), QList<qint64> { f.c });
        QCOMPARE(dialog.checkedGroups().size(), 3);

        const int before = test::countRows(f.t.connection(), QStringLiteral("schedule_entries"));
        QVERIFY(dialog.applyNow());
        QCOMPARE(test::countRows(f.t.connection(), QStringLiteral("schedule_entries")), before + 2 * steps);
        QCOMPARE(dialog.result().created.size(), 2);
        QVERIFY2(dialog.resultText().contains(QStringLiteral("新人福利2群")), qPrintable(dialog.resultText()));
        // Now every group is skipped and there is nothing left to create.
        QCOMPARE(preview->rowCount(), 3);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.applyNow());
        QCOMPARE(dialog.result().created.size(), 0);
        QCOMPARE(test::countRows(f.t.connection(), QStringLiteral("schedule_entries")), before + 2 * steps);
    }

    void undoApplicationAsksWithCount()
    {
        Fixture f;
        SopRepository repo(f.t.connection());
        QVERIFY_OK(repo.installBuiltinTemplates());
        SopTemplate plan;
        QVERIFY_OK(repo.findTemplate(builtinSopTemplates().at(0).name, &plan));
        QVERIFY_OK(repo.applyToGroups(plan.id, { f.a, f.b }, QDate(2026, 12, 31), nullptr));

        SopPage page;
        QStringList asked;
        bool answer = false;
        page.setConfirmation([&](const QString &q) {
            asked << q;
            return answer;
        });
        page.setDatabase(f.t.connection());
        page.selectTemplate(plan.id);
        QCOMPARE(page.applicationModel()->rowCount(), 2);
        QVERIFY(!child<QPushButton>(page, "undoApplication")->isEnabled());
        page.applicationView()->selectRow(0);
        QVERIFY(child<QPushButton>(page, "undoApplication")->isEnabled());
        const QString group = page.applicationModel()->applicationAt(0).groupName;
        QVERIFY(!page.undoSelectedApplication()); // declined: nothing happens
        QCOMPARE(test::countRows(f.t.connection(), QStringLiteral("schedule_entries")), 2 * plan.steps.size());
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QString::number(plan.steps.size())), qPrintable(asked.first()));
        QVERIFY(asked.first().contains(group));
        answer = true;
        QVERIFY(page.undoSelectedApplication());
        QCOMPARE(test::countRows(f.t.connection(), QStringLiteral("schedule_entries")), plan.steps.size());
        QCOMPARE(page.applicationModel()->rowCount(), 1);
        QVERIFY(page.statusText().contains(group));
        // A template with applications cannot be deleted; the message says why.
        QVERIFY(!page.deleteTemplate());
        QVERIFY2(page.statusText().contains(QStringLiteral("undo")), qPrintable(page.statusText()));
    }

    // Opt-in: QUNDESK_SCREENSHOT_DIR=/tmp/shots [QUNDESK_SCREENSHOT_DB=demo.db]
    // [QUNDESK_SCREENSHOT_LANG=zh_CN] saves the editor and the apply preview.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("QUNDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set QUNDESK_SCREENSHOT_DIR to save screenshots");
        const QString language = qEnvironmentVariable("QUNDESK_SCREENSHOT_LANG", QStringLiteral("en"));
        QTranslator translator;
        // English is the source language; its catalogue carries the plural forms.
        if (translator.load(QStringLiteral(":/i18n/qundesk_%1.qm").arg(language)))
            QCoreApplication::installTranslator(&translator);
        if (language != QLatin1String("en"))
            QLocale::setDefault(QLocale(language));
        Fixture f;
        Database demo;
        QSqlDatabase db = f.t.connection();
        const QString demoPath = qEnvironmentVariable("QUNDESK_SCREENSHOT_DB");
        if (!demoPath.isEmpty()) {
            QVERIFY_OK(demo.open(demoPath));
            db = demo.connection();
        }
        SopPage page;
        page.setDatabase(db);
        QVERIFY(page.installBuiltinTemplates());
        // A campaign already applied somewhere (the demo's new-member plan), so the editor lists
        // applications and the preview shows a skipped group; else the 7-day plan.
        QList<SopApplication> applied;
        QVERIFY_OK(SopRepository(db).listApplications(0, &applied));
        qint64 shown = 0;
        for (const SopApplication &a : std::as_const(applied)) {
            const int r = page.templateModel()->rowOfTemplate(a.templateId);
            if (!shown && r >= 0 && page.templateModel()->templateAt(r).kind == SopKind::Campaign)
                shown = a.templateId;
        }
        const int row = rowOfName(page.templateModel(), builtinSopTemplates().at(0).name);
        if (!shown && row >= 0)
            shown = page.templateModel()->templateAt(row).id;
        page.selectTemplate(shown);
        QVERIFY(page.saveScreenshots(dir, language));
        QVERIFY(QFile::exists(QDir(dir).filePath(language + QStringLiteral("-sop-editor.png"))));
        QVERIFY(QFile::exists(QDir(dir).filePath(language + QStringLiteral("-sop-apply.png"))));
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestSopPage)
#include "tst_sop_page.moc"
