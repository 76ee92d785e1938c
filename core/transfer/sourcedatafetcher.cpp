#include "transfer/sourcedatafetcher.h"

#include "zk/zksession.h"

SourceDataFetcher::SourceDataFetcher(QObject *parent)
    : QObject(parent)
{ }

QList<int> SourceDataFetcher::missing(const TransferSnapshot &snapshot, const QList<int> &indices)
{
    QList<int> out;
    for (int i : indices)
        if (i >= 0 && i < snapshot.nodes.size() && !snapshot.nodes[i].dataHeld()) out.append(i);
    return out;
}

void SourceDataFetcher::start(ZkSession *session, TransferSnapshot *snapshot,
                              const QList<int> &indices, int maxInFlight)
{
    cancel();
    const quint64 run = ++m_run;
    m_session = session;
    m_snapshot = snapshot;
    m_queue = missing(*snapshot, indices);
    m_next = 0;
    m_inFlight = 0;
    m_maxInFlight = std::max(1, maxInFlight);
    m_running = true;
    m_cancelled = false;
    m_failures.clear();
    m_failed.clear();
    QMetaObject::invokeMethod(
        this,
        [this, run] {
            if (run != m_run) return;
            if (!m_session && !m_queue.isEmpty()) {
                for (int i : std::as_const(m_queue)) {
                    m_failed.append(i);
                    m_failures.append(
                        {TransferSnapshot::absolute(m_snapshot->root, m_snapshot->nodes[i].relPath),
                         ZkError::make(ZkCode::Closing,
                                       tr("the source is not connected: its "
                                          "value cannot be read again"))});
                }
                m_next = m_queue.size();
            }
            pump();
        },
        Qt::QueuedConnection);
}

void SourceDataFetcher::cancel()
{
    if (!m_running) return;
    m_cancelled = true;
    m_next = m_queue.size(); // replies still due are dropped by the run counter
    ++m_run;
    finish();
}

void SourceDataFetcher::pump()
{
    while (m_running && m_next < m_queue.size() && m_inFlight < m_maxInFlight) {
        const int index = m_queue[m_next++];
        ++m_inFlight;
        const quint64 run = m_run;
        const QString path =
            TransferSnapshot::absolute(m_snapshot->root, m_snapshot->nodes[index].relPath);
        m_session->getData(path, false, this, [this, run, index](const DataReply &reply) {
            if (run == m_run) onReply(index, reply);
        });
    }
    if (m_running && m_inFlight == 0 && m_next >= m_queue.size()) finish();
}

void SourceDataFetcher::onReply(int index, const DataReply &reply)
{
    --m_inFlight;
    TransferNode &node = m_snapshot->nodes[index];
    ZkError error = reply.error;
    if (error.code == ZkCode::NoNode)
        error = ZkError::make(ZkCode::NoNode, tr("removed from the source since the compare"),
                              reply.path);
    else if (!error && TransferNode::digestOf(reply.data) != node.digest)
        error =
            ZkError::make(ZkCode::BadVersion,
                          tr("changed on the source since the compare: compare again"), reply.path);
    if (error) {
        m_failed.append(index);
        m_failures.append({reply.path, error});
    } else {
        node.data = reply.data;
        node.digest.clear();
    }
    pump();
}

void SourceDataFetcher::finish()
{
    if (!m_running) return;
    m_running = false;
    emit finished(m_failures, m_failed, m_cancelled);
}
