#pragma once

#include "zk/zkerror.h"
#include "zk/zkstat.h"
#include "tree/znodenamesorter.h"
#include "tree/znodestatqueue.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <list>
#include <memory>
#include <optional>

class ZkSession;
struct ZNodeItem;
struct ChildrenReply;
struct StatReply;
struct NodeEvent;

/// The znode tree, loaded lazily over a ZkSession.
///
/// - One top-level row, "/" (with a chroot in the connect string: the chroot).
/// - Children are fetched by fetchMore() (getChildren with a watch) and inserted, sorted in
///   natural order, when the reply arrives. hasChildren() never loads anything.
/// - A child's Stat is fetched only when a view asks data() for it (exists(), batched, newest
///   requests first, at most kMaxStatRequests outstanding), so 100,000 loaded children cost
///   100,000 names, not 100,000 requests.
/// - Replies are matched to items by path at arrival, so a reply for a removed node, or one
///   from before reload(), is dropped and never touches freed memory.
///
/// Live tree (znodetreemodellive.cpp): a child watch is armed only on nodes the view shows
/// expanded (setExpanded(), with every ancestor expanded too), never on everything loaded. A
/// fired watch is re-armed by the same getChildren that re-reads the listing, so whatever
/// changed between the event and the re-arm is in that listing: the view converges. Collapsing
/// a node withdraws its child watch (and those of its expanded descendants) through
/// ZkWatchRegistry, which removes it on the server unless another part of the app (the watch
/// log's subtree watcher) still wants it. Changed rows get ChangedRecentlyRole for ~2 s.
/// While the session is reconnecting the model isStale(); back in the same session every
/// expanded node is re-read; in a new session after expiry the tree is reloaded and the
/// expanded nodes and the selection are restored where they still exist.
class ZNodeTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZNodeTreeModel)

public:
    enum Column { NameColumn, ChildrenColumn, DataSizeColumn, ModifiedColumn, VersionColumn,
                  ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, ///< QString absolute path
        StatRole,      ///< QVariant::fromValue(ZkStat), invalid while unknown
        HasStatRole,   ///< bool; does not trigger a fetch
        NodeKindRole,  ///< int, NodeKindFlag bits (Ephemeral/Container/Ttl need the stat)
        LoadStateRole, ///< int, LoadState of the node's children
        ErrorRole,     ///< QString, why loading the children failed (empty if it did not)
        SortRole,      ///< raw value of the column (name, qint64 counts/sizes, mtime in ms)
        /// double in (0, 1]: the row changed on the server less than kHighlightMs ago (1 = just
        /// now, fading to 0); invalid when it did not. Rows are re-signalled while they fade.
        ChangedRecentlyRole,
        /// Never has data: listed in a dataChanged's roles when the row's expand arrow changed
        /// (hasChildren() flipped), so views can re-lay out (see ui/expandarrowrefresher.h).
        ExpandableRole,
    };
    enum class LoadState { NotLoaded, Loading, Loaded, Error };
    enum NodeKindFlag { Persistent = 0, Ephemeral = 1, SequentialLooking = 2, Container = 4, Ttl = 8 };

    /// Most exists() requests the model keeps outstanding for on-demand stats.
    static constexpr int kMaxStatRequests = 2000;
    /// How long a changed row stays highlighted.
    static constexpr int kHighlightMs = 2000;

    /// `session` must outlive the model.
    explicit ZNodeTreeModel(ZkSession *session, QObject *parent = nullptr);
    ~ZNodeTreeModel() override;

    /// Drops everything and shows a single row "/" whose stat is fetched. Replies to requests
    /// sent before are ignored. Pending loadPath() requests start over.
    void reload();
    /// The index (column 0) of a loaded node, invalid when the node is not in the model.
    QModelIndex indexForPath(const QString &path) const;
    QString pathForIndex(const QModelIndex &index) const;
    /// Re-fetches the children of this node and of every loaded descendant and applies the
    /// difference (rows inserted/removed, existing items and so expansion/selection kept);
    /// known stats below are marked stale and re-fetched when shown.
    void refresh(const QModelIndex &index);
    /// Loads every level down to `path` as needed, then calls `done` with the index (or an
    /// error, e.g. NoNode) - always asynchronously. Not called if `context` died meanwhile.
    void loadPath(const QString &path, QObject *context,
                  std::function<void(const QModelIndex &, const ZkError &)> done);
    std::optional<ZkStat> statFor(const QModelIndex &index) const;

    /// The view expanded or collapsed `index` (QTreeView::expanded/collapsed). Expanded nodes
    /// (with expanded ancestors) get a child watch and are re-listed; collapsing withdraws it.
    void setExpanded(const QModelIndex &index, bool expanded);
    bool isExpanded(const QModelIndex &index) const;
    /// Paths of the nodes marked expanded, parents before children.
    QStringList expandedPaths() const;
    /// Paths whose children this model keeps a child watch armed on (armed or being armed).
    QStringList watchedPaths() const;
    /// The view's current node, remembered so it can be restored after a new session.
    void setSelectedPath(const QString &path) { m_selectedPath = path; }
    QString selectedPath() const { return m_selectedPath; }
    /// The session is reconnecting (or expired and not replaced yet): what is shown may be old.
    bool isStale() const { return m_stale; }
    /// Reloads, then loads and re-expands every expanded path that still exists, then the
    /// selected one: emits expandRequested()/selectRequested() for the view and restored().
    void reloadKeepingState();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    /// Listing the children of `path` failed (also for NoAuth: the UI shows a lock, no popup).
    /// Not emitted for NoNode on a non-root node: that node vanished and its row is removed.
    void loadFailed(const QString &path, const ZkError &error);
    /// The children of `parent` were (re)loaded and applied.
    void childrenLoaded(const QModelIndex &parent);
    void staleChanged(bool stale);
    /// reloadKeepingState(): the view should expand / select this index again.
    void expandRequested(const QModelIndex &index);
    void selectRequested(const QModelIndex &index);
    /// reloadKeepingState() finished: `missing` lists the paths that no longer exist.
    void restored(int expanded, const QStringList &missing, qint64 elapsedMs);

