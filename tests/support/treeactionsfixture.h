// Shared by the tree-action UI tests (tst_ui_treeactions, tst_ui_treetransfers): a real sandbox
// server, a second session that sets up and checks, and helpers that drive the main window.
// Header-only: included by each test file (ui tests link the ui library).
#pragma once

#include "appcontroller.h"
#include "connectionview.h"
#include "operations/createnodedialog.h"
#include "operations/deleteflow.h"
#include "operations/pathinputdialog.h"
#include "operations/transferflow.h"
#include "operations/treeactions.h"
#include "sandbox/sandboxserver.h"
#include "tree/znodetreemodel.h"
#include "zk/zkpath.h"
#include "zktestutil.h"

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

namespace TreeActionsTest {
inline constexpr int kTimeoutMs = 30000;

inline QPushButton *buttonWithText(QMessageBox *box, const QString &startsWith)
{
    for (QAbstractButton *b : box->buttons()) {
        if (b->text().startsWith(startsWith)) return qobject_cast<QPushButton *>(b);
    }
    return nullptr;
}

/// With ZKDESK_SCREENSHOT_DIR set, saves `widget` there as `name`.
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ZKDESK_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    widget->activateWindow();
    // Pending re-layouts (a message just hidden) would otherwise show as gaps.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(widget->grab().save(dir + u'/' + name));
}
} // namespace TreeActionsTest
using namespace TreeActionsTest;

class TreeActionsFixture
{
protected:
    void setUpFixture(const QString &testName);
    void tearDownFixture();
    bool openWindow(ConnectionView &window, bool readOnly = false);
    bool select(ConnectionView &window, const QString &path);
    QModelIndex viewIndex(ConnectionView &window, const QString &path);
    bool exists(const QString &path);

    std::unique_ptr<ZkSession> m_session; // the "other" client: sets up and checks
    QString m_connectString;
};

inline void TreeActionsFixture::setUpFixture(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"zkdesk-tests"_s);
    QCoreApplication::setApplicationName(testName);
    QSettings().clear();
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY2(server, "the sandbox ZooKeeper server did not start");
    m_connectString = server->connectString();
    m_session = TestUtil::connect(m_connectString);
    QVERIFY(m_session);
    QVERIFY(TestUtil::deleteTree(*m_session, u"/ta"_s));
    QVERIFY(TestUtil::createNodes(*m_session, {{u"/ta"_s, {}}, {u"/ta/create"_s, {}}}));
}
inline void TreeActionsFixture::tearDownFixture()
{
    if (m_session) TestUtil::deleteTree(*m_session, u"/ta"_s);
    m_session.reset();
}
inline bool TreeActionsFixture::openWindow(ConnectionView &window, bool readOnly)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) return false;
    // Shortcuts need the active window (offscreen always has one; a real X server may not).
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window)) return false;
    window.connectTo(m_connectString, readOnly);
    return QTest::qWaitFor([&] { return window.currentPath() == u"/"_s; }, kTimeoutMs);
}
inline bool TreeActionsFixture::select(ConnectionView &window, const QString &path)
{
    window.selectPath(path);
    return QTest::qWaitFor([&] { return window.currentPath() == path; }, kTimeoutMs);
}
inline QModelIndex TreeActionsFixture::viewIndex(ConnectionView &window, const QString &path)
{
    QAbstractItemModel *model = window.treeView()->model();
    return model
        ->match(model->index(0, 0), ZNodeTreeModel::PathRole, path, 1,
                Qt::MatchExactly | Qt::MatchRecursive)
        .value(0);
}
inline bool TreeActionsFixture::exists(const QString &path)
{
    ZkError error;
    TestUtil::getData(*m_session, path, nullptr, &error);
    return error.isOk();
}

// --- create ------------------------------------------------------------------------------------
