// SubtreeCopyJob against a real server: copy with data/ACL fidelity, ephemeral skipping, rate,
// move, refusals before anything is sent, cancel, read-only connections.

#include "jobs/subtreecopyjob.h"
#include "sandbox/sandboxserver.h"
#include "zk/zkpath.h"
#include "zk/zksession.h"
#include "zktestutil.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using NodeCopy = TestUtil::NodeContents;
using Snapshot = QMap<QString, NodeCopy>; // relative path -> contents

} // namespace

class TestSubtreeCopy final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void copyPreservesDataAclAndSkipsEphemerals();
    void copiesTwoThousandNodes();
    void moveRemovesTheSource();
    void moveKeepsEphemeralAndItsAncestors();
    void redactedAclIsNotCopied();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void cancelLeavesPartialCopy();
    void readOnlySessionIsRefused();

private:
    Snapshot snapshot(const QString &root);
    bool exists(const QString &path);
    CopyReport run(SubtreeCopyJob &job, bool move, const QString &from, const QString &to);

    std::unique_ptr<ZkSession> m_session;
    // Digest id + read-only world. The ip entry gives the test session ADMIN: without it the
    // server hides the digest hash ("someone:x") and the ACL cannot be copied (see
    // redactedAclIsNotCopied). No CREATE for anyone: children need the temporary ACL.
    const ZkAcl m_customAcl{{u"digest"_s, u"someone:2jmj7l5rSw0yVb/vlWAYkK/YBwk="_s, ZkPerm::All},
                            {u"ip"_s, u"127.0.0.1"_s, ZkPerm::Admin},
                            {u"world"_s, u"anyone"_s, ZkPerm::Read}};
    const ZkAcl m_lockedAcl{{u"digest"_s, u"someone:2jmj7l5rSw0yVb/vlWAYkK/YBwk="_s, ZkPerm::All},
                            {u"world"_s, u"anyone"_s, ZkPerm::Read}};
};

