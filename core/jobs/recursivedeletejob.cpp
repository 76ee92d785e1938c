#include "jobs/recursivedeletejob.h"

#include "zk/zkpath.h"
#include "zk/zksession.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {

bool isConnectionError(ZkCode code)
{
    return code != ZkCode::NotReadOnly && !LeveledBatchRunner::isOpLevelError(code);
}

} // namespace

RecursiveDeleteJob::RecursiveDeleteJob(ZkSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_crawler(session, this)
    , m_runner(session, this)
{
    connect(&m_crawler, &SubtreeCrawler::nodesFound, this, [this](const QList<CrawledNode> &nodes) {
        const int rootDepth = ZkPath::depth(m_plan.root);
        for (const CrawledNode &n : nodes) {
            ++m_plan.nodes;
            if (n.stat.isEphemeral()) ++m_plan.ephemeral;
            Q_ASSERT(n.depth == ZkPath::depth(n.path) - rootDepth);
            addNode(n.path, n.depth, n.stat.version);
        }
    });
    connect(&m_crawler, &SubtreeCrawler::finished, this, &RecursiveDeleteJob::onCrawled);
    connect(&m_runner, &LeveledBatchRunner::opFailed, this, &RecursiveDeleteJob::onOpFailed);
    connect(&m_runner, &LeveledBatchRunner::opSkipped, this, [this](const ZkOp &op) {
        noteFailure(
            op.path,
            ZkError::make(ZkCode::NotEmpty,
                          QCoreApplication::translate("RecursiveDeleteJob",
                                                      "kept: a node below it was not deleted"),
                          op.path));
    });
    connect(&m_runner, &LeveledBatchRunner::progress, this, &RecursiveDeleteJob::progress);
    connect(&m_runner, &LeveledBatchRunner::finished, this, &RecursiveDeleteJob::onRunFinished);
}

void RecursiveDeleteJob::count(const QString &root)
{
    m_deleteAfterCount = false;
    beginCount(root);
}

void RecursiveDeleteJob::start(const QString &root)
{
    m_deleteAfterCount = true;
    beginCount(root);
}

void RecursiveDeleteJob::start()
{
    if (m_phase != Phase::Counted || m_plan.error || m_plan.cancelled) {
        const ZkError error = m_plan.error
            ? m_plan.error
            : ZkError::make(ZkCode::BadArguments,
                            QCoreApplication::translate(
                                "RecursiveDeleteJob", "nothing to delete: count the subtree first"),
                            m_plan.root);
        m_report = {};
        m_report.root = m_plan.root;
        QMetaObject::invokeMethod(
            this, [this, error] { finishEarly(error, false); }, Qt::QueuedConnection);
        return;
    }
    runDeletes();
}

void RecursiveDeleteJob::deleteNodes(const QString &root, const QList<CrawledNode> &nodes,
                                     const QStringList &kept)
{
    m_plan = {};
    m_plan.root = root;
    m_levels.clear();
    m_kept = kept;
    const QSet<QString> keptSet(kept.begin(), kept.end());
    const int rootDepth = ZkPath::depth(root);
    for (const CrawledNode &n : nodes) {
        if (keptSet.contains(n.path)) continue;
        ++m_plan.nodes;
        if (n.stat.isEphemeral()) ++m_plan.ephemeral;
        addNode(n.path, ZkPath::depth(n.path) - rootDepth, n.stat.version);
    }
    m_phase = Phase::Counted;
    runDeletes();
}

void RecursiveDeleteJob::cancel()
{
    if (m_phase == Phase::Counting)
        m_crawler.cancel(); // emits finished -> onCrawled at once
    else if (m_phase == Phase::Deleting)
        m_runner.cancel();
}

void RecursiveDeleteJob::beginCount(const QString &root)
{
    // A crawl still running would report into the new count when cancelled.
    m_phase = Phase::Idle;
    m_crawler.cancel();
    m_plan = {};
    m_plan.root = root;
    m_levels.clear();
    m_kept.clear();
    m_report = {};
    m_report.root = root;
    m_phase = Phase::Counting;
    m_crawler.start(root);
}

void RecursiveDeleteJob::addNode(const QString &path, int depth, int version)
{
    if (depth < 0) return;
    while (m_levels.size() <= depth) m_levels.append(QList<ZkOp>());
    const bool check = m_options.versions == VersionCheck::All
        || (m_options.versions == VersionCheck::Root && depth == 0);
    m_levels[depth].append(ZkOp::remove(path, check ? version : -1));
}

void RecursiveDeleteJob::onCrawled(const CrawlSummary &summary)
{
    if (m_phase != Phase::Counting) return;
    m_plan.refused = summary.refused;
    m_plan.refusedPaths = summary.refusedPaths;
    m_plan.vanished = summary.vanished;
    m_plan.cancelled = summary.cancelled;
    m_plan.error = summary.error;
    m_plan.elapsedMs = summary.elapsedMs;
    // Unreadable nodes are still deleted when the server allows it (deleting needs DELETE on
    // the parent, not READ on the node); if they have children the server says NotEmpty.
    const int rootDepth = ZkPath::depth(m_plan.root);
    for (const QString &path : std::as_const(m_plan.refusedPaths))
        addNode(path, ZkPath::depth(path) - rootDepth, -1);
    m_phase = Phase::Counted;
    emit counted(m_plan);
    if (!m_deleteAfterCount) return;
    if (m_plan.error || m_plan.cancelled)
        finishEarly(m_plan.error, m_plan.cancelled);
    else
        runDeletes();
}

void RecursiveDeleteJob::runDeletes()
{
    m_report = {};
    m_report.root = m_plan.root;
    m_phase = Phase::Deleting;
    m_clock.start();
    QList<QList<ZkOp>> bottomUp = m_levels;
    std::reverse(bottomUp.begin(), bottomUp.end());
    LeveledBatchRunner::Options o;
    o.batchOps = m_options.batchOps;
    o.batchBytes = m_options.batchBytes;
    o.maxBatchesInFlight = m_options.maxBatchesInFlight;
    o.order = LeveledBatchRunner::Order::BottomUp;
    o.benignCode = ZkCode::NoNode;
    m_runner.run(bottomUp, o, m_kept);
}

void RecursiveDeleteJob::onOpFailed(const ZkOp &op, const ZkError &error)
{
    if (error.code == ZkCode::NoNode) return; // vanished: counted by the runner, not a failure
    ZkError e = error;
    if (e.code == ZkCode::NotEmpty)
        e.message = QCoreApplication::translate(
            "RecursiveDeleteJob", "not empty: a child was added after the subtree was counted");
    else if (e.code == ZkCode::BadVersion)
        e.message = QCoreApplication::translate(
            "RecursiveDeleteJob", "changed after the subtree was counted (version check failed)");
    noteFailure(op.path, e);
}

void RecursiveDeleteJob::noteFailure(const QString &path, const ZkError &error)
{
    m_report.addFailure(path, error);
}

void RecursiveDeleteJob::onRunFinished(const BatchRunStats &stats)
{
    if (m_phase != Phase::Deleting) return;
    m_phase = Phase::Idle;
    m_report.total = stats.total;
    m_report.deleted = stats.applied;
    m_report.vanished = stats.benign;
    m_report.failed = stats.failed + stats.skipped;
    m_report.notAttempted = stats.notApplied;
    m_report.unknown = stats.unknown;
    m_report.cancelled = stats.cancelled;
    m_report.error = stats.error;
    if (m_report.error && isConnectionError(m_report.error.code) && stats.unknown > 0) {
        m_report.error.message =
            QCoreApplication::translate("RecursiveDeleteJob",
                                        "%1: the outcome of %2 in-flight deletes is unknown")
                .arg(m_report.error.message, QString::number(stats.unknown));
    }
    m_report.elapsedMs = m_clock.elapsed();
    emit finished(m_report);
}

void RecursiveDeleteJob::finishEarly(const ZkError &error, bool cancelled)
{
    m_phase = m_phase == Phase::Deleting ? Phase::Idle : m_phase;
    m_report.root = m_plan.root;
    m_report.total = m_plan.toDelete();
    m_report.notAttempted = m_report.total;
    m_report.cancelled = cancelled;
    m_report.error = error;
    emit finished(m_report);
}
