// ConnectionView against a real sandbox server, driven through the widgets a person uses:
// type a connection string, press Connect, expand, select, look at the data and Stat views.

#include "appcontroller.h"
#include "connectionview.h"
#include "node/hexview.h"
#include "node/nodedataview.h"
#include "node/nodepanel.h"
#include "node/savehistory.h"
#include "node/statview.h"
#include "sandbox/sandboxserver.h"
#include "session/connectionbar.h"
#include "tree/znodetreemodel.h"
#include "util/statformat.h"
#include "zk/connectionstring.h"
#include "zktestutil.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 20000;
const QString kJson = uR"({"partitions":3,"replicas":[1,2,3]})"_s;
} // namespace

class TestConnectionView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void invalidConnectionStringDisablesConnect_data();
    void invalidConnectionStringDisablesConnect();
    void connectBrowseAndInspect();
    void selectPathExpandsParents();
    void editMenuHoldsTheEditorActions();

private:
    void typeConnection(ConnectionView &window, const QString &text);
    QModelIndex viewIndex(ConnectionView &window, const QString &path);
    bool connectWindow(ConnectionView &window);

    std::unique_ptr<ZkSession> m_session;
    QString m_connectString;
};

void TestConnectionView::initTestCase()
{
    // Keep the recent-connections list and window geometry out of the real user settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"zkdesk-tests"_s);
    QCoreApplication::setApplicationName(u"tst_ui_connectionview"_s);
    QSettings().clear();

    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY2(server, "the sandbox ZooKeeper server did not start");
    m_connectString = server->connectString();
    m_session = TestUtil::connect(m_connectString);
    QVERIFY(m_session);
    QVERIFY(TestUtil::deleteTree(*m_session, u"/uitest"_s));
    QByteArray binary("\x00\x01\x02\xff\xfe\x80zk", 8);
    QVERIFY(TestUtil::createNodes(*m_session,
                                  {
                                      {u"/uitest"_s, {}},
                                      {u"/uitest/config"_s, kJson.toUtf8()},
                                      {u"/uitest/binary"_s, binary},
                                      {u"/uitest/null"_s, QByteArray()},
                                      {u"/uitest/empty"_s, QByteArray("")},
                                      {u"/uitest/deep"_s, "d"},
                                      {u"/uitest/deep/a"_s, "a"},
                                      {u"/uitest/deep/a/b"_s, "leaf"},
                                  }));
    // Two more writes so that the Stat view has a version worth checking (2, not 0).
    for (int i = 0; i < 2; ++i) {
        bool done = false;
        ZkError error;
        m_session->setData(u"/uitest/config"_s, kJson.toUtf8(), -1, this,
                           [&](const StatReply &reply) {
                               error = reply.error;
                               done = true;
                           });
        QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs);
        QVERIFY2(error.isOk(), qPrintable(error.toString()));
    }
    ZkError nullError;
    QVERIFY(TestUtil::getData(*m_session, u"/uitest/null"_s, nullptr, &nullError).isNull());
    QVERIFY(nullError.isOk());
}

void TestConnectionView::cleanupTestCase()
{
    if (m_session) TestUtil::deleteTree(*m_session, u"/uitest"_s);
    m_session.reset();
}

void TestConnectionView::typeConnection(ConnectionView &window, const QString &text)
{
    QLineEdit *edit = window.connectionBar()->combo()->lineEdit();
    edit->clear();
    QTest::keyClicks(edit, text);
}

QModelIndex TestConnectionView::viewIndex(ConnectionView &window, const QString &path)
{
    // Search the view's (proxy) model so the index can go straight to the QTreeView.
    QAbstractItemModel *model = window.treeView()->model();
    QModelIndexList hits = model->match(model->index(0, 0), ZNodeTreeModel::PathRole, path, 1,
                                        Qt::MatchExactly | Qt::MatchRecursive);
    return hits.value(0);
}

bool TestConnectionView::connectWindow(ConnectionView &window)
{
    typeConnection(window, m_connectString);
    if (!window.connectionBar()->connectAction()->isEnabled()) {
        qWarning() << "Connect disabled for" << m_connectString
                   << window.connectionBar()->validationError();
        return false;
    }
    window.connectionBar()->connectAction()->trigger();
    return true;
}

void TestConnectionView::invalidConnectionStringDisablesConnect_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorPart"); // something the message must mention
    QTest::newRow("port out of range") << u"zk1:99999"_s << u"99999"_s;
    QTest::newRow("unbracketed ipv6") << u"::1:2181"_s << u"::1"_s;
    QTest::newRow("scheme prefix") << u"zk://zk1:2181"_s << u"zk://"_s;
    QTest::newRow("empty entry") << u"zk1:2181,,zk2:2181"_s << u"server 2 of 3 is empty"_s;
}

