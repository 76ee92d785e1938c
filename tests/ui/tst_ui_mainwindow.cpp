// The application window against real sandbox servers and a real Secret Service (CTest runs it
// through tests/support/with-keyring.sh, with a private HOME): the start page, one tab per
// connection with its own session, closing tabs, the menus, Go to Path with server-side
// completion, and a saved connection's last view coming back.

#include "appcontroller.h"
#include "connectiontabs.h"
#include "connectionview.h"
#include "filemenu.h"
#include "helpmenu.h"
#include "mainwindow.h"
#include "node/nodedataview.h"
#include "node/nodepanel.h"
#include "node/texteditorpane.h"
#include "profiles/profilelauncher.h"
#include "profiles/profileviewmemory.h"
#include "profiles/recentconnections.h"
#include "profiles/startpage.h"
#include "sandbox/sandboxserver.h"
#include "tree/gotopathdialog.h"
#include "tree/znodetreemodel.h"
#include "viewmenu.h"
#include "zk/zkacl.h"
#include "zktestutil.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QCompleter>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <Qsci/qsciscintilla.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 30000;
const QString kRoot = u"/mainwindowtest"_s;

QMessageBox *visibleBox(const QString &objectName)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(w);
            box && box->isVisible() && box->objectName() == objectName)
            return box;
    return nullptr;
}

template<class T>
T *visibleTopLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible()) return t;
    return nullptr;
}

bool waitConnected(ConnectionView *view)
{
    return QTest::qWaitFor(
        [view] {
            return view->controller()->session()->isConnected() && view->currentPath() == u"/"_s;
        },
        kTimeoutMs);
}

// The node shown in `view`'s panel once `path` is selected and its data is in.
bool openNode(ConnectionView *view, const QString &path, const QString &expectedText)
{
    view->selectPath(path);
    return QTest::qWaitFor(
        [&] {
            return view->nodePanel()->path() == path
                && view->nodePanel()->dataView()->text() == expectedText;
        },
        kTimeoutMs);
}

QStringList menuTitles(QMenuBar *bar)
{
    QStringList titles;
    for (QAction *a : bar->actions()) titles << QString(a->text()).remove(u'&');
    return titles;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void startPageListsProfilesMostRecentFirst();
    void menusFollowTheCurrentTab();
    void twoTabsOnTwoServersStayApart();
    void closingATabWithUnsavedEditsAsks();
    void goToPathCompletesFromTheServer();
    void profileReopensWithItsLastView();
    void moveTabToNewWindowKeepsTheSession();

private:
    ConnectionProfile saveProfile(MainWindow &window, const QString &name);

    std::unique_ptr<ZkSession> m_other; // "another client" on the shared server
    QString m_connectString;
    std::unique_ptr<SandboxServer> m_second;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"zkdesk-tests"_s);
    QCoreApplication::setApplicationName(u"tst_ui_mainwindow"_s);
    QSettings().clear();
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY2(server, "the sandbox ZooKeeper server did not start");
    m_connectString = server->connectString();
    m_other = TestUtil::connect(m_connectString);
    QVERIFY(m_other);
    QVERIFY(TestUtil::deleteTree(*m_other, kRoot));
    QVERIFY(TestUtil::createNodes(*m_other,
                                  {{kRoot, {}},
                                   {kRoot + u"/a"_s, "va"},
                                   {kRoot + u"/a/deep"_s, "vd"},
                                   {kRoot + u"/b"_s, "vb"}}));
}

void TestMainWindow::cleanupTestCase()
{
    if (m_other) TestUtil::deleteTree(*m_other, kRoot);
    m_other.reset();
    m_second.reset();
}

void TestMainWindow::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(w) && w->isVisible()) w->close();
}

ConnectionProfile TestMainWindow::saveProfile(MainWindow &window, const QString &name)
{
    ProfileStore &store = window.profileLauncher()->profiles();
    if (const ConnectionProfile *existing = store.findByName(name)) return *existing;
    ConnectionProfile p = ConnectionProfile::create(name, m_connectString);
    [&] {
        QVERIFY(store.upsert(p));
        QVERIFY(store.save());
    }();
    return p;
}

