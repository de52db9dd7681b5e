#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QTabWidget;

namespace qundesk::ui {

class OperationSettings;

// Preferences: the interface language of this desk (QSettings, applied at the next start) and,
// when a database is open, the operation's rules stored in it (OperationSettings).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const QSqlDatabase &db = {}, QWidget *parent = nullptr);

    // Saves the language; returns true when something needs a restart to take effect.
    bool apply();
    OperationSettings *operationSettings() const { return m_operation; }
    // The last reason OK was refused (a field named), empty when none.
    QString lastError() const { return m_lastError; }

public slots:
    // Saves the operation's rules first; stays open with the reason when they cannot be saved.
    void accept() override;

private:
    QSqlDatabase m_db;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_language = nullptr;
    OperationSettings *m_operation = nullptr;
    QLabel *m_error = nullptr;
    QString m_lastError;
};

} // namespace qundesk::ui
