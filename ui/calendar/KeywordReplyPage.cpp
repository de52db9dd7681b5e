#include "calendar/KeywordReplyPage.h"

#include "domain/Group.h"
#include "models/KeywordReplyModel.h"
#include "storage/ContentRepository.h"
#include "storage/ScheduleRepository.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

constexpr int GroupSearchLimit = 50;

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

// --------------------------------------------------------------------------- group search box

GroupSearchBox::GroupSearchBox(QWidget *parent)
    : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search groups by name"));
    m_search->setClearButtonEnabled(true);
    m_combo = new QComboBox(this);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(16);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_combo, 1);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, [this] { search(m_search->text()); });
    connect(m_combo, &QComboBox::currentIndexChanged, this, &GroupSearchBox::groupChanged);
}

void GroupSearchBox::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    search(m_search->text());
}

void GroupSearchBox::search(const QString &text)
{
    const qint64 current = groupId();
    QList<GroupChoice> groups;
    if (m_db.isOpen())
        ScheduleRepository(m_db).listGroupChoices(&groups, text, GroupSearchLimit);
    {
        const QSignalBlocker block(m_combo);
        m_combo->clear();
        for (const GroupChoice &g : std::as_const(groups)) {
            m_combo->addItem(g.name, g.id);
            m_combo->setItemData(m_combo->count() - 1, g.purpose, Qt::UserRole + 1);
        }
        if (groups.isEmpty())
            m_combo->addItem(tr("(no group matches)"), qint64(0));
        const int index = m_combo->findData(current);
        m_combo->setCurrentIndex(index < 0 ? 0 : index);
    }
    emit groupChanged();
}

void GroupSearchBox::setGroup(qint64 id)
{
    if (id <= 0 || !m_db.isOpen())
        return;
    int index = m_combo->findData(id);
    if (index < 0) {
        GroupChoice g;
        if (ScheduleRepository(m_db).groupChoice(id, &g))
            return;
        const QSignalBlocker block(m_combo);
        if (m_combo->count() == 1 && m_combo->itemData(0).toLongLong() == 0)
            m_combo->clear();
        m_combo->insertItem(0, g.name, g.id);
        m_combo->setItemData(0, g.purpose, Qt::UserRole + 1);
        index = 0;
    }
    m_combo->setCurrentIndex(index);
    emit groupChanged();
}

qint64 GroupSearchBox::groupId() const
{
    return m_combo->currentData().toLongLong();
}

QString GroupSearchBox::groupName() const
{
    return groupId() > 0 ? m_combo->currentText() : QString();
}

QString GroupSearchBox::groupPurpose() const
{
    return m_combo->currentData(Qt::UserRole + 1).toString();
}

// ----------------------------------------------------------------------------- reply editor

KeywordReplyDialog::KeywordReplyDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Keyword reply"));
    m_keyword = new QLineEdit(this);
    m_keyword->setPlaceholderText(tr("e.g. 发货, 退货, 优惠券"));
    m_mode = new QComboBox(this);
    for (MatchMode mode : allMatchModes())
        m_mode->addItem(matchModeLabel(mode), matchModeCode(mode));
    m_text = new QPlainTextEdit(this);
    m_scopeAll = new QRadioButton(tr("Every group"), this);
    m_scopeGroup = new QRadioButton(tr("One group"), this);
    m_scopePurpose = new QRadioButton(tr("Groups of a purpose"), this);
    auto *scopeButtons = new QButtonGroup(this);
    for (QRadioButton *b : { m_scopeAll, m_scopeGroup, m_scopePurpose })
        scopeButtons->addButton(b);
    m_group = new GroupSearchBox(this);
    m_group->setDatabase(db);
    m_purpose = new QComboBox(this);
    for (GroupPurpose p : allGroupPurposes())
        m_purpose->addItem(groupPurposeLabel(p), groupPurposeCode(p));
    m_priority = new QSpinBox(this);
    m_priority->setRange(-100, 100);
    m_priority->setToolTip(tr("When several replies match, the highest priority answers."));
    m_enabled = new QCheckBox(tr("Enabled"), this);

    auto *scope = new QVBoxLayout;
    scope->addWidget(m_scopeAll);
    auto *groupRow = new QHBoxLayout;
    groupRow->addWidget(m_scopeGroup);
    groupRow->addWidget(m_group, 1);
    scope->addLayout(groupRow);
    auto *purposeRow = new QHBoxLayout;
    purposeRow->addWidget(m_scopePurpose);
    purposeRow->addWidget(m_purpose, 1);
    scope->addLayout(purposeRow);

    auto *form = new QFormLayout;
    form->addRow(tr("Keyword"), m_keyword);
    form->addRow(tr("Match"), m_mode);
    form->addRow(tr("Reply"), m_text);
    form->addRow(tr("Scope"), scope);
    form->addRow(tr("Priority"), m_priority);
    form->addRow(QString(), m_enabled);

    m_error = errorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &KeywordReplyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &KeywordReplyDialog::reject);
    connect(scopeButtons, &QButtonGroup::buttonToggled, this, &KeywordReplyDialog::updateScope);
    resize(620, 480);
    setReply(KeywordReply {});
}

