// The ensemble dashboard dock on the offscreen platform against a real standalone server with
// ZooKeeper's default whitelist (srvr only) and the AdminServer on: the explanation of the
// refused words, the switch to the AdminServer, the charts, CSV export, pause, and a stopped
// server shown red with a gap. With ZKDESK_DASHBOARD_SCREENSHOT=<png> (run under xvfb-run with
// QT_QPA_PLATFORM=xcb), screenshot() also fills the dock from a 3-server ensemble and saves it.
#include "dashboard/dashboarddock.h"
#include "dashboard/metricchart.h"
#include "dashboard/servertablemodel.h"
#include "monitor/ensemblemonitor.h"
#include "sandbox/sandboxensemble.h"
#include "sandbox/sandboxserver.h"
#include "zk/zksession.h"
#include "zktestutil.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QFile>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString cell(const DashboardDock &dock, int row, int column)
{
    const QAbstractItemModel *model = dock.serverModel();
    return model->data(model->index(row, column)).toString();
}

bool startServer(SandboxServer &server)
{
    QSignalSpy started(&server, &SandboxServer::started);
    QSignalSpy failed(&server, &SandboxServer::failed);
    server.setStartTimeoutMs(90000);
    server.start();
    (void)QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, 95000);
    if (!failed.isEmpty()) qWarning("%s", qPrintable(failed.first().first().toString()));
    return !started.isEmpty();
}
} // namespace

class TestDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void dashboardOnDefaultWhitelist();
    void screenshot();
};

