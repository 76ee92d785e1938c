#pragma once

#include "zk/connectionstring.h"
#include "zk/zkacl.h"
#include "zk/zkerror.h"
#include "zk/zkop.h"
#include "zk/zkreplies.h"
#include "zk/zksaslsettings.h"
#include "zk/zkstat.h"
#include "zk/zktlsprobe.h"
#include "zk/zktlssettings.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

class ZkAuthReplay;
class ZkConnectProbe;
class ZkConnectTimers;
class ZkHandle;
class ZkInboxDrain;
class ZkPreflight;
class ZkRequestBuilder;
class ZkRequestQueue;
struct ZkInitMessage;
struct ZkPendingRequest;
struct ZkSessionMessage;
struct ZkWatchMessage;

/// Where a session is in its life. Mirrors the C client's states plus the ones the app adds
/// (Closed before open/after close, Reconnecting for a lost connection within a live session).
enum class SessionState {
    Closed,            ///< no handle (never opened, closed, or given up after a connect timeout)
    Connecting,        ///< handle created, first handshake not done yet
    Connected,         ///< read-write server
    ConnectedReadOnly, ///< connected to a read-only server (ZOO_READONLY): writes fail
    Reconnecting,      ///< the connection was lost; the C client is trying the next server
    Expired,           ///< the server expired the session: a new one is needed
    AuthFailed,        ///< authentication failed: the handle is dead
};
QString sessionStateName(SessionState state);
Q_DECLARE_METATYPE(SessionState)

enum class CreateMode {
    Persistent,
    Ephemeral,
    PersistentSequential,
    EphemeralSequential,
    Container,
    PersistentWithTtl,
    PersistentSequentialWithTtl,
};

/// One `addauth` entry, sent after every connect and replayed on every new session.
struct ZkAuthEntry
{
    QString scheme;         ///< "digest", or any other scheme by name
    QByteArray credentials; ///< digest: "user:password"; other schemes: raw bytes
    /// "digest:alice", "custom (credentials hidden)": never a password or token.
    QString displayName() const;
    friend bool operator==(const ZkAuthEntry &, const ZkAuthEntry &) = default;
};

struct SessionOptions
{
    QString connectString;           ///< host:port[,host:port...][/chroot]
    int sessionTimeoutMs = 30000;    ///< requested session timeout
    int connectTimeoutMs = 10000;    ///< app-side: give up when no server answered in time
    bool readOnly = false;           ///< zkdesk read-only connection: the core refuses every write
    bool allowReadOnlyServer = true; ///< pass ZOO_READONLY so read-only servers are accepted
    QList<ZkAuthEntry> auth;         ///< sent with zoo_add_auth after connecting
    /// After the server expired the session: open a new one at once (auth re-added).
    bool renewExpiredSession = true;
    /// After a connect timeout: try again after a growing pause (5 s, 10 s, 20 s, 30 s ...),
    /// announced by retryScheduled(). Off: stay Closed and report connectFailed() only.
    bool retryAfterConnectTimeout = false;
    /// TLS (zookeeper_init_ssl): needs a client built with OpenSSL (ZkClientInfo::hasTls()).
    ZkTlsSettings tls;
    /// SASL (zookeeper_init_sasl): needs a client built with Cyrus SASL. Not with TLS: the 3.8
    /// C client cannot do both on one connection (ZOOKEEPER-3482).
    ZkSaslSettings sasl;
};

/// One connection to a ZooKeeper ensemble, living on the GUI thread, over one zhandle_t of the
/// multi-threaded C client. The session owns the state machine (connecting, connected,
/// reconnecting, expired) and its signals; the parts with one job each live in core/zk/private:
/// ZkRequestBuilder (checks and the zoo_a* call of each operation), ZkRequestQueue (pending
/// requests, in-flight cap), ZkInboxDrain (hand-over from the C threads), ZkAuthReplay and
/// ZkConnectTimers.
///
/// Why callbacks and not reply objects: a crawl or a 100,000-row Stat fetch issues hundreds of
/// thousands of requests; a QObject per request would cost an allocation, a signal connection
/// and a deleteLater each. A callback with an owner QObject (the qredisclient pattern) costs one
/// small heap entry and is dropped if the owner dies first.
///
/// Guarantees:
/// - every callback runs on the session's thread, asynchronously (never inside the call that
///   issued the request), exactly once, unless its owner was destroyed first (then never);
/// - bad input (invalid path, oversized data, a write on a read-only connection) is refused
///   before anything is sent, through the same callback with a clear ZkError;
/// - at most maxInFlight() requests are with the C client at once; the rest wait in a queue;
/// - close() or a dead session fails every outstanding request with ZkCode::Closing at once;
///   replies of that older handle that still arrive are dropped (generation counter).
class ZkSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZkSession)

