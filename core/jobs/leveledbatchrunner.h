#pragma once

#include "zk/zkerror.h"
#include "zk/zkop.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <deque>

class ZkSession;

/// What a LeveledBatchRunner run did with its operations. Every op ends in exactly one bucket:
/// applied + benign + failed + skipped + notApplied + unknown == total.
struct BatchRunStats
{
    qint64 total = 0;
    qint64 applied = 0;    ///< confirmed by the server
    qint64 benign = 0;     ///< failed with Options::benignCode (e.g. NoNode for a delete)
    qint64 failed = 0;     ///< refused by the server (reported through opFailed)
    qint64 skipped = 0;    ///< never sent: blocked by a failed relative (reported through opSkipped)
    qint64 notApplied = 0; ///< never sent (cancel, stop) or sent and refused as a whole
    qint64 unknown = 0;    ///< in flight when the connection failed: may or may not be applied
    bool cancelled = false;
    ZkError error; ///< the error that stopped the run early (connection lost, read-only, ...)
};

/// Runs levels of write operations through ZkSession::multi: a level is split into batches
/// (bounded in op count and bytes, well under the 1 MB packet limit), several batches are in
/// flight at once, and the next level starts only when the previous one is completely done.
/// A multi is all-or-nothing, so when one fails its ops are retried one by one to find the
/// culprit(s) and apply the rest.
///
/// A failed op blocks its relatives in later levels: with Order::BottomUp (deletes) its
/// ancestors, with Order::TopDown (creates) its descendants. Blocked ops are never sent.
/// Errors that are not about one op (connection lost, read-only, session expired) stop the run:
/// nothing new is sent, the batches in flight are awaited, then finished() is emitted.
class LeveledBatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeveledBatchRunner)

public:
    enum class Order { TopDown, BottomUp };
    struct Options
    {
        int batchOps = 200;
        int batchBytes = 256 * 1024;
        int maxBatchesInFlight = 4;
        Order order = Order::BottomUp;
        /// An op error that counts as done and blocks nothing (NoNode for deletes).
        ZkCode benignCode = ZkCode::Ok;
    };

    explicit LeveledBatchRunner(ZkSession *session, QObject *parent = nullptr);

    /// `levels` in execution order; each op's path is what blocking is computed on. `kept`:
    /// paths treated as failed from the start (nodes deliberately left alone), so that their
    /// relatives are blocked as if their op had failed.
    void run(const QList<QList<ZkOp>> &levels, const Options &options,
             const QStringList &kept = {});
    /// Stops sending; the batches in flight finish and count, then finished() (cancelled).
    void cancel();
    bool isRunning() const { return m_running; }
    const BatchRunStats &stats() const { return m_stats; }

    /// True for errors that concern a single op (and so are worth retrying the batch singly).
    static bool isOpLevelError(ZkCode code);

signals:
    void opFailed(const ZkOp &op, const ZkError &error); ///< also for benign errors
    void opSkipped(const ZkOp &op);
    void progress(qint64 done, qint64 total);
    void finished(const BatchRunStats &stats);

private:
    struct Batch;

    void pump();
    void sendBatch(const QList<ZkOp> &ops, bool single);
    void onReply(const QList<ZkOp> &ops, bool single, const ZkError &error, int failedIndex);
    void recordFailure(const ZkOp &op, const ZkError &error);
    void stop(const ZkError &error);
    bool isBlocked(const QString &path) const;
    void markFailed(const QString &path);
    void emitProgress();
    void finishIfDone();

    QPointer<ZkSession> m_session;
    Options m_options;
    bool m_running = false;
    bool m_stopping = false;
    std::deque<QList<ZkOp>> m_levels;  // Not started yet.
    std::deque<QList<ZkOp>> m_batches; // Of the current level, not sent yet.
    std::deque<ZkOp> m_singles;        // Retries of failed batches, not sent yet.
    int m_inFlight = 0;                // Multis outstanding (batches and singles).
    QSet<QString> m_blocked;           // BottomUp: ancestors of failures; TopDown: failures.
    BatchRunStats m_stats;
};
Q_DECLARE_METATYPE(BatchRunStats)
