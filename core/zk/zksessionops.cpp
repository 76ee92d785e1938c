// The ZooKeeper operations of ZkSession: input checks, the zoo_a* call, and the C completion
// functions that copy the result into Qt value types on the completion thread.

#include "zk/private/zkcconvert.h"
#include "util/statformat.h"
#include "zk/private/zkhandle.h"
#include "zk/zkpath.h"
#include "zk/private/zkpendingrequest.h"
#include "zk/zksession.h"


#include <vector>

namespace {

// ---- C completion functions: copy everything at once, the pointers die with the call. ----

void onStrings2(int rc, const String_vector *strings, const Stat *stat, const void *data)
{
    ZkIncoming in;
    in.rc = rc;
    if (rc == ZOK) {
        if (strings) {
            in.strings.reserve(strings->count);
            for (int i = 0; i < strings->count; ++i) in.strings.append(QString::fromUtf8(strings->data[i]));
        }
        if (stat) in.stat = toZkStat(*stat);
    }
    ZkHandle::complete(data, std::move(in));
}

void onData(int rc, const char *value, int len, const Stat *stat, const void *data)
{
    ZkIncoming in;
    in.rc = rc;
    if (rc == ZOK) {
        // Null data arrives as (NULL, -1); empty data must stay distinct from it.
        if (len >= 0) in.data = len == 0 ? QByteArray("", 0) : QByteArray(value, len);
        if (stat) in.stat = toZkStat(*stat);
    }
    ZkHandle::complete(data, std::move(in));
}

void onStat(int rc, const Stat *stat, const void *data)
{
    ZkIncoming in;
    in.rc = rc;
    if (rc == ZOK && stat) in.stat = toZkStat(*stat);
    ZkHandle::complete(data, std::move(in));
}

void onStringStat(int rc, const char *value, const Stat *stat, const void *data)
{
    ZkIncoming in;
    in.rc = rc;
    if (rc == ZOK) {
        if (value) in.path = QString::fromUtf8(value);
        if (stat) in.stat = toZkStat(*stat);
    }
    ZkHandle::complete(data, std::move(in));
}

void onVoid(int rc, const void *data)
{
    ZkIncoming in;
    in.rc = rc;
    ZkHandle::complete(data, std::move(in));
}

} // namespace

using namespace ZkC;

ZkError ZkSession::checkPath(const QString &path) const
{
    const QString why = ZkPath::validate(path);
    if (why.isEmpty()) return {};
    return ZkError::make(ZkCode::BadArguments,
                         QStringLiteral("invalid path \"%1\": %2").arg(path, why), path);
}

ZkError ZkSession::checkWrite(const QString &path, qsizetype payloadBytes) const
{
    if (m_options.readOnly)
        return ZkError::make(ZkCode::NotReadOnly,
                             QStringLiteral("this connection is read-only: writes are disabled "
                                            "(reconnect without \"read-only\" to change data)"),
                             path);
    if (ZkError e = checkPath(path)) return e;
    // Room for the packet header, the path and the length fields around the payload.
    const qsizetype total = payloadBytes + path.toUtf8().size() + 64;
    if (total > maxPacketBytes()) {
        return ZkError::make(
            ZkCode::BadArguments,
            QStringLiteral("request too large: %1 bytes, but the server accepts at most %2 bytes "
                           "(1 MB, jute.maxbuffer) per request including path and ACL; make the "
                           "data smaller")
                .arg(StatFormat::formatCount(total), StatFormat::formatCount(maxPacketBytes())),
            path);
    }
    return {};
}

void ZkSession::getChildren(const QString &path, bool watch, QObject *owner, ChildrenCallback cb)
{
    auto *p = makeRequest<ChildrenReply>(path, owner, false, std::move(cb),
                                         [](ChildrenReply &r, const ZkIncoming &in) {
                                             r.children = in.strings;
                                             r.stat = in.stat;
                                         });
    p->submit = [path = path.toUtf8(), watch](zhandle_t *zh, const void *ctx) {
        return zoo_aget_children2(zh, path.constData(), watch ? 1 : 0, onStrings2, ctx);
    };
    enqueue(p, checkPath(path));
}