public:
    using ChildrenCallback = std::function<void(const ChildrenReply &)>;
    using DataCallback = std::function<void(const DataReply &)>;
    using StatCallback = std::function<void(const StatReply &)>;
    using CreateCallback = std::function<void(const CreateReply &)>;
    using DoneCallback = std::function<void(const DoneReply &)>;
    using AclCallback = std::function<void(const AclReply &)>;
    using MultiCallback = std::function<void(const MultiReply &)>;

    explicit ZkSession(QObject *parent = nullptr);
    /// Closes the handle on a worker thread; callbacks still outstanding are dropped.
    ~ZkSession() override;

    /// Validates the options and starts connecting (zookeeper_init runs on a worker thread);
    /// a session already open is closed first. Returns an error, and changes nothing (an open
    /// session stays open), when the connection string is malformed.
    ZkError open(const SessionOptions &options);
    /// Fails every outstanding request with "closed" and closes the handle on a worker thread.
    void close();

    /// The ZooKeeper C client zkdesk runs on ("3.8.0"), for About and --version.
    static QString clientLibraryVersion();
    SessionState state() const { return m_state; }
    bool isConnected() const;
    const SessionOptions &options() const { return m_options; }
    /// The servers and chroot of the last successful open(), parsed from options().connectString.
    const ConnectionString &connection() const { return m_connection; }
    /// Turns zkdesk's write refusal on or off for this session (a production profile opens
    /// read-only; the user may unlock it). Requests already queued keep the check they had.
    void setReadOnly(bool readOnly);
    /// "host:port" of the server the session is connected to, empty when not connected.
    QString connectedServer() const { return m_connectedServer; }
    qint64 sessionId() const { return m_sessionId; }
    /// The session's password (16 bytes) as the server issued it: with sessionId() it lets
    /// another client take over (tests use that to expire a session the standard way).
    QByteArray sessionPassword() const { return m_sessionPassword; }
    /// The identities this session holds, as ACL ids: its auth entries ("digest:alice", ...),
    /// the SASL principal ("sasl:alice") and the client certificate's subject
    /// ("x509:CN=client,O=Example") when it connected with them.
    QStringList identities() const;
    /// What each server presented in the last TLS pre-flight (empty without TLS).
    QList<ZkTlsPeer> tlsPeers() const;
    /// When the connection was lost (Reconnecting), ms since the epoch; 0 otherwise.
    qint64 disconnectedSinceMs() const { return m_disconnectedSinceMs; }
    /// Ms until the next connect attempt while a retry is scheduled, else -1.
    int retryRemainingMs() const;
    int negotiatedTimeoutMs() const { return m_negotiatedTimeoutMs; }
    /// Bumped every time the handle is replaced or dropped.
    quint64 generation() const { return m_generation; }
    int inFlight() const;
    int queued() const;
    static constexpr int maxInFlight() { return 1000; }
    /// Largest request the server accepts (jute.maxbuffer default, 1 MB - 1).
    static constexpr int maxPacketBytes() { return 1048575; }

    void getChildren(const QString &path, bool watch, QObject *owner, ChildrenCallback cb);
    void getData(const QString &path, bool watch, QObject *owner, DataCallback cb);
    /// Stat of a node; error NoNode when it does not exist (a watch is still set then).
    void exists(const QString &path, bool watch, QObject *owner, StatCallback cb);
    void create(const QString &path, const QByteArray &data, CreateMode mode, const ZkAcl &acl,
                QObject *owner, CreateCallback cb, qint64 ttlMs = 0);
    /// Sets data if the node's version equals `version` (-1: any version).
    void setData(const QString &path, const QByteArray &data, int version, QObject *owner,
                 StatCallback cb);
    /// Deletes a node if its version equals `version` (-1: any version).
    void remove(const QString &path, int version, QObject *owner, DoneCallback cb);
    void getAcl(const QString &path, QObject *owner, AclCallback cb);
    /// Sets the ACL if the node's ACL version equals `aclVersion` (-1: any). The C client
    /// returns no Stat for this call: read the new aversion with getAcl.
    void setAcl(const QString &path, const ZkAcl &acl, int aclVersion, QObject *owner,
                DoneCallback cb);
    /// An atomic transaction. Refused before sending when empty, when an op is invalid, when it
    /// contains a TTL create (the C client cannot send those in a multi) or when too large.
    void multi(const QList<ZkOp> &ops, QObject *owner, MultiCallback cb);
    /// Removes this session's watches of `path` on the server (local=0: the client-side variant
    /// corrupts memory in the 3.8.0 C client).
    /// `children`: child watches, else data watches. NoWatcher when there was none.
    void removeWatches(const QString &path, bool children, QObject *owner, DoneCallback cb);

    /// Asks the connected server to catch up with the leader before answering (zoo_async).
    void sync(const QString &path, QObject *owner, DoneCallback cb);
    /// Adds one `addauth` entry to this live session (and to the options, so a renewed session
    /// sends it too). A refusal comes through authFailed().
    void addAuth(const ZkAuthEntry &entry);

