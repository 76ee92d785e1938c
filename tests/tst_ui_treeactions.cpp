// Create, delete, rename, copy and move from the tree, against a real sandbox server, driven
// through the actions and dialogs a person uses. Dialogs never block (they are opened with
// open()), so the test fills them and clicks their buttons directly.

#include "appcontroller.h"
#include "createnodedialog.h"
#include "deleteflow.h"
#include "mainwindow.h"
#include "pathinputdialog.h"
#include "sandboxserver.h"
#include "transferflow.h"
#include "treeactions.h"
#include "zkpath.h"
#include "zktestutil.h"
#include "znodetreemodel.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 30000;

QPushButton *buttonWithText(QMessageBox *box, const QString &startsWith)
{
    for (QAbstractButton *b : box->buttons()) {
        if (b->text().startsWith(startsWith))
            return qobject_cast<QPushButton *>(b);
    }
    return nullptr;
}

/// With ZKDESK_SCREENSHOT_DIR set, saves `widget` there as `name`.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ZKDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->activateWindow();
    // Pending re-layouts (a message just hidden) would otherwise show as gaps.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(widget->grab().save(dir + u'/' + name));
}
} // namespace

class TestTreeActions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createInEveryMode_data();
    void createInEveryMode();
    void createParents();
    void invalidNameDisablesCreate_data();
    void invalidNameDisablesCreate();
    void recursiveDeleteStatesCount();
    void cancelDeleteMidway();
    void multiSelectDelete();
    void singleDeleteChangedMeanwhile();
    void renameKeepsData();
    void copyToKeepsSource();
    void moveIntoDescendantRefused();
    void readOnlyDisablesWrites();

private:
    bool openWindow(MainWindow &window, bool readOnly = false);
    bool select(MainWindow &window, const QString &path);
    QModelIndex viewIndex(MainWindow &window, const QString &path);
    bool exists(const QString &path);

    std::unique_ptr<ZkSession> m_session; // the "other" client: sets up and checks
    QString m_connectString;
};

void TestTreeActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"zkdesk-tests"_s);
    QCoreApplication::setApplicationName(u"tst_ui_treeactions"_s);
    QSettings().clear();
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY2(server, "the sandbox ZooKeeper server did not start");
    m_connectString = server->connectString();
    m_session = TestUtil::connect(m_connectString);
    QVERIFY(m_session);
    QVERIFY(TestUtil::deleteTree(*m_session, u"/ta"_s));
    QVERIFY(TestUtil::createNodes(*m_session, {{u"/ta"_s, {}}, {u"/ta/create"_s, {}}}));
}

void TestTreeActions::cleanupTestCase()
{
    if (m_session)
        TestUtil::deleteTree(*m_session, u"/ta"_s);
    m_session.reset();
}

bool TestTreeActions::openWindow(MainWindow &window, bool readOnly)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    // Shortcuts need the active window (offscreen always has one; a real X server may not).
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    window.connectTo(m_connectString, readOnly);
    return QTest::qWaitFor([&] { return window.currentPath() == u"/"_s; }, kTimeoutMs);
}

bool TestTreeActions::select(MainWindow &window, const QString &path)
{
    window.selectPath(path);
    return QTest::qWaitFor([&] { return window.currentPath() == path; }, kTimeoutMs);
}

QModelIndex TestTreeActions::viewIndex(MainWindow &window, const QString &path)
{
    QAbstractItemModel *model = window.treeView()->model();
    return model->match(model->index(0, 0), ZNodeTreeModel::PathRole, path, 1,
                        Qt::MatchExactly | Qt::MatchRecursive).value(0);
}

bool TestTreeActions::exists(const QString &path)
{
    ZkError error;
    TestUtil::getData(*m_session, path, nullptr, &error);
    return error.isOk();
}

// --- create ------------------------------------------------------------------------------------

