#include "groups/GroupFieldsForm.h"

#include "domain/GroupNaming.h"
#include "groups/MemberPicker.h"
#include "storage/DimensionRepository.h"
#include "storage/GroupProfileRepository.h"
#include "storage/MemberRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

// QDateEdit has no empty state: its minimum, shown as "—", stands for "not filled yet".
const QDate NoDate(2000, 1, 1);

void selectData(QComboBox *combo, const QVariant &value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

QLabel *checkLabel(QWidget *parent, const QString &colour)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    label->hide();
    return label;
}

} // namespace

GroupFieldsForm::GroupFieldsForm(QWidget *parent)
    : QWidget(parent)
{
    buildUi();
}

void GroupFieldsForm::buildUi()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("groupName"));
    m_nameCheck = checkLabel(this, QStringLiteral("#c62828"));
    m_nameCheck->setObjectName(QStringLiteral("nameCheck"));
    m_number = new QSpinBox(this);
    m_number->setRange(0, 99999);
    m_number->setSpecialValueText(tr("none"));
    m_purpose = new QComboBox(this);
    for (GroupPurpose p : allGroupPurposes())
        m_purpose->addItem(groupPurposeLabel(p), int(p));
    m_tier = new QComboBox(this);
    m_team = new QComboBox(this);
    m_identity = new QComboBox(this);
    for (IdentitySegment s : allIdentitySegments())
        m_identity->addItem(identitySegmentLabel(s), int(s));
    m_channel = new QComboBox(this);
    m_region = new QComboBox(this);
    m_parent = new QComboBox(this);
    m_owner = new MemberPicker(this);
    m_owner->setObjectName(QStringLiteral("ownerPicker"));
    m_viceOwners = new QListWidget(this);
    m_viceOwners->setObjectName(QStringLiteral("viceOwners"));
    m_viceOwners->setMaximumHeight(m_viceOwners->fontMetrics().height() * 4 + 12);
    m_vicePicker = new MemberPicker(this);
    m_vicePicker->setObjectName(QStringLiteral("viceOwnerPicker"));
    m_addVice = new QPushButton(tr("Add"), this);
    m_removeVice = new QPushButton(tr("Remove"), this);
    m_operator = new QComboBox(this);
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(QStringLiteral("capacity"));
    m_capacity->setRange(1, 100000);
    m_capacityWarning = checkLabel(this, QStringLiteral("#e65100"));
    m_capacityWarning->setObjectName(QStringLiteral("capacityWarning"));
    m_createdOn = new QDateEdit(this);
    m_createdOn->setCalendarPopup(true);
    m_createdOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_filledOn = new QDateEdit(this);
    m_filledOn->setCalendarPopup(true);
    m_filledOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_filledOn->setMinimumDate(NoDate);
    m_filledOn->setSpecialValueText(tr("not yet"));
    m_filledOn->setToolTip(tr("The day the group reached its member cap; the strong stage starts then."));
    m_rules = new QPlainTextEdit(this);
    m_rules->setPlaceholderText(tr("Group rules, with rewards and penalties"));
    m_culture = new QPlainTextEdit(this);
    m_culture->setPlaceholderText(tr("Theme and culture of the group"));

    auto *nameBox = new QVBoxLayout;
    nameBox->setSpacing(2);
    nameBox->addWidget(m_name);
    nameBox->addWidget(m_nameCheck);
    auto *left = new QFormLayout;
    left->addRow(tr("Name"), nameBox);
    left->addRow(tr("Number"), m_number);
    left->addRow(tr("Purpose"), m_purpose);
    left->addRow(tr("Master group"), m_parent);
    left->addRow(tr("Tier"), m_tier);
    left->addRow(tr("Team"), m_team);
    left->addRow(tr("Identity"), m_identity);
    left->addRow(tr("Channel"), m_channel);
    left->addRow(tr("Region"), m_region);

    auto *viceButtons = new QHBoxLayout;
    viceButtons->addWidget(m_vicePicker, 1);
    viceButtons->addWidget(m_addVice);
    viceButtons->addWidget(m_removeVice);
    auto *viceBox = new QVBoxLayout;
    viceBox->setSpacing(2);
    viceBox->addWidget(m_viceOwners);
    viceBox->addLayout(viceButtons);
    auto *capacityBox = new QVBoxLayout;
    capacityBox->setSpacing(2);
    capacityBox->addWidget(m_capacity);
    capacityBox->addWidget(m_capacityWarning);
    auto *right = new QFormLayout;
    right->addRow(tr("Owner"), m_owner);
    right->addRow(tr("Vice owners"), viceBox);
    right->addRow(tr("Operator"), m_operator);
    right->addRow(tr("Member cap"), capacityBox);
    right->addRow(tr("Created on"), m_createdOn);
    right->addRow(tr("Filled on"), m_filledOn);

    auto *texts = new QGridLayout;
    texts->addWidget(new QLabel(tr("Rules"), this), 0, 0);
    texts->addWidget(new QLabel(tr("Culture"), this), 0, 1);
    texts->addWidget(m_rules, 1, 0);
    texts->addWidget(m_culture, 1, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addLayout(texts, 1);

    connect(m_name, &QLineEdit::textChanged, this, &GroupFieldsForm::updateChecks);
    connect(m_number, &QSpinBox::valueChanged, this, &GroupFieldsForm::updateChecks);
    connect(m_capacity, &QSpinBox::valueChanged, this, &GroupFieldsForm::updateChecks);
    connect(m_purpose, &QComboBox::currentIndexChanged, this, [this] {
        updateChecks();
        emit purposeChanged();
    });
    connect(m_addVice, &QPushButton::clicked, this, &GroupFieldsForm::addViceOwner);
    connect(m_removeVice, &QPushButton::clicked, this, &GroupFieldsForm::removeViceOwner);
}

