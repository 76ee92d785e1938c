#include "watchlog/subtreewatcher.h"

#include "jobs/subtreecrawler.h"
#include "zk/zkpath.h"
#include "zk/zksession.h"
#include "zk/zkwatchregistry.h"

using namespace Qt::StringLiterals;

namespace {
bool isBelowOrAt(const QString &path, const QString &root)
{
    if (root == u"/"_s) return true;
    return path == root || (path.startsWith(root) && path.size() > root.size()
                            && path.at(root.size()) == u'/');
}
} // namespace

SubtreeWatcher::SubtreeWatcher(ZkSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    connect(session, &ZkSession::nodeEvent, this, &SubtreeWatcher::onNodeEvent);
    connect(session, &ZkSession::stateChanged, this, &SubtreeWatcher::onStateChanged);
}

SubtreeWatcher::~SubtreeWatcher()
{
    if (m_session) ZkWatchRegistry::forSession(m_session)->clearOwner(this, m_session->isConnected());
}

bool SubtreeWatcher::isCrawling() const
{
    for (const Root &r : m_roots)
        if (r.crawler && r.crawler->isRunning()) return true;
    return false;
}

QString SubtreeWatcher::rootOf(const QString &path) const
{
    for (auto it = m_roots.cbegin(); it != m_roots.cend(); ++it)
        if (isBelowOrAt(path, it.key())) return it.key();
    return {};
}

void SubtreeWatcher::watchSubtree(const QString &root)
{
    if (!m_session || !ZkPath::validate(root).isEmpty() || !rootOf(root).isEmpty()) return;
    // Watched subtrees below the new root become part of it.
    for (const QString &other : m_roots.keys()) {
        if (!isBelowOrAt(other, root)) continue;
        if (m_roots[other].crawler) m_roots[other].crawler->cancel();
        m_roots.remove(other);
        for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it)
            if (it->root == other) it->root = root;
    }
    m_roots.insert(root, Root{});
    m_leftOut = 0;
    if (m_sessionId == 0) m_sessionId = m_session->sessionId();
    startCrawl(root);
}

void SubtreeWatcher::startCrawl(const QString &root)
{
    Root &r = m_roots[root];
    if (r.crawler) r.crawler->deleteLater();
    r.capped = false;
    r.deleted = false;
    auto *crawler = new SubtreeCrawler(m_session, this);
    r.crawler = crawler;
    connect(crawler, &SubtreeCrawler::nodesFound, this,
            [this, root, crawler](const QList<CrawledNode> &nodes) {
                for (const CrawledNode &n : nodes) {
                    if (addNode(n.path, root)) continue;
                    if (m_nodes.contains(n.path)) continue; // known already
                    // The cap: stop crawling, say so once.
                    noteCap(root, n.path);
                    crawler->cancel();
                    return;
                }
            });
    connect(crawler, &SubtreeCrawler::finished, this, [this, root, crawler](const CrawlSummary &s) {
        crawler->deleteLater();
        if (!m_roots.contains(root)) return;
        Root &r = m_roots[root];
        if (s.error.code == ZkCode::NoNode && !m_nodes.contains(root)) {
            // The root does not exist (yet): an exists watch tells when it appears.
            r.deleted = true;
            m_session->exists(root, true, this, [](const StatReply &) {});
        }
        int count = 0;
        for (const Node &n : std::as_const(m_nodes)) count += n.root == root;
        emit subtreeReady(root, count, r.capped);
    });
    crawler->start(root);
}

bool SubtreeWatcher::addNode(const QString &path, const QString &root)
{
    if (m_nodes.contains(path)) return false;
    if (m_nodes.size() >= m_cap) return false;
    Node n;
    n.root = root;
    m_nodes.insert(path, n);
    auto *registry = ZkWatchRegistry::forSession(m_session);
    registry->setInterest(this, path, ZkWatchRegistry::Kind::Data, true);
    registry->setInterest(this, path, ZkWatchRegistry::Kind::Children, true);
    armData(path);
    armChildren(path);
    emit watchedCountChanged(int(m_nodes.size()));
    return true;
}

void SubtreeWatcher::noteCap(const QString &root, const QString &path)
{
    ++m_leftOut;
    Root &r = m_roots[root];
    if (r.capped) return;
    r.capped = true;
    ZkWatchRegistry::forSession(m_session)->reportNote(
        path, tr("watch cap of %1 nodes reached: %2 and further nodes of %3 are not watched")
                  .arg(m_cap).arg(path, root));
}

