// ZNodeTreeModel: loading children, applying a listing as a diff, refresh, reload and loadPath().
#include "tree/znodetreemodel.h"

#include "tree/naturalsort.h"
#include "tree/znodenamesorter.h"
#include "zk/zkpath.h"
#include "zk/zksession.h"
#include "zk/zkwatchregistry.h"
#include "tree/znodeitem.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTreeModel, "zkdesk.treemodel", QtWarningMsg)

namespace {
using LoadState = ZNodeTreeModel::LoadState;
constexpr quint8 state(LoadState s) { return quint8(s); }
} // namespace

void ZNodeTreeModel::reload()
{
    beginResetModel();
    ++m_generation;
    // The old items' interests go. On the same session the server watches are removed too;
    // in a new one they died with the old session.
    ZkWatchRegistry::forSession(m_session)
        ->clearOwner(this, m_session->sessionId() == m_sessionId && m_session->isConnected());
    m_sessionId = m_session->sessionId();
    m_deferred.clear();
    m_changedAt.clear();
    m_top = std::make_unique<ZNodeItem>();
    m_top->name = u"/"_s;
    m_statQueue.clear();
    m_statOutstanding = 0;
    m_dirty.clear();
    m_sorting.clear();
    endResetModel();
    requestStat(m_top.get());
    for (PathJob &job : m_pathJobs) {
        job.waitingFor.clear();
        job.refetched.clear();
    }
    if (!m_pathJobs.empty())
        QMetaObject::invokeMethod(this, [this] { advancePathJobs({}, {}); }, Qt::QueuedConnection);
}

void ZNodeTreeModel::requestChildren(ZNodeItem *item)
{
    bool watch = shownExpanded(item);
    if (!watch && !m_restoreExpand.isEmpty() && m_restoreExpand.remove(item->path())) {
        item->setFlag(ZNodeItem::Expanded, true);
        watch = shownExpanded(item);
    }
    requestChildren(item, watch);
}

void ZNodeTreeModel::requestChildren(ZNodeItem *item, bool watch)
{
    m_deferred.remove(item->path());
    if (watch) {
        item->setFlag(ZNodeItem::ChildWatch, true);
        ZkWatchRegistry::forSession(m_session)
            ->setInterest(this, item->path(), ZkWatchRegistry::Kind::Children, true);
    }
    // A Loaded node being re-listed stays Loaded: its rows stay valid until the diff arrives.
    if (item->loadState != state(LoadState::Loaded)) {
        item->loadState = state(LoadState::Loading);
        item->error.reset();
        markDirty(item->path());
    }
    const quint64 generation = m_generation;
    m_session->getChildren(item->path(), watch, this, [this, generation](const ChildrenReply &r) {
        if (generation == m_generation) onChildrenReply(r);
    });
}

void ZNodeTreeModel::onChildrenReply(const ChildrenReply &reply)
{
    // Any newer reply for this path, error or not, supersedes a listing still being sorted.
    m_sorting.remove(reply.path);
    if (!reply.error && reply.children.size() >= ZNodeNameSorter::kWorkerThreshold
        && findItem(reply.path)) {
        // Sorting 100,000 names takes ~150 ms: on a worker, so the GUI thread never stalls.
        const quint64 seq = ++m_listingSeq;
        const quint64 generation = m_generation;
        m_sorting.insert(reply.path, seq);
        m_sorter.sortLater(reply.children, [this, reply, seq, generation](QStringList sorted) {
            if (generation != m_generation) return;
            const auto it = m_sorting.constFind(reply.path);
            if (it == m_sorting.cend() || it.value() != seq) return; // a newer reply came
            m_sorting.erase(it);
            onSortedChildren(reply, sorted);
        });
        return;
    }
    QStringList sorted = reply.children;
    if (!reply.error) ZNodeNameSorter::sortNow(sorted);
    onSortedChildren(reply, sorted);
}

