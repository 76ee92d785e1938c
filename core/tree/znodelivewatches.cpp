#include "tree/znodelivewatches.h"

#include "tree/znodechildloader.h"
#include "tree/znodeitem.h"
#include "tree/znodestaterestorer.h"
#include "tree/znodestatfetcher.h"
#include "tree/znodetreemodel.h"
#include "zk/zksession.h"
#include "zk/zkwatchregistry.h"

namespace {
using LoadState = ZNodeTreeModel::LoadState;
constexpr quint8 state(LoadState s) { return quint8(s); }
} // namespace

ZNodeLiveWatches::ZNodeLiveWatches(ZNodeTreeModel &model)
    : m_model(model)
{
    QObject::connect(model.m_session, &ZkSession::nodeEvent, &model,
                     [this](const NodeEvent &event) { onNodeEvent(event); });
    QObject::connect(model.m_session, &ZkSession::stateChanged, &model,
                     [this] { onSessionState(); });
}

void ZNodeLiveWatches::reset()
{
    // On the same session the server watches are removed too; in a new one they died with the
    // old session.
    ZkSession *session = m_model.m_session;
    ZkWatchRegistry::forSession(session)->clearOwner(
        &m_model, session->sessionId() == m_sessionId && session->isConnected());
    m_sessionId = session->sessionId();
}

bool ZNodeLiveWatches::shownExpanded(const ZNodeItem *item) const
{
    for (const ZNodeItem *i = item; i; i = i->parent)
        if (!i->hasFlag(ZNodeItem::Expanded)) return false;
    return true;
}

void ZNodeLiveWatches::setExpanded(ZNodeItem *item, bool expanded)
{
    if (item->hasFlag(ZNodeItem::Expanded) == expanded) return;
    item->setFlag(ZNodeItem::Expanded, expanded);
    if (!expanded)
        disarmSubtree(item, true);
    else if (shownExpanded(item))
        armSubtree(item);
}

void ZNodeLiveWatches::armSubtree(ZNodeItem *item)
{
    if (!item->hasFlag(ZNodeItem::Expanded)) return;
    // A listing fetchMore() queued this turn goes out with a watch anyway.
    if (!item->hasFlag(ZNodeItem::ChildWatch) && !m_model.m_loader->isDeferred(item))
        m_model.m_loader->list(item, true);
    for (const auto &child : item->children) armSubtree(child.get());
}

void ZNodeLiveWatches::disarmSubtree(ZNodeItem *item, bool onServer)
{
    if (item->hasFlag(ZNodeItem::ChildWatch)) {
        item->setFlag(ZNodeItem::ChildWatch, false);
        auto *registry = ZkWatchRegistry::forSession(m_model.m_session);
        if (onServer)
            registry->setInterest(&m_model, item->path(), ZkWatchRegistry::Kind::Children, false);
        else
            registry->forget(&m_model, item->path(), ZkWatchRegistry::Kind::Children);
    }
    for (const auto &child : item->children)
        if (child->hasFlag(ZNodeItem::Expanded) || child->hasFlag(ZNodeItem::ChildWatch))
            disarmSubtree(child.get(), onServer);
}

void ZNodeLiveWatches::collectExpanded(const ZNodeItem *item, QStringList &out) const
{
    if (item->hasFlag(ZNodeItem::Expanded)) out << item->path();
    for (const auto &child : item->children)
        if (!child->children.empty() || child->hasFlag(ZNodeItem::Expanded))
            collectExpanded(child.get(), out);
}

QStringList ZNodeLiveWatches::expandedPaths() const
{
    QStringList out;
    if (m_model.top()) collectExpanded(m_model.top(), out);
    return out;
}

void ZNodeLiveWatches::collectWatched(const ZNodeItem *item, QStringList &out) const
{
    if (item->hasFlag(ZNodeItem::ChildWatch)) out << item->path();
    for (const auto &child : item->children) collectWatched(child.get(), out);
}

QStringList ZNodeLiveWatches::watchedPaths() const
{
    QStringList out;
    if (m_model.top()) collectWatched(m_model.top(), out);
    return out;
}

// The one place that decides what a fired watch does. Events are per session, not per owner:
// a child watch that fires was also the subtree watcher's, and vice versa.
void ZNodeLiveWatches::onNodeEvent(const NodeEvent &event)
{
    ZNodeItem *item = m_model.findItem(event.path);
    if (!item) return;
    const bool listed = item->loadState != state(LoadState::NotLoaded);
    switch (event.type) {
    case NodeEventType::ChildrenChanged:
        item->setFlag(ZNodeItem::ChildWatch, false);
        // Re-arm with the listing itself: whatever changed between the event and the re-arm is
        // in that reply. A node that is not shown expanded is not re-armed: its listing is
        // re-read when it is expanded again.
        if (shownExpanded(item) && listed) m_model.m_loader->list(item, true);
        break;
    case NodeEventType::Deleted:
        // A delete fires the child watch too. The node may be back already (deleted and
        // re-created between two listings of its parent: the parent keeps the row), so an
        // expanded one is re-listed: that re-arms it, or says NoNode and removes the row.
        item->setFlag(ZNodeItem::ChildWatch, false);
        if (shownExpanded(item) && listed) {
            m_model.m_loader->list(item, true);
            break;
        }
        [[fallthrough]];
    case NodeEventType::DataChanged:
    case NodeEventType::Created:
        if (item->stat) m_model.m_stats->refresh(item);
        break;
    case NodeEventType::WatchRemoved:
        break;
    }
}

void ZNodeLiveWatches::onSessionState()
{
    ZkSession *session = m_model.m_session;
    const bool wasStale = m_stale;
    const bool loaded = m_model.top() != nullptr;
    switch (session->state()) {
    case SessionState::Reconnecting:
    case SessionState::Connecting:
        m_stale = loaded && m_sessionId != 0;
        break;
    case SessionState::Expired:
    case SessionState::AuthFailed:
        m_stale = loaded;
        m_sawExpiry = true;
        break;
    case SessionState::Closed:
        m_stale = false;
        m_sawExpiry = false;
        break;
    case SessionState::Connected:
    case SessionState::ConnectedReadOnly: {
        m_stale = false;
        const qint64 id = session->sessionId();
        if (loaded && m_sawExpiry && id != m_sessionId) {
            m_sawExpiry = false;
            m_model.m_restorer->reloadKeepingState();
        } else if (loaded && id == m_sessionId && wasStale) {
            // Same session: the C client re-registered the watches (and fires those whose node
            // changed meanwhile); re-read what is shown anyway, stats included.
            refreshExpanded(m_model.top());
        }
        break;
    }
    }
    if (wasStale == m_stale) return;
    emit m_model.staleChanged(m_stale);
    // A multi-cell dataChanged makes QTreeView repaint its whole viewport (greyed or not).
    if (loaded) m_model.rowChanged(m_model.top(), false);
}

void ZNodeLiveWatches::refreshExpanded(ZNodeItem *item)
{
    if (item->stat) item->setFlag(ZNodeItem::StatStale, true);
    if (!shownExpanded(item) || item->loadState == state(LoadState::NotLoaded)) {
        if (item->stat) m_model.markDirty(item->path());
        return;
    }
    m_model.m_loader->list(item, true);
    for (const auto &child : item->children) refreshExpanded(child.get());
}
