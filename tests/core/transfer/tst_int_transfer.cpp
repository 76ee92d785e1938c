// Export and import against real servers: a round trip to a second server with every byte
// value, null/empty, UTF-8/Latin-1, deep paths, a ~1 MB value, restrictive ACLs and a container;
// ZooNavigator and zk_shell files; import modes, dry run, a concurrent change, cancel,
// read-only sessions; damaged files refused before anything is written.

#include "sandbox/sandboxserver.h"
#include "transfer/importjob.h"
#include "transfer/subtreeexportjob.h"
#include "transfer/transferfile.h"
#include "twoservers.h"
#include "zk/zksession.h"
#include "zktestutil.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace {

const ZkAcl kLockedAcl{{u"digest"_s, u"someone:2jmj7l5rSw0yVb/vlWAYkK/YBwk="_s, ZkPerm::All},
                       {u"ip"_s, u"127.0.0.1"_s, ZkPerm::Admin},
                       {u"world"_s, u"anyone"_s, ZkPerm::Read}};

bool writeFile(const QString &path, const QByteArray &bytes, bool gzip)
{
    if (!gzip) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "wb");
    if (!gz) return false;
    const bool ok = gzwrite(gz, bytes.constData(), unsigned(bytes.size())) == int(bytes.size());
    return gzclose(gz) == Z_OK && ok;
}

} // namespace

class TestTransfer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripToSecondServer();
    void plainAndGzipFilesAreTheSame();
    void exportListsEphemeralsAndCancelLeavesNoFile();
    void importsZooNavigatorFile();
    void importsZkShellFile();
    void dryRunCountsAndModes();
    void concurrentChangeIsReportedNotOverwritten();
    void cancelReportsExactlyWhatWasWritten();
    void readOnlySessionIsRefused();
    void damagedFileWritesNothing_data();
    void damagedFileWritesNothing();

private:
    ExportReport exportTree(ZkSession &session, const QString &root, const QString &file,
                            bool withStat = false);
    bool prepare(ImportJob &job, const QString &file, const QString &target,
                 SyncOptions::Conflicts mode, ZkError *error = nullptr);
    SyncReport apply(ImportJob &job);
    bool createWithAcl(ZkSession &session, const QString &path, const QByteArray &data,
                       const ZkAcl &acl, CreateMode mode = CreateMode::Persistent);

    QTemporaryDir m_dir;
    TwoServers m_servers;
    std::unique_ptr<ZkSession> m_a; // the shared server
    std::unique_ptr<ZkSession> m_b; // a second server
};

void TestTransfer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_servers.start());
    m_a = std::move(m_servers.a);
    m_b = std::move(m_servers.b);

    QByteArray everyByte;
    for (int i = 0; i < 256; ++i) everyByte.append(char(i));
    QByteArray big(1000 * 1000, 'x');
    for (int i = 0; i < big.size(); i += 7) big[i] = char(i % 251);
    QString deep = u"/rt/deep"_s;
    QList<std::pair<QString, QByteArray>> nodes{
        {u"/rt"_s, "root"},
        {u"/rt/bytes"_s, everyByte},
        {u"/rt/null"_s, QByteArray()},
        {u"/rt/empty"_s, QByteArray("")},
        {u"/rt/utf8"_s, "h\xc3\xa9llo \xe2\x9c\x93 \"q\"\\\n\t"},
        {u"/rt/latin1"_s, "caf\xe9"},
        {u"/rt/big"_s, big},
        {u"/rt/na\u00efve name"_s, "n"},
        {u"/rt/deep"_s, "deep"}};
    for (int i = 0; i < 12; ++i) {
        deep += u"/d%1"_s.arg(i);
        nodes.append({deep, QByteArray::number(i)});
    }
    QVERIFY(TestUtil::createNodes(*m_a, nodes));
    // A node nobody may create children in, with a child: the import has to stage its ACL.
    QVERIFY(TestUtil::createNodes(*m_a, {{u"/rt/locked"_s, "l"}, {u"/rt/locked/child"_s, "c"}}));
    bool done = false;
    m_a->setAcl(u"/rt/locked"_s, kLockedAcl, -1, this, [&](const DoneReply &) { done = true; });
    QTRY_VERIFY(done);
    QVERIFY(createWithAcl(*m_a, u"/rt/box"_s, "c", ZkAclPresets::open(), CreateMode::Container));
    QVERIFY(TestUtil::createNodes(*m_a, {{u"/rt/box/in"_s, "i"}}));
    QVERIFY(createWithAcl(*m_a, u"/rt/eph"_s, "e", ZkAclPresets::open(), CreateMode::Ephemeral));
}

