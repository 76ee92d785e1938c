#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// The settings of one sandbox ZooKeeper server, and the writer of its `zoo.cfg` (and `myid`).
///
/// Kept apart from SandboxServer so that a 3-server ensemble can reuse it: an ensemble member is
/// the same config with a serverId and the list of peers.
struct SandboxConfig
{
    /// One member of an ensemble, as written to `server.N=host:quorumPort:electionPort;client`.
    struct Peer
    {
        int id = 0;
        QString host = QStringLiteral("127.0.0.1");
        quint16 quorumPort = 0;
        quint16 electionPort = 0;
        quint16 clientPort = 0;
    };

    QString configPath; ///< where zoo.cfg is written
    QString dataDir;    ///< ZooKeeper's dataDir (snapshots, transaction logs, myid)
    QString clientAddress =
        QStringLiteral("127.0.0.1"); ///< loopback only: never reachable from outside
    quint16 clientPort = 0;
    /// 500 ms instead of ZooKeeper's 2000 so that session-expiry tests can ask for 1 s timeouts
    /// (the server's minimum session timeout is 2 ticks).
    int tickTimeMs = 500;
    int minSessionTimeoutMs = 1000;
    /// Explicit, because the default (20 ticks = 10 s with tickTime 500) would silently clamp
    /// the app's 30 s default session timeout.
    int maxSessionTimeoutMs = 60000;
    int maxClientCnxns = 0; ///< 0: unlimited (stress tests open many sessions from 127.0.0.1)
    /// Transaction-log preallocation in KB; ZooKeeper's 64 MB default wastes /tmp space.
    int preAllocSizeKb = 1024;
    /// No fsync: a sandbox holds throwaway data, and fsync makes big test trees slow.
    bool forceSync = false;
    /// `4lw.commands.whitelist`: "*" (all, the sandbox default) or ZooKeeper's own default "srvr".
    QString fourLetterWhitelist = QStringLiteral("*");
    /// AdminServer port on 127.0.0.1; 0 keeps it off (port 8080 would clash between tests).
    quint16 adminServerPort = 0;

    // Ensemble (unused by a standalone server): serverId > 0 writes `myid` and the peers.
    int serverId = 0;
    QList<Peer> peers;
    int initLimit = 10;
    int syncLimit = 5;

    /// Appended as they are (TLS or SASL settings: SandboxSecurity::configLines).
    QStringList extraLines;
    /// A JAAS file written next to zoo.cfg when jaasText is not empty (SASL).
    QString jaasPath;
    QString jaasText;

    /// The text of zoo.cfg.
    QString toText() const;
    /// Creates dataDir and writes zoo.cfg (and myid for an ensemble member, the JAAS file for
    /// SASL). On failure returns
    /// false and sets *error to a human sentence.
    bool write(QString *error) const;
};

/// A currently free TCP port on 127.0.0.1, found by binding to port 0, never one this process was
/// given before (0 when none is found). Another process may take it before the server binds it;
/// SandboxServer retries with a new port in that case.
quint16 sandboxFreeLoopbackPort();
