// ZkSession: the session lifecycle, the request queue and the dispatch of what the C client's
// threads hand over. The individual operations (getChildren, create, ...) are in
// zksessionops.cpp.

#include "zk/zksession.h"

#include "zk/connectionstring.h"
#include "zk/zkclientlog.h"
#include "zk/private/zkhandle.h"
#include "zk/private/zkpendingrequest.h"
#include "zk/zkworkerpool.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>
#include <cstring>

Q_LOGGING_CATEGORY(lcSession, "zkdesk.session", QtWarningMsg)

QString sessionStateName(SessionState state)
{
    switch (state) {
    case SessionState::Closed: return QStringLiteral("closed");
    case SessionState::Connecting: return QStringLiteral("connecting");
    case SessionState::Connected: return QStringLiteral("connected");
    case SessionState::ConnectedReadOnly: return QStringLiteral("connected (read-only server)");
    case SessionState::Reconnecting: return QStringLiteral("reconnecting");
    case SessionState::Expired: return QStringLiteral("session expired");
    case SessionState::AuthFailed: return QStringLiteral("authentication failed");
    }
    return QStringLiteral("unknown");
}

ZkSession::ZkSession(QObject *parent) : QObject(parent)
{
    ZkClientLog::instance(); // Created on this (the GUI) thread before any C client thread runs.
    static const bool levelSet = [] {
        // INFO, not DEBUG: DEBUG logging has a use-after-free in 3.8.0 (ZOOKEEPER-4809).
        zoo_set_debug_level(ZOO_LOG_LEVEL_INFO);
        return true;
    }();
    Q_UNUSED(levelSet);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &ZkSession::onConnectTimeout);
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    m_pollTimer.setInterval(1);
    connect(&m_pollTimer, &QTimer::timeout, this, &ZkSession::drainInbox);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_state == SessionState::Closed && !m_handle) startHandle();
    });
}

ZkSession::~ZkSession()
{
    if (m_handle) {
        m_handle->detach();
        ZkWorkerPool::run([handle = std::move(m_handle)] { handle->close(); });
    }
    // Outstanding callbacks are dropped: their requester is going away with us.
    qDeleteAll(m_pending);
}

bool ZkSession::isConnected() const
{
    return m_state == SessionState::Connected || m_state == SessionState::ConnectedReadOnly;
}

ZkError ZkSession::open(const SessionOptions &options)
{
    QString why;
    const ConnectionString parsed = ConnectionString::parse(options.connectString, &why);
    if (!parsed.isValid()) return ZkError::make(ZkCode::BadArguments, why);
    if (m_handle) close();
    m_options = options;
    m_clientHosts = parsed.toClientString();
    m_retryCount = 0;
    m_retryTimer.stop();
    startHandle();
    return {};
}

void ZkSession::startHandle()
{
    m_wasConnected = false;
    m_handleReady = false;
    m_authPending = 0;
    ++m_generation;
    m_handle = std::make_shared<ZkHandle>();
    // The wake-up runs on a C client thread with the handle's inbox lock held; detach() takes
    // the same lock, so `this` cannot die between the check and the post.
    m_handle->setWake([this] {
        QMetaObject::invokeMethod(this, &ZkSession::drainInbox, Qt::QueuedConnection);
    });
    setState(SessionState::Connecting);
    m_connectTimer.start(std::max(1, m_options.connectTimeoutMs));

    const int flags = ZOO_NO_LOG_CLIENTENV | (m_options.allowReadOnlyServer ? ZOO_READONLY : 0);
    ZkWorkerPool::run([handle = m_handle, hosts = m_clientHosts.toUtf8(),
                       timeout = m_options.sessionTimeoutMs, flags] {
        handle->init(hosts, timeout, flags);
    });
}

QString ZkAuthEntry::displayName() const
{
    // Never show a password: digest credentials are "user:password", show the user only.
    const QString text = QString::fromUtf8(credentials);
    const QString who = scheme == u"digest" ? text.section(u':', 0, 0) : text;
    return scheme + u':' + who;
}

QStringList ZkSession::identities() const { return m_identities; }

int ZkSession::retryRemainingMs() const
{
    return m_retryTimer.isActive() ? m_retryTimer.remainingTime() : -1;
}

void ZkSession::close()
{
    m_retryTimer.stop();
    if (m_handle) dropHandle(ZkError::make(ZkCode::Closing, QStringLiteral("connection closed")));
    setState(SessionState::Closed);
}

