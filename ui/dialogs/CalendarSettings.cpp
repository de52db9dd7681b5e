#include "dialogs/CalendarSettings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace qundesk::ui {

namespace {

enum SlotColumn { TimeColumn, LabelColumn, MaxColumn, SlotColumnCount };

// The slot id rides on the label item so a kept slot keeps its row id.
constexpr int SlotIdRole = Qt::UserRole + 1;

const QList<std::pair<QTime, const char *>> &defaultSlots()
{
    // The schema's seed (migration 1), so "restore defaults" gives the same day.
    static const QList<std::pair<QTime, const char *>> timeSlots = {
        {QTime(9, 0), "早安问候"},   {QTime(10, 0), "上午干货"}, {QTime(13, 0), "午间话题"},
        {QTime(14, 0), "下午活动"},  {QTime(16, 0), "下午茶福利"}, {QTime(17, 0), "傍晚互动"},
        {QTime(20, 0), "晚间主推"},  {QTime(22, 0), "晚安总结"},
    };
    return timeSlots;
}

} // namespace

CalendarSettings::CalendarSettings(QWidget *parent)
    : QWidget(parent)
{
    m_slots = new QTableWidget(0, SlotColumnCount, this);
    m_slots->setObjectName(QStringLiteral("calendarSlots"));
    m_slots->setHorizontalHeaderLabels({tr("Time"), tr("Label"), tr("Max posts")});
    m_slots->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_slots->verticalHeader()->hide();
    m_slots->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_slots->setToolTip(tr("The fixed posting times of a day (时段). Max posts: how many posts one group may "
                           "get at that time before the calendar reports a conflict (a time that is not a slot "
                           "allows one)."));

    m_add = new QPushButton(tr("Add slot"), this);
    m_remove = new QPushButton(tr("Remove slot"), this);
    auto *defaults = new QPushButton(tr("Restore defaults"), this);
    connect(m_add, &QPushButton::clicked, this, [this] {
        // The hour after the last slot, so the new row does not clash straight away.
        QTime t(12, 0);
        if (m_slots->rowCount() > 0) {
            const auto *last = qobject_cast<QTimeEdit *>(m_slots->cellWidget(m_slots->rowCount() - 1, TimeColumn));
            if (last && last->time().hour() < 23)
                t = QTime(last->time().hour() + 1, 0);
        }
        addSlot({0, t, QString(), 1});
    });
    connect(m_remove, &QPushButton::clicked, this, &CalendarSettings::removeSelectedSlots);
    connect(defaults, &QPushButton::clicked, this, &CalendarSettings::restoreDefaults);
    connect(m_slots, &QTableWidget::itemSelectionChanged, this, &CalendarSettings::updateButtons);
    auto *slotButtons = new QHBoxLayout;
    slotButtons->addWidget(m_add);
    slotButtons->addWidget(m_remove);
    slotButtons->addStretch();
    slotButtons->addWidget(defaults);

    m_dailyMax = new QSpinBox(this);
    m_dailyMax->setObjectName(QStringLiteral("calendarDailyMax"));
    m_dailyMax->setRange(1, 1000);
    m_dailyMax->setToolTip(tr("More posts than this to one group in one day is reported as a conflict. "
                              "Default %1: one per slot of the default day.")
                               .arg(CalendarRules::DefaultDailyMaxPosts));
    m_quietEnabled = new QCheckBox(tr("No posts from"), this);
    m_quietEnabled->setObjectName(QStringLiteral("calendarQuietEnabled"));
    m_quietStart = new QTimeEdit(this);
    m_quietStart->setObjectName(QStringLiteral("calendarQuietStart"));
    m_quietEnd = new QTimeEdit(this);
    m_quietEnd->setObjectName(QStringLiteral("calendarQuietEnd"));
    for (QTimeEdit *edit : {m_quietStart, m_quietEnd})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    connect(m_quietEnabled, &QCheckBox::toggled, m_quietStart, &QWidget::setEnabled);
    connect(m_quietEnabled, &QCheckBox::toggled, m_quietEnd, &QWidget::setEnabled);
    auto *quiet = new QHBoxLayout;
    quiet->addWidget(m_quietEnabled);
    quiet->addWidget(m_quietStart);
    quiet->addWidget(new QLabel(tr("to"), this));
    quiet->addWidget(m_quietEnd);
    quiet->addStretch();
    auto *quietNote = new QLabel(tr("Quiet hours (免打扰): members are asleep; a start after the end runs across "
                                    "midnight, e.g. 22:30 to 08:00."),
                                 this);
    quietNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Daily maximum per group:"), m_dailyMax);
    form->addRow(tr("Quiet hours:"), quiet);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Time slots:"), this));
    layout->addWidget(m_slots, 1);
    layout->addLayout(slotButtons);
    layout->addLayout(form);
    layout->addWidget(quietNote);
    restoreDefaults();
}

