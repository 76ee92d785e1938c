#pragma once

#include "zk/zkerror.h"

#include <QTest>

namespace TestUtil {
/// Issues one asynchronous ZkSession call and waits (event loop running) for its reply:
///   auto r = TestUtil::await<StatReply>([&](auto cb) { s.exists(path, false, this, cb); });
/// A reply that does not come within `timeoutMs` comes back as an OperationTimeout error.
template<typename Reply, typename Issue>
Reply await(Issue issue, int timeoutMs = 30000)
{
    Reply reply;
    bool got = false;
    issue([&](const Reply &r) {
        reply = r;
        got = true;
    });
    if (!QTest::qWaitFor([&] { return got; }, timeoutMs))
        reply.error = ZkError::make(ZkCode::OperationTimeout, QStringLiteral("test: no reply in time"));
    return reply;
}
} // namespace TestUtil
