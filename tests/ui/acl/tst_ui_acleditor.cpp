// The ACL tab on the offscreen platform against a real server: shows the ACL with its version,
// edits, inline validation that disables Save, the digest helper, the lock-out guard's prompt,
// an ACL version conflict, and the digest round trip as the user sees it.

#include "acl/acleditor.h"
#include "acl/aclpickerdialog.h"
#include "acl/aclview.h"
#include "acl/lockicon.h"
#include "acl/zkdigest.h"
#include "awaitreply.h"
#include "operations/createnodedialog.h"
#include "sandbox/sandboxserver.h"
#include "tree/znodedecorationproxy.h"
#include "tree/znodetreemodel.h"
#include "zk/zksession.h"
#include "zktestutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 30000;
const QString kAliceId = u"alice:aYXlLOpEooaV1cRAvUL1fp9Qt7E="_s; // see tst_unit_acl

SessionOptions asAlice()
{
    SessionOptions options;
    options.auth = {{u"digest"_s, "alice:secret"}};
    return options;
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ZKDESK_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    widget->activateWindow();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(widget->grab().save(dir + u'/' + name));
}

bool checked(QTableWidget *table, int row, int column)
{
    return table->item(row, column)->checkState() == Qt::Checked;
}
} // namespace

class TestUiAclEditor final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheAclWithItsVersion();
    void validationDisablesSave();
    void digestHelperInsertsTheId();
    void lockOutGuardAsksFirst();
    void conflictIsReported();
    void unreadableNodeIsExplained();
    void createDialogOffersTheEditor();
    void unreadableNodeShowsALock();
    void cleanupTestCase();

private:
    bool waitLoaded(AclView &view);
    std::unique_ptr<ZkSession> m_alice;
    QString m_cs;
};

void TestUiAclEditor::initTestCase()
{
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY(server);
    m_cs = server->connectString();
    m_alice = TestUtil::connect(m_cs, kTimeoutMs, asAlice());
    QVERIFY(m_alice);
    QVERIFY(TestUtil::deleteTree(*m_alice, u"/ui-acl"_s));
    QVERIFY(TestUtil::createNodes(*m_alice, {{u"/ui-acl"_s, {}}}));
}

void TestUiAclEditor::cleanupTestCase()
{
    if (m_alice) TestUtil::deleteTree(*m_alice, u"/ui-acl"_s);
}

bool TestUiAclEditor::waitLoaded(AclView &view)
{
    return QTest::qWaitFor(
        [&] { return view.reloadButton()->isEnabled() && view.aclVersion() >= 0; }, kTimeoutMs);
}

void TestUiAclEditor::showsTheAclWithItsVersion()
{
    const QString path = u"/ui-acl/shown"_s;
    const ZkAcl acl = {{u"world"_s, u"anyone"_s, ZkPerm::Read},
                       {u"digest"_s, kAliceId, ZkPerm::All},
                       {u"ip"_s, u"10.0.0.0/8"_s, ZkPerm::Read | ZkPerm::Write}};
    auto created = TestUtil::await<CreateReply>(
        [&](auto cb) { m_alice->create(path, "v", CreateMode::Persistent, acl, this, cb); });
    QVERIFY(created.error.isOk());
    auto set =
        TestUtil::await<DoneReply>([&](auto cb) { m_alice->setAcl(path, acl, 0, this, cb); });
    QVERIFY(set.error.isOk()); // aversion 1 now

    AclView view(m_alice.get());
    view.resize(760, 560);
    view.show();
    view.showNode(path);
    QVERIFY(waitLoaded(view));
    QCOMPARE(view.aclVersion(), 1);
    QVERIFY2(view.versionLabel()->text().contains(u"aversion) 1"_s),
             qPrintable(view.versionLabel()->text()));
    QTableWidget *table = view.editor()->table();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(view.editor()->acl(), acl);
    QCOMPARE(table->item(1, AclEditor::IdColumn)->text(), kAliceId);
    QVERIFY(checked(table, 0, AclEditor::ReadColumn));
    QVERIFY(!checked(table, 0, AclEditor::WriteColumn));
    QVERIFY(checked(table, 2, AclEditor::WriteColumn));
    QVERIFY(!checked(table, 2, AclEditor::AdminColumn));
    QVERIFY(!view.saveButton()->isEnabled()); // nothing changed yet

    // Change a checkbox and save: the server has it, the version moved on.
    table->item(2, AclEditor::CreateColumn)->setCheckState(Qt::Checked);
    QVERIFY(view.saveButton()->isEnabled());
    view.saveButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(view.aclVersion(), 2, kTimeoutMs);
    auto read = TestUtil::await<AclReply>([&](auto cb) { m_alice->getAcl(path, this, cb); });
    QCOMPARE(read.acl.at(2).perms, quint32(ZkPerm::Read | ZkPerm::Write | ZkPerm::Create));

    // The screenshot: the loaded ACL and the digest helper filled in.
    view.editor()->digestUserEdit()->setText(u"bob"_s);
    view.editor()->digestPasswordEdit()->setText(u"pa55word"_s);
    screenshot(&view, u"acl-editor.png"_s);
}