void KeywordReplyDialog::setReply(const KeywordReply &r)
{
    m_reply = r;
    setWindowTitle(r.id > 0 ? tr("Keyword reply: %1").arg(r.keyword) : tr("New keyword reply"));
    m_keyword->setText(r.keyword);
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(matchModeCode(r.matchMode))));
    m_text->setPlainText(r.reply);
    if (r.scopeGroupId > 0) {
        m_scopeGroup->setChecked(true);
        m_group->setGroup(r.scopeGroupId);
    } else if (!r.scopePurpose.isEmpty()) {
        m_scopePurpose->setChecked(true);
        m_purpose->setCurrentIndex(std::max(0, m_purpose->findData(r.scopePurpose)));
    } else {
        m_scopeAll->setChecked(true);
    }
    m_priority->setValue(r.priority);
    m_enabled->setChecked(r.enabled);
    updateScope();
}

void KeywordReplyDialog::updateScope()
{
    m_group->setEnabled(m_scopeGroup->isChecked());
    m_purpose->setEnabled(m_scopePurpose->isChecked());
}

KeywordReply KeywordReplyDialog::reply() const
{
    KeywordReply r = m_reply;
    r.keyword = m_keyword->text().trimmed();
    r.matchMode = matchModeFromCode(m_mode->currentData().toString()).value_or(MatchMode::Contains);
    r.reply = m_text->toPlainText().trimmed();
    r.scopeGroupId = m_scopeGroup->isChecked() ? m_group->groupId() : 0;
    r.scopePurpose = m_scopePurpose->isChecked() ? m_purpose->currentData().toString() : QString();
    r.priority = m_priority->value();
    r.enabled = m_enabled->isChecked();
    return r;
}

bool KeywordReplyDialog::save()
{
    const KeywordReply r = reply();
    if (m_scopeGroup->isChecked() && r.scopeGroupId <= 0) {
        m_error->setText(tr("Pick the group this reply is for, or choose another scope."));
        m_error->show();
        return false;
    }
    ContentRepository repo(m_db);
    qint64 id = r.id;
    const DatabaseError err = r.id > 0 ? repo.updateKeywordReply(r) : repo.createKeywordReply(r, &id);
    if (err) {
        m_error->setText(err.message);
        m_error->show();
        return false;
    }
    m_reply = r;
    m_reply.id = id;
    m_error->hide();
    return true;
}

QString KeywordReplyDialog::errorText() const
{
    return m_error->text();
}

void KeywordReplyDialog::accept()
{
    if (save())
        QDialog::accept();
}

// -------------------------------------------------------------------------------------- page

