#pragma once

#include <QObject>
#include <QPointer>

class QAbstractProxyModel;
class QTreeView;
class ZNodeTreeModel;

/// Ties a QTreeView to the live ZNodeTreeModel behind a proxy: expanded/collapsed → the model's
/// child watches (setExpanded), the current node → the model's remembered selection, and back,
/// after a reload for a new session, expandRequested/selectRequested → the view. A separate
/// object so ConnectionView needs one line for the whole live tree.
class LiveTreeBinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveTreeBinder)

public:
    LiveTreeBinder(QTreeView *tree, QAbstractProxyModel *proxy, ZNodeTreeModel *model,
                   QObject *parent = nullptr);

private:
    QPointer<QTreeView> m_tree;
    QAbstractProxyModel *m_proxy; // Not owned.
    ZNodeTreeModel *m_model;      // Not owned.
};
