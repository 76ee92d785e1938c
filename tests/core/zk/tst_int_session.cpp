// The bridge from the C client to Qt, against a real sandbox server: lifecycle, pipelining,
// exactly-once delivery, close with requests in flight, dead owners, timeouts, input checks.

#include "rawclose.h"
#include "sandbox/sandboxserver.h"
#include "zk/zkacl.h"
#include "zk/zksession.h"
#include "zk/zkworkerpool.h"
#include "zktestutil.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <memory>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

class TestSession final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectReportsStatesAndServer();
    void malformedConnectionStringIsRefused();
    void pipelinedGetsAreEachAnsweredOnce();
    void nullAndEmptyDataStayDistinct();
    void sequentialCreateReturnsRealName();
    void closeWithRequestsInFlightAnswersEveryRequest();
    void cClientAnswersEveryRequestInsideClose();
    void repliesForDeadOwnersAreDropped();
    void unreachableServerTimesOut();
    void refusedPortFailsAtOnce();
    void unknownHostFailsAtOnce();
    void everyHostsReasonIsNamed();
    void invalidPathIsRefusedAsynchronously();
    void oversizedDataIsRefusedBeforeSending();
    void readOnlyConnectionRefusesWrites();
    void dataWatchFires();
    void requestsWithoutConnectionFail();
    void syncAndAddAuthOnALiveSession();
    void refusedAuthIsReported();

private:
    QString m_connect;
};

void TestSession::initTestCase()
{
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY2(server, "sandbox ZooKeeper server did not start");
    m_connect = server->connectString();
}

void TestSession::connectReportsStatesAndServer()
{
    ZkSession session;
    QSignalSpy states(&session, &ZkSession::stateChanged);
    SessionOptions options;
    options.connectString = m_connect;
    QVERIFY(session.open(options).isOk());
    QCOMPARE(session.state(), SessionState::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Connected, 20000);
    QCOMPARE(states.first().first().value<SessionState>(), SessionState::Connecting);
    QVERIFY(session.sessionId() != 0);
    QVERIFY2(session.connectedServer().endsWith(u':' + m_connect.section(u':', -1)),
             qPrintable(session.connectedServer()));
    QVERIFY(session.negotiatedTimeoutMs() > 0);
    const quint64 generation = session.generation();
    session.close();
    QCOMPARE(session.state(), SessionState::Closed);
    QVERIFY(session.generation() > generation);
    QVERIFY(session.connectedServer().isEmpty());
}

void TestSession::malformedConnectionStringIsRefused()
{
    ZkSession session;
    QSignalSpy states(&session, &ZkSession::stateChanged);
    SessionOptions options;
    options.connectString = u"localhost:99999"_s;
    const ZkError error = session.open(options);
    QCOMPARE(error.code, ZkCode::BadArguments);
    QVERIFY2(error.message.contains(u"99999"_s), qPrintable(error.message));
    QCOMPARE(session.state(), SessionState::Closed);
    QCOMPARE(states.size(), 0);
}

void TestSession::pipelinedGetsAreEachAnsweredOnce()
{
    auto session = TestUtil::connect(m_connect);
    QVERIFY(session);
    QVERIFY(TestUtil::createChildren(*session, u"/pipelined"_s, 100, u"n"_s, "payload"));

    constexpr int kRequests = 5000;
    std::vector<int> answered(kRequests, 0);
    int errors = 0;
    int done = 0;
    for (int i = 0; i < kRequests; ++i) {
        const QString path = u"/pipelined/n%1"_s.arg(i % 100);
        session->getData(path, false, this, [&, i, path](const DataReply &r) {
            ++answered[i];
            ++done;
            if (r.error || r.data != "payload" || r.path != path) ++errors;
        });
    }
    // The cap holds: never more than maxInFlight() with the C client, the rest queued.
    QVERIFY(session->inFlight() <= ZkSession::maxInFlight());
    QCOMPARE(session->inFlight() + session->queued(), kRequests);
    QCOMPARE(done, 0); // Callbacks never run inside the issuing call.

    QTRY_COMPARE_WITH_TIMEOUT(done, kRequests, 60000);
    QCOMPARE(errors, 0);
    for (int i = 0; i < kRequests; ++i) QCOMPARE(answered[i], 1);
    QCOMPARE(session->inFlight(), 0);
    QCOMPARE(session->queued(), 0);
}

