#pragma once

#include "zk/zkacl.h"
#include "zk/zkerror.h"
#include "zk/zkstat.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <memory>

class ZkSession;
struct ChildrenReply;

/// One node met by the crawler.
struct CrawledNode
{
    QString path;
    int depth = 0; ///< 0 for the crawl root
    ZkStat stat;
    QByteArray data; ///< only with Options::fetchData (null data stays null)
    ZkAcl acl;       ///< only with Options::fetchAcl
};

/// What a crawl met besides nodes. Vanished and refused nodes are counted, not fatal.
struct CrawlSummary
{
    qint64 nodes = 0;         ///< nodes reported through nodesFound
    qint64 vanished = 0;      ///< deleted between listing and visiting (ZNONODE)
    qint64 refused = 0;       ///< not readable by this session (ZNOAUTH)
    QStringList refusedPaths; ///< the first 1,000 of them
    bool cancelled = false;
    ZkError error; ///< set when the crawl stopped early (connection lost, closed)
    qint64 elapsedMs = 0;
    double nodesPerSecond() const { return elapsedMs > 0 ? nodes * 1000.0 / elapsedMs : 0.0; }
};

/// Walks a subtree breadth-first with pipelined asynchronous getChildren (and getData /
/// getAcl when asked; with getData, getChildren only for nodes whose Stat has children), on the GUI
/// thread's event loop: it never blocks, keeps up to `maxInFlight` requests outstanding, reports
/// nodes in batches and progress a few times a second, and can be cancelled at any time. It feeds
/// search, recursive delete, copy, ACL apply and export.
class SubtreeCrawler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubtreeCrawler)

public:
    struct Options
    {
        bool fetchData = false;
        bool fetchAcl = false;
        int maxInFlight = 1000;
        int maxDepth = -1; ///< -1: unlimited; 0: the root only
    };

    explicit SubtreeCrawler(ZkSession *session, QObject *parent = nullptr);

    void start(const QString &root, const Options &options);
    void start(const QString &root) { start(root, Options{}); }
    /// Stops issuing requests; finished(cancelled) is emitted at once, late replies are ignored.
    void cancel();
    bool isRunning() const { return m_running; }
    const CrawlSummary &summary() const { return m_summary; }

signals:
    /// A batch of visited nodes, parents always before their children.
    void nodesFound(const QList<CrawledNode> &nodes);
    void progress(qint64 nodesDone, qint64 nodesKnown, double nodesPerSecond);
    void finished(const CrawlSummary &summary);

private:
    struct Visit; // a node being fetched (children + optional data and ACL)

    void pump();
    void issue(const QString &path, int depth);
    void requestChildren(const std::shared_ptr<Visit> &visit);
    void requestData(const std::shared_ptr<Visit> &visit);
    void requestAcl(const std::shared_ptr<Visit> &visit);
    /// One of a visit's replies is in: the visit completes with its last.
    void replied(const std::shared_ptr<Visit> &visit);
    bool atMaxDepth(const Visit &visit) const;
    /// A reply's error: a node gone or refused is noted; the first other error fails the crawl.
    static void noteError(Visit &visit, const ZkError &error);
    /// The node's Stat, and its children queued unless maxDepth stops here.
    void addChildren(Visit &visit, const ChildrenReply &reply);
    void complete(Visit *visit);
    void fail(const ZkError &error);
    void flush();
    void finish();
    void noteRefused(const QString &path);

    QPointer<ZkSession> m_session;
    Options m_options;
    bool m_running = false;
    quint64 m_run = 0; // Bumped per start/cancel: replies of an older run are ignored.
    std::deque<std::pair<QString, int>> m_frontier; // Known, not yet requested.
    int m_inFlight = 0;                             // Requests outstanding.
    qint64 m_known = 0;
    QList<CrawledNode> m_batch;
    CrawlSummary m_summary;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = 0;
    QTimer m_flushTimer;
};
Q_DECLARE_METATYPE(CrawlSummary)
