#include "SettingsDialog.h"

#include "AppSettings.h"
#include "dialogs/CalendarSettings.h"
#include "dialogs/KocSettings.h"
#include "dialogs/OperationSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace qundesk::ui {

SettingsDialog::SettingsDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system"), QStringLiteral("system"));
    // Language names are shown in their own language, untranslated, so anyone can find theirs.
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(AppSettings::language()));

    auto *interfacePage = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Interface language:"), m_language);
    auto *note = new QLabel(tr("A new language takes effect the next time QunDesk starts."), interfacePage);
    note->setWordWrap(true);
    auto *interfaceLayout = new QVBoxLayout(interfacePage);
    interfaceLayout->addLayout(form);
    interfaceLayout->addWidget(note);
    interfaceLayout->addStretch();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();

    m_operation = new OperationSettings(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(interfacePage, tr("Interface"));
    const int operationTab = m_tabs->addTab(m_operation, tr("Group operation"));
    if (m_db.isOpen()) {
        QString error;
        if (!m_operation->load(m_db, &error)) {
            m_error->setText(error);
            m_error->show();
        }
    } else {
        m_tabs->setTabEnabled(operationTab, false);
        m_tabs->setTabToolTip(operationTab, tr("Open a database to change its rules."));
    }
    // KOC scoring, with a database only: accept() finds the tab by type and saves it after the
    // operation's rules.
    if (m_db.isOpen()) {
        auto *koc = new KocSettings(this);
        m_tabs->addTab(koc, tr("KOC scoring"));
        if (QString error; !koc->load(m_db, &error)) {
            m_error->setText(error);
            m_error->show();
        }
    }
    // Content calendar: time slots, daily maximum, quiet hours (database only, like KOC).
    if (m_db.isOpen()) {
        auto *calendar = new CalendarSettings(this);
        m_tabs->addTab(calendar, tr("Content calendar"));
        if (QString error; !calendar->load(m_db, &error)) {
            m_error->setText(error);
            m_error->show();
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 560);
}

void SettingsDialog::accept()
{
    m_lastError.clear();
    if (m_db.isOpen() && !m_operation->save(m_db, &m_lastError)) {
        m_tabs->setCurrentWidget(m_operation);
        m_error->setText(m_lastError);
        m_error->show();
        return;
    }
    if (auto *koc = findChild<KocSettings *>(); koc && m_db.isOpen() && !koc->save(m_db, &m_lastError)) {
        m_tabs->setCurrentWidget(koc);
        m_error->setText(m_lastError);
        m_error->show();
        return;
    }
    if (auto *calendar = findChild<CalendarSettings *>();
        calendar && m_db.isOpen() && !calendar->save(m_db, &m_lastError)) {
        m_tabs->setCurrentWidget(calendar);
        m_error->setText(m_lastError);
        m_error->show();
        return;
    }
    QDialog::accept();
}

bool SettingsDialog::apply()
{
    const QString before = AppSettings::effectiveLanguage();
    AppSettings::setLanguage(m_language->currentData().toString());
    return AppSettings::effectiveLanguage() != before;
}

} // namespace qundesk::ui