bool TestTransfer::createWithAcl(ZkSession &session, const QString &path, const QByteArray &data,
                                 const ZkAcl &acl, CreateMode mode)
{
    bool done = false, ok = false;
    session.create(path, data, mode, acl, this, [&](const CreateReply &r) {
        ok = r.error.isOk() || r.error.code == ZkCode::NodeExists;
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 30000) && ok;
}

ExportReport TestTransfer::exportTree(ZkSession &session, const QString &root, const QString &file,
                                      bool withStat)
{
    SubtreeExportJob job(&session);
    QSignalSpy finished(&job, &SubtreeExportJob::finished);
    job.start(root, file, {.withStat = withStat});
    if (!finished.wait(120000)) return {};
    return finished.first().first().value<ExportReport>();
}

bool TestTransfer::prepare(ImportJob &job, const QString &file, const QString &target,
                           SyncOptions::Conflicts mode, ZkError *error)
{
    QSignalSpy prepared(&job, &ImportJob::prepared);
    SyncOptions o;
    o.conflicts = mode;
    job.prepare(file, target, o);
    if (!prepared.wait(120000)) return false;
    const ZkError e = prepared.first().first().value<ZkError>();
    if (error) *error = e;
    return e.isOk();
}

SyncReport TestTransfer::apply(ImportJob &job)
{
    QSignalSpy finished(&job, &ImportJob::finished);
    job.apply();
    if (!finished.wait(120000)) return {};
    return finished.first().first().value<SyncReport>();
}

void TestTransfer::roundTripToSecondServer()
{
    const QString file = m_dir.filePath(u"rt.json.gz"_s);
    const ExportReport exported = exportTree(*m_a, u"/rt"_s, file, true);
    QVERIFY2(exported.ok(), qPrintable(exported.error.toString()));
    QCOMPARE(exported.ephemeralSkipped, 1);
    QCOMPARE(exported.ephemeralPaths, QStringList{u"/rt/eph"_s});
    QVERIFY(QFile::exists(file));
    QVERIFY(!QFile::exists(file + u".part"_s));
    // A gzip file starts with the gzip magic.
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QCOMPARE(raw.read(2), QByteArray("\x1f\x8b", 2));

    ImportJob job(m_b.get());
    ZkError error;
    QVERIFY(TestUtil::deleteTree(*m_b, u"/restored"_s));
    QVERIFY(TestUtil::createNodes(*m_b, {{u"/restored"_s, {}}}));
    QVERIFY2(prepare(job, file, u"/restored/rt"_s, SyncOptions::Conflicts::Stop, &error),
             qPrintable(error.toString()));
    QCOMPARE(job.plan().creates, exported.nodes);
    QCOMPARE(job.plan().dataUpdates + job.plan().aclUpdates + job.plan().deletes, 0);
    QCOMPARE(job.fileSnapshot().ephemeralPaths, QStringList{u"/eph"_s});
    const SyncReport report = apply(job);
    QVERIFY2(report.isComplete(), qPrintable(report.error.toString()));
    QCOMPARE(report.created, exported.nodes);

    TestUtil::TreeContents source = TestUtil::readTree(*m_a, u"/rt"_s);
    source.remove(u"/eph"_s);
    const TestUtil::TreeContents copy = TestUtil::readTree(*m_b, u"/restored/rt"_s);
    QCOMPARE(copy.keys(), source.keys());
    for (auto it = source.cbegin(); it != source.cend(); ++it) {
        QCOMPARE(copy[it.key()].data, it->data);
        QCOMPARE(copy[it.key()].nullData, it->nullData);
        QCOMPARE(copy[it.key()].acl, it->acl);
    }
    QVERIFY(source[u"/null"_s].nullData);
    QVERIFY(!source[u"/empty"_s].nullData);
    QCOMPARE(source[u"/locked"_s].acl, kLockedAcl);
}

void TestTransfer::plainAndGzipFilesAreTheSame()
{
    const QString plain = m_dir.filePath(u"rt.json"_s);
    const QString gz = m_dir.filePath(u"rt2.json.gz"_s);
    QVERIFY(exportTree(*m_a, u"/rt"_s, plain).ok());
    QVERIFY(exportTree(*m_a, u"/rt"_s, gz).ok());
    const auto a = TransferFile::read(plain);
    const auto b = TransferFile::read(gz);
    QVERIFY2(a.ok(), qPrintable(a.error));
    QVERIFY2(b.ok(), qPrintable(b.error));
    QCOMPARE(a.format, TransferFile::Format::Zkdesk);
    QCOMPARE(a.snapshot.nodes.size(), b.snapshot.nodes.size());
    for (qsizetype i = 0; i < a.snapshot.nodes.size(); ++i) {
        QCOMPARE(a.snapshot.nodes[i].relPath, b.snapshot.nodes[i].relPath);
        QCOMPARE(a.snapshot.nodes[i].data, b.snapshot.nodes[i].data);
        QCOMPARE(a.snapshot.nodes[i].data.isNull(), b.snapshot.nodes[i].data.isNull());
    }
    // Text stays readable text in the file; binary is base64.
    QFile f(plain);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains(
        "{\"path\":\"/rt/utf8\",\"data\":\"h\xc3\xa9llo \xe2\x9c\x93 \\\"q\\\"\\\\\\n\\t\""));
    QVERIFY(text.contains("{\"path\":\"/rt/latin1\",\"base64\":\"Y2Fm6Q==\""));
    QVERIFY(text.contains("{\"path\":\"/rt/null\",\"data\":null"));
    QVERIFY(text.contains("{\"path\":\"/rt/empty\",\"data\":\"\""));
    QVERIFY(text.contains("{\"path\":\"/rt/eph\",\"kind\":\"ephemeral\",\"skipped\":true}"));
    // The server reports ephemeralOwner 0 for containers and TTL nodes (it hides their marker
    // from clients): they are exported as persistent nodes.
    QVERIFY(text.contains("{\"path\":\"/rt/box\",\"data\":\"c\""));
}

