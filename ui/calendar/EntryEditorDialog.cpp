#include "calendar/EntryEditorDialog.h"

#include "calendar/GroupTargetPicker.h"

#include "storage/CalendarConflictRepository.h"
#include "storage/ContentRepository.h"
#include "storage/DimensionRepository.h"
#include "storage/ScheduleRepository.h"

#include <QColor>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

// The slot combo's last row: a time typed by hand.
constexpr int CustomSlot = -1;

// The content combo keeps each item's bare title beside its "kind · title" text.
constexpr int ContentTitleRole = Qt::UserRole + 1;

int comboIndexOfId(const QComboBox *combo, qint64 id)
{
    return combo->findData(id);
}

} // namespace

EntryEditorDialog::EntryEditorDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    buildUi();
    loadChoices();
    startNew(QDate::currentDate());
}

EntryEditorDialog::~EntryEditorDialog() = default;

void EntryEditorDialog::buildUi()
{
    setWindowTitle(tr("Calendar entry"));

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("entryTitle"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("entryBody"));
    m_body->setPlaceholderText(tr("The text or script to post; empty uses the content item's body."));
    m_body->setMinimumHeight(80);
    m_body->setMaximumHeight(140);
    m_content = new QComboBox(this);
    m_content->setObjectName(QStringLiteral("entryContent"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("entryKind"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("entryDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd ddd"));
    m_slot = new QComboBox(this);
    m_slot->setObjectName(QStringLiteral("entrySlot"));
    m_customTime = new QTimeEdit(this);
    m_customTime->setObjectName(QStringLiteral("entryCustomTime"));
    m_customTime->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *when = new QHBoxLayout;
    when->addWidget(m_date, 1);
    when->addWidget(m_slot, 1);
    when->addWidget(m_customTime);

    m_target = new GroupTargetPicker(this);
    m_target->setObjectName(QStringLiteral("entryTarget"));

    m_operator = new QComboBox(this);
    m_operator->setObjectName(QStringLiteral("entryOperator"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("entryStatus"));
    for (ScheduleStatus s : allScheduleStatuses())
        m_status->addItem(scheduleStatusLabel(s), int(s));
    for (ContentKind k : allContentKinds()) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(contentKindColor(k)));
        m_kind->addItem(QIcon(swatch), contentKindLabel(k), int(k));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Content item:"), m_content);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Text / script:"), m_body);
    form->addRow(tr("When:"), when);
    form->addRow(tr("Target:"), m_target);
    form->addRow(tr("Operator:"), m_operator);
    form->addRow(tr("Status:"), m_status);
    m_allGroups = new QCheckBox(this);
    m_allGroups->setObjectName(QStringLiteral("entryAllGroups"));
    m_allGroups->hide();
    form->addRow(QString(), m_allGroups);

    m_conflictHeader = new QLabel(this);
    m_conflictHeader->setObjectName(QStringLiteral("entryConflictHeader"));
    m_conflictList = new QListWidget(this);
    m_conflictList->setObjectName(QStringLiteral("entryConflicts"));
    m_conflictList->setWordWrap(true);
    m_conflictList->setMinimumHeight(90);
    m_conflictList->setSelectionMode(QAbstractItemView::NoSelection);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("entryError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EntryEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_conflictHeader);
    layout->addWidget(m_conflictList, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 720);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &EntryEditorDialog::refreshConflicts);

    connect(m_target, &GroupTargetPicker::changed, this, &EntryEditorDialog::scheduleRefresh);
    connect(m_slot, &QComboBox::currentIndexChanged, this, [this] {
        updateCustomTime();
        scheduleRefresh();
    });
    connect(m_content, &QComboBox::currentIndexChanged, this, [this] {
        // A content item brings its kind along; the user can still change it.
        const qint64 id = m_content->currentData().toLongLong();
        if (id > 0) {
            ContentItem item;
            if (!ContentRepository(m_db).item(id, &item))
                m_kind->setCurrentIndex(m_kind->findData(int(item.kind)));
        }
        updateTitlePlaceholder();
        scheduleRefresh();
    });
    for (QComboBox *combo : {m_kind, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &EntryEditorDialog::scheduleRefresh);
    connect(m_date, &QDateEdit::dateChanged, this, &EntryEditorDialog::scheduleRefresh);
    connect(m_customTime, &QTimeEdit::timeChanged, this, &EntryEditorDialog::scheduleRefresh);
    connect(m_title, &QLineEdit::textChanged, this, &EntryEditorDialog::scheduleRefresh);
}

void EntryEditorDialog::loadChoices()
{
    QStringList problems;
    QList<TimeSlot> timeSlots;
    if (auto err = ContentRepository(m_db).listTimeSlots(&timeSlots))
        problems << err.message;
    for (const TimeSlot &slot : timeSlots) {
        const QString text = slot.label.isEmpty()
            ? slot.time.toString(QStringLiteral("HH:mm"))
            : slot.time.toString(QStringLiteral("HH:mm")) + QStringLiteral("  ") + slot.label;
        m_slot->addItem(text, slot.time);
    }
    m_slot->addItem(tr("Custom time…"), CustomSlot);

    m_content->addItem(tr("(none: title and text below)"), qint64(0));
    QList<ContentItem> items;
    ContentItemFilter filter;
    filter.status = ContentStatus::Ready;
    if (auto err = ContentRepository(m_db).listItems(filter, &items))
        problems << err.message;
    for (const ContentItem &item : items) {
        m_content->addItem(QStringLiteral("%1 · %2").arg(contentKindLabel(item.kind), item.title), item.id);
        m_content->setItemData(m_content->count() - 1, item.title, ContentTitleRole);
    }

    if (QString error; !m_target->setDatabase(m_db, &error))
        problems << error;

    DimensionRepository dims(m_db);
    m_operator->addItem(tr("(the group's operator)"), qint64(0));
    QList<Operator> operators;
    if (auto err = dims.listOperators(&operators))
        problems << err.message;
    for (const Operator &op : operators) {
        if (op.active)
            m_operator->addItem(op.name, op.id);
    }
    if (!problems.isEmpty())
        showError(problems.join(QLatin1Char('\n')));
}

void EntryEditorDialog::startNew(const QDate &date, const QTime &time, qint64 groupId)
{
    EntryDraft draft;
    draft.entry.scheduledAt = QDateTime(date.isValid() ? date : QDate::currentDate(),
                                        time.isValid() ? time : m_slot->itemData(0).toTime());
    if (!draft.entry.scheduledAt.time().isValid())
        draft.entry.scheduledAt.setTime(QTime(9, 0));
    if (groupId <= 0 && groupCombo()->count() > 0)
        groupId = groupCombo()->itemData(0).toLongLong();
    draft.target = GroupSelector::single(groupId);
    startNew(draft);
}

void EntryEditorDialog::startNew(const EntryDraft &draft)
{
    m_entryId = 0;
    m_sopApplicationId = 0;
    m_sopStepId = 0;
    m_doneAt = {};
    m_savedIds.clear();
    setWindowTitle(tr("New calendar entry"));
    EntryDraft fresh = draft;
    fresh.effectiveKind.reset();
    m_target->setSelectorAllowed(true);
    setDraft(fresh);
}

bool EntryEditorDialog::loadEntry(qint64 entryId, QString *error)
{
    EntryDraft draft;
    if (auto err = EntryEditorRepository(m_db).load(entryId, &draft)) {
        showError(err.message);
        if (error)
            *error = err.message;
        return false;
    }
    m_entryId = entryId;
    m_sopApplicationId = draft.entry.sopApplicationId;
    m_sopStepId = draft.entry.sopStepId;
    m_doneAt = draft.entry.doneAt;
    m_savedIds.clear();
    setWindowTitle(tr("Edit calendar entry #%1").arg(entryId));
    // A stored entry belongs to one group; a selector only makes sense for new entries. A group
    // dissolved since still shows (setSelector adds it), so the edit does not move the entry.
    m_target->setSelectorAllowed(false);
    setDraft(draft);
    return true;
}

void EntryEditorDialog::setDraft(const EntryDraft &draft)
{
    const ScheduleEntry &e = draft.entry;
    m_title->setText(e.title);
    m_body->setPlainText(e.body);
    int contentIndex = comboIndexOfId(m_content, e.contentItemId);
    if (e.contentItemId > 0 && contentIndex < 0) {
        // Drafts and archived items are not offered for new entries but keep showing here.
        ContentItem item;
        if (!ContentRepository(m_db).item(e.contentItemId, &item)) {
            m_content->addItem(QStringLiteral("%1 · %2").arg(contentKindLabel(item.kind), item.title), item.id);
            contentIndex = m_content->count() - 1;
            m_content->setItemData(contentIndex, item.title, ContentTitleRole);
        }
    }
    m_content->setCurrentIndex(std::max(0, contentIndex));
    m_inheritedKind = draft.kind ? std::nullopt : draft.effectiveKind;
    const std::optional<ContentKind> shown = draft.kind ? draft.kind : draft.effectiveKind;
    if (shown)
        m_kind->setCurrentIndex(m_kind->findData(int(*shown)));
    else if (e.contentItemId <= 0)
        m_kind->setCurrentIndex(m_kind->findData(int(ContentKind::Announcement)));
    m_date->setDate(e.scheduledAt.date());
    selectTime(e.scheduledAt.time());
    m_status->setCurrentIndex(m_status->findData(int(e.status)));
    m_operator->setCurrentIndex(std::max(0, comboIndexOfId(m_operator, e.operatorId)));
    m_target->setSelector(draft.target);
    updateTitlePlaceholder();
    m_error->hide();
    refreshConflicts();
}

void EntryEditorDialog::selectTime(const QTime &time)
{
    for (int i = 0; i < m_slot->count(); ++i) {
        if (m_slot->itemData(i).metaType().id() == QMetaType::QTime && m_slot->itemData(i).toTime() == time) {
            m_slot->setCurrentIndex(i);
            updateCustomTime();
            return;
        }
    }
    m_slot->setCurrentIndex(m_slot->count() - 1);
    m_customTime->setTime(time.isValid() ? QTime(time.hour(), time.minute()) : QTime(9, 0));
    updateCustomTime();
}

QTime EntryEditorDialog::chosenTime() const
{
    const QVariant data = m_slot->currentData();
    if (data.metaType().id() == QMetaType::QTime)
        return data.toTime();
    const QTime t = m_customTime->time();
    return QTime(t.hour(), t.minute());
}

void EntryEditorDialog::updateCustomTime()
{
    const bool custom = m_slot->currentData().metaType().id() != QMetaType::QTime;
    m_customTime->setEnabled(custom);
    if (!custom)
        m_customTime->setTime(m_slot->currentData().toTime());
}

void EntryEditorDialog::updateTitlePlaceholder()
{
    const qint64 id = m_content->currentData().toLongLong();
    m_title->setPlaceholderText(id > 0 ? tr("Empty: the content item's title")
                                       : tr("Required without a content item"));
}

void EntryEditorDialog::setSelectorMode(bool selector)
{
    m_target->setSelectorMode(selector);
    m_target->refresh();
}

bool EntryEditorDialog::isSelectorMode() const
{
    return m_target->isSelectorMode();
}

void EntryEditorDialog::setSelector(const GroupSelector &selector)
{
    m_target->setSelector(selector);
}

int EntryEditorDialog::targetGroupCount() const
{
    return m_target->groupCount();
}

QComboBox *EntryEditorDialog::groupCombo() const
{
    return m_target->groupCombo();
}

EntryDraft EntryEditorDialog::draft() const
{
    EntryDraft d;
    ScheduleEntry &e = d.entry;
    e.id = m_entryId;
    e.contentItemId = m_content->currentData().toLongLong();
    d.target = m_target->selector();
    e.groupId = d.target.groupId;
    e.scheduledAt = QDateTime(m_date->date(), chosenTime());
    e.title = m_title->text().trimmed();
    e.body = m_body->toPlainText();
    e.status = ScheduleStatus(m_status->currentData().toInt());
    e.doneAt = e.status == ScheduleStatus::Done ? m_doneAt : QDateTime();
    e.operatorId = m_operator->currentData().toLongLong();
    e.sopApplicationId = m_sopApplicationId;
    e.sopStepId = m_sopStepId;
    const auto chosen = ContentKind(m_kind->currentData().toInt());
    if (!(m_inheritedKind && *m_inheritedKind == chosen))
        d.kind = chosen;
    d.effectiveKind = chosen;
    return d;
}

void EntryEditorDialog::scheduleRefresh()
{
    m_refreshTimer->start();
}

void EntryEditorDialog::refreshConflicts()
{
    m_refreshTimer->stop();
    const EntryDraft d = draft();
    const QList<GroupChoice> groups = m_target->groups();
    m_conflicts.clear();
    m_conflictList->clear();
    if (!m_target->lastError().isEmpty()) {
        m_conflictHeader->setText(m_target->lastError());
        m_conflictHeader->setStyleSheet(QStringLiteral("color: #c0392b;"));
        return;
    }

    QList<ConflictEntry> proposed;
    proposed.reserve(groups.size());
    qint64 nextId = -1;
    for (const GroupChoice &g : groups) {
        ConflictEntry c;
        c.id = m_entryId > 0 ? m_entryId : nextId--;
        c.groupId = g.id;
        c.scheduledAt = d.entry.scheduledAt;
        c.status = d.entry.status;
        c.kind = d.effectiveKind;
        c.sopApplicationId = d.entry.sopApplicationId;
        c.title = d.entry.title.isEmpty() ? m_content->currentData(ContentTitleRole).toString() : d.entry.title;
        proposed.append(c);
    }
    if (auto err = CalendarConflictRepository(m_db).checkProposed(proposed, &m_conflicts)) {
        showError(err.message);
        return;
    }
    if (m_conflicts.isEmpty()) {
        m_conflictHeader->setText(tr("No conflicts."));
        m_conflictHeader->setStyleSheet(QStringLiteral("color: #27ae60;"));
    } else {
        m_conflictHeader->setText(tr("%n conflict(s); saving is still allowed:", nullptr, int(m_conflicts.size())));
        m_conflictHeader->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    }
    for (const CalendarConflict &c : std::as_const(m_conflicts)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(conflictKindLabel(c.kind), c.reason));
        item->setData(Qt::UserRole, conflictKindCode(c.kind));
        item->setToolTip(c.reason);
        m_conflictList->addItem(item);
    }
}

