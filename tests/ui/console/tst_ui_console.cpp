// The console dock and the quota dock in a real main window against a real server: typed
// commands and their output, history per connection, Tab completion from the server, secrets
// kept out of the echo and history, read-only refusal; the quota of the selected node, editing
// it, and the tree's over-limit marker.

#include "console/consoledock.h"
#include "console/consoleexecutor.h"
#include "console/consoleinput.h"
#include "quota/quotadock.h"
#include "quota/quotamarker.h"
#include "session/connectionbar.h"
#include "tree/znodetreemodel.h"
#include "treeactionsfixture.h"
#include "windowfixture.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUiConsole final
    : public QObject
    , private WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        setUpFixture(u"tst_ui_console"_s, u"/uc"_s,
                     {{u"/uc/alpha"_s, "a"},
                      {u"/uc/alps"_s, {}},
                      {u"/uc/beta"_s, {}},
                      {u"/uc/q"_s, {}},
                      {u"/uc/q/one"_s, {}}});
    }
    void cleanupTestCase() { tearDownFixture(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void typedCommandsRunOnTheWindowsSession();
    void historyIsKeptPerConnection();
    void tabCompletesFromTheServer();
    void secretsAreNotShown();
    void readOnlyWindowRefusesWrites();
    void quotaViewEditsAndMarksTheTree();

private:
    ConsoleDock *console() const { return m_window->findChild<ConsoleDock *>(); }
    QuotaDock *quotaDock() const { return m_window->findChild<QuotaDock *>(); }
    void type(const QString &line)
    {
        ConsoleDock *dock = console();
        dock->show();
        dock->raise();
        dock->input()->setFocus();
        QTest::keyClicks(dock->input(), line);
        QTest::keyClick(dock->input(), Qt::Key_Return);
    }
    QString output() const { return console()->output()->toPlainText(); }
    bool idle() const { return !console()->executor()->isBusy(); }
};

void TestUiConsole::typedCommandsRunOnTheWindowsSession()
{
    QVERIFY(console());
    type(u"create /uc/typed \"from the console\""_s);
    QTRY_VERIFY(output().contains(u"Created /uc/typed"_s));
    QCOMPARE(TestUtil::getData(*m_session, u"/uc/typed"_s), "from the console");
    type(u"ls /uc"_s);
    QTRY_VERIFY(output().contains(u"[alpha, alps, beta, q, typed]"_s));
    type(u"get /uc/none"_s);
    QTRY_VERIFY(output().contains(u"Node does not exist: /uc/none"_s));
    type(u"connect 127.0.0.1:1"_s);
    QTRY_VERIFY(output().contains(u"use the connection bar"_s));
    QVERIFY(m_controller->session()->isConnected());
    type(u"delete /uc/typed"_s);
    type(u"getAcl -s /uc/alpha"_s);
    QTRY_VERIFY(output().contains(u"'world,'anyone\n: cdrwa\ncZxid = 0x"_s));
    type(u"getAllChildrenNumber /uc"_s);
    QTRY_VERIFY(idle());
    QVERIFY(output().contains(u"computed on the client"_s));
    screenshot(m_window.get(), u"console.png"_s);
}

void TestUiConsole::historyIsKeptPerConnection()
{
    type(u"stat /uc/beta"_s);
    QTRY_VERIFY(idle());
    ConsoleInput *input = console()->input();
    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(input->text(), u"stat /uc/beta"_s);
    // A new window on the same connection string finds it again...
    closeWindow();
    openWindow();
    QVERIFY(console()->executor()->history().contains(u"stat /uc/beta"_s));
    QTest::keyClick(console()->input(), Qt::Key_Up);
    QCOMPARE(console()->input()->text(), u"stat /uc/beta"_s);
    // ...another connection (the same server, another spelling) has its own.
    closeWindow();
    m_controller = std::make_unique<AppController>();
    m_window = std::make_unique<ConnectionView>(m_controller.get());
    m_window->show();
    m_window->connectTo(m_connectString + u"/"_s.chopped(1) + u",127.0.0.1:1"_s, false);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->session()->isConnected(), kWindowTimeoutMs);
    QVERIFY(!console()->executor()->history().contains(u"stat /uc/beta"_s));
}