DatabaseError GroupFieldsForm::fillChoices(qint64 groupId)
{
    DimensionRepository dims(m_db);
    const auto fill = [this](QComboBox *combo, const auto &items) {
        combo->clear();
        combo->addItem(tr("—"), qint64(0));
        for (const auto &item : items)
            combo->addItem(item.name, item.id);
    };
    QList<Tier> tiers;
    QList<Team> teams;
    QList<Channel> channels;
    QList<Region> regions;
    QList<Operator> operators;
    QList<MasterGroupChoice> masters;
    if (auto err = dims.listTiers(&tiers))
        return err;
    if (auto err = dims.listTeams(&teams))
        return err;
    if (auto err = dims.listChannels(&channels))
        return err;
    if (auto err = dims.listRegions(&regions))
        return err;
    if (auto err = dims.listOperators(&operators))
        return err;
    if (auto err = GroupProfileRepository(m_db).masterGroups(groupId, &masters))
        return err;
    fill(m_tier, tiers);
    fill(m_team, teams);
    fill(m_channel, channels);
    fill(m_region, regions);
    fill(m_parent, masters);
    // Former staff stay listed only where they still run this group.
    QList<Operator> staff;
    for (const Operator &op : std::as_const(operators)) {
        if (op.active || op.id == m_group.operatorId)
            staff.append(op);
    }
    fill(m_operator, staff);
    return {};
}

DatabaseError GroupFieldsForm::load(const QSqlDatabase &db, const Group &group, const QString &nameTemplate)
{
    m_db = db;
    m_group = group;
    m_template = nameTemplate;
    if (auto err = fillChoices(group.id))
        return err;
    m_name->setText(group.name);
    m_number->setValue(group.number);
    selectData(m_purpose, int(group.purpose));
    selectData(m_tier, group.tierId);
    selectData(m_team, group.teamId);
    selectData(m_identity, int(group.identitySegment));
    selectData(m_channel, group.channelId);
    selectData(m_region, group.regionId);
    selectData(m_parent, group.parentId);
    selectData(m_operator, group.operatorId);
    m_capacity->setValue(group.capacity);
    m_createdOn->setDate(group.createdOn.isValid() ? group.createdOn : QDate::currentDate());
    m_filledOn->setDate(group.filledOn.isValid() ? group.filledOn : NoDate);
    m_rules->setPlainText(group.rules);
    m_culture->setPlainText(group.culture);

    // Owner and vice owners are picked among the group's members: a new group has none yet.
    const bool hasMembers = group.id > 0;
    for (QWidget *w : {static_cast<QWidget *>(m_owner), static_cast<QWidget *>(m_viceOwners),
                       static_cast<QWidget *>(m_vicePicker), static_cast<QWidget *>(m_addVice),
                       static_cast<QWidget *>(m_removeVice)})
        w->setEnabled(hasMembers);
    m_owner->setGroup(db, group.id);
    m_vicePicker->setGroup(db, group.id);
    m_owner->setPlaceholderText(hasMembers ? tr("Type a name or group nickname") : tr("Add members first"));
    m_owner->setMember(0, QString());
    if (group.ownerMemberId > 0) {
        Member owner;
        if (auto err = MemberRepository(db).get(group.ownerMemberId, &owner))
            return err;
        m_owner->setMember(owner.id, owner.displayName);
    }
    updateChecks();
    return hasMembers ? reloadViceOwners() : DatabaseError();
}