signals:
    void stateChanged(SessionState state);
    /// A watch set by getChildren/getData/exists with watch=true fired (one-shot).
    void nodeEvent(const NodeEvent &event);
    /// The first connect of a handle failed: every server refused or has an unknown name (at
    /// once, one reason per server), no server answered within connectTimeoutMs, or the handle
    /// could not be created.
    void connectFailed(const ZkError &error);
    /// The server expired session `oldSessionId`; its ephemeral nodes are gone. When
    /// renewExpiredSession is set a new session is being opened already.
    void sessionExpired(qint64 oldSessionId);
    /// A new session (not a reconnect of the same one) is established: reload what is shown.
    void sessionStarted(qint64 sessionId);
    /// After a connect timeout, the next attempt starts in `delayMs`.
    void retryScheduled(int delayMs);
    /// zoo_add_auth failed for one entry (other schemes than digest can be refused at once).
    void authFailed(const ZkAuthEntry &entry, const ZkError &error);

private:
    void enqueue(std::unique_ptr<ZkPendingRequest> request);
    void pump();
    void handleInitDone(const ZkInitMessage &init);
    void handleSessionEvent(const ZkSessionMessage &event);
    void handleConnected(const ZkSessionMessage &event);
    void handleExpired();
    void handleWatchEvent(const ZkWatchMessage &event);
    void setState(SessionState state);
    void startHandle();
    void launchHandle();
    ZkError checkSecurity(const SessionOptions &options) const;
    QString saslFailureText() const;
    void checkSaslFailed();
    void failSasl();
    void dropHandle(const ZkError &reason);
    void failConnect(const ZkError &error, bool retry = true);
    void onConnectTimeout();
    void onProbeSettled();

    SessionOptions m_options;
    ConnectionString m_connection;
    SessionState m_state = SessionState::Closed;
    quint64 m_generation = 0;
    std::shared_ptr<ZkHandle> m_handle; // Shared with the worker that inits and closes it.
    bool m_handleReady = false;         // zookeeper_init returned a handle
    QString m_connectedServer;
    qint64 m_sessionId = 0;
    int m_negotiatedTimeoutMs = 0;
    bool m_wasConnected = false;
    QByteArray m_sessionPassword;
    qint64 m_disconnectedSinceMs = 0;
    // Declared in dependency order: the drain dispatches into the queue and the auth replay.
    std::unique_ptr<ZkRequestBuilder> m_requests;
    std::unique_ptr<ZkRequestQueue> m_queue;
    std::unique_ptr<ZkAuthReplay> m_auth;
    ZkConnectTimers *m_timers;
    ZkConnectProbe *m_probe;
    ZkPreflight *m_preflight; // TLS handshake / Kerberos ticket, before a secured handle
    QTimer m_saslWatch;       // looks for a failed SASL handshake (no event tells)
    ZkError m_initError;      // zookeeper_init failed; reported once the probe has settled
    ZkInboxDrain *m_drain;
};
