// The pipelined subtree crawler against a real server: completeness, vanished nodes, refused
// nodes, data fetching, cancel.

#include "jobs/subtreecrawler.h"
#include "sandbox/sandboxserver.h"
#include "zk/zksession.h"
#include "zktestutil.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCrawler final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsEveryNodeOfA20000NodeTree();
    void countsNodesDeletedMidCrawl();
    void fetchesDataAndAcl();
    void withDataFindsEveryNodeAndItsStat();
    void withDataListsOnlyNodesWithChildren();
    void withDataRespectsMaxDepth();
    void reportsRefusedNodesAndContinues();
    void cancelStopsPromptly();
    void cancelInTheLastBatchFinishesOnce();
    void missingRootIsAnError();

private:
    std::unique_ptr<ZkSession> m_session;
    QSet<QString> m_created;
};

void TestCrawler::initTestCase()
{
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY(server);
    m_session = TestUtil::connect(server->connectString());
    QVERIFY(m_session);
    // 20 x 50 x 20 = 20,000 leaves plus the inner nodes: a three-level tree.
    QList<std::pair<QString, QByteArray>> nodes;
    nodes.append({u"/crawl"_s, {}});
    for (int a = 0; a < 20; ++a) {
        const QString pa = u"/crawl/a%1"_s.arg(a);
        nodes.append({pa, {}});
        for (int b = 0; b < 50; ++b) {
            const QString pb = pa + u"/b%1"_s.arg(b);
            nodes.append({pb, {}});
            for (int c = 0; c < 20; ++c) nodes.append({pb + u"/c%1"_s.arg(c), "leaf"});
        }
    }
    QVERIFY(TestUtil::createNodes(*m_session, nodes, 300000));
    for (const auto &n : nodes) m_created.insert(n.first);
    QCOMPARE(m_created.size(), 1 + 20 + 1000 + 20000);
}

void TestCrawler::findsEveryNodeOfA20000NodeTree()
{
    SubtreeCrawler crawler(m_session.get());
    QSet<QString> found;
    int parentFirstViolations = 0;
    connect(&crawler, &SubtreeCrawler::nodesFound, this, [&](const QList<CrawledNode> &batch) {
        for (const CrawledNode &n : batch) {
            if (n.depth > 0 && !found.contains(n.path.section(u'/', 0, -2)))
                ++parentFirstViolations;
            found.insert(n.path);
        }
    });
    QSignalSpy finished(&crawler, &SubtreeCrawler::finished);
    crawler.start(u"/crawl"_s);
    QVERIFY(finished.wait(120000));
    const auto summary = finished.first().first().value<CrawlSummary>();
    QVERIFY2(summary.error.isOk(), qPrintable(summary.error.toString()));
    QCOMPARE(summary.nodes, qint64(m_created.size()));
    QCOMPARE(found, m_created);
    QCOMPARE(parentFirstViolations, 0);
    QCOMPARE(summary.vanished, 0);
    QVERIFY(!summary.cancelled);
    qInfo("crawl of %lld nodes: %lld ms, %.0f nodes/s", summary.nodes, summary.elapsedMs,
          summary.nodesPerSecond());
}

void TestCrawler::countsNodesDeletedMidCrawl()
{
    QVERIFY(TestUtil::createChildren(*m_session, u"/vanish"_s, 300));
    SubtreeCrawler crawler(m_session.get());
    // One request at a time: start() sends the root's listing at once, and the children are read
    // only after its reply. The deletes go out on the same session right after start(), so the
    // server (in order, per session) lists all 300 children and then removes 100 of them before
    // the crawl reads any child: the crawl meets exactly 100 vanished nodes, whatever the timing.
    SubtreeCrawler::Options options;
    options.maxInFlight = 1;
    QSignalSpy finished(&crawler, &SubtreeCrawler::finished);
    crawler.start(u"/vanish"_s, options);
    int deletesDone = 0;
    int deletesFailed = 0;
    QObject owner; // destroyed before the counters: a late reply after a failure is dropped
    for (int i = 200; i < 300; ++i)
        m_session->remove(u"/vanish/n%1"_s.arg(i), -1, &owner, [&](const DoneReply &r) {
            ++deletesDone;
            if (r.error) ++deletesFailed;
        });
    QVERIFY(finished.wait(60000));
    const auto summary = finished.first().first().value<CrawlSummary>();
    QVERIFY(summary.error.isOk());
    QTRY_COMPARE(deletesDone, 100);
    QCOMPARE(deletesFailed, 0);
    // Every node is either found or counted as vanished, never reported as an error.
    QCOMPARE(summary.vanished, 100);
    QCOMPARE(summary.nodes, 201);
}

