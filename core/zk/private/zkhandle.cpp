#include "zk/private/zkhandle.h"

#include "zk/zkclientlog.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>
#include <iterator>

ZkStat toZkStat(const struct Stat &s)
{
    ZkStat z;
    z.czxid = s.czxid;
    z.mzxid = s.mzxid;
    z.ctime = s.ctime;
    z.mtime = s.mtime;
    z.version = s.version;
    z.cversion = s.cversion;
    z.aversion = s.aversion;
    z.ephemeralOwner = s.ephemeralOwner;
    z.dataLength = s.dataLength;
    z.numChildren = s.numChildren;
    z.pzxid = s.pzxid;
    return z;
}

namespace {

QString connectedHost(zhandle_t *zh)
{
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    if (!zookeeper_get_connected_host(zh, reinterpret_cast<sockaddr *>(&addr), &len)) return {};
    char text[INET6_ADDRSTRLEN] = {};
    if (addr.ss_family == AF_INET) {
        const auto *in = reinterpret_cast<const sockaddr_in *>(&addr);
        inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
        return QStringLiteral("%1:%2").arg(QString::fromLatin1(text)).arg(ntohs(in->sin_port));
    }
    if (addr.ss_family == AF_INET6) {
        const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&addr);
        inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
        return QStringLiteral("[%1]:%2").arg(QString::fromLatin1(text)).arg(ntohs(in6->sin6_port));
    }
    return {};
}

} // namespace

ZkHandle::~ZkHandle()
{
    // Normally close() ran already; this covers a handle whose init never happened.
    for (Call *c : m_calls) delete c;
}

void ZkHandle::setWake(std::function<void()> wake)
{
    std::lock_guard lock(m_mutex);
    m_wake = std::move(wake);
}

void ZkHandle::detach()
{
    std::lock_guard lock(m_mutex);
    m_wake = nullptr;
}

void ZkHandle::init(const QByteArray &hosts, int sessionTimeoutMs, int flags, QByteArray tlsCert)
{
    std::lock_guard life(m_lifeMutex);
    ZkInitMessage done;
    if (!m_closed) {
        // DNS resolution happens in here, synchronously: that is why this runs on a worker.
        errno = 0;
        m_zh = start(hosts, sessionTimeoutMs, flags, tlsCert);
        tlsCert.fill('\0'); // it may carry the key's password
        if (m_zh) {
            // Re-resolve host names at most every 30 s instead of on every IO loop.
            zoo_set_servers_resolution_delay(m_zh, 30000);
        } else {
            done.errorNumber = errno ? errno : EINVAL;
        }
    } else {
        done.errorNumber = ECANCELED;
    }
    push(std::move(done));
}

zhandle_t *ZkHandle::start(const QByteArray &hosts, int sessionTimeoutMs, int flags,
                           const QByteArray &tlsCert)
{
#ifdef HAVE_OPENSSL_H
    if (!tlsCert.isEmpty()) {
        zhandle_t *zh =
            zookeeper_init_ssl(hosts.constData(), tlsCert.constData(), &ZkHandle::watcher,
                               sessionTimeoutMs, nullptr, this, flags);
        // init_ssl takes no log callback: the first lines of the IO thread may reach the
        // client's default stream before this one is set.
        if (zh) zoo_set_log_callback(zh, &ZkHandle::logLine);
        return zh;
    }
#endif
#ifdef HAVE_CYRUS_SASL_H
    if (m_sasl)
        return zookeeper_init_sasl(hosts.constData(), &ZkHandle::watcher, sessionTimeoutMs, nullptr,
                                   this, flags, &ZkHandle::logLine, m_sasl->params());
#endif
    if (!tlsCert.isEmpty() || m_sasl) {
        errno = ENOTSUP; // ZkSession refuses these options first; this is the last guard
        return nullptr;
    }
    return zookeeper_init2(hosts.constData(), &ZkHandle::watcher, sessionTimeoutMs, nullptr, this,
                           flags, &ZkHandle::logLine);
}

