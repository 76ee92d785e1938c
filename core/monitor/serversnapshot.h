#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// One server to watch: a client address (from the connection string or the dynamic config)
/// and where its AdminServer listens (0: do not ask the AdminServer).
struct ServerEndpoint
{
    QString host;
    quint16 clientPort = 0;
    quint16 adminPort = 0;
    int serverId = -1;       ///< from the dynamic config; -1 when unknown
    bool fromConfig = false; ///< not in the connection string, found in /zookeeper/config

    /// "host:port" ("[::1]:2181" for IPv6), as ZkSession::connectedServer() spells it.
    QString label() const;
    friend bool operator==(const ServerEndpoint &, const ServerEndpoint &) = default;
};

enum class ServerMode { Unknown, Leader, Follower, Observer, Standalone, ReadOnly, NotServing };

/// "leader", ... as the server spells it (srvr's Mode:, mntr's zk_server_state); Unknown for
/// anything else.
ServerMode serverModeFromText(const QString &text);
/// "leader", "not serving", ...: a stable untranslated key (CSV).
QString serverModeKey(ServerMode mode);
/// The translated word shown in the dashboard.
QString serverModeLabel(ServerMode mode);

/// What one poll learned about one server. Counters the sources did not report stay -1, so the
/// dashboard shows "unknown" instead of a made-up 0.
struct ServerSnapshot
{
    enum class Source { None, AdminServer, FourLetterWords };

    qint64 timeMs = 0;      ///< when the poll finished, ms since the epoch
    bool reachable = false; ///< the server answered at least one request
    QString error;          ///< why it is unreachable (connection refused, timeout, ...)
    Source source = Source::None;
    ServerMode mode = ServerMode::Unknown;
    QString version;
    qint64 zxid = -1;
    double latencyMin = -1;
    double latencyAvg = -1;
    double latencyMax = -1;
    qint64 outstanding = -1;
    qint64 connections = -1;
    qint64 znodes = -1;
    qint64 watches = -1;
    qint64 ephemerals = -1;
    qint64 dataSize = -1;
    qint64 openFds = -1;
    qint64 maxFds = -1;
    qint64 syncedFollowers = -1; ///< leader only
    qint64 pendingSyncs = -1;    ///< leader only
    /// Four-letter words the server refused ("... is not in the whitelist"), sorted.
    QStringList refusedWords;

    /// The epoch (high 32 bits) and counter (low 32 bits) of the zxid.
    qint64 zxidEpoch() const { return zxid < 0 ? -1 : (zxid >> 32); }
    qint64 zxidCounter() const { return zxid < 0 ? -1 : (zxid & 0xffffffffLL); }
    /// "0x100000004"; empty when unknown.
    QString zxidHex() const;
    /// Up and serving requests (not "not currently serving").
    bool isServing() const { return reachable && mode != ServerMode::NotServing; }
};
Q_DECLARE_METATYPE(ServerSnapshot)