private:
    /// The roles of a row whose Stat changed AND whose expand arrow changed with it.
    static QList<int> arrowChangedRoles()
    {
        return {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, Qt::FontRole,
                Qt::ForegroundRole, Qt::BackgroundRole, StatRole, HasStatRole, NodeKindRole,
                LoadStateRole, ErrorRole, SortRole, ExpandableRole};
    }

    struct PathJob
    {
        QString target;
        QPointer<QObject> context;
        bool guarded = false; // a context was given: drop `done` once it is gone
        std::function<void(const QModelIndex &, const ZkError &)> done;
        QString waitingFor; // path whose children reply the job waits for; empty: runnable
        QString refetched;  // a loaded level re-listed once because a component was missing
        QModelIndex result;
        ZkError error;
    };

    ZNodeItem *itemFor(const QModelIndex &index) const;
    QModelIndex indexOf(const ZNodeItem *item, int column = 0) const;
    ZNodeItem *findItem(QStringView path) const;

    // Loading children (znodetreemodel_load.cpp).
    void requestChildren(ZNodeItem *item);
    void requestChildren(ZNodeItem *item, bool watch);
    void onChildrenReply(const ChildrenReply &reply);
    /// The rest of onChildrenReply once `sorted` (the reply's names in natural order) is ready.
    void onSortedChildren(const ChildrenReply &reply, const QStringList &sorted);
    void applyChildren(ZNodeItem *item, const QStringList &names);
    void insertChildren(ZNodeItem *item, qsizetype row, const QStringList &names, qsizetype from,
                        qsizetype to);
    void removeChildren(ZNodeItem *item, qsizetype first, qsizetype last);
    void removeVanished(ZNodeItem *item, const ZkError &error);
    void refreshSubtree(ZNodeItem *item);

    // On-demand stats.
    void requestStat(const ZNodeItem *item) const;
    void sendStatRequests();
    void onStatReply(const StatReply &reply);
    void markDirty(const QString &path);
    void flushDirty();
    void onBatchTimer();

    // Watches: the one place that decides what a fired watch does (znodetreemodellive.cpp).
    void onNodeEvent(const NodeEvent &event);
    void onSessionState();
    bool shownExpanded(const ZNodeItem *item) const;
    void armSubtree(ZNodeItem *item);
    void disarmSubtree(ZNodeItem *item, bool onServer);
    void refreshExpanded(ZNodeItem *item);
    void markChanged(const ZNodeItem *item);
    void onFadeTimer();
    void sendDeferredListings();
    void collectExpanded(const ZNodeItem *item, QStringList &out) const;

    // loadPath() jobs.
    void advancePathJobs(const QString &repliedPath, const ZkError &error);
    bool advancePathJob(PathJob &job);

    ZkSession *m_session;               // Not owned.
    std::unique_ptr<ZNodeItem> m_top;   // Owned. The "/" row; null before the first reload().
    quint64 m_generation = 0;           // Bumped by reload(); replies of older ones are dropped.
    mutable ZNodeStatQueue m_statQueue; // Paths whose stat a view asked for, newest first.
    int m_statOutstanding = 0;          // exists() sent by this generation, not answered yet.
    QSet<QString> m_dirty;              // Paths whose row must get a dataChanged.
    mutable QTimer m_batchTimer;        // Zero-interval: sends stat requests, flushes m_dirty.
    std::list<PathJob> m_pathJobs;      // Owned. Pending loadPath() calls.
    // Big listings are sorted on a worker. Per path, only the newest reply may be applied: a
    // reply that arrives while an older one is being sorted (or an error) makes that one stale.
    QHash<QString, quint64> m_sorting; // path -> sequence number of the listing being sorted
    quint64 m_listingSeq = 0;
    // Live tree.
    QSet<QString> m_deferred;       // fetchMore() listings to send on the next turn (see fetchMore)
    QSet<QString> m_restoreExpand;  // reloadKeepingState(): mark expanded when listed
    QHash<QString, qint64> m_changedAt; // path -> when it changed (ms since epoch)
    QTimer m_fadeTimer;
    QString m_selectedPath;
    bool m_stale = false;
    bool m_sawExpiry = false;       // a new session must reload keeping the state
    qint64 m_sessionId = 0;         // the session the watches were armed in
    bool m_diffing = false;         // applyChildren() of an update: collect what changed
    QStringList m_added, m_removed;

    ZNodeNameSorter m_sorter{this}; // Last member: destroyed first, before the rest.
};
