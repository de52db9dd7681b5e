#include "members/MemberProfileDialog.h"

#include "domain/Masking.h"
#include "groups/GroupProfileDialog.h"
#include "members/MemberProfileFields.h"
#include "members/MemberProfileGroupsTab.h"
#include "members/MemberProfileKocTab.h"
#include "members/MemberProfilePointsTab.h"
#include "members/MemberProfileStatusTab.h"
#include "members/MemberProfileTagsTab.h"
#include "members/MemberProfileTimelineTab.h"
#include "members/MemberProfileVerificationTab.h"
#include "UndoButtons.h"
#include "storage/DimensionRepository.h"
#include "storage/MemberProfileRepository.h"
#include "storage/MemberRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

// Saving the fields: forward writes the edited profile, backward the one before, both through
// MemberRepository::update (audited). The first redo, right after the dialog applied it, is a
// no-op; a later undo or redo that fails (the member changed meanwhile, or the platform ID was
// taken) reports it and drops the command.
class SaveMemberCommand final : public QUndoCommand
{
public:
    SaveMemberCommand(const QSqlDatabase &db, const Member &before, const Member &after,
                      std::function<void(const QString &)> failed, std::function<void()> changed)
        : m_db(db)
        , m_before(before)
        , m_after(after)
        , m_failed(std::move(failed))
        , m_changed(std::move(changed))
    {
        setText(QCoreApplication::translate("MemberCommand", "save “%1”").arg(after.displayName));
    }

    DatabaseError apply()
    {
        const DatabaseError err = MemberRepository(m_db).update(m_after);
        m_applied = !err;
        return err;
    }

    void redo() override
    {
        if (m_applied) {
            m_applied = false;
            return;
        }
        finish(MemberRepository(m_db).update(m_after));
    }

    void undo() override { finish(MemberRepository(m_db).update(m_before)); }

private:
    void finish(const DatabaseError &err)
    {
        if (err) {
            setObsolete(true);
            m_failed(err.message);
        }
        m_changed();
    }

    QSqlDatabase m_db;
    Member m_before;
    Member m_after;
    std::function<void(const QString &)> m_failed;
    std::function<void()> m_changed;
    bool m_applied = false;
};

// What Save writes: the editable fields only.
bool sameEditable(const Member &a, const Member &b)
{
    return a.displayName == b.displayName && a.groupNickname == b.groupNickname && a.platformId == b.platformId
        && a.phone == b.phone && a.identity == b.identity && a.channelId == b.channelId && a.regionId == b.regionId
        && a.tierId == b.tierId && toDbTime(a.firstJoinedAt) == toDbTime(b.firstJoinedAt) && a.notes == b.notes;
}

} // namespace

