#include "search/subtreesearch.h"

#include "jobs/subtreecrawler.h"
#include "zk/zkpath.h"
#include <QCoreApplication>

using namespace Qt::StringLiterals;

SubtreeSearch::SubtreeSearch(ZkSession *session, QObject *parent)
    : QObject(parent)
    , m_crawler(new SubtreeCrawler(session, this))
{
    connect(m_crawler, &SubtreeCrawler::nodesFound, this, &SubtreeSearch::onNodes);
    connect(m_crawler, &SubtreeCrawler::finished, this, &SubtreeSearch::onCrawlFinished);
    connect(m_crawler, &SubtreeCrawler::progress, this,
            [this](qint64 done, qint64 known, double rate) {
                if (m_running) emit progress(done, known, rate);
            });
}

SubtreeSearch::~SubtreeSearch()
{
    m_running = false; // the crawler's own finished() during destruction is not ours to relay
}

QString SubtreeSearch::start(const SearchQuery &query)
{
    if (const QString why = ZkPath::validate(query.root); !why.isEmpty())
        return QCoreApplication::translate("SubtreeSearch", "invalid search root \"%1\": %2")
            .arg(query.root, why);
    SearchMatcher matcher;
    if (const QString why = matcher.compile(query); !why.isEmpty()) return why;
    cancel();
    m_matcher = std::move(matcher);
    m_hits = 0;
    m_scanned = 0;
    m_running = true;
    SubtreeCrawler::Options options;
    options.fetchData = m_matcher.needsData();
    options.maxDepth = query.maxDepth;
    m_crawler->start(query.root, options);
    return {};
}

void SubtreeSearch::cancel()
{
    if (!m_running) return;
    m_crawler->cancel(); // emits finished(cancelled) synchronously: relayed below
}

void SubtreeSearch::onNodes(const QList<CrawledNode> &nodes)
{
    if (!m_running) return;
    QList<SearchHit> hits;
    SearchHit hit;
    for (const CrawledNode &node : nodes) {
        if (m_matcher.match(node, &hit)) hits.append(std::exchange(hit, SearchHit{}));
    }
    m_scanned += nodes.size();
    if (hits.isEmpty()) return;
    m_hits += hits.size();
    emit resultsFound(hits);
}

void SubtreeSearch::onCrawlFinished(const CrawlSummary &crawl)
{
    if (!m_running) return;
    m_running = false;
    SearchSummary summary;
    summary.scanned = m_scanned;
    summary.hits = m_hits;
    summary.vanished = crawl.vanished;
    summary.refused = crawl.refused;
    summary.cancelled = crawl.cancelled;
    if (crawl.error) summary.error = crawl.error.toString();
    summary.elapsedMs = crawl.elapsedMs;
    emit finished(summary);
}
