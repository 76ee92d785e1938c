#include "jobs/subtreecrawler.h"

#include "zk/zkpath.h"
#include "zk/zksession.h"

#include <QCoreApplication>
#include <memory>

// Gathers the replies for one node: getChildren and/or getData, getAcl when asked. The node is
// reported once all its replies are in (parents before children holds because a child is only
// requested after its parent's getChildren reply).
struct SubtreeCrawler::Visit
{
    CrawledNode node;
    int waiting = 0;
    bool missing = false;
    bool refusedFlag = false;
    ZkError error;
};

SubtreeCrawler::SubtreeCrawler(ZkSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &SubtreeCrawler::flush);
}

void SubtreeCrawler::start(const QString &root, const Options &options)
{
    cancel();
    ++m_run;
    m_options = options;
    m_options.maxInFlight = std::max(1, options.maxInFlight);
    m_summary = {};
    m_batch.clear();
    m_frontier.clear();
    m_inFlight = 0;
    m_known = 1;
    m_running = true;
    m_clock.start();
    m_lastProgressMs = 0;
    if (const QString why = ZkPath::validate(root); !why.isEmpty()) {
        fail(ZkError::make(
            ZkCode::BadArguments,
            QCoreApplication::translate("SubtreeCrawler", "invalid path \"%1\": %2").arg(root, why),
            root));
        return;
    }
    if (!m_session) {
        fail(ZkError::make(ZkCode::Closing,
                           QCoreApplication::translate("SubtreeCrawler", "no session")));
        return;
    }
    m_frontier.emplace_back(root, 0);
    pump();
}

void SubtreeCrawler::cancel()
{
    if (!m_running) return;
    ++m_run;
    m_summary.cancelled = true;
    finish();
}

void SubtreeCrawler::pump()
{
    // With data, getChildren follows the data reply for inner nodes only.
    const int perNode = 1 + (m_options.fetchAcl ? 1 : 0);
    while (m_running && !m_frontier.empty() && m_inFlight + perNode <= m_options.maxInFlight) {
        auto [path, depth] = std::move(m_frontier.front());
        m_frontier.pop_front();
        issue(path, depth);
    }
    if (m_running && m_frontier.empty() && m_inFlight == 0) finish();
}

void SubtreeCrawler::issue(const QString &path, int depth)
{
    auto visit = std::make_shared<Visit>();
    visit->node.path = path;
    visit->node.depth = depth;
    visit->waiting = 1;
    ++m_inFlight;
    if (m_options.fetchData)
        requestData(visit);
    else
        requestChildren(visit);
    if (m_options.fetchAcl) requestAcl(visit);
}

void SubtreeCrawler::replied(const std::shared_ptr<Visit> &visit)
{
    --m_inFlight;
    if (--visit->waiting == 0) complete(visit.get());
}

void SubtreeCrawler::requestChildren(const std::shared_ptr<Visit> &visit)
{
    const quint64 run = m_run;
    m_session->getChildren(visit->node.path, false, this,
                           [this, run, visit](const ChildrenReply &r) {
                               if (run != m_run) return;
                               if (r.error)
                                   noteError(*visit, r.error);
                               else
                                   addChildren(*visit, r);
                               replied(visit);
                           });
}

// The data read comes first: its Stat says whether the node has children, and most nodes of a
// tree are leaves, so their getChildren is never sent (a third fewer requests for an export).
// A child created after the getData reply is missed, as one created after a getChildren reply
// always was: a crawl is not a snapshot.
void SubtreeCrawler::requestData(const std::shared_ptr<Visit> &visit)
{
    const quint64 run = m_run;
    m_session->getData(visit->node.path, false, this, [this, run, visit](const DataReply &r) {
        if (run != m_run) return;
        if (r.error) {
            noteError(*visit, r.error);
        } else {
            visit->node.data = r.data;
            visit->node.stat = r.stat; // the Stat of these very bytes
            if (r.stat.numChildren > 0 && !atMaxDepth(*visit)) {
                ++visit->waiting;
                ++m_inFlight;
                requestChildren(visit);
            }
        }
        replied(visit);
    });
}

void SubtreeCrawler::requestAcl(const std::shared_ptr<Visit> &visit)
{
    const quint64 run = m_run;
    ++visit->waiting;
    ++m_inFlight;
    m_session->getAcl(visit->node.path, this, [this, run, visit](const AclReply &r) {
        if (run != m_run) return;
        if (r.error)
            noteError(*visit, r.error);
        else
            visit->node.acl = r.acl;
        replied(visit);
    });
}

void SubtreeCrawler::noteError(Visit &visit, const ZkError &e)
{
    if (e.code == ZkCode::NoNode)
        visit.missing = true;
    else if (e.code == ZkCode::NoAuth)
        visit.refusedFlag = true;
    else if (e && !visit.error)
        visit.error = e;
}

bool SubtreeCrawler::atMaxDepth(const Visit &visit) const
{
    return m_options.maxDepth >= 0 && visit.node.depth >= m_options.maxDepth;
}

void SubtreeCrawler::addChildren(Visit &visit, const ChildrenReply &r)
{
    if (!m_options.fetchData) visit.node.stat = r.stat; // else the data reply's, with its bytes
    if (atMaxDepth(visit)) return;
    const int childDepth = visit.node.depth + 1;
    for (const QString &child : r.children)
        m_frontier.emplace_back(ZkPath::join(visit.node.path, child), childDepth);
    m_known += r.children.size();
}

void SubtreeCrawler::complete(Visit *visit)
{
    if (visit->error) {
        fail(visit->error);
        return;
    }
    if (visit->missing && visit->node.depth == 0) {
        fail(ZkError::fromCode(ZkCode::NoNode, visit->node.path));
        return;
    }
    if (visit->missing) {
        ++m_summary.vanished;
    } else if (visit->refusedFlag) {
        noteRefused(visit->node.path);
    } else {
        ++m_summary.nodes;
        m_batch.append(std::move(visit->node));
        if (m_batch.size() >= 2000)
            flush();
        else if (!m_flushTimer.isActive())
            m_flushTimer.start();
    }
    const qint64 now = m_clock.elapsed();
    if (now - m_lastProgressMs >= 100) {
        m_lastProgressMs = now;
        emit progress(m_summary.nodes, m_known, now > 0 ? m_summary.nodes * 1000.0 / now : 0.0);
    }
    pump();
}

void SubtreeCrawler::noteRefused(const QString &path)
{
    ++m_summary.refused;
    if (m_summary.refusedPaths.size() < 1000) m_summary.refusedPaths.append(path);
}

void SubtreeCrawler::fail(const ZkError &error)
{
    ++m_run;
    m_summary.error = error;
    finish();
}

void SubtreeCrawler::flush()
{
    m_flushTimer.stop();
    if (m_batch.isEmpty()) return;
    QList<CrawledNode> batch;
    batch.swap(m_batch);
    emit nodesFound(batch);
}

void SubtreeCrawler::finish()
{
    if (!m_running) return;
    const quint64 run = m_run;
    flush();
    // A slot of that last nodesFound may have cancelled (finished already) or restarted the crawl.
    if (run != m_run || !m_running) return;
    m_running = false;
    m_frontier.clear();
    m_inFlight = 0;
    m_summary.elapsedMs = m_clock.elapsed();
    emit progress(m_summary.nodes, m_known, m_summary.nodesPerSecond());
    emit finished(m_summary);
}