void TestUiConsole::tabCompletesFromTheServer()
{
    ConsoleInput *input = console()->input();
    console()->show();
    input->setFocus();
    QTest::keyClicks(input, u"get /uc/be"_s);
    QTest::keyClick(input, Qt::Key_Tab);
    QTRY_COMPARE(input->text(), u"get /uc/beta"_s);
    input->clear();
    QTest::keyClicks(input, u"get /uc/al"_s);
    QTest::keyClick(input, Qt::Key_Tab);
    QTRY_COMPARE(input->text(), u"get /uc/alp"_s); // the common prefix of alpha and alps
    QTRY_VERIFY(output().contains(u"alpha  alps"_s));
}

void TestUiConsole::secretsAreNotShown()
{
    type(u"addauth digest carol:hunter2"_s);
    QTRY_VERIFY(idle());
    type(u"whoami"_s);
    QTRY_VERIFY(output().contains(u"digest: carol"_s));
    QVERIFY(!output().contains(u"hunter2"_s));
    QVERIFY(!console()->executor()->history().join(u'\n').contains(u"hunter2"_s));
    QTest::keyClick(console()->input(), Qt::Key_Up);
    QTest::keyClick(console()->input(), Qt::Key_Up);
    QVERIFY(!console()->input()->text().contains(u"hunter2"_s));
}

void TestUiConsole::readOnlyWindowRefusesWrites()
{
    closeWindow();
    m_controller = std::make_unique<AppController>();
    m_window = std::make_unique<ConnectionView>(m_controller.get());
    m_window->show();
    m_window->connectTo(m_connectString, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->session()->isConnected(), kWindowTimeoutMs);
    type(u"create /uc/ro"_s);
    QTRY_VERIFY(output().contains(u"read-only"_s));
    ZkError error;
    TestUtil::getData(*m_session, u"/uc/ro"_s, nullptr, &error);
    QCOMPARE(error.code, ZkCode::NoNode);
}

void TestUiConsole::quotaViewEditsAndMarksTheTree()
{
    QuotaDock *quota = quotaDock();
    QVERIFY(quota);
    quota->show();
    quota->raise();
    m_window->selectPath(u"/uc/q"_s);
    QTRY_COMPARE(quota->path(), u"/uc/q"_s);
    QTRY_VERIFY(quota->applyButton()->isEnabled());
    QCOMPARE(quota->stateText(), u"No quota."_s);
    quota->limitEdit(QuotaField::Count)->setText(u"2"_s);
    quota->limitEdit(QuotaField::CountHardLimit)->setText(u"50"_s);
    quota->applyButton()->click();
    QTRY_COMPARE(TestUtil::getData(*m_session, u"/zookeeper/quota/uc/q/zookeeper_limits"_s),
                 QByteArray("count=2,bytes=-1=;byteHardLimit=-1;countHardLimit=50"));
    QTRY_VERIFY(quota->stateText().startsWith(u"Within its quota"_s));
    // Another client goes over the soft limit: the next scan marks the node.
    QVERIFY(TestUtil::createNodes(*m_session, {{u"/uc/q/two"_s, {}}}));
    quota->marker()->refresh();
    QTRY_VERIFY(quota->stateText().contains(u"over the soft limit of 2"_s));
    const QModelIndex index = m_window->treeView()->currentIndex();
    QTRY_VERIFY(index.data(Qt::ToolTipRole).toString().contains(u"Over its quota"_s));
    screenshot(m_window.get(), u"quota.png"_s);
    // A child shows whose quota it counts towards, and may not get its own.
    m_window->selectPath(u"/uc/q/one"_s);
    QTRY_VERIFY(quota->stateText().contains(u"counts towards the quota of /uc/q"_s));
    QVERIFY(!quota->applyButton()->isEnabled());
    m_window->selectPath(u"/uc/q"_s);
    QTRY_VERIFY(quota->clearButton()->isEnabled());
    quota->clearButton()->click();
    QTRY_COMPARE(quota->stateText(), u"No quota."_s);
    QVERIFY(!TestUtil::listTree(*m_session, u"/zookeeper/quota"_s)
                 .contains(u"/zookeeper/quota/uc/q"_s));
    QTRY_VERIFY(!m_window->treeView()
                     ->currentIndex()
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(u"Over its quota"_s));
}

QTEST_MAIN(TestUiConsole)
#include "tst_ui_console.moc"
