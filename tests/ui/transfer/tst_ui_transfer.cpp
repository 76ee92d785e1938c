// The import dialog's dry run and the compare dialog against a real server: the listing and
// the counts show what the core planned/found, the side-by-side view shows both values.
// With ZKDESK_SCREENSHOT_DIR set, each dialog is saved there as a PNG.

#include "sandbox/sandboxserver.h"
#include "transfer/comparedialog.h"
#include "transfer/importdialog.h"
#include "transfer/subtreeexportjob.h"
#include "zk/zksession.h"
#include "zktestutil.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestUiTransfer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importDryRunListsThePlan();
    void compareShowsDifferencesSideBySide();

private:
    void screenshot(QWidget *w, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<ZkSession> m_session;
};

void TestUiTransfer::initTestCase()
{
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY(server);
    m_session = TestUtil::connect(server->connectString());
    QVERIFY(m_session);
    QVERIFY(TestUtil::createNodes(
        *m_session,
        {{u"/shop"_s, "v1"},
         {u"/shop/config"_s, "{\n  \"threads\": 8,\n  \"cache\": true\n}\n"},
         {u"/shop/bin"_s, QByteArray("\x00\x01\xfe\xff", 4)},
         {u"/shop/flags"_s, "a=1\nb=2\n"},
         {u"/staging"_s, "v1"},
         {u"/staging/config"_s, "{\n  \"threads\": 16,\n  \"cache\": true\n}\n"},
         {u"/staging/bin"_s, QByteArray("\x00\x01\xfe\xfe", 4)},
         {u"/staging/extra"_s, "x"}}));
}

void TestUiTransfer::screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ZKDESK_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QVERIFY(w->grab().save(dir + u"/"_s + name));
}

void TestUiTransfer::importDryRunListsThePlan()
{
    const QString file = m_dir.filePath(u"shop.json.gz"_s);
    SubtreeExportJob exporter(m_session.get());
    QSignalSpy exported(&exporter, &SubtreeExportJob::finished);
    exporter.start(u"/shop"_s, file);
    QVERIFY(exported.wait(60000));
    ImportDialog dialog(m_session.get(), u"/staging"_s);
    dialog.setFile(file);
    dialog.show();
    QSignalSpy prepared(&dialog.job(), &ImportJob::prepared);
    dialog.startDryRun();
    QVERIFY(prepared.wait(60000));
    QCOMPARE(dialog.listing()->topLevelItemCount(),
             3); // create /flags, skip /bin and /config (mode Skip)
    QVERIFY2(dialog.summary()->text().contains(u"2 skipped"_s),
             qPrintable(dialog.summary()->text()));
    screenshot(&dialog, u"import-dry-run.png"_s);
}

void TestUiTransfer::compareShowsDifferencesSideBySide()
{
    CompareDialog dialog(m_session.get(), u"/shop"_s);
    dialog.setRight(CompareDialog::RightKind::SameConnection, {}, u"/staging"_s);
    dialog.show();
    QSignalSpy finished(&dialog.comparison(), &TreeComparison::finished);
    dialog.startCompare();
    QVERIFY(finished.wait(60000));
    QTreeWidget *tree = dialog.differences();
    QCOMPARE(tree->topLevelItemCount(),
             4); // /bin, /config (data), /extra (only right), /flags (only left)
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0) == u"/config")
            tree->setCurrentItem(tree->topLevelItem(i));
    QVERIFY(dialog.leftView()->toPlainText().contains(u"\"threads\": 8"_s));
    QVERIFY(dialog.rightView()->toPlainText().contains(u"\"threads\": 16"_s));
    screenshot(&dialog, u"compare-data-diff.png"_s);
}

QTEST_MAIN(TestUiTransfer)
#include "tst_ui_transfer.moc"
