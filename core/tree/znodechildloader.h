#pragma once

#include "tree/readagaingate.h"
#include "tree/znodenamesorter.h"
#include "zk/zkstat.h"

#include <QHash>
#include <QSet>
#include <QStringList>

class ZNodeTreeModel;
struct ZNodeItem;
struct ZkError;
struct ChildrenReply;

/// Lists the children of ZNodeTreeModel's nodes (getChildren) and applies each listing as a
/// diff: rows that are gone are removed, new ones inserted, the others (and so the view's
/// expansion and selection) kept.
///
/// - At most one listing per node is in flight (ReadAgainGate): asking again while one is on its
///   way lists once more when its reply has been applied, so the last listing applied is newer
///   than the last change seen, and a storm of child events costs one listing per round trip.
/// - Big listings are sorted on a worker (ZNodeNameSorter) and a long run of new rows at the end
///   (the first expand of a 100,000-child parent) is appended in slices, one per event-loop
///   turn, so the GUI thread never stalls for more than a frame: the first slice (what the view
///   shows at once) has kFirstSliceRows, each next one twice as many up to kMaxSliceRows, so a
///   100,000-row listing takes 6 turns (each insert makes views and testers walk the rows).
///   Listings asked for meanwhile (fetchMore() of the new rows) go out after the last slice.
/// - An update whose parent cversion moved by more than the rows added and removed had a child
///   deleted and created again between two listings: the known Stats below are marked stale
///   and re-read when shown.
class ZNodeChildLoader final
{
public:
    static constexpr qsizetype kFirstSliceRows = 5000;
    static constexpr qsizetype kMaxSliceRows = 25000;

    explicit ZNodeChildLoader(ZNodeTreeModel &model);

    /// QTreeView calls fetchMore() just before it emits expanded(): the listing goes out on the
    /// next turn (sendDeferredListings()), when setExpanded() has said whether it needs a watch.
    void fetchMore(ZNodeItem *item);
    bool isDeferred(const ZNodeItem *item) const;
    void sendDeferredListings();
    /// Lists `item`'s children, with a child watch when it is shown expanded (or is to be
    /// expanded again by reloadKeepingState()).
    void list(ZNodeItem *item);
    void list(ZNodeItem *item, bool watch);
    /// Re-lists `item` and every loaded descendant; known stats below become stale.
    void refresh(ZNodeItem *item);
    /// The node does not exist (any more): its row goes (the top row shows the error instead).
    void removeVanished(ZNodeItem *item, const ZkError &error);
    void reset();

private:
    /// One node's listing, from the request until its last slice is applied.
    struct Listing
    {
        ReadAgainGate gate;
        QStringList names; // sorted, being appended in slices from `next` on
        qsizetype next = 0;
        qsizetype slice = 0; // rows in the next slice
        ZkStat stat;
        bool update = false; // the node was listed before: report and highlight what changed
        bool hadArrow = false;
        int oldCount = 0;
        QStringList added, removed;
    };

    void send(const QString &path, bool watch);
    void onReply(const ChildrenReply &reply);
    void onSorted(const ChildrenReply &reply, const QStringList &sorted);
    void onError(ZNodeItem *item, const ChildrenReply &reply);
    void startApply(ZNodeItem *item, Listing &listing);
    void removeGone(ZNodeItem *item, Listing &listing);
    void insertNew(ZNodeItem *item, Listing &listing);
    void insertRun(ZNodeItem *item, Listing &listing, qsizetype row, qsizetype from, qsizetype to);
    void appendSlice(const QString &path, quint64 generation);
    void sliceDone();
    void finishApply(ZNodeItem *item, Listing &listing);
    void markHiddenRecreates(ZNodeItem *item, const Listing &listing);
    /// The listing of `path` is done (applied, failed, or the node is gone): list again if it
    /// changed meanwhile.
    void settle(const QString &path);
    void refreshSubtree(ZNodeItem *item);

    ZNodeTreeModel &m_model;
    QHash<QString, Listing> m_listings;   // in flight, being sorted or being applied
    QHash<QString, int> m_listedCversion; // parent cversion of the last listing applied
    QSet<QString> m_deferred;             // fetchMore() listings to send on the next turn
    int m_appending = 0;                  // listings with slices still to append
    ZNodeNameSorter m_sorter;
};
