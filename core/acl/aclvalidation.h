#pragma once

#include "zk/zkacl.h"

#include <QByteArray>
#include <QString>

#include <optional>

/// Checks ACL entries before they are sent, per scheme, with messages a person can act on.
/// The rules follow ZooKeeper 3.8's own providers (a stricter check where the server would
/// accept nonsense: a digest id must carry a real 20-byte SHA-1 hash).
namespace AclValidation {

/// An `ip` ACL id: an address and the number of leading bits that must match.
struct IpRange
{
    QByteArray address; ///< 4 bytes (IPv4) or 16 bytes (IPv6), network order
    int prefixBits = 0; ///< 32/128 for a single address
    bool isV6() const { return address.size() == 16; }
};

/// Parses "a.b.c.d", "a.b.c.d/n", an IPv6 address or "addr/n". `error` gets the reason when
/// it does not parse. IPv6 parses here, but see validateEntry().
std::optional<IpRange> parseIp(const QString &text, QString *error = nullptr);

/// True when `clientAddress` (a plain address) lies in the ACL id `aclId` (address or CIDR).
/// Mirrors the server: an IPv6 client never matches an IPv4 range and vice versa.
bool ipMatches(const QString &aclId, const QString &clientAddress);

/// True when the id is the 28-character base64 of a 20-byte SHA-1 hash.
bool isDigestHash(const QString &hash);

/// Empty when `entry` is acceptable; otherwise why not ("ip: 10.0.0.0/33: the prefix must be
/// between 0 and 32").
QString validateEntry(const ZkAclEntry &entry);

/// Empty when the whole ACL may be sent: at least one entry, every entry valid, and `auth`
/// entries only when the session holds an authenticated identity (else the server answers
/// ZINVALIDACL). Messages name the entry (1-based row).
QString validateAcl(const ZkAcl &acl, bool sessionAuthenticated = true);

/// "digest:alice:aYX…=" / "world:anyone": scheme and id as one string.
QString entryText(const ZkAclEntry &entry);
/// "rwcda" with '-' for missing bits ("r---a").
QString permsText(quint32 perms);
/// "READ, ADMIN": permission names for messages.
QString permNames(quint32 perms);

} // namespace AclValidation
