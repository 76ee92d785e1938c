#pragma once

#include "transfer/snapshotloader.h"
#include "transfer/treediff.h"

#include <QElapsedTimer>
#include <QObject>

class ZkSession;

/// Two subtrees side by side: each side is a live subtree (any session) or an export file; both
/// are loaded at once, then compared (TreeDiff). The snapshots stay available for a diff view
/// and for applying differences (SyncPlan + SyncApplyJob).
class TreeComparison final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeComparison)

public:
    struct Side
    {
        ZkSession *session = nullptr; ///< live side; nullptr: `file`
        QString root;
        QString file;
        /// A live side keeps every value's bytes; otherwise larger values keep only a digest
        /// (fetched again for a diff view or a write: SourceDataFetcher).
        bool keepData = false;
        /// A zkdesk file side keeps larger values as digests (a streamed import reads them
        /// again); otherwise a file side keeps every value's bytes.
        bool fileDigestsOnly = false;
    };

    explicit TreeComparison(QObject *parent = nullptr);

    void start(const Side &left, const Side &right);
    void cancel();
    bool isRunning() const { return m_left.isRunning() || m_right.isRunning(); }

    TransferSnapshot &left() { return m_left.snapshot(); }
    TransferSnapshot &right() { return m_right.snapshot(); }
    bool leftFileLineLayout() const { return m_left.fileLineLayout(); }
    const TreeDiff &diff() const { return m_diff; }
    qint64 loadMs() const { return m_loadMs; }
    qint64 compareMs() const { return m_compareMs; }

signals:
    void progress(qint64 nodesDone, qint64 nodesKnown);
    /// `error` set: a side could not be read (which one is in the message).
    void finished(const ZkError &error);

private:
    void load(SnapshotLoader &loader, const Side &side);
    void onLoaded(const ZkError &error, bool leftSide);

    SnapshotLoader m_left;
    SnapshotLoader m_right;
    TreeDiff m_diff;
    ZkError m_error;
    int m_pending = 0;
    qint64 m_leftDone = 0, m_leftKnown = 0, m_rightDone = 0, m_rightKnown = 0;
    QElapsedTimer m_clock;
    qint64 m_loadMs = 0;
    qint64 m_compareMs = 0;
};
