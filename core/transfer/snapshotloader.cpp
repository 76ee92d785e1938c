#include "transfer/snapshotloader.h"

#include "zk/zksession.h"

#include <QCoreApplication>
#include <QThreadPool>

SnapshotLoader::SnapshotLoader(QObject *parent)
    : QObject(parent)
{ }

SnapshotLoader::~SnapshotLoader() = default;

TransferNode SnapshotLoader::fromCrawled(const QString &root, const CrawledNode &n)
{
    TransferNode node;
    node.relPath = TransferSnapshot::relative(root, n.path);
    node.data = n.data;
    node.acl = n.acl;
    node.kind = NodeKinds::of(n.stat);
    node.ttlMs = NodeKinds::ttlMs(n.stat);
    node.version = n.stat.version;
    node.aversion = n.stat.aversion;
    node.stat = n.stat;
    return node;
}

void SnapshotLoader::loadLive(ZkSession *session, const QString &root, bool keepData,
                              int maxInFlight)
{
    cancel();
    ++m_run;
    m_snapshot = {};
    m_snapshot.root = root;
    m_snapshot.origin = session ? session->connectedServer() : QString();
    m_running = true;
    delete m_crawler;
    m_crawler = new SubtreeCrawler(session, this);
    connect(m_crawler, &SubtreeCrawler::nodesFound, this,
            [this, keepData](const QList<CrawledNode> &nodes) {
                for (const CrawledNode &n : nodes) {
                    TransferNode node = fromCrawled(m_snapshot.root, n);
                    if (!keepData) {
                        node.dropData(kKeptBytes);
                        node.stat.reset(); // a compare needs the versions only
                    }
                    // Siblings nearly always share one ACL: keep one copy of it (implicit sharing).
                    if (node.acl == m_lastAcl)
                        node.acl = m_lastAcl;
                    else
                        m_lastAcl = node.acl;
                    if (node.kind == NodeKind::Ephemeral)
                        m_snapshot.ephemeralPaths.append(node.relPath);
                    else
                        m_snapshot.nodes.append(std::move(node));
                }
            });
    connect(m_crawler, &SubtreeCrawler::progress, this,
            [this](qint64 done, qint64 known, double) { emit progress(done, known); });
    connect(m_crawler, &SubtreeCrawler::finished, this, &SnapshotLoader::onCrawled);
    m_crawler->start(root, {.fetchData = true, .fetchAcl = true, .maxInFlight = maxInFlight});
}

void SnapshotLoader::onCrawled(const CrawlSummary &summary)
{
    if (!m_running) return;
    m_snapshot.unreadable = summary.refused;
    m_snapshot.unreadablePaths = summary.refusedPaths;
    if (summary.error.code == ZkCode::NoNode && summary.error.path == m_snapshot.root) {
        m_snapshot.missing = true;
        finish({});
        return;
    }
    if (summary.cancelled) {
        finish(ZkError::make(ZkCode::Nothing, tr("cancelled")));
        return;
    }
    finish(summary.error);
}

void SnapshotLoader::loadFile(const QString &path, bool keepData)
{
    cancel();
    const quint64 run = ++m_run;
    m_snapshot = {};
    m_lineLayout = false;
    m_running = true;
    QPointer<SnapshotLoader> self(this);
    // The result travels back through a queued call on this object; a loader deleted or
    // restarted meanwhile drops it (the QPointer and the run counter).
    QThreadPool::globalInstance()->start([self, run, path, keepData] {
        auto result = std::make_shared<TransferFile::Result>(TransferFile::read(path, keepData));
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, run, result] {
                if (!self || self->m_run != run) return;
                self->m_format = result->format;
                self->m_lineLayout = result->lineLayout;
                if (!result->ok()) {
                    self->finish(ZkError::make(ZkCode::BadArguments, result->error));
                    return;
                }
                self->m_snapshot = std::move(result->snapshot);
                self->finish({});
            },
            Qt::QueuedConnection);
    });
}

void SnapshotLoader::cancel()
{
    if (!m_running) return;
    ++m_run;
    if (m_crawler) m_crawler->cancel(); // onCrawled reports the cancel
    if (m_running) finish(ZkError::make(ZkCode::Nothing, tr("cancelled")));
}

void SnapshotLoader::finish(const ZkError &error)
{
    if (!m_running) return;
    m_running = false;
    m_lastAcl = {};
    m_snapshot.nodes.squeeze(); // the list grew by doubling: give the slack back
    if (error) {
        const bool missing = m_snapshot.missing;
        const QString root = m_snapshot.root;
        m_snapshot = {};
        m_snapshot.root = root;
        m_snapshot.missing = missing;
    }
    emit loaded(error);
}