MemberProfileDialog::MemberProfileDialog(const QSqlDatabase &db, qint64 memberId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_undo(new QUndoStack(this))
{
    m_member.id = memberId;
    buildUi();
    MemberProfileRepository profile(db);
    DatabaseError err = profile.nicknameTemplate(&m_rule);
    if (!err)
        err = profile.operatorNames(&m_operatorNames);
    QList<Operator> operators;
    if (!err)
        err = DimensionRepository(db).listOperators(&operators);
    m_operator->addItem(tr("(no operator)"), qint64(0));
    for (const Operator &o : std::as_const(operators)) {
        if (o.active)
            m_operator->addItem(o.name, o.id);
    }
    if (m_operator->count() > 1)
        m_operator->setCurrentIndex(1);
    if (loadMember(true) && err)
        showError(err.message);
}

MemberProfileDialog::~MemberProfileDialog() = default;

void MemberProfileDialog::buildUi()
{
    auto operatorId = [this] { return this->operatorId(); };
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_fields = new MemberProfileFields(this);
    m_groups = new MemberProfileGroupsTab(this);
    m_tags = new MemberProfileTagsTab(this);
    m_points = new MemberProfilePointsTab(operatorId, this);
    m_verification = new MemberProfileVerificationTab(operatorId, this);
    m_koc = new MemberProfileKocTab(this);
    m_status = new MemberProfileStatusTab(this);
    m_timeline = new MemberProfileTimelineTab(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_fields, tr("Profile"));
    m_tabs->addTab(m_groups, tr("Groups"));
    m_tabs->addTab(m_tags, tr("Tags"));
    m_tabs->addTab(m_points, tr("Points"));
    m_tabs->addTab(m_verification, tr("Verification"));
    m_tabs->addTab(m_koc, tr("KOC"));
    m_tabs->addTab(m_status, tr("Blacklist"));
    m_tabs->addTab(m_timeline, tr("Activity"));

    const UndoButtons undoButtons = addUndoRedo(this, m_undo);
    m_undoButton = undoButtons.undo;
    m_redoButton = undoButtons.redo;

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_operator = new QComboBox(this);
    m_operator->setObjectName(QStringLiteral("operator"));
    m_operator->setToolTip(tr("Recorded on points entries and verification decisions."));
    auto *operatorLabel = new QLabel(tr("Operator"), this);
    operatorLabel->setBuddy(m_operator);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_save->setToolTip(tr("Saves the Profile tab. The other tabs save each change at once."));
    auto *close = new QPushButton(tr("Close"), this);
    close->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_redoButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_message, 1);
    buttons->addWidget(operatorLabel);
    buttons->addWidget(m_operator);
    buttons->addWidget(m_save);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &MemberProfileDialog::save);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_fields, &MemberProfileFields::problem, this, &MemberProfileDialog::showError);
    connect(m_fields, &MemberProfileFields::revealed, this, [this](const QString &what) {
        showInfo(tr("The %1 is shown in full in this window; the reveal is in the audit log.").arg(what));
    });
    connect(m_groups, &MemberProfileGroupsTab::groupActivated, this, &MemberProfileDialog::openGroup);
    connect(m_tags, &MemberProfileTagsTab::problem, this, &MemberProfileDialog::showError);
    connect(m_tags, &MemberProfileTagsTab::info, this, &MemberProfileDialog::showInfo);
    connect(m_points, &MemberProfilePointsTab::problem, this, &MemberProfileDialog::showError);
    connect(m_points, &MemberProfilePointsTab::info, this, &MemberProfileDialog::showInfo);
    connect(m_verification, &MemberProfileVerificationTab::problem, this, &MemberProfileDialog::showError);
    connect(m_verification, &MemberProfileVerificationTab::info, this, &MemberProfileDialog::showInfo);
    connect(m_koc, &MemberProfileKocTab::problem, this, &MemberProfileDialog::showError);
    connect(m_koc, &MemberProfileKocTab::info, this, &MemberProfileDialog::showInfo);
    connect(m_koc, &MemberProfileKocTab::changed, this, [this] { afterChange(false); });
    connect(m_status, &MemberProfileStatusTab::problem, this, &MemberProfileDialog::showError);
    connect(m_status, &MemberProfileStatusTab::info, this, &MemberProfileDialog::showInfo);
    connect(m_timeline, &MemberProfileTimelineTab::problem, this, &MemberProfileDialog::showError);
    // The tags tab shows its own change; reloading it would delete the item whose signal is running.
    connect(m_tags, &MemberProfileTagsTab::changed, this, [this] { emit memberChanged(m_member.id); });
    connect(m_points, &MemberProfilePointsTab::changed, this, [this] { afterChange(false); });
    connect(m_verification, &MemberProfileVerificationTab::changed, this, [this] { afterChange(false); });
    connect(m_status, &MemberProfileStatusTab::changed, this, [this] { afterChange(false); });
    resize(1000, 720);
}

qint64 MemberProfileDialog::operatorId() const
{
    return m_operator->currentData().toLongLong();
}

void MemberProfileDialog::setOperatorId(qint64 id)
{
    const int index = m_operator->findData(id);
    if (index >= 0)
        m_operator->setCurrentIndex(index);
}

