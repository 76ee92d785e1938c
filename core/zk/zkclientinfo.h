#pragma once

#include <QString>

/// What the linked ZooKeeper C client can do: the source-built 3.8.0 client (the default build)
/// has TLS and SASL; Debian's libzookeeper-mt (-DZKDESK_SYSTEM_ZKCLIENT=ON) has neither.
namespace ZkClientInfo {

/// True when zookeeper_init_ssl is linked in (OpenSSL).
bool hasTls();
/// True when zookeeper_init_sasl is linked in (Cyrus SASL).
bool hasSasl();
/// The client's version, e.g. "3.8.0".
QString version();
/// Where the client comes from, e.g. "built from Debian source 3.8.0-11+deb12u2 (static)".
QString origin();
/// Why TLS/SASL are missing, in words (empty when both are in).
QString unavailableReason();
/// Lines for --version: the client, its origin, and whether TLS and SASL are in.
QString versionText();

} // namespace ZkClientInfo
