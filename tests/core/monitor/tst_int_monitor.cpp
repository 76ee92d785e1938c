// The ensemble monitor against real servers: a 3-server sandbox ensemble with every
// four-letter word allowed and the AdminServer on, and a standalone server with ZooKeeper's
// default whitelist (srvr only) and no AdminServer.
#include "awaitreply.h"
#include "monitor/ensemblemonitor.h"
#include "monitor/serverpoller.h"
#include "sandbox/sandboxensemble.h"
#include "sandbox/sandboxserver.h"
#include "zktestutil.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int pollMs = 200;
// The product gives a server 3 s to answer; a first AdminServer request to a JVM that has just
// started, with three more on two cores, can take longer, and one timeout sends the poller to the
// four-letter words for 30 s. The tests wait for answers, not for the product's patience.
constexpr int kRequestTimeoutMs = 15000;

bool startServer(SandboxServer &server)
{
    QSignalSpy started(&server, &SandboxServer::started);
    QSignalSpy failed(&server, &SandboxServer::failed);
    server.setStartTimeoutMs(90000);
    server.start();
    if (!QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, 95000))
        return false;
    if (!failed.isEmpty()) qWarning("%s", qPrintable(failed.first().first().toString()));
    return failed.isEmpty();
}

QList<ServerEndpoint> endpointsOf(const SandboxEnsemble &ensemble)
{
    QList<ServerEndpoint> endpoints;
    for (int i = 0; i < ensemble.size(); ++i) {
        ServerEndpoint e;
        e.host = u"127.0.0.1"_s;
        e.clientPort = ensemble.member(i)->port();
        e.adminPort = ensemble.member(i)->adminServerPort();
        endpoints << e;
    }
    return endpoints;
}
} // namespace

class TestMonitor final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ensembleWithAdminServer();
    void membersFoundUnderAChroot();
    void defaultWhitelistUsesSrvrOnly();
    void oneRequestInFlightPerServer();

private:
    std::unique_ptr<SandboxEnsemble> m_ensemble;
};

void TestMonitor::initTestCase()
{
    m_ensemble = std::make_unique<SandboxEnsemble>(3);
    for (int i = 0; i < m_ensemble->size(); ++i)
        m_ensemble->member(i)->setAdminServerPort(sandboxFreeLoopbackPort());
    QSignalSpy started(m_ensemble.get(), &SandboxEnsemble::started);
    QSignalSpy failed(m_ensemble.get(), &SandboxEnsemble::failed);
    m_ensemble->start();
    QVERIFY2(QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, 150000),
             "ensemble did not start in time");
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
}

void TestMonitor::ensembleWithAdminServer()
{
    // Members from the dynamic config: the connection string names only the first server.
    auto session = TestUtil::connect(m_ensemble->member(0)->connectString());
    QVERIFY(session);
    EnsembleMonitor monitor;
    monitor.setTimeoutMs(kRequestTimeoutMs);
    monitor.setServers(EnsembleMonitor::endpointsOf(session.get(), 0));
    QCOMPARE(monitor.serverCount(), 1);
    monitor.discoverMembers(session.get());
    QTRY_COMPARE_WITH_TIMEOUT(monitor.serverCount(), 3, 30000);
    QVERIFY(!monitor.servers().at(0).fromConfig);
    QVERIFY(monitor.servers().at(1).fromConfig);
    QCOMPARE(monitor.servers().at(2).serverId, 3);
    QCOMPARE(monitor.indexOf(session->connectedServer()), 0);

    monitor.setServers(endpointsOf(*m_ensemble));
    monitor.setIntervalMs(pollMs);
    monitor.setRunning(true);
    const auto allFromAdmin = [&] {
        for (int i = 0; i < monitor.serverCount(); ++i)
            if (monitor.latest(i).source != ServerSnapshot::Source::AdminServer
                || monitor.latest(i).zxid < 0)
                return false;
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allFromAdmin(), 30000);

    int leaders = 0;
    int leader = -1;
    for (int i = 0; i < monitor.serverCount(); ++i) {
        const ServerSnapshot &s = monitor.latest(i);
        QVERIFY(s.reachable);
        QVERIFY(s.mode == ServerMode::Leader || s.mode == ServerMode::Follower);
        QVERIFY(s.version.startsWith(u"3."));
        QVERIFY(s.zxidEpoch() >= 1);
        QVERIFY(s.znodes >= 4); // /, /zookeeper, /zookeeper/config, /zookeeper/quota
        QVERIFY(s.watches >= 0 && s.ephemerals >= 0 && s.dataSize > 0 && s.openFds > 0);
        QVERIFY(s.latencyMin >= 0 && s.latencyMax >= s.latencyMin);
        QVERIFY(s.refusedWords.isEmpty());
        if (s.mode == ServerMode::Leader) {
            ++leaders;
            leader = i;
            QCOMPARE(s.syncedFollowers, 2);
            QCOMPARE(s.pendingSyncs, 0);
        }
    }
    QCOMPARE(leaders, 1);

    // A stopped follower turns red (unreachable, with a reason) and comes back.
    const int follower = (leader + 1) % 3;
    SandboxServer *member = m_ensemble->member(follower);
    const qsizetype samplesBefore =
        qsizetype(monitor.history().samples(monitor.servers().at(follower).label()).size());
    member->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!monitor.latest(follower).reachable, 30000);
    QVERIFY(!monitor.latest(follower).error.isEmpty());
    QVERIFY(monitor.latest(leader).reachable);
    QSignalSpy restarted(member, &SandboxServer::started);
    member->start();
    QTRY_VERIFY_WITH_TIMEOUT(!restarted.isEmpty(), 95000);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.latest(follower).isServing(), 30000);
    QCOMPARE(monitor.latest(follower).mode, ServerMode::Follower);

    // The history holds the gap: up, down, up again.
    const auto &samples = monitor.history().samples(monitor.servers().at(follower).label());
    QVERIFY(qsizetype(samples.size()) > samplesBefore);
    const auto firstDown = std::find_if(samples.begin(), samples.end(),
                                        [](const ServerSnapshot &s) { return !s.reachable; });
    QVERIFY(firstDown != samples.end());
    QVERIFY(firstDown != samples.begin() && std::prev(firstDown)->reachable);
    QVERIFY(samples.back().reachable);
}

