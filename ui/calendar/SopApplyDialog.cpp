#include "calendar/SopApplyDialog.h"

#include "calendar/SopApplyPreviewModel.h"
#include "storage/CalendarConflictRepository.h"
#include "storage/DimensionRepository.h"
#include "storage/GroupSelectorRepository.h"
#include "storage/ScheduleRepository.h"

#include <QComboBox>
#include <QGroupBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

constexpr int GroupIdRole = Qt::UserRole + 1;

} // namespace

SopApplyDialog::SopApplyDialog(const QSqlDatabase &db, qint64 templateId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_templateId(templateId)
    , m_groups(new QStandardItemModel(this))
    , m_groupFilter(new QSortFilterProxyModel(this))
    , m_preview(new SopApplyPreviewModel(this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("sopApplyDialog"));
    setWindowTitle(tr("Apply SOP template"));

    m_templateLabel = new QLabel(this);
    m_templateLabel->setObjectName(QStringLiteral("templateLabel"));
    m_templateLabel->setWordWrap(true);

    m_start = new QDateEdit(QDate::currentDate(), this);
    m_start->setObjectName(QStringLiteral("startDate"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd ddd"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("groupSearch"));
    m_search->setPlaceholderText(tr("Search groups by name"));
    m_search->setClearButtonEnabled(true);
    m_groupFilter->setSourceModel(m_groups);
    m_groupFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_groupList = new QListView(this);
    m_groupList->setObjectName(QStringLiteral("groupList"));
    m_groupList->setModel(m_groupFilter);
    m_groupList->setUniformItemSizes(true); // 10,000 groups lay out without measuring each
    auto *checkShown = new QPushButton(tr("Check shown"), this);
    checkShown->setObjectName(QStringLiteral("checkShown"));
    auto *uncheckShown = new QPushButton(tr("Uncheck shown"), this);
    m_checkedLabel = new QLabel(this);
    m_checkedLabel->setObjectName(QStringLiteral("checkedLabel"));

    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("selectorTier"));
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("selectorTeam"));
    m_identity = new QComboBox(this);
    m_identity->setObjectName(QStringLiteral("selectorIdentity"));
    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("selectorPurpose"));
    auto *checkMatching = new QPushButton(tr("Check matching groups"), this);
    checkMatching->setObjectName(QStringLiteral("checkMatching"));
    checkMatching->setToolTip(tr("Check every group (not dissolved) of this tier, team, identity and purpose"));
    auto *selectorBox = new QGroupBox(tr("By selector"), this);
    auto *selectorLayout = new QGridLayout(selectorBox);
    selectorLayout->addWidget(m_tier, 0, 0);
    selectorLayout->addWidget(m_team, 0, 1);
    selectorLayout->addWidget(m_identity, 1, 0);
    selectorLayout->addWidget(m_purpose, 1, 1);
    selectorLayout->addWidget(checkMatching, 2, 0, 1, 2);

    auto *groupPanel = new QWidget(this);
    auto *groupLayout = new QVBoxLayout(groupPanel);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->addRow(tr("Template:"), m_templateLabel);
    form->addRow(tr("Start date:"), m_start);
    groupLayout->addLayout(form);
    groupLayout->addWidget(new QLabel(tr("Groups:"), this));
    groupLayout->addWidget(m_search);
    groupLayout->addWidget(m_groupList, 1);
    auto *checkButtons = new QHBoxLayout;
    checkButtons->addWidget(checkShown);
    checkButtons->addWidget(uncheckShown);
    groupLayout->addLayout(checkButtons);
    groupLayout->addWidget(selectorBox);
    groupLayout->addWidget(m_checkedLabel);

    m_previewView = new QTableView(this);
    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setModel(m_preview);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->verticalHeader()->hide();
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 8);
    // The title and the status (which carries conflict reasons) share the spare width.
    m_previewView->horizontalHeader()->setSectionResizeMode(SopApplyPreviewModel::Title, QHeaderView::Stretch);
    m_previewView->horizontalHeader()->setSectionResizeMode(SopApplyPreviewModel::Status, QHeaderView::Stretch);
    m_previewView->setColumnWidth(SopApplyPreviewModel::Group, 130);
    m_previewView->setColumnWidth(SopApplyPreviewModel::Date, 120);
    m_previewView->setColumnWidth(SopApplyPreviewModel::Time, 55);
    m_previewView->setColumnWidth(SopApplyPreviewModel::Kind, 100);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();

    auto *previewPanel = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPanel);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("Entries to create:"), this));
    previewLayout->addWidget(m_previewView, 1);
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(m_error);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(groupPanel);
    splitter->addWidget(previewPanel);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 280, 720 });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create entries"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    resize(1040, 620);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &SopApplyDialog::refreshPreview);
    connect(m_search, &QLineEdit::textChanged, this, &SopApplyDialog::setGroupSearch);
    connect(checkShown, &QPushButton::clicked, this, [this] { setAllShown(true); });
    connect(uncheckShown, &QPushButton::clicked, this, [this] { setAllShown(false); });
    connect(checkMatching, &QPushButton::clicked, this, &SopApplyDialog::checkChosenSelector);
    connect(m_groups, &QStandardItemModel::itemChanged, this, &SopApplyDialog::schedulePreview);
    connect(m_start, &QDateEdit::dateChanged, this, &SopApplyDialog::schedulePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (applyNow())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    SopTemplate sop;
    if (auto err = SopRepository(m_db).templateWithSteps(m_templateId, &sop)) {
        showError(err.message);
    } else {
        m_templateName = sop.name;
        m_templateLabel->setText(tr("%1 (%2, %n step(s))", nullptr, int(sop.steps.size()))
                                     .arg(sop.name, sopKindLabel(sop.kind)));
    }
    loadGroups();
    loadSelectorChoices();
    refreshPreview();
}

