// The sandbox ZooKeeper server: start, readiness, stop, restart on the same port with the same
// data, destructor cleanup and human failure reasons.

#include "sandbox/sandboxserver.h"
#include "zktestutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// Sends a four-letter word and returns the whole answer (the server closes the connection).
QByteArray fourLetterWord(quint16 port, const QByteArray &word)
{
    QTcpSocket socket;
    QByteArray answer;
    bool done = false;
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(word); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { done = true; });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket, [&] { done = true; });
    socket.connectToHost(QHostAddress::LocalHost, port);
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return answer;
}

/// The local addresses (as /proc/net/tcp* spells them) of sockets listening on `port`.
QStringList listeningAddresses(quint16 port)
{
    QStringList addresses;
    const QString portHex = u"%1"_s.arg(port, 4, 16, QChar(u'0')).toUpper();
    for (const QString &name : {u"/proc/net/tcp"_s, u"/proc/net/tcp6"_s}) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QStringList lines = QString::fromLatin1(file.readAll()).split(u'\n');
        for (const QString &line : lines.mid(1)) {
            const QStringList fields = line.simplified().split(u' ');
            if (fields.size() < 4 || fields.at(3) != u"0A") // 0A: LISTEN
                continue;
            const QStringList local = fields.at(1).split(u':');
            if (local.size() == 2 && local.at(1) == portHex)
                addresses << local.at(0);
        }
    }
    return addresses;
}

/// Restores an environment variable when the scope ends.
class EnvGuard
{
public:
    explicit EnvGuard(const char *name) : m_name(name), m_had(qEnvironmentVariableIsSet(name)),
        m_value(qgetenv(name)) {}
    ~EnvGuard() { m_had ? qputenv(m_name, m_value) : qunsetenv(m_name); }
    Q_DISABLE_COPY_MOVE(EnvGuard)
private:
    const char *m_name;
    bool m_had;
    QByteArray m_value;
};

bool startAndWait(SandboxServer &server)
{
    QSignalSpy started(&server, &SandboxServer::started);
    QSignalSpy failed(&server, &SandboxServer::failed);
    server.start();
    if (!QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, 90000))
        qWarning("no signal within 90 s");
    if (!failed.isEmpty())
        qWarning("sandbox failed: %s", qPrintable(failed.first().first().toString()));
    return started.size() == 1 && failed.isEmpty();
}

} // namespace

class TestSandbox final : public QObject
{
    Q_OBJECT

private slots:
    void startsAndAnswersRuok();
    void stopRemovesDirectory();
    void restartKeepsPortAndData();
    void destructorStopsAndRemoves();
    void failsWithHumanReason_data();
    void failsWithHumanReason();
};

void TestSandbox::startsAndAnswersRuok()
{
    SandboxServer server;
    QVERIFY(!server.isRunning());
    QVERIFY(server.connectString().isEmpty());
    QVERIFY(startAndWait(server));
    QVERIFY(server.isRunning());
    QVERIFY(server.port() > 0);
    QCOMPARE(server.connectString(), u"127.0.0.1:%1"_s.arg(server.port()));
    QVERIFY(QFileInfo(server.dataDir()).isDir());

    QCOMPARE(fourLetterWord(server.port(), "ruok"), QByteArray("imok"));
    const QByteArray srvr = fourLetterWord(server.port(), "srvr");
    QVERIFY2(srvr.contains("Zookeeper version: 3."), srvr.constData());
    QVERIFY2(srvr.contains("Mode: standalone"), srvr.constData());
    // `conf` shows what the server really uses: our tickTime and session-timeout bounds.
    const QByteArray conf = fourLetterWord(server.port(), "conf");
    QVERIFY2(conf.contains("tickTime=500"), conf.constData());
    QVERIFY2(conf.contains("minSessionTimeout=1000"), conf.constData());
    QVERIFY2(conf.contains("maxSessionTimeout=60000"), conf.constData());
    QCOMPARE(listeningAddresses(server.port()), QStringList{u"0100007F"_s}); // 127.0.0.1 only

    // Logs go to the file, not the terminal.
    QFile log(server.logFile());
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("ZooKeeperServer"));

    // A session works end to end, and TTL nodes (extended types) are accepted.
    auto session = TestUtil::connect(server.connectString());
    QVERIFY(session);
    QObject owner;
    bool done = false;
    ZkError error;
    session->create(u"/ttl"_s, "x", CreateMode::PersistentWithTtl, ZkAclPresets::open(), &owner,
                    [&](const CreateReply &r) { error = r.error; done = true; }, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY2(!error, qPrintable(error.toString()));
}