void TestConnectionView::invalidConnectionStringDisablesConnect()
{
    QFETCH(QString, text);
    QFETCH(QString, errorPart);
    AppController controller;
    ConnectionView window(&controller);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    typeConnection(window, u"127.0.0.1:2181"_s);
    QVERIFY(window.connectionBar()->connectAction()->isEnabled());
    QVERIFY(window.connectionBar()->hintLabel()->text().isEmpty());

    typeConnection(window, text);
    QVERIFY(!window.connectionBar()->connectAction()->isEnabled());
    const QString hint = window.connectionBar()->hintLabel()->text();
    QVERIFY(window.connectionBar()->hintLabel()->isVisible());
    QVERIFY2(hint.contains(errorPart), qPrintable(hint));
    // The hint is the parser's own message, not a generic one.
    QString parserError;
    QVERIFY(!ConnectionString::parse(text, &parserError).isValid());
    QVERIFY2(hint.contains(parserError), qPrintable(hint + u" / "_s + parserError));
    // Return in the line edit must not connect either.
    QTest::keyClick(window.connectionBar()->combo()->lineEdit(), Qt::Key_Return);
    QCOMPARE(controller.session()->state(), SessionState::Closed);
}

void TestConnectionView::connectBrowseAndInspect()
{
    AppController controller;
    ConnectionView window(&controller);
    window.resize(1400, 900); // wide enough for the name column to take the rest
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(connectWindow(window));

    QTRY_COMPARE_WITH_TIMEOUT(controller.session()->state(), SessionState::Connected, kTimeoutMs);
    QTreeView *tree = window.treeView();
    QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(), 1, kTimeoutMs);
    // The root is selected right away so the keyboard works without a click.
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPath(), u"/"_s, kTimeoutMs);
    QCOMPARE(QApplication::focusWidget(), tree);
    auto *stateLabel = window.findChild<QLabel *>(u"statusState"_s);
    auto *serverLabel = window.findChild<QLabel *>(u"statusServer"_s);
    auto *sessionLabel = window.findChild<QLabel *>(u"statusSession"_s);
    QCOMPARE(stateLabel->text(), sessionStateName(SessionState::Connected));
    // The one server of the sandbox, and this session's id as zkCli prints it.
    QCOMPARE(serverLabel->text(), controller.session()->connectedServer());
    QVERIFY2(m_connectString.endsWith(serverLabel->text().section(u':', -1)),
             qPrintable(serverLabel->text()));
    QVERIFY(serverLabel->isVisible());
    QCOMPARE(sessionLabel->text(),
             u"session "_s + StatFormat::formatSessionId(controller.session()->sessionId()));
    QVERIFY(sessionLabel->isVisible());
    QCOMPARE(window.windowTitle(), u"%1 — zkdesk"_s.arg(controller.connectionDisplayString()));
    QVERIFY(window.connectionBar()->disconnectAction()->isEnabled());
    QVERIFY(window.refreshAction()->isEnabled());
    // The name column takes the width the fixed columns leave.
    window.findChild<QSplitter *>(u"mainSplitter"_s)->setSizes({900, 500});
    QHeaderView *header = tree->header();
    const auto columnsWidth = [header] {
        int columns = 0;
        for (int c = 0; c < header->count(); ++c)
            columns += header->isSectionHidden(c) ? 0 : header->sectionSize(c);
        return columns;
    };
    QVERIFY2(tree->viewport()->width() > 500,
             qPrintable(QString::number(tree->viewport()->width())));
    QTRY_COMPARE_WITH_TIMEOUT(columnsWidth(), tree->viewport()->width(), kTimeoutMs);
    // The fixed columns fit what they show (a date and time is never cut to "2026-11-29 1…").
    const QFontMetrics fm(tree->font());
    QVERIFY(header->sectionSize(ZNodeTreeModel::ModifiedColumn)
            > fm.horizontalAdvance(u"2026-11-29 18:19:29"_s));
    QVERIFY(header->sectionSize(ZNodeTreeModel::ChildrenColumn)
            > fm.horizontalAdvance(u"Children"_s));

    // Expand "/" and "/uitest" as a user would (the view fetches lazily).
    tree->expand(tree->model()->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(viewIndex(window, u"/uitest"_s).isValid(), kTimeoutMs);
    tree->expand(viewIndex(window, u"/uitest"_s));
    QTRY_VERIFY_WITH_TIMEOUT(viewIndex(window, u"/uitest/config"_s).isValid(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(viewIndex(window, u"/uitest"_s)), 5,
                              kTimeoutMs);
    QVERIFY(tree->isExpanded(viewIndex(window, u"/uitest"_s)));

    NodeDataView *data = window.nodePanel()->dataView();
    StatView *stat = window.nodePanel()->statView();

    // JSON: pretty-printed.
    tree->setCurrentIndex(viewIndex(window, u"/uitest/config"_s));
    QTRY_COMPARE_WITH_TIMEOUT(data->shown(), NodeDataView::Shown::Json, kTimeoutMs);
    QCOMPARE(data->text(),
             u"{\n    \"partitions\": 3,\n    \"replicas\": [\n        1,\n"
             "        2,\n        3\n    ]\n}\n"_s);
    QTRY_COMPARE_WITH_TIMEOUT(stat->value(u"dataVersion"_s), u"2"_s, kTimeoutMs);
    QCOMPARE(stat->table()->topLevelItemCount(), 11);
    QCOMPARE(stat->value(u"dataLength"_s).left(2), u"35"_s);

    // Copy path (the action behind Ctrl+Shift+C and the context menu).
    QVERIFY(window.copyPathAction()->isEnabled());
    window.copyPathAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"/uitest/config"_s);

    // Binary: hex.
    tree->setCurrentIndex(viewIndex(window, u"/uitest/binary"_s));
    QTRY_COMPARE_WITH_TIMEOUT(data->shown(), NodeDataView::Shown::Hex, kTimeoutMs);
    QCOMPARE(data->hexView()->data(), QByteArray("\x00\x01\x02\xff\xfe\x80zk", 8));

    // Null and empty are told apart.
    tree->setCurrentIndex(viewIndex(window, u"/uitest/null"_s));
    QTRY_COMPARE_WITH_TIMEOUT(data->shown(), NodeDataView::Shown::Null, kTimeoutMs);
    const QString nullStatus = data->statusText();
    tree->setCurrentIndex(viewIndex(window, u"/uitest/empty"_s));
    QTRY_COMPARE_WITH_TIMEOUT(data->shown(), NodeDataView::Shown::Empty, kTimeoutMs);
    QVERIFY(data->statusText() != nullStatus);
    QVERIFY2(nullStatus.contains(u"null"_s), qPrintable(nullStatus));
    QVERIFY2(data->statusText().contains(u"0 bytes"_s), qPrintable(data->statusText()));

    // The connection string was remembered for the next start.
    QCOMPARE(QSettings().value(u"connection/last"_s).toString(), m_connectString);

    window.connectionBar()->disconnectAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(controller.session()->state(), SessionState::Closed, kTimeoutMs);
    QCOMPARE(window.nodePanel()->path(), QString());
    QCOMPARE(stateLabel->text(), sessionStateName(SessionState::Closed));
    QVERIFY(!serverLabel->isVisible());
    QVERIFY(!sessionLabel->isVisible());
    QCOMPARE(window.windowTitle(), u"zkdesk"_s);
    QVERIFY(!window.refreshAction()->isEnabled());
}

