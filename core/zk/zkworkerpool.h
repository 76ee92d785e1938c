#pragma once

#include <functional>

/// Runs blocking C client calls (zookeeper_init resolves DNS, zookeeper_close waits for the
/// server) off the GUI thread. A dedicated pool rather than QThreadPool::globalInstance():
/// a slow close must not starve an init, and the global pool is sized to the core count.
/// All work is finished before QCoreApplication is destroyed (a post routine waits for it),
/// so no C client thread outlives the application object.
namespace ZkWorkerPool {
void run(std::function<void()> task);
/// Blocks until every task has finished (used at application exit and by tests).
void waitForDone();
} // namespace ZkWorkerPool
