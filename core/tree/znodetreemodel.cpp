// ZNodeTreeModel: the QAbstractItemModel interface, display roles and coalesced row signals.
// What fills the tree is in the helpers (see the class comment in the header).
#include "tree/znodetreemodel.h"

#include "tree/znodechangehighlighter.h"
#include "tree/znodechildloader.h"
#include "tree/znodedragpayload.h"
#include "tree/znodeitem.h"
#include "tree/znodelivewatches.h"
#include "tree/znodepathloader.h"
#include "tree/znodestaterestorer.h"
#include "tree/znodestatfetcher.h"
#include "util/statformat.h"
#include "zk/zkpath.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTreeModel, "zkdesk.treemodel", QtWarningMsg)

namespace {

using LoadState = ZNodeTreeModel::LoadState;

// How the server marks special nodes in ephemeralOwner (EphemeralType.java): containers use
// Long.MIN_VALUE, TTL nodes set the top byte to 0xFF. Real session ids never look like either
// as long as server ids stay below 128 (ZooKeeper requires < 255 for extended types).
constexpr qint64 kContainerOwner = std::numeric_limits<qint64>::min();
constexpr quint64 kTtlMask = 0xFF00000000000000ULL;

int nodeKind(const ZNodeItem *item)
{
    int kind = ZNodeTreeModel::Persistent;
    if (item->parent && !ZkPath::sequentialSuffix(item->name).isEmpty())
        kind |= ZNodeTreeModel::SequentialLooking;
    if (!item->stat) return kind;
    const qint64 owner = item->stat->ephemeralOwner;
    if (owner == kContainerOwner)
        kind |= ZNodeTreeModel::Container;
    else if ((quint64(owner) & kTtlMask) == kTtlMask)
        kind |= ZNodeTreeModel::Ttl;
    else if (owner != 0)
        kind |= ZNodeTreeModel::Ephemeral;
    return kind;
}

QString kindText(int kind)
{
    QStringList parts;
    if (kind & ZNodeTreeModel::Ephemeral) parts << u"ephemeral"_s;
    if (kind & ZNodeTreeModel::Container) parts << u"container"_s;
    if (kind & ZNodeTreeModel::Ttl) parts << u"TTL"_s;
    if (parts.isEmpty()) parts << u"persistent"_s;
    if (kind & ZNodeTreeModel::SequentialLooking) parts << u"sequential"_s;
    return parts.join(u", "_s);
}

QString mtimeText(qint64 ms)
{
    // The root znode's times are 0: "1970-01-01" would be a lie.
    if (ms == 0) return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

/// The roles of a row whose Stat changed AND whose expand arrow changed with it.
QList<int> arrowChangedRoles()
{
    return {Qt::DisplayRole,
            Qt::DecorationRole,
            Qt::ToolTipRole,
            Qt::FontRole,
            Qt::ForegroundRole,
            Qt::BackgroundRole,
            ZNodeTreeModel::StatRole,
            ZNodeTreeModel::HasStatRole,
            ZNodeTreeModel::NodeKindRole,
            ZNodeTreeModel::LoadStateRole,
            ZNodeTreeModel::ErrorRole,
            ZNodeTreeModel::SortRole,
            ZNodeTreeModel::ExpandableRole};
}

} // namespace

ZNodeTreeModel::ZNodeTreeModel(ZkSession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
    , m_highlighter(std::make_unique<ZNodeChangeHighlighter>(*this))
    , m_stats(std::make_unique<ZNodeStatFetcher>(*this))
    , m_live(std::make_unique<ZNodeLiveWatches>(*this))
    , m_loader(std::make_unique<ZNodeChildLoader>(*this))
    , m_paths(std::make_unique<ZNodePathLoader>(*this))
    , m_restorer(std::make_unique<ZNodeStateRestorer>(*this))
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(0);
    connect(&m_batchTimer, &QTimer::timeout, this, &ZNodeTreeModel::onBatchTimer);
}

ZNodeTreeModel::~ZNodeTreeModel() = default;

void ZNodeTreeModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_live->reset();
    m_loader->reset();
    m_highlighter->reset();
    m_stats->reset();
    m_top = std::make_unique<ZNodeItem>();
    m_top->name = u"/"_s;
    m_dirty.clear();
    endResetModel();
    m_stats->want(m_top.get());
    m_paths->restart();
}

