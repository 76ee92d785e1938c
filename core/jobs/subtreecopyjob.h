#pragma once

#include "jobs/leveledbatchrunner.h"
#include "jobs/recursivedeletejob.h"
#include "jobs/subtreecrawler.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>

class ZkSession;

/// The exact outcome of a copy or move. Every node found in the source is in exactly one of
/// created, skippedEphemeral, failed, notAttempted and unknown.
struct CopyReport : JobReport
{
    QString source;
    QString destination;
    bool move = false;
    // total: nodes found in the source, the root included; failed: creates refused, or not
    // sent because the parent failed; failures: destination paths; elapsedMs: the whole job
    // (checks, crawl, creates, ACLs, source delete).
    qint64 created = 0;           ///< created at the destination
    qint64 skippedEphemeral = 0;  ///< ephemeral nodes are never copied (they belong to a session)
    QStringList ephemeralPaths;   ///< source paths, the first 1,000
    qint64 unreadable = 0;        ///< source nodes this session may not read: not copied, and
                                  ///< whatever is below them is unknown
    QStringList unreadablePaths;  ///< the first 1,000
    qint64 aclFailed = 0;         ///< created, but left with the temporary ACL (see the class)
    bool partialCopyLeft = false; ///< an incomplete copy exists at the destination (left there)
    bool sourceDeleted = false;   ///< move: the whole source is gone
    bool sourceDeleteRan = false;
    DeleteReport sourceDelete; ///< move: the delete of the source, when it ran
    qint64 crawlMs = 0;        ///< of elapsedMs, reading the source

    bool copyComplete() const
    {
        return !error && !cancelled && created + skippedEphemeral == total && aclFailed == 0;
    }
    double nodesPerSecond() const { return elapsedMs > 0 ? created * 1000.0 / elapsedMs : 0.0; }
};
Q_DECLARE_METATYPE(CopyReport)

/// Copies or moves a subtree. Refused before anything is sent: invalid paths, the source "/",
/// a destination that is the source or below it, a destination that exists, a missing (or
/// ephemeral) destination parent. Then the source is crawled with data and ACLs and recreated
/// top-down, level by level, in multi batches.
///
/// What is copied: data byte for byte (null stays null), the ACL, the structure. Every node is
/// created persistent: ephemeral nodes are skipped and reported; sequential names are copied
/// literally; containers and TTL nodes become plain persistent nodes (the Stat cannot tell a
/// TTL node, and the C client cannot create TTL nodes inside a multi).
///
/// ACLs that do not let anyone create children (e.g. read-only world) would make the copy of
/// their children fail, so such inner nodes are created with their ACL plus world:anyone
/// CREATE|ADMIN, and their final ACL is set (with version 0: a change meanwhile is reported)
/// once all creates are done - also after a cancel.
///
/// move() = copy, then RecursiveDeleteJob on the source with every node's crawled version
/// checked: a node changed meanwhile is kept (reported), and so are ephemeral and unreadable
/// nodes and their ancestors. When the copy is not complete the source is not touched.
/// A cancelled or failed copy leaves what was created in place and says so.
class SubtreeCopyJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubtreeCopyJob)

public:
    enum class Phase { Idle, Checking, Crawling, Creating, FixingAcls, DeletingSource };
    struct Options
    {
        int batchOps = 200;
        int batchBytes = 512 * 1024;
        int maxBatchesInFlight = 4;
    };

    explicit SubtreeCopyJob(ZkSession *session, QObject *parent = nullptr);

    void setOptions(const Options &options) { m_options = options; }
    void copy(const QString &source, const QString &destination);
    void move(const QString &source, const QString &destination);
    /// Stops at the next safe point; finished() reports what was done (cancelled set).
    void cancel();
    bool isRunning() const { return m_phase != Phase::Idle; }
    Phase phase() const { return m_phase; }

signals:
    void phaseChanged(SubtreeCopyJob::Phase phase);
    void progress(qint64 done, qint64 total);
    void finished(const CopyReport &report);

private:
    void begin(const QString &source, const QString &destination, bool move);
    ZkError checkPaths() const;
    void checkDestination();
    void setPhase(Phase phase);
    QString destinationOf(const QString &sourcePath) const;
    void onCrawled(const CrawlSummary &summary);
    void runCreates();
    void noteFailure(const QString &path, const ZkError &error);
    void onCreatesFinished(const BatchRunStats &stats);
    void pumpAclFixes();
    void afterCopy();
    void onSourceDeleted(const DeleteReport &report);
    void finish(const ZkError &error = {});

    QPointer<ZkSession> m_session;
    SubtreeCrawler m_crawler;
    LeveledBatchRunner m_runner;
    RecursiveDeleteJob m_deleter;
    Options m_options;
    Phase m_phase = Phase::Idle;
    quint64 m_run = 0; // Bumped per job: late replies of an older one are ignored.
    bool m_cancelRequested = false;
    QString m_source;
    QString m_destination;
    QList<CrawledNode> m_nodes; // The crawl of the source (with data and ACL).
    QStringList m_kept;         // Source nodes a move must not delete (ephemeral, unreadable).
    QHash<QString, ZkAcl> m_finalAcl; // Destination path -> ACL to set after the creates.
    QSet<QString> m_failedDest;       // Destination paths not created.
    std::deque<std::pair<QString, ZkAcl>> m_aclQueue;
    int m_aclInFlight = 0;
    qint64 m_copyOps = 0;
    CopyReport m_report;
    QElapsedTimer m_clock;
};
