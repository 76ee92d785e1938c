#pragma once

#include "monitor/serversnapshot.h"

#include <QByteArray>
#include <QList>

/// The ensemble's members from the dynamic configuration (what zoo_getconfig reads from
/// /zookeeper/config, and what `conf` prints after "membership:"):
/// `server.1=10.0.0.1:2888:3888:participant;0.0.0.0:2181` ... `version=100000000`.
namespace DynamicConfig {

/// Members with a client address, sorted by server id. Observers are members too.
QList<ServerEndpoint> parseMembers(const QByteArray &config);
/// A client address "host:port", "port" alone, or "0.0.0.0:port" (listening on every
/// interface): then the member is reached at `quorumHost`. clientPort 0 when unparsable.
ServerEndpoint clientEndpoint(const QString &clientAddress, const QString &quorumHost);

} // namespace DynamicConfig
