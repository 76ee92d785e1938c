#pragma once

// The one include of the ZooKeeper C client's header. Everything under core/zk/private/ is
// core's own: core adds this folder as a PRIVATE include directory, and the guard below stops a
// file outside core (ui, app) from reaching it through core's public include root by its full
// path. Only core's target defines ZKDESK_CORE_PRIVATE.
#ifndef ZKDESK_CORE_PRIVATE
#error "core/zk/private is internal to the core library: use ZkSession, not the C client"
#endif

#include <zookeeper/zookeeper.h>
