#include "calendar/SopPage.h"

#include "calendar/SopApplyDialog.h"
#include "domain/Sop.h"
#include "models/SopApplicationModel.h"
#include "models/SopStepModel.h"
#include "models/SopTemplateModel.h"
#include "storage/ContentRepository.h"
#include "storage/SopRepository.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

const QString timeFormat = QStringLiteral("HH:mm");

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

SopPage::SopPage(QWidget *parent)
    : QWidget(parent)
    , m_templates(new SopTemplateModel(this))
    , m_steps(new SopStepModel(this))
    , m_applications(new SopApplicationModel(this))
{
    setObjectName(QStringLiteral("sop"));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("SOP templates"), question, QMessageBox::Yes | QMessageBox::Cancel,
                   QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    buildUi();
    updateActions();
}

void SopPage::buildUi()
{
    // Left: the templates, and below them the selected template's applications.
    m_templateView = makeTable(this, QStringLiteral("templateView"));
    m_templateView->setModel(m_templates);
    m_templateView->horizontalHeader()->setSectionResizeMode(SopTemplateModel::Name, QHeaderView::Stretch);
    m_templateView->horizontalHeader()->setSectionResizeMode(SopTemplateModel::Kind, QHeaderView::ResizeToContents);
    m_templateView->horizontalHeader()->setSectionResizeMode(SopTemplateModel::Duration, QHeaderView::ResizeToContents);
    m_templateView->horizontalHeader()->setSectionResizeMode(SopTemplateModel::StepCount, QHeaderView::ResizeToContents);
    m_newButton = new QPushButton(tr("New"), this);
    m_newButton->setObjectName(QStringLiteral("newTemplate"));
    m_duplicateTemplateButton = new QPushButton(tr("Duplicate"), this);
    m_duplicateTemplateButton->setObjectName(QStringLiteral("duplicateTemplate"));
    m_duplicateTemplateButton->setToolTip(tr("Make an editable copy of this template"));
    m_deleteTemplateButton = new QPushButton(tr("Delete"), this);
    m_deleteTemplateButton->setObjectName(QStringLiteral("deleteTemplate"));
    m_installButton = new QPushButton(tr("Install built-ins"), this);
    m_installButton->setObjectName(QStringLiteral("installBuiltins"));
    m_installButton->setToolTip(tr("Add the built-in 7, 21 and 30-day plans and the weekly rhythm if missing"));
    auto *templateBox = new QGroupBox(tr("SOP templates"), this);
    auto *templateLayout = new QVBoxLayout(templateBox);
    templateLayout->addWidget(m_templateView, 1);
    auto *templateButtons = new QHBoxLayout;
    templateButtons->addWidget(m_newButton);
    templateButtons->addWidget(m_duplicateTemplateButton);
    templateButtons->addWidget(m_deleteTemplateButton);
    templateButtons->addStretch(1);
    templateButtons->addWidget(m_installButton);
    templateLayout->addLayout(templateButtons);

    m_applicationView = makeTable(this, QStringLiteral("applicationView"));
    m_applicationView->setModel(m_applications);
    m_applicationView->horizontalHeader()->setSectionResizeMode(SopApplicationModel::Group, QHeaderView::Stretch);
    m_applicationView->hideColumn(SopApplicationModel::Template);
    for (const int column : { SopApplicationModel::Start, SopApplicationModel::AppliedAt, SopApplicationModel::Entries })
        m_applicationView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_undoButton = new QPushButton(tr("Undo application…"), this);
    m_undoButton->setObjectName(QStringLiteral("undoApplication"));
    m_undoButton->setToolTip(tr("Remove exactly the calendar entries this application created"));
    auto *applicationBox = new QGroupBox(tr("Applied to"), this);
    auto *applicationLayout = new QVBoxLayout(applicationBox);
    applicationLayout->addWidget(m_applicationView, 1);
    auto *applicationButtons = new QHBoxLayout;
    applicationButtons->addStretch(1);
    applicationButtons->addWidget(m_undoButton);
    applicationLayout->addLayout(applicationButtons);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(templateBox);
    left->addWidget(applicationBox);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);

    // Right: the editor.
    m_readOnlyLabel = new QLabel(tr("Built-in template: read-only. Duplicate it to make an editable copy."), this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setStyleSheet(
        QStringLiteral("background: #fdf2d0; color: #6b5200; padding: 4px 8px; border-radius: 3px;"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("templateKind"));
    m_kind->addItem(sopKindLabel(SopKind::Campaign), int(SopKind::Campaign));
    m_kind->addItem(sopKindLabel(SopKind::Weekly), int(SopKind::Weekly));
    m_kind->setToolTip(tr("Campaign: steps on day 1, 2, 3… from the start date. Weekly: steps on weekdays, "
                          "repeated for the duration."));
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("templateDuration"));
    m_duration->setRange(1, 366);
    m_duration->setSuffix(tr(" days"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("templateDescription"));
    m_description->setFixedHeight(m_description->fontMetrics().height() * 3 + 12);
    m_description->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *header = new QFormLayout;
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind);
    kindRow->addWidget(new QLabel(tr("Duration:"), this));
    kindRow->addWidget(m_duration);
    kindRow->addStretch(1);
    header->addRow(tr("Name:"), m_name);
    header->addRow(tr("Kind:"), kindRow);
    header->addRow(tr("Description:"), m_description);

    m_stepView = makeTable(this, QStringLiteral("stepView"));
    m_stepView->setModel(m_steps);
    m_stepView->horizontalHeader()->setSectionResizeMode(SopStepModel::Title, QHeaderView::Stretch);
    m_stepView->setColumnWidth(SopStepModel::Day, 90);
    m_stepView->setColumnWidth(SopStepModel::Slot, 60);
    m_stepView->setColumnWidth(SopStepModel::Kind, 110);
    m_addStep = new QPushButton(tr("Add step"), this);
    m_addStep->setObjectName(QStringLiteral("addStep"));
    m_duplicateStep = new QPushButton(tr("Duplicate step"), this);
    m_duplicateStep->setObjectName(QStringLiteral("duplicateStep"));
    m_removeStep = new QPushButton(tr("Delete step"), this);
    m_removeStep->setObjectName(QStringLiteral("removeStep"));
    m_upButton = new QPushButton(tr("Move up"), this);
    m_upButton->setObjectName(QStringLiteral("moveUp"));
    m_downButton = new QPushButton(tr("Move down"), this);
    m_downButton->setObjectName(QStringLiteral("moveDown"));
    auto *stepButtons = new QHBoxLayout;
    for (QPushButton *b : { m_addStep, m_duplicateStep, m_removeStep, m_upButton, m_downButton })
        stepButtons->addWidget(b);
    stepButtons->addStretch(1);

    m_day = new QComboBox(this);
    m_day->setObjectName(QStringLiteral("stepDay"));
    m_time = new QComboBox(this);
    m_time->setObjectName(QStringLiteral("stepTime"));
    m_time->setEditable(true);
    m_time->setInsertPolicy(QComboBox::NoInsert);
    m_time->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^([01]?[0-9]|2[0-3]):[0-5][0-9]$")), m_time));
    m_time->setToolTip(tr("A time slot from the calendar settings, or any time as HH:mm"));
    m_stepKind = new QComboBox(this);
    m_stepKind->setObjectName(QStringLiteral("stepKind"));
    for (const ContentKind kind : allContentKinds())
        m_stepKind->addItem(contentKindLabel(kind), int(kind));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("stepTitle"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("stepBody"));
    m_body->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_body->setPlaceholderText(tr("The text or script to post, ready to copy into the group"));
    auto *stepForm = new QFormLayout;
    auto *whenRow = new QHBoxLayout;
    whenRow->addWidget(m_day);
    whenRow->addWidget(new QLabel(tr("Time:"), this));
    whenRow->addWidget(m_time);
    whenRow->addWidget(new QLabel(tr("Kind:"), this));
    whenRow->addWidget(m_stepKind);
    whenRow->addStretch(1);
    stepForm->addRow(tr("Day:"), whenRow);
    stepForm->addRow(tr("Title:"), m_title);
    stepForm->addRow(tr("Text:"), m_body);

    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("validationLabel"));
    m_validation->setWordWrap(true);
    m_validation->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_saveButton = new QPushButton(tr("Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveTemplate"));
    m_revertButton = new QPushButton(tr("Revert"), this);
    m_revertButton->setObjectName(QStringLiteral("revertTemplate"));
    m_applyButton = new QPushButton(tr("Apply to groups…"), this);
    m_applyButton->setObjectName(QStringLiteral("applyTemplate"));
    m_applyButton->setToolTip(tr("Preview and create this template's entries on groups' calendars"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_status, 1);
    saveRow->addWidget(m_revertButton);
    saveRow->addWidget(m_saveButton);
    saveRow->addWidget(m_applyButton);

    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_readOnlyLabel);
    editorLayout->addLayout(header);
    editorLayout->addWidget(m_stepView, 3);
    editorLayout->addLayout(stepButtons);
    editorLayout->addLayout(stepForm, 2);
    editorLayout->addWidget(m_validation);
    editorLayout->addLayout(saveRow);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 420, 860 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_templateView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &SopPage::templateChosen);
    connect(m_stepView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SopPage::showStep);
    connect(m_applicationView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &SopPage::updateActions);
    connect(m_newButton, &QPushButton::clicked, this, &SopPage::newTemplate);
    connect(m_duplicateTemplateButton, &QPushButton::clicked, this, &SopPage::duplicateTemplate);
    connect(m_deleteTemplateButton, &QPushButton::clicked, this, &SopPage::deleteTemplate);
    connect(m_installButton, &QPushButton::clicked, this, &SopPage::installBuiltinTemplates);
    connect(m_undoButton, &QPushButton::clicked, this, &SopPage::undoSelectedApplication);
    connect(m_addStep, &QPushButton::clicked, this, &SopPage::addStep);
    connect(m_duplicateStep, &QPushButton::clicked, this, &SopPage::duplicateStep);
    connect(m_removeStep, &QPushButton::clicked, this, &SopPage::removeStep);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(m_saveButton, &QPushButton::clicked, this, &SopPage::saveTemplate);
    connect(m_revertButton, &QPushButton::clicked, this, &SopPage::revertTemplate);
    connect(m_applyButton, &QPushButton::clicked, this, &SopPage::openApplyDialog);
    connect(m_name, &QLineEdit::textEdited, this, &SopPage::headerEdited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SopPage::headerEdited);
    connect(m_duration, &QSpinBox::valueChanged, this, &SopPage::headerEdited);
    connect(m_description, &QPlainTextEdit::textChanged, this, &SopPage::headerEdited);
    connect(m_day, &QComboBox::currentIndexChanged, this, &SopPage::stepEdited);
    connect(m_time, &QComboBox::currentTextChanged, this, &SopPage::stepEdited);
    connect(m_stepKind, &QComboBox::currentIndexChanged, this, &SopPage::stepEdited);
    connect(m_title, &QLineEdit::textEdited, this, &SopPage::stepEdited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &SopPage::stepEdited);
}

