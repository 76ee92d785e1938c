#pragma once

// Private to core: the `addauth` entries of a session.

#include "zk/zksession.h"

#include <QStringList>

#include <functional>

class ZkHandle;
class ZkRequestBuilder;
class ZkRequestQueue;

/// Sends the auth entries once per new handle, before any queued request goes out (the C
/// client replays them itself on reconnects within the session), and keeps the identities
/// the server accepted.
class ZkAuthReplay final
{
public:
    using Failed = std::function<void(const ZkAuthEntry &entry, const ZkError &error)>;

    /// `failed` reports a refused entry; `settled` runs after each completion (so the session
    /// can send what waited for auth).
    ZkAuthReplay(Failed failed, std::function<void()> settled);

    void send(const QList<ZkAuthEntry> &entries, const ZkRequestBuilder &builder,
              ZkRequestQueue &queue, ZkHandle &handle);
    /// Completions still to come: requests wait for them.
    bool isPending() const { return m_pending > 0; }
    /// "digest:alice", ... for the entries added on this handle.
    QStringList identities() const { return m_identities; }
    void reset();

private:
    Failed m_failed;
    std::function<void()> m_settled;
    int m_pending = 0;
    QStringList m_identities;
};
