#pragma once

#include <QMenu>

class NodePanel;
class SaveHistory;

/// The Edit menu: Save and Revert of the node panel, Undo/Redo Save, Set null/empty and Find in
/// Data. The window adds its own entries (search, filter) after these.
class EditMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditMenu)

public:
    EditMenu(NodePanel *panel, SaveHistory *history, QWidget *parent = nullptr);

    /// Ctrl+F: the find bar of the text editor (nothing in Hex or without data).
    QAction *findAction() const { return m_find; }

private:
    QAction *m_find = nullptr;
};