void SopPage::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    m_templates->setDatabase(db);
    m_steps->setDatabase(db);
    m_applications->setDatabase(db);
    m_shownTemplateId = 0;
    m_dirty = false;
    {
        const QSignalBlocker block(m_time);
        m_time->clear();
        QList<TimeSlot> timeSlots;
        if (m_db.isOpen() && !ContentRepository(m_db).listTimeSlots(&timeSlots)) {
            for (const TimeSlot &slot : std::as_const(timeSlots))
                m_time->addItem(slot.time.toString(timeFormat));
        }
    }
    // Like the onboarding flows: a database without any template gets the built-in ones, so the
    // tab never opens empty.
    QList<SopTemplate> existing;
    if (m_db.isOpen() && !SopRepository(m_db).listTemplates(&existing) && existing.isEmpty()) {
        if (auto err = SopRepository(m_db).installBuiltinTemplates())
            setStatus(err.message, true);
    }
    reload();
}

void SopPage::reload()
{
    const qint64 keep = m_shownTemplateId;
    m_dirty = false;
    m_shownTemplateId = 0;
    m_loading = true;
    if (auto err = m_templates->reload())
        setStatus(err.message, true);
    m_loading = false;
    if (m_templates->rowCount() == 0) {
        loadTemplate(SopTemplate());
        return;
    }
    const int row = m_templates->rowOfTemplate(keep);
    m_templateView->setCurrentIndex(m_templates->index(row >= 0 ? row : 0, 0));
    templateChosen();
}