void TestSession::nullAndEmptyDataStayDistinct()
{
    auto session = TestUtil::connect(m_connect);
    QVERIFY(session);
    QVERIFY(TestUtil::createNodes(*session,
                                  {{u"/nullness"_s, QByteArray()},
                                   {u"/nullness/null"_s, QByteArray()},
                                   {u"/nullness/empty"_s, QByteArray("", 0)}}));
    DataReply nullReply, emptyReply;
    int got = 0;
    session->getData(u"/nullness/null"_s, false, this, [&](const DataReply &r) {
        nullReply = r;
        ++got;
    });
    session->getData(u"/nullness/empty"_s, false, this, [&](const DataReply &r) {
        emptyReply = r;
        ++got;
    });
    QTRY_COMPARE(got, 2);
    QVERIFY(nullReply.error.isOk());
    QVERIFY(nullReply.data.isNull());
    QVERIFY(emptyReply.error.isOk());
    QVERIFY(!emptyReply.data.isNull());
    QVERIFY(emptyReply.data.isEmpty());
    QCOMPARE(emptyReply.stat.dataLength, 0);
}

void TestSession::sequentialCreateReturnsRealName()
{
    auto session = TestUtil::connect(m_connect);
    QVERIFY(session);
    QVERIFY(TestUtil::createNodes(*session, {{u"/seq"_s, {}}}));
    CreateReply reply;
    bool got = false;
    session->create(u"/seq/item-"_s, "x", CreateMode::PersistentSequential, ZkAclPresets::open(),
                    this, [&](const CreateReply &r) {
                        reply = r;
                        got = true;
                    });
    QTRY_VERIFY(got);
    QVERIFY2(reply.error.isOk(), qPrintable(reply.error.toString()));
    QCOMPARE(reply.path, u"/seq/item-"_s);
    QVERIFY2(QRegularExpression(u"^/seq/item-\\d{10}$"_s).match(reply.createdPath).hasMatch(),
             qPrintable(reply.createdPath));
    QCOMPARE(reply.stat.dataLength, 1);
}

void TestSession::closeWithRequestsInFlightAnswersEveryRequest()
{
    auto session = TestUtil::connect(m_connect);
    QVERIFY(session);
    QVERIFY(TestUtil::createChildren(*session, u"/closing"_s, 10));
    constexpr int kRequests = 3000;
    std::vector<int> answered(kRequests, 0);
    int ok = 0, closed = 0, other = 0;
    QEventLoop firstReply;
    for (int i = 0; i < kRequests; ++i) {
        session->getChildren(u"/closing"_s, false, this, [&, i](const ChildrenReply &r) {
            ++answered[i];
            if (r.error.isOk()) {
                if (++ok == 1) firstReply.quit();
            } else if (r.error.code == ZkCode::Closing)
                ++closed;
            else
                ++other;
        });
    }
    // Close as soon as the first reply is in (not after QTRY's 50 ms polls, by which time a fast
    // server may have answered all 3,000): the close really happens with requests in flight.
    QTimer::singleShot(30000, &firstReply, &QEventLoop::quit);
    firstReply.exec();
    QVERIFY(ok > 0);
    session->close();
    QCOMPARE(ok + closed + other, kRequests); // close() answers the rest at once
    QCOMPARE(other, 0);
    QVERIFY(closed > 0);
    for (int i = 0; i < kRequests; ++i) QCOMPARE(answered[i], 1);
    session.reset();
    ZkWorkerPool::waitForDone(); // zookeeper_close has run; LeakSanitizer checks the contexts.
    for (int i = 0; i < kRequests; ++i) QCOMPARE(answered[i], 1); // nothing late, no double
}

