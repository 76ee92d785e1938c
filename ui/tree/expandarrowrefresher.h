#pragma once

#include <QList>
#include <QModelIndex>
#include <QObject>
#include <QTimer>

class QTreeView;

/// Keeps the tree's expand arrows honest. The model offers an arrow for a node whose Stat is
/// not known yet and withdraws it when the Stat says it has no children; QTreeView caches the
/// arrow per row at layout time and, when a layout is pending, ignores the single-row
/// dataChanged the model sends for it (QTreeView::dataChanged returns early while
/// delayedPendingLayout is set). So leaves kept a stale arrow. This re-lays the view out once,
/// coalesced, after rows lost their children.
class ExpandArrowRefresher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpandArrowRefresher)

public:
    explicit ExpandArrowRefresher(QTreeView *view);

private:
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);

    QTreeView *m_view; // Not owned (our parent).
    QTimer m_relayout;
};
