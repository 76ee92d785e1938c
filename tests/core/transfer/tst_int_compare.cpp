// Compare two subtrees on two real servers: every planted difference (added, removed, data,
// ACL) is found and nothing else; applying left -> right with deletions makes them equal;
// a live subtree compared against an export file.

#include "sandbox/sandboxserver.h"
#include "transfer/subtreeexportjob.h"
#include "transfer/syncapplyjob.h"
#include "transfer/treecomparison.h"
#include "twoservers.h"
#include "zk/zksession.h"
#include "zktestutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCompare final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsEveryPlantedDifference();
    void applyMakesRightEqualToLeft();
    void comparesAgainstAnExportFile();
    void largeValuesKeepOnlyDigestsAndAreReadAgainToWrite();
    void aValueChangedSinceTheCompareIsNotWritten();

private:
    bool compare(TreeComparison &c, const TreeComparison::Side &left,
                 const TreeComparison::Side &right);
    QMap<QString, quint8> differences(const TreeDiff &diff);

    QTemporaryDir m_dir;
    TwoServers m_servers;
    std::unique_ptr<ZkSession> m_a;
    std::unique_ptr<ZkSession> m_b;
};

void TestCompare::initTestCase()
{
    QVERIFY(m_servers.start());
    m_a = std::move(m_servers.a);
    m_b = std::move(m_servers.b);
    QList<std::pair<QString, QByteArray>> common{{u"/cmp"_s, "root"}};
    for (int i = 0; i < 50; ++i) {
        common.append({u"/cmp/n%1"_s.arg(i), QByteArray::number(i)});
        common.append({u"/cmp/n%1/leaf"_s.arg(i), QByteArray("\x00\x01", 2)});
    }
    QVERIFY(TestUtil::createNodes(*m_a, common));
    QVERIFY(TestUtil::createNodes(*m_b, common));
    // Planted: only left, only right (with a child), data differs, null vs empty, ACL differs.
    QVERIFY(TestUtil::createNodes(*m_a, {{u"/cmp/n3/added"_s, "new"}}));
    QVERIFY(TestUtil::createNodes(*m_b, {{u"/cmp/gone"_s, "old"}, {u"/cmp/gone/kid"_s, "k"}}));
    bool done = false;
    m_b->setData(u"/cmp/n7"_s, "changed", -1, this, [&](const StatReply &) { done = true; });
    QTRY_VERIFY(done);
    QVERIFY(TestUtil::createNodes(*m_a, {{u"/cmp/nul"_s, QByteArray()}}));
    QVERIFY(TestUtil::createNodes(*m_b, {{u"/cmp/nul"_s, QByteArray("")}}));
    done = false;
    const ZkAcl readOnlyButAdmin{{u"world"_s, u"anyone"_s, ZkPerm::Read},
                                 {u"ip"_s, u"127.0.0.1"_s, ZkPerm::All}};
    m_b->setAcl(u"/cmp/n9/leaf"_s, readOnlyButAdmin, -1, this,
                [&](const DoneReply &) { done = true; });
    QTRY_VERIFY(done);
}

bool TestCompare::compare(TreeComparison &c, const TreeComparison::Side &left,
                          const TreeComparison::Side &right)
{
    QSignalSpy finished(&c, &TreeComparison::finished);
    c.start(left, right);
    if (!finished.wait(120000)) return false;
    const ZkError e = finished.first().first().value<ZkError>();
    if (e) qWarning("%s", qPrintable(e.toString()));
    return e.isOk();
}

QMap<QString, quint8> TestCompare::differences(const TreeDiff &diff)
{
    QMap<QString, quint8> out;
    for (const DiffEntry &e : diff.entries)
        if (!e.isIdentical()) out.insert(e.relPath, e.flags);
    return out;
}

