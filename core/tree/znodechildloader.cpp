#include "tree/znodechildloader.h"

#include "tree/naturalsort.h"
#include "tree/znodechangehighlighter.h"
#include "tree/znodeitem.h"
#include "tree/znodelivewatches.h"
#include "tree/znodepathloader.h"
#include "tree/znodestaterestorer.h"
#include "tree/znodestatfetcher.h"
#include "tree/znodetreemodel.h"
#include "zk/zksession.h"
#include "zk/zkwatchregistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcTreeModel)

namespace {
using LoadState = ZNodeTreeModel::LoadState;
constexpr quint8 state(LoadState s) { return quint8(s); }
} // namespace

ZNodeChildLoader::ZNodeChildLoader(ZNodeTreeModel &model)
    : m_model(model)
    , m_sorter(&model)
{ }

void ZNodeChildLoader::reset()
{
    m_listings.clear();
    m_listedCversion.clear();
    m_deferred.clear();
    m_appending = 0;
}

void ZNodeChildLoader::fetchMore(ZNodeItem *item)
{
    // Sent on the next turn, so a first expand costs one watched listing, not an unwatched one
    // followed by a watched one.
    item->loadState = state(LoadState::Loading);
    item->error.reset();
    m_deferred.insert(item->path());
    m_model.scheduleBatch();
}

bool ZNodeChildLoader::isDeferred(const ZNodeItem *item) const
{
    return !m_deferred.isEmpty() && m_deferred.contains(item->path());
}

void ZNodeChildLoader::sendDeferredListings()
{
    if (m_deferred.isEmpty() || m_appending > 0) return;
    const QSet<QString> paths = std::exchange(m_deferred, {});
    for (const QString &path : paths) {
        ZNodeItem *item = m_model.findItem(path);
        if (item && item->loadState == state(LoadState::Loading)) list(item);
    }
}

void ZNodeChildLoader::list(ZNodeItem *item)
{
    bool watch = m_model.m_live->shownExpanded(item);
    if (!watch && m_model.m_restorer->takeRestoreExpand(item->path())) {
        item->setFlag(ZNodeItem::Expanded, true);
        watch = m_model.m_live->shownExpanded(item);
    }
    list(item, watch);
}

void ZNodeChildLoader::list(ZNodeItem *item, bool watch)
{
    const QString path = item->path();
    m_deferred.remove(path);
    if (watch) {
        item->setFlag(ZNodeItem::ChildWatch, true);
        ZkWatchRegistry::forSession(m_model.m_session)
            ->setInterest(&m_model, path, ZkWatchRegistry::Kind::Children, true);
    }
    // A Loaded node being re-listed stays Loaded: its rows stay valid until the diff arrives.
    if (item->loadState != state(LoadState::Loaded)) {
        item->loadState = state(LoadState::Loading);
        item->error.reset();
        m_model.markDirty(path);
    }
    if (m_listings[path].gate.requestRead()) send(path, watch);
}

void ZNodeChildLoader::send(const QString &path, bool watch)
{
    const quint64 generation = m_model.m_generation;
    m_model.m_session->getChildren(path, watch, &m_model,
                                   [this, generation](const ChildrenReply &reply) {
                                       if (generation == m_model.m_generation) onReply(reply);
                                   });
}

void ZNodeChildLoader::settle(const QString &path)
{
    const auto it = m_listings.find(path);
    if (it == m_listings.end()) return;
    ZNodeItem *item = m_model.findItem(path);
    if (item && it->gate.replyArrived()) {
        it->names.clear();
        it->added.clear();
        it->removed.clear();
        const bool watch = m_model.m_live->shownExpanded(item);
        if (watch) item->setFlag(ZNodeItem::ChildWatch, true);
        send(path, watch);
        return;
    }
    m_listings.erase(it);
}

void ZNodeChildLoader::onReply(const ChildrenReply &reply)
{
    if (!reply.error && reply.children.size() >= ZNodeNameSorter::kWorkerThreshold
        && m_model.findItem(reply.path)) {
        // Sorting 100,000 names takes ~150 ms: on a worker, so the GUI thread never stalls. No
        // newer listing of this path is sent before this one is applied (the gate).
        const quint64 generation = m_model.m_generation;
        m_sorter.sortLater(reply.children, [this, reply, generation](QStringList sorted) {
            if (generation == m_model.m_generation) onSorted(reply, sorted);
        });
        return;
    }
    QStringList sorted = reply.children;
    if (!reply.error) ZNodeNameSorter::sortNow(sorted);
    onSorted(reply, sorted);
}