void TestTreeActions::createInEveryMode_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("mode");
    QTest::addColumn<qint64>("ttl");
    QTest::addColumn<bool>("sequential");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("nullData");
    QTest::newRow("persistent") << u"p1"_s << int(CreateMode::Persistent) << 0LL << false
                                << u"persistent"_s << false;
    QTest::newRow("persistent null") << u"pnull"_s << int(CreateMode::Persistent) << 0LL << false
                                     << u"persistent"_s << true;
    QTest::newRow("ephemeral") << u"e1"_s << int(CreateMode::Ephemeral) << 0LL << false
                               << u"ephemeral"_s << false;
    QTest::newRow("persistent sequential") << u"ps-"_s << int(CreateMode::PersistentSequential)
                                           << 0LL << true << u"persistent"_s << false;
    QTest::newRow("ephemeral sequential") << u"es-"_s << int(CreateMode::EphemeralSequential)
                                          << 0LL << true << u"ephemeral"_s << false;
    QTest::newRow("container") << u"c1"_s << int(CreateMode::Container) << 0LL << false
                               << u"container"_s << false;
    QTest::newRow("ttl") << u"lease"_s << int(CreateMode::PersistentWithTtl) << 60000LL << false
                         << u"ttl"_s << false;
    QTest::newRow("ttl sequential") << u"ts-"_s << int(CreateMode::PersistentSequentialWithTtl)
                                    << 90000LL << true << u"ttl"_s << false;
}

void TestTreeActions::createInEveryMode()
{
    QFETCH(QString, name);
    QFETCH(int, mode);
    QFETCH(qint64, ttl);
    QFETCH(bool, sequential);
    QFETCH(QString, kind);
    QFETCH(bool, nullData);

    AppController controller;
    MainWindow window(&controller);
    QVERIFY(openWindow(window));
    QVERIFY(select(window, u"/ta/create"_s));
    TreeActions *actions = window.treeActions();
    QVERIFY(actions->createAction()->isEnabled());
    actions->createAction()->trigger();
    QPointer<CreateNodeDialog> dialog = actions->createDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->parentEdit()->text(), u"/ta/create"_s);
    QVERIFY(!dialog->createButton()->isEnabled()); // no name yet
    QTest::keyClicks(dialog->nameEdit(), name);
    dialog->setMode(CreateMode(mode));
    QCOMPARE(dialog->ttlEdit()->isEnabled(), ttl > 0);
    if (ttl > 0) {
        QVERIFY(!dialog->createButton()->isEnabled()); // TTL still empty
        dialog->setTtlMs(ttl);
    }
    const QByteArray data = nullData ? QByteArray() : (u"hello ✓ "_s + name).toUtf8();
    if (nullData)
        dialog->setNullData(true);
    else
        dialog->setText(QString::fromUtf8(data));
    QVERIFY2(dialog->createButton()->isEnabled(), qPrintable(dialog->validationMessage()));
    if (QByteArray(QTest::currentDataTag()) == "ttl")
        screenshot(dialog, u"create-dialog.png"_s);
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, kTimeoutMs); // closed (and deleted) on success

    const QString prefix = u"/ta/create/"_s + name;
    if (sequential) {
        QTRY_VERIFY_WITH_TIMEOUT(window.currentPath().startsWith(prefix), kTimeoutMs);
        const QString suffix = window.currentPath().mid(prefix.size());
        QVERIFY2(QRegularExpression(u"^\\d{10}$"_s).match(suffix).hasMatch(), qPrintable(suffix));
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(window.currentPath(), prefix, kTimeoutMs);
    }
    const QString path = window.currentPath();
    ZkStat stat;
    ZkError error;
    const QByteArray stored = TestUtil::getData(*m_session, path, &stat, &error);
    QVERIFY2(error.isOk(), qPrintable(error.toString()));
    QCOMPARE(stored, data);
    QCOMPARE(stored.isNull(), nullData);
    const quint64 owner = quint64(stat.ephemeralOwner);
    if (kind == u"persistent"_s)
        QCOMPARE(owner, 0ULL);
    else if (kind == u"ephemeral"_s)
        QCOMPARE(stat.ephemeralOwner, controller.session()->sessionId());
    else // The server hides container and TTL marks from clients (DataTree.copyStat sends
         // getClientEphemeralOwner, 0 for extended types): they look persistent.
        QCOMPARE(owner, 0ULL);
    QVERIFY(window.statusMessage().contains(path));
}

