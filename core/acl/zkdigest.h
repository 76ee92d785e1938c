#pragma once

#include <QByteArray>
#include <QString>

/// The `digest` scheme's ACL ids, computed exactly as ZooKeeper's DigestAuthenticationProvider
/// does: `user:` + base64(SHA-1(UTF-8 "user:password")), standard alphabet with padding.
namespace ZkDigest {

/// The ACL id for `user` and `password`, e.g. "alice:aYXlLOpEooaV1cRAvUL1fp9Qt7E=".
QString digestId(const QString &user, const QString &password);

/// The ACL id for `addauth digest` credentials "user:password". Like the server, the user is
/// what precedes the first ':' and the hash covers the whole credential string.
QString digestIdFromCredentials(const QByteArray &credentials);

/// The user part of a digest id or credential ("alice" for "alice:..."), empty when there is
/// no ':'.
QString userOf(const QString &idOrCredentials);

/// True when `id` carries the hash the server hides from sessions without ADMIN ("alice:x").
bool isHiddenHash(const QString &id);

} // namespace ZkDigest