void ZNodeTreeModel::refresh(const QModelIndex &index)
{
    if (ZNodeItem *item = itemFor(index)) m_loader->refresh(item);
}

void ZNodeTreeModel::refreshPath(const QString &path)
{
    QString at = path;
    QModelIndex index = indexForPath(at);
    while (!index.isValid() && !at.isEmpty() && at != u"/"_s) {
        at = ZkPath::parent(at);
        index = indexForPath(at);
    }
    if (index.isValid()) refresh(index);
}

void ZNodeTreeModel::loadPath(const QString &path, QObject *context,
                              std::function<void(const QModelIndex &, const ZkError &)> done)
{
    m_paths->load(path, context, std::move(done));
}

void ZNodeTreeModel::setExpanded(const QModelIndex &index, bool expanded)
{
    if (ZNodeItem *item = itemFor(index.siblingAtColumn(0))) m_live->setExpanded(item, expanded);
}

bool ZNodeTreeModel::isExpanded(const QModelIndex &index) const
{
    const ZNodeItem *item = itemFor(index.siblingAtColumn(0));
    return item && item->hasFlag(ZNodeItem::Expanded);
}

QStringList ZNodeTreeModel::expandedPaths() const { return m_live->expandedPaths(); }
QStringList ZNodeTreeModel::watchedPaths() const { return m_live->watchedPaths(); }
bool ZNodeTreeModel::isStale() const { return m_live->isStale(); }
void ZNodeTreeModel::reloadKeepingState() { m_restorer->reloadKeepingState(); }

void ZNodeTreeModel::reloadRestoring(const QStringList &expanded, const QString &selected)
{
    m_restorer->reloadRestoring(expanded, selected);
}

// ---- Items and indexes -----------------------------------------------------------------------

ZNodeItem *ZNodeTreeModel::itemFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<ZNodeItem *>(index.internalPointer()) : nullptr;
}

QModelIndex ZNodeTreeModel::indexOf(const ZNodeItem *item, int column) const
{
    if (!item) return {};
    return createIndex(item->row, column, const_cast<ZNodeItem *>(item));
}

ZNodeItem *ZNodeTreeModel::findItem(QStringView path) const
{
    return m_top ? m_top->findDescendant(path) : nullptr;
}

QModelIndex ZNodeTreeModel::indexForPath(const QString &path) const
{
    return indexOf(findItem(path));
}

QString ZNodeTreeModel::pathForIndex(const QModelIndex &index) const
{
    const ZNodeItem *item = itemFor(index);
    return item ? item->path() : QString();
}

std::optional<ZkStat> ZNodeTreeModel::statFor(const QModelIndex &index) const
{
    const ZNodeItem *item = itemFor(index);
    if (!item || !item->stat) return std::nullopt;
    return *item->stat;
}

QModelIndex ZNodeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) return {};
    if (!parent.isValid())
        return (row == 0 && m_top) ? indexOf(m_top.get(), column) : QModelIndex();
    if (parent.column() != 0) return {};
    const ZNodeItem *p = itemFor(parent);
    if (row >= int(p->children.size())) return {};
    return createIndex(row, column, p->children[row].get());
}

QModelIndex ZNodeTreeModel::parent(const QModelIndex &child) const
{
    const ZNodeItem *item = itemFor(child);
    return item ? indexOf(item->parent) : QModelIndex();
}

int ZNodeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) return m_top ? 1 : 0;
    if (parent.column() != 0) return 0;
    return int(itemFor(parent)->children.size());
}