void TestSubtreeCopy::initTestCase()
{
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY(server);
    m_session = TestUtil::connect(server->connectString());
    QVERIFY(m_session);
    // Source: binary, null and empty data, a sequential-looking name, a node with a custom ACL
    // (digest id + read-only world) that has a child, and an ephemeral node.
    QVERIFY(TestUtil::createNodes(*m_session,
                                  {{u"/csrc"_s, "root"},
                                   {u"/csrc/bin"_s, QByteArray("\x00\xff\x01\x80", 4)},
                                   {u"/csrc/null"_s, QByteArray()},
                                   {u"/csrc/empty"_s, QByteArray("")},
                                   {u"/csrc/lock-0000000007"_s, "seq"},
                                   {u"/csrc/secret"_s, "s"},
                                   {u"/csrc/secret/inner"_s, "i"},
                                   {u"/csrc/secret/inner/deep"_s, QByteArray()}}));
    bool done = false, ok = false;
    m_session->setAcl(u"/csrc/secret"_s, m_customAcl, -1, this, [&](const DoneReply &r) {
        ok = r.error.isOk();
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(ok);
    done = false;
    m_session->create(u"/csrc/eph"_s, "e", CreateMode::Ephemeral, ZkAclPresets::open(), this,
                      [&](const CreateReply &r) {
                          ok = r.error.isOk();
                          done = true;
                      });
    QTRY_VERIFY(done);
    QVERIFY(ok);
}

Snapshot TestSubtreeCopy::snapshot(const QString &root)
{
    return TestUtil::readTree(*m_session, root, 60000);
}

bool TestSubtreeCopy::exists(const QString &path)
{
    ZkError error;
    TestUtil::getData(*m_session, path, nullptr, &error);
    return error.isOk();
}

CopyReport TestSubtreeCopy::run(SubtreeCopyJob &job, bool move, const QString &from,
                                const QString &to)
{
    QSignalSpy finished(&job, &SubtreeCopyJob::finished);
    move ? job.move(from, to) : job.copy(from, to);
    if (!finished.wait(120000)) return {};
    return finished.first().first().value<CopyReport>();
}

void TestSubtreeCopy::copyPreservesDataAclAndSkipsEphemerals()
{
    Snapshot source = snapshot(u"/csrc"_s);
    QCOMPARE(source.size(), 9);
    QVERIFY(source[u"/null"_s].nullData);
    QVERIFY(!source[u"/empty"_s].nullData);
    QCOMPARE(source[u"/secret"_s].acl, m_customAcl);

    SubtreeCopyJob job(m_session.get());
    const CopyReport report = run(job, false, u"/csrc"_s, u"/cdst"_s);
    QVERIFY2(report.error.isOk(), qPrintable(report.error.toString()));
    QCOMPARE(report.total, 9);
    QCOMPARE(report.created, 8);
    QCOMPARE(report.skippedEphemeral, 1);
    QCOMPARE(report.ephemeralPaths, QStringList{u"/csrc/eph"_s});
    QCOMPARE(report.failed, 0);
    QCOMPARE(report.aclFailed, 0);
    QVERIFY(report.copyComplete());
    QVERIFY(!report.partialCopyLeft);

    source.remove(u"/eph"_s);
    const Snapshot copy = snapshot(u"/cdst"_s);
    QCOMPARE(copy.keys(), source.keys());
    for (auto it = source.cbegin(); it != source.cend(); ++it) {
        QCOMPARE(copy[it.key()].data, it->data);
        QCOMPARE(copy[it.key()].nullData, it->nullData);
        QCOMPARE(copy[it.key()].acl, it->acl);
    }
    QCOMPARE(copy, source);
    // The sequential-looking name was copied literally, as a persistent node.
    ZkStat stat;
    TestUtil::getData(*m_session, u"/cdst/lock-0000000007"_s, &stat);
    QCOMPARE(stat.ephemeralOwner, 0);
}

void TestSubtreeCopy::copiesTwoThousandNodes()
{
    // The recursive-delete test's shape: 20 x (97 persistent + 2 ephemeral) + root.
    QList<std::pair<QString, QByteArray>> nodes{{u"/cbig"_s, "root"}};
    for (int a = 0; a < 20; ++a) {
        nodes.append({u"/cbig/a%1"_s.arg(a), {}});
        for (int b = 0; b < 97; ++b) nodes.append({u"/cbig/a%1/p%2"_s.arg(a).arg(b), "leaf"});
    }
    QVERIFY(TestUtil::createNodes(*m_session, nodes));
    int outstanding = 0;
    for (int a = 0; a < 20; ++a)
        for (int e = 0; e < 2; ++e) {
            ++outstanding;
            m_session->create(u"/cbig/a%1/e%2"_s.arg(a).arg(e), "eph", CreateMode::Ephemeral,
                              ZkAclPresets::open(), this,
                              [&](const CreateReply &) { --outstanding; });
        }
    QTRY_COMPARE_WITH_TIMEOUT(outstanding, 0, 30000);

    SubtreeCopyJob job(m_session.get());
    QSignalSpy progress(&job, &SubtreeCopyJob::progress);
    const CopyReport report = run(job, false, u"/cbig"_s, u"/cbig-copy"_s);
    QVERIFY2(report.error.isOk(), qPrintable(report.error.toString()));
    QCOMPARE(report.total, 2001);
    QCOMPARE(report.skippedEphemeral, 40);
    QCOMPARE(report.created, 1961);
    QVERIFY(report.copyComplete());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), 1961);
    QStringList expected;
    for (int i = 1; i < nodes.size(); ++i) expected << u"/cbig-copy"_s + nodes[i].first.mid(5);
    expected.sort();
    QCOMPARE(TestUtil::listTree(*m_session, u"/cbig-copy"_s), expected);
    qInfo("copied %lld nodes in %lld ms (crawl with data and ACL %lld ms), %.0f nodes/s",
          report.created, report.elapsedMs, report.crawlMs, report.nodesPerSecond());
    QVERIFY(TestUtil::deleteTree(*m_session, u"/cbig-copy"_s));
}

void TestSubtreeCopy::moveRemovesTheSource()
{
    QVERIFY(TestUtil::createNodes(*m_session,
                                  {{u"/msrc"_s, "m"},
                                   {u"/msrc/x"_s, QByteArray("\x01\x02", 2)},
                                   {u"/msrc/x/y"_s, QByteArray()},
                                   {u"/msrc/z"_s, ""}}));
    const Snapshot before = snapshot(u"/msrc"_s);
    QCOMPARE(before.size(), 4);
    SubtreeCopyJob job(m_session.get());
    const CopyReport report = run(job, true, u"/msrc"_s, u"/mdst"_s);
    QVERIFY2(report.error.isOk(), qPrintable(report.error.toString()));
    QVERIFY(report.move);
    QCOMPARE(report.created, 4);
    QVERIFY(report.sourceDeleteRan);
    QCOMPARE(report.sourceDelete.deleted, 4);
    QVERIFY(report.sourceDeleted);
    QVERIFY(!exists(u"/msrc"_s));
    QCOMPARE(snapshot(u"/mdst"_s), before);
}

