// A server without extended types (zookeeper.extendedTypesEnabled=false, ZooKeeper's default)
// refuses TTL nodes: the create path the dialog uses reports ZUNIMPLEMENTED with the setting
// that enables them, and creates nothing. Container nodes need no extended types and still work.

#include "jobs/createnodetask.h"
#include "sandbox/sandboxserver.h"
#include "zktestutil.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTtlUnsupported final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ttlCreateExplainsTheServerSetting_data();
    void ttlCreateExplainsTheServerSetting();
    void containerNeedsNoExtendedTypes();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ZkSession> m_session;
};

void TestTtlUnsupported::initTestCase()
{
    qputenv("ZKDESK_SANDBOX_JVMFLAGS", "-Dzookeeper.extendedTypesEnabled=false");
    m_server = std::make_unique<SandboxServer>();
    QSignalSpy started(m_server.get(), &SandboxServer::started);
    QSignalSpy failed(m_server.get(), &SandboxServer::failed);
    m_server->start();
    QVERIFY(QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, 90000));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    m_session = TestUtil::connect(m_server->connectString());
    QVERIFY(m_session);
}

void TestTtlUnsupported::ttlCreateExplainsTheServerSetting_data()
{
    QTest::addColumn<CreateMode>("mode");
    QTest::newRow("ttl") << CreateMode::PersistentWithTtl;
    QTest::newRow("sequential ttl") << CreateMode::PersistentSequentialWithTtl;
}

void TestTtlUnsupported::ttlCreateExplainsTheServerSetting()
{
    QFETCH(CreateMode, mode);
    CreateNodeTask task(m_session.get());
    QSignalSpy finished(&task, &CreateNodeTask::finished);
    CreateNodeRequest request;
    request.parent = u"/"_s;
    request.name = u"ttl-node"_s;
    request.data = "x";
    request.mode = mode;
    request.ttlMs = 60000;
    task.start(request);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const auto reply = finished.at(0).at(0).value<CreateReply>();
    QCOMPARE(reply.error.code, ZkCode::Unimplemented);
    const QString text = reply.error.toString();
    QVERIFY2(text.contains(u"extendedTypesEnabled=true"_s), qPrintable(text));
    QVERIFY2(text.contains(u"TTL"_s), qPrintable(text));
    QStringList left = TestUtil::listTree(*m_session, u"/"_s);
    QVERIFY2(!left.join(u' ').contains(u"ttl-node"_s), qPrintable(left.join(u' ')));
}

void TestTtlUnsupported::containerNeedsNoExtendedTypes()
{
    CreateNodeTask task(m_session.get());
    QSignalSpy finished(&task, &CreateNodeTask::finished);
    CreateNodeRequest request;
    request.parent = u"/"_s;
    request.name = u"container-node"_s;
    request.mode = CreateMode::Container;
    task.start(request);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const auto reply = finished.at(0).at(0).value<CreateReply>();
    QVERIFY2(reply.error.isOk(), qPrintable(reply.error.toString()));
    QCOMPARE(reply.createdPath, u"/container-node"_s);
}

QTEST_GUILESS_MAIN(TestTtlUnsupported)
#include "tst_int_ttlunsupported.moc"
