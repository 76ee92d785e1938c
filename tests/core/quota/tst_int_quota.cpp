// Quotas against a real server started with zookeeper.enforceQuota=true: set/list/clear on
// zkCli's layout, the nesting rule, usage over a soft limit, a hard limit refusing writes.

#include "consoledriver.h"
#include "quota/quotaeditor.h"
#include "quota/quotascan.h"
#include "sandbox/sandboxserver.h"
#include "zk/zksession.h"
#include "zktestutil.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using TestUtil::runLine;

class TestQuota final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void valuesParseLikeTheServer_data();
    void valuesParseLikeTheServer();
    void setListClear();
    void nestingRule();
    void softLimitIsReportedNotEnforced();
    void hardLimitRefusesWrites();
    void refusedBeforeSending();

private:
    NodeQuota scan(const QString &path);

    std::unique_ptr<ZkSession> m_session;
    std::unique_ptr<ConsoleExecutor> m_console;
};

void TestQuota::initTestCase()
{
    // This process's sandbox enforces hard limits (off by default in ZooKeeper 3.8).
    qputenv("ZKDESK_SANDBOX_JVMFLAGS", "-Dzookeeper.enforceQuota=true");
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY(server);
    m_session = TestUtil::connect(server->connectString());
    QVERIFY(m_session);
    m_console = std::make_unique<ConsoleExecutor>(m_session.get(), false);
    QVERIFY(TestUtil::createNodes(
        *m_session,
        {{u"/q"_s, "12345"}, {u"/q/a"_s, "x"}, {u"/q/a/b"_s, {}}, {u"/q/other"_s, {}}}));
}

void TestQuota::valuesParseLikeTheServer_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<qint64>>("values");
    QTest::newRow("3.8 limits") << QByteArray("count=3,bytes=-1=;byteHardLimit=10;countHardLimit=5")
                                << QList<qint64>{3, -1, 5, 10};
    QTest::newRow("stats") << QByteArray("count=4,bytes=1") << QList<qint64>{4, 1, -1, -1};
    QTest::newRow("3.5 limits") << QByteArray("count=-1,bytes=100")
                                << QList<qint64>{-1, 100, -1, -1};
    QTest::newRow("empty value") << QByteArray("count=,bytes=7") << QList<qint64>{-1, 7, -1, -1};
}

void TestQuota::valuesParseLikeTheServer()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<qint64>, values);
    const QuotaValues parsed = QuotaValues::parse(text);
    QCOMPARE(
        (QList<qint64>{parsed.count, parsed.bytes, parsed.countHardLimit, parsed.byteHardLimit}),
        values);
    QCOMPARE(QuotaValues::parse(parsed.limitsText()), parsed); // round trip
}

NodeQuota TestQuota::scan(const QString &path)
{
    QuotaScan scan(m_session.get());
    QSignalSpy done(&scan, &QuotaScan::finished);
    scan.start();
    if (!done.wait(30000)) return {};
    return scan.quotas().value(path);
}

void TestQuota::setListClear()
{
    auto r = runLine(*m_console, u"setquota -n 10 /q/a"_s);
    QVERIFY2(r.ok, qPrintable(r.err.join(u'\n')));
    // zkCli's exact layout and text.
    QCOMPARE(TestUtil::getData(*m_session, u"/zookeeper/quota/q/a/zookeeper_limits"_s),
             "count=10,bytes=-1=;byteHardLimit=-1;countHardLimit=-1");
    // The server keeps the usage: /q/a and /q/a/b, 1 byte.
    QTRY_COMPARE(TestUtil::getData(*m_session, u"/zookeeper/quota/q/a/zookeeper_stats"_s),
                 "count=2,bytes=1");
    r = runLine(*m_console, u"setquota -B 4096 /q/a"_s); // adds a limit, keeps the others
    QVERIFY(r.ok);
    r = runLine(*m_console, u"listquota /q/a"_s);
    QVERIFY(r.ok);
    QCOMPARE(r.out,
             (QStringList{
                 u"absolute path is /zookeeper/quota/q/a/zookeeper_limits"_s,
                 u"Output quota for /q/a count=10,bytes=-1=;byteHardLimit=4096;countHardLimit=-1"_s,
                 u"Output stat for /q/a count=2,bytes=1"_s}));
    r = runLine(*m_console, u"delquota -n /q/a"_s);
    QVERIFY(r.ok);
    const NodeQuota quota = scan(u"/q/a"_s);
    QVERIFY(quota.exists);
    QCOMPARE(quota.limits.count, -1);
    QCOMPARE(quota.limits.byteHardLimit, 4096);
    r = runLine(*m_console, u"delquota /q/a"_s);
    QVERIFY(r.ok);
    QVERIFY(TestUtil::listTree(*m_session, u"/zookeeper/quota"_s).filter(u"/q"_s).isEmpty());
    r = runLine(*m_console, u"listquota /q/a"_s);
    QVERIFY(!r.ok);
    QCOMPARE(r.err, QStringList{u"quota for /q/a does not exist."_s});
    r = runLine(*m_console, u"delquota /q/a"_s);
    QCOMPARE(r.err, QStringList{u"Quota does not exist for /q/a"_s});
}

