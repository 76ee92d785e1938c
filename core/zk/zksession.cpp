#include "zk/zksession.h"

#include "zk/private/zkauthreplay.h"
#include "zk/private/zkconnectprobe.h"
#include "zk/private/zkconnecttimers.h"
#include "zk/private/zkhandle.h"
#include "zk/private/zkinboxdrain.h"
#include "zk/private/zkpreflight.h"
#include "zk/private/zkrequestbuilder.h"
#include "zk/private/zkrequestqueue.h"
#include "zk/zkclientinfo.h"
#include "zk/zkclientlog.h"
#include "zk/zkworkerpool.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

#include <cstring>

Q_LOGGING_CATEGORY(lcSession, "zkdesk.session", QtWarningMsg)

QString sessionStateName(SessionState state)
{
    switch (state) {
    case SessionState::Closed:
        return QStringLiteral("closed");
    case SessionState::Connecting:
        return QStringLiteral("connecting");
    case SessionState::Connected:
        return QStringLiteral("connected");
    case SessionState::ConnectedReadOnly:
        return QStringLiteral("connected (read-only server)");
    case SessionState::Reconnecting:
        return QStringLiteral("reconnecting");
    case SessionState::Expired:
        return QStringLiteral("session expired");
    case SessionState::AuthFailed:
        return QStringLiteral("authentication failed");
    }
    return QStringLiteral("unknown");
}

QString ZkAuthEntry::displayName() const
{
    // Never show a credential: digest credentials are "user:password", show the user only;
    // for other schemes the bytes are a token, a key or a password: show the scheme only.
    if (scheme == u"digest")
        return scheme + u':' + QString::fromUtf8(credentials).section(u':', 0, 0);
    return scheme + QCoreApplication::translate("ZkSession", " (credentials hidden)");
}

ZkSession::ZkSession(QObject *parent)
    : QObject(parent)
    , m_requests(std::make_unique<ZkRequestBuilder>())
    , m_queue(std::make_unique<ZkRequestQueue>(this, maxInFlight()))
    , m_auth(std::make_unique<ZkAuthReplay>(
          [this](const ZkAuthEntry &entry, const ZkError &error) { emit authFailed(entry, error); },
          [this] { pump(); }))
    , m_timers(new ZkConnectTimers(this))
    , m_probe(new ZkConnectProbe(this))
    , m_preflight(new ZkPreflight(this))
    , m_drain(new ZkInboxDrain(this))
{
    ZkClientLog::instance(); // Created on this (the GUI) thread before any C client thread runs.
    static const bool levelSet = [] {
        // INFO, not DEBUG: DEBUG logging has a use-after-free in 3.8.0 (ZOOKEEPER-4809).
        zoo_set_debug_level(ZOO_LOG_LEVEL_INFO);
        return true;
    }();
    Q_UNUSED(levelSet);
    connect(m_timers, &ZkConnectTimers::connectTimedOut, this, &ZkSession::onConnectTimeout);
    // Queued: a probe can settle inside start(), and startHandle() must finish first.
    connect(m_probe, &ZkConnectProbe::settled, this, &ZkSession::onProbeSettled,
            Qt::QueuedConnection);
    m_saslWatch.setInterval(100);
    connect(&m_saslWatch, &QTimer::timeout, this, &ZkSession::checkSaslFailed);
    connect(m_preflight, &ZkPreflight::passed, this, &ZkSession::launchHandle);
    connect(m_preflight, &ZkPreflight::failed, this, [this](const ZkError &error) {
        if (m_state == SessionState::Connecting) failConnect(error, false);
    });
    connect(m_timers, &ZkConnectTimers::retryDue, this, [this] {
        if (m_state == SessionState::Closed && !m_handle) startHandle();
    });
    m_drain->setHandlers(
        [this](ZkMessage &&message) {
            if (auto *reply = std::get_if<ZkReplyMessage>(&message))
                m_queue->deliver(std::move(*reply));
            else if (auto *watch = std::get_if<ZkWatchMessage>(&message))
                handleWatchEvent(*watch);
            else if (auto *event = std::get_if<ZkSessionMessage>(&message))
                handleSessionEvent(*event);
            else if (auto *init = std::get_if<ZkInitMessage>(&message))
                handleInitDone(*init);
        },
        [this] { pump(); }, [this] { return m_queue->inFlight() >= 64; });
}