DatabaseError GroupFieldsForm::reloadViceOwners()
{
    m_viceOwners->clear();
    GroupMemberFilter filter;
    filter.role = MembershipRole::ViceOwner;
    QList<GroupMemberRow> rows;
    // A group has a handful of vice owners; 100 is far above any real operation.
    if (auto err = GroupProfileRepository(m_db).memberPage(m_group.id, filter, 0, 100, &rows))
        return err;
    for (const GroupMemberRow &row : std::as_const(rows)) {
        auto *item = new QListWidgetItem(row.displayName, m_viceOwners);
        item->setData(Qt::UserRole, row.membershipId);
    }
    return {};
}

QString GroupFieldsForm::nameProblem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("The group needs a name.");
    return GroupNaming::checkName(m_template, m_name->text(), m_number->value(),
                                  GroupPurpose(m_purpose->currentData().toInt()));
}

QString GroupFieldsForm::capacityWarning() const
{
    if (m_capacity->value() <= WeChatCapacity)
        return {};
    return tr("A WeChat group holds at most %1 members; %2 only works on platforms that allow more.")
        .arg(WeChatCapacity).arg(m_capacity->value());
}

void GroupFieldsForm::updateChecks()
{
    const QString problem = nameProblem();
    m_nameCheck->setText(problem);
    m_nameCheck->setVisible(!problem.isEmpty());
    const QString warning = capacityWarning();
    m_capacityWarning->setText(warning);
    m_capacityWarning->setVisible(!warning.isEmpty());
}

QString GroupFieldsForm::read(Group *out) const
{
    const auto field = [](const QString &label, const QString &message) {
        return tr("%1: %2").arg(label, message);
    };
    if (const QString problem = nameProblem(); !problem.isEmpty())
        return field(tr("Name"), problem);
    if (m_owner->hasUnpickedText())
        return field(tr("Owner"), tr("“%1” is not a member picked from the list; pick one of the suggestions "
                                     "or clear the field.").arg(m_owner->text().trimmed()));
    Group g = m_group;
    g.name = m_name->text().trimmed();
    g.number = m_number->value();
    g.purpose = GroupPurpose(m_purpose->currentData().toInt());
    g.tierId = m_tier->currentData().toLongLong();
    g.teamId = m_team->currentData().toLongLong();
    g.identitySegment = IdentitySegment(m_identity->currentData().toInt());
    g.channelId = m_channel->currentData().toLongLong();
    g.regionId = m_region->currentData().toLongLong();
    g.parentId = m_parent->currentData().toLongLong();
    g.ownerMemberId = m_owner->memberId();
    g.operatorId = m_operator->currentData().toLongLong();
    g.capacity = m_capacity->value();
    g.createdOn = m_createdOn->date();
    g.filledOn = m_filledOn->date() == NoDate ? QDate() : m_filledOn->date();
    g.rules = m_rules->toPlainText().trimmed();
    g.culture = m_culture->toPlainText().trimmed();
    if (g.filledOn.isValid() && g.filledOn < g.createdOn)
        return field(tr("Filled on"), tr("%1 is before the group was created (%2).")
                                          .arg(g.filledOn.toString(Qt::ISODate), g.createdOn.toString(Qt::ISODate)));
    if (g.purpose == GroupPurpose::Master && g.parentId > 0)
        return field(tr("Master group"), tr("A master group does not sit under another master group."));
    if (const QString problem = validateGroup(g); !problem.isEmpty())
        return problem;
    *out = g;
    return {};
}

void GroupFieldsForm::addViceOwner()
{
    if (m_vicePicker->memberId() <= 0) {
        emit problem(tr("%1: %2").arg(tr("Vice owners"), tr("pick a member of this group from the suggestions first.")));
        return;
    }
    Membership membership;
    if (auto err = GroupProfileRepository(m_db).openMembership(m_group.id, m_vicePicker->memberId(), &membership)) {
        emit problem(err.message);
        return;
    }
    if (membership.role == MembershipRole::ViceOwner)
        return;
    const QString name = m_vicePicker->text();
    m_vicePicker->setMember(0, QString());
    emit roleChangeRequested(membership.id, name, membership.role, MembershipRole::ViceOwner);
}

void GroupFieldsForm::removeViceOwner()
{
    const QListWidgetItem *item = m_viceOwners->currentItem();
    if (!item) {
        emit problem(tr("%1: %2").arg(tr("Vice owners"), tr("select the vice owner to remove.")));
        return;
    }
    emit roleChangeRequested(item->data(Qt::UserRole).toLongLong(), item->text(), MembershipRole::ViceOwner,
                             MembershipRole::Member);
}

} // namespace qundesk::ui
