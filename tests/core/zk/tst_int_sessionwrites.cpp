// Writes through the bridge against a real server: multi-op transactions, ACLs, version checks,
// TTL and container creates, watch removal.

#include "zk/zkacl.h"
#include "zk/zksession.h"
#include "sandbox/sandboxserver.h"
#include "awaitreply.h"
#include "zktestutil.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSessionWrites final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void multiAppliesAllOrNothing();
    void multiRefusesTtlAndEmpty();
    void setDataChecksVersion();
    void aclRoundTrip();
    void ttlAndContainerCreate();
    void removeWatchesStopsEvents();

private:
    std::unique_ptr<ZkSession> m_session;
};

void TestSessionWrites::initTestCase()
{
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY(server);
    m_session = TestUtil::connect(server->connectString());
    QVERIFY(m_session);
}

void TestSessionWrites::multiAppliesAllOrNothing()
{
    ZkSession &s = *m_session;
    const ZkAcl open = ZkAclPresets::open();
    auto ok = TestUtil::await<MultiReply>([&](auto cb) {
        s.multi({ZkOp::create(u"/tx"_s, "root", CreateMode::Persistent, open),
                 ZkOp::create(u"/tx/a"_s, "a", CreateMode::Persistent, open),
                 ZkOp::create(u"/tx/seq-"_s, {}, CreateMode::PersistentSequential, open),
                 ZkOp::setData(u"/tx/a"_s, "a2", 0), ZkOp::check(u"/tx"_s, 0)},
                this, cb);
    });
    QVERIFY2(ok.error.isOk(), qPrintable(ok.error.toString()));
    QCOMPARE(ok.results.size(), 5);
    QCOMPARE(ok.results[1].createdPath, u"/tx/a"_s);
    QVERIFY2(ok.results[2].createdPath.startsWith(u"/tx/seq-00000"_s), qPrintable(ok.results[2].createdPath));
    QCOMPARE(ok.results[3].stat.version, 1);
    QCOMPARE(ok.failedIndex, -1);

    // Second op fails (version): the first must not be applied.
    auto bad = TestUtil::await<MultiReply>([&](auto cb) {
        s.multi({ZkOp::create(u"/tx/b"_s, "b", CreateMode::Persistent, open),
                 ZkOp::setData(u"/tx/a"_s, "a3", 0)},
                this, cb);
    });
    QCOMPARE(bad.error.code, ZkCode::BadVersion);
    QCOMPARE(bad.failedIndex, 1);
    QCOMPARE(bad.error.path, u"/tx/a"_s);
    QVERIFY2(bad.error.message.contains(u"nothing was applied"_s), qPrintable(bad.error.message));
    auto exists = TestUtil::await<StatReply>([&](auto cb) { s.exists(u"/tx/b"_s, false, this, cb); });
    QCOMPARE(exists.error.code, ZkCode::NoNode);
    QCOMPARE(TestUtil::getData(s, u"/tx/a"_s), QByteArray("a2"));
}

void TestSessionWrites::multiRefusesTtlAndEmpty()
{
    auto empty = TestUtil::await<MultiReply>([&](auto cb) { m_session->multi({}, this, cb); });
    QCOMPARE(empty.error.code, ZkCode::BadArguments);
    auto ttl = TestUtil::await<MultiReply>([&](auto cb) {
        m_session->multi({ZkOp::create(u"/ttl-in-tx"_s, "x", CreateMode::PersistentWithTtl,
                                       ZkAclPresets::open())},
                         this, cb);
    });
    QCOMPARE(ttl.error.code, ZkCode::Unimplemented);
    QVERIFY(ttl.error.message.contains(u"TTL"_s));
}

void TestSessionWrites::setDataChecksVersion()
{
    ZkSession &s = *m_session;
    QVERIFY(TestUtil::createNodes(s, {{u"/versioned"_s, "v0"}}));
    auto first = TestUtil::await<StatReply>([&](auto cb) { s.setData(u"/versioned"_s, "v1", 0, this, cb); });
    QVERIFY(first.error.isOk());
    QCOMPARE(first.stat.version, 1);
    auto stale = TestUtil::await<StatReply>([&](auto cb) { s.setData(u"/versioned"_s, "stale", 0, this, cb); });
    QCOMPARE(stale.error.code, ZkCode::BadVersion);
    QCOMPARE(TestUtil::getData(s, u"/versioned"_s), QByteArray("v1"));
    auto del = TestUtil::await<DoneReply>([&](auto cb) { s.remove(u"/versioned"_s, 0, this, cb); });
    QCOMPARE(del.error.code, ZkCode::BadVersion);
    del = TestUtil::await<DoneReply>([&](auto cb) { s.remove(u"/versioned"_s, 1, this, cb); });
    QVERIFY(del.error.isOk());
}

