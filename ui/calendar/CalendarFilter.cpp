#include "calendar/CalendarFilter.h"

#include "storage/ContentRepository.h"
#include "storage/DimensionRepository.h"
#include "storage/ScheduleRepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace qundesk::ui {

CalendarFilter::CalendarFilter(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_group = addCombo("filterGroup", tr("Group:"), tr("Only this group's posts (type part of a name)"));
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_group->completer()->setFilterMode(Qt::MatchContains);
    m_group->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_group->setMinimumContentsLength(10);
    m_tier = addCombo("filterTier", tr("Tier:"), tr("Only groups of this tier"));
    m_team = addCombo("filterTeam", tr("Team:"), tr("Only groups of this team"));
    m_operator = addCombo("filterOperator", tr("Operator:"), tr("Only posts this operator sends"));
    m_column = addCombo("filterColumn", tr("Column:"), tr("Only content of this column (栏目)"));
    m_status = addCombo("filterStatus", tr("Status:"), tr("Only posts with this status"));
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilterButton"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show every post again"));
    layout->addWidget(m_clear);
    layout->addStretch(1);
    connect(m_clear, &QToolButton::clicked, this, &CalendarFilter::clear);
    QList<QPair<qint64, QString>> statuses;
    for (ScheduleStatus s : allScheduleStatuses())
        statuses.append({ qint64(s) + 1, scheduleStatusLabel(s) });
    fill(m_status, statuses);
}

CalendarFilter::~CalendarFilter() = default;

QComboBox *CalendarFilter::addCombo(const char *objectName, const QString &label, const QString &tip)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QString::fromLatin1(objectName));
    combo->setToolTip(tip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumContentsLength(6);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(combo);
    auto *layout = static_cast<QHBoxLayout *>(this->layout());
    layout->addWidget(caption);
    layout->addWidget(combo);
    layout->addSpacing(6);
    connect(combo, &QComboBox::currentIndexChanged, this, &CalendarFilter::changed);
    return combo;
}

void CalendarFilter::fill(QComboBox *combo, const QList<QPair<qint64, QString>> &items)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("All"), qint64(0));
    for (const auto &item : items)
        combo->addItem(item.second, item.first);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void CalendarFilter::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    reload();
}

void CalendarFilter::reload()
{
    const ScheduleFilter before = filter();
    QList<QPair<qint64, QString>> groups, tiers, teams, operators, columns;
    if (m_db.isValid() && m_db.isOpen()) {
        // A failed list leaves its box with "All" only; the calendar still works unfiltered.
        QList<GroupChoice> groupChoices;
        if (!ScheduleRepository(m_db).listGroupChoices(&groupChoices)) {
            for (const GroupChoice &g : std::as_const(groupChoices))
                groups.append({ g.id, g.name });
        }
        DimensionRepository dims(m_db);
        QList<Tier> tierList;
        if (!dims.listTiers(&tierList)) {
            for (const Tier &t : std::as_const(tierList))
                tiers.append({ t.id, t.name });
        }
        QList<Team> teamList;
        if (!dims.listTeams(&teamList)) {
            for (const Team &t : std::as_const(teamList))
                teams.append({ t.id, t.name });
        }
        QList<Operator> operatorList;
        if (!dims.listOperators(&operatorList)) {
            for (const Operator &o : std::as_const(operatorList))
                operators.append({ o.id, o.name });
        }
        QList<ContentColumn> columnList;
        if (!ContentRepository(m_db).listColumns(&columnList)) {
            for (const ContentColumn &c : std::as_const(columnList))
                columns.append({ c.id, c.name });
        }
    }
    fill(m_group, groups);
    fill(m_tier, tiers);
    fill(m_team, teams);
    fill(m_operator, operators);
    fill(m_column, columns);
    if (!(filter() == before))
        emit filterChanged(filter());
}

ScheduleFilter CalendarFilter::filter() const
{
    const auto id = [](const QComboBox *c) { return c->currentIndex() < 0 ? 0 : c->currentData().toLongLong(); };
    ScheduleFilter f;
    f.groupId = id(m_group);
    f.tierId = id(m_tier);
    f.teamId = id(m_team);
    f.operatorId = id(m_operator);
    f.columnId = id(m_column);
    if (const qint64 status = id(m_status); status > 0)
        f.status = ScheduleStatus(status - 1);
    return f;
}

void CalendarFilter::setFilter(const ScheduleFilter &filter)
{
    const ScheduleFilter before = this->filter();
    const auto pick = [](QComboBox *c, qint64 id) {
        const QSignalBlocker blocker(c);
        const int index = c->findData(id);
        c->setCurrentIndex(index < 0 ? 0 : index);
    };
    pick(m_group, filter.groupId);
    pick(m_tier, filter.tierId);
    pick(m_team, filter.teamId);
    pick(m_operator, filter.operatorId);
    pick(m_column, filter.columnId);
    pick(m_status, filter.status ? qint64(*filter.status) + 1 : 0);
    m_clear->setEnabled(!this->filter().isEmpty());
    if (!(this->filter() == before))
        emit filterChanged(this->filter());
}

void CalendarFilter::clear()
{
    setFilter({});
}

QString CalendarFilter::summary() const
{
    QStringList parts;
    for (const QComboBox *c : { m_group, m_tier, m_team, m_operator, m_column, m_status }) {
        if (c->currentIndex() > 0)
            parts << c->currentText();
    }
    return parts.join(QStringLiteral(" · "));
}

void CalendarFilter::changed()
{
    m_clear->setEnabled(!filter().isEmpty());
    emit filterChanged(filter());
}

} // namespace qundesk::ui
