#include "UndoButtons.h"

#include <QAction>
#include <QCoreApplication>
#include <QToolButton>
#include <QUndoStack>
#include <QWidget>

namespace qundesk::ui {

UndoButtons addUndoRedo(QWidget *owner, QUndoStack *stack)
{
    QAction *undo = stack->createUndoAction(owner, QCoreApplication::translate("UndoButtons", "Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(owner, QCoreApplication::translate("UndoButtons", "Redo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts(redoKeys);
    owner->addAction(undo);
    owner->addAction(redo);

    UndoButtons buttons;
    buttons.undo = new QToolButton(owner);
    buttons.undo->setObjectName(QStringLiteral("undoButton"));
    buttons.undo->setDefaultAction(undo);
    buttons.redo = new QToolButton(owner);
    buttons.redo->setObjectName(QStringLiteral("redoButton"));
    buttons.redo->setDefaultAction(redo);
    return buttons;
}

} // namespace qundesk::ui