void ZkSession::getData(const QString &path, bool watch, QObject *owner, DataCallback cb)
{
    auto *p = makeRequest<DataReply>(path, owner, false, std::move(cb),
                                     [](DataReply &r, const ZkIncoming &in) {
                                         r.data = in.data;
                                         r.stat = in.stat;
                                     });
    p->submit = [path = path.toUtf8(), watch](zhandle_t *zh, const void *ctx) {
        return zoo_aget(zh, path.constData(), watch ? 1 : 0, onData, ctx);
    };
    enqueue(p, checkPath(path));
}

void ZkSession::exists(const QString &path, bool watch, QObject *owner, StatCallback cb)
{
    auto *p = makeRequest<StatReply>(path, owner, false, std::move(cb),
                                     [](StatReply &r, const ZkIncoming &in) { r.stat = in.stat; });
    p->submit = [path = path.toUtf8(), watch](zhandle_t *zh, const void *ctx) {
        return zoo_aexists(zh, path.constData(), watch ? 1 : 0, onStat, ctx);
    };
    enqueue(p, checkPath(path));
}

void ZkSession::create(const QString &path, const QByteArray &data, CreateMode mode,
                       const ZkAcl &acl, QObject *owner, CreateCallback cb, qint64 ttlMs)
{
    auto *p = makeRequest<CreateReply>(path, owner, true, std::move(cb),
                                       [](CreateReply &r, const ZkIncoming &in) {
                                           r.createdPath = in.path;
                                           r.stat = in.stat;
                                       });
    ZkError check = checkWrite(path, data.size() + aclBytes(acl));
    if (!check && acl.isEmpty())
        check = ZkError::make(ZkCode::InvalidAcl,
                              QStringLiteral("the ACL is empty: a node needs at least one entry"),
                              path);
    if (!check && isTtlMode(mode) && (ttlMs <= 0 || ttlMs > kMaxTtlMs))
        check = ZkError::make(ZkCode::BadArguments,
                              QStringLiteral("TTL must be between 1 and %1 ms").arg(kMaxTtlMs), path);
    p->submit = [path = path.toUtf8(), data, mode, acl, ttlMs](zhandle_t *zh, const void *ctx) {
        CAcl cacl(acl);
        if (isTtlMode(mode))
            return zoo_acreate2_ttl(zh, path.constData(), valuePtr(data), valueLen(data),
                                    &cacl.vector, createFlags(mode), ttlMs, onStringStat, ctx);
        return zoo_acreate2(zh, path.constData(), valuePtr(data), valueLen(data), &cacl.vector,
                            createFlags(mode), onStringStat, ctx);
    };
    enqueue(p, check);
}

void ZkSession::setData(const QString &path, const QByteArray &data, int version, QObject *owner,
                        StatCallback cb)
{
    auto *p = makeRequest<StatReply>(path, owner, true, std::move(cb),
                                     [](StatReply &r, const ZkIncoming &in) { r.stat = in.stat; });
    p->submit = [path = path.toUtf8(), data, version](zhandle_t *zh, const void *ctx) {
        return zoo_aset(zh, path.constData(), valuePtr(data), valueLen(data), version, onStat, ctx);
    };
    enqueue(p, checkWrite(path, data.size()));
}

void ZkSession::remove(const QString &path, int version, QObject *owner, DoneCallback cb)
{
    auto *p = makeRequest<DoneReply>(path, owner, true, std::move(cb),
                                     [](DoneReply &, const ZkIncoming &) {});
    p->submit = [path = path.toUtf8(), version](zhandle_t *zh, const void *ctx) {
        return zoo_adelete(zh, path.constData(), version, onVoid, ctx);
    };
    enqueue(p, checkWrite(path, 0));
}

