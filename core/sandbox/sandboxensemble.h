#pragma once

#include <QList>
#include <QObject>

#include <memory>
#include <vector>

class SandboxServer;

/// A throwaway ZooKeeper ensemble of N servers (default 3) on 127.0.0.1, for failover tests
/// and for trying zkdesk against a quorum: each member is a SandboxServer with its own
/// directory, client port and quorum/election ports.
///
/// started() once every member serves (a quorum has formed and each member answered `srvr`);
/// failed() with the first member's reason otherwise.
class SandboxEnsemble final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxEnsemble)

public:
    explicit SandboxEnsemble(int memberCount = 3, QObject *parent = nullptr);
    ~SandboxEnsemble() override;

    void start();
    int size() const { return int(m_members.size()); }
    SandboxServer *member(int index) const { return m_members.at(size_t(index)).get(); }
    /// The member whose client port is `port`, or -1.
    int memberIndexForPort(quint16 port) const;
    /// "127.0.0.1:p1,127.0.0.1:p2,127.0.0.1:p3".
    QString connectString() const;

signals:
    void started();
    void failed(const QString &reason);

private:
    std::vector<std::unique_ptr<SandboxServer>> m_members;
    int m_started = 0;
    bool m_failed = false;
};