void ZNodeChildLoader::onSorted(const ChildrenReply &reply, const QStringList &sorted)
{
    ZNodeItem *item = m_model.findItem(reply.path);
    if (!item) {
        settle(reply.path);
        m_model.m_paths->advance(reply.path, {}); // gone: the job finds out on its next step
        return;
    }
    if (reply.error) {
        onError(item, reply);
        return;
    }
    Listing &listing = m_listings[reply.path];
    listing.names = sorted;
    listing.next = sorted.size();
    listing.stat = reply.stat;
    startApply(item, listing);
}

void ZNodeChildLoader::onError(ZNodeItem *item, const ChildrenReply &reply)
{
    item->setFlag(ZNodeItem::ChildWatch, false); // a failed getChildren arms nothing
    m_listings.remove(reply.path);               // not retried: the reconnect re-reads
    if (reply.error.code == ZkCode::NoNode && item != m_model.top()) {
        removeVanished(item, reply.error);
        m_model.m_paths->advance(reply.path, reply.error);
        return;
    }
    item->loadState = state(LoadState::Error);
    item->error = std::make_unique<QString>(
        reply.error.code == ZkCode::NoAuth
            ? ZNodeTreeModel::tr("not authorised to list children (%1)")
                  .arg(zkCodeName(reply.error.code))
            : ZNodeTreeModel::tr("could not list children: %1").arg(reply.error.toString()));
    m_model.markDirty(reply.path);
    emit m_model.loadFailed(reply.path, reply.error);
    m_model.m_paths->advance(reply.path, reply.error);
}

void ZNodeChildLoader::startApply(ZNodeItem *item, Listing &listing)
{
    QElapsedTimer timer;
    timer.start();
    listing.hadArrow = m_model.hasChildren(m_model.indexOf(item));
    listing.update = item->loadState == state(LoadState::Loaded);
    listing.oldCount = int(item->children.size());
    item->stat = std::make_unique<ZkStat>(listing.stat);
    item->setFlag(ZNodeItem::StatStale, false);
    item->error.reset();
    removeGone(item, listing);
    insertNew(item, listing);
    if (listing.names.size() >= 10000)
        qCInfo(lcTreeModel) << "applied" << listing.next << "of" << listing.names.size()
                            << "children of" << item->path() << "in" << timer.elapsed()
                            << "ms (sorted before, on a worker; the rest follows in slices)";
    if (listing.next < listing.names.size()) {
        // Not finished: the rest is appended on the following turns.
        item->loadState = state(LoadState::Loading);
        ++m_appending;
        appendSlice(item->path(), m_model.m_generation);
        return;
    }
    finishApply(item, listing);
}

// A merge walk over two lists sorted in the same total order finds the names that are gone
// without a hash map. Runs are removed back to front so earlier rows stay valid.
void ZNodeChildLoader::removeGone(ZNodeItem *item, Listing &listing)
{
    const auto &kids = item->children;
    const QStringList &names = listing.names;
    if (kids.empty()) return;
    std::vector<bool> keep(kids.size(), false);
    for (qsizetype i = 0, j = 0; i < qsizetype(kids.size()) && j < names.size();) {
        const int c = naturalCompare(kids[i]->name, names[j]);
        if (c == 0) keep[i] = true;
        if (c <= 0) ++i;
        if (c >= 0) ++j;
    }
    for (qsizetype last = qsizetype(kids.size()) - 1; last >= 0;) {
        if (keep[last]) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !keep[first - 1]) --first;
        if (listing.update)
            for (qsizetype i = first; i <= last; ++i) listing.removed << kids[i]->name;
        m_model.removeItems(item, first, last);
        last = first - 1;
    }
}

// The remaining children are a subset of the names, in the same order, so a new run is whatever
// lies between two existing names. A long run at the end is left to appendSlice().
void ZNodeChildLoader::insertNew(ZNodeItem *item, Listing &listing)
{
    const QStringList &names = listing.names;
    item->children.reserve(names.size());
    qsizetype pos = 0;
    for (qsizetype j = 0; j < names.size();) {
        const auto &kids = item->children;
        if (pos < qsizetype(kids.size()) && kids[pos]->name == names[j]) {
            ++pos;
            ++j;
            continue;
        }
        if (pos == qsizetype(kids.size()) && names.size() - j > kFirstSliceRows) {
            listing.next = j;
            listing.slice = kFirstSliceRows;
            return;
        }
        qsizetype k = j;
        while (k < names.size() && (pos >= qsizetype(kids.size()) || kids[pos]->name != names[k]))
            ++k;
        insertRun(item, listing, pos, j, k);
        pos += k - j;
        j = k;
    }
}

