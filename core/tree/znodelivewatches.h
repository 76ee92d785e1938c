#pragma once

#include <QStringList>

class ZNodeTreeModel;
struct ZNodeItem;
struct NodeEvent;

/// The live part of ZNodeTreeModel: which nodes carry a child watch, what a fired watch does,
/// and what the session's state changes mean for what is shown.
///
/// A child watch is armed only on nodes the view shows expanded (with every ancestor expanded
/// too), never on everything loaded. A fired watch is re-armed by the same getChildren that
/// re-reads the listing, so whatever changed between the event and the re-arm is in that
/// listing. Collapsing a node withdraws its child watch (and those of its expanded descendants)
/// through ZkWatchRegistry, which removes it on the server unless another part of the app (the
/// watch log's subtree watcher) still wants it. Data events (from any part's data watch) make a
/// row with a known Stat read it again.
///
/// While the session is reconnecting the model is stale; back in the same session every expanded
/// node is re-read; in a new session after expiry the tree is reloaded keeping its state.
class ZNodeLiveWatches final
{
public:
    explicit ZNodeLiveWatches(ZNodeTreeModel &model);

    void setExpanded(ZNodeItem *item, bool expanded);
    /// `item` and every ancestor are expanded: the view shows its children.
    bool shownExpanded(const ZNodeItem *item) const;
    /// `item` just became visible-expanded: it and every expanded descendant that shows again
    /// get a watched listing, which both arms the watch and re-reads what changed meanwhile.
    void armSubtree(ZNodeItem *item);
    /// `item` is no longer visible-expanded (collapsed, an ancestor was, or it is gone).
    /// `onServer` false: the watches died with the node; only forget them locally.
    void disarmSubtree(ZNodeItem *item, bool onServer);
    QStringList expandedPaths() const;
    QStringList watchedPaths() const;
    bool isStale() const { return m_stale; }
    /// reload(): the old items' interests go.
    void reset();

private:
    void onNodeEvent(const NodeEvent &event);
    void onSessionState();
    void refreshExpanded(ZNodeItem *item);
    void collectExpanded(const ZNodeItem *item, QStringList &out) const;
    void collectWatched(const ZNodeItem *item, QStringList &out) const;

    ZNodeTreeModel &m_model;
    bool m_stale = false;
    bool m_sawExpiry = false; // a new session must reload keeping the state
    qint64 m_sessionId = 0;   // the session the watches were armed in
};
