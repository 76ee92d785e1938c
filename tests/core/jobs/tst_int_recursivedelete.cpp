// RecursiveDeleteJob against a real server: count, bottom-up batched delete, cancel, a child
// added meanwhile, the root's version check, read-only connections.

#include "jobs/recursivedeletejob.h"
#include "sandbox/sandboxserver.h"
#include "zk/zksession.h"
#include "zktestutil.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRecursiveDelete final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deletesTwoThousandNodesWithEphemerals();
    void cancelMidwayReportsExactly();
    void childAddedMeanwhileKeepsAncestors();
    void rootChangedMeanwhileIsKept();
    void startWithoutCountIsAnError();
    void readOnlySessionIsRefused();

private:
    /// root + `inner` inner nodes, each with `persistent` persistent and `ephemeral` ephemeral
    /// leaves (the ephemeral ones owned by m_session).
    bool buildTree(const QString &root, int inner, int persistent, int ephemeral);
    /// Nodes left of the subtree, the root included.
    qint64 nodesLeft(const QString &root);
    bool exists(ZkSession &session, const QString &path);

    std::unique_ptr<ZkSession> m_session;
};

void TestRecursiveDelete::initTestCase()
{
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY(server);
    m_session = TestUtil::connect(server->connectString());
    QVERIFY(m_session);
}

bool TestRecursiveDelete::buildTree(const QString &root, int inner, int persistent, int ephemeral)
{
    QList<std::pair<QString, QByteArray>> nodes{{root, "root"}};
    for (int a = 0; a < inner; ++a) {
        const QString pa = root + u"/a%1"_s.arg(a);
        nodes.append({pa, {}});
        for (int b = 0; b < persistent; ++b) nodes.append({pa + u"/p%1"_s.arg(b), "leaf"});
    }
    if (!TestUtil::createNodes(*m_session, nodes)) return false;
    int outstanding = 0;
    bool ok = true;
    for (int a = 0; a < inner; ++a) {
        for (int e = 0; e < ephemeral; ++e) {
            ++outstanding;
            m_session->create(root + u"/a%1/e%2"_s.arg(a).arg(e), "eph", CreateMode::Ephemeral,
                              ZkAclPresets::open(), this, [&](const CreateReply &r) {
                                  ok = ok && r.error.isOk();
                                  --outstanding;
                              });
        }
    }
    return QTest::qWaitFor([&] { return outstanding == 0; }, 60000) && ok;
}

bool TestRecursiveDelete::exists(ZkSession &session, const QString &path)
{
    ZkError error;
    TestUtil::getData(session, path, nullptr, &error);
    return error.isOk();
}

qint64 TestRecursiveDelete::nodesLeft(const QString &root)
{
    bool ok = false;
    const QStringList below = TestUtil::listTree(*m_session, root, 60000, &ok);
    if (!ok) return -1;
    return below.size() + (exists(*m_session, root) ? 1 : 0);
}

