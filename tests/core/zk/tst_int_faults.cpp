// Faults a cluster throws, for real: session expiry (forced the standard way), server restart,
// a frozen server while a write is in flight, an unreachable host, and ensemble failover.
// Servers that are restarted or frozen are private to their test function.

#include "sandbox/sandboxensemble.h"
#include "sandbox/sandboxserver.h"
#include "sessionkiller.h"
#include "zk/zksession.h"
#include "awaitreply.h"
#include "zktestutil.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {
ZkAcl aliceOnly()
{
    const QByteArray hash = QCryptographicHash::hash("alice:secret", QCryptographicHash::Sha1).toBase64();
    return {{u"digest"_s, u"alice:"_s + QString::fromLatin1(hash), ZkPerm::All}};
}
ZkAuthEntry alice() { return {u"digest"_s, "alice:secret"}; }

bool startServer(SandboxServer &server)
{
    QSignalSpy started(&server, &SandboxServer::started);
    server.start();
    return started.wait(90000);
}

} // namespace

class TestFaults final : public QObject
{
    Q_OBJECT

private slots:
    void expiredSessionIsRenewedWithAuth();
    void serverRestartReconnectsSameSession();
    void writeDuringConnectionLossReportsUnknownOutcome();
    void unreachableServerSchedulesRetries();
    void ensembleFailoverKeepsTheSession();
};

void TestFaults::expiredSessionIsRenewedWithAuth()
{
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY(server);
    SessionOptions options;
    options.auth = {alice()};
    auto session = TestUtil::connect(server->connectString(), 30000, options);
    QVERIFY(session);
    QTRY_COMPARE(session->identities(), QStringList{u"digest:alice"_s});
    auto created = TestUtil::await<CreateReply>([&](auto cb) {
        session->create(u"/expiry-secret"_s, "s", CreateMode::Persistent, aliceOnly(), this, cb);
    });
    QVERIFY2(created.error.isOk(), qPrintable(created.error.toString()));
    created = TestUtil::await<CreateReply>([&](auto cb) {
        session->create(u"/expiry-ephemeral"_s, "e", CreateMode::Ephemeral, ZkAclPresets::open(), this, cb);
    });
    QVERIFY(created.error.isOk());

    const qint64 oldId = session->sessionId();
    QSignalSpy expired(session.get(), &ZkSession::sessionExpired);
    QSignalSpy renewed(session.get(), &ZkSession::sessionStarted);
    // The takeover races the original client's reconnect (which can take the session back
    // before the takeover closes it): repeat until the server really expired it.
    const QByteArray password = session->sessionPassword();
    for (int attempt = 0; attempt < 5 && expired.isEmpty(); ++attempt) {
        QVERIFY(TestUtil::expireSession(server->connectString(), oldId, password));
        // The client learns of the expiry only on its next reconnect, after a back-off.
        (void)QTest::qWaitFor([&] { return !expired.isEmpty(); }, 15000);
    }
    QCOMPARE(expired.size(), 1);
    QElapsedTimer sinceExpiry;
    sinceExpiry.start();
    QCOMPARE(expired.first().first().toLongLong(), oldId);
    QTRY_VERIFY_WITH_TIMEOUT(!renewed.isEmpty(), 30000);
    QTRY_COMPARE(session->state(), SessionState::Connected);
    qInfo("expiry -> new session connected: %lld ms", sinceExpiry.elapsed());
    QVERIFY(session->sessionId() != oldId);

    // The old session's ephemeral node went with it; auth was added to the new session.
    auto gone = TestUtil::await<StatReply>([&](auto cb) { session->exists(u"/expiry-ephemeral"_s, false, this, cb); });
    QCOMPARE(gone.error.code, ZkCode::NoNode);
    auto secret = TestUtil::await<DataReply>([&](auto cb) { session->getData(u"/expiry-secret"_s, false, this, cb); });
    QVERIFY2(secret.error.isOk(), qPrintable(secret.error.toString()));
    QCOMPARE(secret.data, QByteArray("s"));
    QCOMPARE(session->identities(), QStringList{u"digest:alice"_s});

    // Without the credentials the node is refused.
    auto stranger = TestUtil::connect(server->connectString());
    QVERIFY(stranger);
    auto refused = TestUtil::await<DataReply>([&](auto cb) { stranger->getData(u"/expiry-secret"_s, false, this, cb); });
    QCOMPARE(refused.error.code, ZkCode::NoAuth);
}