void SubtreeWatcher::armData(const QString &path)
{
    m_session->getData(path, true, this, [this](const DataReply &reply) {
        auto it = m_nodes.find(reply.path);
        if (it == m_nodes.end()) return; // unwatched meanwhile
        if (reply.error) {
            // NoNode: gone; the Deleted event (or the parent's listing) removes it. Anything else
            // (connection loss) is re-armed by the C client's reconnect or the new-session path.
            return;
        }
        Node &n = *it;
        const QByteArray kept = reply.data.left(kMaxKeptBytes);
        if (n.dataEvent) {
            n.dataEvent = false;
            ZkWatchRegistry::forSession(m_session)
                ->reportData(reply.path, n.hasData, n.data, n.stat, kept, reply.stat);
        }
        n.data = kept;
        n.stat = reply.stat;
        n.hasData = true;
    });
}

void SubtreeWatcher::armChildren(const QString &path)
{
    m_session->getChildren(path, true, this, [this](const ChildrenReply &reply) {
        auto it = m_nodes.find(reply.path);
        if (it == m_nodes.end() || reply.error) return;
        const QSet<QString> now(reply.children.cbegin(), reply.children.cend());
        QStringList added, removed;
        for (const QString &c : now)
            if (!it->children.contains(c)) added << c;
        for (const QString &c : std::as_const(it->children))
            if (!now.contains(c)) removed << c;
        const int oldCount = int(it->children.size());
        const bool report = it->childrenEvent;
        it->childrenEvent = false;
        it->children = now;
        const QString root = it->root; // `it` is invalidated by addNode/removeNode below
        added.sort();
        removed.sort();
        if (report)
            ZkWatchRegistry::forSession(m_session)
                ->reportChildren(reply.path, added, removed, oldCount, int(now.size()));
        for (const QString &c : std::as_const(removed)) removeNode(ZkPath::join(reply.path, c), false);
        // Only after the crawl: during it, the crawler reports the children itself.
        const Root r = m_roots.value(root);
        if (r.crawler && r.crawler->isRunning()) return;
        for (const QString &c : std::as_const(added)) {
            const QString child = ZkPath::join(reply.path, c);
            if (!addNode(child, root) && !m_nodes.contains(child)) noteCap(root, child);
        }
    });
}

void SubtreeWatcher::removeNode(const QString &path, bool onServer)
{
    // The node and everything below it (a deleted node's children were deleted first).
    QStringList gone;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        if (isBelowOrAt(it.key(), path)) gone << it.key();
    if (gone.isEmpty()) return;
    auto *registry = ZkWatchRegistry::forSession(m_session);
    for (const QString &p : std::as_const(gone)) {
        m_nodes.remove(p);
        if (onServer) {
            registry->setInterest(this, p, ZkWatchRegistry::Kind::Data, false);
            registry->setInterest(this, p, ZkWatchRegistry::Kind::Children, false);
        } else {
            registry->forget(this, p, ZkWatchRegistry::Kind::Data);
            registry->forget(this, p, ZkWatchRegistry::Kind::Children);
        }
    }
    emit watchedCountChanged(int(m_nodes.size()));
}

void SubtreeWatcher::unwatchSubtree(const QString &root)
{
    if (!m_roots.contains(root)) return;
    if (m_roots[root].crawler) m_roots[root].crawler->cancel();
    m_roots.remove(root);
    removeNode(root, m_session && m_session->isConnected());
}

void SubtreeWatcher::unwatchAll()
{
    for (const QString &root : m_roots.keys()) unwatchSubtree(root);
}

void SubtreeWatcher::onNodeEvent(const NodeEvent &event)
{
    auto it = m_nodes.find(event.path);
    if (it == m_nodes.end()) {
        // A watched root that did not exist has been created: crawl it now.
        if (event.type == NodeEventType::Created && m_roots.contains(event.path)
            && m_roots[event.path].deleted)
            startCrawl(event.path);
        return;
    }
    switch (event.type) {
    case NodeEventType::DataChanged:
        it->dataEvent = true;
        armData(event.path);
        break;
    case NodeEventType::ChildrenChanged:
        it->childrenEvent = true;
        armChildren(event.path);
        break;
    case NodeEventType::Deleted:
        removeNode(event.path, false);
        if (m_roots.contains(event.path)) {
            m_roots[event.path].deleted = true;
            m_session->exists(event.path, true, this, [](const StatReply &) {});
        }
        break;
    case NodeEventType::Created:
    case NodeEventType::WatchRemoved: break;
    }
}

void SubtreeWatcher::onStateChanged()
{
    if (!m_session->isConnected()) return;
    const qint64 id = m_session->sessionId();
    const bool newSession = m_sessionId != 0 && id != m_sessionId;
    m_sessionId = id;
    if (!newSession || m_roots.isEmpty()) return;
    // The old session's watches died with it: watch every subtree again from scratch.
    ZkWatchRegistry::forSession(m_session)->clearOwner(this, false);
    m_nodes.clear();
    for (const QString &root : m_roots.keys()) startCrawl(root);
}
