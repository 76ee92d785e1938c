// The streamed import of a zkdesk file against a real server: a file of more than one part
// (StreamedImport::kPartNodes) is written completely, a node created with the temporary ACL
// keeps it until its children of later parts exist, a cancel in a later part reports exactly
// what is on the server, and a file changed between the dry run and the writes is refused.

#include "sandbox/sandboxserver.h"
#include "transfer/importjob.h"
#include "transfer/subtreeexportjob.h"
#include "zk/zksession.h"
#include "zktestutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const ZkAcl kReadOnly{{u"world"_s, u"anyone"_s, ZkPerm::Read}};
constexpr int kChildren = int(StreamedImport::kPartNodes) + 1500;

QByteArray valueOf(int i) { return QByteArray::number(i).repeated(30); } // over 64 bytes: a digest

} // namespace

class TestStreamedImport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsEveryPartAndStagesAclsAcrossParts();
    void cancelInALaterPartReportsExactly();
    void fileChangedAfterTheDryRunIsRefused();
    void reindentedFileIsHeldWholeAndImported();

private:
    bool prepare(ImportJob &job, const QString &file, const QString &target);
    bool exportPlain(const QString &file);
    /// Applies the prepared import: true when every node was created, none with an ACL failure.
    bool importsAll(ImportJob &job);
    qint64 onServer(const QString &root);

    QTemporaryDir m_dir;
    std::unique_ptr<ZkSession> m_session;
    QString m_file;
};

void TestStreamedImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY(server);
    m_session = TestUtil::connect(server->connectString());
    QVERIFY(m_session);
    QList<std::pair<QString, QByteArray>> nodes{{u"/parts"_s, "root"}};
    for (int i = 0; i < kChildren; ++i) nodes.append({u"/parts/n%1"_s.arg(i), valueOf(i)});
    QVERIFY(TestUtil::createNodes(*m_session, nodes, 120000));
    // Nobody may create children in the root: the import creates it with a temporary ACL, and
    // its children come in two parts.
    bool done = false;
    m_session->setAcl(u"/parts"_s, kReadOnly, -1, this, [&](const DoneReply &) { done = true; });
    QTRY_VERIFY(done);
    m_file = m_dir.filePath(u"parts.json.gz"_s);
    SubtreeExportJob job(m_session.get());
    QSignalSpy finished(&job, &SubtreeExportJob::finished);
    job.start(u"/parts"_s, m_file);
    QVERIFY(finished.wait(120000));
    QVERIFY(finished.first().first().value<ExportReport>().ok());
}

bool TestStreamedImport::prepare(ImportJob &job, const QString &file, const QString &target)
{
    if (!TestUtil::deleteTree(*m_session, target)) return false;
    QSignalSpy prepared(&job, &ImportJob::prepared);
    job.prepare(file, target, {});
    if (!prepared.wait(120000)) return false;
    const ZkError error = prepared.first().first().value<ZkError>();
    if (error) qWarning("prepare: %s", qPrintable(error.toString()));
    return error.isOk();
}

bool TestStreamedImport::exportPlain(const QString &file)
{
    SubtreeExportJob job(m_session.get());
    QSignalSpy finished(&job, &SubtreeExportJob::finished);
    job.start(u"/parts"_s, file);
    return finished.wait(120000) && finished.first().first().value<ExportReport>().ok();
}

bool TestStreamedImport::importsAll(ImportJob &job)
{
    QSignalSpy finished(&job, &ImportJob::finished);
    job.apply();
    if (!finished.wait(120000)) return false;
    const auto r = finished.first().first().value<SyncReport>();
    if (!r.isComplete()) qWarning("import: %s", qPrintable(r.error.toString()));
    return r.isComplete() && r.created == kChildren + 1 && r.aclFailed == 0;
}

qint64 TestStreamedImport::onServer(const QString &root)
{
    ZkError rootError;
    TestUtil::getData(*m_session, root, nullptr, &rootError);
    return rootError.isOk() ? TestUtil::listTree(*m_session, root).size() + 1 : 0;
}

