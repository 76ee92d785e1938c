// The import dialog's dry run and the compare dialog against a real server: the listing and
// the counts show what the core planned/found, the side-by-side view shows both values.
// With ZKDESK_SCREENSHOT_DIR set, each dialog is saved there as a PNG.

#include "acl/zkdigest.h"
#include "sandbox/sandboxserver.h"
#include "transfer/comparedialog.h"
#include "transfer/difftree.h"
#include "transfer/importdialog.h"
#include "transfer/subtreeexportjob.h"
#include "transfer/transferactions.h"
#include "zk/zksession.h"
#include "zktestutil.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestUiTransfer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportFromTheMenuWritesTheSubtree();
    void importDryRunListsThePlan();
    void compareShowsDifferencesSideBySide();
    void applyingASelectedSubtreeMakesItEqual();
    void rightSideWithDigestCredentials();

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

// Export subtree… (after its file chooser): progress, then a box with the count; the file
// compares equal to the live subtree.
void TestUiTransfer::exportFromTheMenuWritesTheSubtree()
{
    QWidget window;
    window.resize(900, 600);
    window.show();
    TransferActions actions(m_session.get(), &window, [] { return u"/shop"_s; });
    const QString file = m_dir.filePath(u"menu-export.json.gz"_s);
    // The result box runs its own event loop: a timer reads, grabs and closes it.
    QString text;
    QTimer answer;
    connect(&answer, &QTimer::timeout, &window, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !text.isEmpty()) return;
        text = box->text();
        screenshot(box, u"export-result.png"_s);
        box->button(QMessageBox::Ok)->click();
    });
    answer.start(20);
    actions.exportSubtree(u"/shop"_s, file);
    QTRY_VERIFY_WITH_TIMEOUT(!text.isEmpty(), 60000);
    QVERIFY2(text.startsWith(u"Exported 4 nodes to "_s), qPrintable(text));
    TreeComparison c;
    QSignalSpy finished(&c, &TreeComparison::finished);
    c.start({m_session.get(), u"/shop"_s, {}}, {nullptr, {}, file});
    QVERIFY(finished.wait(60000));
    QCOMPARE(c.diff().differences(), 0);
    QCOMPARE(c.diff().identical, 4);
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
    // A tree: the compared root (identical, so a folder) holds the four differences.
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *root = tree->topLevelItem(0);
    QVERIFY(root->data(0, DiffTree::FolderRole).toBool());
    QCOMPARE(root->childCount(), 4); // bin, config (data), extra (only right), flags (only left)
    QCOMPARE(DiffTree::find(tree, u"/extra"_s)->text(1), u"only right"_s);
    QCOMPARE(DiffTree::find(tree, u"/flags"_s)->text(1), u"only left"_s);
    QCOMPARE(DiffTree::find(tree, u"/bin"_s)->text(1), u"data differs"_s);
    // Per-kind filters with their counts; identical nodes only when asked.
    auto *onlyRight = dialog.findChild<QCheckBox *>(u"filterOnlyRight"_s);
    QVERIFY(onlyRight && onlyRight->text().contains(u"(1)"_s));
    QVERIFY(dialog.findChild<QCheckBox *>(u"filterData"_s)->text().contains(u"(2)"_s));
    onlyRight->setChecked(false);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 3);
    QVERIFY(!DiffTree::find(tree, u"/extra"_s));
    onlyRight->setChecked(true);
    dialog.findChild<QCheckBox *>(u"filterIdentical"_s)->setChecked(true);
    QVERIFY(!tree->topLevelItem(0)->data(0, DiffTree::FolderRole).toBool());
    QCOMPARE(tree->topLevelItem(0)->text(1), u"identical"_s);
    dialog.findChild<QCheckBox *>(u"filterIdentical"_s)->setChecked(false);
    tree->setCurrentItem(DiffTree::find(tree, u"/config"_s));
    // The counts lengthen the filter labels: once laid out, each shows its whole text.
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
        QTRY_VERIFY2(box->width() >= box->sizeHint().width(), qPrintable(box->text()));
    screenshot(&dialog, u"compare-data-diff.png"_s);
}