void TestQuota::nestingRule()
{
    QVERIFY(runLine(*m_console, u"setquota -n 100 /q/a"_s).ok);
    auto r = runLine(*m_console, u"setquota -n 5 /q/a/b"_s);
    QVERIFY(!r.ok);
    QCOMPARE(r.err, QStringList{u"/q/a/b has a parent /q/a which has a quota"_s});
    r = runLine(*m_console, u"setquota -n 5 /q"_s);
    QVERIFY(!r.ok);
    QCOMPARE(r.err, QStringList{u"/q has a child /q/a which has a quota"_s});
    QVERIFY(runLine(*m_console, u"setquota -n 5 /q/other"_s).ok); // a sibling is fine
    QVERIFY(!scan(u"/q"_s).exists);
    QVERIFY(runLine(*m_console, u"delquota /q/other"_s).ok);
    QVERIFY(runLine(*m_console, u"delquota /q/a"_s).ok);
    // The quota parent /zookeeper/quota/q went with its last quota.
    QVERIFY(
        !TestUtil::listTree(*m_session, u"/zookeeper/quota"_s).contains(u"/zookeeper/quota/q"_s));
}

void TestQuota::softLimitIsReportedNotEnforced()
{
    QuotaEditor editor(m_session.get());
    QSignalSpy done(&editor, &QuotaEditor::finished);
    editor.setLimit(u"/q/a"_s, QuotaField::Count, 1);
    QVERIFY(done.wait(30000));
    QVERIFY(!done[0][0].value<ZkError>());
    // Already over: zkCli's warning.
    QCOMPARE(
        done[0][1].toStringList(),
        QStringList{u"[Warning]: the count quota you create is less than the existing count: 2"_s});
    QVERIFY(TestUtil::createNodes(*m_session, {{u"/q/a/c"_s, {}}})); // soft: allowed
    NodeQuota quota;
    QTRY_VERIFY((quota = scan(u"/q/a"_s)).usage.count == 3);
    QVERIFY(quota.overSoftLimit());
    QVERIFY(!quota.overHardLimit());
    QCOMPARE(quota.exceeded(), QStringList{u"3 nodes, over the soft limit of 1"_s});
    const auto r = runLine(*m_console, u"listquota /q/a"_s);
    QCOMPARE(r.notes, QStringList{u"/q/a: 3 nodes, over the soft limit of 1"_s});
    QVERIFY(runLine(*m_console, u"delquota /q/a"_s).ok);
}

void TestQuota::hardLimitRefusesWrites()
{
    QVERIFY(runLine(*m_console, u"setquota -N 3 /q/a"_s).ok); // /q/a, b, c: full
    auto r = runLine(*m_console, u"create /q/a/d"_s);
    QVERIFY(!r.ok);
    QCOMPARE(r.err.size(), 1);
    QVERIFY2(r.err[0].startsWith(u"Quota has exceeded : /q/a/d"_s), qPrintable(r.err[0]));
    QVERIFY(runLine(*m_console, u"setquota -B 10 /q/a"_s).ok);
    r = runLine(*m_console, u"set /q/a 0123456789abcdef"_s);
    QVERIFY(!r.ok);
    QVERIFY(r.err[0].startsWith(u"Quota has exceeded : /q/a"_s));
    QCOMPARE(TestUtil::getData(*m_session, u"/q/a"_s), "x");
    QVERIFY(runLine(*m_console, u"delquota /q/a"_s).ok);
    QVERIFY(runLine(*m_console, u"create /q/a/d"_s).ok); // no quota, no refusal
}

void TestQuota::refusedBeforeSending()
{
    const QStringList before = TestUtil::listTree(*m_session, u"/zookeeper/quota"_s);
    const QList<std::pair<QString, QString>> cases{
        {u"setquota -n 0 /q"_s, u"the num quota must be greater than zero"_s},
        {u"setquota -b -5 /q"_s, u"the bytes quota must be greater than or equal to zero"_s},
        {u"setquota -n x /q"_s, u"NumberFormatException happens when parsing the option value"_s},
        {u"setquota -n 5 /nowhere"_s, u"/nowhere does not exist."_s},
        {u"setquota -n 5 /zookeeper/quota/q"_s,
         u"cannot set a quota under the path: /zookeeper/quota"_s},
        {u"setquota /q"_s, u"setquota -n|-b|-N|-B val path"_s},
    };
    for (const auto &[line, message] : cases) {
        const auto r = runLine(*m_console, line);
        QVERIFY2(!r.ok, qPrintable(line));
        QVERIFY2(r.err.contains(message), qPrintable(line + u": "_s + r.err.join(u'\n')));
    }
    QCOMPARE(TestUtil::listTree(*m_session, u"/zookeeper/quota"_s), before);
}

QTEST_GUILESS_MAIN(TestQuota)
#include "tst_int_quota.moc"
