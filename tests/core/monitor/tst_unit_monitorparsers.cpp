// The parsers of the four-letter words and of the AdminServer's JSON, on answers captured from
// real ZooKeeper 3.8 servers (data/: a 3-server ensemble with the whitelist open and the
// AdminServer on, a standalone server with the default whitelist, and a member without quorum).
#include "monitor/adminparser.h"
#include "monitor/dynamicconfig.h"
#include "monitor/fourletterparser.h"
#include "monitor/monitorhistory.h"

#include <QFile>
#include <QTest>

namespace {
QByteArray captured(const QString &name)
{
    QFile file(QStringLiteral(MONITOR_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly)) qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

QJsonObject adminObject(const QString &name)
{
    const AdminReply reply = AdminParser::parseReply(captured(name));
    if (!reply.ok()) qFatal("%s: %s", qPrintable(name), qPrintable(reply.error));
    return reply.object;
}
} // namespace

class TestMonitorParsers final : public QObject
{
    Q_OBJECT

private slots:
    void srvrLeader()
    {
        ServerSnapshot s;
        QVERIFY(FourLetterParser::applySrvr(captured(QStringLiteral("leader-srvr.txt")), &s));
        QCOMPARE(s.mode, ServerMode::Leader);
        QVERIFY(s.version.startsWith(u"3.8.0"));
        QCOMPARE(s.latencyMin, 0.0);
        QCOMPARE(s.latencyAvg, 4.1667);
        QCOMPARE(s.latencyMax, 23.0);
        QCOMPARE(s.connections, 2);
        QCOMPARE(s.outstanding, 0);
        QCOMPARE(s.zxid, 0x100000004LL);
        QCOMPARE(s.zxidEpoch(), 1);
        QCOMPARE(s.zxidCounter(), 4);
        QCOMPARE(s.zxidHex(), u"0x100000004"_qs);
        QCOMPARE(s.znodes, 7);
        QCOMPARE(s.watches, -1); // srvr has no watch count
    }

    void srvrFollowerAndStat()
    {
        ServerSnapshot follower;
        QVERIFY(
            FourLetterParser::applySrvr(captured(QStringLiteral("follower-srvr.txt")), &follower));
        QCOMPARE(follower.mode, ServerMode::Follower);
        QCOMPARE(follower.latencyMax, 22.0);
        // `stat` is srvr plus a Clients: section, which must not confuse the figures.
        ServerSnapshot stat;
        QVERIFY(FourLetterParser::applySrvr(captured(QStringLiteral("leader-stat.txt")), &stat));
        QCOMPARE(stat.mode, ServerMode::Leader);
        QCOMPARE(stat.connections, 2);
        QCOMPARE(stat.znodes, 7);
    }

