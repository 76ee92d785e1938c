#pragma once

#include "monitor/monitorhistory.h"
#include "monitor/serversnapshot.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class QNetworkAccessManager;
class ServerPoller;
class ZkSession;

/// Watches every server of an ensemble: one ServerPoller per server on a common interval
/// (default 2 s), the latest snapshot of each and a bounded history (default 1 h). Stopped until
/// setRunning(true); the dashboard runs it only while it is visible.
class EnsembleMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnsembleMonitor)

public:
    explicit EnsembleMonitor(QObject *parent = nullptr);
    ~EnsembleMonitor() override;

    /// Replaces the servers; a server that stays keeps its history and latest snapshot.
    void setServers(const QList<ServerEndpoint> &servers);
    /// The servers of `session`'s connection string, each with `adminPort`.
    static QList<ServerEndpoint> endpointsOf(const ZkSession *session, quint16 adminPort);
    /// Adds the members the dynamic config lists that are not watched yet (fromConfig set).
    void addMembers(const QList<ServerEndpoint> &members);
    /// Reads /zookeeper/config through `session` (what zoo_getconfig reads) and adds its
    /// members. Nothing happens when the node is missing (no reconfig). Under a chroot the node is
    /// read through a short-lived session without it (DynamicConfigReader).
    void discoverMembers(ZkSession *session);
    /// The AdminServer port of every server (0: four-letter words only).
    void setAdminPort(quint16 port);

    QList<ServerEndpoint> servers() const;
    int serverCount() const { return int(m_servers.size()); }
    /// The latest snapshot of server `index` (timeMs 0 before the first poll).
    const ServerSnapshot &latest(int index) const;
    const MonitorHistory &history() const { return m_history; }
    /// The index of the server `connectedServer` ("127.0.0.1:2181") names, or -1. A host name in
    /// the connection string matches by port when only one server has that port.
    int indexOf(const QString &connectedServer) const;

    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    int intervalMs() const { return m_timer.interval(); }
    void setTimeoutMs(int ms);
    /// Polls at once, then every interval.
    void setRunning(bool running);
    bool isRunning() const { return m_timer.isActive(); }
    /// One poll of every server now (servers still busy are skipped).
    void pollNow();

signals:
    void serversChanged();
    void snapshotAdded(int index);

private:
    struct Watched
    {
        std::unique_ptr<ServerPoller> poller;
        ServerSnapshot latest;
    };
    void watch(const ServerEndpoint &endpoint, const ServerSnapshot &latest);

    QNetworkAccessManager *m_network;
    std::vector<Watched> m_servers;
    MonitorHistory m_history;
    QTimer m_timer;
    int m_timeoutMs = 3000;
};
