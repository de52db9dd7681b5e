#include "members/BulkActionDialog.h"

#include "domain/Member.h"
#include "storage/TagRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

QString BulkActionDialog::title(MembersPage::BulkAction action)
{
    switch (action) {
    case MembersPage::BulkAction::Tag: return tr("Add a tag");
    case MembersPage::BulkAction::Untag: return tr("Remove a tag");
    case MembersPage::BulkAction::AddToGroup: return tr("Add to a group");
    case MembersPage::BulkAction::Verify: return tr("Set verification");
    case MembersPage::BulkAction::FlagKoc: return tr("Flag as KOC");
    case MembersPage::BulkAction::UnflagKoc: return tr("Remove the KOC flag");
    case MembersPage::BulkAction::Export: return tr("Export to CSV");
    }
    return {};
}

BulkActionDialog::BulkActionDialog(MembersPage::BulkAction action, const QSqlDatabase &db, qint64 selected,
                                   qint64 matching, bool matchingExact, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_db(db)
{
    setWindowTitle(title(action));
    setObjectName(QStringLiteral("bulkActionDialog"));

    m_selected = new QRadioButton(tr("The %n selected member(s)", nullptr, int(selected)), this);
    m_selected->setObjectName(QStringLiteral("scopeSelected"));
    const QString all = matching < 0 ? tr("All members matching the current filter (counting…)")
                        : matchingExact ? tr("All %L1 members matching the current filter").arg(matching)
                                        : tr("All members matching the current filter (at least %L1)").arg(matching);
    m_whole = new QRadioButton(all, this);
    m_whole->setObjectName(QStringLiteral("scopeWhole"));
    m_selected->setEnabled(selected > 0);
    (selected > 0 ? m_selected : m_whole)->setChecked(true);

    auto *form = new QFormLayout;
    switch (action) {
    case MembersPage::BulkAction::Tag:
    case MembersPage::BulkAction::Untag: {
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("bulkTag"));
        QList<TagCount> tags;
        if (!TagRepository(db).list(&tags))
            for (const TagCount &t : tags)
                m_choice->addItem(t.tag.name, t.tag.id);
        form->addRow(tr("Tag"), m_choice);
        break;
    }
    case MembersPage::BulkAction::AddToGroup: {
        m_group = new QLineEdit(this);
        m_group->setObjectName(QStringLiteral("bulkGroup"));
        m_group->setPlaceholderText(tr("Type part of a group name"));
        m_groupChoices = new QStandardItemModel(this);
        auto *completer = new QCompleter(m_groupChoices, this);
        completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        m_group->setCompleter(completer);
        connect(m_group, &QLineEdit::textEdited, this, [this](const QString &text) {
            m_groupId = 0; // a changed name needs a new pick
            updateGroupChoices(text);
        });
        connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &name) {
            for (int row = 0; row < m_groupChoices->rowCount(); ++row) {
                if (m_groupChoices->item(row)->text() == name)
                    m_groupId = m_groupChoices->item(row)->data(IdRole).toLongLong();
            }
        });
        form->addRow(tr("Group"), m_group);
        form->addRow(QString(), new QLabel(tr("Members already in the group and blacklisted members are skipped."), this));
        break;
    }
    case MembersPage::BulkAction::Verify:
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("bulkVerification"));
        for (const VerificationStatus s : allVerificationStatuses())
            m_choice->addItem(verificationLabel(s), int(s));
        m_choice->setCurrentIndex(m_choice->findData(int(VerificationStatus::Verified)));
        m_text = new QLineEdit(this);
        m_text->setObjectName(QStringLiteral("bulkEvidence"));
        m_text->setPlaceholderText(tr("e.g. shop-front photo checked"));
        form->addRow(tr("Status"), m_choice);
        form->addRow(tr("Evidence"), m_text);
        break;
    case MembersPage::BulkAction::FlagKoc:
    case MembersPage::BulkAction::UnflagKoc:
        m_text = new QLineEdit(this);
        m_text->setObjectName(QStringLiteral("bulkReason"));
        form->addRow(tr("Reason"), m_text);
        break;
    case MembersPage::BulkAction::Export:
        m_unmasked = new QCheckBox(tr("Full phone numbers and platform IDs (not masked)"), this);
        m_unmasked->setObjectName(QStringLiteral("exportUnmasked"));
        form->addRow(QString(), m_unmasked);
        break;
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BulkActionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Apply to:"), this));
    layout->addWidget(m_selected);
    layout->addWidget(m_whole);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (m_group)
        updateGroupChoices(QString());
}

BulkActionDialog::~BulkActionDialog() = default;

void BulkActionDialog::updateGroupChoices(const QString &text)
{
    m_groupChoices->clear();
    QList<std::pair<qint64, QString>> groups;
    if (MemberRepository(m_db).groupChoices(text, 30, &groups))
        return;
    for (const auto &[id, name] : groups) {
        auto *item = new QStandardItem(name);
        item->setData(id, IdRole);
        m_groupChoices->appendRow(item);
    }
}

bool BulkActionDialog::wholeFilter() const
{
    return m_whole->isChecked();
}

QVariant BulkActionDialog::argument() const
{
    switch (m_action) {
    case MembersPage::BulkAction::Tag:
    case MembersPage::BulkAction::Untag: return m_choice->currentData();
    case MembersPage::BulkAction::AddToGroup: return m_groupId;
    case MembersPage::BulkAction::Verify: return m_choice->currentData();
    case MembersPage::BulkAction::FlagKoc:
    case MembersPage::BulkAction::UnflagKoc: return m_text->text().trimmed();
    case MembersPage::BulkAction::Export: return m_unmasked->isChecked();
    }
    return {};
}

QString BulkActionDialog::note() const
{
    return m_action == MembersPage::BulkAction::Verify ? m_text->text().trimmed() : QString();
}

void BulkActionDialog::accept()
{
    if (m_choice && m_choice->currentIndex() < 0) {
        QMessageBox::information(this, windowTitle(), tr("There is no tag yet: create one first."));
        return;
    }
    if (m_group) {
        // A typed name that exactly matches one choice counts as picking it.
        for (int row = 0; m_groupId == 0 && row < m_groupChoices->rowCount(); ++row) {
            if (m_groupChoices->item(row)->text() == m_group->text().trimmed())
                m_groupId = m_groupChoices->item(row)->data(IdRole).toLongLong();
        }
        if (m_groupId == 0) {
            QMessageBox::information(this, windowTitle(), tr("Pick a group from the list."));
            return;
        }
    }
    QDialog::accept();
}

} // namespace qundesk::ui
