#include "calendar/GroupTargetPicker.h"

#include "storage/DimensionRepository.h"
#include "storage/GroupSelectorRepository.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStringList>
#include <QVBoxLayout>

namespace qundesk::ui {

GroupTargetPicker::GroupTargetPicker(QWidget *parent)
    : QWidget(parent)
{
    m_single = new QRadioButton(tr("One group"), this);
    m_single->setObjectName(QStringLiteral("targetSingleMode"));
    m_bySelector = new QRadioButton(tr("Groups by tier, team, identity, purpose"), this);
    m_bySelector->setObjectName(QStringLiteral("entrySelectorMode"));
    auto *mode = new QButtonGroup(this);
    mode->addButton(m_single);
    mode->addButton(m_bySelector);
    m_single->setChecked(true);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_single);
    modeRow->addWidget(m_bySelector);
    modeRow->addStretch();

    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("entryGroup"));
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_tier = new QComboBox(this);
    m_team = new QComboBox(this);
    m_identity = new QComboBox(this);
    m_purpose = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("entryTier"));
    m_team->setObjectName(QStringLiteral("entryTeam"));
    m_identity->setObjectName(QStringLiteral("entryIdentity"));
    m_purpose->setObjectName(QStringLiteral("entryPurpose"));
    auto *selectorPage = new QWidget(this);
    auto *selectorForm = new QFormLayout(selectorPage);
    selectorForm->setContentsMargins(0, 0, 0, 0);
    selectorForm->addRow(tr("Tier:"), m_tier);
    selectorForm->addRow(tr("Team:"), m_team);
    selectorForm->addRow(tr("Identity:"), m_identity);
    selectorForm->addRow(tr("Purpose:"), m_purpose);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_group);
    m_stack->addWidget(selectorPage);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("entryTargetCount"));
    m_count->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(modeRow);
    layout->addWidget(m_stack);
    layout->addWidget(m_count);

    connect(m_single, &QRadioButton::toggled, this, [this](bool single) {
        m_stack->setCurrentIndex(single ? 0 : 1);
        refresh();
    });
    for (QComboBox *combo : {m_group, m_tier, m_team, m_identity, m_purpose}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                refresh();
        });
    }
    // A name typed to the end (not picked from the list) counts once editing stops.
    connect(m_group->lineEdit(), &QLineEdit::editingFinished, this, &GroupTargetPicker::refresh);
}

bool GroupTargetPicker::setDatabase(const QSqlDatabase &db, QString *error)
{
    m_db = db;
    m_loading = true;
    for (QComboBox *combo : {m_group, m_tier, m_team, m_identity, m_purpose})
        combo->clear();
    QStringList problems;
    QList<GroupChoice> groups;
    if (auto err = ScheduleRepository(m_db).listGroupChoices(&groups))
        problems << err.message;
    QStringList names;
    names.reserve(groups.size());
    for (const GroupChoice &g : std::as_const(groups)) {
        m_group->addItem(g.name, g.id);
        names << g.name;
    }
    // Typing any part of a name finds the group among thousands.
    auto *completer = new QCompleter(names, m_group);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_group->setCompleter(completer);

    DimensionRepository dims(m_db);
    m_tier->addItem(tr("Any tier"), qint64(0));
    m_team->addItem(tr("Any team"), qint64(0));
    QList<Tier> tiers;
    if (auto err = dims.listTiers(&tiers))
        problems << err.message;
    for (const Tier &t : std::as_const(tiers))
        m_tier->addItem(t.name, t.id);
    QList<Team> teams;
    if (auto err = dims.listTeams(&teams))
        problems << err.message;
    for (const Team &t : std::as_const(teams))
        m_team->addItem(t.name, t.id);
    m_identity->addItem(tr("Any identity"), QString());
    for (IdentitySegment s : allIdentitySegments())
        m_identity->addItem(identitySegmentLabel(s), identitySegmentCode(s));
    m_purpose->addItem(tr("Any purpose"), QString());
    for (GroupPurpose p : allGroupPurposes())
        m_purpose->addItem(groupPurposeLabel(p), groupPurposeCode(p));
    m_loading = false;
    refresh();
    if (!problems.isEmpty()) {
        m_error = problems.join(QLatin1Char('\n'));
        if (error)
            *error = m_error;
        return false;
    }
    return true;
}

bool GroupTargetPicker::isSelectorMode() const
{
    return m_bySelector->isChecked();
}

void GroupTargetPicker::setSelectorMode(bool selector)
{
    (selector ? m_bySelector : m_single)->setChecked(true);
    m_stack->setCurrentIndex(selector ? 1 : 0);
}

void GroupTargetPicker::setSelectorAllowed(bool allowed)
{
    if (!allowed)
        setSelectorMode(false);
    m_bySelector->setEnabled(allowed);
}

GroupSelector GroupTargetPicker::selector() const
{
    if (!isSelectorMode()) {
        // The typed text decides: a name that is no group's gives no group (callers say so)
        // rather than silently keeping the group picked before.
        const int index = m_group->findText(m_group->currentText(), Qt::MatchFixedString);
        return GroupSelector::single(index >= 0 ? m_group->itemData(index).toLongLong() : 0);
    }
    GroupSelector s;
    s.tierId = m_tier->currentData().toLongLong();
    s.teamId = m_team->currentData().toLongLong();
    s.identity = identitySegmentFromCode(m_identity->currentData().toString());
    s.purpose = groupPurposeFromCode(m_purpose->currentData().toString());
    return s;
}

void GroupTargetPicker::setSelector(const GroupSelector &selector)
{
    m_loading = true;
    if (selector.isSingleGroup()) {
        setSelectorMode(false);
        int index = m_group->findData(selector.groupId);
        if (index < 0 && m_db.isValid()) {
            GroupChoice g;
            if (!ScheduleRepository(m_db).groupChoice(selector.groupId, &g)) {
                m_group->addItem(g.name, g.id);
                index = m_group->count() - 1;
            }
        }
        m_group->setCurrentIndex(index);
    } else {
        setSelectorMode(true);
        m_tier->setCurrentIndex(std::max(0, m_tier->findData(selector.tierId)));
        m_team->setCurrentIndex(std::max(0, m_team->findData(selector.teamId)));
        m_identity->setCurrentIndex(
            selector.identity ? std::max(0, m_identity->findData(identitySegmentCode(*selector.identity))) : 0);
        m_purpose->setCurrentIndex(
            selector.purpose ? std::max(0, m_purpose->findData(groupPurposeCode(*selector.purpose))) : 0);
    }
    m_loading = false;
    refresh();
}

void GroupTargetPicker::refresh()
{
    m_groups.clear();
    m_error.clear();
    const GroupSelector s = selector();
    GroupSelectorRepository repo(m_db);
    if (!isSelectorMode() && s.groupId <= 0) {
        m_count->setVisible(false);
    } else if (auto err = repo.resolve(s, &m_groups)) {
        m_error = err.message;
        m_count->setText(err.message);
        m_count->setVisible(true);
    } else if (isSelectorMode()) {
        QString label;
        if (repo.label(s, &label))
            label.clear();
        m_count->setText(tr("%1: %n group(s)", nullptr, int(m_groups.size())).arg(label));
        m_count->setVisible(true);
    } else {
        m_count->setVisible(false);
    }
    emit changed();
}

} // namespace qundesk::ui
