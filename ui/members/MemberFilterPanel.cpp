#include "members/MemberFilterPanel.h"

#include "domain/Dimensions.h"
#include "domain/Member.h"
#include "storage/DimensionRepository.h"
#include "storage/TagRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

constexpr int GroupChoiceLimit = 30;
constexpr int IdRole = Qt::UserRole + 1;
// Spin boxes show their special text at the minimum: "no bound".
constexpr int NoBound = -1;

} // namespace

MemberFilterPanel::MemberFilterPanel(QWidget *parent)
    : QWidget(parent)
{
    buildUi();
}

MemberFilterPanel::~MemberFilterPanel() = default;

void MemberFilterPanel::buildUi()
{
    const auto combo = [this](const char *name) {
        auto *c = new QComboBox(this);
        c->setObjectName(QLatin1StringView(name));
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(8);
        connect(c, &QComboBox::currentIndexChanged, this, &MemberFilterPanel::changed);
        return c;
    };
    m_identity = combo("identityFilter");
    m_identity->addItem(tr("Any"), -1);
    for (const IdentityType t : allIdentityTypes())
        m_identity->addItem(identityLabel(t), int(t));
    m_verification = combo("verificationFilter");
    m_verification->addItem(tr("Any"), -1);
    for (const VerificationStatus s : allVerificationStatuses())
        m_verification->addItem(verificationLabel(s), int(s));
    m_channel = combo("channelFilter");
    m_region = combo("regionFilter");
    m_tier = combo("tierFilter");
    m_tag = combo("tagFilter");
    m_koc = combo("kocFilter");
    m_koc->addItem(tr("Any"), -1);
    m_koc->addItem(tr("KOC"), 1);
    m_koc->addItem(tr("Not KOC"), 0);
    m_blacklisted = combo("blacklistedFilter");
    m_blacklisted->addItem(tr("Any"), -1);
    m_blacklisted->addItem(tr("Blacklisted"), 1);
    m_blacklisted->addItem(tr("Not blacklisted"), 0);

    m_group = new QLineEdit(this);
    m_group->setObjectName(QStringLiteral("groupFilter"));
    m_group->setPlaceholderText(tr("Type part of a group name"));
    m_group->setClearButtonEnabled(true);
    m_groupChoices = new QStandardItemModel(this);
    m_groupCompleter = new QCompleter(m_groupChoices, this);
    // The model already holds SQL's matches; the completer must not filter them again.
    m_groupCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_groupCompleter->setMaxVisibleItems(12);
    m_group->setCompleter(m_groupCompleter);
    m_groupTimer = new QTimer(this);
    m_groupTimer->setSingleShot(true);
    m_groupTimer->setInterval(150);
    connect(m_groupTimer, &QTimer::timeout, this, [this] { updateGroupChoices(m_group->text()); });
    connect(m_group, &QLineEdit::textEdited, m_groupTimer, qOverload<>(&QTimer::start));
    connect(m_groupCompleter, qOverload<const QString &>(&QCompleter::activated), this, &MemberFilterPanel::pickGroup);
    // Emptying the box (or its clear button) drops the group filter; other edits wait for a pick.
    connect(m_group, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && m_groupId != 0) {
            m_groupId = 0;
            m_groupName.clear();
            changed();
        }
    });

    m_withoutGroup = new QCheckBox(tr("In no group"), this);
    m_withoutGroup->setObjectName(QStringLiteral("withoutGroupFilter"));
    connect(m_withoutGroup, &QCheckBox::toggled, this, &MemberFilterPanel::changed);

    const auto spin = [this](const char *name, int max, const QString &none) {
        auto *s = new QSpinBox(this);
        s->setObjectName(QLatin1StringView(name));
        s->setRange(NoBound, max);
        s->setValue(NoBound);
        s->setSpecialValueText(none);
        s->setGroupSeparatorShown(true);
        s->setKeyboardTracking(false); // typed digits apply on Enter or leaving the box
        connect(s, &QSpinBox::valueChanged, this, &MemberFilterPanel::changed);
        return s;
    };
    m_pointsMin = spin("pointsMinFilter", 100'000'000, tr("no minimum"));
    m_pointsMax = spin("pointsMaxFilter", 100'000'000, tr("no maximum"));
    m_activeDays = spin("activeDaysFilter", 3650, tr("any time"));
    m_activeDays->setRange(0, 3650);
    m_activeDays->setValue(0);
    m_activeDays->setSuffix(tr(" days"));

    auto *points = new QHBoxLayout;
    points->setContentsMargins(0, 0, 0, 0);
    points->addWidget(m_pointsMin, 1);
    points->addWidget(new QLabel(QStringLiteral("–"), this));
    points->addWidget(m_pointsMax, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Identity"), m_identity);
    form->addRow(tr("Verification"), m_verification);
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Region"), m_region);
    form->addRow(tr("Tier"), m_tier);
    form->addRow(tr("Group"), m_group);
    form->addRow(QString(), m_withoutGroup);
    form->addRow(tr("Tag"), m_tag);
    form->addRow(tr("KOC"), m_koc);
    form->addRow(tr("Points"), points);
    form->addRow(tr("Active within"), m_activeDays);
    form->addRow(tr("Blacklist"), m_blacklisted);

    auto *clearButton = new QPushButton(tr("Clear filters"), this);
    clearButton->setObjectName(QStringLiteral("clearFilters"));
    connect(clearButton, &QPushButton::clicked, this, &MemberFilterPanel::clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(clearButton, 0, Qt::AlignRight);
    layout->addStretch(1);
    loadChoices();
}

void MemberFilterPanel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    loadChoices();
}