void TestTransfer::exportListsEphemeralsAndCancelLeavesNoFile()
{
    QVERIFY(TestUtil::createChildren(*m_a, u"/rtbig"_s, 3000, u"n"_s, "data"));
    const QString file = m_dir.filePath(u"cancel.json"_s);
    SubtreeExportJob job(m_a.get());
    QSignalSpy finished(&job, &SubtreeExportJob::finished);
    connect(&job, &SubtreeExportJob::progress, &job, [&job] { job.cancel(); });
    job.start(u"/rtbig"_s, file);
    QVERIFY(finished.wait(60000));
    const auto report = finished.first().first().value<ExportReport>();
    QVERIFY(report.cancelled);
    QVERIFY(!QFile::exists(file));
    QVERIFY(!QFile::exists(file + u".part"_s));

    const ExportReport full = exportTree(*m_a, u"/rtbig"_s, file);
    QVERIFY(full.ok());
    QCOMPARE(full.nodes, 3001);
    qInfo("exported %lld nodes in %lld ms: %.0f nodes/s, %lld bytes", full.nodes, full.elapsedMs,
          full.nodesPerSecond(), full.bytes);
}

void TestTransfer::importsZooNavigatorFile()
{
    // ZooNavigator: a list of {"h":{...},"t":[...]}, gzipped; permissions in any order; null
    // data written as "".
    const QByteArray json =
        R"([{"h":{"acl":[{"id":"anyone","scheme":"world","permissions":["read","admin","create","write","delete"]}],"path":"/zn","data":"cm9vdA=="},"t":[
        {"h":{"acl":[{"id":"anyone","scheme":"world","permissions":["read"]},{"id":"127.0.0.1","scheme":"ip","permissions":["admin","create","read","write","delete"]}],"path":"/zn/a","data":"AP8B"},"t":[
            {"h":{"acl":[{"id":"anyone","scheme":"world","permissions":["create","read","write","delete","admin"]}],"path":"/zn/a/b","data":""},"t":[]}]}]}])";
    const QString file = m_dir.filePath(u"znode-export-2024-01-01T00_00_00.gz"_s);
    QVERIFY(writeFile(file, json, true));
    QVERIFY(TestUtil::deleteTree(*m_b, u"/zn-in"_s));
    ImportJob job(m_b.get());
    ZkError error;
    QVERIFY2(prepare(job, file, u"/zn-in"_s, SyncOptions::Conflicts::Stop, &error),
             qPrintable(error.toString()));
    QCOMPARE(job.plan().creates, 3);
    QVERIFY(apply(job).isComplete());
    QCOMPARE(TestUtil::getData(*m_b, u"/zn-in"_s), QByteArray("root"));
    QCOMPARE(TestUtil::getData(*m_b, u"/zn-in/a"_s), QByteArray("\x00\xff\x01", 3));
    const ZkAcl acl = TestUtil::getAcl(*m_b, u"/zn-in/a"_s);
    QCOMPARE(
        acl,
        (ZkAcl{{u"world"_s, u"anyone"_s, ZkPerm::Read}, {u"ip"_s, u"127.0.0.1"_s, ZkPerm::All}}));
    QCOMPARE(TestUtil::getData(*m_b, u"/zn-in/a/b"_s), QByteArray(""));
}

