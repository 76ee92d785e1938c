#include "zk/private/zkrequestbuilder.h"

#include "util/statformat.h"
#include "zk/private/zkcconvert.h"
#include "zk/private/zkhandle.h"
#include "zk/zkpath.h"
#include <QCoreApplication>

using namespace ZkC;

namespace {

// ---- C completion functions: copy everything at once, the pointers die with the call. ----

void onChildren(int rc, const String_vector *strings, const Stat *stat, const void *data)
{
    ChildrenReply reply;
    if (rc == ZOK) {
        if (strings) {
            reply.children.reserve(strings->count);
            for (int i = 0; i < strings->count; ++i)
                reply.children.append(QString::fromUtf8(strings->data[i]));
        }
        if (stat) reply.stat = toZkStat(*stat);
    }
    ZkHandle::complete(data, rc, std::move(reply));
}

void onData(int rc, const char *value, int len, const Stat *stat, const void *data)
{
    DataReply reply;
    if (rc == ZOK) {
        // Null data arrives as (NULL, -1); empty data must stay distinct from it.
        if (len >= 0) reply.data = len == 0 ? QByteArray("", 0) : QByteArray(value, len);
        if (stat) reply.stat = toZkStat(*stat);
    }
    ZkHandle::complete(data, rc, std::move(reply));
}

void onStat(int rc, const Stat *stat, const void *data)
{
    StatReply reply;
    if (rc == ZOK && stat) reply.stat = toZkStat(*stat);
    ZkHandle::complete(data, rc, std::move(reply));
}

void onCreated(int rc, const char *value, const Stat *stat, const void *data)
{
    CreateReply reply;
    if (rc == ZOK) {
        if (value) reply.createdPath = QString::fromUtf8(value);
        if (stat) reply.stat = toZkStat(*stat);
    }
    ZkHandle::complete(data, rc, std::move(reply));
}

void onAcl(int rc, ACL_vector *acl, Stat *stat, const void *data)
{
    AclReply reply;
    if (rc == ZOK) {
        if (acl) {
            reply.acl.reserve(acl->count);
            for (int i = 0; i < acl->count; ++i) {
                const ACL &a = acl->data[i];
                reply.acl.append({QString::fromUtf8(a.id.scheme ? a.id.scheme : ""),
                                  QString::fromUtf8(a.id.id ? a.id.id : ""), quint32(a.perms)});
            }
        }
        if (stat) reply.stat = toZkStat(*stat);
    }
    ZkHandle::complete(data, rc, std::move(reply));
}

void onVoid(int rc, const void *data) { ZkHandle::complete(data, rc); }
void onSynced(int rc, const char *, const void *data) { ZkHandle::complete(data, rc); }

} // namespace

ZkError ZkRequestBuilder::checkPath(const QString &path)
{
    const QString why = ZkPath::validate(path);
    if (why.isEmpty()) return {};
    return ZkError::make(
        ZkCode::BadArguments,
        QCoreApplication::translate("ZkRequestBuilder", "invalid path \"%1\": %2").arg(path, why),
        path);
}

ZkError ZkRequestBuilder::checkWrite(const QString &path, qsizetype payloadBytes) const
{
    if (m_readOnly)
        return ZkError::make(
            ZkCode::NotReadOnly,
            QCoreApplication::translate("ZkRequestBuilder",
                                        "this connection is read-only: writes are disabled "
                                        "(reconnect without \"read-only\" to change data)"),
            path);
    if (ZkError e = checkPath(path)) return e;
    // Room for the packet header, the path and the length fields around the payload.
    const qsizetype total = payloadBytes + path.toUtf8().size() + 64;
    if (total > ZkSession::maxPacketBytes()) {
        return ZkError::make(
            ZkCode::BadArguments,
            QCoreApplication::translate(
                "ZkRequestBuilder",
                "request too large: %1 bytes, but the server accepts at most %2 bytes "
                "(1 MB, jute.maxbuffer) per request including path and ACL; make the "
                "data smaller")
                .arg(StatFormat::formatCount(total),
                     StatFormat::formatCount(ZkSession::maxPacketBytes())),
            path);
    }
    return {};
}

ZkError ZkRequestBuilder::checkAcl(const QString &path, const ZkAcl &acl)
{
    if (!acl.isEmpty()) return {};
    return ZkError::make(
        ZkCode::InvalidAcl,
        QCoreApplication::translate("ZkRequestBuilder",
                                    "the ACL is empty: a node needs at least one entry"),
        path);
}

auto ZkRequestBuilder::getChildren(const QString &path, bool watch, QObject *owner,
                                   ZkSession::ChildrenCallback cb) const -> Request
{
    Request p = makeRequest<ChildrenReply>(path, owner, false, std::move(cb));
    p->submit = [path = path.toUtf8(), watch](zhandle_t *zh, const void *ctx) {
        return zoo_aget_children2(zh, path.constData(), watch ? 1 : 0, onChildren, ctx);
    };
    p->refusal = checkPath(path);
    return p;
}

auto ZkRequestBuilder::getData(const QString &path, bool watch, QObject *owner,
                               ZkSession::DataCallback cb) const -> Request
{
    Request p = makeRequest<DataReply>(path, owner, false, std::move(cb));
    p->submit = [path = path.toUtf8(), watch](zhandle_t *zh, const void *ctx) {
        return zoo_aget(zh, path.constData(), watch ? 1 : 0, onData, ctx);
    };
    p->refusal = checkPath(path);
    return p;
}

auto ZkRequestBuilder::exists(const QString &path, bool watch, QObject *owner,
                              ZkSession::StatCallback cb) const -> Request
{
    Request p = makeRequest<StatReply>(path, owner, false, std::move(cb));
    p->submit = [path = path.toUtf8(), watch](zhandle_t *zh, const void *ctx) {
        return zoo_aexists(zh, path.constData(), watch ? 1 : 0, onStat, ctx);
    };
    p->refusal = checkPath(path);
    return p;
}