void TestCrawler::fetchesDataAndAcl()
{
    QVERIFY(TestUtil::createNodes(*m_session,
                                  {{u"/crawldata"_s, "root"},
                                   {u"/crawldata/null"_s, QByteArray()},
                                   {u"/crawldata/bin"_s, QByteArray("\x00\xff\xfe", 3)}}));
    SubtreeCrawler crawler(m_session.get());
    QHash<QString, CrawledNode> found;
    connect(&crawler, &SubtreeCrawler::nodesFound, this, [&](const QList<CrawledNode> &batch) {
        for (const auto &n : batch) found.insert(n.path, n);
    });
    QSignalSpy finished(&crawler, &SubtreeCrawler::finished);
    crawler.start(u"/crawldata"_s, {.fetchData = true, .fetchAcl = true});
    QVERIFY(finished.wait(20000));
    QCOMPARE(found.size(), 3);
    QCOMPARE(found[u"/crawldata"_s].data, QByteArray("root"));
    QVERIFY(found[u"/crawldata/null"_s].data.isNull());
    QCOMPARE(found[u"/crawldata/bin"_s].data, QByteArray("\x00\xff\xfe", 3));
    QCOMPARE(found[u"/crawldata/bin"_s].acl, ZkAclPresets::open());
    QCOMPARE(found[u"/crawldata/bin"_s].stat.dataLength, 3);
}

// With data, getChildren is sent only to nodes whose data Stat has children: every node must
// still be found, parents first, each with the Stat of its own bytes.
void TestCrawler::withDataFindsEveryNodeAndItsStat()
{
    SubtreeCrawler crawler(m_session.get());
    QSet<QString> found;
    int parentFirstViolations = 0, badStats = 0;
    connect(&crawler, &SubtreeCrawler::nodesFound, this, [&](const QList<CrawledNode> &batch) {
        for (const CrawledNode &n : batch) {
            if (n.depth > 0 && !found.contains(n.path.section(u'/', 0, -2)))
                ++parentFirstViolations;
            const int children = n.depth == 0 ? 20 : n.depth == 1 ? 50 : n.depth == 2 ? 20 : 0;
            if (n.stat.numChildren != children || n.stat.dataLength != n.data.size()) ++badStats;
            found.insert(n.path);
        }
    });
    QSignalSpy finished(&crawler, &SubtreeCrawler::finished);
    crawler.start(u"/crawl"_s, {.fetchData = true, .fetchAcl = true});
    QVERIFY(finished.wait(120000));
    const auto summary = finished.first().first().value<CrawlSummary>();
    QVERIFY2(summary.error.isOk(), qPrintable(summary.error.toString()));
    QCOMPARE(found, m_created);
    QCOMPARE(parentFirstViolations, 0);
    QCOMPARE(badStats, 0);
}

// A leaf's getChildren is never sent: its data Stat already says it has no children.
void TestCrawler::withDataListsOnlyNodesWithChildren()
{
    SubtreeCrawler crawler(m_session.get());
    QSignalSpy finished(&crawler, &SubtreeCrawler::finished);
    crawler.start(u"/crawl/a0/b0/c0"_s, {.fetchData = true});
    QCOMPARE(m_session->inFlight() + m_session->queued(), 1); // the getData
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_session->inFlight() + m_session->queued(), 0); // and nothing after it
    QCOMPARE(finished.first().first().value<CrawlSummary>().nodes, 1);
}