void TestTransfer::importsZkShellFile()
{
    const QByteArray json =
        R"({"/zs":{"content":"aGVsbG8=","acls":[{"perms":31,"id":{"scheme":"world","id":"anyone"}}]},
        "/zs/x":{"content":null,"acls":[{"perms":1,"id":{"scheme":"world","id":"anyone"}},{"perms":31,"id":{"scheme":"ip","id":"127.0.0.1"}}]},
        "/zs/x/y":{"content":"","acls":[{"perms":31,"id":{"scheme":"world","id":"anyone"}}]}})";
    const QString file = m_dir.filePath(u"zkshell.json"_s);
    QVERIFY(writeFile(file, json, false));
    QVERIFY(TestUtil::deleteTree(*m_b, u"/zs"_s));
    ImportJob job(m_b.get());
    ZkError error;
    QVERIFY2(prepare(job, file, u"/zs"_s, SyncOptions::Conflicts::Stop, &error),
             qPrintable(error.toString()));
    QCOMPARE(job.plan().creates, 3);
    QVERIFY(apply(job).isComplete());
    QCOMPARE(TestUtil::getData(*m_b, u"/zs"_s), QByteArray("hello"));
    const QByteArray null = TestUtil::getData(*m_b, u"/zs/x"_s);
    QVERIFY(null.isNull()); // zk_shell keeps null as null
    const QByteArray empty = TestUtil::getData(*m_b, u"/zs/x/y"_s);
    QVERIFY(!empty.isNull() && empty.isEmpty());
    QCOMPARE(TestUtil::getAcl(*m_b, u"/zs/x"_s).size(), 2);
}