ZkSession::~ZkSession()
{
    m_drain->detach();
    if (m_handle) ZkWorkerPool::run([handle = std::move(m_handle)] { handle->close(); });
    // The queue drops the outstanding callbacks: their requesters are going away with us.
}

void ZkSession::setReadOnly(bool readOnly)
{
    m_options.readOnly = readOnly;
    m_requests->setReadOnly(readOnly);
}

bool ZkSession::isConnected() const
{
    return m_state == SessionState::Connected || m_state == SessionState::ConnectedReadOnly;
}

QStringList ZkSession::identities() const
{
    QStringList ids = m_auth->identities();
    if (!isConnected()) return ids;
    if (m_options.tls.enabled && m_options.tls.hasClientCertificate()) {
        const QString subject = m_options.tls.clientSubject();
        if (!subject.isEmpty()) ids << QStringLiteral("x509:") + subject;
    }
    const QString saslId = m_options.sasl.aclId(m_preflight->kerberosPrincipal());
    if (m_options.sasl.enabled() && !saslId.isEmpty()) ids << QStringLiteral("sasl:") + saslId;
    return ids;
}

QList<ZkTlsPeer> ZkSession::tlsPeers() const { return m_preflight->tlsPeers(); }
int ZkSession::retryRemainingMs() const { return m_timers->retryRemainingMs(); }
int ZkSession::inFlight() const { return m_queue->inFlight(); }
int ZkSession::queued() const { return m_queue->waiting(); }

ZkError ZkSession::open(const SessionOptions &options)
{
    QString why;
    const ConnectionString parsed = ConnectionString::parse(options.connectString, &why);
    if (!parsed.isValid()) return ZkError::make(ZkCode::BadArguments, why);
    if (const ZkError refused = checkSecurity(options)) return refused;
    if (m_handle || m_state != SessionState::Closed) close();
    m_options = options;
    m_connection = parsed;
    m_requests->setReadOnly(options.readOnly);
    m_timers->resetBackoff();
    m_timers->stopRetry();
    startHandle();
    return {};
}

void ZkSession::startHandle()
{
    m_wasConnected = false;
    m_handleReady = false;
    m_initError = {};
    m_auth->reset();
    ++m_generation;
    m_handle = std::make_shared<ZkHandle>();
    m_drain->attach(m_handle);
    setState(SessionState::Connecting);
    m_timers->startConnect(m_options.connectTimeoutMs);
    if (ZkPreflight::isNeeded(m_options)) {
        m_preflight->start(m_options, m_connection); // its own handshake stands for the probe
        return;
    }
    m_probe->start(m_connection.hosts);
    launchHandle();
}

void ZkSession::launchHandle()
{
    if (m_state != SessionState::Connecting || !m_handle) return;
    if (m_options.sasl.enabled()) {
        m_handle->setSasl(
            std::make_unique<ZkSaslClient>(m_options.sasl, m_connection.hosts.first().host));
        m_saslWatch.start();
    }
    const int flags = ZOO_NO_LOG_CLIENTENV | (m_options.allowReadOnlyServer ? ZOO_READONLY : 0);
    ZkWorkerPool::run([handle = m_handle, hosts = m_connection.toClientString().toUtf8(),
                       timeout = m_options.sessionTimeoutMs, flags,
                       tls = m_options.tls.enabled ? m_options.tls.clientString() : QByteArray()] {
        handle->init(hosts, timeout, flags, tls);
    });
}