void TestCompare::findsEveryPlantedDifference()
{
    TreeComparison c;
    QVERIFY(compare(c, {m_a.get(), u"/cmp"_s, {}}, {m_b.get(), u"/cmp"_s, {}}));
    const QMap<QString, quint8> expected{
        {u"/n3/added"_s, DiffEntry::OnlyLeft},  {u"/gone"_s, DiffEntry::OnlyRight},
        {u"/gone/kid"_s, DiffEntry::OnlyRight}, {u"/n7"_s, DiffEntry::DataDiffers},
        {u"/nul"_s, DiffEntry::DataDiffers},    {u"/n9/leaf"_s, DiffEntry::AclDiffers}};
    QCOMPARE(differences(c.diff()), expected);
    QCOMPARE(c.diff().identical, 99);
    QCOMPARE(c.diff().onlyLeft, 1);
    QCOMPARE(c.diff().onlyRight, 2);
    // Parents before children, siblings by name.
    QCOMPARE(c.diff().entries.first().relPath, QString());
}

void TestCompare::applyMakesRightEqualToLeft()
{
    TreeComparison c;
    QVERIFY(compare(c, {m_a.get(), u"/cmp"_s, {}}, {m_b.get(), u"/cmp"_s, {}}));
    SyncOptions o;
    o.deleteExtra = true;
    const SyncPlan plan = SyncPlan::build(c.diff().entries, true, o);
    QCOMPARE(plan.creates, 1);
    QCOMPARE(plan.dataUpdates, 2);
    QCOMPARE(plan.aclUpdates, 1);
    QCOMPARE(plan.deletes, 2);
    SyncApplyJob job(m_b.get());
    QSignalSpy finished(&job, &SyncApplyJob::finished);
    job.start(plan, c.left(), c.right(), u"/cmp"_s);
    QVERIFY(finished.wait(60000));
    const auto r = finished.first().first().value<SyncReport>();
    QVERIFY2(r.isComplete(), qPrintable(r.error.toString()));
    QCOMPARE(r.written(), 6);
    QVERIFY(compare(c, {m_a.get(), u"/cmp"_s, {}}, {m_b.get(), u"/cmp"_s, {}}));
    QCOMPARE(c.diff().differences(), 0);
    QCOMPARE(TestUtil::readTree(*m_a, u"/cmp"_s), TestUtil::readTree(*m_b, u"/cmp"_s));
}

void TestCompare::comparesAgainstAnExportFile()
{
    const QString file = m_dir.filePath(u"backup.json.gz"_s);
    SubtreeExportJob exporter(m_a.get());
    QSignalSpy exported(&exporter, &SubtreeExportJob::finished);
    exporter.start(u"/cmp"_s, file);
    QVERIFY(exported.wait(60000));
    bool done = false;
    m_a->setData(u"/cmp/n1"_s, "after the backup", -1, this,
                 [&](const StatReply &) { done = true; });
    QTRY_VERIFY(done);
    TreeComparison c;
    QVERIFY(compare(c, {nullptr, {}, file}, {m_a.get(), u"/cmp"_s, {}}));
    const QMap<QString, quint8> expected{{u"/n1"_s, DiffEntry::DataDiffers}};
    QCOMPARE(differences(c.diff()), expected);
}

