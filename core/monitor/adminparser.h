#pragma once

#include "monitor/serversnapshot.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

/// One AdminServer answer (`GET /commands/<name>`): the JSON object, or why there is none.
struct AdminReply
{
    QJsonObject object;
    /// The reply's "error" value ("This ZooKeeper instance is not currently serving requests"),
    /// the title of an HTML error page (a 500 with a Java exception), or "not JSON".
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// `leader`: who leads, as this server sees it.
struct LeaderInfo
{
    bool isLeader = false;
    int leaderId = -1;
    QString leaderIp;
};

/// Parsers of the AdminServer's JSON (ZooKeeper 3.5 to 3.9), pure functions tested against
/// answers captured from real servers (tests/core/monitor/data).
namespace AdminParser {

AdminReply parseReply(const QByteArray &body);
/// Fills the figures of `monitor` (the same keys as mntr). False when `monitor` has none.
bool applyMonitor(const QJsonObject &monitor, ServerSnapshot *snapshot);
/// Fills the zxid (server_stats.last_processed_zxid), which `monitor` does not have.
bool applyStats(const QJsonObject &stats, ServerSnapshot *snapshot);
LeaderInfo parseLeader(const QJsonObject &leader);
/// The voting members of `voting_view` (id and client address; adminPort 0).
QList<ServerEndpoint> parseVotingView(const QJsonObject &votingView);

} // namespace AdminParser
