#pragma once

#include "jobs/jobreport.h"
#include "zk/zkreplies.h"
#include "transfer/transfernode.h"

#include <QObject>
#include <QPointer>

class ZkSession;

/// Reads again the values a compare kept only as digests (TransferNode::digest) before they are
/// written or shown, pipelined. Each value must still match its digest: a node changed or
/// removed on the source since the compare is reported, not used, so a write never carries
/// bytes the user did not see compared.
class SourceDataFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceDataFetcher)

public:
    explicit SourceDataFetcher(QObject *parent = nullptr);

    /// Fills `snapshot->nodes[i].data` for each of `indices` whose bytes were not kept; the
    /// snapshot must outlive the fetch. finished() always comes later, never inside start().
    void start(ZkSession *session, TransferSnapshot *snapshot, const QList<int> &indices,
               int maxInFlight = 500);
    void cancel();
    bool isRunning() const { return m_running; }

    /// The indices of `nodes` whose bytes a write of `indices` needs and were not kept.
    static QList<int> missing(const TransferSnapshot &snapshot, const QList<int> &indices);

signals:
    /// `failures`: nodes whose bytes could not be had (their indices are in `failed`).
    void finished(const QList<PathError> &failures, const QList<int> &failed, bool cancelled);

private:
    void pump();
    void onReply(int index, const DataReply &reply);
    void finish();

    QPointer<ZkSession> m_session;
    TransferSnapshot *m_snapshot = nullptr;
    QList<int> m_queue;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 500;
    bool m_running = false;
    bool m_cancelled = false;
    quint64 m_run = 0;
    QList<PathError> m_failures;
    QList<int> m_failed;
};
