// ZNodeTreeModel: the QAbstractItemModel interface, display roles, on-demand stats and watch
// events. Loading children, diff-apply and loadPath() are in znodetreemodelload.cpp.
#include "tree/znodetreemodel.h"

#include "util/statformat.h"
#include "zk/zkpath.h"
#include "zk/zksession.h"
#include "tree/znodeitem.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

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

} // namespace

ZNodeTreeModel::ZNodeTreeModel(ZkSession *session, QObject *parent)
    : QAbstractItemModel(parent), m_session(session)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(0);
    connect(&m_batchTimer, &QTimer::timeout, this, &ZNodeTreeModel::onBatchTimer);
    connect(m_session, &ZkSession::nodeEvent, this, &ZNodeTreeModel::onNodeEvent);
    connect(m_session, &ZkSession::stateChanged, this, &ZNodeTreeModel::onSessionState);
    m_fadeTimer.setInterval(100);
    connect(&m_fadeTimer, &QTimer::timeout, this, &ZNodeTreeModel::onFadeTimer);
}

ZNodeTreeModel::~ZNodeTreeModel() = default;

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
    if (!parent.isValid()) return (row == 0 && m_top) ? indexOf(m_top.get(), column) : QModelIndex();
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
    if (!canFetchMore(parent)) return;
    // QTreeView calls fetchMore() just before it emits expanded(): the listing goes out on the
    // next turn, when setExpanded() has said whether it needs a watch, so a first expand costs
    // one listing, not an unwatched one followed by a watched one.
    ZNodeItem *item = itemFor(parent);
    item->loadState = quint8(LoadState::Loading);
    item->error.reset();
    m_deferred.insert(item->path());
    if (!m_batchTimer.isActive()) m_batchTimer.start();
}

Qt::ItemFlags ZNodeTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled;
}

QVariant ZNodeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) return {};
    if (role == Qt::TextAlignmentRole)
        return section == NameColumn || section == ModifiedColumn
            ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
            : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole) return {};
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case ChildrenColumn: return tr("Children");
    case DataSizeColumn: return tr("Data size");
    case ModifiedColumn: return tr("Modified");
    case VersionColumn: return tr("Version");
    case ColumnCount: break;
    }
    return {};
}

QVariant ZNodeTreeModel::data(const QModelIndex &index, int role) const
{
    const ZNodeItem *item = itemFor(index);
    if (!item) return {};
    const int column = index.column();
    const bool statColumn = column != NameColumn;

    // Only the roles that show stat-derived values ask for the stat, so a view sizing rows or
    // painting names does not trigger 100,000 requests.
    const bool needsStat = role == Qt::ToolTipRole || role == StatRole || role == NodeKindRole
        || (statColumn && (role == Qt::DisplayRole || role == SortRole));
    if (needsStat && (!item->stat || item->hasFlag(ZNodeItem::StatStale))) requestStat(item);

    const ZkStat *stat = item->stat.get();
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn) return item->name;
        if (!stat) return {};
        switch (column) {
        case ChildrenColumn: return StatFormat::formatCount(stat->numChildren);
        case DataSizeColumn: return StatFormat::formatCount(stat->dataLength);
        case ModifiedColumn: return mtimeText(stat->mtime);
        case VersionColumn: return QString::number(stat->version);
        }
        return {};
    case SortRole:
        if (column == NameColumn) return item->name;
        if (!stat) return {};
        switch (column) {
        case ChildrenColumn: return qint64(stat->numChildren);
        case DataSizeColumn: return qint64(stat->dataLength);
        case ModifiedColumn: return stat->mtime;
        case VersionColumn: return qint64(stat->version);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == NameColumn || column == ModifiedColumn) return {};
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        if (column == DataSizeColumn && stat) return StatFormat::formatBytes(stat->dataLength);
        QString tip = item->path();
        if (stat) tip += u"\n"_s + kindText(nodeKind(item));
        if (item->error) tip += u"\n"_s + *item->error;
        return tip;
    }
    case PathRole: return item->path();
    case StatRole: return stat ? QVariant::fromValue(*stat) : QVariant();
    case HasStatRole: return stat != nullptr;
    case NodeKindRole: return nodeKind(item);
    case LoadStateRole: return int(item->loadState);
    case ErrorRole: return item->error ? *item->error : QString();
    case ChangedRecentlyRole: {
        if (m_changedAt.isEmpty()) return {};
        const auto it = m_changedAt.constFind(item->path());
        if (it == m_changedAt.cend()) return {};
        const qint64 age = QDateTime::currentMSecsSinceEpoch() - it.value();
        if (age >= kHighlightMs) return {};
        return 1.0 - double(qMax<qint64>(age, 0)) / kHighlightMs;
    }
    }
    return {};
}

// ---- On-demand stats -------------------------------------------------------------------------

void ZNodeTreeModel::requestStat(const ZNodeItem *item) const
{
    if (item->hasFlag(ZNodeItem::StatInFlight)) return;
    m_statQueue.push(item->path());
    // data() must stay cheap: the requests go out on the next event-loop turn, in one batch.
    if (!m_batchTimer.isActive()) m_batchTimer.start();
}

void ZNodeTreeModel::onBatchTimer()
{
    sendDeferredListings();
    sendStatRequests();
    flushDirty();
}

void ZNodeTreeModel::sendStatRequests()
{
    while (m_statOutstanding < kMaxStatRequests && !m_statQueue.isEmpty()) {
        const QString path = m_statQueue.takeNewest();
        ZNodeItem *item = findItem(path);
        // Removed since, already being fetched, or answered meanwhile: nothing to send.
        if (!item || item->hasFlag(ZNodeItem::StatInFlight)) continue;
        if (item->stat && !item->hasFlag(ZNodeItem::StatStale)) continue;
        item->setFlag(ZNodeItem::StatInFlight, true);
        ++m_statOutstanding;
        const quint64 generation = m_generation;
        m_session->exists(path, false, this, [this, generation](const StatReply &reply) {
            if (generation != m_generation) return;
            --m_statOutstanding;
            onStatReply(reply);
            sendStatRequests();
        });
    }
}

void ZNodeTreeModel::onStatReply(const StatReply &reply)
{
    ZNodeItem *item = findItem(reply.path);
    if (!item) return;
    item->setFlag(ZNodeItem::StatInFlight, false);
    if (reply.error.code == ZkCode::NoNode) {
        removeVanished(item, reply.error);
        return;
    }
    if (reply.error) return; // Transient (connection loss, ...): asked again when next shown.
    const bool hadChildrenHint = !item->stat || item->stat->numChildren > 0;
    if (item->stat && *item->stat == reply.stat && !item->hasFlag(ZNodeItem::StatStale)) return;
    if (item->stat && (item->stat->mzxid != reply.stat.mzxid || item->stat->pzxid != reply.stat.pzxid))
        markChanged(item);
    item->stat = std::make_unique<ZkStat>(reply.stat);
    item->setFlag(ZNodeItem::StatStale, false);
    // QTreeView re-reads hasChildren only from a single-row dataChanged, so a row whose arrow
    // may have to disappear gets its own signal; the rest are coalesced into ranges.
    if (item->children.empty() && hadChildrenHint != (reply.stat.numChildren > 0)) {
        const QModelIndex i = indexOf(item);
        emit dataChanged(i, i.siblingAtColumn(ColumnCount - 1), arrowChangedRoles());
        return;
    }
    markDirty(reply.path);
}

void ZNodeTreeModel::markDirty(const QString &path)
{
    m_dirty.insert(path);
    if (!m_batchTimer.isActive()) m_batchTimer.start();
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