void TestConnectionView::selectPathExpandsParents()
{
    AppController controller;
    ConnectionView window(&controller);
    window.setPendingPath(u"/uitest/deep/a/b"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(connectWindow(window));

    QTRY_COMPARE_WITH_TIMEOUT(window.currentPath(), u"/uitest/deep/a/b"_s, kTimeoutMs);
    QTreeView *tree = window.treeView();
    QVERIFY(tree->isExpanded(viewIndex(window, u"/uitest/deep/a"_s)));
    QVERIFY(tree->isExpanded(viewIndex(window, u"/uitest/deep"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(window.nodePanel()->dataView()->text(), u"leaf"_s, kTimeoutMs);

    // A missing node is an error in the status bar, not a dialog.
    window.selectPath(u"/uitest/nope"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusMessage().contains(u"/uitest/nope"_s), kTimeoutMs);
    QCOMPARE(window.currentPath(), u"/uitest/deep/a/b"_s);
}

void TestConnectionView::editMenuHoldsTheEditorActions()
{
    AppController controller;
    ConnectionView window(&controller);
    QStringList names;
    for (QAction *action : window.editMenu()->actions())
        names << (action->isSeparator() ? u"|"_s : action->text().remove(u'&'));
    QCOMPARE(names.mid(0, 9),
             (QStringList{u"Save"_s, u"Revert"_s, u"|"_s,
                          controller.saveHistory()->undoAction()->text().remove(u'&'),
                          controller.saveHistory()->redoAction()->text().remove(u'&'), u"|"_s,
                          u"Set null"_s, u"Set empty"_s, u"Find in Data…"_s}));
    QCOMPARE(window.editMenu()->actions().value(0), window.nodePanel()->saveAction());
    // Nothing loaded: nothing to save, revert or set.
    for (QAction *action : {window.nodePanel()->saveAction(), window.nodePanel()->revertAction(),
                            window.nodePanel()->dataView()->setNullAction(),
                            window.nodePanel()->dataView()->setEmptyAction()})
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    // Ctrl+S (window-wide, from the panel), Ctrl+F and Ctrl+Shift+C reach the window.
    QCOMPARE(window.nodePanel()->saveAction()->shortcut(), QKeySequence(QKeySequence::Save));
    QCOMPARE(window.nodePanel()->saveAction()->shortcutContext(), Qt::WindowShortcut);
    QStringList shortcuts;
    for (QAction *action : window.actions()) shortcuts << action->shortcut().toString();
    for (const QString &key : {u"Ctrl+F"_s, u"Ctrl+Shift+C"_s})
        QVERIFY2(shortcuts.contains(key), qPrintable(shortcuts.join(u", "_s)));
}

QTEST_MAIN(TestConnectionView)
#include "tst_ui_connectionview.moc"
