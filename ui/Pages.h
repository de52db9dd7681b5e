#pragma once

#include <QIcon>
#include <QList>
#include <QString>

namespace qundesk::ui {

class Page;

struct PageEntry
{
    Page *page = nullptr;
    QString title;      // translated, shown in the navigation
    QString key;        // stable name for screenshots and settings: matrix, members, ...
    QIcon icon;
};

// The screens of the main window, in navigation order. Pages are parented to parent.
QList<PageEntry> createPages(QWidget *parent);

} // namespace qundesk::ui