// Below the bridge: the C client zkdesk links must itself answer every request in flight when
// it closes. Debian's 3.8.0 drops some (ZOOKEEPER-3868: its completion thread can exit before the
// ZCLOSING replies are queued) and leaks their entries; the fix is in
// packaging/zkclient/zookeeper-3.8.0-zkdesk.patch.
void TestSession::cClientAnswersEveryRequestInsideClose()
{
    // Closing as soon as the first reply is in, while the rest stream in, lost requests in about
    // 70% of the rounds with the unpatched client.
    for (int round = 0; round < 30; ++round) {
        const TestUtil::RawCloseCount count =
            TestUtil::closeRawClientWithRequestsInFlight(m_connect, 3000, 1);
        QVERIFY2(count.connected, "the raw client did not connect");
        QCOMPARE(count.issued, 3000);
        QCOMPARE(count.answered, count.issued);
    }
}

void TestSession::repliesForDeadOwnersAreDropped()
{
    auto session = TestUtil::connect(m_connect);
    QVERIFY(session);
    int calledForDead = 0;
    {
        QObject owner;
        for (int i = 0; i < 200; ++i)
            session->exists(u"/zookeeper"_s, false, &owner,
                            [&](const StatReply &) { ++calledForDead; });
    } // owner destroyed with 200 requests outstanding
    int alive = 0;
    session->exists(u"/zookeeper"_s, false, this, [&](const StatReply &r) {
        QVERIFY(r.error.isOk());
        ++alive;
    });
    QTRY_COMPARE(alive, 1); // replies are processed in order: the dead owners' came before
    QCOMPARE(session->inFlight(), 0);
    QCOMPARE(calledForDead, 0);
}

void TestSession::unreachableServerTimesOut()
{
    // A listener that accepts TCP and never answers: the connection is not refused, the
    // ZooKeeper handshake just never completes (like a host that drops packets), so only the
    // connect timeout can end the attempt.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const QString address = u"127.0.0.1:%1"_s.arg(silent.serverPort());
    ZkSession session;
    QSignalSpy failed(&session, &ZkSession::connectFailed);
    SessionOptions options;
    options.connectString = address;
    options.connectTimeoutMs = 1500;
    QVERIFY(session.open(options).isOk());
    ZkError requestError;
    bool got = false;
    session.exists(u"/"_s, false, this, [&](const StatReply &r) {
        requestError = r.error;
        got = true;
    });
    QVERIFY(failed.wait(15000));
    const auto error = failed.first().first().value<ZkError>();
    QCOMPARE(error.code, ZkCode::OperationTimeout);
    QVERIFY2(error.message.contains(address), qPrintable(error.message));
    QCOMPARE(session.state(), SessionState::Closed);
    QVERIFY(got);
    QCOMPARE(requestError.code, ZkCode::OperationTimeout);
}

namespace {

/// Opens `address` with a long connect timeout and returns the first connectFailed error and
/// how long it took.
std::pair<ZkError, qint64> failFast(const QString &address)
{
    ZkSession session;
    QSignalSpy failed(&session, &ZkSession::connectFailed);
    SessionOptions options;
    options.connectString = address;
    options.connectTimeoutMs = 30000;
    QElapsedTimer clock;
    clock.start();
    if (session.open(options) || !failed.wait(20000)) return {};
    const qint64 ms = clock.elapsed();
    qInfo("%s: reported after %lld ms: %s", qPrintable(address), ms,
          qPrintable(failed.first().first().value<ZkError>().message));
    if (session.state() != SessionState::Closed) return {};
    return {failed.first().first().value<ZkError>(), ms};
}

} // namespace

// At once: a name lookup (of .invalid, answered by the resolver) on top of the failure itself.
constexpr qint64 kNamedWithLookupMs = TestUtil::kNamedFastMs + 1000;

void TestSession::refusedPortFailsAtOnce()
{
    const auto [error, ms] = failFast(u"127.0.0.1:1"_s);
    QVERIFY2(error, "no connectFailed, or the session did not close");
    QCOMPARE(error.message, u"connection refused by 127.0.0.1:1"_s);
    QVERIFY2(ms < kNamedWithLookupMs, qPrintable(u"%1 ms"_s.arg(ms)));
}

