// ZNodeTreeModel: the live tree. Which nodes are watched, what a fired watch does, changed-row
// highlighting, stale marking while reconnecting, and the reload after a new session.
#include "tree/znodetreemodel.h"

#include "zk/zkpath.h"
#include "zk/zksession.h"
#include "zk/zkwatchregistry.h"
#include "tree/znodeitem.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcTreeModel)

namespace {
using LoadState = ZNodeTreeModel::LoadState;
constexpr quint8 state(LoadState s) { return quint8(s); }
} // namespace

bool ZNodeTreeModel::shownExpanded(const ZNodeItem *item) const
{
    for (const ZNodeItem *i = item; i; i = i->parent)
        if (!i->hasFlag(ZNodeItem::Expanded)) return false;
    return true;
}

void ZNodeTreeModel::setExpanded(const QModelIndex &index, bool expanded)
{
    ZNodeItem *item = itemFor(index.siblingAtColumn(0));
    if (!item || item->hasFlag(ZNodeItem::Expanded) == expanded) return;
    item->setFlag(ZNodeItem::Expanded, expanded);
    if (expanded) {
        if (shownExpanded(item)) armSubtree(item);
    } else {
        disarmSubtree(item, true);
    }
}

bool ZNodeTreeModel::isExpanded(const QModelIndex &index) const
{
    const ZNodeItem *item = itemFor(index.siblingAtColumn(0));
    return item && item->hasFlag(ZNodeItem::Expanded);
}

// `item` just became visible-expanded: it and every expanded descendant that shows again get a
// watched listing, which both arms the watch and re-reads what changed while it was collapsed.
void ZNodeTreeModel::armSubtree(ZNodeItem *item)
{
    if (!item->hasFlag(ZNodeItem::Expanded)) return;
    if (!item->hasFlag(ZNodeItem::ChildWatch)) {
        if (m_deferred.contains(item->path()))
            ; // fetchMore() queued it this turn: it goes out with a watch (sendDeferredListings)
        else
            requestChildren(item, true);
    }
    for (const auto &child : item->children) armSubtree(child.get());
}

// `item` is no longer visible-expanded (collapsed itself, or an ancestor was, or it is gone).
void ZNodeTreeModel::disarmSubtree(ZNodeItem *item, bool onServer)
{
    if (item->hasFlag(ZNodeItem::ChildWatch)) {
        item->setFlag(ZNodeItem::ChildWatch, false);
        auto *registry = ZkWatchRegistry::forSession(m_session);
        if (onServer)
            registry->setInterest(this, item->path(), ZkWatchRegistry::Kind::Children, false);
        else
            registry->forget(this, item->path(), ZkWatchRegistry::Kind::Children);
    }
    for (const auto &child : item->children)
        if (child->hasFlag(ZNodeItem::Expanded) || child->hasFlag(ZNodeItem::ChildWatch))
            disarmSubtree(child.get(), onServer);
}

void ZNodeTreeModel::sendDeferredListings()
{
    if (m_deferred.isEmpty()) return;
    const QSet<QString> paths = std::exchange(m_deferred, {});
    for (const QString &path : paths) {
        ZNodeItem *item = findItem(path);
        if (item && item->loadState == state(LoadState::Loading)) requestChildren(item);
    }
}

void ZNodeTreeModel::collectExpanded(const ZNodeItem *item, QStringList &out) const
{
    if (item->hasFlag(ZNodeItem::Expanded)) out << item->path();
    for (const auto &child : item->children)
        if (!child->children.empty() || child->hasFlag(ZNodeItem::Expanded))
            collectExpanded(child.get(), out);
}

QStringList ZNodeTreeModel::expandedPaths() const
{
    QStringList out;
    if (m_top) collectExpanded(m_top.get(), out);
    return out;
}

QStringList ZNodeTreeModel::watchedPaths() const
{
    QStringList out;
    std::function<void(const ZNodeItem *)> walk = [&](const ZNodeItem *item) {
        if (item->hasFlag(ZNodeItem::ChildWatch)) out << item->path();
        for (const auto &child : item->children) walk(child.get());
    };
    if (m_top) walk(m_top.get());
    return out;
}

// The one place that decides what a fired watch does. Events are per session, not per owner:
// a child watch that fires was also the subtree watcher's, and vice versa.
void ZNodeTreeModel::onNodeEvent(const NodeEvent &event)
{
    ZNodeItem *item = findItem(event.path);
    if (!item) return;
    switch (event.type) {
    case NodeEventType::ChildrenChanged:
        item->setFlag(ZNodeItem::ChildWatch, false);
        // Re-arm with the listing itself: whatever changed between the event and the re-arm is
        // in that reply, so nothing is missed. A node that is not shown expanded is not re-armed:
        // its listing is re-read when it is expanded again.
        if (shownExpanded(item) && item->loadState != state(LoadState::NotLoaded))
            requestChildren(item, true);
        break;
    case NodeEventType::Deleted:
        // A delete fires the child watch too. The node may be back already (deleted and
        // re-created between two listings of its parent: the parent keeps the row), so an
        // expanded one is re-listed: that re-arms it, or says NoNode and removes the row.
        item->setFlag(ZNodeItem::ChildWatch, false);
        if (shownExpanded(item) && item->loadState != state(LoadState::NotLoaded)) {
            requestChildren(item, true);
            break;
        }
        [[fallthrough]];
    case NodeEventType::DataChanged:
    case NodeEventType::Created:
        if (item->stat) {
            item->setFlag(ZNodeItem::StatStale, true);
            requestStat(item);
        }
        break;
    case NodeEventType::WatchRemoved: break;
    }
}