void TestMainWindow::startPageListsProfilesMostRecentFirst()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const ConnectionProfile alpha = saveProfile(window, u"alpha"_s);
    const ConnectionProfile zulu = saveProfile(window, u"zulu"_s);
    RecentConnections::touch(zulu.id);
    window.startPage()->showProfiles(window.profileLauncher()->profiles());
    QListWidget *list = window.startPage()->profileList();
    QVERIFY(window.startPage()->isVisible());
    QCOMPARE(window.tabs()->count(), 0);
    QCOMPARE(list->count(), 2);
    QVERIFY2(list->item(0)->text().startsWith(u"zulu"_s), qPrintable(list->item(0)->text()));
    QVERIFY(list->item(1)->text().startsWith(u"alpha"_s));

    // Activating a profile opens it in a tab; alpha is now the most recent.
    emit list->itemActivated(list->item(1));
    QTRY_COMPARE_WITH_TIMEOUT(window.tabs()->count(), 1, kTimeoutMs);
    ConnectionView *view = window.currentView();
    QVERIFY(waitConnected(view));
    QCOMPARE(window.tabs()->tabText(0), u"alpha"_s);
    QVERIFY(window.windowTitle().startsWith(u"alpha"_s));
    QCOMPARE(RecentConnections::profileIds().value(0), alpha.id);

    // New Connection: an unconnected tab; closing both brings the start page back.
    window.fileMenu()->newConnectionAction()->trigger();
    QCOMPARE(window.tabs()->count(), 2);
    QCOMPARE(window.tabs()->tabText(1), u"New connection"_s);
    window.fileMenu()->closeTabAction()->trigger();
    window.fileMenu()->closeTabAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.tabs()->count(), 0, kTimeoutMs);
    QVERIFY(window.startPage()->isVisible());
    QVERIFY(window.startPage()->profileList()->item(0)->text().startsWith(u"alpha"_s));

    // Deleting a profile (what the manager does) forgets its recent entry and its last view.
    QVERIFY(!ProfileViewMemory::load(alpha.id).isEmpty());
    QVERIFY(window.profileLauncher()->profiles().remove(alpha.id));
    emit window.profileLauncher()->profilesChanged();
    QVERIFY(!RecentConnections::profileIds().contains(alpha.id));
    QVERIFY(ProfileViewMemory::load(alpha.id).isEmpty());
    QCOMPARE(window.startPage()->profileList()->count(), 1);
}

void TestMainWindow::menusFollowTheCurrentTab()
{
    MainWindow window;
    window.show();
    QCOMPARE(menuTitles(window.menuBar()),
             QStringList({u"File"_s, u"Edit"_s, u"View"_s, u"Node"_s, u"Help"_s}));
    // No tab: nothing to edit, only Edit > Preferences (reachable before any connection).
    const QList<QAction *> noTabEdit = window.menuBar()->actions().at(1)->menu()->actions();
    QCOMPARE(noTabEdit, QList<QAction *>{window.preferencesAction()});

    ConnectionView *first = window.connectTo(m_connectString, false);
    ConnectionView *second = window.newConnection();
    QCOMPARE(window.tabs()->count(), 2);
    QCOMPARE(window.menuBar()->actions().at(1)->menu(), second->editMenu());
    QCOMPARE(window.menuBar()->actions().at(3)->menu(), second->nodeMenu());
    window.tabs()->setCurrentWidget(first);
    QCOMPARE(window.menuBar()->actions().at(1)->menu(), first->editMenu());
    QCOMPARE(window.menuBar()->actions().at(3)->menu(), first->nodeMenu());
    QCOMPARE(menuTitles(window.menuBar()),
             QStringList({u"File"_s, u"Edit"_s, u"View"_s, u"Node"_s, u"Help"_s}));

    // Help > Keyboard Shortcuts lists the real actions with their keys.
    QStringList listed;
    for (const HelpMenu::ShortcutRow &row : window.helpMenu()->shortcutRows())
        listed << row.action + u" = "_s + row.shortcut;
    const QString all = listed.join(u'\n');
    QVERIFY2(all.contains(u"Go to Path… = Ctrl+L"_s), qPrintable(all));
    QVERIFY2(all.contains(u"New Connection = Ctrl+T"_s), qPrintable(all));
    QVERIFY2(all.contains(u"Close Tab = Ctrl+W, Ctrl+F4"_s), qPrintable(all));
    QVERIFY2(all.contains(u"Copy path = Ctrl+Shift+C"_s), qPrintable(all));
}

