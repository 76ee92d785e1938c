// Copy and move between two connections against two real servers: the copy equals the source
// node by node (bytes, null vs empty, ACLs), ephemerals are listed and skipped, a cancel
// reports exactly what was written, existing nodes follow the conflict mode, a read-only
// target is refused with nothing written, and a move deletes the source only after a complete
// copy.

#include "sandbox/sandboxserver.h"
#include "transfer/connectioncopyjob.h"
#include "transfer/treecomparison.h"
#include "twoservers.h"
#include "zk/zksession.h"
#include "zktestutil.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const ZkAcl kLockedAcl{{u"digest"_s, u"someone:2jmj7l5rSw0yVb/vlWAYkK/YBwk="_s, ZkPerm::All},
                       {u"ip"_s, u"127.0.0.1"_s, ZkPerm::Admin},
                       {u"world"_s, u"anyone"_s, ZkPerm::Read}};
// No ADMIN for the test's session: the server shows it the digest as "someone:x".
const ZkAcl kHiddenAcl{{u"digest"_s, u"someone:2jmj7l5rSw0yVb/vlWAYkK/YBwk="_s, ZkPerm::All},
                       {u"world"_s, u"anyone"_s, ZkPerm::Read}};
constexpr int kMany = 3000;

} // namespace

class TestConnectionCopy final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void copyIsEqualNodeByNode();
    void cancelReportsExactlyWhatWasWritten();
    void existingNodesFollowTheMode();
    void readOnlyTargetIsRefused();
    void moveDeletesSourceOnlyAfterCompleteCopy();
    void moveIntoExistingNodeIsRefused();
    void hiddenDigestIsNotCopied();

private:
    ZkError prepare(ConnectionCopyJob &job, const QString &source, const QString &dest,
                    SyncOptions::Conflicts mode = SyncOptions::Conflicts::Stop, bool move = false);
    SyncReport copy(ConnectionCopyJob &job);
    bool createWithAcl(ZkSession &session, const QString &path, const QByteArray &data,
                       const ZkAcl &acl, CreateMode mode = CreateMode::Persistent);
    bool exists(ZkSession &session, const QString &path);

    TwoServers m_servers;
    std::unique_ptr<ZkSession> m_a;
    std::unique_ptr<ZkSession> m_b;
};

