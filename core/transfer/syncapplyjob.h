#pragma once

#include "jobs/jobreport.h"
#include "jobs/leveledbatchrunner.h"
#include "transfer/sourcedatafetcher.h"
#include "transfer/syncplan.h"
#include "transfer/transfernode.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <optional>

class ZkSession;

/// What an apply wrote. Every planned write is in exactly one of its done counters, failed,
/// notAttempted and unknown.
struct SyncReport : JobReport
{
    QString targetRoot;
    qint64 created = 0;
    qint64 dataUpdated = 0;
    qint64 aclUpdated = 0;
    qint64 deleted = 0;
    qint64 ttlAsPersistent = 0; ///< TTL nodes created persistent (a multi cannot create TTL nodes)
    qint64 aclFailed = 0;       ///< created with the temporary ACL; setting the real one failed
    bool stoppedAtConflict = false;

    qint64 written() const { return created + dataUpdated + aclUpdated + deleted; }
    bool isComplete() const
    {
        return !error && !cancelled && failed == 0 && notAttempted == 0 && unknown == 0;
    }
    double nodesPerSecond() const { return elapsedMs > 0 ? written() * 1000.0 / elapsedMs : 0.0; }
};
Q_DECLARE_METATYPE(SyncReport)

/// Carries out a SyncPlan on the target session: creates (top-down, level by level, in multi
/// batches; restrictive ACLs staged as in SubtreeCopyJob), then data updates in multi batches
/// with the version read (a node changed meanwhile fails with BadVersion and is reported, never
/// overwritten), then ACL updates with the ACL version read, then deletes (bottom-up, versions
/// checked). With Conflicts::Stop the first write refused stops the job. A read-only session
/// is refused before anything is sent.
class SyncApplyJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncApplyJob)

public:
    enum class Phase { Idle, Creating, UpdatingData, SettingAcls, Deleting };
    struct Options
    {
        int batchOps = 200;
        int batchBytes = 512 * 1024;
        int maxBatchesInFlight = 4;
        bool stopAtFirstFailure = false;
    };

    /// A plan written in several start() calls (a streamed import, StreamedImport). A node
    /// created with the temporary ACL gets its real one only after its created children, which
    /// may come in a later part: `createdParents` are the relative paths of created nodes with
    /// created children over all parts, and with `holdStagedAcls` the real ACLs wait
    /// (heldStagedAcls()) for a later part's `stagedAcls`. A stopped part sets them all.
    struct Parts
    {
        QSet<QString> createdParents;
        bool holdStagedAcls = false;
        QHash<QString, ZkAcl> stagedAcls; ///< target path -> real ACL, from earlier parts
    };

    explicit SyncApplyJob(ZkSession *session, QObject *parent = nullptr);

    /// Applies to the following start() calls; std::nullopt (the default): one whole plan.
    void setParts(const std::optional<Parts> &parts) { m_parts = parts; }
    /// The real ACLs the last part held back (target path -> ACL).
    QHash<QString, ZkAcl> heldStagedAcls() const;
    /// Relative paths of the nodes `actions` create that also get created children.
    static QSet<QString> createdParents(const QList<SyncPlan::Action> &actions);
    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    /// Writes `plan` below `targetRoot`; source and target are the snapshots the plan was made
    /// from (the target's versions are the ones checked). Source values kept only as digests
    /// are read again from `sourceSession` first (SourceDataFetcher); without it they fail.
    void start(const SyncPlan &plan, const TransferSnapshot &source, const TransferSnapshot &target,
               const QString &targetRoot, ZkSession *sourceSession = nullptr);
    void cancel();
    bool isRunning() const { return m_phase != Phase::Idle; }
    const SyncReport &report() const { return m_report; }

signals:
    void phaseChanged(SyncApplyJob::Phase phase);
    void progress(qint64 done, qint64 total);
    void finished(const SyncReport &report);

private:
    QString targetPath(const QString &relPath) const;
    LeveledBatchRunner::Options runnerOptions(LeveledBatchRunner::Order order) const;
    void runCreates();
    bool refuseRedacted(const QString &path, const ZkAcl &acl);
    void runDataUpdates();
    void runAclUpdates();
    void pumpAcls();
    void runDeletes();
    void onBatchesDone(const BatchRunStats &stats);
    void onOpFailed(const ZkOp &op, const ZkError &error);
    void onSourceFetched(const QList<PathError> &failures, const QList<int> &failed,
                         bool cancelled);
    void nextPhase();
    void setPhase(Phase phase);
    void finish(const ZkError &error = {});

    QPointer<ZkSession> m_session;
    LeveledBatchRunner m_runner;
    SourceDataFetcher m_fetcher;
    Options m_options;
    std::optional<Parts> m_parts;
    bool m_stagedHeld = false; // the last run held its staged ACLs back
    Phase m_phase = Phase::Idle;
    quint64 m_run = 0;
    bool m_stop = false; // cancel or stop-at-first-failure: no new phase starts
    SyncPlan m_plan;
    TransferSnapshot m_source;
    TransferSnapshot m_target;
    QString m_targetRoot;
    struct AclWrite
    {
        QString path;
        ZkAcl acl;
        int aversion = -1;
        bool staged = false; // the real ACL of a node created with the temporary one
    };
    std::deque<AclWrite> m_aclQueue;
    QHash<QString, ZkAcl> m_stagedAcl; // created with a temporary ACL: path -> real ACL
    QSet<QString> m_notCreated;
    int m_aclInFlight = 0;
    qint64 m_done = 0;
    SyncReport m_report;
    QElapsedTimer m_clock;
};