// Two tabs on two different servers at once: a write through one never reaches the other,
// and closing one leaves the other's session and watches as they were.
void TestMainWindow::twoTabsOnTwoServersStayApart()
{
    m_second = std::make_unique<SandboxServer>();
    QSignalSpy started(m_second.get(), &SandboxServer::started);
    m_second->start();
    QVERIFY(started.wait(90000));
    MainWindow window;
    window.show();
    ConnectionView *one = window.connectTo(m_connectString, false);
    QVERIFY(waitConnected(one));
    ConnectionView *two = window.connectTo(m_second->connectString(), false);
    QVERIFY(one != two);
    QVERIFY(waitConnected(two));
    QCOMPARE(window.tabs()->count(), 2);
    ZkSession *sessionOne = one->controller()->session();
    ZkSession *sessionTwo = two->controller()->session();
    QVERIFY(sessionOne != sessionTwo);

    // A node created through tab two exists on server two only.
    std::optional<ZkError> created;
    sessionTwo->create(u"/only-on-two"_s, "2", CreateMode::Persistent, ZkAclPresets::open(), this,
                       [&](const CreateReply &reply) { created = reply.error; });
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), kTimeoutMs);
    QVERIFY2(created->isOk(), qPrintable(created->toString()));
    ZkError error;
    TestUtil::getData(*m_other, u"/only-on-two"_s, nullptr, &error);
    QCOMPARE(error.code, ZkCode::NoNode);

    // Tab two watches the root's children; close tab one and the watch still delivers.
    const qint64 idTwo = sessionTwo->sessionId();
    two->selectPath(u"/only-on-two"_s);
    QTRY_COMPARE_WITH_TIMEOUT(two->currentPath(), u"/only-on-two"_s, kTimeoutMs);
    window.tabs()->requestClose(window.tabs()->indexOf(one));
    QTRY_COMPARE_WITH_TIMEOUT(window.tabs()->count(), 1, kTimeoutMs);
    QVERIFY(sessionTwo->isConnected());
    QCOMPARE(sessionTwo->sessionId(), idTwo);
    auto outside = TestUtil::connect(m_second->connectString());
    QVERIFY(outside);
    QVERIFY(TestUtil::createNodes(*outside, {{u"/added-later"_s, "x"}}));
    ZNodeTreeModel *model = two->controller()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->indexForPath(u"/added-later"_s).isValid(), kTimeoutMs);
    QCOMPARE(two->currentPath(), u"/only-on-two"_s);
}

void TestMainWindow::closingATabWithUnsavedEditsAsks()
{
    MainWindow window;
    window.show();
    ConnectionView *view = window.connectTo(m_connectString, false);
    QVERIFY(waitConnected(view));
    QVERIFY(openNode(view, kRoot + u"/b"_s, u"vb"_s));
    view->nodePanel()->dataView()->textPane()->editor()->setText(u"edited"_s);
    QVERIFY(view->hasUnsavedEdits());

    window.fileMenu()->closeTabAction()->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = visibleBox(u"unsavedChangesBox"_s)), kTimeoutMs);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!visibleBox(u"unsavedChangesBox"_s), kTimeoutMs);
    QCOMPARE(window.tabs()->count(), 1);
    QCOMPARE(view->nodePanel()->dataView()->text(), u"edited"_s);

    // Closing the window asks too; Discard closes the tab and then the window.
    QVERIFY(!window.close());
    QTRY_VERIFY_WITH_TIMEOUT((box = visibleBox(u"unsavedChangesBox"_s)), kTimeoutMs);
    box->button(QMessageBox::Discard)->click();
    QTRY_COMPARE_WITH_TIMEOUT(window.tabs()->count(), 0, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), kTimeoutMs);
    QCOMPARE(TestUtil::getData(*m_other, kRoot + u"/b"_s), "vb"_ba); // nothing was saved
}