void TestConnectionCopy::initTestCase()
{
    QVERIFY(m_servers.start());
    m_a = std::move(m_servers.a);
    m_b = std::move(m_servers.b);
    QByteArray everyByte;
    for (int i = 0; i < 256; ++i) everyByte.append(char(i));
    QVERIFY(TestUtil::deleteTree(*m_a, u"/cc"_s));
    QVERIFY(TestUtil::createNodes(*m_a,
                                  {{u"/cc"_s, "root"},
                                   {u"/cc/bytes"_s, everyByte},
                                   {u"/cc/null"_s, QByteArray()},
                                   {u"/cc/empty"_s, QByteArray("")},
                                   {u"/cc/utf8"_s, "h\xc3\xa9llo \xe2\x9c\x93"},
                                   {u"/cc/big"_s, QByteArray(300 * 1000, 'b')},
                                   {u"/cc/many"_s, "m"}}));
    QVERIFY(createWithAcl(*m_a, u"/cc/locked"_s, "l", ZkAclPresets::open()));
    QVERIFY(TestUtil::createNodes(*m_a, {{u"/cc/locked/child"_s, "c"}}));
    bool done = false;
    m_a->setAcl(u"/cc/locked"_s, kLockedAcl, -1, this, [&](const DoneReply &r) {
        QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(createWithAcl(*m_a, u"/cc/eph"_s, "e", ZkAclPresets::open(), CreateMode::Ephemeral));
    QVERIFY(TestUtil::createChildren(*m_a, u"/cc/many"_s, kMany));
}

bool TestConnectionCopy::createWithAcl(ZkSession &session, const QString &path,
                                       const QByteArray &data, const ZkAcl &acl, CreateMode mode)
{
    bool done = false, ok = false;
    session.create(path, data, mode, acl, this, [&](const CreateReply &r) {
        ok = r.error.isOk() || r.error.code == ZkCode::NodeExists;
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 30000) && ok;
}

bool TestConnectionCopy::exists(ZkSession &session, const QString &path)
{
    ZkError e;
    TestUtil::getData(session, path, nullptr, &e);
    return e.isOk();
}

ZkError TestConnectionCopy::prepare(ConnectionCopyJob &job, const QString &source,
                                    const QString &dest, SyncOptions::Conflicts mode, bool move)
{
    QSignalSpy prepared(&job, &ConnectionCopyJob::prepared);
    SyncOptions o;
    o.conflicts = mode;
    job.prepare(source, dest, o, move);
    if (!prepared.wait(120000)) return ZkError::make(ZkCode::OperationTimeout, u"timeout"_s);
    return prepared.first().first().value<ZkError>();
}

SyncReport TestConnectionCopy::copy(ConnectionCopyJob &job)
{
    QSignalSpy copied(&job, &ConnectionCopyJob::copied);
    job.copy();
    if (!copied.wait(120000)) return {};
    return copied.first().first().value<SyncReport>();
}

void TestConnectionCopy::copyIsEqualNodeByNode()
{
    QVERIFY(TestUtil::deleteTree(*m_b, u"/into"_s));
    QVERIFY(TestUtil::createNodes(*m_b, {{u"/into"_s, {}}}));
    ConnectionCopyJob job(m_a.get(), m_b.get());
    const ZkError e = prepare(job, u"/cc"_s, u"/into/cc"_s);
    QVERIFY2(e.isOk(), qPrintable(e.toString()));
    const qint64 nodes = 9 + kMany; // the ephemeral one is not planned
    QCOMPARE(job.plan().creates, nodes);
    QCOMPARE(job.source().ephemeralPaths, QStringList{u"/eph"_s});
    const SyncReport r = copy(job);
    QVERIFY2(r.isComplete(), qPrintable(r.error.toString()));
    QCOMPARE(r.created, nodes);
    QVERIFY(job.copyComplete());
    qInfo("cross-server copy: %lld nodes in %lld ms, %.0f nodes/s", r.created, r.elapsedMs,
          r.nodesPerSecond());

    // The whole tree through a pipelined compare with every byte kept (one request at a time
    // would take minutes), the special nodes one by one.
    TreeComparison compare;
    QSignalSpy compared(&compare, &TreeComparison::finished);
    compare.start({m_a.get(), u"/cc"_s, {}, true}, {m_b.get(), u"/into/cc"_s, {}, true});
    QVERIFY(compared.wait(120000));
    QCOMPARE(compare.diff().differences(), 0);
    QCOMPARE(compare.diff().identical, nodes);
    for (const QString &rel : {u"/bytes"_s, u"/null"_s, u"/empty"_s, u"/utf8"_s, u"/locked"_s}) {
        ZkStat sa, sb;
        QCOMPARE(TestUtil::getData(*m_b, u"/into/cc"_s + rel, &sb),
                 TestUtil::getData(*m_a, u"/cc"_s + rel, &sa));
        QCOMPARE(sb.dataLength, sa.dataLength);
        QCOMPARE(TestUtil::getAcl(*m_b, u"/into/cc"_s + rel),
                 TestUtil::getAcl(*m_a, u"/cc"_s + rel));
    }
    QVERIFY(TestUtil::getData(*m_b, u"/into/cc/null"_s).isNull());
    QVERIFY(!TestUtil::getData(*m_b, u"/into/cc/empty"_s).isNull());
    QVERIFY(TreeDiff::sameAcl(TestUtil::getAcl(*m_b, u"/into/cc/locked"_s), kLockedAcl));
    QVERIFY(exists(*m_a, u"/cc"_s)); // a copy leaves the source alone
}

void TestConnectionCopy::cancelReportsExactlyWhatWasWritten()
{
    QVERIFY(TestUtil::deleteTree(*m_b, u"/half"_s));
    ConnectionCopyJob job(m_a.get(), m_b.get());
    QVERIFY(prepare(job, u"/cc/many"_s, u"/half"_s).isOk());
    QCOMPARE(job.plan().creates, kMany + 1);
    SyncApplyJob::Options small;
    small.batchOps = 50;
    small.maxBatchesInFlight = 1;
    job.applyJob().setOptions(small);
    connect(&job, &ConnectionCopyJob::progress, &job, [&job](qint64 done) {
        if (done > 0) job.cancel();
    });
    const SyncReport r = copy(job);
    QVERIFY(r.cancelled);
    QVERIFY(r.created > 0 && r.created < kMany + 1);
    QCOMPARE(r.created + r.failed + r.notAttempted + r.unknown, kMany + 1);
    QCOMPARE(r.unknown, 0);
    QVERIFY(!job.copyComplete());
    const qint64 onServer = TestUtil::listTree(*m_b, u"/half"_s).size() + 1;
    QCOMPARE(onServer, r.created);
}

void TestConnectionCopy::existingNodesFollowTheMode()
{
    QVERIFY(TestUtil::deleteTree(*m_a, u"/src"_s));
    QVERIFY(
        TestUtil::createNodes(*m_a, {{u"/src"_s, "s"}, {u"/src/x"_s, "new"}, {u"/src/y"_s, "y"}}));
    const auto reset = [this] {
        return TestUtil::deleteTree(*m_b, u"/dst"_s)
            && TestUtil::createNodes(*m_b, {{u"/dst"_s, "s"}, {u"/dst/x"_s, "old"}});
    };
    // Stop: one node differs, so nothing at all is written.
    QVERIFY(reset());
    {
        ConnectionCopyJob job(m_a.get(), m_b.get());
        QVERIFY(prepare(job, u"/src"_s, u"/dst"_s, SyncOptions::Conflicts::Stop).isOk());
        QVERIFY(job.plan().firstConflict >= 0);
        const SyncReport r = copy(job);
        QVERIFY(r.error);
        QCOMPARE(r.written(), 0);
        QVERIFY(!exists(*m_b, u"/dst/y"_s));
    }
    // Skip: the missing node is created, the differing one left as it is.
    QVERIFY(reset());
    {
        ConnectionCopyJob job(m_a.get(), m_b.get());
        QVERIFY(prepare(job, u"/src"_s, u"/dst"_s, SyncOptions::Conflicts::Skip).isOk());
        QCOMPARE(job.plan().creates, 1);
        QCOMPARE(job.plan().skipped, 1);
        const SyncReport r = copy(job);
        QVERIFY(r.isComplete());
        QCOMPARE(TestUtil::getData(*m_b, u"/dst/x"_s), QByteArray("old"));
        QCOMPARE(TestUtil::getData(*m_b, u"/dst/y"_s), QByteArray("y"));
        QVERIFY(!job.copyComplete()); // a difference is left: a move would not delete
    }
    // Overwrite: version-checked; a change after the dry run is reported, not overwritten.
    QVERIFY(reset());
    {
        ConnectionCopyJob job(m_a.get(), m_b.get());
        QVERIFY(prepare(job, u"/src"_s, u"/dst"_s, SyncOptions::Conflicts::Overwrite).isOk());
        QCOMPARE(job.plan().dataUpdates, 1);
        QVERIFY(TestUtil::setData(*m_b, u"/dst/x"_s, "meanwhile"));
        const SyncReport r = copy(job);
        QCOMPARE(r.failed, 1);
        QCOMPARE(r.failures.first().error.code, ZkCode::BadVersion);
        QCOMPARE(TestUtil::getData(*m_b, u"/dst/x"_s), QByteArray("meanwhile"));
    }
    QVERIFY(reset());
    {
        ConnectionCopyJob job(m_a.get(), m_b.get());
        QVERIFY(prepare(job, u"/src"_s, u"/dst"_s, SyncOptions::Conflicts::Overwrite).isOk());
        QVERIFY(copy(job).isComplete());
        QCOMPARE(TestUtil::getData(*m_b, u"/dst/x"_s), QByteArray("new"));
    }
}

void TestConnectionCopy::readOnlyTargetIsRefused()
{
    SessionOptions ro;
    ro.readOnly = true;
    auto session = TestUtil::connect(m_servers.second->connectString(), 30000, ro);
    QVERIFY(session);
    QVERIFY(TestUtil::deleteTree(*m_b, u"/ro"_s));
    ConnectionCopyJob job(m_a.get(), session.get());
    QSignalSpy phases(&job, &ConnectionCopyJob::phaseChanged);
    const ZkError e = prepare(job, u"/cc"_s, u"/ro"_s);
    QCOMPARE(e.code, ZkCode::NotReadOnly);
    QCOMPARE(job.phase(), ConnectionCopyJob::Phase::Idle);
    job.copy(); // refused: there is no plan
    QCOMPARE(job.phase(), ConnectionCopyJob::Phase::Idle);
    QVERIFY(!exists(*m_b, u"/ro"_s));
}

void TestConnectionCopy::moveDeletesSourceOnlyAfterCompleteCopy()
{
    QVERIFY(TestUtil::deleteTree(*m_a, u"/mv"_s));
    QVERIFY(TestUtil::deleteTree(*m_b, u"/moved"_s));
    QVERIFY(TestUtil::deleteTree(*m_b, u"/moved2"_s));
    QVERIFY(TestUtil::createNodes(*m_a, {{u"/mv"_s, "m"}, {u"/mv/a"_s, "a"}}));
    QVERIFY(TestUtil::createChildren(*m_a, u"/mv/a"_s, 500));
    // A cancelled copy: not complete, so deleteSource() does nothing.
    {
        ConnectionCopyJob job(m_a.get(), m_b.get());
        QVERIFY(prepare(job, u"/mv"_s, u"/moved"_s, SyncOptions::Conflicts::Stop, true).isOk());
        SyncApplyJob::Options small;
        small.batchOps = 20;
        small.maxBatchesInFlight = 1;
        job.applyJob().setOptions(small);
        connect(&job, &ConnectionCopyJob::progress, &job, [&job](qint64 done) {
            if (done > 0) job.cancel();
        });
        QVERIFY(copy(job).cancelled);
        QVERIFY(!job.copyComplete());
        job.deleteSource();
        QCOMPARE(job.phase(), ConnectionCopyJob::Phase::Copied);
        QCOMPARE(TestUtil::listTree(*m_a, u"/mv"_s).size(), 501);
    }
    // A complete copy, then the confirmed delete.
    ConnectionCopyJob job(m_a.get(), m_b.get());
    QVERIFY(prepare(job, u"/mv"_s, u"/moved2"_s, SyncOptions::Conflicts::Stop, true).isOk());
    const TestUtil::TreeContents before = TestUtil::readTree(*m_a, u"/mv"_s);
    QVERIFY(copy(job).isComplete());
    QVERIFY(job.copyComplete());
    QVERIFY(exists(*m_a, u"/mv"_s)); // not before the caller asks
    QSignalSpy deleted(&job, &ConnectionCopyJob::sourceDeleted);
    job.deleteSource();
    QVERIFY(deleted.wait(120000));
    const auto d = deleted.first().first().value<DeleteReport>();
    QVERIFY2(d.isComplete(), qPrintable(d.error.toString()));
    QCOMPARE(d.deleted, 502);
    QVERIFY(!exists(*m_a, u"/mv"_s));
    QCOMPARE(TestUtil::readTree(*m_b, u"/moved2"_s), before);
}

void TestConnectionCopy::moveIntoExistingNodeIsRefused()
{
    QVERIFY(TestUtil::createNodes(*m_b, {{u"/exists"_s, "e"}}));
    ConnectionCopyJob job(m_a.get(), m_b.get());
    QCOMPARE(prepare(job, u"/cc/many"_s, u"/exists"_s, SyncOptions::Conflicts::Skip, true).code,
             ZkCode::NodeExists);
    QCOMPARE(prepare(job, u"/cc"_s, u"/nope/cc"_s).code, ZkCode::NoNode);
    QCOMPARE(prepare(job, u"/"_s, u"/x"_s).code, ZkCode::BadArguments);
    QCOMPARE(prepare(job, u"/does-not-exist"_s, u"/x"_s).code, ZkCode::NoNode);
}

void TestConnectionCopy::hiddenDigestIsNotCopied()
{
    QVERIFY(TestUtil::createNodes(*m_a,
                                  {{u"/hid"_s, "h"},
                                   {u"/hid/secret"_s, "s"},
                                   {u"/hid/secret/below"_s, "b"},
                                   {u"/hid/fine"_s, "f"}}));
    bool done = false;
    m_a->setAcl(u"/hid/secret"_s, kHiddenAcl, -1, this, [&](const DoneReply &r) {
        QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(TestUtil::deleteTree(*m_b, u"/hid"_s));
    ConnectionCopyJob job(m_a.get(), m_b.get());
    QVERIFY(prepare(job, u"/hid"_s, u"/hid"_s, SyncOptions::Conflicts::Stop, true).isOk());
    const SyncReport r = copy(job);
    QCOMPARE(r.created, 2);
    QCOMPARE(r.failed, 2); // the hidden node, and its child that had no parent
    QCOMPARE(r.failures.first().error.code, ZkCode::NoAuth);
    QVERIFY(!exists(*m_b, u"/hid/secret"_s));
    QVERIFY(!job.copyComplete()); // so a move keeps the source
    job.deleteSource();
    QVERIFY(exists(*m_a, u"/hid/fine"_s));
}

QTEST_GUILESS_MAIN(TestConnectionCopy)
#include "tst_int_connectioncopy.moc"
