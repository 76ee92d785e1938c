#pragma once

// Private to core: the requests of one session between the call and the callback.

#include "zk/private/zkmessage.h"
#include "zk/private/zkpendingrequest.h"

#include <QHash>

#include <deque>
#include <memory>

class ZkHandle;

/// Holds every request from the call until its callback ran: those waiting for a connection
/// (in issue order), those with the C client (at most maxInFlight), and refusals on their way.
///
/// Every callback runs asynchronously and exactly once (unless its owner died): a refusal is
/// delivered on the next event-loop turn of `context`'s thread, a reply when it is drained.
class ZkRequestQueue final
{
public:
    explicit ZkRequestQueue(QObject *context, int maxInFlight);
    ZkRequestQueue(const ZkRequestQueue &) = delete;
    ZkRequestQueue &operator=(const ZkRequestQueue &) = delete;
    /// Outstanding callbacks are dropped: their requester is going away with the session.
    ~ZkRequestQueue();

    /// Queues `request`, or refuses it (asynchronously) when its refusal is set.
    void add(std::unique_ptr<ZkPendingRequest> request);
    /// Hands waiting requests to the C client while fewer than maxInFlight are out.
    void send(ZkHandle &handle);
    /// Hands `request` to the C client at once, ahead of the waiting ones (auth).
    void sendNow(std::unique_ptr<ZkPendingRequest> request, ZkHandle &handle);
    /// Delivers the reply to the request it belongs to; a stale reply is dropped.
    void deliver(ZkReplyMessage &&reply);
    /// Fails every outstanding request with `reason`, in issue order.
    void failAll(const ZkError &reason);

    int inFlight() const { return m_inFlight; }
    int waiting() const { return int(m_waiting.size()); }

private:
    void submit(ZkPendingRequest *request, ZkHandle &handle);
    void refuse(ZkPendingRequest *request);
    static void finish(std::unique_ptr<ZkPendingRequest> request, const ZkError &error,
                       ZkReplyBody &&body);

    QObject *m_context;
    int m_maxInFlight;
    quint64 m_nextId = 1;
    QHash<quint64, ZkPendingRequest *> m_pending; // Deleted when finished or on destruction.
    std::deque<quint64> m_waiting;                // Not yet with the C client, in issue order.
    int m_inFlight = 0;
};
