#include "TestSupport.h"

#include "dialogs/OperationSettings.h"
#include "domain/NicknameTemplate.h"
#include "groups/GroupMembersTab.h"
#include "groups/GroupProfileDialog.h"
#include "members/MemberProfileDialog.h"
#include "members/MemberProfileFields.h"
#include "members/KocBreakdownView.h"
#include "members/MemberProfileGroupsTab.h"
#include "members/MemberProfileKocTab.h"
#include "members/MemberProfileModels.h"
#include "members/MemberProfilePointsTab.h"
#include "members/MemberProfileStatusTab.h"
#include "members/MemberProfileTagsTab.h"
#include "members/MemberProfileTimelineTab.h"
#include "members/MemberProfileVerificationTab.h"
#include "models/GroupMemberModel.h"
#include "storage/AuditRepository.h"
#include "storage/DimensionRepository.h"
#include "storage/EventRepository.h"
#include "storage/GroupRepository.h"
#include "storage/KocRepository.h"
#include "storage/MemberRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/PointsRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/TagRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace qundesk;
using namespace qundesk::ui;

namespace {

struct Fixture
{
    qint64 member = 0;
    qint64 other = 0;
    qint64 op = 0;
    QList<qint64> groups;
};

const QDateTime Day1(QDate(2024, 4, 1), QTime(9, 30));

Fixture craft(const QSqlDatabase &db)
{
    Fixture f;
    DimensionRepository dims(db);
    Operator o;
    o.name = QStringLiteral("审核员阿杰");
    if (dims.createOperator(o, &f.op))
        qFatal("operator");
    Region r;
    r.name = QStringLiteral("广州");
    qint64 region = 0;
    if (dims.createRegion(r, &region))
        qFatal("region");
    Member m;
    m.displayName = QStringLiteral("张伟");
    m.groupNickname = QStringLiteral("广州-花漾美妆-张伟");
    m.platformId = QStringLiteral("wxid_zhangwei88");
    m.phone = QStringLiteral("13812345678");
    m.identity = IdentityType::Store;
    m.regionId = region;
    m.firstJoinedAt = Day1;
    MemberRepository members(db);
    if (members.create(m, &f.member))
        qFatal("member");
    Member other;
    other.displayName = QStringLiteral("李娜");
    other.platformId = QStringLiteral("wxid_lina");
    if (members.create(other, &f.other))
        qFatal("other");
    GroupRepository groups(db);
    MembershipRepository ms(db);
    for (const QString &name : {QStringLiteral("花漾宠粉群1群"), QStringLiteral("花漾福利群2群")}) {
        Group g;
        g.name = name;
        qint64 id = 0;
        if (groups.create(g, &id) || ms.join(f.member, id, MembershipRole::Member, Day1))
            qFatal("group");
        f.groups.append(id);
    }
    ActivityEvent e;
    e.occurredAt = Day1.addDays(1);
    e.kind = EventKind::Purchase;
    e.amountFen = 19900;
    e.memberId = f.member;
    e.groupId = f.groups.first();
    if (EventRepository(db).insert(e))
        qFatal("event");
    return f;
}

AuditEntry lastAudit(const QSqlDatabase &db, qint64 memberId)
{
    QList<AuditEntry> log;
    AuditRepository(db).list(QStringLiteral("member"), memberId, 1, &log);
    return log.value(0);
}

} // namespace

class TestMemberProfileDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("QUNDESK_ACTOR", "测试运营");
    }

    void editSaveAuditUndo()
    {
        test::TempDatabase t;
        const Fixture f = craft(t.connection());
        MemberProfileDialog dialog(t.connection(), f.member);
        QSignalSpy changed(&dialog, &MemberProfileDialog::memberChanged);
        MemberProfileFields *form = dialog.fields();
        QCOMPARE(form->displayNameEdit()->text(), QStringLiteral("张伟"));
        form->nicknameEdit()->setText(QStringLiteral("广州-花漾旗舰店-张伟"));
        form->identityCombo()->setCurrentIndex(form->identityCombo()->findData(int(IdentityType::Online)));
        form->notesEdit()->setPlainText(QStringLiteral("周四嘉宾分享会主讲"));
        QVERIFY(dialog.save());
        QCOMPARE(changed.count(), 1);
        Member stored;
        QVERIFY_OK(MemberRepository(t.connection()).get(f.member, &stored));
        QCOMPARE(stored.groupNickname, QStringLiteral("广州-花漾旗舰店-张伟"));
        QCOMPARE(stored.identity, IdentityType::Online);
        QCOMPARE(stored.notes, QStringLiteral("周四嘉宾分享会主讲"));
        QCOMPARE(stored.phone, QStringLiteral("13812345678"));        // masked, so untouched
        QCOMPARE(stored.firstJoinedAt, Day1);
        const AuditEntry entry = lastAudit(t.connection(), f.member);
        QCOMPARE(entry.action, QStringLiteral("update"));
        QCOMPARE(entry.after.value(QStringLiteral("identity")).toString(), QStringLiteral("online"));
        QCOMPARE(entry.before.value(QStringLiteral("identity")).toString(), QStringLiteral("store"));

        // Saving again without edits writes nothing.
        QVERIFY(dialog.save());
        QCOMPARE(lastAudit(t.connection(), f.member).id, entry.id);

        dialog.undoStack()->undo();
        QVERIFY_OK(MemberRepository(t.connection()).get(f.member, &stored));
        QCOMPARE(stored.identity, IdentityType::Store);
        QCOMPARE(form->nicknameEdit()->text(), QStringLiteral("广州-花漾美妆-张伟"));
        QCOMPARE(lastAudit(t.connection(), f.member).action, QStringLiteral("update"));
        QVERIFY(lastAudit(t.connection(), f.member).id > entry.id);
        dialog.undoStack()->redo();
        QVERIFY_OK(MemberRepository(t.connection()).get(f.member, &stored));
        QCOMPARE(stored.identity, IdentityType::Online);
    }

    void validationNamesTheField()
    {
        test::TempDatabase t;
        const Fixture f = craft(t.connection());
        MemberProfileDialog dialog(t.connection(), f.member);
        MemberProfileFields *form = dialog.fields();
        form->displayNameEdit()->setText(QStringLiteral("  "));
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("Display name")),
                 qPrintable(dialog.messageLabel()->text()));
        form->displayNameEdit()->setText(QStringLiteral("张伟"));

        // The platform ID is masked and read-only until revealed; then a duplicate is named in words.
        QVERIFY(form->platformIdEdit()->isReadOnly());
        QVERIFY(form->revealPlatformId());
        QVERIFY(!form->platformIdEdit()->isReadOnly());
        form->platformIdEdit()->setText(QStringLiteral("wxid_lina"));
        QVERIFY(!dialog.save());
        const QString message = dialog.messageLabel()->text();
        QVERIFY2(message.contains(QStringLiteral("Platform ID")) && message.contains(QStringLiteral("李娜")),
                 qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("UNIQUE")));

        QVERIFY(form->revealPhone());
        form->phoneEdit()->setText(QStringLiteral("138-abc"));
        form->platformIdEdit()->setText(QStringLiteral("wxid_zhangwei88"));
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.messageLabel()->text().startsWith(QStringLiteral("Phone")), qPrintable(dialog.messageLabel()->text()));
        form->phoneEdit()->setText(QStringLiteral("139 8765 4321"));
        QVERIFY(dialog.save());
        Member stored;
        QVERIFY_OK(MemberRepository(t.connection()).get(f.member, &stored));
        QCOMPARE(stored.phone, QStringLiteral("13987654321"));
    }

    void revealIsAudited()
    {
        test::TempDatabase t;
        const Fixture f = craft(t.connection());
        MemberProfileDialog dialog(t.connection(), f.member);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        MemberProfileFields *form = dialog.fields();
        QCOMPARE(form->phoneEdit()->text(), QStringLiteral("138****5678"));
        QCOMPARE(form->platformIdEdit()->text(), QStringLiteral("wx****88"));
        QVERIFY(!dialog.summaryLabel()->text().contains(QStringLiteral("13812345678")));
        QTest::mouseClick(form->revealPhoneButton(), Qt::LeftButton);
        QCOMPARE(form->phoneEdit()->text(), QStringLiteral("13812345678"));
        QVERIFY(!form->revealPhoneButton()->isEnabled());
        const AuditEntry entry = lastAudit(t.connection(), f.member);
        QCOMPARE(entry.action, QStringLiteral("reveal"));
        QCOMPARE(entry.actor, QStringLiteral("测试运营"));
        QCOMPARE(entry.after.value(QStringLiteral("field")).toString(), QStringLiteral("phone"));
        QCOMPARE(form->platformIdEdit()->text(), QStringLiteral("wx****88"));    // the other stays masked

        // Only for this dialog: a new one starts masked again.
        MemberProfileDialog again(t.connection(), f.member);
        QCOMPARE(again.fields()->phoneEdit()->text(), QStringLiteral("138****5678"));
    }

    void pointsRedeemOverBalanceIsRefused()
    {
        test::TempDatabase t;
        const Fixture f = craft(t.connection());
        MemberProfileDialog dialog(t.connection(), f.member);
        QCOMPARE(dialog.operatorId(), f.op);
        MemberProfilePointsTab *points = dialog.pointsTab();
        QAbstractItemModelTester tester(points->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        points->reasonCombo()->setCurrentIndex(points->reasonCombo()->findData(int(PointsReason::Game)));
        points->amountSpin()->setValue(30);
        points->noteEdit()->setText(QStringLiteral("周一游戏第一名"));
        QTest::mouseClick(points->earnButton(), Qt::LeftButton);
        QCOMPARE(points->balance(), 30);
        QCOMPARE(points->model()->rowCount(), 1);
        QCOMPARE(points->model()->index(0, MemberLedgerModel::Operator).data().toString(), QStringLiteral("审核员阿杰"));
        QCOMPARE(points->model()->index(0, MemberLedgerModel::Reason).data().toString(), pointsReasonLabel(PointsReason::Game));

        points->amountSpin()->setValue(50);
        points->noteEdit()->setText(QStringLiteral("兑换礼盒"));
        QVERIFY(!points->redeem());
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("only 30")), qPrintable(dialog.messageLabel()->text()));
        qint64 balance = 0;
        QVERIFY_OK(PointsRepository(t.connection()).balance(f.member, &balance));
        QCOMPARE(balance, 30);
        QCOMPARE(points->model()->rowCount(), 1);

        points->amountSpin()->setValue(20);
        QVERIFY(points->redeem());
        QCOMPARE(points->balance(), 10);
        QCOMPARE(points->model()->rowCount(), 2);
        QCOMPARE(points->model()->index(0, MemberLedgerModel::Delta).data().toString(), QStringLiteral("-20"));
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("10")));
    }

    void ledgerPagesAsItScrolls()
    {
        test::TempDatabase t;
        const Fixture f = craft(t.connection());
        PointsRepository points(t.connection());
        for (int i = 0; i < MemberLedgerModel::PageSize + 30; ++i)
            QVERIFY_OK(points.earn(f.member, 1, PointsReason::Checkin, QString(), 0));
        MemberLedgerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY_OK(model.load(t.connection(), f.member, {}));
        QCOMPARE(model.rowCount(), MemberLedgerModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), MemberLedgerModel::PageSize + 30);
        QVERIFY(!model.canFetchMore({}));
    }

    void blacklistClosesMembershipsAsKicked()
    {
        test::TempDatabase t;
        const Fixture f = craft(t.connection());
        MemberProfileDialog dialog(t.connection(), f.member);
        QCOMPARE(dialog.groupsTab()->openCount(), 2);
        QString asked;
        dialog.statusTab()->setConfirmation([&asked](const QString &question) {
            asked = question;
            return true;
        });
        QVERIFY(!dialog.statusTab()->blacklist());      // no reason
        QVERIFY(asked.isEmpty());
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("reason")));
        dialog.statusTab()->blacklistReasonEdit()->setText(QStringLiteral("群内发广告"));
        QTest::mouseClick(dialog.statusTab()->blacklistButton(), Qt::LeftButton);
        QVERIFY2(asked.contains(QStringLiteral("from 2 group")), qPrintable(asked));
        Member stored;
        QVERIFY_OK(MemberRepository(t.connection()).get(f.member, &stored));
        QVERIFY(stored.blacklisted);
        QCOMPARE(stored.blacklistReason, QStringLiteral("群内发广告"));
        QList<MemberGroupRow> rows;
        QVERIFY_OK(MembershipRepository(t.connection()).listForMember(f.member, &rows));
        for (const MemberGroupRow &row : std::as_const(rows))
            QCOMPARE(row.membership.leaveReason, std::optional(LeaveReason::Kicked));
        QCOMPARE(dialog.groupsTab()->openCount(), 0);
        QCOMPARE(dialog.groupsTab()->table()->item(0, MemberProfileGroupsTab::Status)->text(),
                 leaveReasonLabel(LeaveReason::Kicked));
        QVERIFY(!dialog.statusTab()->blacklistButton()->isEnabled());
        QVERIFY(dialog.statusTab()->unblacklistButton()->isEnabled());

        QVERIFY(dialog.statusTab()->unblacklist());
        QVERIFY_OK(MemberRepository(t.connection()).get(f.member, &stored));
        QVERIFY(!stored.blacklisted);

        // Declining the question writes nothing.
        dialog.statusTab()->setConfirmation([](const QString &) { return false; });
        dialog.statusTab()->blacklistReasonEdit()->setText(QStringLiteral("再次发广告"));
        QVERIFY(!dialog.statusTab()->blacklist());
        QVERIFY_OK(MemberRepository(t.connection()).get(f.member, &stored));
        QVERIFY(!stored.blacklisted);
    }

    void verificationDecisionWithEvidence()
    {
        test::TempDatabase t;
        const Fixture f = craft(t.connection());
        MemberProfileDialog dialog(t.connection(), f.member);
        MemberProfileVerificationTab *tab = dialog.verificationTab();
        QVERIFY(tab->button(VerificationStatus::Pending)->isEnabled());
        QVERIFY(!tab->button(VerificationStatus::Verified)->isEnabled());
        QVERIFY(!tab->decide(VerificationStatus::Verified));      // unverified cannot jump to verified
        QVERIFY(tab->decide(VerificationStatus::Pending));
        QVERIFY(tab->button(VerificationStatus::Verified)->isEnabled());
        QVERIFY(!tab->decide(VerificationStatus::Verified));      // no evidence
        QVERIFY(dialog.messageLabel()->text().startsWith(QStringLiteral("Evidence")));
        dialog.setOperatorId(0);
        tab->evidenceEdit()->setText(QStringLiteral("手机号一致，门头照已核对"));
        QVERIFY(!tab->decide(VerificationStatus::Verified));      // no operator
        QVERIFY(dialog.messageLabel()->text().startsWith(QStringLiteral("Operator")));
        dialog.setOperatorId(f.op);
        QTest::mouseClick(tab->button(VerificationStatus::Verified), Qt::LeftButton);
        Member stored;
        QVERIFY_OK(MemberRepository(t.connection()).get(f.member, &stored));
        QCOMPARE(stored.verification, VerificationStatus::Verified);
        QCOMPARE(stored.verifiedBy, f.op);
        QCOMPARE(stored.verificationEvidence, QStringLiteral("手机号一致，门头照已核对"));
        QVERIFY(tab->stateLabel()->text().contains(QStringLiteral("审核员阿杰")));
        QCOMPARE(tab->history()->rowCount(), 2);
        QCOMPARE(tab->history()->item(0, 2)->text(), QStringLiteral("审核员阿杰"));
        QCOMPARE(tab->history()->item(0, 3)->text(), QStringLiteral("手机号一致，门头照已核对"));
        QVERIFY(tab->button(VerificationStatus::Pending)->isEnabled());
        QVERIFY(!tab->button(VerificationStatus::Rejected)->isEnabled());
    }

    void tagsAddAndRemove()
    {
        test::TempDatabase t;
        const Fixture f = craft(t.connection());
        Tag existing;
        existing.name = QStringLiteral("复购");
        qint64 tagId = 0;
        QVERIFY_OK(TagRepository(t.connection()).create(existing, &tagId));
        MemberProfileDialog dialog(t.connection(), f.member);
        MemberProfileTagsTab *tags = dialog.tagsTab();
        QCOMPARE(tags->list()->count(), 1);
        QCOMPARE(tags->list()->item(0)->checkState(), Qt::Unchecked);
        tags->list()->item(0)->setCheckState(Qt::Checked);
        QList<Tag> carried;
        QVERIFY_OK(TagRepository(t.connection()).tagsOf(f.member, &carried));
        QCOMPARE(carried.size(), 1);
        tags->newTagEdit()->setText(QStringLiteral("高意向"));
        QTest::mouseClick(tags->addButton(), Qt::LeftButton);
        QVERIFY_OK(TagRepository(t.connection()).tagsOf(f.member, &carried));
        QCOMPARE(carried.size(), 2);
        QCOMPARE(tags->checkedTags().size(), 2);
        QVERIFY(!tags->addTag(QStringLiteral(" ")));
        for (int i = 0; i < tags->list()->count(); ++i) {
            if (tags->list()->item(i)->text() == QStringLiteral("复购"))
                tags->list()->item(i)->setCheckState(Qt::Unchecked);
        }
        QVERIFY_OK(TagRepository(t.connection()).tagsOf(f.member, &carried));
        QCOMPARE(carried.size(), 1);
        QCOMPARE(carried.first().name, QStringLiteral("高意向"));
    }

    void nicknameWarningAndTimeline()
    {
        test::TempDatabase t;
        const Fixture f = craft(t.connection());
        MemberProfileDialog dialog(t.connection(), f.member);
        dialog.show();
        MemberProfileFields *form = dialog.fields();
        QVERIFY(form->nicknameWarning()->isHidden());
        form->nicknameEdit()->setText(QStringLiteral("张伟"));
        QVERIFY(!form->nicknameWarning()->isHidden());
        QVERIFY(form->nicknameWarning()->text().contains(QStringLiteral("城市-店名-姓名")));
        form->nicknameEdit()->setText(QStringLiteral("火星-花漾-张伟"));
        QVERIFY(form->nicknameWarning()->text().contains(QStringLiteral("火星")));
        form->nicknameEdit()->setText(QStringLiteral("广州－花漾－张伟"));
        QVERIFY(form->nicknameWarning()->isHidden());

        MemberTimelineModel *timeline = dialog.timelineTab()->model();
        QAbstractItemModelTester tester(timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(timeline->rowCount(), 3);          // the purchase and two joins
        QCOMPARE(timeline->index(0, MemberTimelineModel::Kind).data().toString(), eventKindLabel(EventKind::Purchase));
        QVERIFY(timeline->index(0, MemberTimelineModel::Detail).data().toString().contains(QStringLiteral("199")));
        QCOMPARE(timeline->index(1, MemberTimelineModel::Kind).data().toString(), MemberTimelineModel::tr("Joined"));

        // Double-clicking a group opens its profile.
        MemberProfileGroupsTab *groups = dialog.groupsTab();
        emit groups->table()->cellDoubleClicked(0, 0);
        const auto opened = dialog.findChildren<GroupProfileDialog *>();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first()->groupId(), groups->rows().first().membership.groupId);
        opened.first()->close();
    }

    void groupMembersNicknameFilter()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        Region r;
        r.name = QStringLiteral("杭州");
        qint64 region = 0;
        QVERIFY_OK(DimensionRepository(db).createRegion(r, &region));
        Group g;
        g.name = QStringLiteral("花漾宠粉群9群");
        qint64 group = 0;
        QVERIFY_OK(GroupRepository(db).create(g, &group));
        const QStringList nicks = {QStringLiteral("杭州-花漾-王芳"), QStringLiteral("王芳2"), QString(),
                                   QStringLiteral("杭州－美妆馆－赵敏"), QStringLiteral("杭州_美妆_陈静")};
        for (int i = 0; i < nicks.size(); ++i) {
            Member m;
            m.displayName = QStringLiteral("成员%1").arg(i);
            m.platformId = QStringLiteral("wxid_n%1").arg(i);
            m.groupNickname = nicks.at(i);
            m.koc = i == 1;
            qint64 id = 0;
            QVERIFY_OK(MemberRepository(db).create(m, &id));
            QVERIFY_OK(MembershipRepository(db).join(id, group, MembershipRole::Member, Day1.addSecs(i)));
        }
        GroupMembersTab tab;
        QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.setGroup(db, group);
        QCOMPARE(tab.model()->rowCount(), 5);
        tab.nonConformingOnly()->setChecked(true);
        QCOMPARE(tab.model()->rowCount(), 3);
        QCOMPARE(tab.model()->row(0).displayName, QStringLiteral("成员1"));
        QCOMPARE(tab.model()->row(1).displayName, QStringLiteral("成员2"));
        QCOMPARE(tab.model()->row(2).displayName, QStringLiteral("成员4"));
        QVERIFY(tab.model()->index(0, GroupMemberModel::GroupNickname).data(Qt::ToolTipRole).toString().contains(QStringLiteral("王芳2")));
        tab.kocOnly()->setChecked(true);                 // the SQL filters still narrow it
        QCOMPARE(tab.model()->rowCount(), 1);
        tab.kocOnly()->setChecked(false);
        // A changed template is picked up the next time the filter applies.
        QVERIFY_OK(SettingsRepository(db).set(QString::fromLatin1(NicknameTemplate::SettingsKey), QStringLiteral("城市_店名_姓名")));
        tab.nonConformingOnly()->setChecked(false);
        tab.nonConformingOnly()->setChecked(true);
        QCOMPARE(tab.model()->rowCount(), 4);
        tab.nonConformingOnly()->setChecked(false);
        QCOMPARE(tab.model()->rowCount(), 5);
        QVERIFY(tab.model()->index(0, GroupMemberModel::GroupNickname).data(Qt::ToolTipRole).isNull());
    }

    void kocFlagWithReasonAndBreakdown()
    {
        test::TempDatabase t;
        const Fixture f = craft(t.connection());
        MemberProfileDialog dialog(t.connection(), f.member);
        MemberProfileKocTab *koc = dialog.kocTab();
        QVERIFY(koc->breakdown() != nullptr);
        QVERIFY(koc->flagButton()->isEnabled());
        QVERIFY(!koc->unflagButton()->isEnabled());
        QVERIFY(!koc->setKoc(true));                     // no reason
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("KOC reason")));
        koc->reasonEdit()->setText(QStringLiteral("每周晒单，主动答疑"));
        QTest::mouseClick(koc->flagButton(), Qt::LeftButton);
        Member stored;
        QVERIFY_OK(MemberRepository(t.connection()).get(f.member, &stored));
        QVERIFY(stored.koc);
        QCOMPARE(stored.kocReason, QStringLiteral("每周晒单，主动答疑"));
        QCOMPARE(lastAudit(t.connection(), f.member).action, QStringLiteral("koc"));
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("KOC")));
        QVERIFY(koc->unflagButton()->isEnabled());
        koc->reasonEdit()->setText(QStringLiteral("连续两个月不活跃"));
        QVERIFY(koc->setKoc(false));
        QVERIFY_OK(MemberRepository(t.connection()).get(f.member, &stored));
        QVERIFY(!stored.koc);

        // A blacklisted member cannot be flagged.
        QVERIFY_OK(MemberRepository(t.connection()).blacklist(f.member, QStringLiteral("发广告")));
        MemberProfileDialog again(t.connection(), f.member);
        QVERIFY(!again.kocTab()->flagButton()->isEnabled());
    }

    void missingMemberSaysSo()
    {
        test::TempDatabase t;
        MemberProfileDialog dialog(t.connection(), 4242);
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("4242")), qPrintable(dialog.messageLabel()->text()));
        QVERIFY(!dialog.tabs()->isEnabled());
    }

    void nicknameTemplateSetting()
    {
        test::TempDatabase t;
        OperationSettings settings;
        QString error;
        QVERIFY(settings.load(t.connection(), &error));
        QCOMPARE(settings.nicknameTemplateEdit()->text(), NicknameTemplate::defaultPattern());
        QVERIFY(settings.nicknamePlacesCheck()->isChecked());
        settings.nicknameTemplateEdit()->setText(QStringLiteral("城市--姓名"));
        QVERIFY(!settings.save(t.connection(), &error));
        QVERIFY2(error.startsWith(QStringLiteral("Group nickname template")), qPrintable(error));
        QString stored;
        QVERIFY_OK(SettingsRepository(t.connection()).get(QString::fromLatin1(NicknameTemplate::SettingsKey), QString(), &stored));
        QVERIFY(stored.isEmpty());      // nothing written
        settings.nicknameTemplateEdit()->setText(QStringLiteral("城市 / 店名 / 姓名"));
        settings.nicknamePlacesCheck()->setChecked(false);
        QVERIFY2(settings.save(t.connection(), &error), qPrintable(error));
        QVERIFY_OK(SettingsRepository(t.connection()).get(QString::fromLatin1(NicknameTemplate::SettingsKey), QString(), &stored));
        QCOMPARE(stored, QStringLiteral("城市 / 店名 / 姓名"));
        OperationSettings again;
        QVERIFY(again.load(t.connection(), &error));
        QCOMPARE(again.nicknameTemplateEdit()->text(), QStringLiteral("城市 / 店名 / 姓名"));
        QVERIFY(!again.nicknamePlacesCheck()->isChecked());
    }

    // QUNDESK_MEMBER_SHOTS=DIR [QUNDESK_MEMBER_LANG=zh_CN]: grabs every tab on a demo database.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("QUNDESK_MEMBER_SHOTS");
        if (dir.isEmpty())
            QSKIP("set QUNDESK_MEMBER_SHOTS to a folder to write screenshots");
        const QString language = qEnvironmentVariable("QUNDESK_MEMBER_LANG", QStringLiteral("en"));
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
        const qint64 member = qEnvironmentVariableIntValue("QUNDESK_MEMBER_ID") > 0
            ? qEnvironmentVariableIntValue("QUNDESK_MEMBER_ID") : 492;   // a KOC with a past group
        QVERIFY_OK(KocRepository(db.connection()).recompute(QDate::currentDate()));   // scores for the KOC tab
        MemberProfileDialog dialog(db.connection(), member);
        dialog.resize(1000, 720);
        dialog.show();
        dialog.fields()->revealPhone();
        // A decision on record, so the history shows.
        dialog.verificationTab()->decide(VerificationStatus::Pending);
        dialog.verificationTab()->evidenceEdit()->setText(QStringLiteral("手机号一致，门头照与营业执照已核对"));
        dialog.verificationTab()->decide(VerificationStatus::Verified);
        QVERIFY(dialog.saveScreenshots(dir, QStringLiteral("member-profile-%1").arg(language)));
        GroupMembersTab tab;
        tab.resize(800, 500);
        tab.setGroup(db.connection(), 12);
        tab.nonConformingOnly()->setChecked(true);
        tab.show();
        QApplication::processEvents();
        QVERIFY(tab.grab().save(QDir(dir).filePath(QStringLiteral("group-members-nonconforming-%1.png").arg(language))));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestMemberProfileDialog)
#include "tst_member_profile_dialog.moc"