    void srvrDefaultWhitelist()
    {
        ServerSnapshot s;
        QVERIFY(FourLetterParser::applySrvr(captured(QStringLiteral("default-srvr.txt")), &s));
        QCOMPARE(s.mode, ServerMode::Standalone);
        QCOMPARE(s.zxid, 0);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("word");
        for (const char *word : {"mntr", "conf", "cons", "wchs", "ruok", "stat"})
            QTest::newRow(word) << QStringLiteral("default-%1.txt").arg(QLatin1String(word))
                                << QString::fromLatin1(word);
        QTest::newRow("srvr answered") << QStringLiteral("default-srvr.txt") << QString();
        QTest::newRow("not serving") << QStringLiteral("notserving-srvr.txt") << QString();
    }
    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, word);
        QCOMPARE(FourLetterParser::refusedWord(captured(file)), word);
    }

    void notServing()
    {
        const QByteArray srvr = captured(QStringLiteral("notserving-srvr.txt"));
        QVERIFY(FourLetterParser::isNotServing(srvr));
        QVERIFY(FourLetterParser::isNotServing(captured(QStringLiteral("notserving-mntr.txt"))));
        QVERIFY(!FourLetterParser::isNotServing(captured(QStringLiteral("leader-srvr.txt"))));
        ServerSnapshot s;
        QVERIFY(!FourLetterParser::applySrvr(srvr, &s));
        QVERIFY(!FourLetterParser::applyMntr(srvr, &s));
    }

    void mntrLeader()
    {
        ServerSnapshot s;
        QVERIFY(FourLetterParser::applyMntr(captured(QStringLiteral("leader-mntr.txt")), &s));
        QCOMPARE(s.mode, ServerMode::Leader);
        QCOMPARE(s.latencyAvg, 4.1667);
        QCOMPARE(s.connections, 2);
        QCOMPARE(s.znodes, 7);
        QCOMPARE(s.watches, 3);
        QCOMPARE(s.ephemerals, 1);
        QCOMPARE(s.dataSize, 257);
        QCOMPARE(s.openFds, 51);
        QCOMPARE(s.maxFds, 20000);
        QCOMPARE(s.syncedFollowers, 2);
        QCOMPARE(s.pendingSyncs, 0);
        QCOMPARE(s.zxid, -1); // mntr has none: srvr or the AdminServer's stats give it
        QCOMPARE(FourLetterParser::parseMntr(captured(QStringLiteral("leader-mntr.txt")))
                     .value(QStringLiteral("peer_state")),
                 u"leading - broadcast"_qs);
    }

    void mntrFollowerHasNoLeaderFigures()
    {
        ServerSnapshot s;
        QVERIFY(FourLetterParser::applyMntr(captured(QStringLiteral("follower-mntr.txt")), &s));
        QCOMPARE(s.mode, ServerMode::Follower);
        QCOMPARE(s.syncedFollowers, -1);
        QCOMPARE(s.pendingSyncs, -1);
        QVERIFY(s.watches >= 0);
    }

    void conf()
    {
        const QHash<QString, QString> conf =
            FourLetterParser::parseConf(captured(QStringLiteral("leader-conf.txt")));
        QCOMPARE(conf.value(QStringLiteral("serverId")), u"3"_qs);
        QCOMPARE(conf.value(QStringLiteral("clientPort")), u"42183"_qs);
        QCOMPARE(conf.value(QStringLiteral("tickTime")), u"500"_qs);
        // Its membership section is the dynamic config.
        const QList<ServerEndpoint> members =
            DynamicConfig::parseMembers(captured(QStringLiteral("leader-conf.txt")));
        QCOMPARE(members.size(), 3);
        QCOMPARE(members[2].serverId, 3);
        QCOMPARE(members[2].label(), u"127.0.0.1:42183"_qs);
    }

    void cons()
    {
        const QList<ClientConnection> leader =
            FourLetterParser::parseCons(captured(QStringLiteral("leader-cons.txt")));
        QCOMPARE(leader.size(), 2);
        QCOMPARE(leader[0].address, u"127.0.0.1:39506"_qs);
        QCOMPARE(leader[0].sessionId, 0x30000bb1cbb0000LL);
        QCOMPARE(leader[0].lastOperation, u"PING"_qs);
        QCOMPARE(leader[0].received, 12);
        QCOMPARE(leader[0].timeoutMs, 10000);
        QCOMPARE(leader[0].avgLatency, 4.0);
        QCOMPARE(leader[0].maxLatency, 23.0);
        // The 4lw connection itself: no session yet.
        QCOMPARE(leader[1].sessionId, -1);
        QCOMPARE(leader[1].received, 1);
    }

    void wchs()
    {
        const WatchSummary w =
            FourLetterParser::parseWchs(captured(QStringLiteral("leader-wchs.txt")));
        QCOMPARE(w.connections, 1);
        QCOMPARE(w.paths, 2);
        QCOMPARE(w.total, 2);
        QCOMPARE(FourLetterParser::parseWchs(captured(QStringLiteral("default-wchs.txt"))).total,
                 -1);
    }

    void whitelistSetting()
    {
        QCOMPARE(FourLetterParser::whitelistSetting({u"srvr"_qs, u"mntr"_qs, u"conf"_qs}),
                 u"4lw.commands.whitelist=srvr,mntr,conf"_qs);
    }

    void adminMonitor()
    {
        ServerSnapshot s;
        QVERIFY(AdminParser::applyMonitor(adminObject(QStringLiteral("leader-admin-monitor.json")),
                                          &s));
        QCOMPARE(s.mode, ServerMode::Leader);
        QVERIFY(s.version.startsWith(u"3.8.0"));
        QCOMPARE(s.znodes, 7);
        QCOMPARE(s.watches, 3);
        QCOMPARE(s.ephemerals, 1);
        QCOMPARE(s.connections, 1);
        QCOMPARE(s.latencyAvg, 4.0769);
        QCOMPARE(s.latencyMax, 23.0);
        QCOMPARE(s.dataSize, 257);
        QCOMPARE(s.openFds, 51);
        QCOMPARE(s.syncedFollowers, 2);
        QCOMPARE(s.pendingSyncs, 0);
        ServerSnapshot f;
        QVERIFY(AdminParser::applyMonitor(
            adminObject(QStringLiteral("follower-admin-monitor.json")), &f));
        QCOMPARE(f.mode, ServerMode::Follower);
        QCOMPARE(f.syncedFollowers, -1);
    }

    void adminStatsZxid()
    {
        ServerSnapshot s;
        QVERIFY(
            AdminParser::applyStats(adminObject(QStringLiteral("leader-admin-stats.json")), &s));
        QCOMPARE(s.zxid, 4294967300LL);
        QCOMPARE(s.zxidHex(), u"0x100000004"_qs);
    }

    void adminLeader()
    {
        const LeaderInfo leader =
            AdminParser::parseLeader(adminObject(QStringLiteral("leader-admin-leader.json")));
        QVERIFY(leader.isLeader);
        QCOMPARE(leader.leaderId, 3);
        QCOMPARE(leader.leaderIp, u"127.0.0.1"_qs);
        QVERIFY(!AdminParser::parseLeader(adminObject(QStringLiteral("follower-admin-leader.json")))
                     .isLeader);
    }

    void adminVotingView()
    {
        const QList<ServerEndpoint> members = AdminParser::parseVotingView(
            adminObject(QStringLiteral("leader-admin-voting_view.json")));
        QCOMPARE(members.size(), 3);
        QCOMPARE(members[0].serverId, 1);
        QCOMPARE(members[0].label(), u"127.0.0.1:42181"_qs);
    }

    void adminErrors()
    {
        QCOMPARE(AdminParser::parseReply(captured(QStringLiteral("admin-unknown.json"))).error,
                 u"Unknown command: nosuch"_qs);
        QCOMPARE(
            AdminParser::parseReply(captured(QStringLiteral("notserving-admin-stats.json"))).error,
            u"This ZooKeeper instance is not currently serving requests"_qs);
        // Jetty's HTML error page (a NullPointerException while there is no quorum).
        const AdminReply page =
            AdminParser::parseReply(captured(QStringLiteral("notserving-admin-monitor.json")));
        QVERIFY(!page.ok());
        QVERIFY2(page.error.startsWith(u"Error 500 java.lang.NullPointerException"),
                 qPrintable(page.error));
    }

    void dynamicConfig_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("3.5+ form")
            << QByteArray("server.2=10.0.0.2:2888:3888:participant;10.0.0.2:2181\n"
                          "server.1=10.0.0.1:2888:3888:participant;0.0.0.0:2181\n"
                          "version=100000000")
            << QStringList{u"10.0.0.1:2181"_qs, u"10.0.0.2:2181"_qs};
        QTest::newRow("port only, observer")
            << QByteArray("server.4=zk4:2888:3888:observer;2182\n") << QStringList{u"zk4:2182"_qs};
        QTest::newRow("no client address (static 3.4 form)")
            << QByteArray("server.1=zk1:2888:3888\n") << QStringList{};
    }
    void dynamicConfig()
    {
        QFETCH(QByteArray, config);
        QFETCH(QStringList, labels);
        QStringList got;
        for (const ServerEndpoint &e : DynamicConfig::parseMembers(config)) got << e.label();
        QCOMPARE(got, labels);
    }

    void historyIsBoundedAndCsvIsSafe()
    {
        MonitorHistory history(10000);
        ServerSnapshot s;
        s.reachable = true;
        s.mode = ServerMode::Leader;
        s.znodes = 5;
        for (int i = 0; i <= 20; ++i) {
            s.timeMs = 1'700'000'000'000LL + i * 1000;
            history.add(u"a:1"_qs, s);
        }
        QCOMPARE(history.samples(u"a:1"_qs).size(), size_t(11)); // the last 10 s, both ends
        ServerSnapshot down;
        down.timeMs = s.timeMs + 1000;
        down.error = u"=HYPERLINK(\"x\")"_qs;
        history.add(u"b:2"_qs, down);
        QCOMPARE(monitorMetricValue(down, MonitorMetric::Znodes), -1.0);
        QCOMPARE(monitorMetricValue(s, MonitorMetric::Znodes), 5.0);
        const QStringList lines = history.toCsv().split(u"\r\n"_qs, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 11 + 1);
        QVERIFY(lines[0].startsWith(u"time,server,state,mode,zxid"));
        QVERIFY2(lines[1].contains(u",a:1,up,leader,,"), qPrintable(lines[1]));
        QVERIFY2(lines.last().contains(u",b:2,down,"), qPrintable(lines.last()));
        QVERIFY2(lines.last().endsWith(u"\"'=HYPERLINK(\"\"x\"\")\""), qPrintable(lines.last()));
    }
};

QTEST_GUILESS_MAIN(TestMonitorParsers)
#include "tst_unit_monitorparsers.moc"