void SopPage::refresh()
{
    if (!m_dirty) {
        reload();
        return;
    }
    m_loading = true;
    if (auto err = m_templates->reload())
        setStatus(err.message, true);
    selectTemplate(m_shownTemplateId);
    m_loading = false;
    reloadApplications();
}

void SopPage::selectTemplate(qint64 templateId)
{
    const int row = m_templates->rowOfTemplate(templateId);
    if (row >= 0)
        m_templateView->setCurrentIndex(m_templates->index(row, 0));
}

qint64 SopPage::currentTemplateId() const
{
    return m_shownTemplateId;
}

bool SopPage::isReadOnly() const
{
    const int row = m_templates->rowOfTemplate(m_shownTemplateId);
    return row < 0 || m_templates->templateAt(row).builtin;
}

void SopPage::templateChosen()
{
    if (m_loading)
        return;
    const QModelIndex current = m_templateView->currentIndex();
    const qint64 id = current.isValid() ? m_templates->templateAt(current.row()).id : 0;
    if (id == m_shownTemplateId && id != 0)
        return;
    if (m_dirty && !confirmDiscard()) {
        // Stay on the edited template.
        const int row = m_templates->rowOfTemplate(m_shownTemplateId);
        m_loading = true;
        m_templateView->setCurrentIndex(m_templates->index(row, 0));
        m_loading = false;
        return;
    }
    loadTemplate(current.isValid() ? m_templates->templateAt(current.row()) : SopTemplate());
}