void TestSession::unknownHostFailsAtOnce()
{
    // .invalid is reserved (RFC 2606): it never resolves.
    const auto [error, ms] = failFast(u"zk-3.invalid:2181"_s);
    QVERIFY2(error, "no connectFailed, or the session did not close");
    QCOMPARE(error.message, u"host zk-3.invalid: name not found"_s);
    QVERIFY2(ms < kNamedWithLookupMs, qPrintable(u"%1 ms"_s.arg(ms)));
}

void TestSession::everyHostsReasonIsNamed()
{
    const auto [error, ms] = failFast(u"127.0.0.1:1, zk-3.invalid"_s);
    QVERIFY2(error, "no connectFailed, or the session did not close");
    QCOMPARE(error.message,
             u"connection refused by 127.0.0.1:1; host zk-3.invalid: name not found"_s);
    QVERIFY2(ms < kNamedWithLookupMs, qPrintable(u"%1 ms"_s.arg(ms)));
}

void TestSession::invalidPathIsRefusedAsynchronously()
{
    auto session = TestUtil::connect(m_connect);
    QVERIFY(session);
    ZkError error;
    bool got = false;
    session->getData(u"/a//b"_s, false, this, [&](const DataReply &r) {
        error = r.error;
        got = true;
    });
    QVERIFY(!got);
    QTRY_VERIFY(got);
    QCOMPARE(error.code, ZkCode::BadArguments);
    QVERIFY2(error.message.contains(u"/a//b"_s), qPrintable(error.message));
    QCOMPARE(session->inFlight(), 0);
}

void TestSession::oversizedDataIsRefusedBeforeSending()
{
    auto session = TestUtil::connect(m_connect);
    QVERIFY(session);
    QVERIFY(TestUtil::createNodes(*session, {{u"/oversize"_s, "small"}}));
    QSignalSpy states(session.get(), &ZkSession::stateChanged);
    StatReply reply;
    bool got = false;
    session->setData(u"/oversize"_s, QByteArray(1100 * 1024, 'x'), -1, this,
                     [&](const StatReply &r) {
                         reply = r;
                         got = true;
                     });
    QTRY_VERIFY(got);
    QCOMPARE(reply.error.code, ZkCode::BadArguments);
    QVERIFY2(reply.error.message.contains(u"1,048,575"_s), qPrintable(reply.error.message));
    // Nothing reached the server: the session is still up and the node unchanged.
    DataReply data;
    got = false;
    session->getData(u"/oversize"_s, false, this, [&](const DataReply &r) {
        data = r;
        got = true;
    });
    QTRY_VERIFY(got);
    QCOMPARE(data.data, QByteArray("small"));
    QCOMPARE(session->state(), SessionState::Connected);
    QCOMPARE(states.size(), 0);
    // Just under the limit works (900 KB).
    got = false;
    session->setData(u"/oversize"_s, QByteArray(900 * 1024, 'y'), -1, this,
                     [&](const StatReply &r) {
                         reply = r;
                         got = true;
                     });
    QTRY_VERIFY(got);
    QVERIFY2(reply.error.isOk(), qPrintable(reply.error.toString()));
    QCOMPARE(reply.stat.dataLength, 900 * 1024);
}

void TestSession::readOnlyConnectionRefusesWrites()
{
    SessionOptions options;
    options.readOnly = true;
    auto session = TestUtil::connect(m_connect, 30000, options);
    QVERIFY(session);
    int refused = 0;
    auto check = [&](const ZkError &e) {
        if (e.code == ZkCode::NotReadOnly && e.message.contains(u"read-only"_s)) ++refused;
    };
    session->create(u"/ro-create"_s, "x", CreateMode::Persistent, ZkAclPresets::open(), this,
                    [&](const CreateReply &r) { check(r.error); });
    session->setData(u"/zookeeper"_s, "x", -1, this, [&](const StatReply &r) { check(r.error); });
    session->remove(u"/zookeeper"_s, -1, this, [&](const DoneReply &r) { check(r.error); });
    QTRY_COMPARE(refused, 3);
    // Reads still work, and nothing was created.
    bool got = false;
    ZkError existsError;
    session->exists(u"/ro-create"_s, false, this, [&](const StatReply &r) {
        existsError = r.error;
        got = true;
    });
    QTRY_VERIFY(got);
    QCOMPARE(existsError.code, ZkCode::NoNode);
}

