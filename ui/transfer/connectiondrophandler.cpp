#include "transfer/connectiondrophandler.h"

#include "transfer/connectioncopydialog.h"
#include "tree/znodedragpayload.h"
#include "tree/znodetreemodel.h"
#include "zk/zksession.h"

#include <QAbstractItemView>
#include <QDropEvent>

ConnectionDropHandler::ConnectionDropHandler(QAbstractItemView *tree, ZkSession *session,
                                             QWidget *dialogParent)
    : QObject(tree)
    , m_tree(tree)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
    // Drops land on the viewport; the filter answers them before the view's own handlers, which
    // would ask the model (it takes no drops).
    tree->viewport()->setAcceptDrops(true);
    tree->viewport()->installEventFilter(this);
}

ConnectionCopyDialog *ConnectionDropHandler::lastDialog() const { return m_dialog; }

bool ConnectionDropHandler::writable() const
{
    return m_session->isConnected() && !m_session->options().readOnly;
}

ZkSession *ConnectionDropHandler::sourceOf(const QMimeData *data) const
{
    const std::optional<ZNodeDragPayload> payload = ZNodeDragPayload::read(data);
    if (!payload) return nullptr;
    // Only a session open in a tab now is trusted (the payload's address is never followed).
    for (const ConnectionCopyDialog::Target &t : ConnectionCopyDialog::openConnections(m_session))
        if (payload->sessionIs(t.session)) return t.session;
    return nullptr;
}

bool ConnectionDropHandler::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter: {
        // Taken anywhere on the tree, so that the moves follow; each move says where it may drop.
        auto *e = static_cast<QDragEnterEvent *>(event);
        const bool fromOther = sourceOf(e->mimeData()) != nullptr;
        if (fromOther && writable()) {
            e->acceptProposedAction();
        } else {
            e->ignore();
            if (fromOther)
                emit statusMessage(StatusMessage::error(
                    tr("This connection is read-only: nothing can be copied into it.")));
        }
        return true;
    }
    case QEvent::DragMove: {
        auto *e = static_cast<QDragMoveEvent *>(event);
        const bool onNode = m_tree->indexAt(e->position().toPoint()).isValid();
        if (onNode && writable() && sourceOf(e->mimeData()))
            e->acceptProposedAction();
        else
            e->ignore();
        return true;
    }
    case QEvent::Drop:
        drop(static_cast<QDropEvent *>(event));
        return true;
    default:
        return QObject::eventFilter(watched, event);
    }
}

void ConnectionDropHandler::drop(QDropEvent *event)
{
    const QModelIndex index = m_tree->indexAt(event->position().toPoint());
    ZkSession *source = sourceOf(event->mimeData());
    if (!source || !index.isValid() || !writable()) {
        event->ignore();
        return;
    }
    // Shift turns the drag into a move (QPlatformDrag::defaultAction); the modifier is read too
    // in case the platform proposed another action for it.
    const bool move =
        event->proposedAction() == Qt::MoveAction || event->modifiers().testFlag(Qt::ShiftModifier);
    event->setDropAction(move ? Qt::MoveAction : Qt::CopyAction);
    event->accept();
    const QString path = ZNodeDragPayload::read(event->mimeData())->path;
    const QString parentPath = index.data(ZNodeTreeModel::PathRole).toString();
    m_dialog =
        ConnectionCopyDialog::open(source, path, move, m_dialogParent, m_session, parentPath);
}
