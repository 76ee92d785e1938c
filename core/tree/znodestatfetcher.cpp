#include "tree/znodestatfetcher.h"

#include "tree/znodechangehighlighter.h"
#include "tree/znodechildloader.h"
#include "tree/znodeitem.h"
#include "tree/znodetreemodel.h"
#include "zk/zksession.h"

ZNodeStatFetcher::ZNodeStatFetcher(ZNodeTreeModel &model)
    : m_model(model)
{ }

void ZNodeStatFetcher::want(const ZNodeItem *item)
{
    if (item->hasFlag(ZNodeItem::StatInFlight)) return;
    m_wanted.push(item->path());
    // data() must stay cheap: the requests go out on the next event-loop turn, in one batch.
    m_model.scheduleBatch();
}

void ZNodeStatFetcher::refresh(ZNodeItem *item)
{
    item->setFlag(ZNodeItem::StatStale, true);
    if (item->hasFlag(ZNodeItem::StatInFlight)) {
        item->setFlag(ZNodeItem::StatReadAgain, true);
        return;
    }
    const QString path = item->path();
    if (m_changedSet.contains(path)) return;
    m_changedSet.insert(path);
    m_changed.push_back(path);
    m_model.scheduleBatch();
}

void ZNodeStatFetcher::reset()
{
    m_wanted.clear();
    m_changed.clear();
    m_changedSet.clear();
    m_outstanding = 0;
}

void ZNodeStatFetcher::send()
{
    while (m_outstanding < ZNodeTreeModel::kMaxStatRequests && !m_changed.empty()) {
        const QString path = m_changed.front();
        m_changed.pop_front();
        m_changedSet.remove(path);
        ZNodeItem *item = m_model.findItem(path);
        if (!item) continue; // removed since
        if (item->hasFlag(ZNodeItem::StatInFlight))
            item->setFlag(ZNodeItem::StatReadAgain, true);
        else
            sendOne(item);
    }
    while (m_outstanding < ZNodeTreeModel::kMaxStatRequests && !m_wanted.isEmpty()) {
        ZNodeItem *item = m_model.findItem(m_wanted.takeNewest());
        // Removed since, already being fetched, or answered meanwhile: nothing to send.
        if (!item || item->hasFlag(ZNodeItem::StatInFlight)) continue;
        if (item->stat && !item->hasFlag(ZNodeItem::StatStale)) continue;
        sendOne(item);
    }
}

void ZNodeStatFetcher::sendOne(ZNodeItem *item)
{
    item->setFlag(ZNodeItem::StatInFlight, true);
    ++m_outstanding;
    const quint64 generation = m_model.m_generation;
    m_model.m_session->exists(item->path(), false, &m_model,
                              [this, generation](const StatReply &reply) {
                                  if (generation != m_model.m_generation) return;
                                  --m_outstanding;
                                  onReply(reply);
                                  send();
                              });
}

void ZNodeStatFetcher::onReply(const StatReply &reply)
{
    ZNodeItem *item = m_model.findItem(reply.path);
    if (!item) return;
    item->setFlag(ZNodeItem::StatInFlight, false);
    const bool readAgain = item->hasFlag(ZNodeItem::StatReadAgain);
    item->setFlag(ZNodeItem::StatReadAgain, false);
    if (reply.error.code == ZkCode::NoNode) {
        m_model.m_loader->removeVanished(item, reply.error);
        return;
    }
    // Transient (connection loss, ...): asked again when next shown, and the reconnect re-reads
    // what is shown.
    if (reply.error) return;
    apply(item, reply.stat);
    if (readAgain) refresh(item);
}

void ZNodeStatFetcher::apply(ZNodeItem *item, const ZkStat &stat)
{
    const bool hadChildrenHint = !item->stat || item->stat->numChildren > 0;
    if (item->stat && *item->stat == stat && !item->hasFlag(ZNodeItem::StatStale)) return;
    if (item->stat && (item->stat->mzxid != stat.mzxid || item->stat->pzxid != stat.pzxid))
        m_model.m_highlighter->markChanged(item);
    item->stat = std::make_unique<ZkStat>(stat);
    item->setFlag(ZNodeItem::StatStale, false);
    // QTreeView re-reads hasChildren only from a single-row dataChanged, so a row whose arrow
    // may have to disappear gets its own signal; the rest are coalesced into ranges.
    if (item->children.empty() && hadChildrenHint != (stat.numChildren > 0))
        m_model.rowChanged(item, true);
    else
        m_model.markDirty(item->path());
}
