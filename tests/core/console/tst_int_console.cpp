// The zkCli-compatible console against a real server: every command's output (zkCli's format)
// and outcome, bad input refused before anything is sent, read-only refusal, watches.

#include "consoledriver.h"
#include "sandbox/sandboxserver.h"
#include "zk/zksession.h"
#include "zktestutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestUtil::runLine;

class TestConsole final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createGetSetDelete();
    void lsVariants();
    void statAndAclFormats();
    void setAclAndRecursive();
    void deleteAllUsesTheDeleteJob();
    void computedOnTheClient();
    void syncConfigWhoamiHistory();
    void configIgnoresTheChroot();
    void badInputSendsNothing_data();
    void badInputSendsNothing();
    void readOnlyIsRefused();
    void watchesArePrinted();
    void jsonOutput();
    void exportImportDiff();
    void importOfADamagedFileWritesNothing();

private:
    bool exists(const QString &path);

    std::unique_ptr<ZkSession> m_session;
    std::unique_ptr<ConsoleExecutor> m_console;
    QTemporaryDir m_dir;
};

void TestConsole::initTestCase()
{
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY(server);
    m_session = TestUtil::connect(server->connectString());
    QVERIFY(m_session);
    m_console = std::make_unique<ConsoleExecutor>(m_session.get(), false);
    ConsoleSettings settings;
    settings.zone = QTimeZone::utc();
    m_console->setSettings(settings);
    QVERIFY(TestUtil::deleteTree(*m_session, u"/c"_s));
}

void TestConsole::cleanupTestCase()
{
    m_console.reset();
    m_session.reset();
}

bool TestConsole::exists(const QString &path)
{
    ZkError error;
    TestUtil::getData(*m_session, path, nullptr, &error);
    return error.isOk();
}

void TestConsole::createGetSetDelete()
{
    auto r = runLine(*m_console, u"create /c hello"_s);
    QVERIFY(r.ok);
    QCOMPARE(r.out, QStringList{u"Created /c"_s});
    r = runLine(*m_console, u"create /c/n"_s);
    QVERIFY(r.ok);
    r = runLine(*m_console, u"get /c/n"_s);
    QCOMPARE(r.out, QStringList{u"null"_s}); // no data argument: null data, as zkCli
    r = runLine(*m_console, u"create /c hello"_s);
    QVERIFY(!r.ok);
    QCOMPARE(r.err, QStringList{u"Node already exists: /c"_s});
    r = runLine(*m_console, u"set /c \"two words\""_s);
    QVERIFY(r.ok);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(TestUtil::getData(*m_session, u"/c"_s), "two words");
    r = runLine(*m_console, u"set -v 7 /c x"_s);
    QVERIFY(!r.ok);
    QCOMPARE(r.err, QStringList{u"version No is not valid : /c"_s});
    r = runLine(*m_console, u"set -b /c aGk="_s);
    QVERIFY(r.ok);
    QCOMPARE(TestUtil::getData(*m_session, u"/c"_s), "hi");
    r = runLine(*m_console, u"get -b /c"_s);
    QCOMPARE(r.out, QStringList{u"aGk="_s});
    r = runLine(*m_console, u"get -x /c"_s);
    QCOMPARE(r.out.size(), 1);
    QVERIFY(r.out[0].startsWith(u"00000000  68 69 "_s));
    QVERIFY(r.out[0].endsWith(u"|hi|"_s));
    r = runLine(*m_console, u"create -s /c/seq- x"_s);
    QVERIFY(r.ok);
    QCOMPARE(r.out, QStringList{u"Created /c/seq-0000000001"_s});
    r = runLine(*m_console, u"create -t 60000 /c/ttl x"_s);
    QVERIFY2(r.ok, qPrintable(r.err.join(u'\n')));
    r = runLine(*m_console, u"create /c/missing/child"_s);
    QCOMPARE(r.err, QStringList{u"Node does not exist: /c/missing/child"_s});
    r = runLine(*m_console, u"delete /c"_s);
    QCOMPARE(r.err, QStringList{u"Node not empty: /c"_s});
    r = runLine(*m_console, u"delete /c/ttl"_s);
    QVERIFY(r.ok);
    QVERIFY(!exists(u"/c/ttl"_s));
}