void TestDashboard::dashboardOnDefaultWhitelist()
{
    SandboxServer server;
    server.setFourLetterWhitelist(u"srvr"_s);
    const quint16 adminPort = sandboxFreeLoopbackPort();
    server.setAdminServerPort(adminPort);
    QVERIFY(startServer(server));
    auto session = TestUtil::connect(server.connectString());
    QVERIFY(session);

    DashboardDock dock(session.get());
    dock.setAdminPort(0); // four-letter words only
    dock.monitor()->setIntervalMs(200);
    dock.monitor()->setTimeoutMs(15000); // a cold JVM's first answer can take over 3 s
    QVERIFY(!dock.monitor()->isRunning()); // hidden: no polling
    dock.resize(1200, 700);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QTRY_VERIFY(dock.monitor()->isRunning());

    // srvr answers, mntr and wchs are refused: say so, with the exact line that allows them.
    QTRY_VERIFY_WITH_TIMEOUT(!dock.noticeText().isEmpty(), 20000);
    QVERIFY2(dock.noticeText().contains(u"4lw.commands.whitelist=srvr,mntr,wchs"),
             qPrintable(dock.noticeText()));
    QVERIFY(dock.noticeText().contains(u"refused mntr, wchs"));
    QCOMPARE(dock.serverModel()->rowCount(), 1);
    QCOMPARE(dock.serverModel()->connectedRow(), 0);
    QVERIFY(cell(dock, 0, ServerTableModel::Server).startsWith(u"● 127.0.0.1:"));
    QCOMPARE(cell(dock, 0, ServerTableModel::State), u"standalone"_s);
    QVERIFY(cell(dock, 0, ServerTableModel::Zxid).startsWith(u"0x"));
    QCOMPARE(cell(dock, 0, ServerTableModel::Watches), u"–"_s);
    QVERIFY(cell(dock, 0, ServerTableModel::Znodes).toInt() >= 4);

    // The AdminServer has every figure: the explanation goes away.
    dock.setAdminPort(adminPort);
    QTRY_VERIFY_WITH_TIMEOUT(cell(dock, 0, ServerTableModel::Watches) != u"–", 20000);
    QVERIFY(dock.noticeText().isEmpty());
    QVERIFY(cell(dock, 0, ServerTableModel::Ephemerals) != u"–");
    QVERIFY(cell(dock, 0, ServerTableModel::FileDescriptors).contains(u" / "));

    // Charts fill; the CSV has every sample, formula-safe.
    MetricChart *znodes = dock.charts().at(int(MonitorMetric::Znodes));
    QTRY_VERIFY_WITH_TIMEOUT(znodes->pointCount(0) >= 5, 20000);
    QCOMPARE(znodes->segmentCount(0), 1);
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(u"dashboard.csv"_s);
    QVERIFY(dock.exportCsv(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QVERIFY(lines.first().startsWith("time,server,state,mode,zxid"));
    QVERIFY(lines.size() >= 6);
    QVERIFY2(lines.at(1).contains(",up,standalone,0x"), lines.at(1).constData());

    // Pause and hiding stop the polling.
    dock.pauseAction()->setChecked(true);
    QVERIFY(!dock.monitor()->isRunning());
    QCOMPARE(dock.statusText(), u"Paused."_s);
    dock.pauseAction()->setChecked(false);
    QVERIFY(dock.monitor()->isRunning());
    dock.hide();
    QTRY_VERIFY(!dock.monitor()->isRunning());
    dock.show();
    QTRY_VERIFY(dock.monitor()->isRunning());

    // A stopped server: red row, "down", and the charts show the outage instead of a flat line.
    server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(cell(dock, 0, ServerTableModel::State) == u"down", 20000);
    const QAbstractItemModel *model = dock.serverModel();
    const QBrush background = model->data(model->index(0, 0), Qt::BackgroundRole).value<QBrush>();
    QVERIFY(background.color().red() > background.color().green());
    QTRY_VERIFY_WITH_TIMEOUT(znodes->downMarkCount() >= 1, 20000);
    QVERIFY(!model->data(model->index(0, ServerTableModel::State), Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
}

void TestDashboard::screenshot()
{
    const QString target = qEnvironmentVariable("ZKDESK_DASHBOARD_SCREENSHOT");
    if (target.isEmpty()) QSKIP("set ZKDESK_DASHBOARD_SCREENSHOT=<png> to take the screenshot");
    SandboxEnsemble ensemble(3);
    for (int i = 0; i < ensemble.size(); ++i)
        ensemble.member(i)->setAdminServerPort(sandboxFreeLoopbackPort());
    QSignalSpy started(&ensemble, &SandboxEnsemble::started);
    ensemble.start();
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 150000);
    auto session = TestUtil::connect(ensemble.connectString());
    QVERIFY(session);

    QMainWindow window;
    window.setWindowTitle(u"zkdesk — ensemble dashboard"_s);
    auto *dock = new DashboardDock(session.get(), &window);
    window.setCentralWidget(new QWidget(&window));
    window.centralWidget()->setMaximumHeight(1);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->monitor()->setIntervalMs(500);
    dock->monitor()->setTimeoutMs(15000);
    QList<ServerEndpoint> endpoints = dock->monitor()->servers();
    for (int i = 0; i < endpoints.size(); ++i)
        endpoints[i].adminPort =
            ensemble.member(ensemble.memberIndexForPort(endpoints[i].clientPort))
                ->adminServerPort();
    dock->monitor()->setServers(endpoints);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Load: nodes and watches arrive, one server (not the session's) goes away and comes back.
    const int connected = dock->monitor()->indexOf(session->connectedServer());
    QVERIFY(connected >= 0);
    // A follower: stopping the leader would start an election and drop the session too.
    QTRY_VERIFY_WITH_TIMEOUT(dock->monitor()->latest(0).timeMs > 0
                                 && dock->monitor()->latest(1).timeMs > 0
                                 && dock->monitor()->latest(2).timeMs > 0,
                             20000);
    int victim = 0;
    while (victim == connected || dock->monitor()->latest(victim).mode != ServerMode::Follower)
        ++victim;
    QVERIFY(victim < 3);
    SandboxServer *victimServer =
        ensemble.member(ensemble.memberIndexForPort(endpoints[victim].clientPort));
    for (int round = 0; round < 10; ++round) {
        (void)TestUtil::createChildren(*session, u"/load%1"_s.arg(round), 40 * (round + 1));
        for (int i = 0; i < 4 * round; ++i) // watches that stay set
            session->exists(u"/load%1/n%2"_s.arg(round).arg(i), true, &window,
                            [](const StatReply &) {});
        const int samples = int(dock->monitor()->history().samples(endpoints[0].label()).size());
        QTRY_VERIFY_WITH_TIMEOUT(
            int(dock->monitor()->history().samples(endpoints[0].label()).size()) >= samples + 3,
            20000);
        if (round == 5)
            victimServer->stop(); // shown down (red row, gap, red marks) in the screenshot
    }
    QVERIFY(!dock->monitor()->latest(victim).reachable);
    QVERIFY(window.grab().save(target));
    if (const int holdMs = qEnvironmentVariableIntValue("ZKDESK_DASHBOARD_HOLD_MS"))
        QTest::qWait(holdMs); // only for an external screen grab; never in CTest
}

QTEST_MAIN(TestDashboard)
#include "tst_ui_dashboard.moc"
