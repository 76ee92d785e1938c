#include "stormbench.h"

#include "latencyprobe.h"
#include "tree/znodetreemodel.h"
#include "treestorm.h"
#include "watchlog/subtreewatcher.h"
#include "watchlog/watchlogmodel.h"
#include "zk/zksession.h"
#include "zktestutil.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
const QString kParent = u"/bench-storm/wide"_s;
constexpr int kChildren = 50000;
constexpr int kHot = 10;
constexpr int kChurn = 20;

bool expandTo(ZNodeTreeModel &model, const QString &path)
{
    bool done = false;
    QObject context;
    model.loadPath(path, &context, [&](const QModelIndex &index, const ZkError &error) {
        for (QModelIndex i = index; !error && i.isValid(); i = i.parent())
            model.setExpanded(i, true);
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 60000)
        && QTest::qWaitFor([&] { return model.watchedPaths().contains(path); }, 60000);
}
} // namespace

StormFigures runStormBench(const QString &hosts, int runs)
{
    StormFigures out;
    auto admin = TestUtil::connect(hosts);
    auto session = TestUtil::connect(hosts);
    auto writer = TestUtil::connect(hosts);
    auto checker = TestUtil::connect(hosts);
    if (!admin || !session || !writer || !checker) return {.failure = u"could not connect"_s};
    QStringList hot, churn;
    QList<std::pair<QString, QByteArray>> hotNodes;
    for (int i = 0; i < kHot; ++i) {
        hot << kParent + u"/hot%1"_s.arg(i);
        hotNodes.append({hot.back(), "0"_ba});
    }
    for (int i = 0; i < kChurn; ++i) churn << kParent + u"/churn%1"_s.arg(i);
    if (!TestUtil::deleteTree(*admin, u"/bench-storm"_s)
        || !TestUtil::createNodes(*admin, {{u"/bench-storm"_s, {}}})
        || !TestUtil::createChildren(*admin, kParent, kChildren, u"c"_s, "x"_ba)
        || !TestUtil::createNodes(*admin, hotNodes))
        return {.failure = u"could not create the tree"_s};

    ZNodeTreeModel model(session.get());
    WatchLogModel log;
    log.setSession(session.get());
    SubtreeWatcher watcher(session.get());
    const QStringList shown = hot + churn + QStringList{kParent};
    ShownRows view(&model, shown);
    model.reload();
    if (!expandTo(model, kParent)) return {.failure = u"could not expand the parent"_s};
    for (const QString &path : std::as_const(hot)) watcher.watchSubtree(path);
    if (!QTest::qWaitFor([&] { return watcher.watchedCount() == kHot && !watcher.isCrawling(); },
                         60000))
        return {.failure = u"the subtree watches were not all set within 60 s"_s};
    view.paintAll();

    std::vector<double> converge;
    StormWriter storm(writer.get(), hot, churn); // keeps which churn nodes exist
    for (int run = 0; run < runs; ++run) {
        LatencyProbe probe;
        QEventLoop loop;
        const auto quit =
            QObject::connect(&storm, &StormWriter::finished, &loop, &QEventLoop::quit);
        probe.start();
        storm.start(1000, 3000);
        loop.exec();
        QObject::disconnect(quit);
        QElapsedTimer sinceLastWrite;
        sinceLastWrite.start();
        probe.stop(); // the waits below sleep between checks: not the model's latency
        out.latencyP99Ms = std::max(out.latencyP99Ms, probe.p99Ms());
        out.latencyPeakMs = std::max(out.latencyPeakMs, probe.peakMs());
        const auto server = readStats(*checker, shown);
        const bool ok =
            !server.isEmpty() && QTest::qWaitFor([&] { return modelEquals(model, server); }, 30000);
        converge.push_back(double(sinceLastWrite.nsecsElapsed()) / 1e6);
        QString why;
        if (!ok && out.failure.isEmpty()) {
            modelEquals(model, server, &why);
            out.failure = u"run %1 did not converge in 30 s: %2"_s.arg(run + 1).arg(why);
        }
    }
    std::sort(converge.begin(), converge.end());
    out.convergeMs = converge[converge.size() / 2];
    out.convergeMaxMs = converge.back();
    TestUtil::deleteTree(*admin, u"/bench-storm"_s);
    return out;
}