void SopPage::loadTemplate(const SopTemplate &sop)
{
    m_loading = true;
    m_shownTemplateId = sop.id;
    m_steps->setTemplate(sop);
    m_name->setText(sop.name);
    m_kind->setCurrentIndex(m_kind->findData(int(sop.kind)));
    m_duration->setValue(sop.durationDays);
    m_description->setPlainText(sop.description);
    m_loading = false;
    m_dirty = false;
    const bool readOnly = isReadOnly();
    m_readOnlyLabel->setVisible(sop.id > 0 && readOnly);
    for (QWidget *w : std::initializer_list<QWidget *> { m_name, m_kind, m_duration, m_day, m_time, m_stepKind })
        w->setEnabled(!readOnly);
    m_description->setReadOnly(readOnly);
    m_title->setReadOnly(readOnly);
    m_body->setReadOnly(readOnly);
    selectStep(sop.steps.isEmpty() ? -1 : 0);
    reloadApplications();
    updateActions();
}

void SopPage::fillDayCombo(int keepOffset)
{
    const QSignalBlocker block(m_day);
    m_day->clear();
    const SopTemplate draft = m_steps->draft();
    int count = draft.kind == SopKind::Weekly ? 7 : draft.durationDays;
    // A step left beyond a shortened campaign stays visible; validation says what is wrong.
    if (draft.kind == SopKind::Campaign) {
        for (const SopStep &s : draft.steps)
            count = std::max(count, s.dayOffset + 1);
    }
    for (int offset = 0; offset < count; ++offset)
        m_day->addItem(sopStepDayLabel(draft.kind, offset), offset);
    m_day->setCurrentIndex(m_day->findData(keepOffset));
}

void SopPage::selectStep(int row)
{
    if (row >= 0 && row < m_steps->rowCount())
        m_stepView->setCurrentIndex(m_steps->index(row, 0));
    else
        m_stepView->setCurrentIndex({});
    showStep();
}

