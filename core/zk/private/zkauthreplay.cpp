#include "zk/private/zkauthreplay.h"

#include "zk/private/zkrequestbuilder.h"
#include "zk/private/zkrequestqueue.h"

ZkAuthReplay::ZkAuthReplay(Failed failed, std::function<void()> settled)
    : m_failed(std::move(failed))
    , m_settled(std::move(settled))
{ }

void ZkAuthReplay::send(const QList<ZkAuthEntry> &entries, const ZkRequestBuilder &builder,
                        ZkRequestQueue &queue, ZkHandle &handle)
{
    for (const ZkAuthEntry &entry : entries) {
        ++m_pending;
        // Sent straight to the C client, not through the queue, which waits for auth.
        queue.sendNow(builder.addAuth(entry,
                                      [this, entry](const ZkError &error) {
                                          if (m_pending > 0) --m_pending;
                                          if (!error)
                                              m_identities.append(entry.displayName());
                                          else if (error.code != ZkCode::Closing
                                                   && error.code != ZkCode::SessionExpired)
                                              m_failed(entry, error);
                                          m_settled();
                                      }),
                      handle);
    }
}

void ZkAuthReplay::reset()
{
    m_pending = 0;
    m_identities.clear();
}
