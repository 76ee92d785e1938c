#pragma once

// Private to core: an early answer to "can any server of the connection string be reached?".

#include "zk/connectionstring.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QTcpSocket;

/// Opens one plain TCP connection to each server of a connection string, next to the C
/// client's own attempt, to learn at once what the C client keeps to itself: a refused port
/// ("connection refused by 127.0.0.1:1") or an unknown name ("host zk-3.invalid: name not
/// found"). A reached server is closed again at once (the C client does the handshake); a
/// server that drops packets leaves its attempt pending, and the session's connect timeout
/// decides as before.
///
/// Why a probe and not the C client's log lines: those are free text whose wording changes
/// between releases, arrive through one process-wide callback without a user pointer (two
/// sessions cannot tell theirs apart), and a name that does not resolve is reported only as a
/// failed zookeeper_init with errno EINVAL. The OS's answer per host comes from QTcpSocket as
/// a typed error; the name lookup runs on Qt's host-info threads and the connect is
/// non-blocking, so nothing here waits on the GUI thread.
class ZkConnectProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZkConnectProbe)

public:
    explicit ZkConnectProbe(QObject *parent = nullptr);
    ~ZkConnectProbe() override;

    /// Probes every host (stops a running probe first).
    void start(const QList<HostPort> &hosts);
    void stop();
    /// Why each host that failed for good did so, in connection-string order.
    QStringList failures() const;
    /// Every host answered (reached or failed).
    bool isSettled() const { return m_open == 0; }
    bool allFailed() const
    {
        return !m_attempts.isEmpty() && failures().size() == m_attempts.size();
    }

signals:
    /// Every host has answered; allFailed() says whether there is any point in waiting.
    void settled();

private:
    struct Attempt
    {
        HostPort host;
        QTcpSocket *socket = nullptr;
        QString failure;
    };
    void onConnected(int index);
    void onError(int index);
    void close(Attempt &attempt);

    QList<Attempt> m_attempts;
    int m_open = 0; // attempts still waiting for the OS's answer
};
