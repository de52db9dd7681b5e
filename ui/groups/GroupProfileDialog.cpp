#include "groups/GroupProfileDialog.h"

#include "domain/GroupNaming.h"
#include "groups/GroupActivityCharts.h"
#include "groups/GroupFieldsForm.h"
#include "groups/GroupMembersTab.h"
#include "groups/MemberPicker.h"
#include "groups/StageHistoryView.h"
#include "UndoButtons.h"
#include "storage/GroupProfileRepository.h"
#include "storage/GroupRepository.h"
#include "storage/GroupTrendRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/SettingsRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace qundesk::ui {

GroupProfileDialog::GroupProfileDialog(const QSqlDatabase &db, qint64 groupId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_today(QDate::currentDate())
    , m_undo(new QUndoStack(this))
{
    m_group.id = groupId;
    m_context.db = db;
    m_context.changed = [this](qint64 id, bool fields) { afterChange(id, fields); };
    m_context.failed = [this](const QString &message) { showError(tr("Could not undo or redo: %1").arg(message)); };
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Dissolve group"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    if (auto err = SettingsRepository(db).get(QString::fromLatin1(GroupNaming::NameTemplateKey),
                                              GroupNaming::defaultTemplate(), &m_nameTemplate))
        m_nameTemplate = GroupNaming::defaultTemplate();
    buildUi();
    if (groupId > 0)
        loadGroup();
    else
        prepareNewGroup();
}

GroupProfileDialog::~GroupProfileDialog() = default;

void GroupProfileDialog::buildUi()
{
    m_form = new GroupFieldsForm(this);
    m_members = new GroupMembersTab(this);
    m_charts = new GroupActivityCharts(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_form, tr("Fields"));
    m_tabs->addTab(m_members, tr("Members"));
    m_tabs->addTab(m_charts, tr("Activity"));
    m_tabs->addTab(buildStatusTab(), tr("Status"));
    m_tabs->addTab(buildStageTab(), tr("Stage"));

    const UndoButtons undoButtons = addUndoRedo(this, m_undo);
    m_undoButton = undoButtons.undo;
    m_redoButton = undoButtons.redo;

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    auto *close = new QPushButton(tr("Close"), this);
    close->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_redoButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &GroupProfileDialog::save);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_form, &GroupFieldsForm::problem, this, &GroupProfileDialog::showError);
    connect(m_form, &GroupFieldsForm::roleChangeRequested, this, &GroupProfileDialog::changeRole);
    connect(m_form, &GroupFieldsForm::purposeChanged, this, [this] {
        if (m_group.id == 0 && m_form->nameEdit()->text() == m_suggestedName)
            suggestName();
    });
    connect(m_members, &GroupMembersTab::roleChangeRequested, this, &GroupProfileDialog::changeRole);
    connect(m_members, &GroupMembersTab::problem, this, &GroupProfileDialog::showError);
    resize(980, 720);
}

QWidget *GroupProfileDialog::buildStatusTab()
{
    auto *page = new QWidget(this);
    m_statusText = new QLabel(page);
    m_statusText->setObjectName(QStringLiteral("statusText"));
    m_statusText->setWordWrap(true);
    m_archive = new QPushButton(tr("Archive"), page);
    m_archive->setToolTip(tr("Keep the group and its members but take it out of daily operation."));
    m_restore = new QPushButton(tr("Restore"), page);
    m_restore->setToolTip(tr("Bring an archived group back into operation."));
    m_dissolve = new QPushButton(tr("Dissolve…"), page);
    m_dissolve->setToolTip(tr("Close every membership and free the name. This cannot be undone."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_archive);
    buttons->addWidget(m_restore);
    buttons->addSpacing(24);
    buttons->addWidget(m_dissolve);
    buttons->addStretch(1);
    auto *note = new QLabel(tr("Archiving and restoring can be undone (Ctrl+Z). Dissolving is final: move the "
                               "still active members to a live group first."), page);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_statusText);
    layout->addLayout(buttons);
    layout->addWidget(note);
    layout->addStretch(1);
    connect(m_archive, &QPushButton::clicked, this, &GroupProfileDialog::archive);
    connect(m_restore, &QPushButton::clicked, this, &GroupProfileDialog::restore);
    connect(m_dissolve, &QPushButton::clicked, this, &GroupProfileDialog::dissolve);
    return page;
}