void TestUiAclEditor::validationDisablesSave()
{
    const QString path = u"/ui-acl/validate"_s;
    QVERIFY(TestUtil::createNodes(*m_alice, {{path, {}}}));
    AclView view(m_alice.get());
    view.show();
    view.showNode(path);
    QVERIFY(waitLoaded(view));
    AclEditor *editor = view.editor();
    QCOMPARE(editor->table()->rowCount(), 1);
    editor->setScheme(0, u"ip"_s);
    editor->table()->item(0, AclEditor::IdColumn)->setText(u"10.0.0.0/33"_s);
    QVERIFY(editor->validationError().contains(u"between 0 and 32"_s));
    QCOMPARE(editor->messageLabel()->text(), editor->validationError());
    QVERIFY(!view.saveButton()->isEnabled());
    QVERIFY(!view.applySubtreeButton()->isEnabled());
    editor->table()->item(0, AclEditor::IdColumn)->setText(u"127.0.0.1"_s);
    QVERIFY(editor->validationError().isEmpty());
    QVERIFY(view.saveButton()->isEnabled());
    // A digest id that is a password, not a hash.
    editor->addButton()->click();
    editor->setScheme(1, u"digest"_s);
    editor->table()->item(1, AclEditor::IdColumn)->setText(u"alice:secret"_s);
    QVERIFY(editor->validationError().startsWith(u"row 2: digest:"_s));
    QVERIFY(!view.saveButton()->isEnabled());
    // No permission at all.
    editor->table()->setCurrentCell(1, 0);
    editor->removeButton()->click();
    for (int c = AclEditor::ReadColumn; c <= AclEditor::AdminColumn; ++c)
        editor->table()->item(0, c)->setCheckState(Qt::Unchecked);
    QVERIFY(editor->validationError().contains(u"at least one permission"_s));
    QVERIFY(!view.saveButton()->isEnabled());
}

void TestUiAclEditor::digestHelperInsertsTheId()
{
    AclEditor editor;
    editor.setAcl(ZkAclPresets::open());
    QVERIFY(!editor.digestInsertButton()->isEnabled());
    editor.digestUserEdit()->setText(u"bob"_s);
    editor.digestPasswordEdit()->setText(u"pa55word"_s);
    // Value from the server's DigestAuthenticationProvider (see tst_unit_acl).
    QCOMPARE(editor.digestResultLabel()->text(), u"digest:bob:OFO5E/9Nw6SDqDkz1p4eceu3/W8="_s);
    editor.digestInsertButton()->click();
    QCOMPARE(editor.acl().size(), 2);
    QCOMPARE(editor.acl().last(),
             (ZkAclEntry{u"digest"_s, u"bob:OFO5E/9Nw6SDqDkz1p4eceu3/W8="_s, ZkPerm::All}));
    QVERIFY(editor.digestPasswordEdit()->text().isEmpty()); // not kept
    QVERIFY(editor.validationError().isEmpty());
    editor.digestUserEdit()->setText(u"a:b"_s);
    QVERIFY(!editor.digestInsertButton()->isEnabled());

    // "Me": the session's digest identity, computed from its credentials.
    editor.setIdentities(SessionIdentities::from(asAlice().auth, u"127.0.0.1:2181"_s));
    editor.meButton()->click();
    QCOMPARE(editor.acl().last(), (ZkAclEntry{u"digest"_s, kAliceId, ZkPerm::All}));
    // Without credentials "Me" is the loopback address.
    AclEditor anonymous;
    anonymous.setIdentities(SessionIdentities::from({}, u"127.0.0.1:2181"_s));
    anonymous.meButton()->click();
    QCOMPARE(anonymous.acl(), (ZkAcl{{u"ip"_s, u"127.0.0.1"_s, ZkPerm::All}}));
    // Presets stay as quick choices.
    anonymous.presetCombo()->setCurrentIndex(3);
    emit anonymous.presetCombo()->activated(3);
    QCOMPARE(anonymous.acl(), ZkAclPresets::readOnlyWorld());
}