void TestConsole::lsVariants()
{
    QVERIFY(TestUtil::createNodes(
        *m_session,
        {{u"/c/ls"_s, {}}, {u"/c/ls/b"_s, {}}, {u"/c/ls/a"_s, {}}, {u"/c/ls/a/x"_s, {}}}));
    auto r = runLine(*m_console, u"ls /c/ls"_s);
    QCOMPARE(r.out, QStringList{u"[a, b]"_s});
    r = runLine(*m_console, u"ls -R /c/ls"_s);
    QCOMPARE(r.out, (QStringList{u"/c/ls"_s, u"/c/ls/a"_s, u"/c/ls/b"_s, u"/c/ls/a/x"_s}));
    r = runLine(*m_console, u"ls -s /c/ls"_s);
    QCOMPARE(r.out.size(), 12);
    QCOMPARE(r.out[0], u"[a, b]"_s);
    QCOMPARE(r.out[11], u"numChildren = 2"_s);
    r = runLine(*m_console, u"ls /c/none"_s);
    QVERIFY(!r.ok);
    QCOMPARE(r.err, QStringList{u"Node does not exist: /c/none"_s});
}

void TestConsole::statAndAclFormats()
{
    ZkStat stat;
    TestUtil::getData(*m_session, u"/c"_s, &stat);
    auto r = runLine(*m_console, u"stat /c"_s);
    QVERIFY(r.ok);
    QCOMPARE(r.out.size(), 11);
    QCOMPARE(r.out[0], u"cZxid = 0x%1"_s.arg(stat.czxid, 0, 16));
    // Java's Date.toString() in the console's zone (UTC here).
    const QString ctime =
        QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(stat.ctime, QTimeZone::utc()),
                              u"ddd MMM dd HH:mm:ss 'UTC' yyyy"_s);
    QCOMPARE(r.out[1], u"ctime = "_s + ctime);
    QCOMPARE(r.out[6], u"dataVersion = %1"_s.arg(stat.version));
    QCOMPARE(r.out[8], u"ephemeralOwner = 0x0"_s);
    r = runLine(*m_console, u"getAcl /c"_s);
    QCOMPARE(r.out, (QStringList{u"'world,'anyone"_s, u": cdrwa"_s}));
    r = runLine(*m_console, u"getAcl -s /c"_s);
    QCOMPARE(r.out.size(), 13);
}

void TestConsole::setAclAndRecursive()
{
    QVERIFY(TestUtil::createNodes(*m_session, {{u"/c/acl"_s, {}}, {u"/c/acl/k"_s, {}}}));
    auto r = runLine(*m_console, u"setAcl /c/acl world:anyone:cdrwa,ip:127.0.0.1:r"_s);
    QVERIFY2(r.ok, qPrintable(r.err.join(u'\n')));
    r = runLine(*m_console, u"getAcl /c/acl"_s);
    QCOMPARE(r.out,
             (QStringList{u"'world,'anyone"_s, u": cdrwa"_s, u"'ip,'127.0.0.1"_s, u": r"_s}));
    r = runLine(*m_console, u"setAcl -R /c/acl world:anyone:cdra"_s);
    QVERIFY2(r.ok, qPrintable(r.err.join(u'\n')));
    r = runLine(*m_console, u"getAcl /c/acl/k"_s);
    QCOMPARE(r.out, (QStringList{u"'world,'anyone"_s, u": cdra"_s}));
    r = runLine(*m_console, u"setAcl -s /c/acl world:anyone:cdrwa"_s);
    QVERIFY(r.ok);
    QCOMPARE(r.out.size(), 11);
    QCOMPARE(r.out[7], u"aclVersion = 3"_s);
}