void TestTreeActions::createParents()
{
    AppController controller;
    MainWindow window(&controller);
    QVERIFY(openWindow(window));
    QVERIFY(select(window, u"/ta"_s));
    window.treeActions()->createAction()->trigger();
    QPointer<CreateNodeDialog> dialog = window.treeActions()->createDialog();
    QVERIFY(dialog);
    dialog->setParentPath(u"/ta/cp/a/b"_s);
    dialog->setName(u"leaf"_s);
    dialog->setText(u"x"_s);

    // Without the option the missing parent is the server's NoNode, shown in the open dialog.
    dialog->createButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), kTimeoutMs);
    QVERIFY(dialog->isVisible());
    QVERIFY(!exists(u"/ta/cp"_s));

    dialog->setCreateParents(true);
    dialog->createButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPath(), u"/ta/cp/a/b/leaf"_s, kTimeoutMs);
    for (const QString &p : {u"/ta/cp"_s, u"/ta/cp/a"_s, u"/ta/cp/a/b"_s}) {
        ZkStat stat;
        ZkError error;
        TestUtil::getData(*m_session, p, &stat, &error);
        QVERIFY2(error.isOk(), qPrintable(p));
        QCOMPARE(stat.ephemeralOwner, 0); // parents are plain persistent nodes
    }
    QCOMPARE(TestUtil::getData(*m_session, u"/ta/cp/a/b/leaf"_s), QByteArray("x"));
}

void TestTreeActions::invalidNameDisablesCreate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("typed"); // typed with the keyboard, else set (control characters)
    QTest::newRow("slash") << u"a/b"_s << true;
    QTest::newRow("dot") << u"."_s << true;
    QTest::newRow("dot dot") << u".."_s << true;
    QTest::newRow("control char") << u"bad\u0001name"_s << false;
    QTest::newRow("surrogate") << u"emoji 😀"_s << false;
}

void TestTreeActions::invalidNameDisablesCreate()
{
    QFETCH(QString, name);
    QFETCH(bool, typed);
    AppController controller;
    MainWindow window(&controller);
    QVERIFY(openWindow(window));
    window.treeActions()->createAction()->trigger();
    CreateNodeDialog *dialog = window.treeActions()->createDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    if (typed)
        QTest::keyClicks(dialog->nameEdit(), name);
    else
        dialog->nameEdit()->setText(name);
    QCOMPARE(dialog->nameEdit()->text(), name);
    QVERIFY(!dialog->createButton()->isEnabled());
    QVERIFY(dialog->nameMessageLabel()->isVisible());
    QCOMPARE(dialog->nameMessageLabel()->text(), ZkPath::validateName(name));
    QVERIFY(!dialog->nameMessageLabel()->text().isEmpty());
    if (QByteArray(QTest::currentDataTag()) == "slash")
        screenshot(dialog, u"create-dialog-invalid-name.png"_s);
    // Return does not create either.
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());

    dialog->nameEdit()->clear();
    QTest::keyClicks(dialog->nameEdit(), u"fine"_s);
    QVERIFY(dialog->createButton()->isEnabled());
    QVERIFY(!dialog->nameMessageLabel()->isVisible());
    dialog->reject();
}

// --- delete ------------------------------------------------------------------------------------

