#pragma once

// Private to core: conversions between Qt value types and the C client's request structures,
// shared by the request builder's files.

#include "zk/private/zkhandle.h"
#include "zk/private/zkpendingrequest.h"
#include "zk/zkacl.h"
#include "zk/zksession.h"

#include <memory>
#include <type_traits>
#include <variant>
#include <vector>

namespace ZkC {

/// A request whose reply is a `Reply` taken from the completion's body (left default-built
/// with only error and path set when the request failed).
template<typename Reply, typename Callback>
std::unique_ptr<ZkPendingRequest> makeRequest(const QString &path, QObject *owner, bool isWrite,
                                              Callback cb)
{
    auto p = std::make_unique<ZkPendingRequest>();
    p->path = path;
    p->owner = owner;
    p->hasOwner = owner != nullptr;
    p->isWrite = isWrite;
    p->deliver = [path, cb = std::move(cb)](const ZkError &error, ZkReplyBody &&body) {
        Reply reply;
        if constexpr (!std::is_same_v<Reply, DoneReply>) { // DoneReply has no body
            if (Reply *filled = std::get_if<Reply>(&body); filled && error.isOk())
                reply = std::move(*filled);
        }
        reply.error = error;
        reply.path = path;
        if (cb) cb(reply);
    };
    return p;
}

inline int createFlags(CreateMode mode)
{
    switch (mode) {
    case CreateMode::Persistent:
        return ZOO_PERSISTENT;
    case CreateMode::Ephemeral:
        return ZOO_EPHEMERAL;
    case CreateMode::PersistentSequential:
        return ZOO_PERSISTENT_SEQUENTIAL;
    case CreateMode::EphemeralSequential:
        return ZOO_EPHEMERAL_SEQUENTIAL;
    case CreateMode::Container:
        return ZOO_CONTAINER;
    case CreateMode::PersistentWithTtl:
        return ZOO_PERSISTENT_WITH_TTL;
    case CreateMode::PersistentSequentialWithTtl:
        return ZOO_PERSISTENT_SEQUENTIAL_WITH_TTL;
    }
    return ZOO_PERSISTENT;
}

inline bool isTtlMode(CreateMode mode)
{
    return mode == CreateMode::PersistentWithTtl || mode == CreateMode::PersistentSequentialWithTtl;
}

/// Serialized size of an ACL (jute: count + per entry perms + two length-prefixed strings).
inline qsizetype aclBytes(const ZkAcl &acl)
{
    qsizetype n = 4;
    for (const ZkAclEntry &e : acl) n += 12 + e.scheme.toUtf8().size() + e.id.toUtf8().size();
    return n;
}

/// The C ACL vector pointing into `storage`; valid while `storage` lives. The C client
/// serializes the request inside the zoo_a* call, so that is long enough.
struct CAcl
{
    std::vector<QByteArray> storage;
    std::vector<ACL> entries;
    ACL_vector vector{0, nullptr};

    explicit CAcl(const ZkAcl &acl)
    {
        storage.reserve(acl.size() * 2);
        entries.reserve(acl.size());
        for (const ZkAclEntry &e : acl) {
            storage.push_back(e.scheme.toUtf8());
            char *scheme = storage.back().data();
            storage.push_back(e.id.toUtf8());
            char *id = storage.back().data();
            entries.push_back(ACL{int32_t(e.perms), Id{scheme, id}});
        }
        vector.count = int32_t(entries.size());
        vector.data = entries.data();
    }
};

inline const char *valuePtr(const QByteArray &data)
{
    return data.isNull() ? nullptr : data.constData();
}
inline int valueLen(const QByteArray &data) { return data.isNull() ? -1 : int(data.size()); }

inline constexpr qint64 kMaxTtlMs =
    0xFFFFFFFFFFLL; // EphemeralType.TTL's 40-bit limit on the server

} // namespace ZkC