auto ZkRequestBuilder::create(const QString &path, const QByteArray &data, CreateMode mode,
                              const ZkAcl &acl, qint64 ttlMs, QObject *owner,
                              ZkSession::CreateCallback cb) const -> Request
{
    Request p = makeRequest<CreateReply>(path, owner, true, std::move(cb));
    ZkError check = checkWrite(path, data.size() + aclBytes(acl));
    if (!check) check = checkAcl(path, acl);
    if (!check && isTtlMode(mode) && (ttlMs <= 0 || ttlMs > kMaxTtlMs))
        check = ZkError::make(
            ZkCode::BadArguments,
            QCoreApplication::translate("ZkRequestBuilder", "TTL must be between 1 and %1 ms")
                .arg(kMaxTtlMs),
            path);
    p->submit = [path = path.toUtf8(), data, mode, acl, ttlMs](zhandle_t *zh, const void *ctx) {
        CAcl cacl(acl);
        if (isTtlMode(mode))
            return zoo_acreate2_ttl(zh, path.constData(), valuePtr(data), valueLen(data),
                                    &cacl.vector, createFlags(mode), ttlMs, onCreated, ctx);
        return zoo_acreate2(zh, path.constData(), valuePtr(data), valueLen(data), &cacl.vector,
                            createFlags(mode), onCreated, ctx);
    };
    p->refusal = check;
    return p;
}

auto ZkRequestBuilder::setData(const QString &path, const QByteArray &data, int version,
                               QObject *owner, ZkSession::StatCallback cb) const -> Request
{
    Request p = makeRequest<StatReply>(path, owner, true, std::move(cb));
    p->submit = [path = path.toUtf8(), data, version](zhandle_t *zh, const void *ctx) {
        return zoo_aset(zh, path.constData(), valuePtr(data), valueLen(data), version, onStat, ctx);
    };
    p->refusal = checkWrite(path, data.size());
    return p;
}

auto ZkRequestBuilder::remove(const QString &path, int version, QObject *owner,
                              ZkSession::DoneCallback cb) const -> Request
{
    Request p = makeRequest<DoneReply>(path, owner, true, std::move(cb));
    p->submit = [path = path.toUtf8(), version](zhandle_t *zh, const void *ctx) {
        return zoo_adelete(zh, path.constData(), version, onVoid, ctx);
    };
    p->refusal = checkWrite(path, 0);
    return p;
}

auto ZkRequestBuilder::getAcl(const QString &path, QObject *owner, ZkSession::AclCallback cb) const
    -> Request
{
    Request p = makeRequest<AclReply>(path, owner, false, std::move(cb));
    p->submit = [path = path.toUtf8()](zhandle_t *zh, const void *ctx) {
        return zoo_aget_acl(zh, path.constData(), onAcl, ctx);
    };
    p->refusal = checkPath(path);
    return p;
}

auto ZkRequestBuilder::setAcl(const QString &path, const ZkAcl &acl, int aclVersion, QObject *owner,
                              ZkSession::DoneCallback cb) const -> Request
{
    Request p = makeRequest<DoneReply>(path, owner, true, std::move(cb));
    p->submit = [path = path.toUtf8(), acl, aclVersion](zhandle_t *zh, const void *ctx) {
        CAcl cacl(acl);
        return zoo_aset_acl(zh, path.constData(), aclVersion, &cacl.vector, onVoid, ctx);
    };
    ZkError check = checkWrite(path, aclBytes(acl));
    p->refusal = check ? check : checkAcl(path, acl);
    return p;
}

auto ZkRequestBuilder::removeWatches(const QString &path, bool children, QObject *owner,
                                     ZkSession::DoneCallback cb) const -> Request
{
    Request p = makeRequest<DoneReply>(path, owner, false, std::move(cb));
    p->submit = [path = path.toUtf8(), children](zhandle_t *zh, const void *ctx) {
        // local=0: the local=1 path corrupts the caller's data pointer in the 3.8.0 mt library.
        return zoo_aremove_watches(zh, path.constData(),
                                   children ? ZWATCHTYPE_CHILD : ZWATCHTYPE_DATA, nullptr, nullptr,
                                   0, // every watch of that type
                                   reinterpret_cast<void_completion_t *>(&onVoid), ctx);
    };
    p->refusal = checkPath(path);
    return p;
}

auto ZkRequestBuilder::sync(const QString &path, QObject *owner, ZkSession::DoneCallback cb) const
    -> Request
{
    Request p = makeRequest<DoneReply>(path, owner, false, std::move(cb));
    p->submit = [path = path.toUtf8()](zhandle_t *zh, const void *ctx) {
        return zoo_async(zh, path.constData(), onSynced, ctx);
    };
    p->refusal = checkPath(path);
    return p;
}

auto ZkRequestBuilder::addAuth(const ZkAuthEntry &entry,
                               std::function<void(const ZkError &)> done) const -> Request
{
    auto p = std::make_unique<ZkPendingRequest>();
    p->deliver = [done = std::move(done)](const ZkError &error, ZkReplyBody &&) { done(error); };
    p->submit = [scheme = entry.scheme.toUtf8(), credentials = entry.credentials](zhandle_t *zh,
                                                                                  const void *ctx) {
        // The completion runs on the IO thread (or inside zookeeper_close): ZkHandle's table is
        // thread-safe, so it is handled like any other reply.
        return zoo_add_auth(zh, scheme.constData(), credentials.constData(),
                            int(credentials.size()), onVoid, ctx);
    };
    return p;
}
