#include "zk/private/zkconnecttimers.h"

#include <algorithm>

ZkConnectTimers::ZkConnectTimers(QObject *parent)
    : QObject(parent)
{
    m_connect.setSingleShot(true);
    m_retry.setSingleShot(true);
    connect(&m_connect, &QTimer::timeout, this, &ZkConnectTimers::connectTimedOut);
    connect(&m_retry, &QTimer::timeout, this, &ZkConnectTimers::retryDue);
}

void ZkConnectTimers::startConnect(int timeoutMs) { m_connect.start(std::max(1, timeoutMs)); }

int ZkConnectTimers::scheduleRetry()
{
    const int delay = std::min(30000, 5000 << std::min(m_attempt, 3));
    ++m_attempt;
    m_retry.start(delay);
    return delay;
}

int ZkConnectTimers::retryRemainingMs() const
{
    return m_retry.isActive() ? m_retry.remainingTime() : -1;
}
