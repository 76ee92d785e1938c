#pragma once

#include "zk/zkerror.h"
#include "zk/zkstat.h"

#include <QAbstractItemModel>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class ZkSession;
struct ZNodeItem;
class ZNodeChildLoader;
class ZNodeStatFetcher;
class ZNodeLiveWatches;
class ZNodeChangeHighlighter;
class ZNodePathLoader;
class ZNodeStateRestorer;

/// The znode tree, loaded lazily over a ZkSession: the QAbstractItemModel plumbing (indexes,
/// rows, display roles, coalesced row signals). The work is done by helpers with one job each:
///
/// - ZNodeChildLoader: lists children (fetchMore(), refresh, live updates) and applies each
///   listing as a diff; very large listings are inserted in slices over several turns.
/// - ZNodeStatFetcher: a child's Stat is fetched only when a view asks data() for it (newest
///   requests first, at most kMaxStatRequests outstanding), so 100,000 loaded children cost
///   100,000 names, not 100,000 requests; a node known to have changed is always read again.
/// - ZNodeLiveWatches: child watches only on nodes shown expanded; what a fired watch does;
///   stale marking while reconnecting and the re-read or reload after it.
/// - ZNodeChangeHighlighter: ChangedRecentlyRole for ~2 s after a row changed on the server.
/// - ZNodePathLoader: loadPath(), level by level. ZNodeStateRestorer: reloadKeepingState().
///
/// Convergence: after any sequence of watch events the shown Stats and child lists equal the
/// server's once writes stop. A fired watch is re-armed by the same read that re-reads the node,
/// and a change seen while a read of that node is in flight marks it to be read again when the
/// reply arrives (ReadAgainGate): a reply may predate the event that arrived before it.
///
/// Replies are matched to items by path at arrival, and carry the generation they were sent in
/// (bumped by reload()), so a reply for a removed node, or one from before reload(), is dropped
/// and never touches freed memory.
class ZNodeTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZNodeTreeModel)

public:
    enum Column {
        NameColumn,
        ChildrenColumn,
        DataSizeColumn,
        ModifiedColumn,
        VersionColumn,
        ColumnCount
    };
    enum Role {
        PathRole = Qt::UserRole + 1, ///< QString absolute path
        StatRole,                    ///< QVariant::fromValue(ZkStat), invalid while unknown
        HasStatRole,                 ///< bool; does not trigger a fetch
        NodeKindRole,  ///< int, NodeKindFlag bits (Ephemeral/Container/Ttl need the stat)
        LoadStateRole, ///< int, LoadState of the node's children
        ErrorRole,     ///< QString, why loading the children failed (empty if it did not)
        SortRole,      ///< raw value of the column (name, qint64 counts/sizes, mtime in ms)
        /// double in (0, 1]: the row changed on the server less than kHighlightMs ago (1 = just
        /// now, fading to 0); invalid when it did not. Rows are re-signalled while they fade.
        ChangedRecentlyRole,
        /// Never has data: listed in a dataChanged's roles when the row's expand arrow changed
        /// (hasChildren() flipped), so views can re-lay out (see ui/tree/expandarrowrefresher.h).
        ExpandableRole,
    };
    enum class LoadState { NotLoaded, Loading, Loaded, Error };
    enum NodeKindFlag {
        Persistent = 0,
        Ephemeral = 1,
        SequentialLooking = 2,
        Container = 4,
        Ttl = 8
    };

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
    /// refresh() of `path`, or of its nearest loaded ancestor when `path` is not in the model
    /// (something was written there by another job: its parent shows the new row). Nothing
    /// while the model is empty.
    void refreshPath(const QString &path);
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
    bool isStale() const;
    /// Reloads, then loads and re-expands every expanded path that still exists, then the
    /// selected one: emits expandRequested()/selectRequested() for the view and restored().
    void reloadKeepingState();
    /// The same with a view saved earlier (another session): `expanded` parents first.
    void reloadRestoring(const QStringList &expanded, const QString &selected);

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
    /// Dragging a node: ZNodeDragPayload (the first node of `indexes`, with this session).
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

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
    friend class ZNodeChildLoader;
    friend class ZNodeStatFetcher;
    friend class ZNodeLiveWatches;
    friend class ZNodeChangeHighlighter;
    friend class ZNodePathLoader;
    friend class ZNodeStateRestorer;

    ZNodeItem *itemFor(const QModelIndex &index) const;
    QModelIndex indexOf(const ZNodeItem *item, int column = 0) const;
    ZNodeItem *findItem(QStringView path) const;
    ZNodeItem *top() const { return m_top.get(); }

    QVariant displayData(const ZNodeItem *item, int column) const;
    QVariant sortData(const ZNodeItem *item, int column) const;
    QString toolTip(const ZNodeItem *item, int column) const;

    // Row signals, for the helpers.
    /// The row's display changed: one coalesced dataChanged on the next turn.
    void markDirty(const QString &path);
    /// A dataChanged for this row now; `arrowChanged`: hasChildren() flipped too (QTreeView
    /// re-reads it only from a single-row dataChanged that lists ExpandableRole).
    void rowChanged(const ZNodeItem *item, bool arrowChanged);
    /// One dataChanged over all children of `item` (their stats were marked stale).
    void childRowsChanged(const ZNodeItem *item);
    void insertItems(ZNodeItem *parent, qsizetype row,
                     std::vector<std::unique_ptr<ZNodeItem>> items);
    void removeItems(ZNodeItem *parent, qsizetype first, qsizetype last);
    /// Runs the helpers' batched work on the next event-loop turn (cheap to call often).
    void scheduleBatch() const;
    void onBatchTimer();
    void flushDirty();

    ZkSession *m_session;
    std::unique_ptr<ZNodeItem> m_top; // The "/" row; null before the first reload().
    quint64 m_generation = 0;         // Bumped by reload(); replies of older ones are dropped.
    QSet<QString> m_dirty;            // Paths whose row must get a dataChanged.
    mutable QTimer m_batchTimer;      // Zero-interval: see scheduleBatch().
    QString m_selectedPath;
    // The helpers hold a reference to this model; destroyed first (declared last).
    std::unique_ptr<ZNodeChangeHighlighter> m_highlighter;
    std::unique_ptr<ZNodeStatFetcher> m_stats;
    std::unique_ptr<ZNodeLiveWatches> m_live;
    std::unique_ptr<ZNodeChildLoader> m_loader;
    std::unique_ptr<ZNodePathLoader> m_paths;
    std::unique_ptr<ZNodeStateRestorer> m_restorer;
};