ZkError ZkSession::checkSecurity(const SessionOptions &options) const
{
    const auto refuse = [](const QString &why) { return ZkError::make(ZkCode::BadArguments, why); };
    if (options.tls.enabled && options.sasl.enabled())
        return refuse(QCoreApplication::translate(
            "ZkSession",
            "TLS and SASL together are not supported by the ZooKeeper 3.8 C client "
            "(ZOOKEEPER-3482): use one of them for this connection."));
    if ((options.tls.enabled && !ZkClientInfo::hasTls())
        || (options.sasl.enabled() && !ZkClientInfo::hasSasl()))
        return refuse(ZkClientInfo::unavailableReason());
    if (const QString why = options.tls.validate(); !why.isEmpty()) return refuse(why);
    if (const QString why = options.sasl.validate(); !why.isEmpty()) return refuse(why);
    if (options.sasl.enabled())
        if (const QString why = ZkSaslClient::initLibrary(); !why.isEmpty()) return refuse(why);
    return {};
}

void ZkSession::checkSaslFailed()
{
    if (!m_handle) {
        m_saslWatch.stop();
        return;
    }
    // Only while the handshake may be under way: connecting or reconnecting.
    if (m_handleReady && !isConnected() && m_handle->clientState() == ZOO_AUTH_FAILED_STATE)
        failSasl();
}

void ZkSession::failSasl()
{
    m_saslWatch.stop();
    // SASL is part of the handshake: the connect itself failed, say why.
    const ZkError error = ZkError::make(ZkCode::AuthFailed, saslFailureText());
    const bool firstConnect = !m_wasConnected;
    dropHandle(error);
    if (firstConnect) emit connectFailed(error); // first: the state's listeners read it
    setState(SessionState::AuthFailed);
}

QString ZkSession::saslFailureText() const
{
    const ZkSaslSettings &sasl = m_options.sasl;
    if (sasl.mechanism == ZkSaslSettings::Mechanism::DigestMd5)
        return QCoreApplication::translate(
                   "ZkSession",
                   "SASL DIGEST-MD5 authentication failed for user %1: the server "
                   "refused the user name or password (AUTH_FAILED)")
            .arg(sasl.user);
    return QCoreApplication::translate(
               "ZkSession",
               "SASL GSSAPI authentication failed for %1 (AUTH_FAILED): check that "
               "the server's principal is %2/%3 and that it accepts this ticket")
        .arg(m_preflight->kerberosPrincipal(), sasl.service,
             sasl.host.isEmpty() ? m_connection.hosts.first().host : sasl.host);
}

void ZkSession::close()
{
    m_timers->stopRetry();
    if (m_handle)
        dropHandle(ZkError::make(ZkCode::Closing,
                                 QCoreApplication::translate("ZkSession", "connection closed")));
    setState(SessionState::Closed);
}

void ZkSession::dropHandle(const ZkError &reason)
{
    m_timers->stopConnect();
    m_probe->stop();
    m_preflight->stop();
    m_saslWatch.stop();
    ++m_generation;
    m_drain->detach();
    if (m_handle) ZkWorkerPool::run([handle = std::move(m_handle)] { handle->close(); });
    m_handle.reset();
    m_handleReady = false;
    m_connectedServer.clear();
    m_sessionId = 0;
    m_sessionPassword.clear();
    m_negotiatedTimeoutMs = 0;
    m_disconnectedSinceMs = 0;
    m_queue->failAll(reason);
    m_auth->reset();
}

void ZkSession::setState(SessionState state)
{
    if (m_state == state) return;
    m_state = state;
    qCInfo(lcSession) << "state" << sessionStateName(state);
    emit stateChanged(state);
}

void ZkSession::failConnect(const ZkError &error, bool retry)
{
    dropHandle(error);
    setState(SessionState::Closed);
    emit connectFailed(error);
    if (retry && m_options.retryAfterConnectTimeout && m_state == SessionState::Closed && !m_handle)
        emit retryScheduled(m_timers->scheduleRetry());
}

