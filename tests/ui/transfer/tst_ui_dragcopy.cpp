// Drag a node from one connection tab's tree and drop it on a node of another tab's tree: the
// copy dialog opens with that tab and node as the destination, the copy is written and shows in
// the target's tree without a refresh. Two tabs on two real servers (plus a read-only third);
// the drag is the QMimeData the source view's model makes, the drop a QDropEvent on the target
// view's viewport. Refused: a read-only tab, the same connection, foreign or forged payloads.
// With ZKDESK_SCREENSHOT_DIR set, the dialog opened by the drop is saved there as a PNG.

#include "../../core/transfer/twoservers.h"
#include "appcontroller.h"
#include "connectiontabs.h"
#include "connectionview.h"
#include "transfer/connectioncopydialog.h"
#include "transfer/connectiondrophandler.h"
#include "tree/znodedragpayload.h"
#include "tree/znodetreemodel.h"
#include "zk/zksession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDataStream>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 60000;

struct DropResult
{
    bool enter = false;
    bool move = false;
    bool drop = false;
};
} // namespace

class TestUiDragCopy final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void dropCopiesAndTheTargetTreeShowsIt();
    void shiftDropOpensAMove();
    void dropOnATabOfAnotherWindow();
    void readOnlyTabRefuses();
    void foreignPayloadsAreIgnored();
    void hoveringATabSwitchesToIt();

private:
    ConnectionView *openTab(const QString &connectString, bool readOnly);
    /// The view position of `path` in `view`'s tree (loaded and scrolled to).
    QPoint pointOn(ConnectionView *view, const QString &path);
    static std::unique_ptr<QMimeData> dragOf(ConnectionView *view, const QString &path);
    static DropResult deliver(ConnectionView *view, const QPoint &pos, const QMimeData *data,
                              Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    static ConnectionCopyDialog *dialogOf(ConnectionView *view);
    static void press(QMessageBox *box, QMessageBox::ButtonRole role);
    static void screenshot(QWidget *w, const QString &name);

    TwoServers m_servers;
    std::unique_ptr<QWidget> m_window; // a top-level window around the tabs, as MainWindow is
    ConnectionTabs *m_tabs = nullptr;
    ConnectionView *m_source = nullptr;   // on the shared server (a)
    ConnectionView *m_target = nullptr;   // on the second server (b)
    ConnectionView *m_readOnly = nullptr; // the second server again, read-only
};

void TestUiDragCopy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"zkdesk-tests"_s);
    QCoreApplication::setApplicationName(u"tst_ui_dragcopy"_s);
    QSettings().clear();
    QVERIFY(m_servers.start());
    QVERIFY(TestUtil::deleteTree(*m_servers.a, u"/drag"_s));
    QVERIFY(TestUtil::createNodes(*m_servers.a,
                                  {{u"/drag"_s, "d"},
                                   {u"/drag/config"_s, "{\"threads\": 8}"},
                                   {u"/drag/bin"_s, QByteArray("\x00\xff", 2)}}));
    QVERIFY(TestUtil::createNodes(*m_servers.b, {{u"/dst"_s, {}}, {u"/dst/old"_s, "o"}}));
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_tabs = new ConnectionTabs(m_window.get());
    layout->addWidget(m_tabs);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_source = openTab(TestUtil::sharedServer()->connectString(), false);
    m_target = openTab(m_servers.second->connectString(), false);
    m_readOnly = openTab(m_servers.second->connectString(), true);
    QVERIFY(m_source && m_target && m_readOnly);
}

void TestUiDragCopy::cleanupTestCase()
{
    m_window.reset(); // the tabs close their sessions
    if (m_servers.a) TestUtil::deleteTree(*m_servers.a, u"/drag"_s);
}

void TestUiDragCopy::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(w) && w->isVisible()) w->close();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<ConnectionCopyDialog *>(), kTimeoutMs);
}