void TestTransfer::dryRunCountsAndModes()
{
    // File: /m, /m/same, /m/changed, /m/acl, /m/new, /m/new/deeper.
    QVERIFY(TestUtil::deleteTree(*m_a, u"/m"_s));
    QVERIFY(TestUtil::createNodes(*m_a,
                                  {{u"/m"_s, "m"},
                                   {u"/m/same"_s, "s"},
                                   {u"/m/changed"_s, "file"},
                                   {u"/m/new"_s, "n"},
                                   {u"/m/new/deeper"_s, "d"}}));
    QVERIFY(createWithAcl(*m_a, u"/m/acl"_s, "a", ZkAclPresets::readOnlyWorld()));
    const QString file = m_dir.filePath(u"modes.json"_s);
    QVERIFY(exportTree(*m_a, u"/m"_s, file).ok());
    // Target: /m, /m/same equal; /m/changed other data; /m/acl open ACL; /m/extra only there.
    const auto resetTarget = [this] {
        return TestUtil::deleteTree(*m_b, u"/m"_s)
            && TestUtil::createNodes(*m_b,
                                     {{u"/m"_s, "m"},
                                      {u"/m/same"_s, "s"},
                                      {u"/m/changed"_s, "server"},
                                      {u"/m/acl"_s, "a"},
                                      {u"/m/extra"_s, "x"}});
    };
    QVERIFY(resetTarget());

    ImportJob job(m_b.get());
    QVERIFY(prepare(job, file, u"/m"_s, SyncOptions::Conflicts::Skip));
    QCOMPARE(job.plan().creates, 2);
    QCOMPARE(job.plan().skipped, 2);
    QCOMPARE(job.plan().identical, 2);
    QCOMPARE(job.plan().dataUpdates + job.plan().aclUpdates + job.plan().deletes, 0);
    // The dry run wrote nothing.
    QCOMPARE(TestUtil::listTree(*m_b, u"/m"_s).size(), 4);
    SyncReport r = apply(job);
    QVERIFY(r.isComplete());
    QCOMPARE(r.created, 2);
    QCOMPARE(TestUtil::getData(*m_b, u"/m/changed"_s), QByteArray("server"));
    QCOMPARE(TestUtil::getData(*m_b, u"/m/new/deeper"_s), QByteArray("d"));

    QVERIFY(resetTarget());
    QVERIFY(prepare(job, file, u"/m"_s, SyncOptions::Conflicts::Overwrite));
    QCOMPARE(job.plan().creates, 2);
    QCOMPARE(job.plan().dataUpdates, 1);
    QCOMPARE(job.plan().aclUpdates, 1);
    r = apply(job);
    QVERIFY(r.isComplete());
    QCOMPARE(r.dataUpdated, 1);
    QCOMPARE(r.aclUpdated, 1);
    QCOMPARE(TestUtil::getData(*m_b, u"/m/changed"_s), QByteArray("file"));
    QCOMPARE(TestUtil::getAcl(*m_b, u"/m/acl"_s), ZkAclPresets::readOnlyWorld());
    QCOMPARE(TestUtil::getData(*m_b, u"/m/extra"_s), QByteArray("x")); // import never deletes

    QVERIFY(resetTarget());
    QVERIFY(prepare(job, file, u"/m"_s, SyncOptions::Conflicts::Stop));
    QVERIFY(job.plan().firstConflict >= 0);
    r = apply(job);
    QCOMPARE(r.error.code, ZkCode::BadArguments);
    QVERIFY2(r.error.message.contains(u"/m/acl"_s) || r.error.message.contains(u"/m/changed"_s),
             qPrintable(r.error.message));
    QCOMPARE(r.written(), 0);
    QCOMPARE(TestUtil::listTree(*m_b, u"/m"_s).size(), 4);
}