void TestSession::dataWatchFires()
{
    auto watcher = TestUtil::connect(m_connect);
    auto writer = TestUtil::connect(m_connect);
    QVERIFY(watcher && writer);
    QVERIFY(TestUtil::createNodes(*writer, {{u"/watched"_s, "v1"}}));
    QSignalSpy events(watcher.get(), &ZkSession::nodeEvent);
    bool got = false;
    watcher->getData(u"/watched"_s, true, this, [&](const DataReply &) { got = true; });
    QTRY_VERIFY(got);
    writer->setData(u"/watched"_s, "v2", -1, this, {});
    QVERIFY(events.wait(10000));
    const auto event = events.first().first().value<NodeEvent>();
    QCOMPARE(event.type, NodeEventType::DataChanged);
    QCOMPARE(event.path, u"/watched"_s);
}

void TestSession::requestsWithoutConnectionFail()
{
    ZkSession session;
    ZkError error;
    bool got = false;
    session.getChildren(u"/"_s, false, this, [&](const ChildrenReply &r) {
        error = r.error;
        got = true;
    });
    QVERIFY(!got);
    QTRY_VERIFY(got);
    QCOMPARE(error.code, ZkCode::Closing);
}

QTEST_GUILESS_MAIN(TestSession)
void TestSession::syncAndAddAuthOnALiveSession()
{
    auto session = TestUtil::connect(m_connect);
    QVERIFY(session);
    QVERIFY(TestUtil::createNodes(*session, {{u"/synced"_s, "x"}}));
    DoneReply synced;
    bool got = false;
    session->sync(u"/synced"_s, this, [&](const DoneReply &r) {
        synced = r;
        got = true;
    });
    QTRY_VERIFY(got);
    QVERIFY2(synced.error.isOk(), qPrintable(synced.error.toString()));

    // A request issued right after addAuth runs with the new identity: auth:: ACLs take it.
    session->addAuth({u"digest"_s, "alice:alice-pw"});
    CreateReply created;
    got = false;
    session->create(u"/synced/alice-only"_s, "secret", CreateMode::Persistent,
                    ZkAclPresets::creatorAll(), this, [&](const CreateReply &r) {
                        created = r;
                        got = true;
                    });
    QTRY_VERIFY(got);
    QVERIFY2(created.error.isOk(), qPrintable(created.error.toString()));
    QTRY_VERIFY(session->identities().contains(u"digest:alice"_s));
    QCOMPARE(TestUtil::getData(*session, u"/synced/alice-only"_s), QByteArray("secret"));

    auto stranger = TestUtil::connect(m_connect);
    QVERIFY(stranger);
    ZkError error;
    TestUtil::getData(*stranger, u"/synced/alice-only"_s, nullptr, &error);
    QCOMPARE(error.code, ZkCode::NoAuth);
}

void TestSession::refusedAuthIsReported()
{
    // The server refuses a scheme it has no provider for: authFailed names the entry.
    auto session = TestUtil::connect(m_connect);
    QVERIFY(session);
    QStringList refused;
    connect(session.get(), &ZkSession::authFailed, this,
            [&refused](const ZkAuthEntry &entry, const ZkError &) { refused << entry.scheme; });
    session->addAuth({u"nosuchscheme"_s, "whatever"});
    QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 20000);
    QCOMPARE(refused, QStringList{u"nosuchscheme"_s});
    QVERIFY(!session->identities().contains(u"nosuchscheme"_s));
}

#include "tst_int_session.moc"