ConnectionView *TestUiDragCopy::openTab(const QString &connectString, bool readOnly)
{
    ConnectionView *view = m_tabs->addConnection();
    view->connectTo(connectString, readOnly);
    if (!QTest::qWaitFor([view] { return view->currentPath() == u"/"_s; }, kTimeoutMs))
        return nullptr;
    return view;
}

QPoint TestUiDragCopy::pointOn(ConnectionView *view, const QString &path)
{
    m_tabs->setCurrentWidget(view);
    view->selectPath(path);
    if (!QTest::qWaitFor([&] { return view->currentPath() == path; }, kTimeoutMs)) return {};
    QTreeView *tree = view->treeView();
    tree->scrollTo(tree->currentIndex());
    return tree->visualRect(tree->currentIndex()).center();
}

std::unique_ptr<QMimeData> TestUiDragCopy::dragOf(ConnectionView *view, const QString &path)
{
    QTreeView *tree = view->treeView();
    const QModelIndex index = tree->currentIndex();
    if (index.data(ZNodeTreeModel::PathRole).toString() != path) return nullptr;
    // What ZNodeTreeView::startDrag hands to QDrag.
    return std::unique_ptr<QMimeData>(tree->model()->mimeData({index}));
}

DropResult TestUiDragCopy::deliver(ConnectionView *view, const QPoint &pos, const QMimeData *data,
                                   Qt::KeyboardModifiers modifiers)
{
    QWidget *viewport = view->treeView()->viewport();
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction;
    DropResult result;
    QDragEnterEvent enter(pos, actions, data, Qt::LeftButton, modifiers);
    QApplication::sendEvent(viewport, &enter);
    result.enter = enter.isAccepted();
    QDragMoveEvent move(pos, actions, data, Qt::LeftButton, modifiers);
    QApplication::sendEvent(viewport, &move);
    result.move = move.isAccepted();
    // Sent whatever the moves said, as a platform might: the drop itself must refuse too.
    QDropEvent drop(QPointF(pos), actions, data, Qt::LeftButton, modifiers);
    QApplication::sendEvent(viewport, &drop);
    result.drop = drop.isAccepted();
    return result;
}

ConnectionCopyDialog *TestUiDragCopy::dialogOf(ConnectionView *view)
{
    return view->findChild<ConnectionDropHandler *>()->lastDialog();
}

void TestUiDragCopy::press(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *b : box->buttons())
        if (box->buttonRole(b) == role) return b->click();
    QFAIL("no such button");
}

void TestUiDragCopy::screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ZKDESK_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QVERIFY(w->grab().save(dir + u"/"_s + name));
}