// Values over SnapshotLoader::kKeptBytes are compared by digest and not held; applying reads
// them again from the source, byte for byte (null, binary, large).
void TestCompare::largeValuesKeepOnlyDigestsAndAreReadAgainToWrite()
{
    QByteArray binary(5000, '\0');
    for (int i = 0; i < binary.size(); ++i) binary[i] = char(i * 7);
    const QByteArray big(300000, 'q');
    QVERIFY(TestUtil::createNodes(*m_a,
                                  {{u"/dig"_s, "d"},
                                   {u"/dig/same"_s, QByteArray(200, 's')},
                                   {u"/dig/bin"_s, binary},
                                   {u"/dig/big"_s, big},
                                   {u"/dig/big/kid"_s, QByteArray(100, 'k')}}));
    QByteArray otherBinary = binary;
    otherBinary[4999] = 'x'; // one byte differs at the end
    QVERIFY(TestUtil::createNodes(
        *m_b,
        {{u"/dig"_s, "d"}, {u"/dig/same"_s, QByteArray(200, 's')}, {u"/dig/bin"_s, otherBinary}}));
    TreeComparison c;
    QVERIFY(compare(c, {m_a.get(), u"/dig"_s, {}}, {m_b.get(), u"/dig"_s, {}}));
    const QMap<QString, quint8> expected{{u"/bin"_s, DiffEntry::DataDiffers},
                                         {u"/big"_s, DiffEntry::OnlyLeft},
                                         {u"/big/kid"_s, DiffEntry::OnlyLeft}};
    QCOMPARE(differences(c.diff()), expected);
    for (const TransferNode &n : c.left().nodes) // only the short root value is held
        QCOMPARE(n.dataHeld(), n.relPath.isEmpty());
    const SyncPlan plan = SyncPlan::build(c.diff().entries, true, {});
    SyncApplyJob job(m_b.get());
    QSignalSpy finished(&job, &SyncApplyJob::finished);
    job.start(plan, c.left(), c.right(), u"/dig"_s, m_a.get());
    QVERIFY(finished.wait(60000));
    const auto r = finished.first().first().value<SyncReport>();
    QVERIFY2(r.isComplete(), qPrintable(r.error.toString()));
    QCOMPARE(r.written(), 3);
    QCOMPARE(TestUtil::readTree(*m_a, u"/dig"_s), TestUtil::readTree(*m_b, u"/dig"_s));
    // Without the source session the bytes cannot be had: nothing is written from nothing.
    SyncApplyJob orphan(m_b.get());
    QSignalSpy orphanDone(&orphan, &SyncApplyJob::finished);
    orphan.start(plan, c.left(), c.right(), u"/dig"_s);
    QVERIFY(orphanDone.wait(60000));
    QCOMPARE(orphanDone.first().first().value<SyncReport>().failed, 3);
    QCOMPARE(TestUtil::getData(*m_b, u"/dig/big"_s), big);
}

// A value that changed on the source after the compare is reported, and the rest is written.
void TestCompare::aValueChangedSinceTheCompareIsNotWritten()
{
    QVERIFY(TestUtil::createNodes(*m_a,
                                  {{u"/chg"_s, "c"},
                                   {u"/chg/one"_s, QByteArray(100, '1')},
                                   {u"/chg/two"_s, QByteArray(100, '2')}}));
    QVERIFY(TestUtil::createNodes(*m_b, {{u"/chg"_s, "c"}}));
    TreeComparison c;
    QVERIFY(compare(c, {m_a.get(), u"/chg"_s, {}}, {m_b.get(), u"/chg"_s, {}}));
    QVERIFY(TestUtil::setData(*m_a, u"/chg/two"_s, QByteArray(100, '3')));
    SyncApplyJob job(m_b.get());
    QSignalSpy finished(&job, &SyncApplyJob::finished);
    job.start(SyncPlan::build(c.diff().entries, true, {}), c.left(), c.right(), u"/chg"_s,
              m_a.get());
    QVERIFY(finished.wait(60000));
    const auto r = finished.first().first().value<SyncReport>();
    QCOMPARE(r.created, 1);
    QCOMPARE(r.failed, 1);
    QCOMPARE(r.failures.first().path, u"/chg/two"_s);
    QVERIFY(r.failures.first().error.message.contains(u"changed on the source"_s));
    QCOMPARE(TestUtil::getData(*m_b, u"/chg/one"_s), QByteArray(100, '1'));
    ZkError error;
    TestUtil::getData(*m_b, u"/chg/two"_s, nullptr, &error);
    QCOMPARE(error.code, ZkCode::NoNode); // not created from bytes nobody compared
}

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_int_compare.moc"