void ZkSession::dropHandle(const ZkError &reason)
{
    m_connectTimer.stop();
    ++m_generation;
    if (m_handle) {
        m_handle->detach();
        ZkWorkerPool::run([handle = std::move(m_handle)] { handle->close(); });
    }
    m_handle.reset();
    m_handleReady = false;
    m_connectedServer.clear();
    m_sessionId = 0;
    m_sessionPassword.clear();
    m_negotiatedTimeoutMs = 0;
    m_disconnectedSinceMs = 0;
    m_identities.clear();
    failAll(reason);
    m_authPending = 0;
}

void ZkSession::failAll(const ZkError &reason)
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
        ZkPendingRequest *p = pending.value(id);
        ZkError error = p->refusal ? p->refusal : reason;
        error.path = p->path;
        if (p->sent && p->isWrite && !p->refusal)
            error.message = reason.message + QStringLiteral(" before the server answered: "
                                                            "the outcome of this write is unknown");
        finish(p, error, nullptr);
    }
}

void ZkSession::setState(SessionState state)
{
    if (m_state == state) return;
    m_state = state;
    qCInfo(lcSession) << "state" << sessionStateName(state);
    emit stateChanged(state);
}

void ZkSession::onConnectTimeout()
{
    if (m_state != SessionState::Connecting) return;
    const ZkError error = ZkError::make(
        ZkCode::OperationTimeout,
        QStringLiteral("no server answered within %1 s at %2: check the address and port, and "
                       "that the server is running and reachable")
            .arg(m_options.connectTimeoutMs / 1000.0, 0, 'g', 3)
            .arg(m_options.connectString));
    dropHandle(error);
    setState(SessionState::Closed);
    emit connectFailed(error);
    if (m_options.retryAfterConnectTimeout && m_state == SessionState::Closed && !m_handle) {
        const int delay = std::min(30000, 5000 << std::min(m_retryCount, 3));
        ++m_retryCount;
        m_retryTimer.start(delay);
        emit retryScheduled(delay);
    }
}

void ZkSession::enqueue(ZkPendingRequest *request, const ZkError &precheck)
{
    request->id = m_nextId++;
    m_pending.insert(request->id, request);
    if (precheck) {
        refuse(request, precheck);
        return;
    }
    if (!m_handle) {
        refuse(request, ZkError::make(ZkCode::Closing,
                                      QStringLiteral("not connected: open a connection first")));
        return;
    }
    m_waiting.push_back(request->id);
    pump();
}

void ZkSession::refuse(ZkPendingRequest *request, const ZkError &error)
{
    // Delivered on the next event-loop turn: callbacks never run inside the issuing call.
    request->refusal = error;
    request->refusal.path = request->path;
    QMetaObject::invokeMethod(
        this,
        [this, id = request->id] {
            if (ZkPendingRequest *p = m_pending.take(id)) finish(p, p->refusal, nullptr);
        },
        Qt::QueuedConnection);
}

void ZkSession::pump()
{
    // Requests wait here while there is no live connection: the C client would fail them with
    // ZCONNECTIONLOSS on every failed connection attempt, even when the next server in the
    // list is fine. They go out on (re)connect, or fail on close, expiry or connect timeout.
    if (!m_handle || !m_handleReady || !isConnected() || m_authPending > 0) return;
    while (m_inFlight < maxInFlight() && !m_waiting.empty()) {
        const quint64 id = m_waiting.front();
        m_waiting.pop_front();
        ZkPendingRequest *p = m_pending.value(id);
        if (!p) continue;
        const int rc = m_handle->call(id, p->submit, std::move(p->storage));
        p->submit = nullptr; // Frees what the call captured (data buffers) early.
        p->sent = true;
        ++m_inFlight;
        if (rc != ZOK) {
            // The C client refused the call (e.g. ZINVALIDSTATE just before EXPIRED arrives):
            // report it through the inbox so the callback stays asynchronous.
            ZkIncoming in;
            in.kind = ZkIncoming::Kind::Reply;
            in.id = id;
            in.rc = rc;
            m_handle->post(std::move(in));
        }
    }
}