namespace {

void onAcl(int rc, ACL_vector *acl, Stat *stat, const void *data)
{
    ZkIncoming in;
    in.rc = rc;
    if (rc == ZOK) {
        if (acl) {
            in.acl.reserve(acl->count);
            for (int i = 0; i < acl->count; ++i) {
                const ACL &a = acl->data[i];
                in.acl.append({QString::fromUtf8(a.id.scheme ? a.id.scheme : ""),
                               QString::fromUtf8(a.id.id ? a.id.id : ""), quint32(a.perms)});
            }
        }
        if (stat) in.stat = toZkStat(*stat);
    }
    ZkHandle::complete(data, std::move(in));
}

} // namespace

void ZkSession::getAcl(const QString &path, QObject *owner, AclCallback cb)
{
    auto *p = makeRequest<AclReply>(path, owner, false, std::move(cb),
                                    [](AclReply &r, const ZkIncoming &in) {
                                        r.acl = in.acl;
                                        r.stat = in.stat;
                                    });
    p->submit = [path = path.toUtf8()](zhandle_t *zh, const void *ctx) {
        return zoo_aget_acl(zh, path.constData(), onAcl, ctx);
    };
    enqueue(p, checkPath(path));
}

void ZkSession::setAcl(const QString &path, const ZkAcl &acl, int aclVersion, QObject *owner,
                       DoneCallback cb)
{
    auto *p = makeRequest<DoneReply>(path, owner, true, std::move(cb),
                                     [](DoneReply &, const ZkIncoming &) {});
    ZkError check = checkWrite(path, aclBytes(acl));
    if (!check && acl.isEmpty())
        check = ZkError::make(ZkCode::InvalidAcl,
                              QStringLiteral("the ACL is empty: a node needs at least one entry"),
                              path);
    p->submit = [path = path.toUtf8(), acl, aclVersion](zhandle_t *zh, const void *ctx) {
        CAcl cacl(acl);
        return zoo_aset_acl(zh, path.constData(), aclVersion, &cacl.vector, onVoid, ctx);
    };
    enqueue(p, check);
}

void ZkSession::removeWatches(const QString &path, bool children, QObject *owner, DoneCallback cb)
{
    auto *p = makeRequest<DoneReply>(path, owner, false, std::move(cb),
                                     [](DoneReply &, const ZkIncoming &) {});
    p->submit = [path = path.toUtf8(), children](zhandle_t *zh, const void *ctx) {
        // local=0: the local=1 path corrupts the caller's data pointer in 3.8.0 (see the brief).
        return zoo_aremove_watches(zh, path.constData(),
                                   children ? ZWATCHTYPE_CHILD : ZWATCHTYPE_DATA,
                                   nullptr, nullptr, 0, // every watch of that type
                                   reinterpret_cast<void_completion_t *>(&onVoid), ctx);
    };
    enqueue(p, checkPath(path));
}

void ZkSession::addAuthEntries()
{
    // Sent straight to the C client (not through the queue, which waits for auth to finish).
    for (const ZkAuthEntry &entry : std::as_const(m_options.auth)) {
        auto *p = new ZkPendingRequest;
        p->id = m_nextId++;
        p->sent = true;
        p->deliver = [this, entry](const ZkError &error, const ZkIncoming *) {
            if (m_authPending > 0) --m_authPending;
            if (!error) m_identities.append(entry.displayName());
            else if (error.code != ZkCode::Closing && error.code != ZkCode::SessionExpired)
                emit authFailed(entry, error);
            pump();
        };
        m_pending.insert(p->id, p);
        ++m_inFlight;
        ++m_authPending;
        const QByteArray scheme = entry.scheme.toUtf8();
        const QByteArray credentials = entry.credentials;
        const int rc = m_handle->call(p->id, [scheme, credentials](zhandle_t *zh, const void *ctx) {
            // The completion runs on the IO thread (or inside zookeeper_close): ZkHandle's
            // table is thread-safe, so it is handled like any other reply.
            return zoo_add_auth(zh, scheme.constData(), credentials.constData(),
                                int(credentials.size()), onVoid, ctx);
        });
        if (rc != ZOK) {
            ZkIncoming in;
            in.kind = ZkIncoming::Kind::Reply;
            in.id = p->id;
            in.rc = rc;
            m_handle->post(std::move(in));
        }
    }
}