// Go to Path against a 50,000-child parent: the listing arrives without freezing the window,
// the completer offers the matching children, Enter selects the node in the tree.
void TestMainWindow::goToPathCompletesFromTheServer()
{
    const QString big = kRoot + u"/big"_s;
    QVERIFY(TestUtil::createChildren(*m_other, big, 50000, u"child-"_s));
    MainWindow window;
    window.show();
    ConnectionView *view = window.connectTo(m_connectString, false);
    QVERIFY(waitConnected(view));

    window.viewMenu()->goToPathAction()->trigger();
    GoToPathDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleTopLevel<GoToPathDialog>()), kTimeoutMs);
    QLineEdit *edit = dialog->lineEdit();

    // How long the event loop stalls while the 50,000 names arrive and are sorted.
    QElapsedTimer clock;
    qint64 worstGapMs = 0;
    QElapsedTimer gap;
    gap.start();
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] { worstGapMs = qMax(worstGapMs, gap.restart()); });
    ticker.start();
    clock.start();
    edit->selectAll();
    QTest::keyClicks(edit, big + u"/child-4999"_s);
    QCompleter *completer = dialog->completer();
    QTRY_VERIFY_WITH_TIMEOUT(completer->model()->rowCount() == 50000, kTimeoutMs);
    const qint64 listedMs = clock.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(completer->popup()->isVisible(), kTimeoutMs);
    ticker.stop();
    // child-4999 and child-49990..49999: 11 matches.
    QCOMPARE(completer->completionCount(), 11);
    qInfo("goto-path-50k-listing-ms: %lld", listedMs);
    qInfo("goto-path-50k-event-loop-worst-gap-ms: %lld", worstGapMs);

    QTest::keyClick(edit, Qt::Key_7);
    QTRY_COMPARE_WITH_TIMEOUT(completer->completionCount(), 1, kTimeoutMs);
    completer->popup()->hide();
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(view->currentPath(), big + u"/child-49997"_s, kTimeoutMs);

    // A malformed path is explained and nothing is selected.
    window.viewMenu()->goToPathAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleTopLevel<GoToPathDialog>()), kTimeoutMs);
    dialog->lineEdit()->setText(u"/a//b"_s);
    QTest::keyClick(dialog->lineEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(view->currentPath(), big + u"/child-49997"_s);
    dialog->reject();
    QVERIFY(TestUtil::deleteTree(*m_other, big));
}

// A saved connection remembers its last view: expanded nodes and the selection come back the
// next time it is opened.
void TestMainWindow::profileReopensWithItsLastView()
{
    MainWindow window;
    window.show();
    const ConnectionProfile profile = saveProfile(window, u"remembered"_s);
    QVERIFY(window.launchProfile(u"remembered"_s));
    QTRY_COMPARE_WITH_TIMEOUT(window.tabs()->count(), 1, kTimeoutMs);
    ConnectionView *view = window.currentView();
    QVERIFY(waitConnected(view));
    QVERIFY(openNode(view, kRoot + u"/a/deep"_s, u"vd"_s));
    ZNodeTreeModel *model = view->controller()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->expandedPaths().contains(kRoot + u"/a"_s), kTimeoutMs);
    window.fileMenu()->closeTabAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.tabs()->count(), 0, kTimeoutMs);

    QVERIFY(window.launchProfile(profile.id));
    QTRY_COMPARE_WITH_TIMEOUT(window.tabs()->count(), 1, kTimeoutMs);
    view = window.currentView();
    QTRY_COMPARE_WITH_TIMEOUT(view->currentPath(), kRoot + u"/a/deep"_s, kTimeoutMs);
    model = view->controller()->model();
    QVERIFY(model->expandedPaths().contains(kRoot));
    QVERIFY(model->expandedPaths().contains(kRoot + u"/a"_s));
    QTreeView *tree = view->treeView();
    const QModelIndex a = model->indexForPath(kRoot + u"/a"_s);
    QVERIFY(a.isValid());
    QTRY_VERIFY(
        tree->isExpanded(qobject_cast<QAbstractProxyModel *>(tree->model())->mapFromSource(a)));
}

void TestMainWindow::moveTabToNewWindowKeepsTheSession()
{
    MainWindow window;
    window.show();
    ConnectionView *one = window.connectTo(m_connectString, false);
    QVERIFY(waitConnected(one));
    ConnectionView *two = window.connectTo(m_connectString, false);
    QVERIFY(waitConnected(two));
    const qint64 id = two->controller()->session()->sessionId();
    emit window.tabs()->moveToNewWindowRequested(two);
    QCOMPARE(window.tabs()->count(), 1);
    MainWindow *other = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *m = qobject_cast<MainWindow *>(w); m && m != &window && m->isVisible()) other = m;
    QVERIFY(other);
    QCOMPARE(other->currentView(), two);
    QVERIFY(two->controller()->session()->isConnected());
    QCOMPARE(two->controller()->session()->sessionId(), id);
    QVERIFY(two->isVisible());
    const QPointer<MainWindow> guard(other);
    other->close(); // WA_DeleteOnClose: the window, the tab and its session go
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), kTimeoutMs);
}

QTEST_MAIN(TestMainWindow)
#include "tst_ui_mainwindow.moc"
