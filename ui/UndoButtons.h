#pragma once

class QToolButton;
class QUndoStack;
class QWidget;

namespace qundesk::ui {

struct UndoButtons
{
    QToolButton *undo = nullptr;        // object name "undoButton"
    QToolButton *redo = nullptr;        // object name "redoButton"
};

// Undo and redo for a dialog whose edits go through `stack`: Ctrl+Z, and the platform's redo
// keys (Ctrl+Y on some) plus Ctrl+Shift+Z everywhere, as actions on `owner` so the keys work
// from any of its fields, and as two tool buttons (children of `owner`) to place in its layout.
UndoButtons addUndoRedo(QWidget *owner, QUndoStack *stack);

} // namespace qundesk::ui