void TestRecursiveDelete::deletesTwoThousandNodesWithEphemerals()
{
    const QString root = u"/rdel"_s;
    // 20 inner nodes x (97 persistent + 2 ephemeral leaves) = 2,000 nodes below the root.
    QVERIFY(buildTree(root, 20, 97, 2));
    QCOMPARE(nodesLeft(root), 2001);

    RecursiveDeleteJob job(m_session.get());
    QSignalSpy counted(&job, &RecursiveDeleteJob::counted);
    QSignalSpy finished(&job, &RecursiveDeleteJob::finished);
    QSignalSpy progress(&job, &RecursiveDeleteJob::progress);
    job.count(root);
    QVERIFY(counted.wait(60000));
    const auto plan = counted.first().first().value<DeletePlan>();
    QVERIFY2(plan.error.isOk(), qPrintable(plan.error.toString()));
    QCOMPARE(plan.root, root);
    QCOMPARE(plan.nodes, 2001);
    QCOMPARE(plan.ephemeral, 40);
    QCOMPARE(plan.refused, 0);
    QCOMPARE(plan.toDelete(), 2001);
    QCOMPARE(nodesLeft(root), 2001); // counting deletes nothing
    QCOMPARE(finished.size(), 0);

    job.start();
    QVERIFY(finished.wait(120000));
    const auto report = finished.first().first().value<DeleteReport>();
    QVERIFY2(report.error.isOk(), qPrintable(report.error.toString()));
    QCOMPARE(report.total, 2001);
    QCOMPARE(report.deleted, 2001);
    QCOMPARE(report.vanished, 0);
    QCOMPARE(report.failed, 0);
    QVERIFY(report.failures.isEmpty());
    QVERIFY(!report.cancelled);
    QVERIFY(report.isComplete());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), 2001);
    QCOMPARE(progress.last().at(1).toLongLong(), 2001);
    bool ok = false;
    QVERIFY(TestUtil::listTree(*m_session, root, 60000, &ok).isEmpty());
    QVERIFY(ok);
    QVERIFY(!exists(*m_session, root));
    qInfo("deleted %lld nodes in %lld ms, %.0f nodes/s", report.deleted, report.elapsedMs,
          report.nodesPerSecond());
}

void TestRecursiveDelete::cancelMidwayReportsExactly()
{
    const QString root = u"/rdcancel"_s;
    QVERIFY(buildTree(root, 20, 97, 2));
    RecursiveDeleteJob job(m_session.get());
    // Small batches, few in flight: the cancel lands while most of the tree is still there.
    job.setOptions({.batchOps = 50, .maxBatchesInFlight = 2});
    bool cancelled = false;
    qint64 doneAtCancel = 0;
    connect(&job, &RecursiveDeleteJob::progress, this, [&](qint64 done, qint64 total) {
        if (!cancelled && total > 0 && done * 10 >= total * 3) {
            cancelled = true;
            doneAtCancel = done;
            job.cancel();
        }
    });
    QSignalSpy finished(&job, &RecursiveDeleteJob::finished);
    job.start(root);
    QVERIFY(finished.wait(120000));
    QVERIFY(cancelled);
    const auto report = finished.first().first().value<DeleteReport>();
    QVERIFY(report.cancelled);
    QVERIFY(report.error.isOk());
    QCOMPARE(report.total, 2001);
    QVERIFY(report.deleted >= doneAtCancel);
    QVERIFY2(report.deleted < report.total, "the whole tree went: the cancel did nothing");
    QCOMPARE(report.deleted + report.vanished + report.remaining(), report.total);
    QCOMPARE(report.unknown, 0);
    // The server agrees with the report.
    QCOMPARE(nodesLeft(root), report.total - report.deleted);
    QVERIFY(exists(*m_session, root));
    qInfo("cancelled at %lld done: %lld deleted, %lld not attempted, %lld left on the server",
          doneAtCancel, report.deleted, report.notAttempted, nodesLeft(root));
    QVERIFY(TestUtil::deleteTree(*m_session, root));
}

