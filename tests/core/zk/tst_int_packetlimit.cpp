// The 1 MB request limit the README promises: create, multi and setAcl are refused before
// anything is sent when the request would exceed the server's jute.maxbuffer, and a request
// exactly at the limit goes through. The limit is the session's estimate of the request
// (payload + path + 64 bytes of framing), which is never below the real packet size.

#include "awaitreply.h"
#include "sandbox/sandboxserver.h"
#include "zk/zksession.h"
#include "zktestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int kFraming = 64;      // ZkSession::checkWrite's room for header and length fields
constexpr int kOpenAclBytes = 27; // jute: count + perms + "world" + "anyone", length-prefixed
} // namespace

class TestPacketLimit final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createAtTheLimit();
    void multiAtTheLimit();
    void setAclAtTheLimit();

private:
    std::unique_ptr<ZkSession> m_session;
};

void TestPacketLimit::initTestCase()
{
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY(server);
    m_session = TestUtil::connect(server->connectString());
    QVERIFY(m_session);
    QVERIFY(TestUtil::deleteTree(*m_session, u"/limit"_s));
    QVERIFY(TestUtil::createNodes(*m_session, {{u"/limit"_s, {}}}));
}

void TestPacketLimit::cleanupTestCase()
{
    if (m_session) TestUtil::deleteTree(*m_session, u"/limit"_s);
}

void TestPacketLimit::createAtTheLimit()
{
    const QString path = u"/limit/create"_s;
    const int fits =
        ZkSession::maxPacketBytes() - kFraming - int(path.toUtf8().size()) - kOpenAclBytes;
    // One byte over: refused with a clear message, nothing sent, nothing created.
    auto over = TestUtil::await<CreateReply>([&](auto cb) {
        m_session->create(path, QByteArray(fits + 1, 'x'), CreateMode::Persistent,
                          ZkAclPresets::open(), this, cb);
    });
    QCOMPARE(over.error.code, ZkCode::BadArguments);
    QVERIFY2(over.error.message.contains(u"request too large"_s), qPrintable(over.error.message));
    QCOMPARE(m_session->inFlight(), 0);
    ZkError error;
    TestUtil::getData(*m_session, path, nullptr, &error);
    QCOMPARE(error.code, ZkCode::NoNode);
    // Exactly at the limit: created, every byte stored.
    auto at = TestUtil::await<CreateReply>([&](auto cb) {
        m_session->create(path, QByteArray(fits, 'x'), CreateMode::Persistent, ZkAclPresets::open(),
                          this, cb);
    });
    QVERIFY2(at.error.isOk(), qPrintable(at.error.toString()));
    QCOMPARE(TestUtil::getData(*m_session, path).size(), fits);
}

void TestPacketLimit::multiAtTheLimit()
{
    const QString first = u"/limit/multi-a"_s, second = u"/limit/multi-b"_s;
    const int pathBytes = int(first.toUtf8().size());
    // The multi's estimate: per op its path + 16, the data and the ACL; then the first path
    // and the framing once.
    const int fits = ZkSession::maxPacketBytes() - kFraming - pathBytes - 2 * (pathBytes + 16)
        - 2 * kOpenAclBytes - 1;
    const auto ops = [&](int bytes) {
        return QList<ZkOp>{
            ZkOp::create(first, QByteArray(bytes, 'a'), CreateMode::Persistent,
                         ZkAclPresets::open()),
            ZkOp::create(second, QByteArray(1, 'b'), CreateMode::Persistent, ZkAclPresets::open())};
    };
    auto over =
        TestUtil::await<MultiReply>([&](auto cb) { m_session->multi(ops(fits + 1), this, cb); });
    QCOMPARE(over.error.code, ZkCode::BadArguments);
    QVERIFY2(over.error.message.contains(u"request too large"_s), qPrintable(over.error.message));
    QCOMPARE(m_session->inFlight(), 0);
    QVERIFY(TestUtil::listTree(*m_session, u"/limit"_s).filter(u"multi"_s).isEmpty());
    auto at = TestUtil::await<MultiReply>([&](auto cb) { m_session->multi(ops(fits), this, cb); });
    QVERIFY2(at.error.isOk(), qPrintable(at.error.toString()));
    QCOMPARE(TestUtil::getData(*m_session, first).size(), fits);
    QCOMPARE(TestUtil::getData(*m_session, second), QByteArray("b"));
}

void TestPacketLimit::setAclAtTheLimit()
{
    const QString path = u"/limit/acl"_s;
    QVERIFY(TestUtil::createNodes(*m_session, {{path, "x"}}));
    // One digest entry whose id fills the request: count + perms + "digest" + the id.
    const int fits =
        ZkSession::maxPacketBytes() - kFraming - int(path.toUtf8().size()) - (4 + 12 + 6);
    const auto acl = [](int idBytes) {
        return ZkAcl{{u"digest"_s, u"u:"_s + QString(idBytes - 2, u'h'), ZkPerm::All}};
    };
    auto over = TestUtil::await<DoneReply>(
        [&](auto cb) { m_session->setAcl(path, acl(fits + 1), -1, this, cb); });
    QCOMPARE(over.error.code, ZkCode::BadArguments);
    QVERIFY2(over.error.message.contains(u"request too large"_s), qPrintable(over.error.message));
    QCOMPARE(m_session->inFlight(), 0);
    auto unchanged = TestUtil::await<AclReply>([&](auto cb) { m_session->getAcl(path, this, cb); });
    QVERIFY(unchanged.acl == ZkAclPresets::open());
    auto at = TestUtil::await<DoneReply>(
        [&](auto cb) { m_session->setAcl(path, acl(fits), -1, this, cb); });
    QVERIFY2(at.error.isOk(), qPrintable(at.error.toString()));
    // The node now belongs to a digest user this session is not: its ACL is not readable
    // (READ|ADMIN needed), but its stat says the ACL changed.
    auto stat =
        TestUtil::await<StatReply>([&](auto cb) { m_session->exists(path, false, this, cb); });
    QVERIFY(stat.error.isOk());
    QCOMPARE(stat.stat.aversion, 1);
}

QTEST_MAIN(TestPacketLimit)
#include "tst_int_packetlimit.moc"
