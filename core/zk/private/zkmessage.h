#pragma once

// Private to core: what the C client's threads hand over to the session's thread, one type per
// kind of hand-over. Each is filled on a C client thread with copies (the C pointers die with
// the callback) and consumed on the session's thread.

#include "zk/zkreplies.h"

#include <QByteArray>
#include <QString>

#include <variant>

/// The operation-specific part of a reply, filled by the completion function of that
/// operation; monostate for operations that return nothing (delete, setAcl, add_auth, ...) and
/// for failures.
using ZkReplyBody = std::variant<std::monostate, ChildrenReply, DataReply, StatReply, CreateReply,
                                 AclReply, MultiReply>;

/// The completion of one request (or a refusal of the call by the C client).
struct ZkReplyMessage
{
    quint64 id = 0; ///< the request id the session gave the call
    int rc = 0;     ///< ZOK or the C client's error code
    ZkReplyBody body;
};

/// A one-shot watch fired (any watcher event except session events).
struct ZkWatchMessage
{
    int type = 0; ///< ZOO_CREATED_EVENT, ZOO_CHANGED_EVENT, ...
    QString path;
};

/// A session state change. The connection details are read on the C client thread right after
/// the handshake, so the session's thread never reads the handle while the IO thread writes it.
struct ZkSessionMessage
{
    int state = 0; ///< ZOO_CONNECTED_STATE, ZOO_EXPIRED_SESSION_STATE, ...
    qint64 sessionId = 0;
    int negotiatedTimeoutMs = 0;
    QByteArray password;
    QString server; ///< "host:port" connected to
};

/// zookeeper_init returned (on a worker thread).
struct ZkInitMessage
{
    int errorNumber = 0; ///< 0 when a handle exists, else the errno of the failed init
};

using ZkMessage = std::variant<ZkReplyMessage, ZkWatchMessage, ZkSessionMessage, ZkInitMessage>;
