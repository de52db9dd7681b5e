#include "onboarding/OnboardingPage.h"

#include "models/OnboardingStepModel.h"
#include "storage/OnboardingRepository.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace qundesk::ui {

namespace {

// ResizeToContents leaves no air around the text in most styles: fit the columns to their
// contents once per load, with some padding and a cap for long texts, and leave them resizable.
void fitColumns(QTableView *view, int stretchColumn, int maxWidth)
{
    QHeaderView *header = view->horizontalHeader();
    const QAbstractItemView *itemView = view; // sizeHintForColumn() is public here, protected in QTableView
    for (int c = 0; c < header->count(); ++c) {
        if (c != stretchColumn)
            header->resizeSection(c, std::min(maxWidth, std::max(itemView->sizeHintForColumn(c),
                                                                 header->sectionSizeHint(c)) + 16));
    }
}

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QLabel *makeTextLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

} // namespace

OnboardingPage::OnboardingPage(QWidget *parent)
    : Page(parent)
    , m_model(new OnboardingStepModel(this))
{
    setWindowTitle(tr("Onboarding"));

    m_flowCombo = new QComboBox(this);
    m_flowCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_flowCombo->setMinimumContentsLength(16);
    m_copyButton = new QPushButton(tr("Co&py flow…"), this);
    m_copyButton->setToolTip(tr("Make your own version of this flow to adapt"));
    auto *flowLabel = new QLabel(tr("&Flow:"), this);
    flowLabel->setBuddy(m_flowCombo);
    auto *top = new QHBoxLayout;
    top->addWidget(flowLabel);
    top->addWidget(m_flowCombo, 1);
    top->addWidget(m_copyButton);

    m_flowInfoLabel = new QLabel(this);
    m_flowInfoLabel->setWordWrap(true);
    m_flowInfoLabel->setForegroundRole(QPalette::PlaceholderText);

    // Left: the steps and the buttons that reorder them.
    auto *stepsPane = new QWidget(this);
    m_table = new QTableView(stepsPane);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(OnboardingStepModel::StaffScript, QHeaderView::Stretch);
    m_upButton = new QPushButton(tr("Move &up"), stepsPane);
    m_downButton = new QPushButton(tr("Move &down"), stepsPane);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);
    buttons->addStretch(1);
    auto *stepsLayout = new QVBoxLayout(stepsPane);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->addWidget(m_table, 1);
    stepsLayout->addLayout(buttons);

    // Right: the selected step as staff carry it out.
    auto *detail = new QGroupBox(tr("Selected step"), this);
    m_stepTitleLabel = makeHeading(QString(), detail);
    m_stepTitleLabel->setWordWrap(true);
    QFont titleFont = m_stepTitleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_stepTitleLabel->setFont(titleFont);
    m_stepKindLabel = new QLabel(detail);
    m_stepKindLabel->setForegroundRole(QPalette::PlaceholderText);
    m_scriptLabel = makeTextLabel(detail);
    // Shown like the message it becomes, so trainers can read it out as it will appear.
    m_scriptLabel->setStyleSheet(QStringLiteral("QLabel { background: #eef6ee; border: 1px solid #cfe3cf; "
                                                "border-radius: 6px; padding: 8px; }"));
    m_actionLabel = makeTextLabel(detail);
    m_checklist = new QListWidget(detail);
    m_checklist->setSelectionMode(QAbstractItemView::NoSelection);
    m_checklist->setFocusPolicy(Qt::NoFocus);
    m_checklist->setSpacing(2);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_stepTitleLabel);
    detailLayout->addWidget(m_stepKindLabel);
    detailLayout->addSpacing(6);
    detailLayout->addWidget(makeHeading(tr("Staff script"), detail));
    detailLayout->addWidget(m_scriptLabel);
    detailLayout->addWidget(makeHeading(tr("Member action"), detail));
    detailLayout->addWidget(m_actionLabel);
    detailLayout->addWidget(makeHeading(tr("Checklist"), detail));
    detailLayout->addWidget(m_checklist, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(stepsPane);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errorLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_flowInfoLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_errorLabel);

    connect(m_flowCombo, &QComboBox::currentIndexChanged, this, &OnboardingPage::flowChosen);
    connect(m_copyButton, &QPushButton::clicked, this, &OnboardingPage::askCopyName);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveSelectedStep(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveSelectedStep(1); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OnboardingPage::showStep);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns(m_table, OnboardingStepModel::StaffScript, 240);
        selectStep(0);
        showStep();
    });
    connect(m_model, &OnboardingStepModel::loadFailed, this, &OnboardingPage::showError);

    showStep();
}

void OnboardingPage::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    if (m_db.isValid() && m_db.isOpen()) {
        if (auto err = OnboardingRepository(m_db).ensureBuiltinFlows())
            showError(err.message);
    }
    m_model->setDatabase(m_db);
    reload();
}

void OnboardingPage::reload()
{
    reloadFlows();
    flowChosen();
}

