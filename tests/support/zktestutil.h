#pragma once

#include "sandbox/sandboxsecurity.h"
#include "zk/zksession.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

class SandboxServer;

/// Helpers for the integration and widget tests. Every wait is event-driven (QTest::qWaitFor
/// on a condition that signals/callbacks flip) with a deadline; none sleeps a fixed time.
/// On failure they return false/nullptr/empty and say why with qWarning, so the test can QFAIL.
namespace TestUtil {

/// The test process's sandbox server, started on the first call (waits up to 90 s) and
/// stopped when the QCoreApplication goes away. nullptr (and a qWarning with the reason) when it
/// cannot start: tests should QFAIL then, a missing server is a failure, not a skip.
SandboxServer *sharedServer();

/// A second, private sandbox server (for tests that need two clusters), started and waited for
/// like sharedServer(); stopped when the pointer goes. nullptr (and a qWarning) on failure.
std::unique_ptr<SandboxServer> startServer(const SandboxSecurity &security = {});

/// A session opened on `connectString` (base.connectString is replaced), returned once
/// Connected; nullptr when it does not connect within `timeoutMs`.
std::unique_ptr<ZkSession> connect(const QString &connectString, int timeoutMs = 30000,
                                   SessionOptions base = {});

/// True in the ASan+UBSan and TSan builds, whose instrumented code runs 3-5 times slower: the
/// few bounds on time in the tests are wider there.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr bool kSanitizerBuild = true;
#else
inline constexpr bool kSanitizerBuild = false;
#endif

/// How long a failure that zkdesk names at once (a refused port, a bad certificate, an unknown
/// principal) may take to be reported: well under the 10 s connect timeout that would report it
/// otherwise. Under ctest -j2 the sanitizer builds share the two cores with other tests and their
/// JVMs (an ASan TLS check measured 2.4 s).
inline constexpr qint64 kNamedFastMs = kSanitizerBuild ? 5000 : 2000;

/// Opens a session with `options` on `connectString` and waits for it to fail: the refusal of
/// open() or connectFailed()'s message, and in `ms` how long it took. "(connected)" when it
/// connected instead, "(no answer)" when neither happened within `timeoutMs`.
QString connectFailure(const QString &connectString, SessionOptions options, qint64 *ms,
                       int timeoutMs = 20000);

/// Creates `nodes` (path, data) persistently with an open ACL, pipelined in the given order
/// (parents first: the server handles one session's requests in order). NodeExists is fine;
/// any other error makes it return false.
bool createNodes(ZkSession &session, const QList<std::pair<QString, QByteArray>> &nodes,
                 int timeoutMs = 120000);

/// Creates `parent` if missing, then `count` children `<prefix>0` .. `<prefix><count-1>`.
bool createChildren(ZkSession &session, const QString &parent, int count,
                    const QString &prefix = QStringLiteral("n"), const QByteArray &data = {},
                    int timeoutMs = 120000);

/// Deletes `path` and everything below it (bottom-up). True when it is gone (also when it
/// never existed). Deleting "/" deletes everything except /zookeeper.
bool deleteTree(ZkSession &session, const QString &path, int timeoutMs = 120000);

/// Every path below `root` (not `root` itself), sorted; empty when root does not exist.
/// `ok` (optional) is false when a request failed or timed out.
QStringList listTree(ZkSession &session, const QString &root, int timeoutMs = 120000,
                     bool *ok = nullptr);

/// Data of one node, waiting for the reply; `error` (optional) gets the outcome.
QByteArray getData(ZkSession &session, const QString &path, ZkStat *stat = nullptr,
                   ZkError *error = nullptr, int timeoutMs = 30000);

/// Sets the data of `path` (any version), waiting for the reply; the new Stat in `stat`.
bool setData(ZkSession &session, const QString &path, const QByteArray &data,
             ZkStat *stat = nullptr, int timeoutMs = 30000);

/// ACL of one node, waiting for the reply; empty on an error.
ZkAcl getAcl(ZkSession &session, const QString &path, int timeoutMs = 30000);

/// One node's contents as a test compares them.
struct NodeContents
{
    QByteArray data;
    bool nullData = false;
    ZkAcl acl;
    friend bool operator==(const NodeContents &, const NodeContents &) = default;
};
/// Path relative to the root ("" for the root) -> contents. Empty when root does not exist.
using TreeContents = QMap<QString, NodeContents>;
/// Reads a whole subtree (data and ACL of every node) with one request at a time.
TreeContents readTree(ZkSession &session, const QString &root, int timeoutMs = 120000);

} // namespace TestUtil