void TestUiDragCopy::dropCopiesAndTheTargetTreeShowsIt()
{
    // /dst listed once, then collapsed: no child watch tells the tree of the copy.
    ZNodeTreeModel *targetModel = m_target->controller()->model();
    const QPoint onDst = pointOn(m_target, u"/dst"_s);
    QTreeView *targetTree = m_target->treeView();
    targetTree->expand(targetTree->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(targetModel->indexForPath(u"/dst/old"_s).isValid(), kTimeoutMs);
    targetTree->collapse(targetTree->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(!targetModel->watchedPaths().contains(u"/dst"_s), kTimeoutMs);

    QVERIFY(!pointOn(m_source, u"/drag"_s).isNull());
    const auto data = dragOf(m_source, u"/drag"_s);
    QVERIFY(data && data->hasFormat(QString::fromLatin1(ZNodeDragPayload::kMimeType)));
    QCOMPARE(data->text(), u"/drag"_s);
    m_tabs->setCurrentWidget(m_target);
    const DropResult r = deliver(m_target, onDst, data.get());
    QVERIFY(r.enter && r.move && r.drop);

    ConnectionCopyDialog *dialog = dialogOf(m_target);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), u"Copy to Connection"_s);
    QCOMPARE(dialog->targetBox()->currentData().value<QObject *>(),
             m_target->controller()->session());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"connectionCopyParent"_s)->text(), u"/dst"_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"connectionCopyName"_s)->text(), u"drag"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->runButton()->isEnabled(), kTimeoutMs);
    QVERIFY2(dialog->summary()->text().contains(u"3 nodes will be created"_s),
             qPrintable(dialog->summary()->text()));
    QVERIFY(!targetModel->indexForPath(u"/dst/drag"_s).isValid()); // nothing before the run
    screenshot(dialog, u"drag-copy-dialog.png"_s);

    dialog->runButton()->click();
    QMessageBox *confirm = dialog->lastBox();
    QVERIFY(confirm);
    press(confirm, QMessageBox::AcceptRole);
    // By name, not "!= confirm": the answered box is deleted and the report may reuse its address.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->lastBox()
                                 && dialog->lastBox()->objectName() == u"connectionCopyReport"_s,
                             kTimeoutMs);
    QVERIFY2(dialog->lastBox()->text().startsWith(u"Copied"_s),
             qPrintable(dialog->lastBox()->text()));
    QCOMPARE(TestUtil::getData(*m_servers.b, u"/dst/drag/bin"_s), QByteArray("\x00\xff", 2));
    QCOMPARE(TestUtil::listTree(*m_servers.b, u"/dst/drag"_s).size(), 2);
    // The tree shows the copy without a refresh by the user.
    QTRY_VERIFY_WITH_TIMEOUT(targetModel->indexForPath(u"/dst/drag"_s).isValid(), kTimeoutMs);
    QVERIFY(TestUtil::getData(*m_servers.a, u"/drag"_s) == "d"); // a copy: the original stays
}

void TestUiDragCopy::shiftDropOpensAMove()
{
    QVERIFY(!pointOn(m_source, u"/drag/config"_s).isNull());
    const auto data = dragOf(m_source, u"/drag/config"_s);
    QVERIFY(data);
    const QPoint onDst = pointOn(m_target, u"/dst"_s);
    const DropResult r = deliver(m_target, onDst, data.get(), Qt::ShiftModifier);
    QVERIFY(r.drop);
    ConnectionCopyDialog *dialog = dialogOf(m_target);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Move to Connection"_s);
    QCOMPARE(dialog->runButton()->text(), u"&Move"_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"connectionCopyParent"_s)->text(), u"/dst"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->runButton()->isEnabled(), kTimeoutMs);
    dialog->close(); // nothing is written without the dialog's confirmation
    ZkError error;
    TestUtil::getData(*m_servers.b, u"/dst/config"_s, nullptr, &error);
    QCOMPARE(error.code, ZkCode::NoNode);
    QVERIFY(TestUtil::getData(*m_servers.a, u"/drag/config"_s).startsWith("{"));
}

void TestUiDragCopy::dropOnATabOfAnotherWindow()
{
    QWidget other; // a second window, as "Move to New Window" makes
    auto *tabs = new ConnectionTabs(&other);
    (new QVBoxLayout(&other))->addWidget(tabs);
    other.resize(900, 600);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    ConnectionView *there = tabs->addConnection();
    there->connectTo(m_servers.second->connectString(), false);
    QTRY_COMPARE_WITH_TIMEOUT(there->currentPath(), u"/"_s, kTimeoutMs);
    QTreeView *tree = there->treeView();
    const QPoint onRoot = tree->visualRect(tree->currentIndex()).center();

    QVERIFY(!pointOn(m_source, u"/drag/bin"_s).isNull());
    const auto data = dragOf(m_source, u"/drag/bin"_s);
    QVERIFY(data);
    QVERIFY(deliver(there, onRoot, data.get()).drop);
    ConnectionCopyDialog *dialog = dialogOf(there);
    QVERIFY(dialog);
    QCOMPARE(dialog->targetBox()->currentData().value<QObject *>(), there->controller()->session());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"connectionCopyParent"_s)->text(), u"/"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->runButton()->isEnabled(), kTimeoutMs);
    QVERIFY2(dialog->summary()->text().contains(u"1 node will be created"_s),
             qPrintable(dialog->summary()->text()));
    dialog->close();
}

