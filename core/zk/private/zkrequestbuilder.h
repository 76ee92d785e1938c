#pragma once

// Private to core: turns one ZkSession operation into a ZkPendingRequest: the input checks,
// the zoo_a* call and the typed delivery of its reply.

#include "zk/private/zkpendingrequest.h"
#include "zk/zksession.h"

#include <memory>

/// Builds requests; a request that fails a check carries its refusal and is never sent.
class ZkRequestBuilder final
{
public:
    using Request = std::unique_ptr<ZkPendingRequest>;

    /// A read-only connection refuses every write before anything is sent.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    Request getChildren(const QString &path, bool watch, QObject *owner,
                        ZkSession::ChildrenCallback cb) const;
    Request getData(const QString &path, bool watch, QObject *owner,
                    ZkSession::DataCallback cb) const;
    Request exists(const QString &path, bool watch, QObject *owner,
                   ZkSession::StatCallback cb) const;
    Request create(const QString &path, const QByteArray &data, CreateMode mode, const ZkAcl &acl,
                   qint64 ttlMs, QObject *owner, ZkSession::CreateCallback cb) const;
    Request setData(const QString &path, const QByteArray &data, int version, QObject *owner,
                    ZkSession::StatCallback cb) const;
    Request remove(const QString &path, int version, QObject *owner,
                   ZkSession::DoneCallback cb) const;
    Request getAcl(const QString &path, QObject *owner, ZkSession::AclCallback cb) const;
    Request setAcl(const QString &path, const ZkAcl &acl, int aclVersion, QObject *owner,
                   ZkSession::DoneCallback cb) const;
    Request removeWatches(const QString &path, bool children, QObject *owner,
                          ZkSession::DoneCallback cb) const;
    Request sync(const QString &path, QObject *owner, ZkSession::DoneCallback cb) const;
    /// Defined in zkmultirequest.cpp.
    Request multi(const QList<ZkOp> &ops, QObject *owner, ZkSession::MultiCallback cb) const;
    /// One zoo_add_auth; `done` gets its outcome. Auth is sent at once, never queued.
    Request addAuth(const ZkAuthEntry &entry, std::function<void(const ZkError &)> done) const;

    static ZkError checkPath(const QString &path);
    ZkError checkWrite(const QString &path, qsizetype payloadBytes) const;
    static ZkError checkAcl(const QString &path, const ZkAcl &acl);

private:
    bool m_readOnly = false;
};
