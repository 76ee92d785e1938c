#include "tree/livetreebinder.h"

#include "tree/znodetreemodel.h"

#include <QAbstractProxyModel>
#include <QTreeView>

LiveTreeBinder::LiveTreeBinder(QTreeView *tree, QAbstractProxyModel *proxy, ZNodeTreeModel *model,
                               QObject *parent)
    : QObject(parent)
    , m_tree(tree)
    , m_proxy(proxy)
    , m_model(model)
{
    connect(tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_model->setExpanded(m_proxy->mapToSource(index), true);
    });
    connect(tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_model->setExpanded(m_proxy->mapToSource(index), false);
    });
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                // A reset clears the current index: keep the path to restore after a reload.
                if (current.isValid())
                    m_model->setSelectedPath(m_model->pathForIndex(m_proxy->mapToSource(current)));
            });
    connect(model, &ZNodeTreeModel::expandRequested, this, [this](const QModelIndex &index) {
        if (m_tree) m_tree->expand(m_proxy->mapFromSource(index));
    });
    connect(model, &ZNodeTreeModel::selectRequested, this, [this](const QModelIndex &index) {
        if (!m_tree) return;
        const QModelIndex i = m_proxy->mapFromSource(index);
        for (QModelIndex p = i.parent(); p.isValid(); p = p.parent()) m_tree->expand(p);
        m_tree->setCurrentIndex(i);
        m_tree->scrollTo(i);
    });
}