void TestUiDragCopy::readOnlyTabRefuses()
{
    QVERIFY(!pointOn(m_source, u"/drag"_s).isNull());
    const auto data = dragOf(m_source, u"/drag"_s);
    QVERIFY(data);
    const QPoint onDst = pointOn(m_readOnly, u"/dst"_s);
    const DropResult r = deliver(m_readOnly, onDst, data.get());
    QVERIFY(!r.enter && !r.move && !r.drop);
    QVERIFY(!dialogOf(m_readOnly));
    QVERIFY(!m_window->findChild<ConnectionCopyDialog *>());
    QVERIFY2(m_readOnly->statusMessage().contains(u"read-only"_s),
             qPrintable(m_readOnly->statusMessage()));
}

void TestUiDragCopy::foreignPayloadsAreIgnored()
{
    QVERIFY(!pointOn(m_source, u"/drag"_s).isNull());
    const auto own = dragOf(m_source, u"/drag"_s);
    QVERIFY(own);
    const QPoint onDst = pointOn(m_target, u"/dst"_s);
    const auto forged = [](qint64 pid, quint64 session, quint32 format = 1) {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << format << pid << session << u"/drag"_s;
        auto data = std::make_unique<QMimeData>();
        data->setData(QString::fromLatin1(ZNodeDragPayload::kMimeType), bytes);
        return data;
    };
    const qint64 pid = QCoreApplication::applicationPid();
    const auto sourceSession = quint64(quintptr(m_source->controller()->session()));
    std::vector<std::pair<QString, std::unique_ptr<QMimeData>>> payloads;
    payloads.emplace_back(u"another process"_s, forged(pid + 1, sourceSession));
    payloads.emplace_back(u"a session that is not open"_s, forged(pid, quint64(quintptr(this))));
    payloads.emplace_back(u"another format"_s, forged(pid, sourceSession, 99));
    auto garbage = std::make_unique<QMimeData>();
    garbage->setData(QString::fromLatin1(ZNodeDragPayload::kMimeType), "\x01\x02garbage");
    payloads.emplace_back(u"garbage"_s, std::move(garbage));
    auto text = std::make_unique<QMimeData>();
    text->setText(u"/drag"_s);
    payloads.emplace_back(u"plain text"_s, std::move(text));
    for (const auto &[what, data] : payloads) {
        const DropResult r = deliver(m_target, onDst, data.get());
        QVERIFY2(!r.enter && !r.move && !r.drop, qPrintable(what));
        QVERIFY2(!dialogOf(m_target), qPrintable(what));
    }
    // The same connection: the tree has no drag-move within a cluster.
    const QPoint onOwnRoot = pointOn(m_source, u"/"_s);
    const DropResult same = deliver(m_source, onOwnRoot, own.get());
    QVERIFY(!same.enter && !same.drop);
    QVERIFY(!dialogOf(m_source));
    QVERIFY(!m_window->findChild<ConnectionCopyDialog *>());
}

void TestUiDragCopy::hoveringATabSwitchesToIt()
{
    QVERIFY(!pointOn(m_source, u"/drag"_s).isNull());
    const auto data = dragOf(m_source, u"/drag"_s);
    QTabBar *bar = m_tabs->tabBar();
    const QPoint onTab = bar->tabRect(m_tabs->indexOf(m_target)).center();
    QDragEnterEvent enter(onTab, Qt::CopyAction | Qt::MoveAction, data.get(), Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(bar, &enter);
    QDragMoveEvent move(onTab, Qt::CopyAction | Qt::MoveAction, data.get(), Qt::LeftButton,
                        Qt::NoModifier);
    QApplication::sendEvent(bar, &move);
    QTRY_COMPARE_WITH_TIMEOUT(m_tabs->currentWidget(), m_target, kTimeoutMs);
}

QTEST_MAIN(TestUiDragCopy)
#include "tst_ui_dragcopy.moc"