void ZkSession::drainInbox()
{
    if (!m_handle) return;
    std::shared_ptr<ZkHandle> handle = m_handle;
    const quint64 generation = m_generation;
    std::vector<ZkIncoming> batch;
    handle->takeInbox(batch);
    for (ZkIncoming &in : batch) {
        // A callback may have closed or replaced the handle: the rest of this batch is stale.
        if (m_generation != generation) return;
        switch (in.kind) {
        case ZkIncoming::Kind::Reply: handleReply(in); break;
        case ZkIncoming::Kind::Watch: handleWatchEvent(in); break;
        case ZkIncoming::Kind::Session: handleSessionEvent(in); break;
        case ZkIncoming::Kind::InitDone:
            if (in.rc != 0) {
                const ZkError error = ZkError::make(
                    ZkCode::SystemError,
                    QStringLiteral("could not start a connection to %1: %2")
                        .arg(m_options.connectString, QString::fromLocal8Bit(std::strerror(in.rc))));
                dropHandle(error);
                setState(SessionState::Closed);
                emit connectFailed(error);
                return;
            }
            m_handleReady = true;
            break;
        }
    }
    pump();
    // Under a stream of replies (a crawl keeps ~1000 in flight) a wake-up per reply costs a
    // cross-thread event and a syscall each; draining every millisecond instead handles them
    // in batches. Few requests in flight: back to immediate wake-ups, no added latency.
    const bool streaming = m_inFlight >= 64 && batch.size() < 256;
    if (m_handle && m_handle->setPolling(streaming) && !streaming) m_pollTimer.start(0);
    if (streaming && !m_pollTimer.isActive()) m_pollTimer.start(1);
}

void ZkSession::handleReply(ZkIncoming &in)
{
    ZkPendingRequest *p = m_pending.take(in.id);
    if (!p) return; // Already failed by close/expiry: stale.
    if (p->sent) --m_inFlight;
    ZkError error;
    if (in.rc != ZOK) {
        error = ZkError::fromCode(in.rc, p->path);
        if (p->isWrite && (in.rc == ZCONNECTIONLOSS || in.rc == ZOPERATIONTIMEOUT))
            error.message += QStringLiteral(": the outcome of this write is unknown");
    }
    finish(p, error, &in);
}

void ZkSession::finish(ZkPendingRequest *request, const ZkError &error, const ZkIncoming *in)
{
    std::unique_ptr<ZkPendingRequest> owned(request);
    if (request->hasOwner && !request->owner) return; // The requester is gone.
    request->deliver(error, in);
}

void ZkSession::handleSessionEvent(const ZkIncoming &in)
{
    if (in.state == ZOO_CONNECTED_STATE || in.state == ZOO_READONLY_STATE) {
        m_connectTimer.stop();
        m_retryCount = 0;
        const bool newSession = !m_wasConnected;
        m_wasConnected = true;
        m_sessionId = in.sessionId;
        m_sessionPassword = in.password;
        m_negotiatedTimeoutMs = in.negotiatedTimeoutMs;
        m_connectedServer = in.server;
        m_disconnectedSinceMs = 0;
        // Auth goes first on a new handle; the C client replays it itself on reconnects.
        if (newSession) addAuthEntries();
        setState(in.state == ZOO_CONNECTED_STATE ? SessionState::Connected
                                                 : SessionState::ConnectedReadOnly);
        if (newSession) emit sessionStarted(m_sessionId);
        pump();
    } else if (in.state == ZOO_CONNECTING_STATE || in.state == ZOO_ASSOCIATING_STATE) {
        if (m_wasConnected) {
            m_connectedServer.clear();
            if (m_disconnectedSinceMs == 0)
                m_disconnectedSinceMs = QDateTime::currentMSecsSinceEpoch();
            setState(SessionState::Reconnecting);
        }
    } else if (in.state == ZOO_EXPIRED_SESSION_STATE) {
        const qint64 old = m_sessionId;
        dropHandle(ZkError::fromCode(ZkCode::SessionExpired));
        setState(SessionState::Expired);
        emit sessionExpired(old);
        if (m_options.renewExpiredSession && m_state == SessionState::Expired && !m_handle) {
            // Not from inside the drain: the new handle starts on the next event-loop turn.
            QMetaObject::invokeMethod(this, [this] {
                if (m_state == SessionState::Expired && !m_handle) startHandle();
            }, Qt::QueuedConnection);
        }
    } else if (in.state == ZOO_AUTH_FAILED_STATE) {
        dropHandle(ZkError::fromCode(ZkCode::AuthFailed));
        setState(SessionState::AuthFailed);
    }
}

void ZkSession::handleWatchEvent(const ZkIncoming &in)
{
    NodeEvent event{NodeEventType::DataChanged, in.path};
    if (in.type == ZOO_CREATED_EVENT) event.type = NodeEventType::Created;
    else if (in.type == ZOO_DELETED_EVENT) event.type = NodeEventType::Deleted;
    else if (in.type == ZOO_CHANGED_EVENT) event.type = NodeEventType::DataChanged;
    else if (in.type == ZOO_CHILD_EVENT) event.type = NodeEventType::ChildrenChanged;
    else if (in.type == ZOO_NOTWATCHING_EVENT) event.type = NodeEventType::WatchRemoved;
    else return;
    emit nodeEvent(event);
}
