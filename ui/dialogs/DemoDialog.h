#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace qundesk::ui {

// Makes sure a demo database exists at a path: when the file is missing or empty, generates the
// demo operation on a worker thread behind a progress dialog the user can cancel.
class DemoDialog final
{
    Q_DECLARE_TR_FUNCTIONS(DemoDialog)

public:
    // Returns true when path holds data to open; false when the user cancelled or it failed
    // (the failure has been shown).
    static bool ensureDemoDatabase(const QString &path, QWidget *parent);
};

} // namespace qundesk::ui
