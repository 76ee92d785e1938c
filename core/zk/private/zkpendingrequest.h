#pragma once

// Private to core: one request from the moment a ZkSession method is called until its callback
// ran (or its owner died). Held by ZkRequestQueue.

#include "zk/private/zkhandle.h"
#include "zk/private/zkmessage.h"
#include "zk/zkerror.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

struct ZkPendingRequest
{
    /// Issues the zoo_a* call; returns its return code. `ctx` goes to the C client as `data`.
    using Submit = std::function<int(zhandle_t *zh, const void *ctx)>;
    /// Builds the typed reply from `body` (monostate for a failure, or for an operation
    /// without a result) and calls the user's callback.
    using Deliver = std::function<void(const ZkError &error, ZkReplyBody &&body)>;

    quint64 id = 0;
    QString path;
    QPointer<QObject> owner;
    bool hasOwner = false;
    bool isWrite = false; ///< outcome unknown when the connection drops while it is sent
    bool sent = false;    ///< handed to the C client (counts against the in-flight cap)
    ZkError refusal;      ///< set when refused before sending (bad input, not connected)
    Submit submit;
    std::shared_ptr<void> storage; ///< handed to the C call context (multi buffers)
    Deliver deliver;
};
