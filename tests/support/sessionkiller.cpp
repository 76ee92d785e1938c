#include "sessionkiller.h"

#include <QtGlobal>

#include <zookeeper/zookeeper.h>

#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>

namespace {
struct Takeover
{
    std::mutex mutex;
    std::condition_variable cv;
    bool connected = false;
    bool expired = false; // the session was already gone: nothing left to expire
};

void watcher(zhandle_t *, int type, int state, const char *, void *context)
{
    auto *t = static_cast<Takeover *>(context);
    if (type != ZOO_SESSION_EVENT) return;
    if (state != ZOO_CONNECTED_STATE && state != ZOO_EXPIRED_SESSION_STATE) return;
    std::lock_guard lock(t->mutex);
    (state == ZOO_CONNECTED_STATE ? t->connected : t->expired) = true;
    t->cv.notify_all();
}

void quiet(const char *) {}
} // namespace

bool TestUtil::expireSession(const QString &connectString, qint64 sessionId,
                             const QByteArray &password, int timeoutMs)
{
    clientid_t id{};
    id.client_id = sessionId;
    std::memcpy(id.passwd, password.constData(), std::min<size_t>(sizeof id.passwd, size_t(password.size())));
    Takeover takeover;
    zhandle_t *zh = zookeeper_init2(connectString.toUtf8().constData(), watcher, 10000, &id,
                                    &takeover, ZOO_NO_LOG_CLIENTENV, quiet);
    if (!zh) {
        qWarning("expireSession: zookeeper_init failed");
        return false;
    }
    bool ok;
    {
        std::unique_lock lock(takeover.mutex);
        ok = takeover.cv.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                                  [&] { return takeover.connected || takeover.expired; });
    }
    zookeeper_close(zh); // Closing the takeover handle ends the shared session.
    if (!ok) qWarning("expireSession: the takeover client did not connect");
    return ok;
}