// fields: also reload the Profile tab (after a save, undo or redo); other changes leave what the
// user is typing there alone.
bool MemberProfileDialog::loadMember(bool fields)
{
    Member m;
    if (auto err = MemberRepository(m_db).get(m_member.id, &m)) {
        showError(err.message);
        m_tabs->setEnabled(false);
        m_save->setEnabled(false);
        return false;
    }
    m_member = m;
    setWindowTitle(tr("Member profile – %1").arg(m.displayName));
    DatabaseError err;
    if (fields)
        err = m_fields->load(m_db, m, m_rule);
    auto keep = [&err](const DatabaseError &next) {
        if (!err && next)
            err = next;
    };
    keep(m_groups->load(m_db, m.id));
    keep(m_tags->load(m_db, m.id));
    keep(m_points->load(m_db, m.id, m_operatorNames));
    keep(m_verification->load(m_db, m, m_operatorNames));
    keep(m_koc->load(m_db, m));
    keep(m_status->load(m_db, m));
    keep(m_timeline->load(m_db, m.id));
    refreshSummary();
    if (err) {
        showError(err.message);
        return false;
    }
    return true;
}

void MemberProfileDialog::refreshSummary()
{
    const Member &m = m_member;
    QStringList facts;
    facts.append(identityLabel(m.identity));
    facts.append(verificationLabel(m.verification));
    facts.append(tr("%Ln point(s)", nullptr, int(m.pointsBalance)));
    facts.append(tr("in %Ln group(s)", nullptr, m_groups->openCount()));
    if (!m.phone.isEmpty())
        facts.append(maskPhone(m.phone));
    QString html = QStringLiteral("<span style='font-size:large; font-weight:bold'>%1</span>&nbsp;&nbsp;")
                       .arg(m.displayName.toHtmlEscaped());
    if (m.koc)
        html += QStringLiteral("<span style='color:#e65100; font-weight:bold'>KOC</span>&nbsp;&nbsp;");
    if (m.blacklisted)
        html += QStringLiteral("<span style='color:#c62828; font-weight:bold'>%1</span>&nbsp;&nbsp;")
                    .arg(tr("Blacklisted").toHtmlEscaped());
    html += facts.join(QStringLiteral(" · ")).toHtmlEscaped();
    m_summary->setText(html);
}

void MemberProfileDialog::afterChange(bool fields)
{
    loadMember(fields);
    emit memberChanged(m_member.id);
}

bool MemberProfileDialog::save()
{
    QString problem;
    const Member edited = m_fields->read(&problem);
    if (!problem.isEmpty()) {
        m_tabs->setCurrentIndex(FieldsTab);
        showError(problem);
        return false;
    }
    Member before;
    if (auto err = MemberRepository(m_db).get(m_member.id, &before)) {
        showError(err.message);
        return false;
    }
    if (sameEditable(before, edited)) {
        showInfo(tr("Nothing to save."));
        return true;
    }
    auto *command = new SaveMemberCommand(
        m_db, before, edited,
        [this](const QString &message) { showError(tr("Could not undo or redo: %1").arg(message)); },
        [this] { afterChange(true); });
    if (auto err = command->apply()) {
        delete command;
        showError(err.message);
        return false;
    }
    m_undo->push(command);
    afterChange(true);
    showInfo(tr("Saved (Ctrl+Z undoes it)."));
    return true;
}

void MemberProfileDialog::openGroup(qint64 groupId)
{
    auto *dialog = new GroupProfileDialog(m_db, groupId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GroupProfileDialog::groupChanged, this, [this] { afterChange(false); });
    dialog->show();
}

bool MemberProfileDialog::saveScreenshots(const QString &dir, const QString &prefix)
{
    static const char *const names[] = {"fields", "groups", "tags", "points", "verification", "koc", "blacklist",
                                        "activity"};
    QDir().mkpath(dir);
    const int current = m_tabs->currentIndex();
    bool ok = true;
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->setCurrentIndex(i);
        QApplication::processEvents();
        const QString file = QStringLiteral("%1-%2-%3.png").arg(prefix).arg(i + 1).arg(QLatin1StringView(names[i]));
        ok = grab().save(QDir(dir).filePath(file)) && ok;
    }
    m_tabs->setCurrentIndex(current);
    return ok;
}

void MemberProfileDialog::showError(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setText(message);
}

void MemberProfileDialog::showInfo(const QString &message)
{
    m_message->setStyleSheet(QString());
    m_message->setText(message);
}

} // namespace qundesk::ui