KeywordReplyPage::KeywordReplyPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new KeywordReplyModel(this))
{
    setWindowTitle(tr("Keyword replies"));
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(KeywordReplyModel::Reply, QHeaderView::Stretch);

    m_newButton = new QPushButton(tr("New reply"), this);
    m_editButton = new QPushButton(tr("Edit…"), this);
    m_deleteButton = new QPushButton(tr("Delete"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    m_errorLabel = errorLabel(this);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_errorLabel);

    auto *tester = new QGroupBox(tr("Tester: which reply fires?"), this);
    m_testMessage = new QLineEdit(tester);
    m_testMessage->setPlaceholderText(tr("Type a member's message, e.g. 请问什么时候发货"));
    m_testMessage->setClearButtonEnabled(true);
    m_testGroup = new GroupSearchBox(tester);
    m_testResult = new QLabel(tester);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testTrace = new QTableWidget(0, 4, tester);
    m_testTrace->setHorizontalHeaderLabels({ tr("Keyword"), tr("Scope"), tr("Priority"), tr("Why") });
    m_testTrace->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_testTrace->verticalHeader()->hide();
    m_testTrace->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_testTrace->setSelectionMode(QAbstractItemView::NoSelection);
    auto *testForm = new QFormLayout;
    testForm->addRow(tr("Message"), m_testMessage);
    testForm->addRow(tr("In group"), m_testGroup);
    auto *testLayout = new QVBoxLayout(tester);
    testLayout->addLayout(testForm);
    testLayout->addWidget(m_testResult);
    testLayout->addWidget(m_testTrace, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(listPane);
    splitter->addWidget(tester);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KeywordReplyPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &KeywordReplyPage::editSelected);
    connect(m_newButton, &QPushButton::clicked, this, &KeywordReplyPage::newReply);
    connect(m_editButton, &QPushButton::clicked, this, &KeywordReplyPage::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteSelected(true); });
    connect(m_testMessage, &QLineEdit::textChanged, this, &KeywordReplyPage::retest);
    connect(m_testGroup, &GroupSearchBox::groupChanged, this, &KeywordReplyPage::retest);
    updateButtons();
    retest();
}

void KeywordReplyPage::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    m_model->setDatabase(db);
    m_testGroup->setDatabase(db);
    reload();
}

void KeywordReplyPage::reload()
{
    const qint64 selected = currentReplyId();
    if (auto err = m_model->reload())
        showError(err.message);
    else
        showError({});
    if (selected > 0)
        selectReply(selected);
    updateButtons();
    retest();
}

void KeywordReplyPage::selectReply(qint64 id)
{
    const int row = m_model->rowOfReply(id);
    if (row >= 0)
        m_table->selectRow(row);
}

qint64 KeywordReplyPage::currentReplyId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return m_model->replyAt(current.row()).id;
}

void KeywordReplyPage::newReply()
{
    KeywordReplyDialog dialog(m_db, this);
    KeywordReply fresh;
    fresh.keyword = m_testMessage->text().trimmed().left(20);
    dialog.setReply(fresh);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectReply(dialog.savedId());
    }
}

void KeywordReplyPage::editSelected()
{
    const qint64 id = currentReplyId();
    if (id <= 0)
        return;
    KeywordReplyDialog dialog(m_db, this);
    dialog.setReply(m_model->replyAt(m_model->rowOfReply(id)));
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectReply(id);
    }
}

bool KeywordReplyPage::deleteSelected(bool ask)
{
    const qint64 id = currentReplyId();
    if (id <= 0)
        return false;
    const KeywordReply r = m_model->replyAt(m_model->rowOfReply(id));
    if (ask
        && QMessageBox::question(this, tr("Delete keyword reply"), tr("Delete the reply to “%1”?").arg(r.keyword))
            != QMessageBox::Yes)
        return false;
    if (auto err = ContentRepository(m_db).removeKeywordReply(id)) {
        showError(err.message);
        return false;
    }
    reload();
    return true;
}

void KeywordReplyPage::updateButtons()
{
    const bool selected = currentReplyId() > 0;
    m_newButton->setEnabled(m_db.isOpen());
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
}

void KeywordReplyPage::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void KeywordReplyPage::retest()
{
    runTest(m_testMessage->text(), 0);
}