void ZNodeTreeModel::onSortedChildren(const ChildrenReply &reply, const QStringList &sorted)
{
    ZNodeItem *item = findItem(reply.path);
    if (!item) {
        advancePathJobs(reply.path, {}); // gone meanwhile: the job finds out on its next step
        return;
    }
    if (reply.error) {
        item->setFlag(ZNodeItem::ChildWatch, false); // a failed getChildren arms nothing
        if (reply.error.code == ZkCode::NoNode && item != m_top.get()) {
            removeVanished(item, reply.error);
            advancePathJobs(reply.path, reply.error);
            return;
        }
        item->loadState = state(LoadState::Error);
        item->error = std::make_unique<QString>(
            reply.error.code == ZkCode::NoAuth
                ? tr("not authorised to list children (%1)").arg(zkCodeName(reply.error.code))
                : tr("could not list children: %1").arg(reply.error.toString()));
        markDirty(reply.path);
        emit loadFailed(reply.path, reply.error);
        advancePathJobs(reply.path, reply.error);
        return;
    }
    const bool hadArrow = hasChildren(indexOf(item));
    const bool update = item->loadState == state(LoadState::Loaded);
    const int oldCount = int(item->children.size());
    item->stat = std::make_unique<ZkStat>(reply.stat);
    item->setFlag(ZNodeItem::StatStale, false);
    item->error.reset();
    // An update of a shown listing: new rows and the parent are highlighted, and what changed
    // goes to the watch log through the registry.
    m_diffing = update;
    m_added.clear();
    m_removed.clear();
    applyChildren(item, sorted);
    m_diffing = false;
    if (update && (!m_added.isEmpty() || !m_removed.isEmpty())) {
        markChanged(item);
        ZkWatchRegistry::forSession(m_session)
            ->reportChildren(reply.path, m_added, m_removed, oldCount, int(item->children.size()));
    }
    item->loadState = state(LoadState::Loaded);
    const QModelIndex index = indexOf(item);
    if (hadArrow != hasChildren(index))
        emit dataChanged(index, index.siblingAtColumn(ColumnCount - 1), arrowChangedRoles());
    else
        markDirty(reply.path);
    emit childrenLoaded(index);
    advancePathJobs(reply.path, {});
}

void ZNodeTreeModel::applyChildren(ZNodeItem *item, const QStringList &names)
{
    QElapsedTimer timer;
    timer.start();

    auto &kids = item->children;
    // Removals: a merge walk over two lists sorted in the same total order finds the names that
    // are gone without a hash map. Runs are removed back to front so earlier rows stay valid.
    if (!kids.empty()) {
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
            removeChildren(item, first, last);
            last = first - 1;
        }
    }
    // Insertions: the remaining children are a subset of `names`, in the same order, so a new
    // run is whatever lies between two existing names.
    kids.reserve(names.size());
    qsizetype pos = 0;
    for (qsizetype j = 0; j < names.size();) {
        if (pos < qsizetype(kids.size()) && kids[pos]->name == names[j]) {
            ++pos;
            ++j;
            continue;
        }
        qsizetype k = j;
        while (k < names.size() && (pos >= qsizetype(kids.size()) || kids[pos]->name != names[k]))
            ++k;
        insertChildren(item, pos, names, j, k);
        pos += k - j;
        j = k;
    }
    if (names.size() >= 10000)
        qCInfo(lcTreeModel) << "applied" << names.size() << "children of" << item->path()
                            << "in" << timer.elapsed() << "ms (sorted before, on a worker)";
}

void ZNodeTreeModel::insertChildren(ZNodeItem *item, qsizetype row, const QStringList &names,
                                    qsizetype from, qsizetype to)
{
    // One beginInsertRows per run, whatever its size, in one event-loop turn: measured
    // (tst_int_treemodel bigParent, log category zkdesk.treemodel) building and inserting the
    // items takes ~4 ms for 50,000 names and ~20 ms for 100,000, well below the ~50 ms that
    // would justify splitting the insert over several turns. The natural sort before it, which
    // used to dominate (~120-150 ms for 100,000), runs on a worker (ZNodeNameSorter).
    std::vector<std::unique_ptr<ZNodeItem>> fresh;
    fresh.reserve(to - from);
    for (qsizetype i = from; i < to; ++i) {
        auto child = std::make_unique<ZNodeItem>();
        child->name = names[i];
        child->parent = item;
        fresh.push_back(std::move(child));
    }
    beginInsertRows(indexOf(item), int(row), int(row + (to - from) - 1));
    item->children.insert(item->children.begin() + row, std::make_move_iterator(fresh.begin()),
                          std::make_move_iterator(fresh.end()));
    item->renumberFrom(row);
    endInsertRows();
    if (m_diffing) {
        for (qsizetype i = from; i < to; ++i) {
            m_added << names[i];
            markChanged(item->children[row + (i - from)].get());
        }
    }
}

void ZNodeTreeModel::removeChildren(ZNodeItem *item, qsizetype first, qsizetype last)
{
    // Queued stat requests, dirty marks and callbacks hold paths, not pointers: nothing to purge.
    // Child watches of removed expanded nodes died with the nodes: forget them locally.
    for (qsizetype i = first; i <= last; ++i) {
        if (m_diffing) m_removed << item->children[i]->name;
        disarmSubtree(item->children[i].get(), false);
    }
    beginRemoveRows(indexOf(item), int(first), int(last));
    item->children.erase(item->children.begin() + first, item->children.begin() + last + 1);
    item->renumberFrom(first);
    endRemoveRows();
}

