// zkdesk-cli as a user runs it: a real process against a real server, its stdout, stderr and
// exit code, commands from arguments, a script file and stdin.

#include "profiles/profilestore.h"
#include "sandbox/sandboxserver.h"
#include "zk/zksession.h"
#include "zktestutil.h"

#include "localeenv.h"
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commandFromArguments();
    void stdinScriptStopsAtFirstFailure();
    void keepGoingRunsEverything();
    void scriptFile();
    void jsonOutput();
    void readOnlyAndBadUsage();
    void unreachableServer();
    void savedProfileOpensReadOnly();
    void closeConnectQuit();
    void chinese();

private:
    CliResult run(const QStringList &args, const QByteArray &input = {},
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    QString m_connect;
    std::unique_ptr<ZkSession> m_session;
};

void TestCli::initTestCase()
{
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY(server);
    m_connect = server->connectString();
    m_session = TestUtil::connect(m_connect);
    QVERIFY(m_session);
    QVERIFY(TestUtil::deleteTree(*m_session, u"/cli"_s));
    QVERIFY(TestUtil::createNodes(*m_session, {{u"/cli"_s, "v"}, {u"/cli/a"_s, {}}}));
}

CliResult TestCli::run(const QStringList &args, const QByteArray &input,
                       const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ZKDESK_CLI_EXECUTABLE), args);
    if (!process.waitForStarted(10000)) return {};
    process.write(input);
    process.closeWriteChannel();
    CliResult result;
    // waitForFinished blocks this test only, not the CLI (its own event loop).
    if (!process.waitForFinished(60000)) return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCli::commandFromArguments()
{
    auto r = run({u"--connect"_s, m_connect, u"ls"_s, u"-R"_s, u"/cli"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"/cli\n/cli/a\n"_s);
    r = run({u"--connect"_s, m_connect, u"set"_s, u"/cli"_s, u"two words"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(TestUtil::getData(*m_session, u"/cli"_s), "two words");
    r = run({u"--connect"_s, m_connect, u"get"_s, u"/cli/none"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, u"Node does not exist: /cli/none\n"_s);
    QVERIFY(r.out.isEmpty());
}

void TestCli::stdinScriptStopsAtFirstFailure()
{
    const auto r = run({u"--connect"_s, m_connect},
                       "create /cli/s1 x\n\n# a comment\ncreate /cli/s1 again\ncreate /cli/s2 y\n");
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, u"Created /cli/s1\n"_s);
    QCOMPARE(r.err, u"Node already exists: /cli/s1\n"_s);
    QCOMPARE(TestUtil::getData(*m_session, u"/cli/s1"_s), "x");
    ZkError error;
    TestUtil::getData(*m_session, u"/cli/s2"_s, nullptr, &error);
    QCOMPARE(error.code, ZkCode::NoNode); // never run
}

void TestCli::keepGoingRunsEverything()
{
    const auto r =
        run({u"--connect"_s, m_connect, u"--keep-going"_s}, "bogus\ncreate /cli/k1\nget /cli/k1");
    QCOMPARE(r.exitCode, 1); // something failed
    QCOMPARE(r.out, u"Created /cli/k1\nnull\n"_s);
    QVERIFY(r.err.startsWith(u"Command not found: bogus\n"_s));
}

void TestCli::scriptFile()
{
    QTemporaryFile script;
    QVERIFY(script.open());
    script.write("create /cli/f1 one\r\nget /cli/f1\r\ndelete /cli/f1\n");
    script.close();
    const auto r = run({u"--connect"_s, m_connect, u"--file"_s, script.fileName()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"Created /cli/f1\none\n"_s);
}

void TestCli::jsonOutput()
{
    const auto r = run({u"--connect"_s, m_connect, u"--json"_s, u"stat"_s, u"/cli"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(object.value(u"path"_s).toString(), u"/cli"_s);
    QVERIFY(object.value(u"stat"_s).toObject().value(u"numChildren"_s).toInt() >= 1);
}

void TestCli::readOnlyAndBadUsage()
{
    auto r = run({u"--connect"_s, m_connect, u"--read-only"_s, u"delete"_s, u"/cli/a"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"read-only"_s));
    QCOMPARE(TestUtil::listTree(*m_session, u"/cli"_s).contains(u"/cli/a"_s), true);
    r = run({u"ls"_s, u"/"_s});
    QCOMPARE(r.exitCode, 2); // no --connect / --profile
    r = run({u"--connect"_s, m_connect, u"ls"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, u"ls [-s] [-w] [-R] path\n"_s);
    r = run({u"--profile"_s, u"no such profile"_s, u"ls"_s, u"/"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"no saved connection"_s));
}

void TestCli::unreachableServer()
{
    const auto r =
        run({u"--connect"_s, u"127.0.0.1:1"_s, u"--timeout"_s, u"3000"_s, u"ls"_s, u"/"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestCli::savedProfileOpensReadOnly()
{
    // A private config home holding one saved connection, as the window would have saved it.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ProfileStore store(home.filePath(u"zkdesk/profiles.ini"_s));
    ConnectionProfile profile = ConnectionProfile::create(u"sandbox prod"_s, m_connect);
    profile.environment = ProfileEnvironment::Production; // opens read-only
    QVERIFY(store.upsert(profile));
    QVERIFY(store.save());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, home.path());
    auto r = run({u"--profile"_s, u"sandbox prod"_s, u"ls"_s, u"/cli"_s}, {}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(u"[a, "_s));
    r = run({u"--profile"_s, u"sandbox prod"_s, u"create"_s, u"/cli/prod"_s}, {}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"read-only"_s));
}

void TestCli::closeConnectQuit()
{
    const QByteArray script =
        "close\nls /cli/a\nconnect " + m_connect.toUtf8() + "\nls /cli/a\nquit\nls /never-run\n";
    const auto r = run({u"--connect"_s, m_connect, u"--keep-going"_s}, script);
    QCOMPARE(r.out, u"[]\n"_s); // the ls after the reconnect; the one after close failed
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.contains(u"never-run"_s));
}

// With a Chinese locale the options' help, the usage errors and the runner's own messages are
// Chinese (zkdesk's catalogue, Qt's for "Usage:"); zkCli's command output stays as zkCli's.
void TestCli::chinese()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const QProcessEnvironment env = localeEnvironment(u"zh_CN"_s, config.path());
    auto r = run({u"--help"_s}, {}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(u"用法："_s) && r.out.contains(u"以 JSON 输出"_s), qPrintable(r.out));
    r = run({u"--connect"_s, m_connect, u"--timeout"_s, u"soon"_s, u"ls"_s, u"/"_s}, {}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--timeout 需要一个正数"_s), qPrintable(r.err));
    r = run({u"--profile"_s, u"no such profile"_s, u"ls"_s, u"/"_s}, {}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(!r.err.contains(u"no saved connection"_s), qPrintable(r.err));
    r = run({u"--connect"_s, m_connect, u"get"_s, u"/cli"_s}, {}, env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString::fromUtf8(TestUtil::getData(*m_session, u"/cli"_s)) + u"\n"_s);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_int_cli.moc"
