#include "transferbench.h"

#include "benchsupport.h"
#include "rawcrawl.h"
#include "sandbox/sandboxserver.h"
#include "transfer/importjob.h"
#include "transfer/subtreeexportjob.h"
#include "transfer/treecomparison.h"
#include "zk/zksession.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <malloc.h>

#include <algorithm>
#include <functional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using BenchSupport::figure;
using BenchSupport::note;

namespace {

double best(const std::vector<double> &v) { return *std::max_element(v.begin(), v.end()); }
double lowest(const std::vector<double> &v) { return *std::min_element(v.begin(), v.end()); }

// Runs `ops` (each calls its `done` once) all at once and waits for the last one.
void runAll(const std::vector<std::function<void(std::function<void()>)>> &ops)
{
    QEventLoop loop;
    size_t outstanding = ops.size();
    for (const auto &op : ops)
        op([&] {
            if (--outstanding == 0) loop.quit();
        });
    if (outstanding > 0) loop.exec();
}

// 1% of the nodes differ on the right: a third get new data, a third gain an extra child (only
// right), a third of the leaves are removed (only left). Returns how many differences.
int plantDifferences(ZkSession &right, const BenchTrees::NodeList &mixed, QObject *owner)
{
    std::vector<std::function<void(std::function<void()>)>> ops;
    QSet<QString> parents; // the list is not depth-first: a leaf is a node nobody's parent
    for (const auto &node : mixed) parents.insert(node.first.left(node.first.lastIndexOf(u'/')));
    for (qsizetype i = 50; i < mixed.size(); i += 100) {
        const QString path = mixed[i].first;
        const bool leaf = !parents.contains(path);
        const int what = int(i / 100) % 3;
        if (what == 0 || (what == 2 && !leaf))
            ops.push_back([&right, owner, path](std::function<void()> done) {
                right.setData(path, "changed by the bench", -1, owner,
                              [done](const auto &) { done(); });
            });
        else if (what == 1)
            ops.push_back([&right, owner, path](std::function<void()> done) {
                right.create(path + u"/bench-extra"_s, "extra", CreateMode::Persistent,
                             ZkAclPresets::open(), owner, [done](const auto &) { done(); });
            });
        else
            ops.push_back([&right, owner, path](std::function<void()> done) {
                right.remove(path, -1, owner, [done](const auto &) { done(); });
            });
    }
    runAll(ops);
    return int(ops.size());
}

struct ExportFigures
{
    std::vector<double> ours, rawData, rawDataAcl;
};

double exportOnce(ZkSession &session, const QString &root, const QString &file, qint64 *nodes)
{
    SubtreeExportJob job(&session);
    QEventLoop loop;
    ExportReport report;
    QObject::connect(&job, &SubtreeExportJob::finished, &loop, [&](const ExportReport &r) {
        report = r;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    job.start(root, file);
    if (job.isRunning()) loop.exec();
    if (!report.ok()) note(u"  export failed: "_s + report.error.toString());
    *nodes = report.nodes;
    return report.nodes / (clock.nsecsElapsed() / 1e9);
}

double rawCrawl(const QString &hosts, const QString &root, int reads, long *nodes = nullptr)
{
    const QByteArray h = hosts.toUtf8(), r = root.toUtf8();
    raw_crawl_result a{}, b{};
    if (raw_crawl_pipelined_reads(h.constData(), r.constData(), 1000, RAW_ISSUE_FROM_COMPLETION,
                                  reads, &a)
            != 0
        || raw_crawl_pipelined_reads(h.constData(), r.constData(), 1000, RAW_ISSUE_FROM_CALLER,
                                     reads, &b)
            != 0)
        note(u"  raw crawl with reads had errors"_s);
    if (nodes) *nodes = a.nodes;
    return std::max(a.nodes / a.seconds, b.nodes / b.seconds); // the faster design: the limit
}

void exportFigures(ZkSession &session, const QString &hosts, const QString &root, int runs,
                   const QString &file)
{
    ExportFigures f;
    qint64 nodes = 0;
    long rawNodes = 0;
    for (int run = 0; run < runs; ++run) {
        f.rawData.push_back(rawCrawl(hosts, root, RAW_READ_DATA, &rawNodes));
        f.ours.push_back(exportOnce(session, root, file, &nodes));
        f.rawDataAcl.push_back(rawCrawl(hosts, root, RAW_READ_DATA | RAW_READ_ACL));
        note(u"  export run %1: zkdesk %2 nodes/s (%3 nodes, %4 KB file); raw C crawl + data %5, "
             u"+ data + ACL %6 nodes/s"_s.arg(run + 1)
                 .arg(f.ours.back(), 0, 'f', 0)
                 .arg(nodes)
                 .arg(QFileInfo(file).size() / 1024)
                 .arg(f.rawData.back(), 0, 'f', 0)
                 .arg(f.rawDataAcl.back(), 0, 'f', 0));
    }
    if (nodes != rawNodes)
        note(u"  WARNING: export wrote %1 nodes, raw crawl saw %2"_s.arg(nodes).arg(rawNodes));
    figure(u"export of the mixed tree to a zkdesk JSON-lines file, best of %2: %1 nodes/s"_s.arg(
               u"%1"_s, QString::number(runs)),
           u"export-nodes-per-s"_s, best(f.ours));
    figure(u"crawl, raw C client pipelined, reading data too, best of %2: %1 nodes/s"_s.arg(
               u"%1"_s, QString::number(runs)),
           u"crawl-raw-data-nodes-per-s"_s, best(f.rawData));
    figure(u"crawl, raw C client pipelined, reading data and ACL (what export reads), best of "
           u"%2: %1 nodes/s"_s.arg(u"%1"_s, QString::number(runs)),
           u"crawl-raw-data-acl-nodes-per-s"_s, best(f.rawDataAcl));
    figure(u"export vs raw C crawl reading data (best vs best; target >= 0.7): %1"_s,
           u"export-vs-raw-data-crawl-ratio"_s, best(f.ours) / best(f.rawData), 2);
    figure(u"export vs raw C crawl reading data and ACL (same requests as export): %1"_s,
           u"export-vs-raw-data-acl-crawl-ratio"_s, best(f.ours) / best(f.rawDataAcl), 2);
}

// Both raw C crawls (data + ACL, what a compare reads) at once, each on its own thread, in ms.
double rawCrawlBothMs(const QString &left, const QString &right, const QString &root)
{
    const auto crawl = [&root](const QString &hosts) {
        const QByteArray h = hosts.toUtf8(), r = root.toUtf8();
        raw_crawl_result result{};
        if (raw_crawl_pipelined_reads(h.constData(), r.constData(), 1000, RAW_ISSUE_FROM_COMPLETION,
                                      RAW_READ_DATA | RAW_READ_ACL, &result)
            != 0)
            note(u"  raw crawl with reads had errors"_s);
    };
    QElapsedTimer clock;
    clock.start();
    std::thread a([&] { crawl(left); });
    std::thread b([&] { crawl(right); });
    a.join();
    b.join();
    return clock.nsecsElapsed() / 1e6;
}

double compareOnce(ZkSession &left, ZkSession &right, const QString &root, qint64 *differences,
                   double *rssMb, double *heapMb, bool keepData = false)
{
    malloc_trim(0);
    const qint64 rssBefore = BenchSupport::rssBytes();
    const qint64 heapBefore = qint64(mallinfo2().uordblks);
    TreeComparison comparison;
    QEventLoop loop;
    ZkError error;
    QObject::connect(&comparison, &TreeComparison::finished, &loop, [&](const ZkError &e) {
        error = e;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    comparison.start({&left, root, {}, keepData}, {&right, root, {}, keepData});
    if (comparison.isRunning()) loop.exec();
    const double ms = clock.nsecsElapsed() / 1e6;
    if (error) note(u"  compare failed: "_s + error.toString());
    *differences = comparison.diff().differences();
    *rssMb = (BenchSupport::rssBytes() - rssBefore) / 1048576.0;
    *heapMb = (qint64(mallinfo2().uordblks) - heapBefore) / 1048576.0; // what the result holds
    return ms;
}

void compareFigures(ZkSession &left, const QString &leftHosts, ZkSession &right,
                    const QString &rightHosts, const QString &root, int planted, int runs)
{
    std::vector<double> ours, raw, rss, heap;
    qint64 differences = 0;
    for (int run = 0; run < runs; ++run) {
        raw.push_back(rawCrawlBothMs(leftHosts, rightHosts, root));
        double rssMb = 0, heapMb = 0;
        ours.push_back(compareOnce(left, right, root, &differences, &rssMb, &heapMb));
        rss.push_back(rssMb);
        heap.push_back(heapMb);
        note(u"  compare run %1: %2 ms (%3 differences, %4 planted), RSS +%5 MB; raw C crawl of "
             u"both with data and ACL at once %6 ms"_s.arg(run + 1)
                 .arg(ours.back(), 0, 'f', 0)
                 .arg(differences)
                 .arg(planted)
                 .arg(rss.back(), 0, 'f', 1)
                 .arg(raw.back(), 0, 'f', 0));
    }
    double keptRss = 0, keptHeap = 0; // how much the digests save: the same compare keeping all
    compareOnce(left, right, root, &differences, &keptRss, &keptHeap, true);
    note(u"  compare keeping every value's bytes and Stat: RSS +%1 MB, heap %2 MB"_s
             .arg(keptRss, 0, 'f', 1)
             .arg(keptHeap, 0, 'f', 1));
    figure(u"compare two 50,000-node trees on two servers, 1% differences, best of %2: %1 ms"_s.arg(
               u"%1"_s, QString::number(runs)),
           u"compare-50k-ms"_s, lowest(ours));
    figure(u"raw C client crawl of both trees with data and ACL (at once), best of %2: %1 ms"_s.arg(
               u"%1"_s, QString::number(runs)),
           u"crawl-both-raw-data-ms"_s, lowest(raw));
    figure(u"compare vs crawling both with the raw C client (target <= 2): %1"_s,
           u"compare-vs-raw-crawl-both-ratio"_s, lowest(ours) / lowest(raw), 2);
    figure(
        u"resident memory added by a finished compare of the two trees, largest of %2: %1 MB"_s.arg(
            u"%1"_s, QString::number(runs)),
        u"compare-rss-mb"_s, *std::max_element(rss.begin(), rss.end()), 1);
    figure(u"heap held by a finished compare of the two trees (malloc), largest of %2: %1 MB"_s.arg(
               u"%1"_s, QString::number(runs)),
           u"compare-heap-mb"_s, *std::max_element(heap.begin(), heap.end()), 1);
    figure(u"heap held by the same compare keeping every value's bytes and Stat: %1 MB"_s,
           u"compare-heap-mb-keeping-data"_s, keptHeap, 1);
}

void importFigure(const QString &file, const QString &root, qint64 expected)
{
    SandboxServer target;
    if (!BenchSupport::startServer(target)) return;
    auto session = BenchSupport::connectSession(target.connectString());
    if (!session) return;
    ImportJob job(session.get());
    QEventLoop loop;
    SyncReport report;
    QObject::connect(&job, &ImportJob::prepared, &loop, [&](const ZkError &e) {
        if (e) {
            note(u"  import dry run failed: "_s + e.toString());
            loop.quit();
        } else {
            job.apply();
        }
    });
    QObject::connect(&job, &ImportJob::finished, &loop, [&](const SyncReport &r) {
        report = r;
        loop.quit();
    });
    malloc_trim(0);
    const qint64 rssBefore = BenchSupport::rssBytes();
    const bool peakKnown = BenchSupport::resetPeakRss();
    QElapsedTimer clock;
    clock.start();
    job.prepare(file, root, {});
    loop.exec();
    const double seconds = clock.nsecsElapsed() / 1e9;
    const qint64 peak = BenchSupport::peakRssBytes();
    if (report.created != expected)
        note(u"  WARNING: import created %1 of %2 nodes"_s.arg(report.created).arg(expected));
    figure(u"import of the export file into an empty server (dry run + writes): %1 nodes/s"_s,
           u"import-nodes-per-s"_s, report.created / seconds);
    if (peakKnown && peak > 0)
        figure(u"peak resident memory added while importing the %2-node export file: %1 MB"_s.arg(
                   u"%1"_s, QString::number(expected)),
               u"import-rss-mb"_s, (peak - rssBefore) / 1048576.0, 1);
}

} // namespace

void runTransferBench(ZkSession &session, const QString &hosts, const QString &root,
                      const BenchTrees::NodeList &mixed, int runs)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"export.zkdesk.json"_s);
    exportFigures(session, hosts, root, runs, file);

    SandboxServer rightServer;
    if (!BenchSupport::startServer(rightServer)) return;
    auto right = BenchSupport::connectSession(rightServer.connectString());
    if (!right || BenchTrees::create(*right, mixed) < 0) return;
    QObject owner;
    const int planted = plantDifferences(*right, mixed, &owner);
    compareFigures(session, hosts, *right, rightServer.connectString(), root, planted, runs);
    right.reset();

    importFigure(file, root, mixed.size());
}
