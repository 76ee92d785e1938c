// zkdesk-bench: starts a sandbox ZooKeeper server, builds the test trees and measures crawl,
// big-parent expansion, data search, event-loop latency and memory per loaded node.
// Run: build/tests/bench/zkdesk-bench   (or packaging/bench.sh, which builds it first).
// Not a test: it has no pass/fail; it prints one human line and one `name: value` line per
// figure.

#include "benchsupport.h"
#include "benchtrees.h"
#include "clistart.h"
#include "jobs/subtreecrawler.h"
#include "largevalue.h"
#include "latencyprobe.h"
#include "monitorbench.h"
#include "rawcrawl.h"
#include "sandbox/sandboxserver.h"
#include "search/subtreesearch.h"
#include "stormbench.h"
#include "transferbench.h"
#include "tree/znodetreemodel.h"
#include "zk/zksession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSysInfo>
#include <QThread>

#include <zookeeper/zookeeper_version.h>

#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMixedNodes = 50000;
constexpr int kBigChildren = 100000;
constexpr int kRuns = 3;
constexpr int kCrawlRuns = 5; // the crawl ratio is judged on the median of 5 interleaved pairs
const QString kMixedRoot = u"/kafka"_s;
const QString kBigParent = u"/big"_s;

using BenchSupport::connectSession;
using BenchSupport::figure;
using BenchSupport::note;
using BenchSupport::rssBytes;

double best(std::vector<double> v) { return *std::max_element(v.begin(), v.end()); }
double lowest(std::vector<double> v) { return *std::min_element(v.begin(), v.end()); }
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

QString cpuModel()
{
    QFile f(u"/proc/cpuinfo"_s);
    if (!f.open(QIODevice::ReadOnly)) return u"unknown CPU"_s;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 2));
    return u"unknown CPU"_s;
}