// ---- Changed-row highlight -------------------------------------------------------------------

void ZNodeTreeModel::markChanged(const ZNodeItem *item)
{
    m_changedAt.insert(item->path(), QDateTime::currentMSecsSinceEpoch());
    markDirty(item->path());
    if (!m_fadeTimer.isActive()) m_fadeTimer.start();
}

void ZNodeTreeModel::onFadeTimer()
{
    // Re-signal the fading rows so the view repaints them with the next shade; drop the old.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_changedAt.begin(); it != m_changedAt.end();) {
        markDirty(it.key());
        if (now - it.value() >= kHighlightMs)
            it = m_changedAt.erase(it);
        else
            ++it;
    }
    if (m_changedAt.isEmpty()) m_fadeTimer.stop();
}

// ---- Session state: stale marking, reconnect, new session ------------------------------------

void ZNodeTreeModel::onSessionState()
{
    const SessionState s = m_session->state();
    const bool wasStale = m_stale;
    switch (s) {
    case SessionState::Reconnecting:
    case SessionState::Connecting:
        m_stale = bool(m_top) && m_sessionId != 0;
        break;
    case SessionState::Expired:
    case SessionState::AuthFailed:
        m_stale = bool(m_top);
        m_sawExpiry = true;
        break;
    case SessionState::Closed:
        m_stale = false;
        m_sawExpiry = false;
        break;
    case SessionState::Connected:
    case SessionState::ConnectedReadOnly: {
        m_stale = false;
        const qint64 id = m_session->sessionId();
        if (m_top && m_sawExpiry && id != m_sessionId) {
            m_sawExpiry = false;
            reloadKeepingState();
        } else if (m_top && id == m_sessionId && wasStale) {
            // Same session: the C client re-registered the watches (and fires those whose node
            // changed meanwhile); re-read what is shown anyway, stats included.
            refreshExpanded(m_top.get());
        }
        break;
    }
    }
    if (wasStale != m_stale) {
        emit staleChanged(m_stale);
        // A multi-cell dataChanged makes QTreeView repaint its whole viewport (greyed or not).
        if (m_top) emit dataChanged(indexOf(m_top.get()), indexOf(m_top.get(), ColumnCount - 1));
    }
}

void ZNodeTreeModel::refreshExpanded(ZNodeItem *item)
{
    if (item->stat) item->setFlag(ZNodeItem::StatStale, true);
    if (!shownExpanded(item) || item->loadState == state(LoadState::NotLoaded)) {
        if (item->stat) markDirty(item->path());
        return;
    }
    requestChildren(item, true);
    for (const auto &child : item->children) refreshExpanded(child.get());
}

void ZNodeTreeModel::reloadKeepingState()
{
    const QStringList expanded = expandedPaths();
    const QString selected = m_selectedPath;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    reload();
    // Listing these marks them expanded and arms their watch in the same request.
    m_restoreExpand = QSet<QString>(expanded.begin(), expanded.end());
    struct Progress
    {
        int pending = 0;
        int found = 0;
        QStringList missing;
    };
    auto progress = std::make_shared<Progress>();
    QStringList targets = expanded;
    if (!selected.isEmpty()) targets << selected;
    progress->pending = int(targets.size());
    const int expandedCount = int(expanded.size());
    const quint64 generation = m_generation;
    auto finishOne = [this, progress, clock, generation] {
        if (--progress->pending > 0 || generation != m_generation) return;
        m_restoreExpand.clear();
        qCInfo(lcTreeModel) << "tree restored in" << clock->elapsed() << "ms;" << progress->found
                            << "expanded nodes back," << progress->missing.size() << "gone";
        emit restored(progress->found, progress->missing, clock->elapsed());
    };
    if (targets.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, clock] { emit restored(0, {}, clock->elapsed()); },
                                  Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < targets.size(); ++i) {
        const bool isSelection = i >= expandedCount;
        const QString path = targets[i];
        loadPath(path, this, [this, path, isSelection, progress, finishOne, generation](
                                 const QModelIndex &index, const ZkError &error) {
            if (generation != m_generation) return;
            if (error || !index.isValid()) {
                progress->missing << path;
            } else if (isSelection) {
                emit selectRequested(index);
            } else {
                ++progress->found;
                if (ZNodeItem *item = itemFor(index)) {
                    item->setFlag(ZNodeItem::Expanded, true);
                    if (shownExpanded(item)) armSubtree(item);
                }
                emit expandRequested(index);
            }
            finishOne();
        });
    }
}