void TestConsole::deleteAllUsesTheDeleteJob()
{
    QVERIFY(TestUtil::createChildren(*m_session, u"/c/big"_s, 250));
    auto r = runLine(*m_console, u"deleteall /c/big -b 50"_s);
    QVERIFY2(r.ok, qPrintable(r.err.join(u'\n')));
    QVERIFY(!exists(u"/c/big"_s));
    r = runLine(*m_console, u"deleteall /c/big"_s);
    QCOMPARE(r.err, QStringList{u"Node does not exist: /c/big"_s});
    r = runLine(*m_console, u"deleteall /zookeeper"_s);
    QVERIFY(!r.ok);
    QVERIFY(exists(u"/zookeeper"_s));
}

void TestConsole::computedOnTheClient()
{
    QVERIFY(TestUtil::createChildren(*m_session, u"/c/count"_s, 5));
    auto r = runLine(*m_console, u"getAllChildrenNumber /c/count"_s);
    QCOMPARE(r.out, QStringList{u"5"_s});
    QCOMPARE(r.notes.size(), 1);
    QVERIFY(r.notes[0].contains(u"computed on the client"_s));
    r = runLine(*m_console, u"create -e /c/count/eph"_s);
    QVERIFY(r.ok);
    // An ephemeral of another session is not ours.
    auto other = TestUtil::connect(m_session->options().connectString);
    QVERIFY(other);
    ConsoleExecutor otherConsole(other.get(), false);
    QVERIFY(runLine(otherConsole, u"create -e /c/count/theirs"_s).ok);
    r = runLine(*m_console, u"getEphemerals /c"_s);
    QCOMPARE(r.out, QStringList{u"[/c/count/eph]"_s});
    QVERIFY(r.notes.join(u' ').contains(u"computed on the client"_s));
}

void TestConsole::syncConfigWhoamiHistory()
{
    auto r = runLine(*m_console, u"sync /c"_s);
    QCOMPARE(r.out, QStringList{u"Sync is OK"_s});
    r = runLine(*m_console, u"addauth digest alice:s3cret"_s);
    QVERIFY(r.ok);
    r = runLine(*m_console, u"whoami"_s);
    QCOMPARE(r.out, (QStringList{u"Auth scheme: User"_s, u"digest: alice"_s}));
    r = runLine(*m_console, u"history"_s);
    const QString all = r.out.join(u'\n');
    QVERIFY(all.contains(u"addauth digest alice"_s));
    QVERIFY(!all.contains(u"s3cret"_s)); // the secret is never kept
    // A node only alice may read: the console's session now holds her identity.
    r = runLine(*m_console, u"create /c/mine x auth::cdrwa"_s);
    QVERIFY2(r.ok, qPrintable(r.err.join(u'\n')));
    r = runLine(*m_console, u"get /c/mine"_s);
    QCOMPARE(r.out, QStringList{u"x"_s});
    const int getIndex = m_console->history().size() - 1;
    r = runLine(*m_console, u"redo %1"_s.arg(getIndex));
    QCOMPARE(r.out, QStringList{u"x"_s});
    r = runLine(*m_console, u"connect 127.0.0.1:1"_s);
    QVERIFY(!r.ok); // the window's session is not the console's to move
    QVERIFY(m_session->isConnected());
}

void TestConsole::configIgnoresTheChroot()
{
    // zkCli's config reads /zookeeper/config whatever the chroot (Java's getConfig ignores it);
    // the C client would prepend the chroot and answer NoNode.
    const auto plain = runLine(*m_console, u"config -s"_s);
    QVERIFY2(plain.ok, qPrintable(plain.err.join(u'\n')));
    auto chrooted = TestUtil::connect(TestUtil::sharedServer()->connectString() + u"/c"_s);
    QVERIFY(chrooted);
    ConsoleExecutor console(chrooted.get(), false);
    ConsoleSettings settings;
    settings.zone = QTimeZone::utc();
    console.setSettings(settings);
    const auto viaChroot = runLine(console, u"config -s"_s);
    QVERIFY2(viaChroot.ok, qPrintable(viaChroot.err.join(u'\n')));
    QCOMPARE(viaChroot.out, plain.out); // the same node, the same Stat
    const auto watched = runLine(console, u"config -w"_s);
    QVERIFY(watched.ok);
    QVERIFY(watched.out.join(u'\n').contains(u"no watch"_s));
}

