#pragma once

#include "monitor/serversnapshot.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

/// One client connection as `cons` lists it.
struct ClientConnection
{
    QString address;       ///< "127.0.0.1:39506"
    qint64 sessionId = -1; ///< -1 for a connection without a session yet
    qint64 queued = 0;
    qint64 received = 0;
    qint64 sent = 0;
    QString lastOperation; ///< "PING", "GETD", ...
    qint64 timeoutMs = -1;
    double avgLatency = -1;
    double maxLatency = -1;
};

/// `wchs`: "N connections watching M paths" / "Total watches:K".
struct WatchSummary
{
    qint64 connections = -1;
    qint64 paths = -1;
    qint64 total = -1;
};

/// Parsers of the four-letter words' plain-text answers (ZooKeeper 3.5 to 3.9), pure functions
/// tested against answers captured from real servers (tests/core/monitor/data).
namespace FourLetterParser {

/// The word a server refused: "mntr" for "mntr is not executed because it is not in the
/// whitelist."; empty for any other answer.
QString refusedWord(const QByteArray &reply);
/// "This ZooKeeper instance is not currently serving requests" (no quorum, still starting).
bool isNotServing(const QByteArray &reply);

/// Fills mode, version, zxid, latency, connections, outstanding and node count from `srvr` (or
/// `stat`). False, and nothing changed, when `reply` is not such an answer.
bool applySrvr(const QByteArray &reply, ServerSnapshot *snapshot);
/// `mntr` as key -> value, keys without the "zk_" prefix ("znode_count").
QHash<QString, QString> parseMntr(const QByteArray &reply);
/// Fills the figures that `mntr` and the AdminServer's `monitor` share, from their key -> value
/// form (keys without "zk_"). Keys that are missing leave their field as it was.
void applyMonitorValues(const QHash<QString, QString> &values, ServerSnapshot *snapshot);
/// Fills every figure `mntr` has (watches, ephemerals, data size, file descriptors, and the
/// leader's synced followers and pending syncs). False when `reply` has no zk_ line.
bool applyMntr(const QByteArray &reply, ServerSnapshot *snapshot);
/// `conf` as key -> value ("clientPort", "serverId", "server.1", "version", ...).
QHash<QString, QString> parseConf(const QByteArray &reply);
QList<ClientConnection> parseCons(const QByteArray &reply);
WatchSummary parseWchs(const QByteArray &reply);

/// The zoo.cfg line that allows `words`: "4lw.commands.whitelist=srvr,mntr,conf".
QString whitelistSetting(const QStringList &words);

} // namespace FourLetterParser