void TestTreeActions::recursiveDeleteStatesCount()
{
    // 1 + 5 + 20 persistent nodes and 3 ephemeral ones (owned by the other session).
    QList<std::pair<QString, QByteArray>> nodes{{u"/ta/del"_s, "root"}};
    for (int i = 0; i < 5; ++i) {
        nodes.append({u"/ta/del/c%1"_s.arg(i), "c"});
        for (int j = 0; j < 4; ++j)
            nodes.append({u"/ta/del/c%1/g%2"_s.arg(i).arg(j), "g"});
    }
    QVERIFY(TestUtil::createNodes(*m_session, nodes));
    for (int i = 0; i < 3; ++i) {
        bool done = false;
        m_session->create(u"/ta/del/c0/eph%1"_s.arg(i), "e", CreateMode::Ephemeral,
                          ZkAclPresets::open(), this, [&](const CreateReply &reply) {
                              QVERIFY(reply.error.isOk());
                              done = true;
                          });
        QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs);
    }

    AppController controller;
    MainWindow window(&controller);
    QVERIFY(openWindow(window));
    QVERIFY(select(window, u"/ta/del"_s));
    TreeActions *actions = window.treeActions();
    QVERIFY(actions->deleteAction()->isEnabled());
    // Del on the tree is the shortcut.
    window.treeView()->setFocus();
    QTest::keyClick(window.treeView(), Qt::Key_Delete);
    DeleteFlow *flow = actions->deleteFlow();
    QTRY_VERIFY_WITH_TIMEOUT(flow->confirmation() && flow->confirmation()->isVisible(),
                             kTimeoutMs);
    QMessageBox *confirm = flow->confirmation();
    QCOMPARE(flow->plannedNodes(), 29);
    QCOMPARE(flow->plannedEphemeral(), 3);
    QVERIFY2(confirm->text().contains(u"/ta/del"_s), qPrintable(confirm->text()));
    QVERIFY2(confirm->informativeText().contains(u"29 nodes will be deleted, 3 of them ephemeral"_s),
             qPrintable(confirm->informativeText()));
    // While it asks, the write actions wait.
    QVERIFY(!actions->createAction()->isEnabled());
    QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Cancel));
    QPushButton *yes = buttonWithText(confirm, u"Delete 29 nodes"_s);
    QVERIFY(yes);
    screenshot(confirm, u"delete-confirm.png"_s);
    yes->click();

    QTRY_VERIFY_WITH_TIMEOUT(flow->resultBox() && flow->resultBox()->isVisible(), kTimeoutMs);
    const DeleteReport &report = flow->report();
    QVERIFY(report.isComplete());
    QCOMPARE(report.deleted, 29);
    QVERIFY2(flow->resultBox()->text().startsWith(u"Deleted 29 nodes"_s),
             qPrintable(flow->resultBox()->text()));
    QVERIFY(!exists(u"/ta/del"_s));
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPath(), u"/ta"_s, kTimeoutMs);
    QVERIFY(!viewIndex(window, u"/ta/del"_s).isValid());
    flow->resultBox()->accept();
    QTRY_VERIFY(actions->createAction()->isEnabled());
}