void TestStreamedImport::importsEveryPartAndStagesAclsAcrossParts()
{
    ImportJob job(m_session.get());
    QVERIFY(prepare(job, m_file, u"/parts-copy"_s));
    QCOMPARE(job.plan().creates, kChildren + 1);
    QVERIFY(importsAll(job));
    QCOMPARE(onServer(u"/parts-copy"_s), kChildren + 1);
    for (int i : {0, 4999, 5000, kChildren - 1})
        QCOMPARE(TestUtil::getData(*m_session, u"/parts-copy/n%1"_s.arg(i)), valueOf(i));
    QCOMPARE(TestUtil::getAcl(*m_session, u"/parts-copy"_s), kReadOnly);
}

void TestStreamedImport::cancelInALaterPartReportsExactly()
{
    ImportJob job(m_session.get());
    QVERIFY(prepare(job, m_file, u"/parts-cancel"_s));
    SyncApplyJob::Options small;
    small.batchOps = 50;
    small.maxBatchesInFlight = 1;
    job.applyJob().setOptions(small);
    connect(&job, &ImportJob::progress, &job, [&job](qint64 done) {
        if (done > StreamedImport::kPartNodes + 100) job.cancel();
    });
    QSignalSpy finished(&job, &ImportJob::finished);
    job.apply();
    QVERIFY(finished.wait(120000));
    const auto r = finished.first().first().value<SyncReport>();
    QVERIFY(r.cancelled);
    QVERIFY(r.created > StreamedImport::kPartNodes);
    QVERIFY(r.created < kChildren + 1);
    QCOMPARE(r.created + r.failed + r.notAttempted + r.unknown, kChildren + 1);
    QCOMPARE(onServer(u"/parts-cancel"_s), r.created);
    // The root held the temporary ACL for the cancelled part: it has its real one now.
    QCOMPARE(TestUtil::getAcl(*m_session, u"/parts-cancel"_s), kReadOnly);
}

void TestStreamedImport::fileChangedAfterTheDryRunIsRefused()
{
    const QString file = m_dir.filePath(u"changed.json"_s);
    QVERIFY(exportPlain(file)); // uncompressed, to be edited in place
    ImportJob job(m_session.get());
    QVERIFY(prepare(job, file, u"/parts-changed"_s));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray text = f.readAll();
    const QByteArray from = valueOf(7), to = QByteArray(from.size(), 'z');
    QVERIFY(text.contains(from));
    text.replace(from, to); // same size: only the digest tells
    QVERIFY(f.seek(0));
    QCOMPARE(f.write(text), text.size());
    f.close();
    QSignalSpy finished(&job, &ImportJob::finished);
    job.apply();
    QVERIFY(finished.wait(120000));
    const auto r = finished.first().first().value<SyncReport>();
    QVERIFY(r.error);
    QVERIFY2(r.error.message.contains(u"changed.json, line "_s), qPrintable(r.error.message));
    QCOMPARE(r.written(), 0);
    QCOMPARE(r.notAttempted, kChildren + 1);
    QCOMPARE(onServer(u"/parts-changed"_s), 0);
}

// A zkdesk file re-indented by hand is one JSON document, not the line layout: it is read once
// and held whole, never read again part by part. (Every record of such a file used to get the
// root's path: an argument moved from before another argument read it.)
void TestStreamedImport::reindentedFileIsHeldWholeAndImported()
{
    const QString plain = m_dir.filePath(u"plain.json"_s);
    const QString indented = m_dir.filePath(u"indented.json"_s);
    QVERIFY(exportPlain(plain));
    QFile in(plain), out(indented);
    QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll());
    QVERIFY(doc.isObject());
    QVERIFY(out.write(doc.toJson(QJsonDocument::Indented)) > 0);
    out.close();
    ImportJob job(m_session.get());
    QVERIFY(prepare(job, indented, u"/parts-doc"_s));
    QVERIFY(importsAll(job));
    QCOMPARE(TestUtil::getData(*m_session, u"/parts-doc/n6000"_s), valueOf(6000));
}

QTEST_GUILESS_MAIN(TestStreamedImport)
#include "tst_int_streamedimport.moc"