void ZNodeTreeModel::removeVanished(ZNodeItem *item, const ZkError &error)
{
    if (!item->parent) { // the root (or the chroot) itself does not exist
        item->loadState = state(LoadState::Error);
        item->error = std::make_unique<QString>(error.toString());
        markDirty(item->path());
        emit loadFailed(item->path(), error);
        return;
    }
    removeChildren(item->parent, item->row, item->row);
}

void ZNodeTreeModel::refresh(const QModelIndex &index)
{
    ZNodeItem *item = itemFor(index);
    if (!item) return;
    refreshSubtree(item);
    // The node itself: a loaded one gets its stat with the listing, any other one asks now.
    if (item->loadState == state(LoadState::NotLoaded) || item->loadState == state(LoadState::Loading)) {
        item->setFlag(ZNodeItem::StatStale, true);
        requestStat(item);
    }
}

void ZNodeTreeModel::refreshSubtree(ZNodeItem *item)
{
    // Never expanded: nothing to re-list. Loading: a listing is on its way already.
    // Error: listing again is the retry.
    if (item->loadState == state(LoadState::NotLoaded) || item->loadState == state(LoadState::Loading))
        return;
    requestChildren(item);
    if (item->children.empty()) return;
    // Known stats below become stale and are re-fetched lazily: one ranged dataChanged makes the
    // view repaint, and only the rows it paints ask again.
    for (const auto &child : item->children) {
        if (child->stat) child->setFlag(ZNodeItem::StatStale, true);
        refreshSubtree(child.get());
    }
    emit dataChanged(indexOf(item->children.front().get()),
                     indexOf(item->children.back().get(), ColumnCount - 1));
}

// ---- loadPath() ------------------------------------------------------------------------------

void ZNodeTreeModel::loadPath(const QString &path, QObject *context,
                              std::function<void(const QModelIndex &, const ZkError &)> done)
{
    PathJob job;
    job.target = path;
    job.context = context;
    job.guarded = context != nullptr;
    job.done = std::move(done);
    m_pathJobs.push_back(std::move(job));
    // Always asynchronous, even when the path is loaded already: callers need not care.
    QMetaObject::invokeMethod(this, [this] { advancePathJobs({}, {}); }, Qt::QueuedConnection);
}

// Moves every job that is runnable (or was waiting for `repliedPath`) as far as it gets.
void ZNodeTreeModel::advancePathJobs(const QString &repliedPath, const ZkError &error)
{
    if (m_pathJobs.empty()) return;
    std::list<PathJob> finished;
    for (auto it = m_pathJobs.begin(); it != m_pathJobs.end();) {
        PathJob &job = *it;
        if (!job.waitingFor.isEmpty()) {
            if (job.waitingFor != repliedPath) {
                ++it;
                continue;
            }
            job.waitingFor.clear();
            if (error && error.code != ZkCode::NoNode) {
                job.error = error;
                finished.splice(finished.end(), m_pathJobs, it++);
                continue;
            }
        }
        auto next = std::next(it);
        if (advancePathJob(job)) finished.splice(finished.end(), m_pathJobs, it);
        it = next;
    }
    // Callbacks run last: they may call back into the model (loadPath, refresh, ...).
    for (PathJob &job : finished)
        if (!job.guarded || job.context) job.done(job.result, job.error);
}

// Returns true when the job is finished (result or error set).
bool ZNodeTreeModel::advancePathJob(PathJob &job)
{
    if (const QString problem = ZkPath::validate(job.target); !problem.isEmpty()) {
        job.error = ZkError::make(ZkCode::BadArguments, problem, job.target);
        return true;
    }
    if (!m_top) {
        job.error = ZkError::make(ZkCode::InvalidState, tr("the tree is not loaded"), job.target);
        return true;
    }
    ZNodeItem *item = m_top.get();
    for (const QString &name : job.target.split(u'/', Qt::SkipEmptyParts)) {
        const int row = item->findChild(name);
        if (row >= 0) {
            item = item->children[row].get();
            continue;
        }
        const QString path = item->path();
        if (item->loadState == state(LoadState::Loaded)) {
            // Listed, but maybe before the node was created: list once more, then give up.
            if (job.refetched == path) {
                job.error = ZkError::fromCode(ZkCode::NoNode, ZkPath::join(path, name));
                return true;
            }
            job.refetched = path;
            requestChildren(item);
        } else if (item->loadState != state(LoadState::Loading)) {
            requestChildren(item);
        }
        job.waitingFor = path;
        return false;
    }
    job.result = indexOf(item);
    return true;
}
