#include "jobs/leveledbatchrunner.h"

#include "zk/zkpath.h"
#include "zk/zksession.h"
#include <QCoreApplication>

namespace {

// A generous estimate of what one op adds to a multi packet (header, path, data, ACL).
qsizetype opBytes(const ZkOp &op)
{
    qsizetype n = 32 + op.path.toUtf8().size() + op.data.size();
    for (const ZkAclEntry &e : op.acl) n += 16 + e.scheme.toUtf8().size() + e.id.toUtf8().size();
    return n;
}

} // namespace

LeveledBatchRunner::LeveledBatchRunner(ZkSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

bool LeveledBatchRunner::isOpLevelError(ZkCode code)
{
    switch (code) {
    case ZkCode::NoNode:
    case ZkCode::NodeExists:
    case ZkCode::NotEmpty:
    case ZkCode::BadVersion:
    case ZkCode::NoAuth:
    case ZkCode::NoChildrenForEphemerals:
    case ZkCode::InvalidAcl:
    case ZkCode::BadArguments:
    case ZkCode::Unimplemented:
    case ZkCode::QuotaExceeded:
        return true;
    default:
        return false;
    }
}

void LeveledBatchRunner::run(const QList<QList<ZkOp>> &levels, const Options &options,
                             const QStringList &kept)
{
    m_options = options;
    m_options.batchOps = std::max(1, options.batchOps);
    m_options.maxBatchesInFlight = std::max(1, options.maxBatchesInFlight);
    m_stats = {};
    m_levels.clear();
    m_batches.clear();
    m_singles.clear();
    m_stopping = false;
    m_blocked.clear();
    for (const QString &path : kept) markFailed(path);
    for (const QList<ZkOp> &level : levels) {
        if (level.isEmpty()) continue;
        m_levels.push_back(level);
        m_stats.total += level.size();
    }
    m_running = true;
    // Asynchronous start: the caller finishes its own bookkeeping before the first signal.
    QMetaObject::invokeMethod(this, &LeveledBatchRunner::pump, Qt::QueuedConnection);
}

void LeveledBatchRunner::cancel()
{
    if (!m_running || m_stopping) return;
    m_stats.cancelled = true;
    m_stopping = true;
    QMetaObject::invokeMethod(this, &LeveledBatchRunner::finishIfDone, Qt::QueuedConnection);
}

void LeveledBatchRunner::pump()
{
    if (!m_running) return;
    if (!m_session)
        stop(ZkError::make(
            ZkCode::Closing,
            QCoreApplication::translate("LeveledBatchRunner", "the session is gone")));
    while (!m_stopping && m_inFlight < m_options.maxBatchesInFlight) {
        if (!m_singles.empty()) {
            const ZkOp op = m_singles.front();
            m_singles.pop_front();
            sendBatch({op}, true);
            continue;
        }
        if (!m_batches.empty()) {
            const QList<ZkOp> ops = m_batches.front();
            m_batches.pop_front();
            sendBatch(ops, ops.size() == 1);
            continue;
        }
        // The next level starts only when everything of this one is answered.
        if (m_inFlight > 0 || m_levels.empty()) break;
        const QList<ZkOp> level = m_levels.front();
        m_levels.pop_front();
        QList<ZkOp> batch;
        qsizetype bytes = 0;
        for (const ZkOp &op : level) {
            if (isBlocked(op.path)) {
                ++m_stats.skipped;
                markFailed(op.path);
                emit opSkipped(op);
                continue;
            }
            const qsizetype b = opBytes(op);
            if (!batch.isEmpty()
                && (batch.size() >= m_options.batchOps || bytes + b > m_options.batchBytes)) {
                m_batches.push_back(batch);
                batch.clear();
                bytes = 0;
            }
            batch.append(op);
            bytes += b;
        }
        if (!batch.isEmpty()) m_batches.push_back(batch);
        emitProgress();
    }
    finishIfDone();
}

void LeveledBatchRunner::sendBatch(const QList<ZkOp> &ops, bool single)
{
    ++m_inFlight;
    m_session->multi(ops, this, [this, ops, single](const MultiReply &r) {
        --m_inFlight;
        onReply(ops, single, r.error, r.failedIndex);
        emitProgress();
        pump();
    });
}

void LeveledBatchRunner::onReply(const QList<ZkOp> &ops, bool single, const ZkError &error,
                                 int failedIndex)
{
    if (error.isOk()) {
        m_stats.applied += ops.size();
        return;
    }
    if (isOpLevelError(error.code)) {
        if (single) {
            // A server verdict on this one op: report it plainly, not as "op 1 of 1 failed".
            recordFailure(ops.first(),
                          failedIndex >= 0 ? ZkError::fromCode(error.code, ops.first().path)
                                           : error);
            return;
        }
        if (m_stopping) {
            m_stats.notApplied += ops.size(); // all-or-nothing: none of them was applied
            return;
        }
        for (const ZkOp &op : ops) m_singles.push_back(op);
        return;
    }
    // Not about one op: the connection, the session or a read-only server/connection.
    if (error.code == ZkCode::NotReadOnly)
        m_stats.notApplied += ops.size();
    else
        m_stats.unknown += ops.size();
    stop(error);
}

void LeveledBatchRunner::recordFailure(const ZkOp &op, const ZkError &error)
{
    if (error.code == m_options.benignCode) {
        ++m_stats.benign;
    } else {
        ++m_stats.failed;
        markFailed(op.path);
    }
    emit opFailed(op, error);
}

void LeveledBatchRunner::stop(const ZkError &error)
{
    if (!m_stopping)
        m_stats.error = error;
    else if (!m_stats.error)
        m_stats.error = error;
    m_stopping = true;
}

bool LeveledBatchRunner::isBlocked(const QString &path) const
{
    if (m_blocked.isEmpty()) return false;
    if (m_options.order == Order::BottomUp) return m_blocked.contains(path);
    for (QString p = ZkPath::parent(path); !p.isEmpty(); p = ZkPath::parent(p))
        if (m_blocked.contains(p)) return true;
    return false;
}

void LeveledBatchRunner::markFailed(const QString &path)
{
    if (m_options.order == Order::TopDown) {
        m_blocked.insert(path);
        return;
    }
    for (QString p = ZkPath::parent(path); !p.isEmpty() && !m_blocked.contains(p);
         p = ZkPath::parent(p))
        m_blocked.insert(p);
}

void LeveledBatchRunner::emitProgress()
{
    const BatchRunStats &s = m_stats;
    emit progress(s.applied + s.benign + s.failed + s.skipped + s.notApplied + s.unknown, s.total);
}

void LeveledBatchRunner::finishIfDone()
{
    if (!m_running || m_inFlight > 0) return;
    if (!m_stopping && (!m_levels.empty() || !m_batches.empty() || !m_singles.empty())) return;
    for (const QList<ZkOp> &level : m_levels) m_stats.notApplied += level.size();
    for (const QList<ZkOp> &batch : m_batches) m_stats.notApplied += batch.size();
    m_stats.notApplied += qint64(m_singles.size());
    m_levels.clear();
    m_batches.clear();
    m_singles.clear();
    m_running = false;
    emitProgress();
    emit finished(m_stats);
}