void EntryEditorDialog::showError(const QString &message)
{
    m_lastError = message;
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool EntryEditorDialog::save()
{
    m_savedIds.clear();
    showError(QString());
    const EntryDraft d = draft();
    if (!isSelectorMode() && d.target.groupId <= 0) {
        showError(tr("Choose the group to post to."));
        return false;
    }
    if (d.entry.contentItemId <= 0 && d.entry.title.isEmpty()) {
        showError(tr("Give the entry a title or choose a content item."));
        m_title->setFocus();
        return false;
    }
    EntryEditorRepository repo(m_db);
    if (m_entryId > 0 && m_siblings.size() > 1 && m_allGroups->isChecked()) {
        if (auto err = repo.updateAll(m_siblings, d)) {
            showError(err.message);
            return false;
        }
        m_savedIds = m_siblings;
    } else if (m_entryId > 0) {
        if (auto err = repo.update(m_entryId, d)) {
            showError(err.message);
            return false;
        }
        m_savedIds = {m_entryId};
    } else if (auto err = repo.create(d, &m_savedIds)) {
        showError(err.message);
        return false;
    }
    emit saved(m_savedIds);
    return true;
}

void EntryEditorDialog::setSiblingEntries(const QList<qint64> &entryIds)
{
    m_siblings = entryIds;
    if (m_entryId > 0 && !m_siblings.contains(m_entryId))
        m_siblings.prepend(m_entryId);
    const bool several = m_siblings.size() > 1;
    m_allGroups->setText(tr("Save the changes for all %n groups of this post (each keeps its group and operator)",
                            nullptr, int(m_siblings.size())));
    m_allGroups->setChecked(several);
    m_allGroups->setVisible(several);
}

void EntryEditorDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool EntryEditorDialog::saveScreenshot(const QSqlDatabase &db, const QString &dir, const QString &prefix)
{
    EntryEditorDialog dialog(db);
    // The busiest day of the coming week, so the conflict list has something to show.
    QDate day = QDate::currentDate();
    QList<CalendarConflict> conflicts;
    if (!CalendarConflictRepository(db).check(day, day.addDays(13), 0, &conflicts) && !conflicts.isEmpty())
        day = conflicts.constFirst().day;
    EntryDraft draft;
    draft.entry.title = tr("Flash sale preview");
    draft.entry.body = tr("Tonight at 20:00: members' flash sale, first 50 orders get a gift.");
    draft.entry.scheduledAt = QDateTime(day, QTime(20, 0));
    draft.kind = ContentKind::FlashSale;
    draft.target.purpose = GroupPurpose::Perks;
    dialog.startNew(draft);
    dialog.refreshConflicts();
    dialog.show();
    QCoreApplication::processEvents();
    return dialog.grab().save(QDir(dir).filePath(prefix + QStringLiteral(".png")));
}

} // namespace qundesk::ui