void TestFaults::serverRestartReconnectsSameSession()
{
    SandboxServer server;
    QVERIFY(startServer(server));
    SessionOptions options;
    options.auth = {alice()};
    options.sessionTimeoutMs = 20000;
    auto session = TestUtil::connect(server.connectString(), 30000, options);
    QVERIFY(session);
    auto created = TestUtil::await<CreateReply>([&](auto cb) {
        session->create(u"/restart-secret"_s, "v1", CreateMode::Persistent, aliceOnly(), this, cb);
    });
    QVERIFY(created.error.isOk());
    auto watched = TestUtil::await<DataReply>([&](auto cb) { session->getData(u"/restart-secret"_s, true, this, cb); });
    QVERIFY(watched.error.isOk());

    const qint64 id = session->sessionId();
    QSignalSpy states(session.get(), &ZkSession::stateChanged);
    QSignalSpy events(session.get(), &ZkSession::nodeEvent);
    QSignalSpy newSessions(session.get(), &ZkSession::sessionStarted);
    server.restart();
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(QVariantList{QVariant::fromValue(SessionState::Reconnecting)}), 30000);
    QVERIFY(session->disconnectedSinceMs() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), SessionState::Connected, 60000);
    QCOMPARE(session->sessionId(), id); // the same session, not a new one
    QCOMPARE(newSessions.size(), 0);

    // Auth and the watch were replayed by the client on reconnect.
    auto set = TestUtil::await<StatReply>([&](auto cb) { session->setData(u"/restart-secret"_s, "v2", -1, this, cb); });
    QVERIFY2(set.error.isOk(), qPrintable(set.error.toString()));
    QTRY_VERIFY(!events.isEmpty());
    QCOMPARE(events.first().first().value<NodeEvent>().path, u"/restart-secret"_s);
}

void TestFaults::writeDuringConnectionLossReportsUnknownOutcome()
{
    SandboxServer server;
    QVERIFY(startServer(server));
    SessionOptions options;
    options.sessionTimeoutMs = 3000; // the client gives up on a silent server after 2/3 of it
    auto session = TestUtil::connect(server.connectString(), 30000, options);
    QVERIFY(session);
    QVERIFY(TestUtil::createNodes(*session, {{u"/frozen"_s, "before"}}));

    const qint64 pid = server.processId();
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0); // the server hears nothing, answers nothing
    StatReply reply;
    bool got = false;
    session->setData(u"/frozen"_s, "after", -1, this, [&](const StatReply &r) {
        reply = r;
        got = true;
    });
    const bool answered = QTest::qWaitFor([&] { return got; }, 30000);
    ::kill(pid_t(pid), SIGCONT);
    QVERIFY(answered);
    // The client reports a silent server as a timeout or a lost connection, depending on
    // where it notices; either way the write's fate is unknown and must say so.
    QVERIFY2(reply.error.code == ZkCode::ConnectionLoss || reply.error.code == ZkCode::OperationTimeout,
             qPrintable(reply.error.toString()));
    QVERIFY2(reply.error.message.contains(u"outcome of this write is unknown"_s), qPrintable(reply.error.message));
    // The client comes back (same session or, if the frozen server expired it, a new one).
    QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 60000);
    auto data = TestUtil::await<DataReply>([&](auto cb) { session->getData(u"/frozen"_s, false, this, cb); });
    QVERIFY(data.error.isOk());
    QVERIFY(data.data == "before" || data.data == "after"); // unknown, as the error said
}

void TestFaults::unreachableServerSchedulesRetries()
{
    ZkSession session;
    SessionOptions options;
    options.connectString = u"127.0.0.1:1"_s;
    options.connectTimeoutMs = 800;
    options.retryAfterConnectTimeout = true;
    QSignalSpy failed(&session, &ZkSession::connectFailed);
    QSignalSpy retries(&session, &ZkSession::retryScheduled);
    QVERIFY(session.open(options).isOk());
    QVERIFY(retries.wait(15000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(retries.first().first().toInt(), 5000);
    QCOMPARE(session.state(), SessionState::Closed);
    QVERIFY(session.retryRemainingMs() > 0);
    session.close(); // cancels the retry
    QCOMPARE(session.retryRemainingMs(), -1);
    QCOMPARE(session.state(), SessionState::Closed);
}

void TestFaults::ensembleFailoverKeepsTheSession()
{
    SandboxEnsemble ensemble(3);
    QSignalSpy started(&ensemble, &SandboxEnsemble::started);
    QSignalSpy failed(&ensemble, &SandboxEnsemble::failed);
    ensemble.start();
    QVERIFY2(QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, 150000),
             "ensemble did not start in time");
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

    SessionOptions options;
    options.sessionTimeoutMs = 20000;
    auto session = TestUtil::connect(ensemble.connectString(), 30000, options);
    QVERIFY(session);
    QVERIFY(TestUtil::createChildren(*session, u"/failover"_s, 50));
    const qint64 id = session->sessionId();
    const QString before = session->connectedServer();
    const int member = ensemble.memberIndexForPort(quint16(before.section(u':', -1).toUInt()));
    QVERIFY2(member >= 0, qPrintable(before));

    QElapsedTimer clock;
    clock.start();
    ensemble.member(member)->stop();
    QTRY_VERIFY_WITH_TIMEOUT(session->state() == SessionState::Connected
                                 && session->connectedServer() != before,
                             60000);
    qInfo("server stop -> session moved to %s: %lld ms", qPrintable(session->connectedServer()),
          clock.elapsed());
    QCOMPARE(session->sessionId(), id);
    auto children = TestUtil::await<ChildrenReply>([&](auto cb) { session->getChildren(u"/failover"_s, false, this, cb); });
    QVERIFY(children.error.isOk());
    QCOMPARE(children.children.size(), 50);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_int_faults.moc"
