// ZkRequestBuilder::multi: atomic transactions through zoo_amulti. The op array, the result
// array, the create path buffers and the set Stats are written by the C client on the
// completion thread, so they live in storage owned by the call context until the completion ran.

#include "zk/private/zkcconvert.h"
#include "zk/private/zkhandle.h"
#include "zk/private/zkrequestbuilder.h"

#include <QCoreApplication>
#include <deque>

using namespace ZkC;

namespace {

struct MultiStorage
{
    std::deque<QByteArray> buffers; // paths and data (deque: stable addresses)
    std::deque<CAcl> acls;
    std::vector<std::vector<char>> pathBuffers;
    std::vector<Stat> stats;
    std::vector<zoo_op_t> ops;
    std::vector<zoo_op_result_t> results;
};

const char *keep(MultiStorage &s, const QByteArray &bytes)
{
    s.buffers.push_back(bytes);
    return s.buffers.back().isNull() ? nullptr : s.buffers.back().constData();
}

void onMulti(int rc, const void *data)
{
    const std::shared_ptr<void> storage = ZkHandle::storageOf(data);
    auto *s = static_cast<MultiStorage *>(storage.get());
    MultiReply reply;
    reply.results.reserve(qsizetype(s->results.size()));
    for (size_t i = 0; i < s->results.size(); ++i) {
        const zoo_op_result_t &r = s->results[i];
        ZkOpResult out;
        out.error = ZkError::fromCode(r.err);
        if (r.err == ZOK && s->ops[i].type == ZOO_CREATE_OP && r.value)
            out.createdPath = QString::fromUtf8(r.value, qstrnlen(r.value, r.valuelen));
        if (r.err == ZOK && s->ops[i].type == ZOO_SETDATA_OP && r.stat)
            out.stat = toZkStat(*r.stat);
        reply.results.append(out);
    }
    ZkHandle::complete(data, rc, std::move(reply));
}

/// Fills `s.ops[i]` for `op`, keeping every buffer it points to in `s`.
void initOp(MultiStorage &s, size_t i, const ZkOp &op)
{
    const char *path = keep(s, op.path.toUtf8());
    switch (op.kind) {
    case ZkOp::Kind::Create: {
        s.acls.emplace_back(op.acl);
        s.pathBuffers[i].assign(size_t(op.path.toUtf8().size()) + 32, '\0');
        const char *value = keep(s, op.data);
        zoo_create_op_init(&s.ops[i], path, value, valueLen(op.data), &s.acls.back().vector,
                           createFlags(CreateMode(op.createMode)), s.pathBuffers[i].data(),
                           int(s.pathBuffers[i].size()));
        break;
    }
    case ZkOp::Kind::Delete:
        zoo_delete_op_init(&s.ops[i], path, op.version);
        break;
    case ZkOp::Kind::SetData: {
        const char *value = keep(s, op.data);
        zoo_set_op_init(&s.ops[i], path, value, valueLen(op.data), op.version, &s.stats[i]);
        break;
    }
    case ZkOp::Kind::Check:
        zoo_check_op_init(&s.ops[i], path, op.version);
        break;
    }
}

/// The multi's reply: on failure every op reports, the culprit its own error and the others
/// RuntimeInconsistency ("rolled back"); the reply's error names the culprit.
MultiReply multiReply(const QList<ZkOp> &ops, const ZkError &error, ZkReplyBody &&body)
{
    MultiReply r;
    if (MultiReply *filled = std::get_if<MultiReply>(&body)) r.results = std::move(filled->results);
    r.path = ops.isEmpty() ? QString() : ops.first().path;
    r.error = error;
    for (int i = 0; error && i < r.results.size() && i < ops.size(); ++i) {
        const ZkCode code = r.results[i].error.code;
        if (code == ZkCode::Ok || code == ZkCode::RuntimeInconsistency) continue;
        r.failedIndex = i;
        r.error = ZkError::fromCode(code, ops[i].path);
        r.error.message =
            QCoreApplication::translate("ZkMultiRequest",
                                        "operation %1 of %2 failed (%3); nothing was applied")
                .arg(i + 1)
                .arg(ops.size())
                .arg(r.error.message);
        break;
    }
    return r;
}

/// Checks one op of a multi; adds its size to `bytes`.
ZkError checkMultiOp(const ZkRequestBuilder &builder, const ZkOp &op, qsizetype &bytes)
{
    bytes += op.path.toUtf8().size() + 16;
    if (op.kind == ZkOp::Kind::Check) return ZkRequestBuilder::checkPath(op.path);
    if (ZkError e = builder.checkWrite(op.path, 0)) return e;
    if (op.kind == ZkOp::Kind::SetData) bytes += op.data.size();
    if (op.kind != ZkOp::Kind::Create) return {};
    bytes += op.data.size() + aclBytes(op.acl);
    if (isTtlMode(CreateMode(op.createMode)))
        return ZkError::make(
            ZkCode::Unimplemented,
            QCoreApplication::translate("ZkMultiRequest",
                                        "TTL nodes cannot be created inside a transaction "
                                        "(the ZooKeeper C client does not support it)"),
            op.path);
    return ZkRequestBuilder::checkAcl(op.path, op.acl);
}

} // namespace

auto ZkRequestBuilder::multi(const QList<ZkOp> &ops, QObject *owner,
                             ZkSession::MultiCallback cb) const -> Request
{
    auto p = std::make_unique<ZkPendingRequest>();
    p->path = ops.isEmpty() ? QString() : ops.first().path;
    p->owner = owner;
    p->hasOwner = owner != nullptr;
    p->isWrite = true;
    p->deliver = [cb = std::move(cb), ops](const ZkError &error, ZkReplyBody &&body) {
        const MultiReply reply = multiReply(ops, error, std::move(body));
        if (cb) cb(reply);
    };
    if (ops.isEmpty())
        p->refusal =
            ZkError::make(ZkCode::BadArguments,
                          QCoreApplication::translate(
                              "ZkMultiRequest", "a transaction needs at least one operation"));
    qsizetype bytes = 0;
    for (const ZkOp &op : ops) {
        if (p->refusal) break;
        p->refusal = checkMultiOp(*this, op, bytes);
    }
    if (!p->refusal && !ops.isEmpty()) p->refusal = checkWrite(p->path, bytes);

    auto storage = std::make_shared<MultiStorage>();
    p->storage = storage;
    p->submit = [ops, storage](zhandle_t *zh, const void *ctx) {
        MultiStorage &s = *storage;
        const size_t n = size_t(ops.size());
        s.ops.resize(n);
        s.results.assign(n, zoo_op_result_t{});
        s.stats.resize(n);
        s.pathBuffers.resize(n);
        for (size_t i = 0; i < n; ++i) initOp(s, i, ops[qsizetype(i)]);
        return zoo_amulti(zh, int(n), s.ops.data(), s.results.data(), onMulti, ctx);
    };
    return p;
}
