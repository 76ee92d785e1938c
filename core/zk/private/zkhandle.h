#pragma once

// Private to core (core/zk/private/): the session's handle on the C client. zkcapi.h explains
// how ui and app are kept away from this folder.

#include "zk/private/zkmessage.h"
#include "zk/private/zksaslclient.h"

#include <QByteArray>

#include "zkcapi.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <unordered_set>
#include <vector>

/// One zhandle_t and everything that must live exactly as long as it: the watcher context,
/// the table of request contexts handed to the C client, and the inbox of results.
///
/// Lifetime: shared between the ZkSession (GUI thread) and the worker that closes it. After
/// detach() nothing is posted to the session any more; close() runs zookeeper_close (which
/// joins the C client's threads and, patched, answers what was in flight with ZCLOSING) and then
/// frees every request context the C client never completed (ZOOKEEPER-3868: the unpatched
/// 3.8.0, e.g. Debian's shared library, drops some), so each is freed once.
class ZkHandle final
{
public:
    /// A request context as the C client sees it (`const void *data`), held in m_calls.
    struct Call
    {
        /// Atomic because the completion thread reads it before it can take the handle's lock,
        /// and the hand-over through the C library is invisible to ThreadSanitizer.
        std::atomic<ZkHandle *> handle;
        quint64 id;
        /// Buffers the C client writes on the completion thread (multi results): alive
        /// until the completion ran or the context was swept.
        std::shared_ptr<void> storage;
    };

    ZkHandle() = default;
    ~ZkHandle();
    ZkHandle(const ZkHandle &) = delete;
    ZkHandle &operator=(const ZkHandle &) = delete;

    /// Sets the function that schedules a drain on the session's thread. Called with the inbox
    /// lock held, so the session can detach() before it dies without a race.
    void setWake(std::function<void()> wake);
    /// No more wake-ups: the session dropped this handle (or is being destroyed).
    void detach();

    /// GUI thread, before init() is scheduled: the SASL parameters of this handle (kept until
    /// the handle is destroyed, because the C client calls them on every reconnect).
    void setSasl(std::unique_ptr<ZkSaslClient> sasl) { m_sasl = std::move(sasl); }

    /// Worker thread only: zookeeper_init2, or zookeeper_init_ssl when `tlsCert` (the C
    /// client's "ca[,cert,key[,password]]") is set, or zookeeper_init_sasl after setSasl().
    /// Wipes `tlsCert`. Posts a ZkInitMessage either way.
    void init(const QByteArray &hosts, int sessionTimeoutMs, int flags, QByteArray tlsCert = {});
    /// Worker thread only: zookeeper_close, then free every leftover request context.
    void close();

    /// GUI thread: issue one async call. `issue` gets the handle and the context pointer and
    /// returns the zoo_a* return code. The context is registered before the call (the
    /// completion may run before the call returns) and freed here if the call fails.
    int call(quint64 id, const std::function<int(zhandle_t *, const void *)> &issue,
             std::shared_ptr<void> storage = {});
    /// Queue a message produced without the C client (a refused call) for the next drain.
    void post(ZkMessage message);
    /// GUI thread: take everything that arrived (appended to `out`).
    void takeInbox(std::vector<ZkMessage> &out);
    /// GUI thread: while polling, arrivals post no wake-ups (the session drains on a timer).
    /// Returns whether items are waiting (when polling stops, nobody else will wake for them).
    bool setPolling(bool polling);

    /// Completion thread: hand over a reply for `data` (a Call*), freeing the context.
    static void complete(const void *data, int rc, ZkReplyBody body = {});
    /// Completion thread: the storage of the call `data` (a Call*), read under the lock.
    static std::shared_ptr<void> storageOf(const void *data);
    static void watcher(zhandle_t *zh, int type, int state, const char *path, void *context);
    static void logLine(const char *message);

    qsizetype pendingCalls() const;
    /// GUI thread, only after the ZkInitMessage of a successful init: zoo_state(). A failed
    /// SASL handshake sets ZOO_AUTH_FAILED_STATE without any watcher event (3.8.0 zk_sasl.c,
    /// zoo_sasl_mark_failed), so the session has to look.
    int clientState() const { return m_zh ? zoo_state(m_zh) : 0; }

private:
    void push(ZkMessage message);
    zhandle_t *start(const QByteArray &hosts, int sessionTimeoutMs, int flags,
                     const QByteArray &tlsCert);

    mutable std::mutex m_mutex;         // Guards m_calls, m_inbox, m_wake.
    std::unordered_set<Call *> m_calls; // Deleted on completion, failed call or close.
    std::vector<ZkMessage> m_inbox;
    std::function<void()> m_wake;
    bool m_polling = false;

    std::mutex m_lifeMutex; // Serialises init() and close() (both on worker threads).
    zhandle_t *m_zh = nullptr;
    bool m_closed = false;
    std::unique_ptr<ZkSaslClient> m_sasl; // outlives m_zh: destroyed with the handle
};

/// Copies a C Stat into the Qt value type.
ZkStat toZkStat(const struct Stat &s);
