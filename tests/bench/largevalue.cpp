#include "largevalue.h"

#include "appcontroller.h"
#include "connectionview.h"
#include "latencyprobe.h"
#include "node/nodedataview.h"
#include "node/nodepanel.h"
#include "zk/zksession.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QString kRoot = u"/bench-large"_s;

// Runs the event loop until `done` holds or 60 s pass.
template<class Pred>
bool waitFor(Pred done)
{
    const QDeadlineTimer deadline(60000);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired()) loop.quit();
    });
    poll.start();
    if (!done()) loop.exec();
    return done();
}

bool write(ZkSession &admin, const QString &path, const QByteArray &data)
{
    bool finished = false;
    bool ok = false;
    admin.create(path, data, CreateMode::Persistent, ZkAclPresets::open(), &admin,
                 [&](const CreateReply &r) {
                     ok = r.error.isOk() || r.error.code == ZkCode::NodeExists;
                     finished = true;
                 });
    return waitFor([&] { return finished; }) && ok;
}

bool openNode(ConnectionView &window, const QString &path)
{
    window.selectPath(path);
    NodePanel *panel = window.nodePanel();
    return waitFor([&] { return panel->path() == path && panel->dataView()->hasData(); });
}

} // namespace

double largeValueMaxStallMs(ZkSession &admin, const QString &hosts)
{
    QByteArray line(921'600, 'a');
    for (qsizetype i = 0; i < line.size(); i += 7) line[i] = ' ';
    if (!write(admin, kRoot, {}) || !write(admin, kRoot + u"/small"_s, "small")
        || !write(admin, kRoot + u"/large"_s, line))
        return -1;
    AppController controller;
    ConnectionView window(&controller);
    window.resize(1280, 800);
    window.show();
    window.connectTo(hosts, false);
    if (!waitFor([&] { return window.currentPath() == u"/"_s; })
        || !openNode(window, kRoot + u"/small"_s))
        return -1;
    LatencyProbe probe;
    probe.start();
    const bool opened = openNode(window, kRoot + u"/large"_s);
    const qsizetype samples = probe.samples();
    waitFor([&] { return probe.samples() >= samples + 4; }); // the paint after it counts too
    probe.stop();
    return opened ? probe.peakMs() : -1;
}