void TestUiAclEditor::lockOutGuardAsksFirst()
{
    const QString path = u"/ui-acl/lockout"_s;
    QVERIFY(TestUtil::createNodes(*m_alice, {{path, {}}}));
    auto anonymous = TestUtil::connect(m_cs);
    QVERIFY(anonymous);
    AclView view(anonymous.get());
    view.show();
    view.showNode(path);
    QVERIFY(waitLoaded(view));
    view.editor()->setAcl({{u"digest"_s, kAliceId, ZkPerm::All}});
    view.editor()->setModified(true);
    view.save();
    QTRY_VERIFY(view.lockOutPrompt() && view.lockOutPrompt()->isVisible());
    QVERIFY2(view.lockOutPrompt()->text().contains(
                 u"could no longer read or administer /ui-acl/lockout"_s),
             qPrintable(view.lockOutPrompt()->text()));
    // Cancel: nothing sent.
    view.lockOutPrompt()->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!view.lockOutPrompt());
    auto read = TestUtil::await<AclReply>([&](auto cb) { anonymous->getAcl(path, this, cb); });
    QCOMPARE(read.acl, ZkAclPresets::open());
    // Confirm: sent, and the session really is locked out.
    view.save();
    QTRY_VERIFY(view.lockOutPrompt() && view.lockOutPrompt()->isVisible());
    QAbstractButton *anyway = nullptr;
    for (QAbstractButton *b : view.lockOutPrompt()->buttons())
        if (view.lockOutPrompt()->buttonRole(b) == QMessageBox::DestructiveRole) anyway = b;
    QVERIFY(anyway);
    anyway->click();
    QTRY_VERIFY_WITH_TIMEOUT(view.statusLabel()->isVisible()
                                 && view.statusLabel()->text().contains(u"cannot be read"_s),
                             kTimeoutMs);
    read = TestUtil::await<AclReply>([&](auto cb) { m_alice->getAcl(path, this, cb); });
    QCOMPARE(read.acl, (ZkAcl{{u"digest"_s, kAliceId, ZkPerm::All}}));
    // Keeping READ and ADMIN: no question.
    AclView aliceView(m_alice.get());
    aliceView.show();
    aliceView.showNode(path);
    QVERIFY(waitLoaded(aliceView));
    aliceView.editor()->addEntry({u"world"_s, u"anyone"_s, ZkPerm::Read});
    aliceView.save();
    QTRY_COMPARE_WITH_TIMEOUT(aliceView.aclVersion(), 2, kTimeoutMs);
    QVERIFY(!aliceView.lockOutPrompt());
}

void TestUiAclEditor::conflictIsReported()
{
    const QString path = u"/ui-acl/conflict"_s;
    QVERIFY(TestUtil::createNodes(*m_alice, {{path, {}}}));
    AclView view(m_alice.get());
    view.show();
    view.showNode(path);
    QVERIFY(waitLoaded(view));
    auto set = TestUtil::await<DoneReply>([&](auto cb) {
        m_alice->setAcl(path, ZkAclPresets::open() + ZkAcl{{u"digest"_s, kAliceId, ZkPerm::All}},
                        -1, this, cb);
    });
    QVERIFY(set.error.isOk());
    view.editor()->table()->item(0, AclEditor::DeleteColumn)->setCheckState(Qt::Unchecked);
    view.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(view.statusLabel()->text().contains(u"someone else changed the ACL"_s),
                             kTimeoutMs);
    QVERIFY(view.editor()->isModified()); // the edit is kept
    view.reloadButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(view.aclVersion(), 1, kTimeoutMs);
    QCOMPARE(view.editor()->table()->rowCount(), 2);
}

