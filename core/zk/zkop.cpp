#include "zk/zkop.h"

#include "zk/zksession.h"

ZkOp ZkOp::create(const QString &path, const QByteArray &data, CreateMode mode, const ZkAcl &acl)
{
    ZkOp op;
    op.kind = Kind::Create;
    op.path = path;
    op.data = data;
    op.createMode = int(mode);
    op.acl = acl;
    return op;
}

ZkOp ZkOp::remove(const QString &path, int version)
{
    ZkOp op;
    op.kind = Kind::Delete;
    op.path = path;
    op.version = version;
    return op;
}

ZkOp ZkOp::setData(const QString &path, const QByteArray &data, int version)
{
    ZkOp op;
    op.kind = Kind::SetData;
    op.path = path;
    op.data = data;
    op.version = version;
    return op;
}

ZkOp ZkOp::check(const QString &path, int version)
{
    ZkOp op;
    op.kind = Kind::Check;
    op.path = path;
    op.version = version;
    return op;
}
