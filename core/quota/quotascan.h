#pragma once

#include "quota/quotavalues.h"
#include "zk/zkerror.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class SubtreeCrawler;
class ZkSession;
struct CrawlSummary;
struct CrawledNode;

/// Reads every quota of the ensemble: one crawl of /zookeeper/quota (with data) through the
/// SubtreeCrawler. The quota tree holds two small nodes per quota, so this is cheap; it serves
/// listquota, the nesting rule of setquota and the tree's over-limit marker.
class QuotaScan final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaScan)

public:
    explicit QuotaScan(ZkSession *session, QObject *parent = nullptr);

    /// Crawls again; finished() follows (also when one is running: that one is dropped).
    void start();
    bool isRunning() const;
    /// By node path, from the last finished scan.
    const QHash<QString, NodeQuota> &quotas() const { return m_quotas; }

signals:
    /// `error` when the crawl failed (a missing /zookeeper/quota is no error: no quotas).
    void finished(const ZkError &error);

private:
    void onNodes(const QList<CrawledNode> &nodes);
    void onFinished(const CrawlSummary &summary);

    QPointer<ZkSession> m_session;
    SubtreeCrawler *m_crawler = nullptr;
    QHash<QString, NodeQuota> m_found; // being collected
    QHash<QString, NodeQuota> m_quotas;
};