void MemberFilterPanel::loadChoices()
{
    const QScopedValueRollback quiet(m_quiet, true);
    const MemberFilter before = filter();
    const auto fill = [](QComboBox *c, const QList<std::pair<qint64, QString>> &items) {
        c->clear();
        c->addItem(tr("Any"), qint64(0));
        for (const auto &[id, name] : items)
            c->addItem(name, id);
    };
    QList<std::pair<qint64, QString>> channels, regions, tiers, tags;
    if (m_db.isValid() && m_db.isOpen()) {
        DimensionRepository dims(m_db);
        QList<Channel> cs;
        QList<Region> rs;
        QList<Tier> ts;
        QList<TagCount> tgs;
        // A failure leaves that list with "Any" only; the table still works.
        if (!dims.listChannels(&cs))
            for (const Channel &c : cs)
                channels.append({c.id, c.name});
        if (!dims.listRegions(&rs))
            for (const Region &r : rs)
                regions.append({r.id, r.name});
        if (!dims.listTiers(&ts))
            for (const Tier &t : ts)
                tiers.append({t.id, t.name});
        if (!TagRepository(m_db).list(&tgs))
            for (const TagCount &t : tgs)
                tags.append({t.tag.id, t.tag.name});
    }
    fill(m_channel, channels);
    fill(m_region, regions);
    fill(m_tier, tiers);
    fill(m_tag, tags);
    setFilter(before);
}

void MemberFilterPanel::updateGroupChoices(const QString &text)
{
    m_groupChoices->clear();
    if (!m_db.isValid() || !m_db.isOpen())
        return;
    QList<std::pair<qint64, QString>> groups;
    if (MemberRepository(m_db).groupChoices(text, GroupChoiceLimit, &groups))
        return;
    for (const auto &[id, name] : groups) {
        auto *item = new QStandardItem(name);
        item->setData(id, IdRole);
        m_groupChoices->appendRow(item);
    }
    if (m_group->hasFocus() && !groups.isEmpty())
        m_groupCompleter->complete();
}

void MemberFilterPanel::pickGroup(const QString &name)
{
    for (int row = 0; row < m_groupChoices->rowCount(); ++row) {
        const QStandardItem *item = m_groupChoices->item(row);
        if (item->text() == name) {
            m_groupId = item->data(IdRole).toLongLong();
            m_groupName = name;
            changed();
            return;
        }
    }
}

void MemberFilterPanel::changed()
{
    if (!m_quiet)
        emit filterChanged();
}

void MemberFilterPanel::selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

