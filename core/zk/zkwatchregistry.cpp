#include "zk/zkwatchregistry.h"

#include "zk/zksession.h"

ZkWatchRegistry::ZkWatchRegistry(ZkSession *session)
    : QObject(session), m_session(session)
{
    setObjectName(QStringLiteral("zkWatchRegistry"));
}

ZkWatchRegistry *ZkWatchRegistry::forSession(ZkSession *session)
{
    auto *registry = session->findChild<ZkWatchRegistry *>(QString(), Qt::FindDirectChildrenOnly);
    return registry ? registry : new ZkWatchRegistry(session);
}

void ZkWatchRegistry::setInterest(const QObject *owner, const QString &path, Kind kind, bool on)
{
    const Key key{path, kind};
    if (on) {
        m_owners[key].insert(owner);
        m_byOwner[owner].insert(key);
        return;
    }
    release(owner, key, true);
}

void ZkWatchRegistry::forget(const QObject *owner, const QString &path, Kind kind)
{
    release(owner, Key{path, kind}, false);
}

void ZkWatchRegistry::release(const QObject *owner, const Key &key, bool onServer)
{
    auto it = m_owners.find(key);
    if (it == m_owners.end() || !it->remove(owner)) return;
    if (auto o = m_byOwner.find(owner); o != m_byOwner.end()) {
        o->remove(key);
        if (o->isEmpty()) m_byOwner.erase(o);
    }
    if (it->isEmpty()) {
        m_owners.erase(it);
        if (onServer) drop(key);
    }
}

void ZkWatchRegistry::clearOwner(const QObject *owner, bool onServer)
{
    const QSet<Key> keys = m_byOwner.value(owner);
    for (const Key &key : keys) release(owner, key, onServer);
}

bool ZkWatchRegistry::isWanted(const QString &path, Kind kind) const
{
    return m_owners.contains(Key{path, kind});
}

void ZkWatchRegistry::drop(const Key &key)
{
    // Without a live connection the request would wait in the session's queue and a later
    // re-arm could overtake nothing: requests go out in order, so it is still correct; but on a
    // dead session it would only produce an error. Skip it then: the watches are gone anyway.
    if (m_session->state() == SessionState::Closed || m_session->state() == SessionState::Expired)
        return;
    ++m_removed;
    ++m_pendingRemovals;
    m_session->removeWatches(key.path, key.kind == Kind::Children, this, [this](const DoneReply &) {
        --m_pendingRemovals;
        // NoWatcher: the one-shot watch had already fired. Anything else (connection loss) leaves
        // at most one stray watch that fires once and is ignored by everybody.
    });
}

void ZkWatchRegistry::reportData(const QString &path, bool hadOld, const QByteArray &oldData,
                                 const ZkStat &oldStat, const QByteArray &newData,
                                 const ZkStat &newStat)
{
    emit dataObserved(path, hadOld, oldData, oldStat, newData, newStat);
}

void ZkWatchRegistry::reportChildren(const QString &path, const QStringList &added,
                                     const QStringList &removed, int oldCount, int newCount)
{
    emit childrenObserved(path, added, removed, oldCount, newCount);
}