void TestSessionWrites::aclRoundTrip()
{
    ZkSession &s = *m_session;
    // Read + admin: data writes are refused, but the ACL itself can still be changed.
    const ZkAcl readOnly = {{u"world"_s, u"anyone"_s, ZkPerm::Read | ZkPerm::Admin}};
    auto created = TestUtil::await<CreateReply>([&](auto cb) {
        s.create(u"/acl-node"_s, "x", CreateMode::Persistent, ZkAclPresets::open(), this, cb);
    });
    QVERIFY(created.error.isOk());
    auto set = TestUtil::await<DoneReply>([&](auto cb) { s.setAcl(u"/acl-node"_s, readOnly, 0, this, cb); });
    QVERIFY2(set.error.isOk(), qPrintable(set.error.toString()));
    auto acl = TestUtil::await<AclReply>([&](auto cb) { s.getAcl(u"/acl-node"_s, this, cb); });
    QVERIFY(acl.error.isOk());
    QCOMPARE(acl.acl, readOnly);
    QCOMPARE(acl.stat.aversion, 1);
    auto stale = TestUtil::await<DoneReply>([&](auto cb) { s.setAcl(u"/acl-node"_s, ZkAclPresets::open(), 0, this, cb); });
    QCOMPARE(stale.error.code, ZkCode::BadVersion);
    auto denied = TestUtil::await<StatReply>([&](auto cb) { s.setData(u"/acl-node"_s, "y", -1, this, cb); });
    QCOMPARE(denied.error.code, ZkCode::NoAuth);
}

void TestSessionWrites::ttlAndContainerCreate()
{
    ZkSession &s = *m_session;
    auto ttl = TestUtil::await<CreateReply>([&](auto cb) {
        s.create(u"/ttl-node"_s, "x", CreateMode::PersistentWithTtl, ZkAclPresets::open(), this, cb, 60000);
    });
    QVERIFY2(ttl.error.isOk(), qPrintable(ttl.error.toString()));
    auto badTtl = TestUtil::await<CreateReply>([&](auto cb) {
        s.create(u"/ttl-bad"_s, "x", CreateMode::PersistentWithTtl, ZkAclPresets::open(), this, cb, 0);
    });
    QCOMPARE(badTtl.error.code, ZkCode::BadArguments);
    auto container = TestUtil::await<CreateReply>([&](auto cb) {
        s.create(u"/container"_s, {}, CreateMode::Container, ZkAclPresets::open(), this, cb);
    });
    QVERIFY2(container.error.isOk(), qPrintable(container.error.toString()));
    auto eph = TestUtil::await<CreateReply>([&](auto cb) {
        s.create(u"/ephemeral"_s, "e", CreateMode::Ephemeral, ZkAclPresets::open(), this, cb);
    });
    QVERIFY(eph.error.isOk());
    QCOMPARE(eph.stat.ephemeralOwner, s.sessionId());
    auto child = TestUtil::await<CreateReply>([&](auto cb) {
        s.create(u"/ephemeral/child"_s, "c", CreateMode::Persistent, ZkAclPresets::open(), this, cb);
    });
    QCOMPARE(child.error.code, ZkCode::NoChildrenForEphemerals);
}

void TestSessionWrites::removeWatchesStopsEvents()
{
    ZkSession &s = *m_session;
    QVERIFY(TestUtil::createNodes(s, {{u"/unwatch"_s, "x"}}));
    auto got = TestUtil::await<ChildrenReply>([&](auto cb) { s.getChildren(u"/unwatch"_s, true, this, cb); });
    QVERIFY(got.error.isOk());
    QSignalSpy events(&s, &ZkSession::nodeEvent);
    auto removed = TestUtil::await<DoneReply>([&](auto cb) { s.removeWatches(u"/unwatch"_s, true, this, cb); });
    QVERIFY2(removed.error.isOk(), qPrintable(removed.error.toString()));
    // A data watch set afterwards still fires, and the child change before it did not.
    QVERIFY(TestUtil::createNodes(s, {{u"/unwatch/kid"_s, "k"}}));
    TestUtil::await<DataReply>([&](auto cb) { s.getData(u"/unwatch"_s, true, this, cb); });
    TestUtil::await<StatReply>([&](auto cb) { s.setData(u"/unwatch"_s, "y", -1, this, cb); });
    QTRY_VERIFY(!events.isEmpty());
    for (const auto &args : events) {
        const auto e = args.first().value<NodeEvent>();
        QVERIFY2(e.type != NodeEventType::ChildrenChanged, "child watch was not removed");
    }
}

QTEST_GUILESS_MAIN(TestSessionWrites)
#include "tst_int_sessionwrites.moc"