void TestSandbox::stopRemovesDirectory()
{
    SandboxServer server;
    QVERIFY(startAndWait(server));
    const QString dir = server.dataDir();
    const quint16 port = server.port();
    QVERIFY(QFileInfo(dir).isDir());

    QSignalSpy stopped(&server, &SandboxServer::stopped);
    server.stop();
    QVERIFY(stopped.wait(15000));
    QCOMPARE(stopped.size(), 1);
    QVERIFY(!server.isRunning());
    QCOMPARE(server.state(), SandboxServer::State::Idle);
    QVERIFY(!QFileInfo::exists(dir));
    QVERIFY(server.dataDir().isEmpty());
    QCOMPARE(fourLetterWord(port, "ruok"), QByteArray()); // nobody listens any more

    // Stopping an idle server is harmless and still answers.
    server.stop();
    QVERIFY(stopped.wait(5000));
}

void TestSandbox::restartKeepsPortAndData()
{
    SandboxServer server;
    QVERIFY(startAndWait(server));
    const quint16 port = server.port();
    const QString dir = server.dataDir();
    {
        auto session = TestUtil::connect(server.connectString());
        QVERIFY(session);
        QVERIFY(TestUtil::createNodes(*session, {{u"/survivor"_s, "still here"},
                                                 {u"/survivor/child"_s, "deep"}}));
    }

    QSignalSpy stopped(&server, &SandboxServer::stopped);
    QSignalSpy started(&server, &SandboxServer::started);
    QSignalSpy failed(&server, &SandboxServer::failed);
    server.restart();
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 90000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(server.port(), port);
    QCOMPARE(server.dataDir(), dir);

    auto session = TestUtil::connect(server.connectString());
    QVERIFY(session);
    ZkError error;
    QCOMPARE(TestUtil::getData(*session, u"/survivor/child"_s, nullptr, &error),
             QByteArray("deep"));
    QVERIFY(!error);
    QCOMPARE(TestUtil::listTree(*session, u"/survivor"_s), QStringList{u"/survivor/child"_s});
}

void TestSandbox::destructorStopsAndRemoves()
{
    auto server = std::make_unique<SandboxServer>();
    QVERIFY(startAndWait(*server));
    const QString dir = server->dataDir();
    const quint16 port = server->port();
    server.reset();
    QVERIFY(!QFileInfo::exists(dir));
    QCOMPARE(fourLetterWord(port, "ruok"), QByteArray());
}

void TestSandbox::failsWithHumanReason_data()
{
    QTest::addColumn<QByteArray>("variable");
    QTest::addColumn<bool>("fakeHome");  // ZOOKEEPER_HOME = a dir with a corrupt jar
    QTest::addColumn<QString>("expected");

    QTest::newRow("no java") << QByteArray("PATH") << false << u"java was not found"_s;
    QTest::newRow("ZOOKEEPER_HOME without jars")
        << QByteArray("ZOOKEEPER_HOME") << false << u"holds no zookeeper-<version>.jar"_s;
    QTest::newRow("server exits at once")
        << QByteArray("ZOOKEEPER_HOME") << true << u"exited with code"_s;
}

void TestSandbox::failsWithHumanReason()
{
    QFETCH(QByteArray, variable);
    QFETCH(bool, fakeHome);
    QFETCH(QString, expected);

    EnvGuard guard(variable.constData());
    EnvGuard javaHome("JAVA_HOME");
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    if (variable == "PATH") {
        qunsetenv("JAVA_HOME");
        qputenv("PATH", QFile::encodeName(empty.path()));
    } else {
        if (fakeHome) {
            // Looks like an Apache tarball to detect(), but java cannot load it.
            QVERIFY(QDir(empty.path()).mkdir(u"lib"_s));
            QFile jar(empty.filePath(u"lib/zookeeper-3.8.0.jar"_s));
            QVERIFY(jar.open(QIODevice::WriteOnly));
            jar.write("not a jar");
        }
        qputenv("ZOOKEEPER_HOME", QFile::encodeName(empty.path()));
    }

    SandboxServer server;
    QSignalSpy failed(&server, &SandboxServer::failed);
    QSignalSpy started(&server, &SandboxServer::started);
    server.start();
    QVERIFY(failed.wait(60000));
    QVERIFY(started.isEmpty());
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.contains(expected), qPrintable(reason));
    QVERIFY(!server.isRunning());
    QCOMPARE(server.state(), SandboxServer::State::Idle);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_int_sandbox.moc"