void TestConsole::badInputSendsNothing_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected"); // a line of the error output
    QTest::newRow("unknown") << u"frobnicate /c"_s << u"Command not found: frobnicate"_s;
    QTest::newRow("missing arg") << u"create"_s
                                 << u"create [-s] [-e] [-c] [-t ttl] path [data] [acl]"_s;
    QTest::newRow("extra arg") << u"ls /c /d"_s << u"ls [-s] [-w] [-R] path"_s;
    QTest::newRow("bad option") << u"get -z /c"_s << u"Unrecognized option: -z"_s;
    QTest::newRow("relative path")
        << u"create c/x"_s << u"create [-s] [-e] [-c] [-t ttl] path [data] [acl]"_s;
    QTest::newRow("empty component")
        << u"create /c//x"_s << u"create [-s] [-e] [-c] [-t ttl] path [data] [acl]"_s;
    QTest::newRow("bad acl form") << u"create /c/x d bad"_s
                                  << u"bad does not have the form scheme:id:perm"_s;
    QTest::newRow("bad perm") << u"create /c/x d world:anyone:rz"_s << u"Unknown perm type: z"_s;
    QTest::newRow("bad digest") << u"setAcl /c digest:bob:nothash:r"_s
                                << u"setAcl [-s] [-v version] [-R] path acl"_s;
    QTest::newRow("bad version") << u"delete -v x /c"_s << u"delete [-v version] path"_s;
    QTest::newRow("ttl with -e") << u"create -e -t 10 /c/x"_s
                                 << u"TTLs cannot be used with Ephemeral or Container nodes"_s;
    QTest::newRow("no value") << u"setquota -n"_s << u"Missing argument for option: n"_s;
    QTest::newRow("redo range") << u"redo 99999"_s << u"Command index out of range"_s;
}

void TestConsole::badInputSendsNothing()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    ZkStat before;
    TestUtil::getData(*m_session, u"/c"_s, &before);
    const auto r = runLine(*m_console, line);
    QVERIFY(!r.ok);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err.join(u'\n')));
    QVERIFY(r.out.isEmpty());
    ZkStat after;
    TestUtil::getData(*m_session, u"/c"_s, &after);
    QCOMPARE(after.cversion, before.cversion); // nothing created below /c
    QCOMPARE(after.aversion, before.aversion);
    QCOMPARE(after.version, before.version);
}

void TestConsole::readOnlyIsRefused()
{
    m_session->setReadOnly(true);
    const QStringList writes{u"create /c/ro"_s,    u"set /c x"_s,
                             u"delete /c/n"_s,     u"setAcl /c world:anyone:r"_s,
                             u"deleteall /c/ls"_s, u"setquota -n 5 /c/ls"_s};
    for (const QString &line : writes) {
        const auto r = runLine(*m_console, line);
        QVERIFY2(!r.ok, qPrintable(line));
        QVERIFY2(r.err.join(u' ').contains(u"read-only"_s), qPrintable(line + r.err.join(u'\n')));
    }
    QVERIFY(runLine(*m_console, u"ls /c"_s).ok); // reads still work
    m_session->setReadOnly(false);
    QVERIFY(exists(u"/c/n"_s));
    QVERIFY(exists(u"/c/ls/a/x"_s));
    QVERIFY(!exists(u"/c/ro"_s));
}

