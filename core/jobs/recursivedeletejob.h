#pragma once

#include "jobs/jobreport.h"
#include "jobs/leveledbatchrunner.h"
#include "jobs/subtreecrawler.h"
#include "zk/zkerror.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ZkSession;

/// What count() found: the numbers for the confirmation ("delete 2,013 nodes, 40 of them
/// ephemeral").
struct DeletePlan
{
    QString root;
    qint64 nodes = 0;         ///< readable nodes, the root included
    qint64 ephemeral = 0;     ///< of those, ephemeral ones (stat.ephemeralOwner != 0)
    qint64 refused = 0;       ///< not readable (NoAuth): deleted if the server lets us, but
                              ///< whatever is below them is unknown
    QStringList refusedPaths; ///< the first 1,000 of them
    qint64 vanished = 0;      ///< deleted by someone else while counting
    bool cancelled = false;
    ZkError error; ///< the count failed (root missing, connection lost, ...)
    qint64 elapsedMs = 0;
    /// The delete ops start() will send: every readable node plus the known unreadable ones.
    qint64 toDelete() const { return nodes + refusedPaths.size(); }
};
Q_DECLARE_METATYPE(DeletePlan)

/// The exact outcome of a delete: every planned node is in exactly one of deleted, vanished,
/// failed, notAttempted and unknown.
struct DeleteReport : JobReport
{
    QString root;
    qint64 deleted = 0;  ///< deleted by this job
    qint64 vanished = 0; ///< already gone when their delete arrived (fine)
    // failed: refused (NotEmpty, NoAuth, BadVersion, ...) or kept because a node below was not
    // deleted.

    /// Nodes of the plan that may still exist.
    qint64 remaining() const { return failed + notAttempted + unknown; }
    bool isComplete() const { return !error && !cancelled && remaining() == 0; }
    double nodesPerSecond() const { return elapsedMs > 0 ? deleted * 1000.0 / elapsedMs : 0.0; }
};
Q_DECLARE_METATYPE(DeleteReport)

/// Deletes a subtree: count() crawls it for the confirmation, start() deletes it bottom-up
/// (deepest level first; a level only when every deeper one is done) in multi batches, several
/// in flight. A failed batch is retried op by op: NoNode counts as vanished, anything else is
/// reported and keeps the node's ancestors (they could not be deleted anyway).
///
/// Versions: by default only the root's delete carries the version seen in the count, so a
/// root replaced meanwhile is not deleted blindly; descendants are deleted whatever their data
/// version (a recursive delete means "everything below", and a busy subtree would otherwise
/// never go). VersionCheck::All (used by move) checks every node.
class RecursiveDeleteJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecursiveDeleteJob)

public:
    enum class VersionCheck { None, Root, All };
    struct Options
    {
        int batchOps = 200;
        int batchBytes = 256 * 1024;
        int maxBatchesInFlight = 4;
        VersionCheck versions = VersionCheck::Root;
    };

    explicit RecursiveDeleteJob(ZkSession *session, QObject *parent = nullptr);

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    /// Crawls `root`; emits counted(). Nothing is deleted.
    void count(const QString &root);
    /// Deletes what the last count() found. finished() with an error when there is no count.
    void start();
    /// count() then start() at once (counted() is still emitted).
    void start(const QString &root);
    /// Deletes `nodes` (a crawl of `root` made elsewhere, e.g. by a move) with the versions in
    /// their stats; the `kept` nodes are not deleted, and neither are their ancestors.
    void deleteNodes(const QString &root, const QList<CrawledNode> &nodes,
                     const QStringList &kept = {});
    /// Stops counting, or stops sending deletes: the batches in flight finish and count, then
    /// finished() with cancelled set.
    void cancel();

    bool isRunning() const { return m_phase == Phase::Counting || m_phase == Phase::Deleting; }
    const DeletePlan &plan() const { return m_plan; }

signals:
    void counted(const DeletePlan &plan);
    void progress(qint64 done, qint64 total);
    void finished(const DeleteReport &report);

private:
    enum class Phase { Idle, Counting, Counted, Deleting };

    void beginCount(const QString &root);
    void addNode(const QString &path, int depth, int version);
    void onCrawled(const CrawlSummary &summary);
    void runDeletes();
    void onOpFailed(const ZkOp &op, const ZkError &error);
    void onRunFinished(const BatchRunStats &stats);
    void finishEarly(const ZkError &error, bool cancelled);
    void noteFailure(const QString &path, const ZkError &error);

    QPointer<ZkSession> m_session;
    SubtreeCrawler m_crawler;
    LeveledBatchRunner m_runner;
    Options m_options;
    Phase m_phase = Phase::Idle;
    bool m_deleteAfterCount = false;
    DeletePlan m_plan;
    QList<QList<ZkOp>> m_levels; // Delete ops by depth below the root (index 0: the root).
    QStringList m_kept;
    DeleteReport m_report;
    QElapsedTimer m_clock;
};
