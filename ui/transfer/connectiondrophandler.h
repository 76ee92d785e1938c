#pragma once

#include "util/statusmessage.h"

#include <QObject>
#include <QPointer>

class ConnectionCopyDialog;
class QAbstractItemView;
class QDropEvent;
class QMimeData;
class ZkSession;

/// Drops of a znode dragged out of another connection's tree (this window or another one) onto
/// a node of this tree: ConnectionCopyDialog opens for the dragged subtree with this tab and the
/// node under the cursor as the destination, and it counts and asks before anything is written.
/// A plain drop copies, a move drag (Shift) moves. Refused: drags from this same connection
/// (the tree has no drag-move within a cluster), from another process, from a session that is
/// no longer open, anything that is not a znode, and every drop on a read-only connection.
class ConnectionDropHandler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDropHandler)

public:
    /// Handles the drag events of `tree`'s viewport; `session` is the tree's (this tab's).
    ConnectionDropHandler(QAbstractItemView *tree, ZkSession *session, QWidget *dialogParent);

    /// The dialog the last accepted drop opened (null once it is closed).
    ConnectionCopyDialog *lastDialog() const;

signals:
    void statusMessage(const StatusMessage &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The open session (of another tab) the drag in `data` came from; null when there is none
    /// or this tab cannot take it.
    ZkSession *sourceOf(const QMimeData *data) const;
    bool writable() const;
    void drop(QDropEvent *event);

    QAbstractItemView *m_tree;
    ZkSession *m_session; // the tab's; lives as long as the tab, and so as the tree
    QWidget *m_dialogParent;
    QPointer<ConnectionCopyDialog> m_dialog;
};
