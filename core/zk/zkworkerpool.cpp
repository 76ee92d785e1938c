#include "zk/zkworkerpool.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace {
QThreadPool *pool()
{
    static QThreadPool *p = [] {
        auto *tp = new QThreadPool; // Reachable from this static until exit: not a leak.
        tp->setMaxThreadCount(16);
        tp->setExpiryTimeout(30000);
        qAddPostRoutine([] { pool()->waitForDone(); });
        return tp;
    }();
    return p;
}
} // namespace

void ZkWorkerPool::run(std::function<void()> task) { pool()->start(std::move(task)); }

void ZkWorkerPool::waitForDone() { pool()->waitForDone(); }