void TestConsole::watchesArePrinted()
{
    QStringList printed;
    connect(m_console.get(), &ConsoleExecutor::output, this,
            [&printed](const QString &text, ConsoleStream) { printed << text; });
    QVERIFY(runLine(*m_console, u"get -w /c/n"_s).ok);
    printed.clear();
    m_session->setData(u"/c/n"_s, "changed", -1, this, [](const StatReply &) {});
    QTRY_VERIFY(
        printed.contains(u"WatchedEvent state:SyncConnected type:NodeDataChanged path:/c/n"_s));
    auto added = runLine(*m_console, u"addWatch /c/ls"_s);
    QVERIFY(added.ok);
    QVERIFY(added.notes.join(u' ').contains(u"emulated on the client"_s));
    added = runLine(*m_console, u"addWatch -m PERSISTENT_RECURSIVE /c/ls/a"_s);
    QVERIFY(added.ok);
    QCOMPARE(added.notes, QStringList{u"/c/ls/a is already watched (addWatch /c/ls)"_s});
    QVERIFY(!runLine(*m_console, u"addWatch -m SOMETIMES /c/ls"_s).ok);
    printed.clear();
    m_session->create(u"/c/ls/a/new"_s, {}, CreateMode::Persistent, ZkAclPresets::open(), this,
                      [](const CreateReply &) {});
    QTRY_VERIFY(printed.contains(
        u"WatchedEvent state:SyncConnected type:NodeChildrenChanged path:/c/ls/a"_s));
    QVERIFY(runLine(*m_console, u"removewatches /c/ls"_s).ok);
    const auto r = runLine(*m_console, u"removewatches /c/count"_s);
    QCOMPARE(r.err, QStringList{u"No watcher found for path: /c/count"_s});
    disconnect(m_console.get(), nullptr, this, nullptr);
}

void TestConsole::jsonOutput()
{
    ConsoleExecutor json(m_session.get(), false);
    ConsoleSettings settings;
    settings.json = true;
    json.setSettings(settings);
    auto r = runLine(json, u"get -s /c/n"_s);
    QCOMPARE(r.out.size(), 1);
    QJsonObject object = QJsonDocument::fromJson(r.out[0].toUtf8()).object();
    QCOMPARE(object.value(u"data"_s).toString(), u"changed"_s);
    QCOMPARE(object.value(u"stat"_s).toObject().value(u"dataVersion"_s).toInt(), 1);
    r = runLine(json, u"ls /c/ls"_s);
    object = QJsonDocument::fromJson(r.out.value(0).toUtf8()).object();
    QCOMPARE(object.value(u"children"_s).toArray().size(), 2);
    r = runLine(json, u"getAcl /c/ls"_s);
    object = QJsonDocument::fromJson(r.out.value(0).toUtf8()).object();
    QCOMPARE(object.value(u"acl"_s).toArray().at(0).toObject().value(u"perms"_s).toString(),
             u"cdrwa"_s);
    r = runLine(json, u"get /c/mine"_s); // mine is alice's; this executor shares the session
    QVERIFY(r.ok);
}

