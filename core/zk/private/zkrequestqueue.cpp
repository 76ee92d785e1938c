#include "zk/private/zkrequestqueue.h"

#include "zk/private/zkhandle.h"

#include <QCoreApplication>
#include <algorithm>

ZkRequestQueue::ZkRequestQueue(QObject *context, int maxInFlight)
    : m_context(context)
    , m_maxInFlight(maxInFlight)
{ }

ZkRequestQueue::~ZkRequestQueue() { qDeleteAll(m_pending); }

void ZkRequestQueue::add(std::unique_ptr<ZkPendingRequest> request)
{
    ZkPendingRequest *p = request.release();
    p->id = m_nextId++;
    m_pending.insert(p->id, p);
    if (p->refusal)
        refuse(p);
    else
        m_waiting.push_back(p->id);
}

void ZkRequestQueue::refuse(ZkPendingRequest *request)
{
    // Delivered on the next event-loop turn: callbacks never run inside the issuing call.
    request->refusal.path = request->path;
    QMetaObject::invokeMethod(
        m_context,
        [this, id = request->id] {
            if (ZkPendingRequest *p = m_pending.take(id)) {
                const ZkError error = p->refusal;
                finish(std::unique_ptr<ZkPendingRequest>(p), error, {});
            }
        },
        Qt::QueuedConnection);
}

void ZkRequestQueue::send(ZkHandle &handle)
{
    while (m_inFlight < m_maxInFlight && !m_waiting.empty()) {
        const quint64 id = m_waiting.front();
        m_waiting.pop_front();
        if (ZkPendingRequest *p = m_pending.value(id)) submit(p, handle);
    }
}

void ZkRequestQueue::sendNow(std::unique_ptr<ZkPendingRequest> request, ZkHandle &handle)
{
    ZkPendingRequest *p = request.release();
    p->id = m_nextId++;
    m_pending.insert(p->id, p);
    submit(p, handle);
}

void ZkRequestQueue::submit(ZkPendingRequest *p, ZkHandle &handle)
{
    const int rc = handle.call(p->id, p->submit, std::move(p->storage));
    p->submit = nullptr; // Frees what the call captured (data buffers) early.
    p->sent = true;
    ++m_inFlight;
    // The C client refused the call (e.g. ZINVALIDSTATE just before EXPIRED arrives): report
    // it through the inbox so the callback stays asynchronous.
    if (rc != ZOK) handle.post(ZkReplyMessage{p->id, rc, {}});
}

void ZkRequestQueue::deliver(ZkReplyMessage &&reply)
{
    std::unique_ptr<ZkPendingRequest> p(m_pending.take(reply.id));
    if (!p) return; // Already failed by close/expiry: stale.
    if (p->sent) --m_inFlight;
    ZkError error;
    if (reply.rc != ZOK) {
        error = ZkError::fromCode(reply.rc, p->path);
        if (p->isWrite && (reply.rc == ZCONNECTIONLOSS || reply.rc == ZOPERATIONTIMEOUT))
            error.message += QCoreApplication::translate("ZkRequestQueue",
                                                         ": the outcome of this write is unknown");
    }
    finish(std::move(p), error, std::move(reply.body));
}

void ZkRequestQueue::failAll(const ZkError &reason)
{
    // Take the table first: callbacks may issue new requests (which are then refused, as
    // there is no handle) while we iterate.
    QHash<quint64, ZkPendingRequest *> pending;
    pending.swap(m_pending);
    m_waiting.clear();
    m_inFlight = 0;
    QList<quint64> ids = pending.keys();
    std::sort(ids.begin(), ids.end()); // In the order they were issued.
    for (quint64 id : ids) {
        std::unique_ptr<ZkPendingRequest> p(pending.value(id));
        ZkError error = p->refusal ? p->refusal : reason;
        error.path = p->path;
        if (p->sent && p->isWrite && !p->refusal)
            error.message = reason.message
                + QCoreApplication::translate("ZkRequestQueue",
                                              " before the server answered: "
                                              "the outcome of this write is unknown");
        finish(std::move(p), error, {});
    }
}

void ZkRequestQueue::finish(std::unique_ptr<ZkPendingRequest> request, const ZkError &error,
                            ZkReplyBody &&body)
{
    if (request->hasOwner && !request->owner) return; // The requester is gone.
    request->deliver(error, std::move(body));
}