// How long a session takes to report a refused port (127.0.0.1:1), in ms.
double connectRefusedMs()
{
    ZkSession session;
    SessionOptions options;
    options.connectString = u"127.0.0.1:1"_s;
    options.connectTimeoutMs = 30000;
    QEventLoop loop;
    QObject::connect(&session, &ZkSession::connectFailed, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    if (session.open(options)) return -1;
    loop.exec();
    return clock.nsecsElapsed() / 1e6;
}

struct Latency
{
    double peak = 0, p99 = 0;
    void add(const LatencyProbe &p)
    {
        peak = std::max(peak, p.peakMs());
        p99 = std::max(p99, p.p99Ms());
    }
};

// One SubtreeCrawler run over the mixed tree: nodes/s; the probe runs meanwhile.
double crawlOnce(ZkSession &session, const SubtreeCrawler::Options &options, qint64 *nodes,
                 Latency *latency)
{
    SubtreeCrawler crawler(&session);
    LatencyProbe probe;
    QEventLoop loop;
    CrawlSummary summary;
    QObject::connect(&crawler, &SubtreeCrawler::finished, &loop, [&](const CrawlSummary &s) {
        summary = s;
        loop.quit();
    });
    probe.start();
    QElapsedTimer clock;
    clock.start();
    crawler.start(kMixedRoot, options);
    if (crawler.isRunning()) loop.exec();
    const double seconds = clock.nsecsElapsed() / 1e9;
    probe.stop();
    latency->add(probe);
    if (summary.error) note(u"  crawl failed: "_s + summary.error.toString());
    *nodes = summary.nodes;
    return summary.nodes / seconds;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) // the large-value figure opens a window
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int cores = QThread::idealThreadCount();
    note(u"zkdesk-bench on %1, %2 cores, %3 (Qt %4, ZooKeeper C client %5)"_s.arg(cpuModel())
             .arg(cores)
             .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()),
                  QString::fromLatin1(ZOO_VERSION)));

    SandboxServer server;
    server.setAdminServerPort(sandboxFreeLoopbackPort()); // dashboard-poll-admin-ms
    if (!BenchSupport::startServer(server)) return 1;
    const QString hosts = server.connectString();
    note(u"sandbox ZooKeeper server at %1 (same machine)"_s.arg(hosts));
    auto admin = connectSession(hosts);
    auto session = connectSession(hosts);
    if (!admin || !session) {
        std::fprintf(stderr, "could not connect to %s\n", qPrintable(hosts));
        return 1;
    }

    // ---- A refused port is reported at once, not after the connect timeout ----
    std::vector<double> refusedMs;
    for (int run = 0; run < kRuns; ++run) refusedMs.push_back(connectRefusedMs());
    figure(u"connect to a refused port (127.0.0.1:1) until the error, median of 3 (goal <= "
           u"1000): %1 ms"_s,
           u"connect-refused-ms"_s, median(refusedMs), 0);

    // ---- Trees ----
    const BenchTrees::NodeList mixed = BenchTrees::kafkaTree(kMixedRoot, kMixedNodes);
    const double mixedRate = BenchTrees::create(*admin, mixed);
    const double bigRate =
        BenchTrees::create(*admin, BenchTrees::bigParent(kBigParent, kBigChildren));
    if (mixedRate < 0 || bigRate < 0) return 1;
    figure(u"mixed (Kafka-like) tree: %1 nodes under %2"_s.arg(u"%1"_s, kMixedRoot),
           u"tree-mixed-nodes"_s, double(mixed.size()));
    figure(u"big parent: %1 children under %2"_s.arg(u"%1"_s, kBigParent), u"tree-big-children"_s,
           kBigChildren);
    figure(u"pipelined creates (ZkSession, 1000 in flight): %1 nodes/s"_s, u"create-nodes-per-s"_s,
           (mixedRate + bigRate) / 2);
    if (app.arguments().contains(u"--transfer-only"_s)) { // the issue 13 figures alone
        runTransferBench(*session, hosts, kMixedRoot, mixed, kRuns);
        BenchSupport::printMachineLines();
        return 0;
    }

    // ---- Crawl: raw C pipelined vs zkdesk's crawler vs raw C sequential, interleaved ----
    std::vector<double> rawCompletion, rawCaller, raw, ours, seq;
    Latency crawlLatency;
    qint64 ourNodes = 0;
    long rawNodes = 0, seqNodes = 0;
    const QByteArray cHosts = hosts.toUtf8(), cRoot = kMixedRoot.toUtf8();
    for (int run = 0; run < kCrawlRuns; ++run) {
        raw_crawl_result r{};
        if (raw_crawl_pipelined(cHosts.constData(), cRoot.constData(), 1000,
                                RAW_ISSUE_FROM_COMPLETION, &r)
            != 0)
            note(u"  raw pipelined crawl had errors"_s);
        rawCompletion.push_back(r.nodes / r.seconds);
        rawNodes = r.nodes;
        raw_crawl_result r2{};
        if (raw_crawl_pipelined(cHosts.constData(), cRoot.constData(), 1000, RAW_ISSUE_FROM_CALLER,
                                &r2)
            != 0)
            note(u"  raw pipelined crawl had errors"_s);
        rawCaller.push_back(r2.nodes / r2.seconds);
        if (r2.nodes != rawNodes) note(u"  WARNING: the raw crawls disagree"_s);
        // The limit is whichever raw design was faster in this run.
        raw.push_back(std::max(rawCompletion.back(), rawCaller.back()));
        ours.push_back(crawlOnce(*session, {}, &ourNodes, &crawlLatency));
        raw_crawl_result s{};
        if (raw_crawl_sequential(cHosts.constData(), cRoot.constData(), &s) != 0)
            note(u"  raw sequential crawl had errors"_s);
        seq.push_back(s.nodes / s.seconds);
        seqNodes = s.nodes;
        note(u"  crawl run %1: raw pipelined %2 (issued from the completion thread) / %3 (from "
             "a second thread), zkdesk %4, raw sequential %5 nodes/s"_s.arg(run + 1)
                 .arg(rawCompletion.back(), 0, 'f', 0)
                 .arg(rawCaller.back(), 0, 'f', 0)
                 .arg(ours.back(), 0, 'f', 0)
                 .arg(seq.back(), 0, 'f', 0));
    }
    if (ourNodes != rawNodes || seqNodes != rawNodes || rawNodes != mixed.size())
        note(u"  WARNING: node counts differ: created %1, raw %2, zkdesk %3, sequential %4"_s
                 .arg(mixed.size())
                 .arg(rawNodes)
                 .arg(ourNodes)
                 .arg(seqNodes));
    figure(u"crawl, raw C client pipelined, issuing from the completion thread, best of 5: "
           u"%1 nodes/s"_s,
           u"crawl-raw-pipelined-completion-nodes-per-s"_s, best(rawCompletion));
    figure(u"crawl, raw C client pipelined, issuing from a second thread, best of 5: %1 nodes/s"_s,
           u"crawl-raw-pipelined-caller-nodes-per-s"_s, best(rawCaller));
    figure(u"crawl, raw C client pipelined (1000 in flight; the faster of the two: the limit), "
           u"best of 5: %1 nodes/s"_s,
           u"crawl-raw-pipelined-nodes-per-s"_s, best(raw));
    figure(u"crawl, zkdesk SubtreeCrawler (median %2), best of 5: %1 nodes/s"_s.arg(
               u"%1"_s, QString::number(median(ours), 'f', 0)),
           u"crawl-zkdesk-nodes-per-s"_s, best(ours));
    figure(u"crawl, raw C client sequential (like zkCli ls -R), best of 5: %1 nodes/s"_s,
           u"crawl-raw-sequential-nodes-per-s"_s, best(seq));
    figure(u"crawler vs raw pipelined C (best vs best; target >= 0.80): %1"_s,
           u"crawl-vs-raw-ratio"_s, best(ours) / best(raw), 2);
    std::vector<double> pairRatios;
    for (size_t i = 0; i < ours.size(); ++i) pairRatios.push_back(ours[i] / raw[i]);
    figure(u"crawler vs raw pipelined C (median of the 5 interleaved run pairs; target >= 0.80): "
           u"%1"_s,
           u"crawl-vs-raw-ratio-median5"_s, median(pairRatios), 2);
    figure(u"crawler vs raw sequential C (best vs best; target >= 3): %1"_s,
           u"crawl-vs-sequential-ratio"_s, best(ours) / best(seq), 2);
    figure(u"event-loop latency during the crawls, peak: %1 ms"_s, u"crawl-latency-peak-ms"_s,
           crawlLatency.peak, 1);
    figure(u"event-loop latency during the crawls, p99: %1 ms"_s, u"crawl-latency-p99-ms"_s,
           crawlLatency.p99, 1);

    // ---- Expanding the 100,000-child parent in the model ----
    std::vector<double> expandMs, rssPerNode, heapPerNode;
    Latency expandLatency;
    for (int run = 0; run < kRuns; ++run) {
        auto model = std::make_unique<ZNodeTreeModel>(session.get());
        QEventLoop loop;
        QObject::connect(model.get(), &ZNodeTreeModel::childrenLoaded, &loop, &QEventLoop::quit);
        model->reload();
        model->fetchMore(model->index(0, 0));
        loop.exec();
        const QModelIndex big = model->indexForPath(kBigParent);
        malloc_trim(0);
        const qint64 rssBefore = rssBytes();
        const size_t heapBefore = mallinfo2().uordblks;
        LatencyProbe probe;
        QElapsedTimer clock;
        QObject::connect(model.get(), &QAbstractItemModel::rowsInserted, &loop,
                         [&](const QModelIndex &parent, int, int last) {
                             if (parent == big && last == kBigChildren - 1) loop.quit();
                         });
        probe.start();
        clock.start();
        model->fetchMore(big);
        loop.exec();
        expandMs.push_back(clock.nsecsElapsed() / 1e6);
        probe.stop();
        expandLatency.add(probe);
        QCoreApplication::processEvents();
        rssPerNode.push_back(double(rssBytes() - rssBefore) / kBigChildren);
        heapPerNode.push_back(double(qint64(mallinfo2().uordblks) - qint64(heapBefore))
                              / kBigChildren);
        if (model->rowCount(big) != kBigChildren) note(u"  WARNING: wrong row count"_s);
        note(u"  expand run %1: %2 ms, RSS +%3 bytes/node"_s.arg(run + 1)
                 .arg(expandMs.back(), 0, 'f', 0)
                 .arg(rssPerNode.back(), 0, 'f', 0));
    }
    figure(u"expand the 100,000-child parent (fetchMore to last row inserted), best of 3: %1 ms"_s
           u" (median %2 ms)"_s.arg(u"%1"_s, QString::number(median(expandMs), 'f', 0)),
           u"expand-100k-ms"_s, lowest(expandMs));
    figure(u"event-loop latency while expanding, peak: %1 ms"_s, u"expand-latency-peak-ms"_s,
           expandLatency.peak, 1);
    figure(u"event-loop latency while expanding, p99: %1 ms"_s, u"expand-latency-p99-ms"_s,
           expandLatency.p99, 1);
    figure(u"resident memory per loaded node (RSS delta / 100,000, median of 3; target < 300): "
           u"%1 bytes"_s,
           u"rss-bytes-per-node"_s, median(rssPerNode));
    figure(u"heap per loaded node (malloc main arena, median of 3): %1 bytes"_s,
           u"heap-bytes-per-node"_s, median(heapPerNode));

    // ---- Data search over the mixed tree ----
    std::vector<double> searchRate;
    Latency searchLatency;
    qint64 hits = 0, scanned = 0;
    for (int run = 0; run < kRuns; ++run) {
        SubtreeSearch search(session.get());
        SearchQuery q;
        q.root = kMixedRoot;
        q.dataMode = SearchQuery::TextMode::Substring;
        q.dataPattern = u"\"leader\":4,"_s;
        QEventLoop loop;
        SearchSummary summary;
        QObject::connect(&search, &SubtreeSearch::finished, &loop, [&](const SearchSummary &s) {
            summary = s;
            loop.quit();
        });
        LatencyProbe probe;
        probe.start();
        QElapsedTimer clock;
        clock.start();
        if (const QString why = search.start(q); !why.isEmpty()) {
            note(u"search refused: "_s + why);
            return 1;
        }
        loop.exec();
        searchRate.push_back(summary.scanned / (clock.nsecsElapsed() / 1e9));
        probe.stop();
        searchLatency.add(probe);
        hits = summary.hits;
        scanned = summary.scanned;
    }
    note(u"  data search for \"leader\":4, : %1 hits in %2 nodes"_s.arg(hits).arg(scanned));
    figure(u"search of the mixed tree by data content (getChildren + getData per node), best of "
           u"3: %1 nodes/s"_s,
           u"search-data-nodes-per-s"_s, best(searchRate));
    figure(u"event-loop latency during the searches, peak: %1 ms"_s, u"search-latency-peak-ms"_s,
           searchLatency.peak, 1);
    figure(u"event-loop latency during the searches, p99: %1 ms"_s, u"search-latency-p99-ms"_s,
           searchLatency.p99, 1);

    // ---- A 900 KB single-line value opened in the main window ----
    figure(u"longest event-loop stall while the window opens a 900 KB single-line value: %1 ms"_s,
           u"large-value-max-stall-ms"_s, largeValueMaxStallMs(*admin, hosts), 1);

    // ---- Write storm on a shown, watched part of the tree ----
    const StormFigures storm = runStormBench(hosts, kRuns);
    if (!storm.failure.isEmpty()) note(u"  storm: "_s + storm.failure);
    note(u"  storm: the slowest of %1 runs converged %2 ms after its last write"_s.arg(kRuns).arg(
        storm.convergeMaxMs, 0, 'f', 0));
    figure(u"write storm (1,000 writes/s for 3 s on 10 shown, watched rows + creates/deletes "
           u"under a 50,000-child expanded parent): the model equals the server %1 ms after "
           u"the last write (median; goal <= 1000)"_s,
           u"live-converge-ms"_s, storm.convergeMs);
    figure(u"event-loop latency during the storms, peak: %1 ms"_s, u"storm-latency-peak-ms"_s,
           storm.latencyPeakMs, 1);
    figure(u"event-loop latency during the storms, p99: %1 ms"_s, u"storm-latency-p99-ms"_s,
           storm.latencyP99Ms, 1);

    // ---- The dashboard's poll of one server holding the trees above ----
    figure(u"dashboard poll of one server by four-letter words (srvr + mntr), median of 5: %1 ms"_s,
           u"dashboard-poll-4lw-ms"_s, dashboardPollMs(server.port(), 0, 5), 1);
    figure(
        u"dashboard poll of one server by the AdminServer (monitor + stats), median of 5: %1 ms"_s,
        u"dashboard-poll-admin-ms"_s, dashboardPollMs(server.port(), server.adminServerPort(), 5),
        1);

    // ---- zkdesk-cli against zkCli.sh: one `ls /` from process start to exit ----
    figure(u"zkdesk-cli --connect ... ls /, process start to exit, median of 3: %1 ms"_s,
           u"cli-start-ms"_s, cliStartMs(hosts, kRuns));
    if (const double zkCliMs = zkCliStartMs(hosts, kRuns); zkCliMs >= 0)
        figure(u"zkCli.sh -server ... ls / (JVM), process start to exit, median of 3: %1 ms"_s,
               u"zkcli-start-ms"_s, zkCliMs);

    // ---- Export, compare and import (issue 13) ----
    runTransferBench(*session, hosts, kMixedRoot, mixed, kRuns);

    BenchSupport::printMachineLines();
    session.reset();
    admin.reset();
    return 0;
}