MemberFilter MemberFilterPanel::filter() const
{
    MemberFilter f;
    if (const int v = m_identity->currentData().toInt(); v >= 0)
        f.identity = IdentityType(v);
    if (const int v = m_verification->currentData().toInt(); v >= 0)
        f.verification = VerificationStatus(v);
    f.channelId = m_channel->currentData().toLongLong();
    f.regionId = m_region->currentData().toLongLong();
    f.tierId = m_tier->currentData().toLongLong();
    f.tagId = m_tag->currentData().toLongLong();
    f.groupId = m_groupId;
    f.withoutGroup = m_withoutGroup->isChecked();
    if (const int v = m_koc->currentData().toInt(); v >= 0)
        f.koc = v == 1;
    if (const int v = m_blacklisted->currentData().toInt(); v >= 0)
        f.blacklisted = v == 1;
    if (m_pointsMin->value() != NoBound)
        f.pointsMin = m_pointsMin->value();
    if (m_pointsMax->value() != NoBound)
        f.pointsMax = m_pointsMax->value();
    f.activeWithinDays = m_activeDays->value();
    return f;
}

void MemberFilterPanel::setFilter(const MemberFilter &f)
{
    const QScopedValueRollback quiet(m_quiet, true);
    selectData(m_identity, f.identity ? int(*f.identity) : -1);
    selectData(m_verification, f.verification ? int(*f.verification) : -1);
    selectData(m_channel, f.channelId);
    selectData(m_region, f.regionId);
    selectData(m_tier, f.tierId);
    selectData(m_tag, f.tagId);
    selectData(m_koc, f.koc ? int(*f.koc) : -1);
    selectData(m_blacklisted, f.blacklisted ? int(*f.blacklisted) : -1);
    m_withoutGroup->setChecked(f.withoutGroup);
    m_pointsMin->setValue(f.pointsMin ? int(std::clamp<qint64>(*f.pointsMin, 0, m_pointsMin->maximum())) : NoBound);
    m_pointsMax->setValue(f.pointsMax ? int(std::clamp<qint64>(*f.pointsMax, 0, m_pointsMax->maximum())) : NoBound);
    m_activeDays->setValue(f.activeWithinDays);
    if (f.groupId != m_groupId) {
        m_groupId = f.groupId;
        m_groupName.clear();
        if (f.groupId > 0 && m_db.isValid() && m_db.isOpen()
            && MemberRepository(m_db).groupName(f.groupId, &m_groupName))
            m_groupName = tr("Group %1").arg(f.groupId);
        m_group->setText(m_groupName);
    }
}

void MemberFilterPanel::clear()
{
    {
        const QScopedValueRollback quiet(m_quiet, true);
        setFilter({});
        m_group->clear();
    }
    emit filterChanged();
}

QString MemberFilterPanel::summary() const
{
    const MemberFilter f = filter();
    QStringList parts;
    const auto comboPart = [&](const QString &label, const QComboBox *c) {
        if (c->currentIndex() > 0)
            parts.append(label + tr(": ") + c->currentText());
    };
    comboPart(tr("Identity"), m_identity);
    comboPart(tr("Verification"), m_verification);
    comboPart(tr("Channel"), m_channel);
    comboPart(tr("Region"), m_region);
    comboPart(tr("Tier"), m_tier);
    if (f.groupId > 0)
        parts.append(tr("Group") + tr(": ") + m_groupName);
    if (f.withoutGroup)
        parts.append(tr("In no group"));
    comboPart(tr("Tag"), m_tag);
    if (f.koc)
        parts.append(*f.koc ? tr("KOC") : tr("Not KOC"));
    if (f.pointsMin && f.pointsMax)
        parts.append(tr("Points %L1–%L2").arg(*f.pointsMin).arg(*f.pointsMax));
    else if (f.pointsMin)
        parts.append(tr("Points ≥ %L1").arg(*f.pointsMin));
    else if (f.pointsMax)
        parts.append(tr("Points ≤ %L1").arg(*f.pointsMax));
    if (f.activeWithinDays > 0)
        parts.append(tr("Active within %n day(s)", nullptr, f.activeWithinDays));
    if (f.blacklisted)
        parts.append(*f.blacklisted ? tr("Blacklisted") : tr("Not blacklisted"));
    return parts.join(QStringLiteral(" · "));
}

} // namespace qundesk::ui
