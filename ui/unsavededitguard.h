#pragma once

#include <QObject>

#include <functional>

class NodePanel;
class QCloseEvent;
class QModelIndex;
class QTreeView;

/// Unsaved edits in the node panel are never lost silently: switching to another node, closing
/// the window or disconnecting first asks Save / Discard / Cancel (window-modal, not blocking).
class UnsavedEditGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnsavedEditGuard)

public:
    UnsavedEditGuard(QTreeView *tree, NodePanel *panel, QObject *parent = nullptr);

    /// True when the switch from `previous` to `current` is held back: the selection is put
    /// back on the edited node and the question asked; an answer other than Cancel moves on.
    bool holdNodeSwitch(const QModelIndex &current, const QModelIndex &previous);
    /// False (event ignored, question asked) while there are unsaved edits; `close` runs after
    /// a save or a discard.
    bool allowClose(QCloseEvent *event, const std::function<void()> &close);
    /// Runs `disconnect` at once or after the question.
    void beforeDisconnect(const std::function<void()> &disconnect);

private:
    QTreeView *m_tree = nullptr;
    NodePanel *m_panel = nullptr;
    bool m_revertingSelection = false; // holdNodeSwitch() is putting the edited node back
    bool m_closeConfirmed = false;     // the user answered the question before closing
};