void ZNodeChildLoader::insertRun(ZNodeItem *item, Listing &listing, qsizetype row, qsizetype from,
                                 qsizetype to)
{
    std::vector<std::unique_ptr<ZNodeItem>> fresh;
    fresh.reserve(to - from);
    for (qsizetype i = from; i < to; ++i) {
        auto child = std::make_unique<ZNodeItem>();
        child->name = listing.names[i];
        child->parent = item;
        fresh.push_back(std::move(child));
    }
    m_model.insertItems(item, row, std::move(fresh));
    if (!listing.update) return;
    for (qsizetype i = from; i < to; ++i) {
        listing.added << listing.names[i];
        m_model.m_highlighter->markChanged(item->children[row + (i - from)].get());
    }
}

// One slice per event-loop turn: building and inserting 25,000 items takes ~5 ms.
void ZNodeChildLoader::appendSlice(const QString &path, quint64 generation)
{
    QMetaObject::invokeMethod(
        &m_model,
        [this, path, generation] {
            if (generation != m_model.m_generation) return;
            const auto it = m_listings.find(path);
            ZNodeItem *item = m_model.findItem(path);
            if (it == m_listings.end() || !item) {
                sliceDone();
                settle(path);
                m_model.m_paths->advance(path, {});
                return;
            }
            Listing &listing = *it;
            const qsizetype to = qMin(listing.next + listing.slice, listing.names.size());
            insertRun(item, listing, qsizetype(item->children.size()), listing.next, to);
            listing.next = to;
            listing.slice = qMin(2 * listing.slice, kMaxSliceRows);
            if (to < listing.names.size()) {
                appendSlice(path, generation);
                return;
            }
            sliceDone();
            finishApply(item, listing);
        },
        Qt::QueuedConnection);
}

void ZNodeChildLoader::sliceDone()
{
    if (--m_appending == 0 && !m_deferred.isEmpty()) m_model.scheduleBatch();
}

void ZNodeChildLoader::finishApply(ZNodeItem *item, Listing &listing)
{
    const QString path = item->path();
    const int cversion = listing.stat.cversion;
    if (listing.update) {
        markHiddenRecreates(item, listing);
        if (!listing.added.isEmpty() || !listing.removed.isEmpty()) {
            m_model.m_highlighter->markChanged(item);
            ZkWatchRegistry::forSession(m_model.m_session)
                ->reportChildren(path, listing.added, listing.removed, listing.oldCount,
                                 int(item->children.size()));
        }
    }
    m_listedCversion.insert(path, cversion);
    item->loadState = state(LoadState::Loaded);
    const QModelIndex index = m_model.indexOf(item);
    if (listing.hadArrow != m_model.hasChildren(index))
        m_model.rowChanged(item, true);
    else
        m_model.markDirty(path);
    emit m_model.childrenLoaded(index);
    settle(path); // may send the next listing: `listing` is not used after this
    m_model.m_paths->advance(path, {});
}

void ZNodeChildLoader::markHiddenRecreates(ZNodeItem *item, const Listing &listing)
{
    const auto it = m_listedCversion.constFind(item->path());
    if (it == m_listedCversion.cend()) return;
    const qint64 changes = qint64(listing.stat.cversion) - it.value();
    if (changes <= listing.added.size() + listing.removed.size()) return;
    bool any = false;
    for (const auto &child : item->children) {
        if (!child->stat) continue;
        child->setFlag(ZNodeItem::StatStale, true);
        any = true;
    }
    if (any) m_model.childRowsChanged(item);
}

void ZNodeChildLoader::removeVanished(ZNodeItem *item, const ZkError &error)
{
    if (!item->parent) { // the root (or the chroot) itself does not exist
        item->loadState = state(LoadState::Error);
        item->error = std::make_unique<QString>(error.toString());
        m_model.markDirty(item->path());
        emit m_model.loadFailed(item->path(), error);
        return;
    }
    m_model.removeItems(item->parent, item->row, item->row);
}

void ZNodeChildLoader::refresh(ZNodeItem *item)
{
    refreshSubtree(item);
    // The node itself: a loaded one gets its stat with the listing, any other one asks now.
    if (item->loadState == state(LoadState::NotLoaded)
        || item->loadState == state(LoadState::Loading)) {
        item->setFlag(ZNodeItem::StatStale, true);
        m_model.m_stats->want(item);
    }
}

void ZNodeChildLoader::refreshSubtree(ZNodeItem *item)
{
    // Never expanded: nothing to re-list. Loading: a listing is on its way already.
    // Error: listing again is the retry.
    if (item->loadState == state(LoadState::NotLoaded)
        || item->loadState == state(LoadState::Loading))
        return;
    list(item);
    if (item->children.empty()) return;
    // Known stats below become stale and are re-fetched lazily: one ranged dataChanged makes the
    // view repaint, and only the rows it paints ask again.
    for (const auto &child : item->children) {
        if (child->stat) child->setFlag(ZNodeItem::StatStale, true);
        refreshSubtree(child.get());
    }
    m_model.childRowsChanged(item);
}