void TestTransfer::concurrentChangeIsReportedNotOverwritten()
{
    QVERIFY(TestUtil::deleteTree(*m_b, u"/m"_s));
    QVERIFY(TestUtil::createNodes(*m_b, {{u"/m"_s, "m"}, {u"/m/changed"_s, "server"}}));
    ImportJob job(m_b.get());
    QVERIFY(
        prepare(job, m_dir.filePath(u"modes.json"_s), u"/m"_s, SyncOptions::Conflicts::Overwrite));
    QCOMPARE(job.plan().dataUpdates, 1);
    // Someone else writes between the dry run and the import.
    // Both writes answered before the import runs (one shared flag let it start after A's).
    bool doneA = false, doneB = false;
    m_a->setData(u"/m/changed"_s, "x", -1, this, [&](const StatReply &) { doneA = true; });
    m_b->setData(u"/m/changed"_s, "theirs", -1, this, [&](const StatReply &) { doneB = true; });
    QTRY_VERIFY_WITH_TIMEOUT(doneA && doneB, 30000);
    const SyncReport r = apply(job);
    QCOMPARE(r.dataUpdated, 0);
    QCOMPARE(r.failed, 1);
    QCOMPARE(r.failures.size(), 1);
    QCOMPARE(r.failures.first().path, u"/m/changed"_s);
    QCOMPARE(r.failures.first().error.code, ZkCode::BadVersion);
    QCOMPARE(TestUtil::getData(*m_b, u"/m/changed"_s), QByteArray("theirs"));
}

void TestTransfer::cancelReportsExactlyWhatWasWritten()
{
    const QString file = m_dir.filePath(u"big.json"_s);
    QVERIFY(exportTree(*m_a, u"/rtbig"_s, file).ok());
    QVERIFY(TestUtil::deleteTree(*m_b, u"/cancelled"_s));
    ImportJob job(m_b.get());
    QVERIFY(prepare(job, file, u"/cancelled"_s, SyncOptions::Conflicts::Stop));
    QCOMPARE(job.plan().creates, 3001);
    SyncApplyJob::Options small;
    small.batchOps = 50;
    small.maxBatchesInFlight = 1;
    job.applyJob().setOptions(small);
    connect(&job, &ImportJob::progress, &job, [&job](qint64 done) {
        if (done > 0) job.cancel();
    });
    QSignalSpy finished(&job, &ImportJob::finished);
    job.apply();
    QVERIFY(finished.wait(120000));
    const auto r = finished.first().first().value<SyncReport>();
    QVERIFY(r.cancelled);
    QVERIFY(r.created < 3001);
    QCOMPARE(r.created + r.failed + r.notAttempted + r.unknown, 3001);
    QCOMPARE(r.unknown, 0);
    ZkError rootError;
    TestUtil::getData(*m_b, u"/cancelled"_s, nullptr, &rootError);
    const qint64 onServer =
        TestUtil::listTree(*m_b, u"/cancelled"_s).size() + (rootError.isOk() ? 1 : 0);
    QCOMPARE(onServer, r.created);
}

void TestTransfer::readOnlySessionIsRefused()
{
    SessionOptions ro;
    ro.readOnly = true;
    auto session = TestUtil::connect(m_servers.second->connectString(), 30000, ro);
    QVERIFY(session);
    QVERIFY(TestUtil::deleteTree(*m_b, u"/ro"_s));
    ImportJob job(session.get());
    QVERIFY(prepare(job, m_dir.filePath(u"modes.json"_s), u"/ro"_s, SyncOptions::Conflicts::Skip));
    const SyncReport r = apply(job);
    QCOMPARE(r.error.code, ZkCode::NotReadOnly);
    QCOMPARE(r.written(), 0);
    ZkError e;
    TestUtil::getData(*m_b, u"/ro"_s, nullptr, &e);
    QCOMPARE(e.code, ZkCode::NoNode);
}

