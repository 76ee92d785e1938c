#pragma once

// Private to core: hands what the C client's threads posted to the session's thread.

#include "zk/private/zkmessage.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class ZkHandle;

/// Drains one handle's inbox on the thread this object lives on and dispatches each message.
///
/// Why slices: a crawl keeps ~1000 requests in flight, and the callbacks of one drained batch
/// can add up to tens of milliseconds of work (tree rows, search matches). Each drain runs
/// callbacks for at most sliceBudgetMs, then yields to the event loop (paint, input, timers)
/// and continues on the next turn, so the window stays within a frame while throughput is kept:
/// the requests those callbacks issued are already on their way while the loop yields.
///
/// Why polling: under a stream of replies a wake-up per arrival would cost a cross-thread
/// event and a syscall each; while `streaming()` says so, arrivals post no wake-up and the
/// inbox is drained every millisecond instead. With few requests in flight: immediate
/// wake-ups, no added latency.
class ZkInboxDrain final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZkInboxDrain)

public:
    using Dispatch = std::function<void(ZkMessage &&message)>;

    explicit ZkInboxDrain(QObject *parent = nullptr);
    ~ZkInboxDrain() override;

    /// `dispatch` handles one message; `afterSlice` runs after each slice (sends what waits);
    /// `streaming` says whether many replies are expected (then the inbox is polled).
    void setHandlers(Dispatch dispatch, std::function<void()> afterSlice,
                     std::function<bool()> streaming);
    /// Starts draining `handle` (its wake-up posts to this object's thread).
    void attach(const std::shared_ptr<ZkHandle> &handle);
    /// Stops: no more wake-ups from the handle, undelivered messages are dropped. Safe to call
    /// from inside a dispatched message.
    void detach();

    static constexpr int sliceBudgetMs = 6;

private:
    void drain();
    bool runSlice(const std::shared_ptr<ZkHandle> &handle);
    void scheduleNext(qsizetype handled);

    Dispatch m_dispatch;
    std::function<void()> m_afterSlice;
    std::function<bool()> m_streaming;
    std::shared_ptr<ZkHandle> m_handle;
    std::vector<ZkMessage> m_backlog; // taken from the inbox, not dispatched yet
    size_t m_next = 0;                // index of the next message of m_backlog
    QTimer m_timer;                   // the next slice or the next poll
};
