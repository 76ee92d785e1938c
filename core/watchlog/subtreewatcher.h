#pragma once

#include "zk/zkstat.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class SubtreeCrawler;
class ZkSession;
struct CrawlSummary;
struct NodeEvent;

/// Watches whole subtrees on request ("watch this subtree" in the watch log), collapsed or not:
/// a child watch and a data watch on every node, re-armed after each event, so the watch log
/// records every change there, with old and new values (reported through ZkWatchRegistry).
///
/// The subtree is crawled first (SubtreeCrawler); every node found gets a getData and a
/// getChildren with watch=true, and each fired watch is re-armed by the same call that re-reads
/// the node, so the kept values converge to the server's. New children found on re-listing are
/// watched too. At most cap() nodes are watched in all (the C client resends every watch in one
/// packet on reconnect, and past ~1 MB of paths that reconnect fails forever): beyond it nodes
/// are left out and the log says so. Values are kept up to kMaxKeptBytes per node.
class SubtreeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubtreeWatcher)

public:
    static constexpr int kDefaultCap = 2000;
    static constexpr qsizetype kMaxKeptBytes = 64 * 1024;

    explicit SubtreeWatcher(ZkSession *session, QObject *parent = nullptr);
    ~SubtreeWatcher() override;

    int cap() const { return m_cap; }
    void setCap(int cap) { m_cap = qMax(1, cap); }

    /// Starts watching `root` and everything below it. A root inside a watched subtree, or
    /// equal to one, is already covered: nothing happens.
    void watchSubtree(const QString &root);
    /// Stops watching `root`'s subtree and removes its watches on the server (unless another
    /// part of the app still wants them).
    void unwatchSubtree(const QString &root);
    void unwatchAll();

    QStringList roots() const { return m_roots.keys(); }
    int watchedCount() const { return int(m_nodes.size()); }
    bool isWatched(const QString &path) const { return m_nodes.contains(path); }
    /// A subtree whose crawl is still running.
    bool isCrawling() const;
    /// Nodes left out because of the cap, since the last watchSubtree().
    int leftOut() const { return m_leftOut; }
    /// The kept value of a watched node (for tests): null if not loaded.
    QByteArray keptData(const QString &path) const { return m_nodes.value(path).data; }

signals:
    /// The crawl of `root` finished: `nodes` watched in that subtree, `capped` when the cap
    /// left some out.
    void subtreeReady(const QString &root, int nodes, bool capped);
    void watchedCountChanged(int count);

private:
    struct Node
    {
        QString root;
        QByteArray data;
        ZkStat stat;
        QSet<QString> children; // names
        bool hasData = false;
        bool dataEvent = false;     // a data watch fired: report the re-read
        bool childrenEvent = false; // a child watch fired: report the re-listing
    };
    struct Root
    {
        QPointer<SubtreeCrawler> crawler;
        bool capped = false;
        bool deleted = false;
    };

    void startCrawl(const QString &root);
    bool addNode(const QString &path, const QString &root);
    void armData(const QString &path);
    void armChildren(const QString &path);
    void removeNode(const QString &path, bool onServer);
    void onNodeEvent(const NodeEvent &event);
    void onStateChanged();
    void noteCap(const QString &root, const QString &path);
    QString rootOf(const QString &path) const;

    QPointer<ZkSession> m_session;
    int m_cap = kDefaultCap;
    QHash<QString, Root> m_roots;
    QHash<QString, Node> m_nodes; // every watched path
    int m_leftOut = 0;
    qint64 m_sessionId = 0;
};