void SopApplyDialog::loadSelectorChoices()
{
    DimensionRepository dims(m_db);
    m_tier->addItem(tr("Any tier"), qint64(0));
    m_team->addItem(tr("Any team"), qint64(0));
    QList<Tier> tiers;
    if (auto err = dims.listTiers(&tiers))
        showError(err.message);
    for (const Tier &t : std::as_const(tiers))
        m_tier->addItem(t.name, t.id);
    QList<Team> teams;
    if (auto err = dims.listTeams(&teams))
        showError(err.message);
    for (const Team &t : std::as_const(teams))
        m_team->addItem(t.name, t.id);
    m_identity->addItem(tr("Any identity"), QString());
    for (const IdentitySegment segment : allIdentitySegments())
        m_identity->addItem(identitySegmentLabel(segment), identitySegmentCode(segment));
    m_purpose->addItem(tr("Any purpose"), QString());
    for (const GroupPurpose purpose : allGroupPurposes())
        m_purpose->addItem(groupPurposeLabel(purpose), groupPurposeCode(purpose));
}

void SopApplyDialog::checkChosenSelector()
{
    GroupSelector selector;
    selector.tierId = m_tier->currentData().toLongLong();
    selector.teamId = m_team->currentData().toLongLong();
    selector.identity = identitySegmentFromCode(m_identity->currentData().toString());
    selector.purpose = groupPurposeFromCode(m_purpose->currentData().toString());
    checkSelector(selector);
}

int SopApplyDialog::checkSelector(const GroupSelector &selector)
{
    QList<GroupChoice> groups;
    if (auto err = GroupSelectorRepository(m_db).resolve(selector, &groups)) {
        showError(err.message);
        return 0;
    }
    QList<qint64> ids = checkedGroups();
    QSet<qint64> seen(ids.cbegin(), ids.cend());
    for (const GroupChoice &g : std::as_const(groups)) {
        if (!seen.contains(g.id)) {
            seen.insert(g.id);
            ids.append(g.id);
        }
    }
    setCheckedGroups(ids);
    return int(groups.size());
}

void SopApplyDialog::loadGroups()
{
    QList<GroupChoice> groups;
    if (auto err = ScheduleRepository(m_db).listGroupChoices(&groups)) {
        showError(err.message);
        return;
    }
    // Not under a QSignalBlocker: the filter proxy must see the rows arrive.
    m_groups->clear();
    for (const GroupChoice &g : std::as_const(groups)) {
        auto *item = new QStandardItem(g.name);
        item->setData(g.id, GroupIdRole);
        item->setCheckable(true);
        item->setEditable(false);
        m_groups->appendRow(item);
    }
}

void SopApplyDialog::setStartDate(const QDate &date)
{
    m_start->setDate(date);
    refreshPreview();
}

QDate SopApplyDialog::startDate() const
{
    return m_start->date();
}

void SopApplyDialog::setCheckedGroups(const QList<qint64> &groupIds)
{
    const QSet<qint64> wanted(groupIds.cbegin(), groupIds.cend());
    m_settingChecks = true; // one preview at the end, not one per changed item
    for (int r = 0; r < m_groups->rowCount(); ++r) {
        QStandardItem *item = m_groups->item(r);
        const Qt::CheckState state
            = wanted.contains(item->data(GroupIdRole).toLongLong()) ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    }
    m_settingChecks = false;
    refreshPreview();
}

