#include "sandbox/sandboxensemble.h"

#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxserver.h"

#include <QStringList>

SandboxEnsemble::SandboxEnsemble(int memberCount, QObject *parent) : QObject(parent)
{
    // Pick every port up front: each member's zoo.cfg lists all of them.
    QList<SandboxConfig::Peer> peers;
    for (int i = 0; i < memberCount; ++i) {
        SandboxConfig::Peer peer;
        peer.id = i + 1;
        peer.clientPort = sandboxFreeLoopbackPort();
        peer.quorumPort = sandboxFreeLoopbackPort();
        peer.electionPort = sandboxFreeLoopbackPort();
        peers.append(peer);
    }
    for (const SandboxConfig::Peer &peer : std::as_const(peers)) {
        auto server = std::make_unique<SandboxServer>();
        server->setEnsembleMember(peer, peers);
        // Electing a leader takes longer than a standalone start.
        server->setStartTimeoutMs(90000);
        connect(server.get(), &SandboxServer::started, this, [this] {
            if (++m_started == size() && !m_failed) emit started();
        });
        connect(server.get(), &SandboxServer::failed, this, [this](const QString &reason) {
            if (m_failed || m_started == size()) return; // later failures: member stopped
            m_failed = true;
            emit failed(reason);
        });
        m_members.push_back(std::move(server));
    }
}

SandboxEnsemble::~SandboxEnsemble() = default;

void SandboxEnsemble::start()
{
    m_started = 0;
    m_failed = false;
    for (auto &member : m_members) member->start();
}

int SandboxEnsemble::memberIndexForPort(quint16 port) const
{
    for (int i = 0; i < size(); ++i)
        if (member(i)->port() == port) return i;
    return -1;
}

QString SandboxEnsemble::connectString() const
{
    QStringList hosts;
    for (const auto &member : m_members) hosts << member->connectString();
    return hosts.join(u',');
}
