#pragma once

#include "search/searchmatcher.h"
#include "search/searchquery.h"

#include <QList>
#include <QObject>
#include <QTimer>

class SubtreeCrawler;
class ZkSession;
struct CrawlSummary;
struct CrawledNode;

/// Searches a subtree by name/path and/or data content, over SubtreeCrawler (pipelined,
/// breadth-first, on the GUI thread's event loop). Data is fetched only when the query has a
/// data part. Results stream out in batches as they are found; progress a few times a second.
class SubtreeSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubtreeSearch)

public:
    explicit SubtreeSearch(ZkSession *session, QObject *parent = nullptr);
    ~SubtreeSearch() override;

    /// Checks the query (regex syntax, hex bytes, root path) and starts. On a bad query returns
    /// the reason and sends nothing (no signal follows). A running search is cancelled first.
    QString start(const SearchQuery &query);
    /// Stops at once: finished(cancelled) is emitted, no more results.
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 hitCount() const { return m_hits; }
    qint64 scannedCount() const { return m_scanned; }

signals:
    void resultsFound(const QList<SearchHit> &hits);
    void progress(qint64 nodesScanned, qint64 nodesKnown, double nodesPerSecond);
    void finished(const SearchSummary &summary);

private:
    void onNodes(const QList<CrawledNode> &nodes);
    void onCrawlFinished(const CrawlSummary &crawl);

    SubtreeCrawler *m_crawler; // Owned (child).
    SearchMatcher m_matcher;
    bool m_running = false;
    qint64 m_hits = 0;
    qint64 m_scanned = 0;
};
