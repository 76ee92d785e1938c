#include "zk/private/zkinboxdrain.h"

#include "zk/private/zkhandle.h"

#include <QPointer>

ZkInboxDrain::ZkInboxDrain(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ZkInboxDrain::drain);
}

ZkInboxDrain::~ZkInboxDrain() { detach(); }

void ZkInboxDrain::setHandlers(Dispatch dispatch, std::function<void()> afterSlice,
                               std::function<bool()> streaming)
{
    m_dispatch = std::move(dispatch);
    m_afterSlice = std::move(afterSlice);
    m_streaming = std::move(streaming);
}

void ZkInboxDrain::attach(const std::shared_ptr<ZkHandle> &handle)
{
    detach();
    m_handle = handle;
    // The wake-up runs on a C client thread with the handle's inbox lock held; detach() takes
    // the same lock, so `this` cannot die between the check and the post.
    m_handle->setWake(
        [this] { QMetaObject::invokeMethod(this, &ZkInboxDrain::drain, Qt::QueuedConnection); });
}

void ZkInboxDrain::detach()
{
    if (m_handle) m_handle->detach();
    m_handle.reset();
    m_backlog.clear();
    m_next = 0;
    m_timer.stop();
}

void ZkInboxDrain::drain()
{
    if (!m_handle) return;
    const std::shared_ptr<ZkHandle> handle = m_handle;
    const size_t before = m_next;
    if (!runSlice(handle)) return;
    m_afterSlice();
    if (m_handle == handle) scheduleNext(qsizetype(m_next - before));
}

bool ZkInboxDrain::runSlice(const std::shared_ptr<ZkHandle> &handle)
{
    if (m_next == m_backlog.size()) {
        m_backlog.clear();
        m_next = 0;
    }
    handle->takeInbox(m_backlog);
    QElapsedTimer clock;
    clock.start();
    const qint64 budgetNs = qint64(sliceBudgetMs) * 1000000;
    while (m_next < m_backlog.size()) {
        ZkMessage message = std::move(m_backlog[m_next++]);
        const QPointer<ZkInboxDrain> alive(this);
        m_dispatch(std::move(message));
        // A callback may have destroyed the session (and this drain with it): touch nothing.
        if (!alive) return false;
        // A callback may have closed or replaced the handle: the rest is stale (and cleared).
        if (m_handle != handle) return false;
        if (clock.nsecsElapsed() >= budgetNs) break;
    }
    return true;
}

void ZkInboxDrain::scheduleNext(qsizetype handled)
{
    if (m_next < m_backlog.size()) {
        m_handle->setPolling(true); // The next slice takes new arrivals too: no wake-ups.
        m_timer.start(0);           // The rest after the event loop had its turn.
        return;
    }
    const bool streaming = m_streaming() && handled < 256;
    if (m_handle->setPolling(streaming) && !streaming)
        m_timer.start(0); // Arrived while polling: nobody else will wake for it.
    else if (streaming && !m_timer.isActive())
        m_timer.start(1);
}