// export, import and diff on the transfer jobs: a round trip through a file is equal node by
// node, diff lists exactly the planted differences, import -n writes nothing.
void TestConsole::exportImportDiff()
{
    QVERIFY(TestUtil::createNodes(*m_session,
                                  {{u"/c/tx"_s, "root"},
                                   {u"/c/tx/a"_s, QByteArray("\x00\xff", 2)},
                                   {u"/c/tx/a/b"_s, {}},
                                   {u"/c/tx/c"_s, QByteArray(500, 'c')}}));
    const QString file = m_dir.filePath(u"tx.json.gz"_s);
    auto r = runLine(*m_console, u"export /c/tx %1"_s.arg(file));
    QVERIFY2(r.ok, qPrintable(r.err.join(u'\n')));
    QCOMPARE(r.out.size(), 1);
    QVERIFY2(r.out[0].startsWith(u"exported 4 node(s) of /c/tx to "_s), qPrintable(r.out[0]));
    r = runLine(*m_console, u"import -n /c/copy %1"_s.arg(file));
    QVERIFY2(r.ok, qPrintable(r.err.join(u'\n')));
    QCOMPARE(r.out,
             (QStringList{u"create /c/copy"_s, u"create /c/copy/a"_s, u"create /c/copy/a/b"_s,
                          u"create /c/copy/c"_s}));
    QVERIFY(!exists(u"/c/copy"_s)); // a dry run writes nothing
    r = runLine(*m_console, u"import /c/copy %1"_s.arg(file));
    QVERIFY2(r.ok, qPrintable(r.err.join(u'\n')));
    QVERIFY(r.out.value(0).contains(u"4 created"_s));
    QCOMPARE(TestUtil::readTree(*m_session, u"/c/copy"_s),
             TestUtil::readTree(*m_session, u"/c/tx"_s));
    r = runLine(*m_console, u"diff /c/tx /c/copy"_s);
    QVERIFY(r.ok);
    QVERIFY(r.out.isEmpty());
    QVERIFY(TestUtil::setData(*m_session, u"/c/copy/c"_s, QByteArray(500, 'd')));
    QVERIFY(TestUtil::createNodes(*m_session, {{u"/c/copy/new"_s, "n"}}));
    r = runLine(*m_console, u"diff /c/tx /c/copy"_s);
    QCOMPARE(r.out, (QStringList{u"data /c"_s, u"only-right /new"_s}));
    r = runLine(*m_console, u"diff -c /c/tx /c/copy"_s); // the counts only
    QVERIFY(r.ok);
    QCOMPARE(r.out.size(), 1);
    QVERIFY2(r.out.first().startsWith(u"2 difference(s): 0 only left, 1 only right, 1 data"_s),
             qPrintable(r.out.first()));
    r = runLine(*m_console, u"diff -f /c/copy %1"_s.arg(file)); // live left, the file right
    QCOMPARE(r.out, (QStringList{u"data /c"_s, u"only-left /new"_s}));
    r = runLine(*m_console, u"import -m overwrite /c/copy %1"_s.arg(file));
    QVERIFY2(r.ok, qPrintable(r.err.join(u'\n')));
    QCOMPARE(TestUtil::getData(*m_session, u"/c/copy/c"_s), QByteArray(500, 'c'));
    r = runLine(*m_console, u"import -m sometimes /c/copy %1"_s.arg(file));
    QVERIFY(!r.ok);
    QVERIFY(r.err.contains(u"import [-n] [-m skip|overwrite|stop] path file"_s));
    r = runLine(*m_console, u"diff /c/tx not/a/path"_s);
    QVERIFY(!r.ok);
}

// A damaged file is refused with its name and the place, and nothing is written.
void TestConsole::importOfADamagedFileWritesNothing()
{
    const QString file = m_dir.filePath(u"bad.json"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\":\"zkdesk-export\",\"version\":1,\"root\":\"/x\",\"nodes\":[\n"
            "{\"path\":\"/x\",\"data\":\"r\",\"acl\":[{\"scheme\":\"world\",\"id\":"
            "\"anyone\",\"perms\":\"cdrwa\"}]},\n"
            "{\"path\":\"/x/a\",\"base64\":\"%%%\",\"acl\":[{\"scheme\":\"world\",\"id\":"
            "\"anyone\",\"perms\":\"cdrwa\"}]}\n"
            "],\"summary\":{\"nodes\":2,\"complete\":true}}\n");
    f.close();
    auto r = runLine(*m_console, u"import /c/damaged %1"_s.arg(file));
    QVERIFY(!r.ok);
    QCOMPARE(r.err.size(), 1);
    QVERIFY2(r.err[0].startsWith(file + u": "_s), qPrintable(r.err[0]));
    QVERIFY2(r.err[0].contains(u"line 3"_s) && r.err[0].contains(u"base64"_s),
             qPrintable(r.err[0]));
    QVERIFY(!exists(u"/c/damaged"_s));
}

QTEST_GUILESS_MAIN(TestConsole)
#include "tst_int_console.moc"
