#include "SettingsDialog.h"

#include "AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace qundesk::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system"), QStringLiteral("system"));
    // Language names are shown in their own language, untranslated, so anyone can find theirs.
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(AppSettings::language()));

    auto *form = new QFormLayout;
    form->addRow(tr("Interface language:"), m_language);
    auto *note = new QLabel(tr("A new language takes effect the next time QunDesk starts."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(420, 180);
}

bool SettingsDialog::apply()
{
    const QString before = AppSettings::effectiveLanguage();
    AppSettings::setLanguage(m_language->currentData().toString());
    return AppSettings::effectiveLanguage() != before;
}

} // namespace qundesk::ui