void TestTreeActions::cancelDeleteMidway()
{
    constexpr int kChildren = 10;
    constexpr int kGrandchildren = 60;
    constexpr qint64 kTotal = 1 + kChildren + kChildren * kGrandchildren;
    QVERIFY(TestUtil::createNodes(*m_session, {{u"/ta/big"_s, {}}}));
    for (int i = 0; i < kChildren; ++i)
        QVERIFY(TestUtil::createChildren(*m_session, u"/ta/big/c%1"_s.arg(i), kGrandchildren));

    AppController controller;
    MainWindow window(&controller);
    QVERIFY(openWindow(window));
    QVERIFY(select(window, u"/ta/big"_s));
    DeleteFlow *flow = window.treeActions()->deleteFlow();
    RecursiveDeleteJob::Options options;
    options.batchOps = 10; // small batches, one at a time: there is a "midway" to cancel in
    options.maxBatchesInFlight = 1;
    flow->setJobOptions(options);
    bool cancelClicked = false;
    connect(flow, &DeleteFlow::progressed, this, [&](qint64 done, qint64 total) {
        QCOMPARE(total, kTotal);
        if (done > 0 && !cancelClicked) {
            cancelClicked = true;
            auto *cancel = flow->progressDialog()->findChild<QPushButton *>(
                    u"deleteCancelButton"_s);
            QVERIFY(cancel);
            cancel->click();
        }
    });
    window.treeActions()->deleteAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(flow->confirmation() && flow->confirmation()->isVisible(),
                             kTimeoutMs);
    QCOMPARE(flow->plannedNodes(), kTotal);
    buttonWithText(flow->confirmation(), u"Delete "_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(flow->resultBox() && flow->resultBox()->isVisible(), kTimeoutMs);
    QVERIFY(cancelClicked);
    QVERIFY(!flow->progressDialog());

    const DeleteReport report = flow->report();
    QVERIFY(report.cancelled);
    QCOMPARE(report.total, kTotal);
    QVERIFY(report.deleted > 0);
    QVERIFY(report.notAttempted > 0);
    QCOMPARE(report.deleted + report.vanished + report.failed + report.notAttempted
                     + report.unknown,
             kTotal);
    // What the report says is left is exactly what the server still has.
    bool ok = false;
    const QStringList left = TestUtil::listTree(*m_session, u"/ta/big"_s, kTimeoutMs, &ok);
    QVERIFY(ok);
    QCOMPARE(qint64(left.size()) + 1, report.remaining());
    const QString text = flow->resultBox()->text();
    QVERIFY2(text.contains(u"Deleted %1 of %2 nodes"_s.arg(QLocale().toString(report.deleted),
                                                             QLocale().toString(kTotal))),
             qPrintable(text));
    QVERIFY(flow->resultBox()->informativeText().contains(u"Cancelled"_s));
    QVERIFY(flow->resultBox()->informativeText().contains(
            u"Not attempted: %1"_s.arg(report.notAttempted)));
    QVERIFY(TestUtil::deleteTree(*m_session, u"/ta/big"_s));
}

void TestTreeActions::multiSelectDelete()
{
    QVERIFY(TestUtil::createNodes(*m_session, {{u"/ta/m"_s, {}},
                                               {u"/ta/m/a"_s, "a"},
                                               {u"/ta/m/a/x"_s, "x"},
                                               {u"/ta/m/a/y"_s, "y"},
                                               {u"/ta/m/b"_s, "b"},
                                               {u"/ta/m/c"_s, "c"}}));
    AppController controller;
    MainWindow window(&controller);
    QVERIFY(openWindow(window));
    QVERIFY(select(window, u"/ta/m/a/x"_s)); // loads and expands /ta/m and /ta/m/a
    QTRY_VERIFY_WITH_TIMEOUT(viewIndex(window, u"/ta/m/b"_s).isValid(), kTimeoutMs);
    QItemSelectionModel *selection = window.treeView()->selectionModel();
    // a, a/x (inside a: not counted twice) and b.
    for (const QString &p : {u"/ta/m/a"_s, u"/ta/m/b"_s})
        selection->select(viewIndex(window, p),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(selection->selectedRows().size(), 3);
    QCOMPARE(window.treeActions()->selectedRoots(), (QStringList{u"/ta/m/a"_s, u"/ta/m/b"_s}));
    QVERIFY(window.treeActions()->deleteAction()->isEnabled());
    QVERIFY(!window.treeActions()->renameAction()->isEnabled()); // two roots: no rename

    window.treeActions()->deleteAction()->trigger();
    DeleteFlow *flow = window.treeActions()->deleteFlow();
    QTRY_VERIFY_WITH_TIMEOUT(flow->confirmation() && flow->confirmation()->isVisible(),
                             kTimeoutMs);
    QVERIFY2(flow->confirmation()->text().contains(u"these 2 nodes"_s),
             qPrintable(flow->confirmation()->text()));
    QVERIFY(flow->confirmation()->informativeText().startsWith(
            u"4 nodes will be deleted, none of them ephemeral"_s));
    buttonWithText(flow->confirmation(), u"Delete 4 nodes"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(flow->resultBox() && flow->resultBox()->isVisible(), kTimeoutMs);
    QCOMPARE(flow->report().deleted, 4);
    QVERIFY(!exists(u"/ta/m/a"_s));
    QVERIFY(!exists(u"/ta/m/b"_s));
    QVERIFY(exists(u"/ta/m/c"_s));
    QVERIFY(TestUtil::deleteTree(*m_session, u"/ta/m"_s));
}

void TestTreeActions::singleDeleteChangedMeanwhile()
{
    QVERIFY(TestUtil::createNodes(*m_session, {{u"/ta/bv"_s, "v0"}}));
    AppController controller;
    MainWindow window(&controller);
    QVERIFY(openWindow(window));
    QVERIFY(select(window, u"/ta/bv"_s));
    ZNodeTreeModel *model = controller.model();
    QTRY_VERIFY_WITH_TIMEOUT(model->statFor(model->indexForPath(u"/ta/bv"_s)).has_value(),
                             kTimeoutMs);
    window.treeActions()->deleteAction()->trigger();
    DeleteFlow *flow = window.treeActions()->deleteFlow();
    QTRY_VERIFY(flow->confirmation() && flow->confirmation()->isVisible());
    QVERIFY(flow->confirmation()->informativeText().contains(u"version 0"_s));

    // Someone else writes while the user reads the question.
    bool done = false;
    m_session->setData(u"/ta/bv"_s, "v1", -1, this, [&](const StatReply &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs);
    buttonWithText(flow->confirmation(), u"Delete 1 node"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(flow->resultBox() && flow->resultBox()->isVisible(), kTimeoutMs);
    QCOMPARE(flow->resultBox()->objectName(), u"deleteRefusedBox"_s);
    QVERIFY2(flow->resultBox()->text().contains(u"changed"_s),
             qPrintable(flow->resultBox()->text()));
    QVERIFY(buttonWithText(flow->resultBox(), u"Reload"_s));
    QCOMPARE(flow->report().failed, 1);
    QVERIFY(exists(u"/ta/bv"_s));
    QVERIFY(TestUtil::deleteTree(*m_session, u"/ta/bv"_s));
}

// --- rename, copy, move --------------------------------------------------------------------------

void TestTreeActions::renameKeepsData()
{
    QVERIFY(TestUtil::createNodes(*m_session, {{u"/ta/r"_s, {}},
                                               {u"/ta/r/src"_s, "top"},
                                               {u"/ta/r/src/k1"_s, "one"},
                                               {u"/ta/r/src/k1/k2"_s, QByteArray()}}));
    AppController controller;
    MainWindow window(&controller);
    QVERIFY(openWindow(window));
    QVERIFY(select(window, u"/ta/r/src"_s));
    window.treeView()->setFocus();
    QTest::keyClick(window.treeView(), Qt::Key_F2);
    TransferFlow *flow = window.treeActions()->transferFlow();
    QPointer<PathInputDialog> dialog = flow->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->text(), u"src"_s);
    QVERIFY(!dialog->okButton()->isEnabled()); // the same name
    dialog->edit()->selectAll();
    QTest::keyClicks(dialog->edit(), u"dst"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->okButton()->isEnabled(), kTimeoutMs); // counted
    QCOMPARE(flow->countedNodes(), 3);
    QVERIFY2(dialog->info().contains(u"copy followed by a delete: 3 nodes"_s),
             qPrintable(dialog->info()));
    dialog->okButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(flow->resultBox() && flow->resultBox()->isVisible(), kTimeoutMs);
    QVERIFY(!dialog);
    const CopyReport report = flow->report();
    QVERIFY(report.copyComplete());
    QVERIFY(report.sourceDeleted);
    QCOMPARE(report.created, 3);
    QCOMPARE(TestUtil::getData(*m_session, u"/ta/r/dst"_s), QByteArray("top"));
    QCOMPARE(TestUtil::getData(*m_session, u"/ta/r/dst/k1"_s), QByteArray("one"));
    ZkError error;
    QVERIFY(TestUtil::getData(*m_session, u"/ta/r/dst/k1/k2"_s, nullptr, &error).isNull());
    QVERIFY(error.isOk());
    QVERIFY(!exists(u"/ta/r/src"_s));
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPath(), u"/ta/r/dst"_s, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!viewIndex(window, u"/ta/r/src"_s).isValid(), kTimeoutMs);
    QVERIFY(flow->resultBox()->text().startsWith(u"Moved /ta/r/src to /ta/r/dst: 3 nodes"_s));
}

void TestTreeActions::copyToKeepsSource()
{
    QVERIFY(TestUtil::createNodes(*m_session, {{u"/ta/c"_s, {}},
                                               {u"/ta/c/s"_s, "s"},
                                               {u"/ta/c/s/k"_s, "k"}}));
    AppController controller;
    MainWindow window(&controller);
    QVERIFY(openWindow(window));
    QVERIFY(select(window, u"/ta/c/s"_s));
    window.treeActions()->copyToAction()->trigger();
    TransferFlow *flow = window.treeActions()->transferFlow();
    PathInputDialog *dialog = flow->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->text(), u"/ta/c/s-copy"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->okButton()->isEnabled(), kTimeoutMs);
    // A path that breaks the rules is refused as it is typed.
    dialog->edit()->setText(u"/ta/c//x"_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(!dialog->validationMessage().isEmpty());
    dialog->edit()->setText(u"/ta/c/s-copy"_s);
    dialog->okButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(flow->resultBox() && flow->resultBox()->isVisible(), kTimeoutMs);
    QVERIFY(flow->report().copyComplete());
    QCOMPARE(TestUtil::getData(*m_session, u"/ta/c/s-copy/k"_s), QByteArray("k"));
    QCOMPARE(TestUtil::getData(*m_session, u"/ta/c/s/k"_s), QByteArray("k"));
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPath(), u"/ta/c/s-copy"_s, kTimeoutMs);
}

void TestTreeActions::moveIntoDescendantRefused()
{
    QVERIFY(TestUtil::createNodes(*m_session, {{u"/ta/mv"_s, "m"}, {u"/ta/mv/child"_s, "c"}}));
    AppController controller;
    MainWindow window(&controller);
    QVERIFY(openWindow(window));
    QVERIFY(select(window, u"/ta/mv"_s));
    window.treeActions()->moveToAction()->trigger();
    TransferFlow *flow = window.treeActions()->transferFlow();
    QPointer<PathInputDialog> dialog = flow->dialog();
    QVERIFY(dialog);
    dialog->edit()->setText(u"/ta/mv/child/x"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->okButton()->isEnabled(), kTimeoutMs);
    dialog->okButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), kTimeoutMs);
    QVERIFY2(dialog->errorText().contains(u"into its own descendant"_s),
             qPrintable(dialog->errorText()));
    QVERIFY(dialog->isVisible()); // the user can correct it
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(!flow->resultBox());
    QVERIFY(!exists(u"/ta/mv/child/x"_s));
    QCOMPARE(TestUtil::getData(*m_session, u"/ta/mv/child"_s), QByteArray("c"));
    dialog->reject();
    QTRY_VERIFY(!flow->isRunning());
    QVERIFY(window.treeActions()->moveToAction()->isEnabled());
}