void ZkSession::onConnectTimeout()
{
    if (m_state != SessionState::Connecting) return;
    if (m_initError) {
        failConnect(m_initError, false);
        return;
    }
    QString message =
        QCoreApplication::translate("ZkSession", "no server answered within %1 s at %2")
            .arg(m_options.connectTimeoutMs / 1000.0, 0, 'g', 3)
            .arg(m_connection.displayString());
    const QStringList failures = m_probe->failures();
    if (!failures.isEmpty()) message += QStringLiteral(" (%1)").arg(failures.join(u"; "));
    message +=
        QCoreApplication::translate("ZkSession",
                                    ": check the address and port, and that the server is running "
                                    "and reachable");
    failConnect(ZkError::make(ZkCode::OperationTimeout, message));
}

void ZkSession::onProbeSettled()
{
    // Only the first connect of a handle: a reconnect is the C client's business.
    if (m_state != SessionState::Connecting || m_wasConnected) return;
    if (m_probe->allFailed())
        failConnect(ZkError::make(ZkCode::ConnectionLoss, m_probe->failures().join(u"; ")));
    else if (m_initError)
        failConnect(m_initError, false);
}

void ZkSession::enqueue(std::unique_ptr<ZkPendingRequest> request)
{
    if (!request->refusal && !m_handle)
        request->refusal = ZkError::make(
            ZkCode::Closing,
            QCoreApplication::translate("ZkSession", "not connected: open a connection first"));
    m_queue->add(std::move(request));
    pump();
}

void ZkSession::pump()
{
    // Requests wait while there is no live connection: the C client would fail them with
    // ZCONNECTIONLOSS on every failed connection attempt, even when the next server in the
    // list is fine. They go out on (re)connect, or fail on close, expiry or connect timeout.
    if (!m_handle || !m_handleReady || !isConnected() || m_auth->isPending()) return;
    m_queue->send(*m_handle);
}

void ZkSession::handleInitDone(const ZkInitMessage &init)
{
    if (init.errorNumber == 0) {
        m_handleReady = true;
        return;
    }
    // zookeeper_init fails at once for a name that does not resolve (errno EINVAL): wait for
    // the probe, whose answer names the host. Not a timeout: no retry for a dead handle.
    m_initError = ZkError::make(
        ZkCode::SystemError,
        QCoreApplication::translate("ZkSession", "could not start a connection to %1: %2")
            .arg(m_connection.displayString(),
                 QString::fromLocal8Bit(std::strerror(init.errorNumber))));
    if (m_probe->isSettled()) onProbeSettled();
}

void ZkSession::handleSessionEvent(const ZkSessionMessage &event)
{
    if (event.state == ZOO_CONNECTED_STATE || event.state == ZOO_READONLY_STATE) {
        handleConnected(event);
    } else if (event.state == ZOO_CONNECTING_STATE || event.state == ZOO_ASSOCIATING_STATE) {
        if (!m_wasConnected) return;
        m_connectedServer.clear();
        if (m_disconnectedSinceMs == 0) m_disconnectedSinceMs = QDateTime::currentMSecsSinceEpoch();
        setState(SessionState::Reconnecting);
    } else if (event.state == ZOO_EXPIRED_SESSION_STATE) {
        handleExpired();
    } else if (event.state == ZOO_AUTH_FAILED_STATE) {
        if (m_options.sasl.enabled()) {
            failSasl();
            return;
        }
        dropHandle(ZkError::fromCode(ZkCode::AuthFailed));
        setState(SessionState::AuthFailed);
    }
}

void ZkSession::handleConnected(const ZkSessionMessage &event)
{
    m_timers->stopConnect();
    m_timers->resetBackoff();
    m_probe->stop();
    const bool newSession = !m_wasConnected;
    m_wasConnected = true;
    m_sessionId = event.sessionId;
    m_sessionPassword = event.password;
    m_negotiatedTimeoutMs = event.negotiatedTimeoutMs;
    m_connectedServer = event.server;
    m_disconnectedSinceMs = 0;
    // Auth goes first on a new handle; the C client replays it itself on reconnects.
    if (newSession) m_auth->send(m_options.auth, *m_requests, *m_queue, *m_handle);
    setState(event.state == ZOO_CONNECTED_STATE ? SessionState::Connected
                                                : SessionState::ConnectedReadOnly);
    if (newSession) emit sessionStarted(m_sessionId);
    pump();
}