void CalendarSettings::addSlot(const TimeSlot &slot)
{
    const int row = m_slots->rowCount();
    m_slots->insertRow(row);
    auto *time = new QTimeEdit(slot.time, m_slots);
    time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_slots->setCellWidget(row, TimeColumn, time);
    auto *label = new QTableWidgetItem(slot.label);
    label->setData(SlotIdRole, slot.id);
    m_slots->setItem(row, LabelColumn, label);
    auto *max = new QSpinBox(m_slots);
    max->setRange(1, 100);
    max->setValue(std::clamp(slot.maxPosts, 1, 100));
    m_slots->setCellWidget(row, MaxColumn, max);
    m_slots->selectRow(row);
    updateButtons();
}

void CalendarSettings::removeSelectedSlots()
{
    QList<int> rows;
    for (const QModelIndex &index : m_slots->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_slots->removeRow(row);
    updateButtons();
}

void CalendarSettings::updateButtons()
{
    m_remove->setEnabled(m_slots->selectionModel()->hasSelection() && m_slots->rowCount() > 1);
}

CalendarSettingsValues CalendarSettings::values() const
{
    CalendarSettingsValues v;
    v.rules.dailyMaxPosts = m_dailyMax->value();
    v.rules.quiet.start = m_quietStart->time();
    // Quiet hours off: an empty window (start == end).
    v.rules.quiet.end = m_quietEnabled->isChecked() ? m_quietEnd->time() : m_quietStart->time();
    for (int row = 0; row < m_slots->rowCount(); ++row) {
        TimeSlot s;
        const QTableWidgetItem *label = m_slots->item(row, LabelColumn);
        s.id = label ? label->data(SlotIdRole).toLongLong() : 0;
        s.label = label ? label->text().trimmed() : QString();
        if (const auto *time = qobject_cast<QTimeEdit *>(m_slots->cellWidget(row, TimeColumn)))
            s.time = QTime(time->time().hour(), time->time().minute());
        if (const auto *max = qobject_cast<QSpinBox *>(m_slots->cellWidget(row, MaxColumn)))
            s.maxPosts = max->value();
        v.timeSlots.append(s);
    }
    return v;
}

void CalendarSettings::setValues(const CalendarSettingsValues &values)
{
    m_slots->setRowCount(0);
    for (const TimeSlot &s : values.timeSlots)
        addSlot(s);
    m_slots->clearSelection();
    m_dailyMax->setValue(values.rules.dailyMaxPosts);
    const bool quiet = values.rules.quiet.isEnabled();
    m_quietEnabled->setChecked(quiet);
    m_quietStart->setEnabled(quiet);
    m_quietEnd->setEnabled(quiet);
    m_quietStart->setTime(quiet ? values.rules.quiet.start : QuietHours().start);
    m_quietEnd->setTime(quiet ? values.rules.quiet.end : QuietHours().end);
    updateButtons();
}

void CalendarSettings::restoreDefaults()
{
    // Keep the ids of slots whose time is a default time, so their history stays one row.
    QHash<int, qint64> idsByMinute;
    for (const TimeSlot &s : values().timeSlots)
        idsByMinute.insert(s.time.hour() * 60 + s.time.minute(), s.id);
    CalendarSettingsValues v;
    for (const auto &[time, label] : defaultSlots())
        v.timeSlots.append({idsByMinute.value(time.hour() * 60 + time.minute()), time, QString::fromUtf8(label), 1});
    setValues(v);
}

bool CalendarSettings::load(const QSqlDatabase &db, QString *error)
{
    CalendarSettingsValues v;
    if (auto err = CalendarSettingsRepository(db).load(&v)) {
        *error = err.message;
        return false;
    }
    setValues(v);
    return true;
}

bool CalendarSettings::save(const QSqlDatabase &db, QString *error)
{
    if (auto err = CalendarSettingsRepository(db).save(values())) {
        *error = err.message;
        return false;
    }
    return true;
}

} // namespace qundesk::ui