QWidget *GroupProfileDialog::buildStageTab()
{
    auto *page = new QWidget(this);
    m_stage = new QLabel(page);
    m_stage->setObjectName(QStringLiteral("stage"));
    QFont big = m_stage->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_stage->setFont(big);
    m_stageReason = new QLabel(page);
    m_stageReason->setObjectName(QStringLiteral("stageReason"));
    m_stageReason->setWordWrap(true);
    m_stageLayout = new QVBoxLayout(page);
    m_stageLayout->addWidget(m_stage);
    m_stageLayout->addWidget(m_stageReason);
    m_stageHistory = new StageHistoryView(page);
    auto *historyLabel = new QLabel(tr("Recorded stages, newest first"), page);
    historyLabel->setBuddy(m_stageHistory);
    m_stageLayout->addSpacing(8);
    m_stageLayout->addWidget(historyLabel);
    m_stageLayout->addWidget(m_stageHistory, 1);
    return page;
}

bool GroupProfileDialog::loadGroup()
{
    Group g;
    if (auto err = GroupRepository(m_db).get(m_group.id, &g)) {
        showError(err.message);
        m_form->setEnabled(false);
        m_save->setEnabled(false);
        for (int tab = MembersTab; tab <= StageTab; ++tab)
            m_tabs->setTabEnabled(tab, false);
        return false;
    }
    m_group = g;
    setWindowTitle(tr("Group profile – %1").arg(g.name));
    if (auto err = m_form->load(m_db, g, m_nameTemplate))
        showError(err.message);
    m_members->setGroup(m_db, g.id);
    if (auto err = m_charts->load(m_db, g.id, m_today))
        showError(err.message);
    for (int tab = MembersTab; tab <= StageTab; ++tab)
        m_tabs->setTabEnabled(tab, true);
    const bool editable = g.status != GroupStatus::Dissolved;
    m_form->setEnabled(editable);
    m_save->setEnabled(editable);
    refreshStatus();
    refreshStage();
    return true;
}

void GroupProfileDialog::prepareNewGroup()
{
    setWindowTitle(tr("New group"));
    Group g;
    g.capacity = 500;
    g.createdOn = m_today;
    if (auto err = m_form->load(m_db, g, m_nameTemplate))
        showError(err.message);
    suggestName();
    for (int tab = MembersTab; tab <= StageTab; ++tab)
        m_tabs->setTabEnabled(tab, false);
    showInfo(tr("Members, activity and status follow once the group is saved."));
}

// A new group is named after the newest numbered group of its purpose: 花漾宠粉群12群 -> 花漾宠粉群13群.
void GroupProfileDialog::suggestName()
{
    const auto purpose = GroupPurpose(m_form->purposeCombo()->currentData().toInt());
    int number = 1;
    QString lastName;
    if (auto err = GroupProfileRepository(m_db).nextNumber(purpose, &number, &lastName)) {
        showError(err.message);
        return;
    }
    QString stem = GroupNaming::stemOf(m_nameTemplate, lastName, number - 1);
    if (stem.isEmpty())
        stem = groupPurposeLabel(purpose);
    m_suggestedName = purpose == GroupPurpose::Master ? QString() : GroupNaming::suggestName(m_nameTemplate, number, stem);
    m_form->numberSpin()->setValue(purpose == GroupPurpose::Master ? 0 : number);
    m_form->nameEdit()->setText(m_suggestedName);
}