// --- read-only ---------------------------------------------------------------------------------

void TestTreeActions::readOnlyDisablesWrites()
{
    {
        // The same node on a read-write connection: the actions are there (so the check below
        // can fail).
        AppController controller;
        MainWindow window(&controller);
        QVERIFY(openWindow(window));
        QVERIFY(select(window, u"/ta/create"_s));
        for (QAction *action : window.treeActions()->writeActions())
            QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
    }
    AppController controller;
    MainWindow window(&controller);
    QVERIFY(openWindow(window, true));
    QVERIFY(controller.session()->options().readOnly);
    QVERIFY(select(window, u"/ta/create"_s));
    TreeActions *actions = window.treeActions();
    QCOMPARE(actions->writeActions().size(), 5);
    for (QAction *action : actions->writeActions())
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    QVERIFY(window.refreshAction()->isEnabled());
    QVERIFY(window.copyPathAction()->isEnabled());
    // Shortcuts and a forced trigger do nothing either.
    window.treeView()->setFocus();
    QTest::keyClick(window.treeView(), Qt::Key_Delete);
    QTest::keyClick(window.treeView(), Qt::Key_F2);
    actions->createAction()->trigger();
    QVERIFY(!actions->createDialog());
    QVERIFY(!actions->deleteFlow()->isRunning());
    QVERIFY(!actions->transferFlow()->isRunning());
    QVERIFY(exists(u"/ta/create"_s));
    // The menus show them, disabled.
    QVERIFY(window.findChild<QMenu *>(u"nodeMenu"_s)->actions().contains(actions->deleteAction()));
}

QTEST_MAIN(TestTreeActions)
#include "tst_ui_treeactions.moc"
