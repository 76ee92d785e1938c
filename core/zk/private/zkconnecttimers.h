#pragma once

// Private to core: the app-side clocks of connecting (the C client has none).

#include <QObject>
#include <QTimer>

/// The connect timeout (a host that is never reached leaves the C client CONNECTING forever)
/// and the growing pause before the next attempt after a failed connect (5 s, 10 s, 20 s,
/// then 30 s; back to 5 s once connected).
class ZkConnectTimers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZkConnectTimers)

public:
    explicit ZkConnectTimers(QObject *parent = nullptr);

    void startConnect(int timeoutMs);
    void stopConnect() { m_connect.stop(); }
    /// Connected: the next failure starts again at the shortest pause.
    void resetBackoff() { m_attempt = 0; }
    /// Starts the pause before the next attempt; returns its length in ms.
    int scheduleRetry();
    void stopRetry() { m_retry.stop(); }
    /// Ms until the next attempt while a pause runs, else -1.
    int retryRemainingMs() const;

signals:
    void connectTimedOut();
    void retryDue();

private:
    QTimer m_connect;
    QTimer m_retry;
    int m_attempt = 0;
};