void GroupProfileDialog::refreshStatus()
{
    int open = 0;
    if (auto err = MembershipRepository(m_db).openCount(m_group.id, &open))
        showError(err.message);
    QString text = tr("Status: %1").arg(groupStatusLabel(m_group.status));
    if (m_group.statusChangedAt.isValid())
        text += tr(" (since %1)").arg(m_group.statusChangedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    text += QLatin1Char('\n') + tr("%Ln open membership(s), member cap %1.", nullptr, open).arg(m_group.capacity);
    m_statusText->setText(text);
    m_archive->setEnabled(m_group.status == GroupStatus::Active);
    m_restore->setEnabled(m_group.status == GroupStatus::Archived);
    m_dissolve->setEnabled(m_group.status != GroupStatus::Dissolved);
}

void GroupProfileDialog::refreshStage()
{
    LifecycleThresholds thresholds;
    GroupActivity activity;
    DatabaseError err = SettingsRepository(m_db).lifecycleThresholds(&thresholds);
    if (!err)
        err = GroupTrendRepository(m_db).activity(m_group.id, m_today, &activity);
    if (err) {
        m_stage->setText(tr("Stage unknown"));
        m_stageReason->setText(err.message);
        return;
    }
    const auto assessment = assessLifecycle(activity.lifecycleInput(m_today, thresholds), thresholds);
    if (!assessment) {
        m_stage->setText(tr("No stage"));
        m_stageReason->setText(tr("%1 groups have no lifecycle stage.").arg(groupStatusLabel(m_group.status)));
        if (auto historyErr = m_stageHistory->load(m_db, m_group.id, m_today))
            showError(historyErr.message);
        return;
    }
    if (auto historyErr = m_stageHistory->load(m_db, m_group.id, m_today))
        showError(historyErr.message);
    m_stage->setText(lifecycleStageLabel(assessment->stage));
    m_stageReason->setText(tr("%1\nJudged on %2 from the group's age and its last 30 days of activity.")
                               .arg(assessment->reason, m_today.toString(Qt::ISODate)));
}

void GroupProfileDialog::afterChange(qint64 groupId, bool fields)
{
    if (fields) {
        loadGroup();    // reloads the member list too
    } else {
        if (auto err = m_form->reloadViceOwners())
            showError(err.message);
        m_members->reload();
    }
    emit groupChanged(groupId);
}

bool GroupProfileDialog::push(GroupCommand *command)
{
    if (auto err = command->apply()) {
        delete command;
        showError(err.message);
        return false;
    }
    m_undo->push(command);
    showInfo(tr("Done: %1 (Ctrl+Z undoes it).").arg(command->text()));
    return true;
}

bool GroupProfileDialog::save()
{
    Group edited;
    if (const QString problem = m_form->read(&edited); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    GroupRepository groups(m_db);
    if (m_group.id == 0) {
        qint64 id = 0;
        if (auto err = groups.create(edited, &id)) {
            showError(err.message);
            return false;
        }
        m_group.id = id;
        loadGroup();
        showInfo(tr("Created “%1”.").arg(edited.name));
        emit groupChanged(id);
        return true;
    }
    Group before;
    if (auto err = groups.get(m_group.id, &before)) {
        showError(err.message);
        return false;
    }
    if (before.toJson() == edited.toJson()) {
        showInfo(tr("Nothing to save."));
        return true;
    }
    // The owner's membership carries the owner role too: hand it over with the field.
    QList<RoleChange> roles;
    if (before.ownerMemberId != edited.ownerMemberId) {
        GroupProfileRepository profile(m_db);
        Membership m;
        if (before.ownerMemberId > 0 && !profile.openMembership(before.id, before.ownerMemberId, &m)
            && m.role == MembershipRole::Owner)
            roles.append({m.id, m.role, MembershipRole::Member});
        if (edited.ownerMemberId > 0) {
            if (auto err = profile.openMembership(edited.id, edited.ownerMemberId, &m)) {
                showError(tr("%1: %2").arg(tr("Owner"), err.message));
                return false;
            }
            if (m.role != MembershipRole::Owner)
                roles.append({m.id, m.role, MembershipRole::Owner});
        }
    }
    return push(new SaveGroupCommand(&m_context, before, edited, roles));
}

bool GroupProfileDialog::archive()
{
    return push(new GroupStatusCommand(&m_context, m_group.id, m_group.name, true));
}

bool GroupProfileDialog::restore()
{
    return push(new GroupStatusCommand(&m_context, m_group.id, m_group.name, false));
}

bool GroupProfileDialog::dissolve()
{
    int open = 0;
    if (auto err = MembershipRepository(m_db).openCount(m_group.id, &open)) {
        showError(err.message);
        return false;
    }
    const QString question = tr("Dissolve “%1”? This closes its %Ln open membership(s) with the reason “group "
                                "dissolved” and frees the name for a new group. Dissolving cannot be undone.",
                                nullptr, open).arg(m_group.name);
    if (!m_confirm(question))
        return false;
    int closed = 0;
    if (auto err = GroupRepository(m_db).dissolve(m_group.id, {}, &closed)) {
        showError(err.message);
        return false;
    }
    // Earlier commands would now edit a dissolved group and closed memberships.
    m_undo->clear();
    loadGroup();
    m_members->reload();
    showInfo(tr("Dissolved; %Ln membership(s) closed. This cannot be undone.", nullptr, closed));
    emit groupChanged(m_group.id);
    return true;
}

void GroupProfileDialog::changeRole(qint64 membershipId, const QString &memberName, MembershipRole from,
                                    MembershipRole to)
{
    push(new SetRoleCommand(&m_context, m_group.id, memberName, {membershipId, from, to}));
}

void GroupProfileDialog::showError(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setText(message);
}

void GroupProfileDialog::showInfo(const QString &message)
{
    m_message->setStyleSheet(QString());
    m_message->setText(message);
}

} // namespace qundesk::ui
