#pragma once

#include <QSqlDatabase>
#include <QWidget>

namespace qundesk::ui {

// One screen behind an entry of the main window's navigation. MainWindow hands every page the
// open database (or an invalid QSqlDatabase when none is open); a page builds its models and
// repositories over it and never runs SQL itself.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void setDatabase(const QSqlDatabase &db) = 0;
    // Re-reads from the database, e.g. after an import or a change made elsewhere.
    virtual void reload() = 0;
    // For --screenshots: writes further views of this page (a dialog, another setting) as
    // PNG files named prefix-<what>.png in dir. Most pages have none.
    virtual bool saveExtraScreenshots(const QString &dir, const QString &prefix)
    {
        Q_UNUSED(dir)
        Q_UNUSED(prefix)
        return true;
    }

signals:
    void statusMessage(const QString &text);
    // Something in the database changed through this page; other pages and the status bar refresh.
    void dataChanged();
};

} // namespace qundesk::ui