void TestSubtreeCopy::moveKeepsEphemeralAndItsAncestors()
{
    QVERIFY(TestUtil::createNodes(
        *m_session,
        {{u"/mesrc"_s, {}}, {u"/mesrc/a"_s, {}}, {u"/mesrc/a/b"_s, {}}, {u"/mesrc/c"_s, {}}}));
    bool done = false;
    m_session->create(u"/mesrc/a/eph"_s, "e", CreateMode::Ephemeral, ZkAclPresets::open(), this,
                      [&](const CreateReply &) { done = true; });
    QTRY_VERIFY(done);
    SubtreeCopyJob job(m_session.get());
    const CopyReport report = run(job, true, u"/mesrc"_s, u"/medst"_s);
    QVERIFY2(report.error.isOk(), qPrintable(report.error.toString()));
    QCOMPARE(report.created, 4);
    QCOMPARE(report.skippedEphemeral, 1);
    QVERIFY(report.sourceDeleteRan);
    QVERIFY(!report.sourceDeleted);
    QCOMPARE(report.sourceDelete.deleted, 2); // /mesrc/a/b and /mesrc/c
    QCOMPARE(report.sourceDelete.failed, 2);  // /mesrc/a and /mesrc, kept for the ephemeral
    QCOMPARE(TestUtil::listTree(*m_session, u"/mesrc"_s),
             (QStringList{u"/mesrc/a"_s, u"/mesrc/a/eph"_s}));
    QCOMPARE(TestUtil::listTree(*m_session, u"/medst"_s),
             (QStringList{u"/medst/a"_s, u"/medst/a/b"_s, u"/medst/c"_s}));
}

void TestSubtreeCopy::redactedAclIsNotCopied()
{
    QVERIFY(TestUtil::createNodes(*m_session,
                                  {{u"/rasrc"_s, {}},
                                   {u"/rasrc/ok"_s, "ok"},
                                   {u"/rasrc/locked"_s, "l"},
                                   {u"/rasrc/locked/kid"_s, "k"}}));
    bool done = false;
    m_session->setAcl(u"/rasrc/locked"_s, m_lockedAcl, -1, this,
                      [&](const DoneReply &) { done = true; });
    QTRY_VERIFY(done);
    const Snapshot before = snapshot(u"/rasrc"_s);
    QCOMPARE(before[u"/locked"_s].acl.first().id, u"someone:x"_s); // what the server shows us
    SubtreeCopyJob job(m_session.get());
    const CopyReport report = run(job, true, u"/rasrc"_s, u"/radst"_s);
    QVERIFY(report.error.isOk());
    QCOMPARE(report.total, 4);
    QCOMPARE(report.created, 2);
    QCOMPARE(report.failed, 2); // the locked node and its child
    QVERIFY(!report.copyComplete());
    QVERIFY(report.partialCopyLeft);
    QVERIFY(!report.sourceDeleteRan); // an incomplete move leaves the source untouched
    QCOMPARE(report.failures.size(), 2);
    QCOMPARE(report.failures.first().path, u"/radst/locked"_s);
    QCOMPARE(report.failures.first().error.code, ZkCode::NoAuth);
    QVERIFY(report.failures.first().error.message.contains(u"hides"_s));
    QCOMPARE(TestUtil::listTree(*m_session, u"/radst"_s), QStringList{u"/radst/ok"_s});
    QCOMPARE(snapshot(u"/rasrc"_s), before);
}

void TestSubtreeCopy::refusedBeforeSending_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("nothingSent");
    const int bad = int(ZkCode::BadArguments);
    QTest::newRow("into descendant")
        << u"/rsrc"_s << u"/rsrc/a/b"_s << bad
        << u"cannot move /rsrc into its own descendant /rsrc/a/b"_s << true;
    QTest::newRow("into child") << u"/rsrc"_s << u"/rsrc/new"_s << bad << u"own descendant"_s
                                << true;
    QTest::newRow("onto itself") << u"/rsrc"_s << u"/rsrc"_s << bad << u"onto itself"_s << true;
    QTest::newRow("root") << u"/"_s << u"/elsewhere"_s << bad << u"root"_s << true;
    QTest::newRow("invalid source") << u"/rsrc/"_s << u"/x"_s << bad << u"invalid path"_s << true;
    QTest::newRow("invalid destination")
        << u"/rsrc"_s << u"/x//y"_s << bad << u"invalid path"_s << true;
    QTest::newRow("destination exists") << u"/rsrc"_s << u"/rother"_s << int(ZkCode::NodeExists)
                                        << u"/rother already exists"_s << false;
    QTest::newRow("parent missing") << u"/rsrc"_s << u"/no/such/parent"_s << int(ZkCode::NoNode)
                                    << u"parent /no/such does not exist"_s << false;
    QTest::newRow("source missing") << u"/no-such-source"_s << u"/rnew"_s << int(ZkCode::NoNode)
                                    << u"source /no-such-source does not exist"_s << false;
}