void OnboardingPage::reloadFlows()
{
    const qint64 current = currentFlowId();
    QList<OnboardingFlow> flows;
    if (m_db.isValid() && m_db.isOpen()) {
        if (auto err = OnboardingRepository(m_db).listFlows(&flows))
            showError(err.message);
    }
    const QSignalBlocker blocker(m_flowCombo);
    m_flowCombo->clear();
    for (const OnboardingFlow &f : std::as_const(flows))
        m_flowCombo->addItem(f.builtin ? tr("%1 (builtin)").arg(f.name) : f.name, f.id);
    const int index = m_flowCombo->findData(current);
    m_flowCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void OnboardingPage::flowChosen()
{
    m_errorLabel->hide();
    m_model->setFlow(currentFlowId());
    const OnboardingFlow &f = m_model->flow();
    QStringList info;
    if (!f.description.isEmpty())
        info.append(f.description);
    info.append(f.purpose.isEmpty() ? tr("For: every kind of group")
                                    : tr("For: %1").arg(onboarding::purposeLabel(f.purpose)));
    if (!f.personaName.isEmpty())
        info.append(tr("Staff persona: %1").arg(f.personaName));
    m_flowInfoLabel->setText(f.id > 0 ? info.join(QStringLiteral(" · ")) : QString());
    m_copyButton->setEnabled(f.id > 0);
}

qint64 OnboardingPage::currentFlowId() const
{
    return m_flowCombo->currentData().toLongLong();
}

void OnboardingPage::selectFlow(qint64 flowId)
{
    const int index = m_flowCombo->findData(flowId);
    if (index >= 0)
        m_flowCombo->setCurrentIndex(index);
}

void OnboardingPage::selectStep(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->selectionModel()->clearSelection();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, OnboardingStepModel::Title),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void OnboardingPage::showStep()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const bool has = current.isValid();
    const OnboardingStep s = has ? m_model->stepAt(current.row()) : OnboardingStep();
    m_stepTitleLabel->setText(has ? tr("Step %1: %2").arg(QString::number(s.position), s.title) : tr("No step selected"));
    QStringList about;
    if (has)
        about.append(onboarding::stepKindLabel(s.kind));
    if (has && s.timingMinutes)
        about.append(onboarding::timingText(s.timingMinutes));
    m_stepKindLabel->setText(about.join(QStringLiteral(" · ")));
    m_scriptLabel->setText(s.staffScript);
    m_scriptLabel->setVisible(!s.staffScript.isEmpty());
    m_actionLabel->setText(s.memberAction);
    m_checklist->clear();
    for (const QString &item : std::as_const(s.checklist)) {
        // Tickable for a run-through in training; the ticks are not stored.
        auto *entry = new QListWidgetItem(item, m_checklist);
        entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        entry->setCheckState(Qt::Unchecked);
    }
    updateButtons();
}

void OnboardingPage::updateButtons()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_upButton->setEnabled(current.isValid() && current.row() > 0);
    m_downButton->setEnabled(current.isValid() && current.row() < m_model->rowCount() - 1);
}

bool OnboardingPage::moveSelectedStep(int delta)
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return false;
    const int row = current.row();
    const int target = row + delta;
    if (target < 0 || target >= m_model->rowCount())
        return false;
    if (!m_model->moveStep(row, target))
        return false; // loadFailed() has shown why
    m_errorLabel->hide();
    selectStep(target);
    showStep();
    emit statusMessage(tr("Moved %1 to step %2.").arg(m_model->stepAt(target).title, QString::number(target + 1)));
    emit dataChanged();
    return true;
}

bool OnboardingPage::copyCurrentFlow(const QString &newName)
{
    qint64 copyId = 0;
    if (auto err = OnboardingRepository(m_db).copyFlow(currentFlowId(), newName, &copyId)) {
        showError(err.message);
        return false;
    }
    reloadFlows();
    selectFlow(copyId);
    flowChosen();
    emit statusMessage(tr("Copied the flow as %1.").arg(newName.trimmed()));
    emit dataChanged();
    return true;
}

void OnboardingPage::askCopyName()
{
    const OnboardingFlow &f = m_model->flow();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Copy flow"), tr("Name of the copy:"), QLineEdit::Normal,
                                               tr("%1 (copy)").arg(f.name), &ok);
    if (ok && !copyCurrentFlow(name))
        QMessageBox::warning(this, tr("Copy flow"), m_errorLabel->text());
}

void OnboardingPage::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
    emit statusMessage(message);
}

QString OnboardingPage::staffScriptText() const
{
    return m_scriptLabel->text();
}

QString OnboardingPage::memberActionText() const
{
    return m_actionLabel->text();
}

QStringList OnboardingPage::checklistItems() const
{
    QStringList items;
    for (int i = 0; i < m_checklist->count(); ++i)
        items.append(m_checklist->item(i)->text());
    return items;
}

} // namespace qundesk::ui
