#pragma once

#include "jobs/recursivedeletejob.h"
#include "transfer/importjob.h"

#include <QObject>
#include <QPointer>

class ZkSession;

/// Copies or moves a subtree from one connection to another (two tabs, two clusters). It is an
/// import whose source is the live subtree instead of a file (ImportJob: the source is crawled
/// with the pipelined crawler, only small values are held while planning, the plan is the
/// count the user confirms, the writes are batched multis checked against what was read, and
/// a node that exists is skipped, overwritten or stops the copy as the user chose).
///
/// prepare() refuses, before anything is read: invalid paths, the source "/", a read-only
/// target, a missing or ephemeral destination parent, and for a move a destination that exists
/// (a move may delete only what it copied into new nodes) or a read-only source. Ephemeral
/// source nodes are listed and skipped, as in the in-cluster copy.
///
/// A move is copy(), then, only when that copy wrote every planned node, deleteSource(): a
/// separate step the caller confirms, a RecursiveDeleteJob on the source that checks every
/// node's version as read for the copy (a node changed meanwhile is kept and reported), and
/// keeps ephemeral and unreadable nodes and their ancestors.
class ConnectionCopyJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionCopyJob)

public:
    enum class Phase { Idle, Checking, Reading, Ready, Copying, Copied, DeletingSource };

    ConnectionCopyJob(ZkSession *source, ZkSession *target, QObject *parent = nullptr);

    /// Reads both sides and plans the copy of `sourcePath` to `destination` (the dry run).
    void prepare(const QString &sourcePath, const QString &destination, const SyncOptions &options,
                 bool move);
    /// Writes the plan of the last successful prepare().
    void copy();
    /// A move whose copy is complete: deletes the source (see the class comment).
    void deleteSource();
    void cancel();

    Phase phase() const { return m_phase; }
    bool isMove() const { return m_move; }
    QString sourcePath() const { return m_sourcePath; }
    QString destination() const { return m_destination; }
    const SyncPlan &plan() const { return m_import.plan(); }
    /// The source as read (ephemeral and unreadable nodes listed).
    const TransferSnapshot &source() { return m_import.fileSnapshot(); }
    const SyncReport &copyReport() const { return m_copyReport; }
    /// The copy wrote every node the plan had, left no difference behind and read every source
    /// node (only then may a move delete the source).
    bool copyComplete() const;
    /// The writer (batch sizes, stop at the first failure).
    SyncApplyJob &applyJob() { return m_import.applyJob(); }
    ZkSession *sourceSession() const { return m_source; }
    ZkSession *targetSession() const { return m_target; }

signals:
    void phaseChanged(ConnectionCopyJob::Phase phase);
    void progress(qint64 done, qint64 total);
    /// The plan is ready, or `error` says why nothing will be written.
    void prepared(const ZkError &error);
    void copied(const SyncReport &report);
    void sourceDeleted(const DeleteReport &report);

private:
    ZkError checkPaths() const;
    void checkDestination();
    void onDestinationChecked(const StatReply &parent, bool destinationExists);
    void onPrepared(const ZkError &error);
    void setPhase(Phase phase);
    void refuse(const ZkError &error);

    QPointer<ZkSession> m_source;
    QPointer<ZkSession> m_target;
    ImportJob m_import;
    RecursiveDeleteJob m_deleter;
    SyncOptions m_options;
    Phase m_phase = Phase::Idle;
    quint64 m_run = 0; // Bumped per prepare()/cancel(): older exists() replies are ignored.
    bool m_move = false;
    QString m_sourcePath;
    QString m_destination;
    SyncReport m_copyReport;
    qint64 m_sourceUnreadable = 0; // nodes below them are unknown: a move keeps the source
};
Q_DECLARE_METATYPE(ConnectionCopyJob::Phase)
