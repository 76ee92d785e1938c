#pragma once

#include "acl/aclevaluator.h"
#include "zk/zkacl.h"
#include "zk/zkerror.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class ZkSession;

/// The operations whose ZNOAUTH refusal is explained; each needs one permission, on the node
/// itself or (create, delete) on its parent.
enum class ZkOperation { ReadData, ListChildren, WriteData, Create, Delete, ReadAcl, SetAcl };

/// Turns a ZNOAUTH into a message that says what happened and why: the operation refused on
/// which node, the permission it needs, the ACL that refused it, the identities this session
/// holds, and, when the session authenticated with digest, that a wrong password is accepted
/// silently at login and shows up only now.
namespace NoAuthExplainer {

/// The node whose ACL decides `op` on `path` (the parent for create and delete).
QString aclPathFor(ZkOperation op, const QString &path);
/// The permission `op` needs (ADMIN for SetAcl; READ or ADMIN for ReadAcl).
quint32 permissionFor(ZkOperation op);
/// "read the data of", "delete", ...
QString operationText(ZkOperation op);

/// The message. `acl` is the ACL of aclPathFor(op, path) with its version, or nullopt when it
/// could not be read (`aclError` then says why).
QString explain(ZkOperation op, const QString &path, const std::optional<ZkAcl> &acl,
                int aclVersion, const ZkError &aclError, const SessionIdentities &who);

/// Reads the deciding ACL with getAcl (it is often readable even when a write is refused) and
/// calls `done` with explain()'s message, on the session's thread; dropped if `owner` dies.
void explainAsync(ZkSession *session, ZkOperation op, const QString &path, QObject *owner,
                  std::function<void(const QString &message)> done);

} // namespace NoAuthExplainer
