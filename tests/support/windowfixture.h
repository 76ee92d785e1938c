#pragma once

// A main window connected to the test process's sandbox server, for the node-panel tests:
// settings kept out of the user's, a second session ("another client") to set up and check,
// a fresh AppController + ConnectionView per test function.

#include "appcontroller.h"
#include "connectionview.h"
#include "node/nodedataview.h"
#include "node/nodepanel.h"
#include "sandbox/sandboxserver.h"
#include "zktestutil.h"

#include <QApplication>
#include <QDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

class WindowFixture
{
protected:
    static constexpr int kWindowTimeoutMs = 20000;

    /// initTestCase(): isolated settings, the server, the second session, `root` created empty.
    void setUpFixture(const QString &testName, const QString &root,
                      const QList<std::pair<QString, QByteArray>> &nodes = {})
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("zkdesk-tests"));
        // Its own settings file per test process: tst_ui_theme_2x (QT_SCALE_FACTOR=2) runs the
        // same executable as tst_ui_theme, at the same time under ctest -j.
        const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR");
        QCoreApplication::setApplicationName(
            scale.isEmpty() ? testName : testName + QStringLiteral("-x") + scale);
        QSettings().clear();
        SandboxServer *server = TestUtil::sharedServer();
        QVERIFY2(server, "the sandbox ZooKeeper server did not start");
        m_connectString = server->connectString();
        m_session = TestUtil::connect(m_connectString);
        QVERIFY(m_session);
        m_root = root;
        QVERIFY(TestUtil::deleteTree(*m_session, root));
        QList<std::pair<QString, QByteArray>> all{{root, {}}};
        all += nodes;
        QVERIFY(TestUtil::createNodes(*m_session, all));
    }
    /// cleanupTestCase().
    void tearDownFixture()
    {
        if (m_session) TestUtil::deleteTree(*m_session, m_root);
        m_session.reset();
    }
    /// init(): a shown window, connected, "/" selected.
    void openWindow()
    {
        m_controller = std::make_unique<AppController>();
        m_window = std::make_unique<ConnectionView>(m_controller.get());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->connectTo(m_connectString, false);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPath(), QStringLiteral("/"), kWindowTimeoutMs);
    }
    /// Selects `path` and waits until the node panel shows it with its data loaded.
    bool openNode(const QString &path)
    {
        m_window->selectPath(path);
        NodePanel *panel = m_window->nodePanel();
        return QTest::qWaitFor([&] { return panel->path() == path && panel->loadedVersion() >= 0; },
                               kWindowTimeoutMs);
    }
    /// cleanup(): closes what a failed test left open and drops the window without asking.
    void closeWindow()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog *>(w) && w->isVisible()) w->close();
        }
        if (m_window && m_window->nodePanel()->isDirty())
            m_window->nodePanel()->dataView()->discardChanges();
        m_window.reset();
        m_controller.reset();
    }

    std::unique_ptr<ZkSession> m_session; // the test's own session: "another client"
    QString m_connectString;
    QString m_root;
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<ConnectionView> m_window;
};