void TestCrawler::withDataRespectsMaxDepth()
{
    SubtreeCrawler crawler(m_session.get());
    qint64 deepest = -1, nodes = 0;
    connect(&crawler, &SubtreeCrawler::nodesFound, this, [&](const QList<CrawledNode> &batch) {
        for (const CrawledNode &n : batch) {
            deepest = std::max<qint64>(deepest, n.depth);
            ++nodes;
        }
    });
    QSignalSpy finished(&crawler, &SubtreeCrawler::finished);
    crawler.start(u"/crawl"_s, {.fetchData = true, .maxDepth = 1});
    QVERIFY(finished.wait(60000));
    QCOMPARE(deepest, 1);
    QCOMPARE(nodes, 21);
}

void TestCrawler::reportsRefusedNodesAndContinues()
{
    QVERIFY(TestUtil::createNodes(
        *m_session,
        {{u"/crawlacl"_s, {}}, {u"/crawlacl/open"_s, {}}, {u"/crawlacl/open/x"_s, {}}}));
    bool created = false;
    m_session->create(u"/crawlacl/locked"_s, {}, CreateMode::Persistent,
                      {{u"digest"_s, u"someone:AAAAAAAAAAAAAAAAAAAAAAAAAAA="_s, ZkPerm::All}}, this,
                      [&](const CreateReply &r) { created = r.error.isOk(); });
    QTRY_VERIFY(created);
    SubtreeCrawler crawler(m_session.get());
    QSignalSpy finished(&crawler, &SubtreeCrawler::finished);
    crawler.start(u"/crawlacl"_s);
    QVERIFY(finished.wait(20000));
    const auto summary = finished.first().first().value<CrawlSummary>();
    QVERIFY(summary.error.isOk());
    QCOMPARE(summary.nodes, 3);
    QCOMPARE(summary.refused, 1);
    QCOMPARE(summary.refusedPaths, QStringList{u"/crawlacl/locked"_s});
}

void TestCrawler::cancelStopsPromptly()
{
    SubtreeCrawler crawler(m_session.get());
    qint64 nodesAfterCancel = 0;
    bool cancelled = false;
    connect(&crawler, &SubtreeCrawler::nodesFound, this, [&](const QList<CrawledNode> &batch) {
        if (cancelled)
            nodesAfterCancel += batch.size();
        else {
            cancelled = true;
            crawler.cancel();
        }
    });
    QSignalSpy finished(&crawler, &SubtreeCrawler::finished);
    crawler.start(u"/crawl"_s);
    QTRY_VERIFY_WITH_TIMEOUT(cancelled, 30000);
    QCOMPARE(finished.size(), 1); // finished at once, from cancel()
    const auto summary = finished.first().first().value<CrawlSummary>();
    QVERIFY(summary.cancelled);
    QVERIFY(summary.nodes < m_created.size());
    QVERIFY(!crawler.isRunning());
    // Late replies are ignored: nothing more is reported, and the session drains.
    QTRY_COMPARE_WITH_TIMEOUT(m_session->inFlight() + m_session->queued(), 0, 30000);
    QCOMPARE(nodesAfterCancel, 0);
    QCOMPARE(finished.size(), 1);
}

// A small tree is crawled before the 50 ms batch timer fires: its only nodesFound comes from
// finish() itself. Cancelling there must not make the crawler report finished twice.
void TestCrawler::cancelInTheLastBatchFinishesOnce()
{
    QVERIFY(TestUtil::createNodes(*m_session, {{u"/small"_s, {}}, {u"/small/a"_s, "a"}}));
    SubtreeCrawler crawler(m_session.get());
    int batches = 0;
    connect(&crawler, &SubtreeCrawler::nodesFound, this, [&] {
        if (++batches == 1) crawler.cancel();
    });
    QSignalSpy finished(&crawler, &SubtreeCrawler::finished);
    crawler.start(u"/small"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->inFlight() + m_session->queued(), 0, 30000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(batches, 1);
    QVERIFY(finished.first().first().value<CrawlSummary>().cancelled);
    QVERIFY(!crawler.isRunning());
}

void TestCrawler::missingRootIsAnError()
{
    SubtreeCrawler crawler(m_session.get());
    QSignalSpy finished(&crawler, &SubtreeCrawler::finished);
    crawler.start(u"/no/such/node"_s);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<CrawlSummary>().error.code, ZkCode::NoNode);
}

QTEST_GUILESS_MAIN(TestCrawler)
#include "tst_int_crawler.moc"
