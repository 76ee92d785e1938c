#include "monitor/ensemblemonitor.h"

#include "monitor/dynamicconfig.h"
#include "monitor/dynamicconfigreader.h"
#include "monitor/serverpoller.h"
#include "zk/zksession.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

EnsembleMonitor::EnsembleMonitor(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // A cluster's private addresses are never reached through the desktop's HTTP proxy.
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &EnsembleMonitor::pollNow);
}

EnsembleMonitor::~EnsembleMonitor() = default;

QList<ServerEndpoint> EnsembleMonitor::endpointsOf(const ZkSession *session, quint16 adminPort)
{
    QList<ServerEndpoint> endpoints;
    for (const HostPort &host : session->connection().hosts) {
        ServerEndpoint endpoint;
        endpoint.host = host.host;
        endpoint.clientPort = host.port;
        endpoint.adminPort = adminPort;
        endpoints << endpoint;
    }
    return endpoints;
}

void EnsembleMonitor::watch(const ServerEndpoint &endpoint, const ServerSnapshot &latest)
{
    Watched watched{std::make_unique<ServerPoller>(endpoint, m_network), latest};
    watched.poller->setTimeoutMs(m_timeoutMs);
    ServerPoller *poller = watched.poller.get();
    connect(poller, &ServerPoller::polled, this, [this, poller](const ServerSnapshot &snapshot) {
        for (size_t i = 0; i < m_servers.size(); ++i) {
            if (m_servers[i].poller.get() != poller) continue;
            m_servers[i].latest = snapshot;
            m_history.add(poller->endpoint().label(), snapshot);
            emit snapshotAdded(int(i));
            return;
        }
    });
    m_servers.push_back(std::move(watched));
}

void EnsembleMonitor::setServers(const QList<ServerEndpoint> &servers)
{
    std::vector<Watched> previous = std::move(m_servers);
    m_servers.clear();
    for (const ServerEndpoint &endpoint : servers) {
        ServerSnapshot latest;
        for (const Watched &old : previous)
            if (old.poller->endpoint().label() == endpoint.label()) latest = old.latest;
        watch(endpoint, latest);
    }
    emit serversChanged();
    if (isRunning()) pollNow();
}

void EnsembleMonitor::addMembers(const QList<ServerEndpoint> &members)
{
    QList<ServerEndpoint> all = servers();
    bool added = false;
    for (ServerEndpoint member : members) {
        const bool known = std::any_of(all.begin(), all.end(), [&member](const ServerEndpoint &e) {
            return e.label() == member.label();
        });
        for (ServerEndpoint &e : all)
            if (e.label() == member.label() && e.serverId < 0) e.serverId = member.serverId;
        if (known) continue;
        member.fromConfig = true;
        member.adminPort = all.isEmpty() ? 0 : all.first().adminPort;
        all << member;
        added = true;
    }
    if (added || all != servers()) setServers(all);
}

void EnsembleMonitor::discoverMembers(ZkSession *session)
{
    DynamicConfigReader::read(session, false, this, [this](const DataReply &reply) {
        if (reply.error.isOk()) addMembers(DynamicConfig::parseMembers(reply.data));
    });
}

void EnsembleMonitor::setAdminPort(quint16 port)
{
    for (Watched &watched : m_servers) watched.poller->setAdminPort(port);
}

void EnsembleMonitor::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
    for (Watched &watched : m_servers) watched.poller->setTimeoutMs(ms);
}

QList<ServerEndpoint> EnsembleMonitor::servers() const
{
    QList<ServerEndpoint> endpoints;
    for (const Watched &watched : m_servers) endpoints << watched.poller->endpoint();
    return endpoints;
}

const ServerSnapshot &EnsembleMonitor::latest(int index) const
{
    return m_servers.at(size_t(index)).latest;
}

int EnsembleMonitor::indexOf(const QString &connectedServer) const
{
    int byPort = -1;
    int portMatches = 0;
    const quint16 port = connectedServer.section(u':', -1).toUShort();
    for (int i = 0; i < serverCount(); ++i) {
        const ServerEndpoint &endpoint = m_servers[size_t(i)].poller->endpoint();
        if (endpoint.label() == connectedServer) return i;
        if (endpoint.clientPort == port) {
            byPort = i;
            ++portMatches;
        }
    }
    return portMatches == 1 ? byPort : -1;
}

void EnsembleMonitor::setRunning(bool running)
{
    if (running == isRunning()) return;
    if (running) {
        m_timer.start();
        pollNow();
    } else {
        m_timer.stop();
    }
}

void EnsembleMonitor::pollNow()
{
    for (Watched &watched : m_servers) watched.poller->poll();
}
