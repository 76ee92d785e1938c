#pragma once

#include "zk/zksession.h"

#include <QObject>

/// Reads the ensemble's dynamic configuration (/zookeeper/config), as zkCli's `config` and
/// Java's getConfig() do, for a session that may have a chroot.
///
/// Why a second session: Java's getConfig() ignores the chroot, but the 3.8 C client prepends it
/// to zoo_getconfig's path like to any other (checked: on "host:port/app" both zoo_getconfig and
/// zoo_get of /zookeeper/config answer ZNONODE, without the chroot both read the node). So under a
/// chroot the node is read through a short-lived session on the same servers, with the same
/// options (auth, timeouts) but no chroot; it is closed as soon as the reply is in.
namespace DynamicConfigReader {

/// Whether read() needs the second session for `session` (it has a chroot).
bool needsUnchrootedSession(const ZkSession *session);

/// Reads /zookeeper/config; `cb` runs once on the GUI thread, unless `owner` died first.
/// `watch` is honoured only without a chroot (a watch on the short-lived session would die with
/// it); DataReply::path is "/zookeeper/config" either way.
void read(ZkSession *session, bool watch, QObject *owner, ZkSession::DataCallback cb);

} // namespace DynamicConfigReader