// Selecting the root folder applies its whole subtree: right becomes equal to left except the
// node only the right has (deletes are asked separately; this selection writes no delete when
// the only-right filter is off).
void TestUiTransfer::applyingASelectedSubtreeMakesItEqual()
{
    QVERIFY(TestUtil::createNodes(*m_session,
                                  {{u"/a"_s, "1"},
                                   {u"/a/x"_s, "left"},
                                   {u"/a/x/deep"_s, QByteArray("\xff\x00", 2)},
                                   {u"/b"_s, "1"},
                                   {u"/b/x"_s, "right"},
                                   {u"/b/keep"_s, "only right"}}));
    CompareDialog dialog(m_session.get(), u"/a"_s);
    dialog.setRight(CompareDialog::RightKind::SameConnection, {}, u"/b"_s);
    dialog.show();
    QSignalSpy finished(&dialog.comparison(), &TreeComparison::finished);
    dialog.startCompare();
    QVERIFY(finished.wait(60000));
    QTreeWidget *tree = dialog.differences();
    dialog.findChild<QCheckBox *>(u"filterOnlyRight"_s)->setChecked(false);
    QTreeWidgetItem *folder = tree->topLevelItem(0);
    QVERIFY(folder);
    QVERIFY(DiffTree::find(tree, u"/x/deep"_s)); // below /x, which differs itself
    QCOMPARE(DiffTree::find(tree, u"/x/deep"_s)->parent(), DiffTree::find(tree, u"/x"_s));
    tree->clearSelection();
    folder->setSelected(true);
    // Answers Yes to the preview question (and would to a delete question: none is asked).
    int asked = 0;
    QTimer answer;
    connect(&answer, &QTimer::timeout, &dialog, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            ++asked;
            box->button(QMessageBox::Yes)->click();
        }
    });
    answer.start(20);
    QSignalSpy written(&dialog, &CompareDialog::applied);
    dialog.applySelected(true);
    QVERIFY(written.wait(60000));
    QCOMPARE(TestUtil::getData(*m_session, u"/b/x"_s), QByteArray("left"));
    QCOMPARE(TestUtil::getData(*m_session, u"/b/x/deep"_s), QByteArray("\xff\x00", 2));
    QCOMPARE(TestUtil::getData(*m_session, u"/b/keep"_s), QByteArray("only right"));
    QCOMPARE(asked, 1);
}

// An ad-hoc connection string with digest user:password reads a subtree only that user may
// read: the right side equals the left but for its ACL.
void TestUiTransfer::rightSideWithDigestCredentials()
{
    const ZkAcl aliceOnly{{u"digest"_s, ZkDigest::digestId(u"alice"_s, u"pw"_s), ZkPerm::All}};
    QVERIFY(TestUtil::createNodes(*m_session, {{u"/open"_s, "same bytes"}}));
    bool done = false;
    m_session->create(u"/private"_s, "same bytes", CreateMode::Persistent, aliceOnly, this,
                      [&](const CreateReply &r) { done = r.error.isOk(); });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    CompareDialog dialog(m_session.get(), u"/open"_s);
    dialog.setRight(CompareDialog::RightKind::OtherConnection,
                    TestUtil::sharedServer()->connectString(), u"/private"_s);
    dialog.setRightCredentials(u"alice:pw"_s);
    dialog.show();
    QSignalSpy finished(&dialog.comparison(), &TreeComparison::finished);
    dialog.startCompare(); // connects with the credentials, then compares
    QVERIFY(finished.wait(60000));
    QVERIFY(!finished.first().first().value<ZkError>());
    QCOMPARE(dialog.comparison().diff().entries.size(), 1);
    QCOMPARE(dialog.comparison().diff().entries.first().flags, quint8(DiffEntry::AclDiffers));
    QCOMPARE(dialog.comparison().right().unreadable, 0);
}

QTEST_MAIN(TestUiTransfer)
#include "tst_ui_transfer.moc"