int ZNodeTreeModel::columnCount(const QModelIndex &) const { return ColumnCount; }

bool ZNodeTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid()) return bool(m_top);
    if (parent.column() != 0) return false;
    const ZNodeItem *item = itemFor(parent);
    if (!item->children.empty()) return true;
    if (item->loadState == quint8(LoadState::Loaded)) return false;
    // Not listed yet: trust the Stat when we have one, else offer the arrow.
    return item->stat ? item->stat->numChildren > 0 : true;
}

bool ZNodeTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const ZNodeItem *item = parent.column() == 0 ? itemFor(parent) : nullptr;
    return item && item->loadState == quint8(LoadState::NotLoaded);
}

void ZNodeTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) m_loader->fetchMore(itemFor(parent));
}

Qt::ItemFlags ZNodeTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
}

QStringList ZNodeTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(ZNodeDragPayload::kMimeType)};
}

QMimeData *ZNodeTreeModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes)
        if (const ZNodeItem *item = itemFor(index))
            return ZNodeDragPayload::mimeData(m_session, item->path());
    return nullptr;
}

// Move is the drop target's business (a copy to another connection, then a confirmed delete):
// the view never removes rows for it.
Qt::DropActions ZNodeTreeModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

// ---- Roles -----------------------------------------------------------------------------------

QVariant ZNodeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) return {};
    if (role == Qt::TextAlignmentRole)
        return section == NameColumn || section == ModifiedColumn
            ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
            : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole) return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case ChildrenColumn:
        return tr("Children");
    case DataSizeColumn:
        return tr("Data size");
    case ModifiedColumn:
        return tr("Modified");
    case VersionColumn:
        return tr("Version");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ZNodeTreeModel::data(const QModelIndex &index, int role) const
{
    const ZNodeItem *item = itemFor(index);
    if (!item) return {};
    const int column = index.column();
    // Only the roles that show stat-derived values ask for the stat, so a view sizing rows or
    // painting names does not trigger 100,000 requests.
    const bool needsStat = role == Qt::ToolTipRole || role == StatRole || role == NodeKindRole
        || (column != NameColumn && (role == Qt::DisplayRole || role == SortRole));
    if (needsStat && (!item->stat || item->hasFlag(ZNodeItem::StatStale))) m_stats->want(item);

    switch (role) {
    case Qt::DisplayRole:
        return displayData(item, column);
    case SortRole:
        return sortData(item, column);
    case Qt::TextAlignmentRole:
        if (column == NameColumn || column == ModifiedColumn) return {};
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return toolTip(item, column);
    case PathRole:
        return item->path();
    case StatRole:
        return item->stat ? QVariant::fromValue(*item->stat) : QVariant();
    case HasStatRole:
        return item->stat != nullptr;
    case NodeKindRole:
        return nodeKind(item);
    case LoadStateRole:
        return int(item->loadState);
    case ErrorRole:
        return item->error ? *item->error : QString();
    case ChangedRecentlyRole:
        return m_highlighter->shade(item);
    }
    return {};
}

QVariant ZNodeTreeModel::displayData(const ZNodeItem *item, int column) const
{
    if (column == NameColumn) return item->name;
    const ZkStat *stat = item->stat.get();
    if (!stat) return {};
    switch (column) {
    case ChildrenColumn:
        return StatFormat::formatCount(stat->numChildren);
    case DataSizeColumn:
        return StatFormat::formatCount(stat->dataLength);
    case ModifiedColumn:
        return mtimeText(stat->mtime);
    case VersionColumn:
        return QString::number(stat->version);
    }
    return {};
}

QVariant ZNodeTreeModel::sortData(const ZNodeItem *item, int column) const
{
    if (column == NameColumn) return item->name;
    const ZkStat *stat = item->stat.get();
    if (!stat) return {};
    switch (column) {
    case ChildrenColumn:
        return qint64(stat->numChildren);
    case DataSizeColumn:
        return qint64(stat->dataLength);
    case ModifiedColumn:
        return stat->mtime;
    case VersionColumn:
        return qint64(stat->version);
    }
    return {};
}