void TestMonitor::membersFoundUnderAChroot()
{
    // The C client would read <chroot>/zookeeper/config (NoNode): the monitor reads it through
    // a short-lived session without the chroot, and closes that session again.
    auto session = TestUtil::connect(m_ensemble->member(1)->connectString() + u"/kafka-chroot"_s);
    QVERIFY(session);
    QCOMPARE(session->connection().chroot, u"/kafka-chroot"_s);
    EnsembleMonitor monitor;
    monitor.setServers(EnsembleMonitor::endpointsOf(session.get(), 0));
    QCOMPARE(monitor.serverCount(), 1);
    monitor.discoverMembers(session.get());
    QTRY_COMPARE_WITH_TIMEOUT(monitor.serverCount(), 3, 30000);
    QCOMPARE(monitor.servers().at(0).clientPort, m_ensemble->member(1)->port());
    QVERIFY(!monitor.servers().at(0).fromConfig);
    QCOMPARE(monitor.servers().at(0).serverId, 2);
    QVERIFY(monitor.servers().at(1).fromConfig && monitor.servers().at(2).fromConfig);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.findChildren<ZkSession *>().isEmpty(), 10000);
    QVERIFY(session->isConnected()); // the user's session is untouched
}

void TestMonitor::defaultWhitelistUsesSrvrOnly()
{
    SandboxServer server;
    server.setFourLetterWhitelist(u"srvr"_s);
    QVERIFY(startServer(server));

    EnsembleMonitor monitor;
    monitor.setTimeoutMs(kRequestTimeoutMs);
    ServerEndpoint endpoint;
    endpoint.host = u"127.0.0.1"_s;
    endpoint.clientPort = server.port();
    // Nothing listens there: the AdminServer is off, so the monitor falls back to 4lw.
    endpoint.adminPort = sandboxFreeLoopbackPort();
    monitor.setServers({endpoint});
    monitor.setIntervalMs(pollMs);
    monitor.setRunning(true);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.latest(0).refusedWords.size() == 2, 30000);
    const ServerSnapshot &s = monitor.latest(0);
    QCOMPARE(s.refusedWords, (QStringList{u"mntr"_s, u"wchs"_s}));
    QCOMPARE(s.source, ServerSnapshot::Source::FourLetterWords);
    QVERIFY(s.reachable);
    QCOMPARE(s.mode, ServerMode::Standalone);
    QVERIFY(s.znodes >= 4);
    QVERIFY(s.zxid >= 0);
    QCOMPARE(s.watches, -1); // only mntr/wchs know it
}

void TestMonitor::oneRequestInFlightPerServer()
{
    QNetworkAccessManager network;
    ServerEndpoint endpoint;
    endpoint.host = u"127.0.0.1"_s;
    endpoint.clientPort = m_ensemble->member(0)->port();
    endpoint.adminPort = m_ensemble->member(0)->adminServerPort();
    ServerPoller poller(endpoint, &network);
    QSignalSpy polled(&poller, &ServerPoller::polled);
    QVERIFY(poller.poll());
    QVERIFY(!poller.poll());
    QVERIFY(!poller.poll());
    QCOMPARE(poller.skippedPolls(), 2);
    QVERIFY(polled.wait(10000));
    QCOMPARE(polled.size(), 1);
    QVERIFY(!poller.isPolling());
    QVERIFY(poller.poll());
    QVERIFY(polled.wait(10000));
}

QTEST_GUILESS_MAIN(TestMonitor)
#include "tst_int_monitor.moc"
