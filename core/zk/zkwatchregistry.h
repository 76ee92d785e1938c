#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include "zk/zkstat.h"

class ZkSession;

/// Who in the app wants which watch on which path, for one ZkSession.
///
/// Why it exists: the C client has one watcher (function, context) for the whole handle, so
/// ZooKeeper keeps one child watch and one data watch per path for this session, shared by
/// every part of the app. Removing a watch on the server (`removeWatches`) therefore removes it
/// for everybody: the tree must not drop the child watch of a collapsed node that the subtree
/// watcher of the watch log still needs. Owners declare interest here; the server-side watch is
/// removed only when the last owner lets go.
///
/// It is also where the parts that re-read a node after a watch fired report the old and new
/// value, so the watch log can show them without reading anything itself.
///
/// One per session, created on first use as a child of the session (forSession()).
class ZkWatchRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZkWatchRegistry)

public:
    enum class Kind { Children, Data };

    static ZkWatchRegistry *forSession(ZkSession *session);

    /// Declares (or withdraws) `owner`'s interest in a watch. Idempotent per owner. When the last
    /// interest in (path, kind) goes, the watch is removed on the server (local=0); NoWatcher
    /// (it had fired already) is expected and ignored.
    void setInterest(const QObject *owner, const QString &path, Kind kind, bool on);
    /// Withdraws every interest of `owner` (it is going away or reloading). `onServer` false:
    /// the watches are known to be gone already (new session, deleted node); send nothing.
    void clearOwner(const QObject *owner, bool onServer = true);
    /// Withdraws one interest without telling the server (the node was deleted: its watches
    /// fired already).
    void forget(const QObject *owner, const QString &path, Kind kind);
    bool isWanted(const QString &path, Kind kind) const;
    /// Number of (path, kind) pairs somebody wants: what the next SetWatches would carry at most.
    int wantedCount() const { return int(m_owners.size()); }
    /// Watches removed on the server so far (for tests and the log).
    int removedCount() const { return m_removed; }
    /// removeWatches requests sent and not answered yet.
    int pendingRemovals() const { return m_pendingRemovals; }

    /// A node's data was re-read after a data watch fired. `hadOld`: the reporter knew the value
    /// before (it had loaded the data); else `oldData` is empty and only the new one is known.
    void reportData(const QString &path, bool hadOld, const QByteArray &oldData,
                    const ZkStat &oldStat, const QByteArray &newData, const ZkStat &newStat);
    /// A node's children were re-listed after a child watch fired.
    void reportChildren(const QString &path, const QStringList &added, const QStringList &removed,
                        int oldCount, int newCount);
    /// A line for the watch log that is not a watch event (e.g. "subtree cap reached").
    void reportNote(const QString &path, const QString &text) { emit note(path, text); }

signals:
    void dataObserved(const QString &path, bool hadOld, const QByteArray &oldData,
                      const ZkStat &oldStat, const QByteArray &newData, const ZkStat &newStat);
    void childrenObserved(const QString &path, const QStringList &added, const QStringList &removed,
                          int oldCount, int newCount);
    void note(const QString &path, const QString &text);

private:
    explicit ZkWatchRegistry(ZkSession *session);
    struct Key
    {
        QString path;
        Kind kind;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.path, int(k.kind));
        }
    };
    void release(const QObject *owner, const Key &key, bool onServer);
    void drop(const Key &key);

    ZkSession *m_session; // our parent
    QHash<Key, QSet<const QObject *>> m_owners;
    QHash<const QObject *, QSet<Key>> m_byOwner;
    int m_removed = 0;
    int m_pendingRemovals = 0;
};
