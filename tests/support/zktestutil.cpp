#include "zktestutil.h"

#include <QElapsedTimer>

#include "sandbox/sandboxserver.h"
#include "zk/zkpath.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTest>

#include <optional>

#include <algorithm>

namespace TestUtil {

namespace {

SandboxServer *s_server = nullptr;
QString s_serverFailure;

void deleteSharedServer()
{
    delete s_server;
    s_server = nullptr;
}

/// Children of every path in `level`, pipelined, then the next level: breadth-first.
/// Returns all descendants of root in BFS order; *ok false on any error except NoNode (a node
/// that vanished meanwhile).
QStringList collectDescendants(ZkSession &session, const QString &root, int timeoutMs, bool *ok)
{
    QObject owner;
    QStringList all;
    QStringList level{root};
    bool rootMissing = false;
    *ok = true;
    QDeadlineTimer deadline(timeoutMs);
    while (!level.isEmpty()) {
        QStringList next;
        int outstanding = int(level.size());
        for (const QString &path : level) {
            session.getChildren(path, false, &owner, [&, path](const ChildrenReply &reply) {
                --outstanding;
                if (reply.error.code == ZkCode::NoNode) {
                    rootMissing = rootMissing || path == root;
                    return;
                }
                if (reply.error) {
                    qWarning("TestUtil: getChildren(%s) failed: %s", qPrintable(path),
                             qPrintable(reply.error.toString()));
                    *ok = false;
                    return;
                }
                for (const QString &child : reply.children) next << ZkPath::join(path, child);
            });
        }
        if (!QTest::qWaitFor([&] { return outstanding == 0; }, int(deadline.remainingTime()))) {
            qWarning("TestUtil: listing %s timed out", qPrintable(root));
            *ok = false;
            return all;
        }
        if (!*ok || rootMissing) return all;
        // /zookeeper is the server's own subtree: never listed, never deleted.
        next.removeIf([](const QString &p) { return p == u"/zookeeper"; });
        all << next;
        level = next;
    }
    return all;
}

/// Starts `server` and waits up to 95 s; false with the reason in `failure` (and a qWarning).
bool startAndWait(SandboxServer &server, QString *failure)
{
    bool done = false;
    QObject::connect(&server, &SandboxServer::started, &server, [&] { done = true; });
    QObject::connect(&server, &SandboxServer::failed, &server, [&](const QString &reason) {
        *failure = reason;
        done = true;
    });
    server.setStartTimeoutMs(90000);
    server.start();
    (void)QTest::qWaitFor([&] { return done; }, 95000);
    server.disconnect(&server);
    if (server.isRunning()) return true;
    if (failure->isEmpty()) *failure = QStringLiteral("no answer within 95 s");
    qWarning("TestUtil: the sandbox server did not start: %s", qPrintable(*failure));
    return false;
}

} // namespace

std::unique_ptr<SandboxServer> startServer(const SandboxSecurity &security)
{
    auto server = std::make_unique<SandboxServer>();
    server->setSecurity(security);
    QString failure;
    if (!startAndWait(*server, &failure)) return nullptr;
    return server;
}

SandboxServer *sharedServer()
{
    if (s_server) return s_server->isRunning() ? s_server : nullptr;
    if (!s_serverFailure.isEmpty()) {
        qWarning("TestUtil: the sandbox server failed earlier: %s", qPrintable(s_serverFailure));
        return nullptr;
    }
    auto *server = new SandboxServer;
    if (!startAndWait(*server, &s_serverFailure)) {
        delete server;
        return nullptr;
    }
    s_server = server;
    // Stopped while the application still exists (post routines run first in its destructor):
    // QProcess needs the event dispatcher.
    qAddPostRoutine(deleteSharedServer);
    return s_server;
}

QString connectFailure(const QString &connectString, SessionOptions options, qint64 *ms,
                       int timeoutMs)
{
    options.connectString = connectString;
    ZkSession session;
    ZkError failure;
    QObject::connect(&session, &ZkSession::connectFailed, &session,
                     [&failure](const ZkError &e) { failure = e; });
    QElapsedTimer clock;
    clock.start();
    if (const ZkError refused = session.open(options)) {
        *ms = clock.elapsed();
        return refused.message;
    }
    const bool answered =
        QTest::qWaitFor([&] { return bool(failure) || session.isConnected(); }, timeoutMs);
    *ms = clock.elapsed();
    session.disconnect(&session);
    if (!answered) return QStringLiteral("(no answer)");
    return session.isConnected() ? QStringLiteral("(connected)") : failure.message;
}

std::unique_ptr<ZkSession> connect(const QString &connectString, int timeoutMs, SessionOptions base)
{
    base.connectString = connectString;
    auto session = std::make_unique<ZkSession>();
    ZkError failure;
    QObject::connect(session.get(), &ZkSession::connectFailed, session.get(),
                     [&failure](const ZkError &e) { failure = e; });
    if (const ZkError error = session->open(base)) {
        qWarning("TestUtil: cannot open %s: %s", qPrintable(connectString),
                 qPrintable(error.toString()));
        return nullptr;
    }
    const bool connected = QTest::qWaitFor(
        [&] {
            const SessionState s = session->state();
            return session->isConnected() || failure || s == SessionState::Expired
                || s == SessionState::AuthFailed;
        },
        timeoutMs);
    session->disconnect(session.get()); // the lambda above refers to this stack frame
    if (!connected || !session->isConnected()) {
        qWarning("TestUtil: no connection to %s (state %s%s%s)", qPrintable(connectString),
                 qPrintable(sessionStateName(session->state())), failure ? ": " : "",
                 qPrintable(failure.toString()));
        return nullptr;
    }
    return session;
}

bool createNodes(ZkSession &session, const QList<std::pair<QString, QByteArray>> &nodes,
                 int timeoutMs)
{
    QObject owner; // Drops late replies once we return.
    int outstanding = int(nodes.size());
    bool ok = true;
    for (const auto &[path, data] : nodes) {
        session.create(path, data, CreateMode::Persistent, ZkAclPresets::open(), &owner,
                       [&](const CreateReply &reply) {
                           --outstanding;
                           if (reply.error && reply.error.code != ZkCode::NodeExists) {
                               if (ok)
                                   qWarning("TestUtil: create(%s) failed: %s",
                                            qPrintable(reply.path),
                                            qPrintable(reply.error.toString()));
                               ok = false;
                           }
                       });
    }
    if (!QTest::qWaitFor([&] { return outstanding == 0; }, timeoutMs)) {
        qWarning("TestUtil: %d of %d creates unanswered after %d ms", outstanding,
                 int(nodes.size()), timeoutMs);
        return false;
    }
    return ok;
}

bool createChildren(ZkSession &session, const QString &parent, int count, const QString &prefix,
                    const QByteArray &data, int timeoutMs)
{
    QList<std::pair<QString, QByteArray>> nodes;
    nodes.reserve(count + 1);
    nodes.append({parent, QByteArray()});
    for (int i = 0; i < count; ++i)
        nodes.append({ZkPath::join(parent, prefix + QString::number(i)), data});
    return createNodes(session, nodes, timeoutMs);
}

bool deleteTree(ZkSession &session, const QString &path, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    bool ok = false;
    QStringList paths = collectDescendants(session, path, timeoutMs, &ok);
    if (!ok) return false;
    // Deepest first; one session's requests are processed in order, so a parent's delete
    // always comes after its children's.
    std::stable_sort(paths.begin(), paths.end(), [](const QString &a, const QString &b) {
        return ZkPath::depth(a) > ZkPath::depth(b);
    });
    if (path != u"/") paths << path;

    QObject owner;
    int outstanding = int(paths.size());
    for (const QString &p : std::as_const(paths)) {
        session.remove(p, -1, &owner, [&](const DoneReply &reply) {
            --outstanding;
            if (reply.error && reply.error.code != ZkCode::NoNode) {
                if (ok)
                    qWarning("TestUtil: delete(%s) failed: %s", qPrintable(reply.path),
                             qPrintable(reply.error.toString()));
                ok = false;
            }
        });
    }
    if (!QTest::qWaitFor([&] { return outstanding == 0; }, int(deadline.remainingTime()))) {
        qWarning("TestUtil: deleting %s timed out", qPrintable(path));
        return false;
    }
    return ok;
}

QStringList listTree(ZkSession &session, const QString &root, int timeoutMs, bool *ok)
{
    bool success = false;
    QStringList paths = collectDescendants(session, root, timeoutMs, &success);
    if (ok) *ok = success;
    paths.sort();
    return paths;
}

QByteArray getData(ZkSession &session, const QString &path, ZkStat *stat, ZkError *error,
                   int timeoutMs)
{
    QObject owner;
    bool done = false;
    DataReply result;
    session.getData(path, false, &owner, [&](const DataReply &reply) {
        result = reply;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        result.error = ZkError::make(ZkCode::OperationTimeout, QStringLiteral("no reply"), path);
    if (stat) *stat = result.stat;
    if (error) *error = result.error;
    return result.data;
}

bool setData(ZkSession &session, const QString &path, const QByteArray &data, ZkStat *stat,
             int timeoutMs)
{
    QObject owner;
    std::optional<StatReply> result;
    session.setData(path, data, -1, &owner, [&](const StatReply &reply) { result = reply; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs)) {
        qWarning("setData %s: no reply", qPrintable(path));
        return false;
    }
    if (result->error) {
        qWarning("setData %s: %s", qPrintable(path), qPrintable(result->error.toString()));
        return false;
    }
    if (stat) *stat = result->stat;
    return true;
}

ZkAcl getAcl(ZkSession &session, const QString &path, int timeoutMs)
{
    QObject owner;
    bool done = false;
    ZkAcl acl;
    session.getAcl(path, &owner, [&](const AclReply &reply) {
        acl = reply.acl;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, timeoutMs);
    return acl;
}

TreeContents readTree(ZkSession &session, const QString &root, int timeoutMs)
{
    TreeContents tree;
    bool ok = false;
    const QStringList below = listTree(session, root, timeoutMs, &ok);
    ZkError error;
    getData(session, root, nullptr, &error);
    if (!ok || error) return tree;
    for (const QString &path : QStringList{root} + below) {
        NodeContents n;
        n.data = getData(session, path);
        n.nullData = n.data.isNull();
        n.acl = getAcl(session, path);
        tree.insert(path.mid(root.size()), n);
    }
    return tree;
}

} // namespace TestUtil
