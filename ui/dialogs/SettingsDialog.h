#pragma once

#include <QDialog>

class QComboBox;

namespace qundesk::ui {

// Preferences: for now the interface language (saved in QSettings, applied at the next start).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Saves the choices; returns true when something needs a restart to take effect.
    bool apply();

private:
    QComboBox *m_language = nullptr;
};

} // namespace qundesk::ui
