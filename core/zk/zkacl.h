#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

/// ZooKeeper permission bits (same values as ZOO_PERM_*).
namespace ZkPerm {
enum : quint32 { Read = 1, Write = 2, Create = 4, Delete = 8, Admin = 16, All = 31 };
}

/// One ACL entry: scheme ("world", "auth", "digest", "ip", ...), id and permission bits.
struct ZkAclEntry
{
    QString scheme;
    QString id;
    quint32 perms = 0;
    friend bool operator==(const ZkAclEntry &, const ZkAclEntry &) = default;
};
using ZkAcl = QList<ZkAclEntry>;
Q_DECLARE_METATYPE(ZkAclEntry)

namespace ZkAclPresets {
/// world:anyone with all permissions (ZOO_OPEN_ACL_UNSAFE).
inline ZkAcl open() { return {{QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::All}}; }
/// auth: with all permissions: only the creating identities (ZOO_CREATOR_ALL_ACL).
inline ZkAcl creatorAll() { return {{QStringLiteral("auth"), QString(), ZkPerm::All}}; }
/// world:anyone read only (ZOO_READ_ACL_UNSAFE).
inline ZkAcl readOnlyWorld() { return {{QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::Read}}; }
} // namespace ZkAclPresets
