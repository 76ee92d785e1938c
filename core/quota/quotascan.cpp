#include "quota/quotascan.h"

#include "jobs/subtreecrawler.h"
#include "zk/zkpath.h"
#include "zk/zksession.h"

using namespace Qt::StringLiterals;

QuotaScan::QuotaScan(ZkSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

bool QuotaScan::isRunning() const { return m_crawler && m_crawler->isRunning(); }

void QuotaScan::start()
{
    delete m_crawler;
    m_found.clear();
    m_crawler = new SubtreeCrawler(m_session, this);
    connect(m_crawler, &SubtreeCrawler::nodesFound, this, &QuotaScan::onNodes);
    connect(m_crawler, &SubtreeCrawler::finished, this, &QuotaScan::onFinished);
    SubtreeCrawler::Options options;
    options.fetchData = true;
    m_crawler->start(QuotaPaths::root(), options);
}

void QuotaScan::onNodes(const QList<CrawledNode> &nodes)
{
    for (const CrawledNode &node : nodes) {
        const QString name = ZkPath::name(node.path);
        const bool limits = name == u"zookeeper_limits"_s;
        if (!limits && name != u"zookeeper_stats"_s) continue;
        const QString target = QuotaPaths::nodeFor(ZkPath::parent(node.path));
        if (target.isEmpty()) continue;
        NodeQuota &quota = m_found[target];
        quota.path = target;
        if (limits) {
            quota.exists = true;
            quota.limits = QuotaValues::parse(node.data);
            quota.limitsVersion = node.stat.version;
        } else {
            quota.usage = QuotaValues::parse(node.data);
        }
    }
}

void QuotaScan::onFinished(const CrawlSummary &summary)
{
    // A stats node without limits is a leftover, not a quota.
    for (auto it = m_found.begin(); it != m_found.end();)
        it = it->exists ? std::next(it) : m_found.erase(it);
    m_quotas = m_found;
    m_found.clear();
    m_crawler->deleteLater();
    m_crawler = nullptr;
    ZkError error = summary.error;
    if (error.code == ZkCode::NoNode && error.path == QuotaPaths::root()) error = {};
    emit finished(error);
}