int SopPage::currentStepRow() const
{
    const QModelIndex current = m_stepView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SopPage::showStep()
{
    const int row = currentStepRow();
    m_loading = true;
    if (row < 0) {
        fillDayCombo(-1);
        m_time->setEditText(QString());
        m_title->clear();
        m_body->clear();
    } else {
        const SopStep &s = m_steps->stepAt(row);
        fillDayCombo(s.dayOffset);
        m_time->setEditText(s.slotTime.isValid() ? s.slotTime.toString(timeFormat) : QString());
        m_stepKind->setCurrentIndex(m_stepKind->findData(int(s.kind)));
        m_title->setText(s.title);
        m_body->setPlainText(s.body);
    }
    m_loading = false;
    updateActions();
}

SopStep SopPage::stepFromForm() const
{
    SopStep s = m_steps->stepAt(currentStepRow());
    s.dayOffset = m_day->currentIndex() >= 0 ? m_day->currentData().toInt() : s.dayOffset;
    s.slotTime = QTime::fromString(m_time->currentText().trimmed(), QStringLiteral("H:mm"));
    s.kind = ContentKind(m_stepKind->currentData().toInt());
    s.title = m_title->text();
    s.body = m_body->toPlainText();
    return s;
}

void SopPage::headerEdited()
{
    if (m_loading || m_shownTemplateId == 0 || isReadOnly())
        return;
    SopTemplate fields;
    fields.name = m_name->text();
    fields.kind = SopKind(m_kind->currentData().toInt());
    fields.durationDays = m_duration->value();
    fields.description = m_description->toPlainText();
    m_steps->setTemplateFields(fields);
    const int row = currentStepRow();
    fillDayCombo(row >= 0 ? m_steps->stepAt(row).dayOffset : -1);
    markDirty();
}

void SopPage::stepEdited()
{
    if (m_loading || isReadOnly())
        return;
    const int row = currentStepRow();
    if (row < 0)
        return;
    m_steps->setStep(row, stepFromForm());
    markDirty();
}

void SopPage::markDirty()
{
    m_dirty = true;
    setStatus(QString());
    updateActions();
}

void SopPage::setStepFields(
    int dayOffset, const QTime &time, int kindIndex, const QString &title, const QString &body)
{
    m_loading = true;
    m_day->setCurrentIndex(m_day->findData(dayOffset));
    m_time->setEditText(time.isValid() ? time.toString(timeFormat) : QString());
    m_stepKind->setCurrentIndex(kindIndex);
    m_title->setText(title);
    m_body->setPlainText(body);
    m_loading = false;
    stepEdited();
}

void SopPage::setTemplateName(const QString &name)
{
    m_name->setText(name);
    headerEdited();
}

QString SopPage::validationText() const
{
    return m_validation->text();
}

QString SopPage::statusText() const
{
    return m_status->text();
}

void SopPage::updateActions()
{
    const bool shown = m_shownTemplateId > 0;
    const bool editable = shown && !isReadOnly();
    const int row = currentStepRow();
    const int steps = m_steps->rowCount();
    m_duplicateTemplateButton->setEnabled(shown);
    m_deleteTemplateButton->setEnabled(shown);
    m_addStep->setEnabled(editable);
    m_duplicateStep->setEnabled(editable && row >= 0);
    m_removeStep->setEnabled(editable && row >= 0);
    m_upButton->setEnabled(editable && row > 0);
    m_downButton->setEnabled(editable && row >= 0 && row + 1 < steps);
    const QString problem = shown ? validateSopTemplate(m_steps->draft()) : QString();
    m_validation->setText(problem);
    m_validation->setVisible(!problem.isEmpty());
    m_saveButton->setEnabled(editable && m_dirty && problem.isEmpty());
    m_revertButton->setEnabled(editable && m_dirty);
    m_applyButton->setEnabled(shown && !m_dirty && steps > 0);
    m_applyButton->setToolTip(m_dirty ? tr("Save the template before applying it")
                                      : tr("Preview and create this template's entries on groups' calendars"));
    m_undoButton->setEnabled(m_applicationView->currentIndex().isValid());
}

bool SopPage::confirmDiscard()
{
    return m_confirm(tr("Discard the unsaved changes to “%1”?").arg(m_steps->draft().name));
}

void SopPage::setStatus(const QString &message, bool error)
{
    m_status->setText(message);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

QString SopPage::uniqueName(const QString &base) const
{
    auto taken = [this](const QString &name) {
        for (int r = 0; r < m_templates->rowCount(); ++r) {
            if (m_templates->templateAt(r).name == name)
                return true;
        }
        return false;
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = tr("%1 %2").arg(base).arg(n);
    return name;
}

bool SopPage::saveTemplate()
{
    if (m_shownTemplateId == 0 || isReadOnly())
        return false;
    SopTemplate draft = m_steps->draft();
    draft.builtin = false;
    const QString problem = validateSopTemplate(draft);
    if (!problem.isEmpty()) {
        setStatus(problem, true);
        return false;
    }
    qint64 id = 0;
    if (auto err = SopRepository(m_db).saveTemplate(draft, &id)) {
        setStatus(err.message, true);
        return false;
    }
    const int row = currentStepRow();
    m_dirty = false;
    m_shownTemplateId = 0;
    m_loading = true;
    if (auto err = m_templates->reload())
        setStatus(err.message, true);
    m_loading = false;
    selectTemplate(id);
    templateChosen();
    selectStep(row);
    setStatus(tr("Saved “%1”.").arg(draft.name.trimmed()));
    return true;
}

void SopPage::revertTemplate()
{
    if (m_shownTemplateId == 0)
        return;
    SopTemplate stored;
    if (auto err = SopRepository(m_db).templateWithSteps(m_shownTemplateId, &stored)) {
        setStatus(err.message, true);
        return;
    }
    const int row = currentStepRow();
    loadTemplate(stored);
    selectStep(std::min(row, int(stored.steps.size()) - 1));
    setStatus(tr("Reverted to the saved version."));
}

bool SopPage::newTemplate()
{
    if (m_dirty && !confirmDiscard())
        return false;
    SopTemplate sop;
    sop.name = uniqueName(tr("New SOP template"));
    sop.kind = SopKind::Campaign;
    sop.durationDays = 7;
    SopStep first;
    first.dayOffset = 0;
    first.slotTime = QTime(9, 0);
    first.kind = ContentKind::Announcement;
    first.title = tr("New step");
    sop.steps.append(first);
    return storeNewTemplate(sop, tr("Created “%1”: give it a name and its steps.").arg(sop.name));
}

bool SopPage::storeNewTemplate(const SopTemplate &sop, const QString &doneMessage)
{
    qint64 id = 0;
    if (auto err = SopRepository(m_db).saveTemplate(sop, &id)) {
        setStatus(err.message, true);
        return false;
    }
    m_dirty = false;
    m_shownTemplateId = id;
    reload();
    setStatus(doneMessage);
    return true;
}

bool SopPage::duplicateTemplate()
{
    if (m_shownTemplateId == 0)
        return false;
    if (m_dirty && !confirmDiscard())
        return false;
    SopTemplate stored;
    if (auto err = SopRepository(m_db).templateWithSteps(m_shownTemplateId, &stored)) {
        setStatus(err.message, true);
        return false;
    }
    const SopTemplate copy = editableSopCopy(stored, uniqueName(tr("%1 (copy)").arg(stored.name)));
    return storeNewTemplate(copy, tr("Copied to “%1”, which you can edit.").arg(copy.name));
}

bool SopPage::deleteTemplate()
{
    if (m_shownTemplateId == 0)
        return false;
    const SopTemplate draft = m_steps->draft();
    if (!m_confirm(tr("Delete the SOP template “%1” and its %n step(s)?", nullptr, int(draft.steps.size()))
                       .arg(draft.name)))
        return false;
    if (auto err = SopRepository(m_db).removeTemplate(m_shownTemplateId)) {
        setStatus(err.message, true);
        return false;
    }
    m_dirty = false;
    m_shownTemplateId = 0;
    reload();
    setStatus(tr("Deleted “%1”.").arg(draft.name));
    return true;
}

bool SopPage::installBuiltinTemplates()
{
    int installed = 0;
    if (auto err = SopRepository(m_db).installBuiltinTemplates(&installed)) {
        setStatus(err.message, true);
        return false;
    }
    if (installed > 0)
        refresh(); // unsaved edits stay on screen; only the list gains rows
    setStatus(installed > 0 ? tr("%n built-in template(s) added.", nullptr, installed)
                            : tr("The built-in templates are all installed already."));
    return true;
}

void SopPage::addStep()
{
    if (m_shownTemplateId == 0 || isReadOnly())
        return;
    const int row = currentStepRow();
    SopStep step;
    if (row >= 0) {
        const SopStep &current = m_steps->stepAt(row);
        step.dayOffset = current.dayOffset;
        step.slotTime = current.slotTime;
    } else {
        step.slotTime = QTime(9, 0);
    }
    step.kind = ContentKind::Announcement;
    step.title = tr("New step");
    const int inserted = m_steps->insertStep(row + 1, step);
    markDirty();
    selectStep(inserted);
    m_title->setFocus();
    m_title->selectAll();
}

void SopPage::duplicateStep()
{
    const int row = currentStepRow();
    if (row < 0 || isReadOnly())
        return;
    const int inserted = m_steps->insertStep(row + 1, m_steps->stepAt(row));
    markDirty();
    selectStep(inserted);
}

void SopPage::removeStep()
{
    const int row = currentStepRow();
    if (row < 0 || isReadOnly())
        return;
    m_steps->removeStep(row);
    markDirty();
    selectStep(std::min(row, m_steps->rowCount() - 1));
}

bool SopPage::moveStep(int delta)
{
    const int row = currentStepRow();
    const int to = row + delta;
    if (row < 0 || isReadOnly() || to < 0 || to >= m_steps->rowCount())
        return false;
    m_steps->moveStep(row, to);
    markDirty();
    selectStep(to);
    return true;
}

void SopPage::reloadApplications()
{
    m_applications->setTemplateFilter(m_shownTemplateId > 0 ? m_shownTemplateId : -1);
    if (auto err = m_applications->reload())
        setStatus(err.message, true);
    updateActions();
}

bool SopPage::undoSelectedApplication()
{
    const QModelIndex current = m_applicationView->currentIndex();
    if (!current.isValid())
        return false;
    const SopApplication a = m_applications->applicationAt(current.row());
    if (!m_confirm(tr("Undo “%1” on “%2” from %3? This removes its %n entry(s) from the calendar.", nullptr,
                       a.entryCount)
                       .arg(a.templateName, a.groupName, QLocale().toString(a.startDate, QLocale::ShortFormat))))
        return false;
    int removed = 0;
    if (auto err = SopRepository(m_db).undoApplication(a.id, &removed)) {
        setStatus(err.message, true);
        return false;
    }
    reloadApplications();
    m_loading = true;
    m_templates->reload();
    selectTemplate(m_shownTemplateId);
    m_loading = false;
    setStatus(tr("Undone: %n entry(s) removed from “%1”.", nullptr, removed).arg(a.groupName));
    emit calendarChanged();
    return true;
}

void SopPage::openApplyDialog()
{
    if (m_shownTemplateId == 0 || m_dirty)
        return;
    SopApplyDialog dialog(m_db, m_shownTemplateId, this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadApplications();
        setStatus(dialog.resultText());
        emit calendarChanged();
    }
}

bool SopPage::saveScreenshots(const QString &dir, const QString &prefix)
{
    if (!QDir().mkpath(dir))
        return false;
    if (m_shownTemplateId == 0 && m_templates->rowCount() > 0)
        selectTemplate(m_templates->templateAt(0).id);
    const bool wasVisible = isVisible();
    if (!wasVisible) {
        resize(1280, 800);
        show();
    }
    if (m_applications->rowCount() > 0)
        m_applicationView->selectRow(0);
    if (m_steps->rowCount() > 1)
        selectStep(1);
    bool ok = grab().save(QDir(dir).filePath(prefix + QStringLiteral("-sop-editor.png")));

    if (m_shownTemplateId > 0) {
        SopApplyDialog dialog(m_db, m_shownTemplateId, this);
        // One group that already carries the template from that date shows how skipping looks.
        QList<qint64> groups;
        QDate start = QDate::currentDate().addDays(8 - QDate::currentDate().dayOfWeek());
        if (m_applications->rowCount() > 0) {
            const SopApplication &a = m_applications->applicationAt(0);
            groups.append(a.groupId);
            start = a.startDate;
        }
        const QList<qint64> listed = dialog.listedGroups(4);
        for (const qint64 id : listed) {
            if (groups.size() < 4 && !groups.contains(id))
                groups.append(id);
        }
        dialog.setStartDate(start);
        dialog.setCheckedGroups(groups);
        dialog.show();
        ok = dialog.grab().save(QDir(dir).filePath(prefix + QStringLiteral("-sop-apply.png"))) && ok;
        dialog.hide();
    }
    if (!wasVisible)
        hide();
    return ok;
}

} // namespace qundesk::ui