QList<qint64> SopApplyDialog::checkedGroups() const
{
    QList<qint64> ids;
    for (int r = 0; r < m_groups->rowCount(); ++r) {
        const QStandardItem *item = m_groups->item(r);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(GroupIdRole).toLongLong());
    }
    return ids;
}

QList<qint64> SopApplyDialog::listedGroups(int limit) const
{
    QList<qint64> ids;
    for (int r = 0; r < m_groupFilter->rowCount() && ids.size() < limit; ++r)
        ids.append(m_groupFilter->index(r, 0).data(GroupIdRole).toLongLong());
    return ids;
}

void SopApplyDialog::setGroupSearch(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text); // comes back here through textChanged
    else
        m_groupFilter->setFilterFixedString(text.trimmed());
}

void SopApplyDialog::setAllShown(bool checked)
{
    QList<qint64> ids = checkedGroups();
    QSet<qint64> set(ids.cbegin(), ids.cend());
    for (int r = 0; r < m_groupFilter->rowCount(); ++r) {
        const qint64 id = m_groupFilter->index(r, 0).data(GroupIdRole).toLongLong();
        if (checked)
            set.insert(id);
        else
            set.remove(id);
    }
    setCheckedGroups(QList<qint64>(set.cbegin(), set.cend()));
}

void SopApplyDialog::schedulePreview()
{
    if (!m_settingChecks)
        m_previewTimer->start();
}

void SopApplyDialog::refreshPreview()
{
    m_previewTimer->stop();
    m_error->hide();
    const QList<qint64> groups = checkedGroups();
    m_checkedLabel->setText(tr("%n group(s) checked", nullptr, int(groups.size())));
    if (groups.isEmpty()) {
        m_preview->clear();
        m_summary->setText(tr("Check the groups to put the template on."));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    SopApplyPlan plan;
    if (auto err = SopRepository(m_db).planApplication(m_templateId, groups, m_start->date(), &plan)) {
        m_preview->clear();
        m_summary->clear();
        showError(err.message);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_preview->setPlan(plan);
    // The calendar rules over the entries to create together with what is already planned on
    // those groups and days; conflicts are warnings, the entries can still be created.
    QList<CalendarConflict> conflicts;
    if (auto err = CalendarConflictRepository(m_db).checkProposed(plan.proposedEntries(), &conflicts))
        showError(err.message);
    m_preview->setConflicts(conflicts);
    const int skipped = int(plan.targets.size()) - plan.groupsToApply();
    QString text = tr("%1 entries will be created for %n group(s), from %2 to %3.", nullptr, plan.groupsToApply())
                       .arg(plan.entriesToCreate())
                       .arg(QLocale().toString(plan.occurrences.constFirst().at.date(), QLocale::ShortFormat),
                           QLocale().toString(plan.occurrences.constLast().at.date(), QLocale::ShortFormat));
    if (skipped > 0)
        text += QLatin1Char(' ')
            + tr("%n group(s) skipped: the template is already on their calendar from this date, or they are "
                 "archived or dissolved.",
                nullptr, skipped);
    if (!conflicts.isEmpty())
        text += QLatin1Char(' ')
            + tr("%n calendar conflict(s) on %1 entries, marked in red (for example: %2). You can still create "
                 "them, or pick another start date.",
                nullptr, int(conflicts.size()))
                  .arg(m_preview->rowsWithConflicts())
                  .arg(conflicts.constFirst().reason);
    m_summary->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(plan.groupsToApply() > 0);
}

QString SopApplyDialog::summaryText() const
{
    return m_summary->text();
}

QString SopApplyDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool SopApplyDialog::applyNow()
{
    SopApplyResult result;
    if (auto err = SopRepository(m_db).applyToGroups(m_templateId, checkedGroups(), m_start->date(), &result)) {
        showError(err.message);
        return false;
    }
    m_result = result;
    refreshPreview(); // every applied group now shows as skipped
    return true;
}

QString SopApplyDialog::resultText() const
{
    QString text = tr("“%1”: %2 entries created for %n group(s).", nullptr, int(m_result.created.size()))
                       .arg(m_templateName)
                       .arg(m_result.entries);
    if (!m_result.skipped.isEmpty()) {
        QStringList names;
        for (const SopApplyTarget &t : std::as_const(m_result.skipped))
            names.append(t.groupName);
        const int shown = 5;
        QString list = QStringList(names.mid(0, shown)).join(tr(", "));
        if (names.size() > shown)
            list += tr(" and %n more", nullptr, int(names.size()) - shown);
        text += QLatin1Char(' ') + tr("Skipped (already applied, archived or dissolved): %1.").arg(list);
    }
    return text;
}

void SopApplyDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace qundesk::ui
