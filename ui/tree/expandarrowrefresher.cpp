#include "tree/expandarrowrefresher.h"

#include "tree/znodetreemodel.h"

#include <QTreeView>

ExpandArrowRefresher::ExpandArrowRefresher(QTreeView *view)
    : QObject(view)
    , m_view(view)
{
    // One re-layout per burst of Stat replies (they arrive in batches for the visible rows).
    m_relayout.setSingleShot(true);
    m_relayout.setInterval(50);
    connect(&m_relayout, &QTimer::timeout, m_view, &QTreeView::doItemsLayout);
    connect(view->model(), &QAbstractItemModel::dataChanged, this,
            &ExpandArrowRefresher::onDataChanged);
}

void ExpandArrowRefresher::onDataChanged(const QModelIndex &, const QModelIndex &,
                                         const QList<int> &roles)
{
    // Only rows whose arrow really changed: a re-layout walks every shown row.
    if (roles.contains(ZNodeTreeModel::ExpandableRole) && !m_relayout.isActive())
        m_relayout.start();
}