void TestSubtreeCopy::refusedBeforeSending()
{
    QFETCH(QString, source);
    QFETCH(QString, destination);
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(bool, nothingSent);
    QVERIFY(TestUtil::createNodes(
        *m_session,
        {{u"/rsrc"_s, "r"}, {u"/rsrc/a"_s, "a"}, {u"/rsrc/a/b"_s, "b"}, {u"/rother"_s, "o"}}));
    const Snapshot before = snapshot(u"/rsrc"_s);
    const Snapshot otherBefore = snapshot(u"/rother"_s);
    QTRY_COMPARE(m_session->inFlight() + m_session->queued(), 0);
    SubtreeCopyJob job(m_session.get());
    QSignalSpy finished(&job, &SubtreeCopyJob::finished);
    job.move(source, destination);
    if (nothingSent) QCOMPARE(m_session->inFlight() + m_session->queued(), 0);
    QVERIFY(finished.wait(30000));
    const auto report = finished.first().first().value<CopyReport>();
    QCOMPARE(int(report.error.code), code);
    QVERIFY2(report.error.message.contains(message), qPrintable(report.error.message));
    QCOMPARE(report.created, 0);
    QVERIFY(!report.sourceDeleteRan);
    QCOMPARE(snapshot(u"/rsrc"_s), before);
    QCOMPARE(snapshot(u"/rother"_s), otherBefore);
    if (code != int(ZkCode::NodeExists) && ZkPath::isValid(destination)
        && !destination.startsWith(u"/rsrc"))
        QVERIFY(!exists(destination));
}

void TestSubtreeCopy::cancelLeavesPartialCopy()
{
    QVERIFY(TestUtil::createChildren(*m_session, u"/ccsrc"_s, 1000));
    SubtreeCopyJob job(m_session.get());
    job.setOptions({.batchOps = 50, .maxBatchesInFlight = 1});
    bool cancelled = false;
    connect(&job, &SubtreeCopyJob::progress, this, [&](qint64 done, qint64) {
        if (!cancelled && done >= 100) {
            cancelled = true;
            job.cancel();
        }
    });
    const CopyReport report = run(job, true, u"/ccsrc"_s, u"/ccdst"_s);
    QVERIFY(cancelled);
    QVERIFY(report.cancelled);
    QVERIFY(report.partialCopyLeft);
    QVERIFY(!report.sourceDeleteRan); // a cancelled move never touches the source
    QCOMPARE(report.total, 1001);
    QVERIFY(report.created > 0 && report.created < 1001);
    QCOMPARE(report.created + report.notAttempted + report.failed + report.unknown, 1001);
    // What the report says was created is exactly what exists.
    QCOMPARE(TestUtil::listTree(*m_session, u"/ccdst"_s).size() + 1, report.created);
    QCOMPARE(TestUtil::listTree(*m_session, u"/ccsrc"_s).size(), 1000);
    qInfo("cancelled move: %lld of %lld created, %lld not attempted", report.created, report.total,
          report.notAttempted);
}

void TestSubtreeCopy::readOnlySessionIsRefused()
{
    SessionOptions options;
    options.readOnly = true;
    auto ro = TestUtil::connect(m_session->options().connectString, 30000, options);
    QVERIFY(ro);
    const Snapshot before = snapshot(u"/csrc"_s);
    SubtreeCopyJob job(ro.get());
    for (bool move : {false, true}) {
        const CopyReport report = run(job, move, u"/csrc"_s, u"/cro"_s);
        QCOMPARE(report.error.code, ZkCode::NotReadOnly);
        QVERIFY2(report.error.message.contains(u"read-only"_s), qPrintable(report.error.message));
        QCOMPARE(report.created, 0);
        QCOMPARE(report.unknown, 0);
        QVERIFY(!report.partialCopyLeft);
        QVERIFY(!report.sourceDeleteRan);
        QVERIFY(!exists(u"/cro"_s));
    }
    QCOMPARE(snapshot(u"/csrc"_s), before);
}

QTEST_GUILESS_MAIN(TestSubtreeCopy)
#include "tst_int_subtreecopy.moc"
