#pragma once

#include <QString>

namespace TestUtil {
struct RawCloseCount
{
    int issued = 0;   ///< requests the C client accepted (returned ZOK)
    int answered = 0; ///< completions the C client called, before or inside zookeeper_close
    bool connected = false;
};

/// Drives the C client directly, below zkdesk's bridge: connects, pipelines `requests` exists
/// calls, waits until `answeredBeforeClose` of them are answered, then calls zookeeper_close
/// while the rest are in flight (and the completion thread is busy). The client's contract is
/// to answer every accepted request exactly once, with ZCLOSING if it has to; Debian's 3.8.0
/// drops some (ZOOKEEPER-3868), which zkdesk's client patch fixes.
RawCloseCount closeRawClientWithRequestsInFlight(const QString &connectString, int requests,
                                                 int answeredBeforeClose, int timeoutMs = 20000);
} // namespace TestUtil
