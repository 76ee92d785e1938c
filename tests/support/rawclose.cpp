#include "rawclose.h"

#include <zookeeper/zookeeper.h>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace {
struct Counts
{
    std::mutex mutex;
    std::condition_variable cv;
    bool connected = false;
    int answered = 0;
};

void watcher(zhandle_t *, int type, int state, const char *, void *context)
{
    if (type != ZOO_SESSION_EVENT || state != ZOO_CONNECTED_STATE) return;
    auto *counts = static_cast<Counts *>(context);
    std::lock_guard lock(counts->mutex);
    counts->connected = true;
    counts->cv.notify_all();
}

void answered(int, const struct Stat *, const void *data)
{
    auto *counts = static_cast<Counts *>(const_cast<void *>(data));
    std::lock_guard lock(counts->mutex);
    ++counts->answered;
    counts->cv.notify_all();
}

void quiet(const char *) { }
} // namespace

TestUtil::RawCloseCount TestUtil::closeRawClientWithRequestsInFlight(const QString &connectString,
                                                                     int requests,
                                                                     int answeredBeforeClose,
                                                                     int timeoutMs)
{
    Counts counts;
    RawCloseCount result;
    zhandle_t *zh = zookeeper_init2(connectString.toUtf8().constData(), watcher, 10000, nullptr,
                                    &counts, ZOO_NO_LOG_CLIENTENV, quiet);
    if (!zh) return result;
    const auto timeout = std::chrono::milliseconds(timeoutMs);
    {
        std::unique_lock lock(counts.mutex);
        result.connected = counts.cv.wait_for(lock, timeout, [&] { return counts.connected; });
    }
    if (result.connected) {
        for (int i = 0; i < requests; ++i)
            if (zoo_aexists(zh, "/", 0, answered, &counts) == ZOK) ++result.issued;
        std::unique_lock lock(counts.mutex);
        counts.cv.wait_for(lock, timeout, [&] { return counts.answered >= answeredBeforeClose; });
    }
    zookeeper_close(zh); // Both client threads are joined when it returns.
    std::lock_guard lock(counts.mutex);
    result.answered = counts.answered;
    return result;
}
