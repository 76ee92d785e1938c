#pragma once

#include "zk/zkacl.h"

#include <QList>
#include <QString>
#include <QStringList>

class ZkSession;
struct ZkAuthEntry;

/// Who a session is in the server's eyes, as far as the client can know it.
struct AclIdentity
{
    QString scheme; ///< "digest", "ip", or another provider's name
    QString id;     ///< digest: "alice:<hash>" computed from the credentials; ip: the address
    /// The server maps the credentials to an id the client cannot compute (non-digest
    /// schemes); `id` is then the raw credential, a guess.
    bool guessed = false;
    QString displayName() const; ///< "digest:alice", "ip:127.0.0.1" (never a hash or password)
};

/// A session's identities: one per auth entry plus the client address the server sees.
struct SessionIdentities
{
    QList<AclIdentity> ids;
    /// The client address is unknown (remote server): ip entries cannot be decided.
    bool addressKnown = false;

    /// From auth entries and the server address ("127.0.0.1:2181"). A loopback server means
    /// the server sees this client as the same loopback address; any other server leaves the
    /// address unknown (the C client does not expose its local address).
    static SessionIdentities from(const QList<ZkAuthEntry> &auth, const QString &connectedServer);
    static SessionIdentities fromSession(const ZkSession &session);
    /// True when one id the server counts as authenticated (not ip) exists: `auth` needs one.
    bool hasAuthenticated() const;
    QStringList displayNames() const;
};

/// Whether an ACL grants permissions to a session. Follows the server's checkACL: an empty ACL
/// grants everything, world:anyone matches everybody, digest ids match exactly, ip entries
/// match by prefix; `auth` entries (only in ACLs not yet sent) stand for the session's own
/// authenticated identities.
struct AclDecision
{
    quint32 granted = 0;   ///< certainly granted
    quint32 uncertain = 0; ///< granted only if an id the client cannot compute matches
    QList<int> grantingEntries; ///< indexes of the entries that grant something certainly
    bool allows(quint32 perms) const { return (granted & perms) == perms; }
    bool mayAllow(quint32 perms) const { return ((granted | uncertain) & perms) == perms; }
};

namespace AclEvaluator {

AclDecision evaluate(const ZkAcl &acl, const SessionIdentities &who);

/// What the server stores for `acl` set by `who`: each `auth` entry replaced by the session's
/// authenticated identities (digest ids), as ZooKeeper's fixupACL does.
ZkAcl fixup(const ZkAcl &acl, const SessionIdentities &who);

/// Same entries regardless of order (what the server returns may be reordered by nothing, but
/// ACLs typed in another order are still the same ACL).
bool sameAcl(const ZkAcl &a, const ZkAcl &b);

/// The lock-out guard: empty when `who` keeps READ and ADMIN under `newAcl`; otherwise a plain
/// sentence saying what the session would lose on `path`.
QString lockOutWarning(const QString &path, const ZkAcl &newAcl, const SessionIdentities &who);

} // namespace AclEvaluator