void TestTransfer::damagedFileWritesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("gzip");
    QTest::addColumn<bool>("truncate");
    QTest::addColumn<QString>("expected");
    const QByteArray header =
        R"({"format":"zkdesk-export","version":1,"root":"/bad","origin":"","exportedAt":"","withStat":false,"nodes":[)";
    const QByteArray rootNode =
        R"({"path":"/bad","data":"r","acl":[{"scheme":"world","id":"anyone","perms":"cdrwa"}]})";
    const QByteArray trailer = R"(],"summary":{"nodes":2}})";
    const auto file = [&](const QByteArray &node) {
        return header + '\n' + rootNode + ",\n" + node + '\n' + trailer + '\n';
    };
    QTest::newRow("invalid JSON") << file(R"({"path":"/bad/a","data":"x",acl:[]})") << false
                                  << false << u"line 3: not valid JSON"_s;
    QTest::newRow("invalid path") << file(
        R"({"path":"/bad//a","data":"x","acl":[{"scheme":"world","id":"anyone","perms":"r"}]})")
                                  << false << false << u"line 3: invalid path \"/bad//a\""_s;
    QTest::newRow("outside root") << file(
        R"({"path":"/other","data":"x","acl":[{"scheme":"world","id":"anyone","perms":"r"}]})")
                                  << false << false << u"line 3: path \"/other\" is not below"_s;
    QTest::newRow("bad base64") << file(
        R"({"path":"/bad/a","base64":"@@@","acl":[{"scheme":"world","id":"anyone","perms":"r"}]})")
                                << false << false
                                << u"line 3: \"base64\" is not valid base64 at /bad/a"_s;
    QTest::newRow("unknown perms") << file(
        R"({"path":"/bad/a","data":"x","acl":[{"scheme":"world","id":"anyone","perms":"rx"}]})")
                                   << false << false << u"line 3: ACL permissions \"rx\""_s;
    QTest::newRow("over 1 MB") << file(
        R"({"path":"/bad/a","data":")" + QByteArray(1100000, 'x')
        + R"(","acl":[{"scheme":"world","id":"anyone","perms":"r"}]})")
                               << false << false
                               << u"line 3: the data of /bad/a is 1100000 bytes"_s;
    QTest::newRow("no end") << QByteArray(header + '\n' + rootNode + ",\n") << false << false
                            << u"incomplete"_s;
    QTest::newRow("truncated gzip") << file(
        R"({"path":"/bad/a","data":"x","acl":[{"scheme":"world","id":"anyone","perms":"r"}]})")
                                    << true << true << u"truncated"_s;
    QTest::newRow("not an export") << QByteArray(R"({"hello":"world"})") << false << false
                                   << u"not a zkdesk, ZooNavigator or zk_shell export"_s;
    QTest::newRow("broken document") << QByteArray("[{\"h\":{\"path\":\"/bad\"}},\n{") << false
                                     << false << u"not valid JSON at line 2, column"_s;
    QTest::newRow("ZooNavigator bad base64")
        << QByteArray(R"([{"h":{"acl":[],"path":"/bad","data":"!!"},"t":[]}])") << true << false
        << u"node /bad: the data is not valid base64"_s;
}

void TestTransfer::damagedFileWritesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, gzip);
    QFETCH(bool, truncate);
    QFETCH(QString, expected);
    const QString file = m_dir.filePath(u"damaged.gz"_s);
    QVERIFY(writeFile(file, content, gzip));
    if (truncate) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() - 12));
    }
    QVERIFY(TestUtil::deleteTree(*m_b, u"/bad"_s));
    ImportJob job(m_b.get());
    ZkError error;
    QVERIFY(!prepare(job, file, u"/bad"_s, SyncOptions::Conflicts::Overwrite, &error));
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    const SyncReport r = apply(job); // a failed prepare leaves nothing to write
    QCOMPARE(r.written(), 0);
    ZkError e;
    TestUtil::getData(*m_b, u"/bad"_s, nullptr, &e);
    QCOMPARE(e.code, ZkCode::NoNode);
}

QTEST_GUILESS_MAIN(TestTransfer)
#include "tst_int_transfer.moc"