void ZkSession::handleExpired()
{
    const qint64 old = m_sessionId;
    dropHandle(ZkError::fromCode(ZkCode::SessionExpired));
    setState(SessionState::Expired);
    emit sessionExpired(old);
    if (!m_options.renewExpiredSession || m_state != SessionState::Expired || m_handle) return;
    // Not from inside the drain: the new handle starts on the next event-loop turn.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_state == SessionState::Expired && !m_handle) startHandle();
        },
        Qt::QueuedConnection);
}

void ZkSession::handleWatchEvent(const ZkWatchMessage &event)
{
    NodeEvent out{NodeEventType::DataChanged, event.path};
    if (event.type == ZOO_CREATED_EVENT)
        out.type = NodeEventType::Created;
    else if (event.type == ZOO_DELETED_EVENT)
        out.type = NodeEventType::Deleted;
    else if (event.type == ZOO_CHANGED_EVENT)
        out.type = NodeEventType::DataChanged;
    else if (event.type == ZOO_CHILD_EVENT)
        out.type = NodeEventType::ChildrenChanged;
    else if (event.type == ZOO_NOTWATCHING_EVENT)
        out.type = NodeEventType::WatchRemoved;
    else
        return;
    emit nodeEvent(out);
}

// ---- Operations: the builder makes the request, the queue sends it when connected. ----

void ZkSession::getChildren(const QString &path, bool watch, QObject *owner, ChildrenCallback cb)
{
    enqueue(m_requests->getChildren(path, watch, owner, std::move(cb)));
}

void ZkSession::getData(const QString &path, bool watch, QObject *owner, DataCallback cb)
{
    enqueue(m_requests->getData(path, watch, owner, std::move(cb)));
}

void ZkSession::exists(const QString &path, bool watch, QObject *owner, StatCallback cb)
{
    enqueue(m_requests->exists(path, watch, owner, std::move(cb)));
}

void ZkSession::create(const QString &path, const QByteArray &data, CreateMode mode,
                       const ZkAcl &acl, QObject *owner, CreateCallback cb, qint64 ttlMs)
{
    enqueue(m_requests->create(path, data, mode, acl, ttlMs, owner, std::move(cb)));
}

void ZkSession::setData(const QString &path, const QByteArray &data, int version, QObject *owner,
                        StatCallback cb)
{
    enqueue(m_requests->setData(path, data, version, owner, std::move(cb)));
}

void ZkSession::remove(const QString &path, int version, QObject *owner, DoneCallback cb)
{
    enqueue(m_requests->remove(path, version, owner, std::move(cb)));
}

void ZkSession::getAcl(const QString &path, QObject *owner, AclCallback cb)
{
    enqueue(m_requests->getAcl(path, owner, std::move(cb)));
}

void ZkSession::setAcl(const QString &path, const ZkAcl &acl, int aclVersion, QObject *owner,
                       DoneCallback cb)
{
    enqueue(m_requests->setAcl(path, acl, aclVersion, owner, std::move(cb)));
}

void ZkSession::multi(const QList<ZkOp> &ops, QObject *owner, MultiCallback cb)
{
    enqueue(m_requests->multi(ops, owner, std::move(cb)));
}

void ZkSession::removeWatches(const QString &path, bool children, QObject *owner, DoneCallback cb)
{
    enqueue(m_requests->removeWatches(path, children, owner, std::move(cb)));
}

void ZkSession::sync(const QString &path, QObject *owner, DoneCallback cb)
{
    enqueue(m_requests->sync(path, owner, std::move(cb)));
}

void ZkSession::addAuth(const ZkAuthEntry &entry)
{
    m_options.auth.append(entry);
    // Before the first connect the entry goes out with the others; after it, at once (requests
    // issued later wait for it, so they run with the new identity).
    if (m_handle && m_handleReady && m_wasConnected)
        m_auth->send({entry}, *m_requests, *m_queue, *m_handle);
}

QString ZkSession::clientLibraryVersion() { return QStringLiteral(ZOO_VERSION); }
