#pragma once

#include "zk/zkacl.h"

/// Creating a subtree whose ACLs do not let anyone create children (e.g. read-only world): such
/// inner nodes are created with a temporary ACL that adds world:anyone CREATE|ADMIN, and get
/// their real ACL once every create is done. Shared by copy and import.
namespace AclStaging {

/// True when world:anyone may create children and change the ACL (no temporary ACL needed).
inline bool worldMayCreateAndAdmin(const ZkAcl &acl)
{
    for (const ZkAclEntry &e : acl)
        if (e.scheme == u"world" && e.id == u"anyone"
            && (e.perms & (ZkPerm::Create | ZkPerm::Admin)) == (ZkPerm::Create | ZkPerm::Admin))
            return true;
    return false;
}

/// ZooKeeper 3.6+ returns digest ids as "user:x" to a session without ADMIN permission on the
/// node: the real hash is hidden, so the ACL cannot be copied faithfully.
inline bool isRedacted(const ZkAcl &acl)
{
    for (const ZkAclEntry &e : acl)
        if (e.scheme == u"digest" && e.id.endsWith(u":x")) return true;
    return false;
}

inline ZkAcl temporaryAcl(ZkAcl acl)
{
    for (ZkAclEntry &e : acl) {
        if (e.scheme == u"world" && e.id == u"anyone") {
            e.perms |= ZkPerm::Create | ZkPerm::Admin;
            return acl;
        }
    }
    acl.append({QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::Create | ZkPerm::Admin});
    return acl;
}

} // namespace AclStaging