void TestUiAclEditor::unreadableNodeIsExplained()
{
    const QString path = u"/ui-acl/secret"_s;
    auto created = TestUtil::await<CreateReply>([&](auto cb) {
        m_alice->create(path, "s", CreateMode::Persistent, {{u"digest"_s, kAliceId, ZkPerm::All}},
                        this, cb);
    });
    QVERIFY(created.error.isOk());
    SessionOptions wrong;
    wrong.auth = {{u"digest"_s, "alice:wrong"}};
    auto session = TestUtil::connect(m_cs, kTimeoutMs, wrong);
    QVERIFY(session);
    AclView view(session.get());
    view.show();
    view.showNode(path);
    QTRY_VERIFY_WITH_TIMEOUT(view.statusLabel()->isVisible(), kTimeoutMs);
    const QString text = view.statusLabel()->text();
    QVERIFY2(text.contains(u"refused to read the ACL of /ui-acl/secret"_s), qPrintable(text));
    QVERIFY(text.contains(u"digest:alice"_s));
    QVERIFY(text.contains(u"shows up only now"_s));
    QVERIFY(!view.saveButton()->isEnabled());
}

void TestUiAclEditor::createDialogOffersTheEditor()
{
    CreateNodeDialog dialog;
    dialog.setParentPath(u"/ui-acl"_s);
    AclPickerDialog::attach(&dialog, m_alice.get());
    dialog.show();
    auto *combo = dialog.findChild<QComboBox *>(u"createAclCombo"_s);
    QVERIFY(combo);
    const int custom = combo->findData(int(CreateNodeDialog::AclPreset::Custom));
    combo->setCurrentIndex(custom);
    emit combo->activated(custom);
    AclPickerDialog *picker = nullptr;
    QTRY_VERIFY((picker = dialog.findChild<AclPickerDialog *>()) && picker->isVisible());
    QCOMPARE(picker->acl(), ZkAclPresets::open()); // seeded with the preset chosen before
    picker->editor()->meButton()->click();
    picker->editor()->table()->item(0, AclEditor::WriteColumn)->setCheckState(Qt::Unchecked);
    picker->accept();
    const ZkAcl expected = {{u"world"_s, u"anyone"_s, ZkPerm::All & ~ZkPerm::Write},
                            {u"digest"_s, kAliceId, ZkPerm::All}};
    QCOMPARE(dialog.request().acl, expected);
    QVERIFY(combo->currentText().contains(u"digest:alice rwcda"_s));
}

void TestUiAclEditor::unreadableNodeShowsALock()
{
    const QString path = u"/ui-acl/locked"_s;
    QVERIFY(TestUtil::createNodes(*m_alice, {{path, {}}, {path + u"/child"_s, {}}}));
    auto set = TestUtil::await<DoneReply>([&](auto cb) {
        m_alice->setAcl(path, {{u"digest"_s, kAliceId, ZkPerm::All}}, -1, this, cb);
    });
    QVERIFY(set.error.isOk());
    auto anonymous = TestUtil::connect(m_cs);
    QVERIFY(anonymous);
    ZNodeTreeModel model(anonymous.get());
    ZNodeDecorationProxy proxy;
    proxy.setSourceModel(&model);
    QSignalSpy failed(&model, &ZNodeTreeModel::loadFailed);
    model.reload();
    QModelIndex found;
    model.loadPath(path, this, [&](const QModelIndex &index, const ZkError &) { found = index; });
    QTRY_VERIFY_WITH_TIMEOUT(found.isValid(), kTimeoutMs);
    if (model.canFetchMore(found)) model.fetchMore(found);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kTimeoutMs);
    const QModelIndex shown = proxy.mapFromSource(found);
    // The tooltip is rich text around the escaped path: what the user reads is its plain text.
    const QString tip =
        QTextDocumentFragment::fromHtml(shown.data(Qt::ToolTipRole).toString()).toPlainText();
    QVERIFY2(tip.startsWith(u"Locked: this session may not list the children of /ui-acl/locked"_s),
             qPrintable(tip));
    QCOMPARE(shown.data(Qt::DecorationRole).value<QIcon>().cacheKey(), lockIcon().cacheKey());
}

QTEST_MAIN(TestUiAclEditor)
#include "tst_ui_acleditor.moc"
