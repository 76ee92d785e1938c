#pragma once

#include "zk/zkacl.h"

#include <QString>

/// The ACL text of zkCli's `create` and `setAcl`: `scheme:id:perms[,scheme:id:perms...]`, perms
/// from `cdrwa` (e.g. `world:anyone:r,digest:bob:aYX…=:cdrwa`). The id runs from the first to
/// the last colon, so digest ids (`user:hash`) and IPv6 addresses keep theirs.
namespace AclText {

struct Parsed
{
    ZkAcl acl;
    QString error; ///< empty when every entry parsed and passed AclValidation
    bool ok() const { return error.isEmpty(); }
};

/// Parses and validates (AclValidation::validateAcl); an ACL with any bad entry is refused as a
/// whole, so nothing half-parsed is ever sent.
Parsed parse(const QString &text, bool sessionAuthenticated = true);

/// Permission bits in zkCli's order and letters: "cdrwa", "r" (no placeholders).
QString permsLetters(quint32 perms);

} // namespace AclText