void ZkHandle::close()
{
    std::lock_guard life(m_lifeMutex);
    m_closed = true;
    if (m_zh) {
        // Blocks up to a few seconds and joins the IO and completion threads.
        zookeeper_close(m_zh);
        m_zh = nullptr;
    }
    // Both C client threads are gone: whatever is still registered was dropped by the client.
    std::lock_guard lock(m_mutex);
    for (Call *c : m_calls) delete c;
    m_calls.clear();
    m_inbox.clear();
}

int ZkHandle::call(quint64 id, const std::function<int(zhandle_t *, const void *)> &issue,
                   std::shared_ptr<void> storage)
{
    if (!m_zh) return ZINVALIDSTATE;
    auto *c = new Call{{this}, id, std::move(storage)};
    {
        std::lock_guard lock(m_mutex);
        m_calls.insert(c);
    }
    const int rc = issue(m_zh, c);
    if (rc != ZOK) {
        // The completion will never run: free the context ourselves.
        std::lock_guard lock(m_mutex);
        m_calls.erase(c);
        delete c;
    }
    return rc;
}

void ZkHandle::post(ZkMessage message) { push(std::move(message)); }

void ZkHandle::takeInbox(std::vector<ZkMessage> &out)
{
    std::lock_guard lock(m_mutex);
    if (out.empty()) {
        out.swap(m_inbox);
        return;
    }
    std::move(m_inbox.begin(), m_inbox.end(), std::back_inserter(out));
    m_inbox.clear();
}

bool ZkHandle::setPolling(bool polling)
{
    std::lock_guard lock(m_mutex);
    m_polling = polling;
    return !m_inbox.empty();
}

qsizetype ZkHandle::pendingCalls() const
{
    std::lock_guard lock(m_mutex);
    return qsizetype(m_calls.size());
}

void ZkHandle::push(ZkMessage message)
{
    std::lock_guard lock(m_mutex);
    const bool wasEmpty = m_inbox.empty();
    m_inbox.push_back(std::move(message));
    // One wake-up per batch: the GUI drains everything that piled up meanwhile.
    if (wasEmpty && m_wake && !m_polling) m_wake();
}

void ZkHandle::complete(const void *data, int rc, ZkReplyBody body)
{
    auto *c = static_cast<Call *>(const_cast<void *>(data));
    ZkHandle *self = c->handle.load(std::memory_order_acquire);
    {
        std::lock_guard lock(self->m_mutex);
        if (self->m_calls.erase(c) == 0) return; // Already swept: cannot happen while threads live.
    }
    ZkReplyMessage reply{c->id, rc, std::move(body)};
    delete c;
    self->push(std::move(reply));
}

std::shared_ptr<void> ZkHandle::storageOf(const void *data)
{
    auto *c = static_cast<const Call *>(data);
    ZkHandle *self = c->handle.load(std::memory_order_acquire);
    std::lock_guard lock(self->m_mutex);
    return c->storage;
}

void ZkHandle::watcher(zhandle_t *zh, int type, int state, const char *path, void *context)
{
    auto *self = static_cast<ZkHandle *>(context);
    if (type != ZOO_SESSION_EVENT) {
        self->push(ZkWatchMessage{type, QString::fromUtf8(path ? path : "")});
        return;
    }
    ZkSessionMessage event;
    event.state = state;
    if (state == ZOO_CONNECTED_STATE || state == ZOO_READONLY_STATE) {
        if (const clientid_t *id = zoo_client_id(zh)) {
            event.sessionId = id->client_id;
            event.password = QByteArray(id->passwd, sizeof id->passwd);
        }
        event.negotiatedTimeoutMs = zoo_recv_timeout(zh);
        event.server = connectedHost(zh);
    }
    self->push(std::move(event));
}

void ZkHandle::logLine(const char *message) { ZkClientLog::log(message); }