void KeywordReplyPage::runTest(const QString &message, qint64 groupId)
{
    if (groupId > 0 && groupId != m_testGroup->groupId())
        m_testGroup->setGroup(groupId); // re-enters through groupChanged; the result is the same
    if (m_testMessage->text() != message) {
        const QSignalBlocker block(m_testMessage);
        m_testMessage->setText(message);
    }
    const qint64 group = m_testGroup->groupId();
    const QString purpose = m_testGroup->groupPurpose();
    m_testTrace->setRowCount(0);
    if (message.trimmed().isEmpty()) {
        m_testResult->setText(tr("Type a message to see which reply would answer it."));
        return;
    }
    const KeywordReplyTrace trace = traceKeywordReply(m_model->replies(), message, group, purpose);
    if (trace.chosen) {
        m_testResult->setText(tr("Replies with “%1” (%2, priority %3): %4")
                                  .arg(trace.chosen->keyword, matchModeLabel(trace.chosen->matchMode))
                                  .arg(trace.chosen->priority)
                                  .arg(trace.chosen->reply));
        m_testResult->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    } else {
        m_testResult->setText(group > 0 ? tr("No reply fires for this message in %1.").arg(m_testGroup->groupName())
                                        : tr("No reply fires for this message."));
        m_testResult->setStyleSheet(QStringLiteral("color: #b3261e;"));
    }
    // Every reply whose keyword matched comes first, then the others: the reasons a specialist
    // needs are "why not this one".
    QList<KeywordReplyTrace::Line> lines;
    for (const auto &l : trace.lines)
        if (l.keywordMatched)
            lines.append(l);
    for (const auto &l : trace.lines)
        if (!l.keywordMatched)
            lines.append(l);
    for (const KeywordReplyTrace::Line &l : std::as_const(lines)) {
        QString why;
        if (l.chosen)
            why = tr("Fires");
        else if (!l.keywordMatched)
            why = tr("Keyword does not match (%1)").arg(matchModeLabel(l.reply.matchMode));
        else if (!l.reply.enabled)
            why = tr("Matches, but the reply is switched off");
        else if (!l.scopeAdmits)
            why = tr("Matches, but its scope does not include this group");
        else
            why = tr("Matches, but “%1” (%2, priority %3) wins")
                      .arg(trace.chosen ? trace.chosen->keyword : QString(),
                          trace.chosen ? m_model->scopeText(*trace.chosen) : QString())
                      .arg(trace.chosen ? trace.chosen->priority : 0);
        const int row = m_testTrace->rowCount();
        m_testTrace->insertRow(row);
        m_testTrace->setItem(row, 0, new QTableWidgetItem(l.reply.keyword));
        m_testTrace->setItem(row, 1, new QTableWidgetItem(m_model->scopeText(l.reply)));
        m_testTrace->setItem(row, 2, new QTableWidgetItem(QString::number(l.reply.priority)));
        auto *reason = new QTableWidgetItem(why);
        if (l.chosen) {
            QFont bold = reason->font();
            bold.setBold(true);
            reason->setFont(bold);
        }
        m_testTrace->setItem(row, 3, reason);
    }
}

QString KeywordReplyPage::testResultText() const
{
    return m_testResult->text();
}

QString KeywordReplyPage::testReasonFor(const QString &keyword) const
{
    for (int row = 0; row < m_testTrace->rowCount(); ++row) {
        if (m_testTrace->item(row, 0)->text() == keyword)
            return m_testTrace->item(row, 3)->text();
    }
    return {};
}

bool KeywordReplyPage::saveScreenshots(const QString &dir, const QString &prefix)
{
    QDir().mkpath(dir);
    const auto path = [&](const QString &name) { return QDir(dir).filePath(prefix + QLatin1Char('-') + name); };
    // A sample run: the first enabled reply's keyword inside a sentence, in its own group if scoped.
    for (const KeywordReply &r : m_model->replies()) {
        if (r.enabled) {
            runTest(tr("Hello, %1?").arg(r.keyword), r.scopeGroupId);
            break;
        }
    }
    if (m_model->rowCount() > 0 && currentReplyId() == 0)
        m_table->selectRow(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    bool ok = grab().save(path(QStringLiteral("keyword-replies.png")));

    KeywordReplyDialog dialog(m_db, this);
    if (const qint64 id = currentReplyId(); id > 0)
        dialog.setReply(m_model->replyAt(m_model->rowOfReply(id)));
    dialog.show();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    ok = dialog.grab().save(path(QStringLiteral("keyword-reply-editor.png"))) && ok;
    dialog.hide();
    return ok;
}

} // namespace qundesk::ui