QString ZNodeTreeModel::toolTip(const ZNodeItem *item, int column) const
{
    const ZkStat *stat = item->stat.get();
    if (column == DataSizeColumn && stat) return StatFormat::formatBytes(stat->dataLength);
    QString tip = item->path();
    if (stat) tip += u"\n"_s + kindText(nodeKind(item));
    if (item->error) tip += u"\n"_s + *item->error;
    return tip;
}

// ---- Row signals -----------------------------------------------------------------------------

void ZNodeTreeModel::scheduleBatch() const
{
    if (!m_batchTimer.isActive()) m_batchTimer.start();
}

void ZNodeTreeModel::onBatchTimer()
{
    m_loader->sendDeferredListings();
    m_stats->send();
    flushDirty();
}

void ZNodeTreeModel::markDirty(const QString &path)
{
    m_dirty.insert(path);
    scheduleBatch();
}

void ZNodeTreeModel::rowChanged(const ZNodeItem *item, bool arrowChanged)
{
    const QModelIndex i = indexOf(item);
    if (arrowChanged)
        emit dataChanged(i, i.siblingAtColumn(ColumnCount - 1), arrowChangedRoles());
    else
        emit dataChanged(i, i.siblingAtColumn(ColumnCount - 1));
}

void ZNodeTreeModel::childRowsChanged(const ZNodeItem *item)
{
    if (item->children.empty()) return;
    emit dataChanged(indexOf(item->children.front().get()),
                     indexOf(item->children.back().get(), ColumnCount - 1));
}

void ZNodeTreeModel::flushDirty()
{
    if (m_dirty.isEmpty()) return;
    std::vector<const ZNodeItem *> items;
    items.reserve(m_dirty.size());
    for (const QString &path : std::as_const(m_dirty))
        if (const ZNodeItem *item = findItem(path)) items.push_back(item);
    m_dirty.clear();
    std::sort(items.begin(), items.end(), [](const ZNodeItem *a, const ZNodeItem *b) {
        return a->parent != b->parent ? std::less<>()(a->parent, b->parent) : a->row < b->row;
    });
    // One dataChanged per run of adjacent rows under one parent: a burst of 1,000 stat replies
    // for the rows on screen becomes one signal, not 1,000 repaints.
    for (size_t i = 0; i < items.size();) {
        size_t j = i + 1;
        while (j < items.size() && items[j]->parent == items[i]->parent
               && items[j]->row == items[j - 1]->row + 1)
            ++j;
        emit dataChanged(indexOf(items[i]), indexOf(items[j - 1], ColumnCount - 1));
        i = j;
    }
}

void ZNodeTreeModel::insertItems(ZNodeItem *parent, qsizetype row,
                                 std::vector<std::unique_ptr<ZNodeItem>> items)
{
    if (items.empty()) return;
    beginInsertRows(indexOf(parent), int(row), int(row + qsizetype(items.size()) - 1));
    parent->children.insert(parent->children.begin() + row, std::make_move_iterator(items.begin()),
                            std::make_move_iterator(items.end()));
    parent->renumberFrom(row);
    endInsertRows();
}

void ZNodeTreeModel::removeItems(ZNodeItem *parent, qsizetype first, qsizetype last)
{
    // Queued stat requests, dirty marks and callbacks hold paths, not pointers: nothing to purge.
    // Child watches of removed expanded nodes died with the nodes: forget them locally.
    for (qsizetype i = first; i <= last; ++i)
        m_live->disarmSubtree(parent->children[i].get(), false);
    beginRemoveRows(indexOf(parent), int(first), int(last));
    parent->children.erase(parent->children.begin() + first, parent->children.begin() + last + 1);
    parent->renumberFrom(first);
    endRemoveRows();
}