void TestRecursiveDelete::childAddedMeanwhileKeepsAncestors()
{
    const QString root = u"/rdgrow"_s;
    QVERIFY(buildTree(root, 3, 5, 0)); // 1 + 3 + 15 = 19 nodes
    auto other = TestUtil::connect(m_session->options().connectString);
    QVERIFY(other);
    RecursiveDeleteJob job(m_session.get());
    QSignalSpy counted(&job, &RecursiveDeleteJob::counted);
    QSignalSpy finished(&job, &RecursiveDeleteJob::finished);
    job.count(root);
    QVERIFY(counted.wait(30000));
    QCOMPARE(counted.first().first().value<DeletePlan>().nodes, 19);
    QVERIFY(TestUtil::createNodes(*other, {{root + u"/a1/late"_s, "new"}}));
    job.start();
    QVERIFY(finished.wait(30000));
    const auto report = finished.first().first().value<DeleteReport>();
    QVERIFY(report.error.isOk());
    QCOMPARE(report.total, 19);
    QCOMPARE(report.deleted, 17);
    QCOMPARE(report.failed, 2);
    QCOMPARE(report.failures.size(), 2);
    QHash<QString, ZkError> why;
    for (const PathError &f : report.failures) why.insert(f.path, f.error);
    QCOMPARE(why.value(root + u"/a1"_s).code, ZkCode::NotEmpty);
    QVERIFY(why.value(root + u"/a1"_s).message.contains(u"added"_s));
    QCOMPARE(why.value(root).code, ZkCode::NotEmpty);
    QVERIFY(why.value(root).message.contains(u"kept"_s));
    QCOMPARE(TestUtil::listTree(*m_session, root), (QStringList{root + u"/a1"_s, root + u"/a1/late"_s}));
    QVERIFY(exists(*m_session, root));
    QVERIFY(TestUtil::deleteTree(*m_session, root));
}

void TestRecursiveDelete::rootChangedMeanwhileIsKept()
{
    const QString root = u"/rdroot"_s;
    QVERIFY(buildTree(root, 2, 3, 0)); // 9 nodes
    RecursiveDeleteJob job(m_session.get());
    QSignalSpy counted(&job, &RecursiveDeleteJob::counted);
    QSignalSpy finished(&job, &RecursiveDeleteJob::finished);
    job.count(root);
    QVERIFY(counted.wait(30000));
    bool set = false;
    m_session->setData(root, "changed", -1, this, [&](const StatReply &r) { set = r.error.isOk(); });
    QTRY_VERIFY(set);
    job.start();
    QVERIFY(finished.wait(30000));
    const auto report = finished.first().first().value<DeleteReport>();
    QCOMPARE(report.deleted, 8);
    QCOMPARE(report.failed, 1);
    QCOMPARE(report.failures.first().path, root);
    QCOMPARE(report.failures.first().error.code, ZkCode::BadVersion);
    QCOMPARE(nodesLeft(root), 1);
    QVERIFY(TestUtil::deleteTree(*m_session, root));
}

void TestRecursiveDelete::startWithoutCountIsAnError()
{
    RecursiveDeleteJob job(m_session.get());
    QSignalSpy finished(&job, &RecursiveDeleteJob::finished);
    job.start();
    QVERIFY(finished.wait(5000));
    const auto report = finished.first().first().value<DeleteReport>();
    QCOMPARE(report.error.code, ZkCode::BadArguments);
    QCOMPARE(report.deleted, 0);
}

void TestRecursiveDelete::readOnlySessionIsRefused()
{
    const QString root = u"/rdro"_s;
    QVERIFY(buildTree(root, 5, 10, 0)); // 56 nodes
    SessionOptions options;
    options.readOnly = true;
    auto ro = TestUtil::connect(m_session->options().connectString, 30000, options);
    QVERIFY(ro);
    RecursiveDeleteJob job(ro.get());
    QSignalSpy finished(&job, &RecursiveDeleteJob::finished);
    job.start(root);
    QVERIFY(finished.wait(30000));
    const auto report = finished.first().first().value<DeleteReport>();
    QCOMPARE(report.error.code, ZkCode::NotReadOnly);
    QVERIFY2(report.error.message.contains(u"read-only"_s), qPrintable(report.error.message));
    QCOMPARE(report.total, 56);
    QCOMPARE(report.deleted, 0);
    QCOMPARE(report.notAttempted, 56);
    QCOMPARE(report.unknown, 0);
    QCOMPARE(nodesLeft(root), 56);
    QVERIFY(TestUtil::deleteTree(*m_session, root));
}

QTEST_GUILESS_MAIN(TestRecursiveDelete)
#include "tst_int_recursivedelete.moc"
