#pragma once

#include "sandbox/sandboxserver.h"
#include "zk/zksession.h"
#include "zktestutil.h"

#include <memory>

/// Two clusters for the transfer tests: a session on the shared sandbox server (`a`) and one on a
/// second private server (`b`).
struct TwoServers
{
    std::unique_ptr<SandboxServer> second;
    std::unique_ptr<ZkSession> a;
    std::unique_ptr<ZkSession> b;

    bool start()
    {
        SandboxServer *server = TestUtil::sharedServer();
        if (!server || !(a = TestUtil::connect(server->connectString()))) return false;
        second = TestUtil::startServer();
        return second && (b = TestUtil::connect(second->connectString()));
    }
};
