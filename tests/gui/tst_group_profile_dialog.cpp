#include "TestSupport.h"

#include "groups/GroupActivityCharts.h"
#include "groups/GroupFieldsForm.h"
#include "groups/GroupMembersTab.h"
#include "groups/GroupProfileDialog.h"
#include "groups/MemberPicker.h"
#include "models/GroupMemberModel.h"
#include "domain/GroupNaming.h"
#include "storage/AuditRepository.h"
#include "storage/GroupRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/SettingsRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QToolButton>
#include <QDir>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace qundesk;
using namespace qundesk::ui;

namespace {

struct Fixture
{
    qint64 group = 0;
    qint64 master = 0;
    QList<qint64> members;          // members[0] owner, [1] vice owner, [2] KOC, others plain
    QList<qint64> memberships;
};

Fixture craft(const QSqlDatabase &db)
{
    Fixture f;
    GroupRepository groups(db);
    Group master;
    master.name = QStringLiteral("花漾百万级总群");
    master.purpose = GroupPurpose::Master;
    if (groups.create(master, &f.master))
        qFatal("create master failed");
    Group g;
    g.name = QStringLiteral("花漾宠粉群3群");
    g.number = 3;
    g.purpose = GroupPurpose::ShoppingGuide;
    g.createdOn = QDate::currentDate().addDays(-60);
    g.rules = QStringLiteral("禁止广告");
    if (groups.create(g, &f.group))
        qFatal("create group failed");
    QSqlQuery q(db);
    for (int i = 0; i < 5; ++i) {
        q.prepare(QStringLiteral("INSERT INTO members (display_name, group_nickname, platform_id, is_koc, koc_since) "
                                 "VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(QStringList{QStringLiteral("王芳"), QStringLiteral("李娜"), QStringLiteral("张伟"),
                                   QStringLiteral("刘洋"), QStringLiteral("陈静")}.at(i));
        q.addBindValue(QStringLiteral("杭州-花店-%1").arg(i));
        q.addBindValue(QStringLiteral("wxid_profile_%1").arg(i));
        q.addBindValue(i == 2 ? 1 : 0);
        q.addBindValue(i == 2 ? QVariant(QStringLiteral("2026-01-01")) : QVariant(QMetaType::fromType<QString>()));
        if (!q.exec())
            qFatal("insert member failed");
        f.members.append(q.lastInsertId().toLongLong());
    }
    MembershipRepository ms(db);
    const MembershipRole roles[] = {MembershipRole::Owner, MembershipRole::ViceOwner, MembershipRole::Member,
                                    MembershipRole::Member, MembershipRole::Member};
    for (int i = 0; i < 5; ++i) {
        qint64 id = 0;
        if (ms.join(f.members[i], f.group, roles[i], QDateTime::currentDateTime().addDays(-50 + i), &id))
            qFatal("join failed");
        f.memberships.append(id);
    }
    Group stored;
    groups.get(f.group, &stored);
    stored.ownerMemberId = f.members[0];
    if (groups.update(stored))
        qFatal("set owner failed");
    return f;
}

Group load(const QSqlDatabase &db, qint64 id)
{
    Group g;
    if (auto err = GroupRepository(db).get(id, &g))
        qFatal("%s", qPrintable(err.message));
    return g;
}

MembershipRole roleOf(const QSqlDatabase &db, qint64 membershipId)
{
    Membership m;
    MembershipRepository(db).get(membershipId, &m);
    return m.role;
}

// What an input method sends when the user picks characters (the normal way to type Chinese).
void commitText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

void showAndFocus(QDialog &dialog)
{
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Ctrl+Z in a text field undoes typing there; the dialog's undo applies elsewhere.
    dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->setFocus();
}

} // namespace

class TestGroupProfileDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("QUNDESK_ACTOR", "测试运营"); }

    void editSaveAndUndo()
    {
        test::TempDatabase t;
        const Fixture f = craft(t.connection());
        GroupProfileDialog dialog(t.connection(), f.group);
        QSignalSpy changed(&dialog, &GroupProfileDialog::groupChanged);
        showAndFocus(dialog);
        GroupFieldsForm *form = dialog.fieldsForm();
        QCOMPARE(form->nameEdit()->text(), QStringLiteral("花漾宠粉群3群"));
        QCOMPARE(form->ownerPicker()->text(), QStringLiteral("王芳"));
        QVERIFY(form->nameCheckLabel()->isHidden());

        form->nameEdit()->clear();
        commitText(form->nameEdit(), QStringLiteral("花漾宠粉群8群"));
        form->numberSpin()->setValue(8);
        form->capacitySpin()->setValue(450);
        QVERIFY(form->nameCheckLabel()->isHidden());
        dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QCOMPARE(load(t.connection(), f.group).name, QStringLiteral("花漾宠粉群8群"));
        QCOMPARE(load(t.connection(), f.group).capacity, 450);
        QCOMPARE(load(t.connection(), f.group).rules, QStringLiteral("禁止广告"));
        QCOMPARE(changed.count(), 1);
        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(t.connection()).list(QStringLiteral("group"), f.group, 10, &audit));
        QCOMPARE(audit.at(0).action, QStringLiteral("update"));
        QCOMPARE(audit.at(0).after.value(QStringLiteral("capacity")).toInt(), 450);
        QCOMPARE(audit.at(0).before.value(QStringLiteral("capacity")).toInt(), 500);
        QVERIFY(dialog.findChild<QToolButton *>(QStringLiteral("undoButton"))->text().contains(
            QStringLiteral("花漾宠粉群8群")));

        dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->setFocus();
        QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(load(t.connection(), f.group).name, QStringLiteral("花漾宠粉群3群"));
        QCOMPARE(load(t.connection(), f.group).capacity, 500);
        QCOMPARE(load(t.connection(), f.group).number, 3);
        QCOMPARE(form->nameEdit()->text(), QStringLiteral("花漾宠粉群3群"));     // the form follows
        QVERIFY_OK(AuditRepository(t.connection()).list(QStringLiteral("group"), f.group, 10, &audit));
        QCOMPARE(audit.at(0).action, QStringLiteral("update"));     // the undo is audited too
        QCOMPARE(audit.at(0).after.value(QStringLiteral("capacity")).toInt(), 500);
        QCOMPARE(changed.count(), 2);

        QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(load(t.connection(), f.group).capacity, 450);
        QCOMPARE(dialog.undoStack()->index(), 1);
    }

    void capacityOver500Warns()
    {
        test::TempDatabase t;
        const Fixture f = craft(t.connection());
        GroupProfileDialog dialog(t.connection(), f.group);
        GroupFieldsForm *form = dialog.fieldsForm();
        QVERIFY(form->capacityWarningLabel()->isHidden());
        form->capacitySpin()->setValue(600);
        QVERIFY(!form->capacityWarningLabel()->isHidden());
        QVERIFY(form->capacityWarningLabel()->text().contains(QStringLiteral("500")));
        QVERIFY(dialog.save());     // a warning, not an error
        QCOMPARE(load(t.connection(), f.group).capacity, 600);
        form->capacitySpin()->setValue(500);
        QVERIFY(form->capacityWarningLabel()->isHidden());
    }

    void invalidInputIsRefusedInWords()
    {
        test::TempDatabase t;
        const Fixture f = craft(t.connection());
        GroupProfileDialog dialog(t.connection(), f.group);
        GroupFieldsForm *form = dialog.fieldsForm();
        form->nameEdit()->setText(QStringLiteral("随便一个群"));
        QVERIFY(!form->nameCheckLabel()->isHidden());
        QCOMPARE(form->nameCheckLabel()->text(), QStringLiteral("The name should look like “…3群” or “…3期” (number 3)."));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.messageLabel()->text().startsWith(QStringLiteral("Name: ")));
        QCOMPARE(load(t.connection(), f.group).name, QStringLiteral("花漾宠粉群3群"));
        QCOMPARE(dialog.undoStack()->count(), 0);

        // Exempt as a master group; but a master group under a master group is refused.
        form->purposeCombo()->setCurrentIndex(form->purposeCombo()->findData(int(GroupPurpose::Master)));
        QVERIFY(form->nameCheckLabel()->isHidden());
        form->parentCombo()->setCurrentIndex(form->parentCombo()->findData(f.master));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.messageLabel()->text().startsWith(QStringLiteral("Master group: ")));

        // A half-typed owner is not silently dropped.
        form->purposeCombo()->setCurrentIndex(form->purposeCombo()->findData(int(GroupPurpose::ShoppingGuide)));
        form->parentCombo()->setCurrentIndex(0);
        form->nameEdit()->setText(QStringLiteral("花漾宠粉群3群"));
        form->ownerPicker()->clear();
        commitText(form->ownerPicker(), QStringLiteral("李"));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.messageLabel()->text().startsWith(QStringLiteral("Owner: ")));

        // A name another live group has: the repository's message, nothing saved.
        form->ownerPicker()->setMember(f.members[0], QStringLiteral("王芳"));
        form->nameEdit()->setText(QStringLiteral("花漾百万级总群"));
        form->purposeCombo()->setCurrentIndex(form->purposeCombo()->findData(int(GroupPurpose::Master)));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("already exists")));
    }

    void templateFromSettings()
    {
        test::TempDatabase t;
        const Fixture f = craft(t.connection());
        QVERIFY_OK(SettingsRepository(t.connection()).set(QString::fromLatin1(GroupNaming::NameTemplateKey),
                                                          QStringLiteral("花漾*宠粉{n}群")));
        GroupProfileDialog dialog(t.connection(), f.group);
        GroupFieldsForm *form = dialog.fieldsForm();
        // 花漾宠粉群3群 does not fit 花漾…宠粉3群.
        QCOMPARE(form->nameCheckLabel()->text(), QStringLiteral("The name should look like “花漾…宠粉3群” (number 3)."));
        form->nameEdit()->setText(QStringLiteral("花漾杭州宠粉3群"));
        QVERIFY(form->nameCheckLabel()->isHidden());
        QVERIFY(dialog.save());
        QCOMPARE(load(t.connection(), f.group).name, QStringLiteral("花漾杭州宠粉3群"));

        GroupProfileDialog missing(t.connection(), 9999);
        QVERIFY(missing.messageLabel()->text().contains(QStringLiteral("9999")));
        QVERIFY(!missing.fieldsForm()->isEnabled());
    }

    void ownerAndViceOwnersAreRoles()
    {
        test::TempDatabase t;
        const Fixture f = craft(t.connection());
        GroupProfileDialog dialog(t.connection(), f.group);
        GroupFieldsForm *form = dialog.fieldsForm();
        QCOMPARE(form->viceOwnerList()->count(), 1);
        QCOMPARE(form->viceOwnerList()->item(0)->text(), QStringLiteral("李娜"));

        // The picker finds members of the group by nickname.
        MemberPicker *picker = form->viceOwnerPicker();
        picker->setText(QStringLiteral("花店-3"));
        picker->searchNow();
        QCOMPARE(picker->suggestions()->model()->rowCount(), 1);
        picker->setMember(f.members[3], QStringLiteral("刘洋"));
        form->addViceOwnerButton()->click();
        QCOMPARE(roleOf(t.connection(), f.memberships[3]), MembershipRole::ViceOwner);
        QCOMPARE(form->viceOwnerList()->count(), 2);
        dialog.undoStack()->undo();
        QCOMPARE(roleOf(t.connection(), f.memberships[3]), MembershipRole::Member);
        QCOMPARE(form->viceOwnerList()->count(), 1);

        // A new owner takes the owner role; the old one becomes a member; undo swaps back.
        form->ownerPicker()->setMember(f.members[4], QStringLiteral("陈静"));
        QVERIFY(dialog.save());
        QCOMPARE(load(t.connection(), f.group).ownerMemberId, f.members[4]);
        QCOMPARE(roleOf(t.connection(), f.memberships[4]), MembershipRole::Owner);
        QCOMPARE(roleOf(t.connection(), f.memberships[0]), MembershipRole::Member);
        dialog.undoStack()->undo();
        QCOMPARE(load(t.connection(), f.group).ownerMemberId, f.members[0]);
        QCOMPARE(roleOf(t.connection(), f.memberships[4]), MembershipRole::Member);
        QCOMPARE(roleOf(t.connection(), f.memberships[0]), MembershipRole::Owner);
    }

    void memberListShowsRoles()
    {
        test::TempDatabase t;
        const Fixture f = craft(t.connection());
        GroupProfileDialog dialog(t.connection(), f.group);
        GroupMemberModel *model = dialog.membersTab()->model();
        QAbstractItemModelTester tester(model);
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->index(0, GroupMemberModel::Role).data().toString(), QStringLiteral("Owner"));
        QCOMPARE(model->index(1, GroupMemberModel::Role).data().toString(), QStringLiteral("Vice owner"));
        QCOMPARE(model->index(2, GroupMemberModel::Koc).data().toString(), QStringLiteral("KOC"));
        dialog.membersTab()->kocOnly()->setChecked(true);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, GroupMemberModel::DisplayName).data().toString(), QStringLiteral("张伟"));
        dialog.membersTab()->kocOnly()->setChecked(false);
        QComboBox *roles = dialog.membersTab()->roleFilter();
        roles->setCurrentIndex(roles->findData(int(MembershipRole::ViceOwner)));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, GroupMemberModel::DisplayName).data().toString(), QStringLiteral("李娜"));
        roles->setCurrentIndex(0);
        QCOMPARE(model->rowCount(), 5);

        // A role change from the member list (what its context menu emits) is undoable.
        emit dialog.membersTab()->roleChangeRequested(f.memberships[2], QStringLiteral("张伟"), MembershipRole::Member,
                                                      MembershipRole::Admin);
        QCOMPARE(roleOf(t.connection(), f.memberships[2]), MembershipRole::Admin);
        QCOMPARE(model->index(2, GroupMemberModel::Role).data().toString(), QStringLiteral("Admin"));
        dialog.undoStack()->undo();
        QCOMPARE(roleOf(t.connection(), f.memberships[2]), MembershipRole::Member);
        QCOMPARE(model->index(2, GroupMemberModel::Role).data().toString(), QStringLiteral("Member"));
    }

    void createNewGroup()
    {
        test::TempDatabase t;
        const Fixture f = craft(t.connection());
        GroupProfileDialog dialog(t.connection(), 0);
        QSignalSpy changed(&dialog, &GroupProfileDialog::groupChanged);
        GroupFieldsForm *form = dialog.fieldsForm();
        QCOMPARE(form->capacitySpin()->value(), 500);
        QCOMPARE(form->numberSpin()->value(), 4);
        QCOMPARE(form->nameEdit()->text(), QStringLiteral("花漾宠粉群4群"));
        QVERIFY(form->nameCheckLabel()->isHidden());
        QVERIFY(!dialog.tabs()->isTabEnabled(GroupProfileDialog::MembersTab));
        // Another purpose suggests that purpose's next name while the user has not typed one.
        form->purposeCombo()->setCurrentIndex(form->purposeCombo()->findData(int(GroupPurpose::Perks)));
        QCOMPARE(form->numberSpin()->value(), 1);
        QVERIFY(!form->nameEdit()->text().isEmpty());
        QVERIFY(form->nameCheckLabel()->isHidden());
        form->purposeCombo()->setCurrentIndex(form->purposeCombo()->findData(int(GroupPurpose::ShoppingGuide)));
        form->parentCombo()->setCurrentIndex(form->parentCombo()->findData(f.master));
        QVERIFY(dialog.save());
        QVERIFY(dialog.groupId() > 0);
        QCOMPARE(changed.count(), 1);
        const Group created = load(t.connection(), dialog.groupId());
        QCOMPARE(created.name, QStringLiteral("花漾宠粉群4群"));
        QCOMPARE(created.capacity, 500);
        QCOMPARE(created.parentId, f.master);
        QVERIFY(dialog.tabs()->isTabEnabled(GroupProfileDialog::MembersTab));
        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(t.connection()).list(QStringLiteral("group"), dialog.groupId(), 10, &audit));
        QCOMPARE(audit.at(0).action, QStringLiteral("create"));
    }

    void archiveThenUndo()
    {
        test::TempDatabase t;
        const Fixture f = craft(t.connection());
        GroupProfileDialog dialog(t.connection(), f.group);
        showAndFocus(dialog);
        QVERIFY(dialog.archive());
        QCOMPARE(load(t.connection(), f.group).status, GroupStatus::Archived);
        QCOMPARE(dialog.stageLabel()->text(), QStringLiteral("No stage"));
        QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(load(t.connection(), f.group).status, GroupStatus::Active);
        QVERIFY(dialog.stageLabel()->text() != QStringLiteral("No stage"));
        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(t.connection()).list(QStringLiteral("group"), f.group, 10, &audit));
        QCOMPARE(audit.at(0).action, QStringLiteral("restore"));
        QCOMPARE(audit.at(1).action, QStringLiteral("archive"));
        QVERIFY(!dialog.restore());     // already active: the repository says so
        QVERIFY(!dialog.messageLabel()->text().isEmpty());
    }

    void dissolveAsksAndIsFinal()
    {
        test::TempDatabase t;
        const Fixture f = craft(t.connection());
        GroupProfileDialog dialog(t.connection(), f.group);
        QVERIFY(dialog.archive());
        QString asked;
        dialog.setConfirmation([&asked](const QString &question) {
            asked = question;
            return false;
        });
        QVERIFY(!dialog.dissolve());
        QVERIFY(asked.contains(QStringLiteral("5 open membership")));
        QCOMPARE(load(t.connection(), f.group).status, GroupStatus::Archived);
        dialog.setConfirmation([](const QString &) { return true; });
        QVERIFY(dialog.dissolve());
        QCOMPARE(load(t.connection(), f.group).status, GroupStatus::Dissolved);
        int open = -1;
        QVERIFY_OK(MembershipRepository(t.connection()).openCount(f.group, &open));
        QCOMPARE(open, 0);
        QCOMPARE(dialog.undoStack()->count(), 0);
        QVERIFY(!dialog.fieldsForm()->isEnabled());
    }

    void chartWindows()
    {
        test::TempDatabase t;
        const Fixture f = craft(t.connection());
        GroupProfileDialog dialog(t.connection(), f.group);
        GroupActivityCharts *charts = dialog.activityCharts();
        QCOMPARE(charts->days(), 30);
        for (int days : {14, 30, 90}) {
            charts->setDays(days);
            QCOMPARE(charts->seriesPointCounts(), (QList<int>{days, days, days}));
            QCOMPARE(charts->shownDays().constLast().day, QDate::currentDate());
            QCOMPARE(charts->shownDays().constFirst().day, QDate::currentDate().addDays(1 - days));
        }
        // The five joins 50..46 days ago show in the 90-day window only.
        int joins = 0;
        for (const GroupDay &d : charts->shownDays())
            joins += d.joins;
        QCOMPARE(joins, 5);
        charts->setDays(30);
        joins = 0;
        for (const GroupDay &d : charts->shownDays())
            joins += d.joins;
        QCOMPARE(joins, 0);
    }

    // QUNDESK_PROFILE_SHOTS=DIR [QUNDESK_PROFILE_LANG=zh_CN]: grabs every tab on a demo database.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("QUNDESK_PROFILE_SHOTS");
        if (dir.isEmpty())
            QSKIP("set QUNDESK_PROFILE_SHOTS to a folder to write screenshots");
        const QString language = qEnvironmentVariable("QUNDESK_PROFILE_LANG", QStringLiteral("en"));
        QTranslator translator;
        if (language != QStringLiteral("en")) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/qundesk_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("demo.db"));
        QCOMPARE(test::runCli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--quiet")}).exitCode,
                 0);
        Database db;
        QVERIFY_OK(db.open(path));
        const qint64 group = qEnvironmentVariableIntValue("QUNDESK_PROFILE_GROUP") > 0
            ? qEnvironmentVariableIntValue("QUNDESK_PROFILE_GROUP") : 12;
        QDir().mkpath(dir);
        {
            GroupProfileDialog dialog(db.connection(), group);
            dialog.resize(1000, 720);
            dialog.show();
            dialog.fieldsForm()->capacitySpin()->setValue(600);
            for (int tab = 0; tab < dialog.tabs()->count(); ++tab) {
                dialog.tabs()->setCurrentIndex(tab);
                QApplication::processEvents();
                QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("profile-%1-%2.png").arg(language).arg(tab))));
            }
        }
        {
            GroupProfileDialog dialog(db.connection(), group);
            dialog.resize(1000, 720);
            dialog.show();
            dialog.fieldsForm()->nameEdit()->setText(QStringLiteral("花漾五万级群"));
            dialog.save();
            QApplication::processEvents();
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("profile-%1-invalid.png").arg(language))));
            dialog.fieldsForm()->nameEdit()->setText(dialog.group().name);
            dialog.fieldsForm()->capacitySpin()->setValue(480);
            QVERIFY(dialog.save());
            dialog.tabs()->setCurrentIndex(GroupProfileDialog::MembersTab);
            QApplication::processEvents();
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("profile-%1-saved.png").arg(language))));
        }
        GroupProfileDialog created(db.connection(), 0);
        created.resize(1000, 720);
        created.show();
        QApplication::processEvents();
        QVERIFY(created.grab().save(QDir(dir).filePath(QStringLiteral("profile-%1-new.png").arg(language))));
        if (language != QStringLiteral("en"))
            QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestGroupProfileDialog)
#include "tst_group_profile_dialog.moc"
