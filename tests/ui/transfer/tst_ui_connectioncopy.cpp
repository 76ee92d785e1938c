// Copy to Connection… / Move to Connection… driven through the dialog against two real servers:
// the count, the confirmation with the count, the written copy, the separate confirmation of
// the delete for a move, and a read-only target refused with nothing written.
// With ZKDESK_SCREENSHOT_DIR set, the dialog and the report are saved there as PNGs.

#include "../../core/transfer/twoservers.h"
#include "transfer/connectioncopydialog.h"
#include "zk/zksession.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUiConnectionCopy final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void copyThroughTheDialog();
    void moveAsksBeforeDeletingTheOriginal();
    void readOnlyTargetIsRefused();

private:
    static void screenshot(QWidget *w, const QString &name);
    static bool exists(ZkSession &session, const QString &path);
    static void press(QMessageBox *box, QMessageBox::ButtonRole role);
    static bool shows(const ConnectionCopyDialog &dialog, const QString &boxName);
    static QByteArray state(const ConnectionCopyDialog &dialog);

    TwoServers m_servers;
};

void TestUiConnectionCopy::initTestCase()
{
    QVERIFY(m_servers.start());
    QVERIFY(TestUtil::createNodes(*m_servers.a,
                                  {{u"/app"_s, "v1"},
                                   {u"/app/config"_s, "{\"threads\": 8}"},
                                   {u"/app/bin"_s, QByteArray("\x00\xff", 2)},
                                   {u"/app/null"_s, QByteArray()}}));
    QVERIFY(TestUtil::createChildren(*m_servers.a, u"/app/flags"_s, 40));
}

void TestUiConnectionCopy::screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ZKDESK_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QVERIFY(w->grab().save(dir + u"/"_s + name));
}

bool TestUiConnectionCopy::exists(ZkSession &session, const QString &path)
{
    ZkError e;
    TestUtil::getData(session, path, nullptr, &e);
    return e.isOk();
}

void TestUiConnectionCopy::press(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *b : box->buttons())
        if (box->buttonRole(b) == role) return b->click();
    QFAIL("no such button");
}

// By name, never by comparing with the pointer of the box answered before: that box is deleted
// on close, and the next one is often allocated at the same address.
bool TestUiConnectionCopy::shows(const ConnectionCopyDialog &dialog, const QString &boxName)
{
    return dialog.lastBox() && dialog.lastBox()->objectName() == boxName;
}

// What a timed-out wait reports: which box is up, and what the dialog says.
QByteArray TestUiConnectionCopy::state(const ConnectionCopyDialog &dialog)
{
    const QString box = dialog.lastBox() ? dialog.lastBox()->objectName() : u"none"_s;
    return (u"box: "_s + box + u"; summary: "_s + dialog.summary()->text()).toUtf8();
}

void TestUiConnectionCopy::copyThroughTheDialog()
{
    ConnectionCopyDialog dialog(m_servers.a.get(), u"staging"_s, u"/app"_s, false);
    dialog.show();
    dialog.setTargets({{u"production"_s, m_servers.b.get()}});
    QTRY_VERIFY_WITH_TIMEOUT(dialog.runButton()->isEnabled(), 60000);
    QVERIFY2(dialog.summary()->text().contains(u"45 nodes will be created"_s),
             qPrintable(dialog.summary()->text()));
    screenshot(&dialog, u"copy-to-connection.png"_s);
    dialog.runButton()->click();
    QMessageBox *confirm = dialog.lastBox();
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(u"45 nodes"_s));
    press(confirm, QMessageBox::AcceptRole);
    QTRY_VERIFY2_WITH_TIMEOUT(shows(dialog, u"connectionCopyReport"_s), state(dialog).constData(),
                              60000);
    QMessageBox *report = dialog.lastBox();
    QVERIFY2(report->text().startsWith(u"Copied"_s), qPrintable(report->text()));
    screenshot(&dialog, u"copy-to-connection-result.png"_s);
    report->close();
    QCOMPARE(TestUtil::getData(*m_servers.b, u"/app/bin"_s), QByteArray("\x00\xff", 2));
    QVERIFY(TestUtil::getData(*m_servers.b, u"/app/null"_s).isNull());
    QCOMPARE(TestUtil::listTree(*m_servers.b, u"/app"_s).size(), 44);
    QVERIFY(exists(*m_servers.a, u"/app"_s));
}

void TestUiConnectionCopy::moveAsksBeforeDeletingTheOriginal()
{
    QVERIFY(TestUtil::createNodes(*m_servers.a, {{u"/mv"_s, "m"}, {u"/mv/a"_s, "a"}}));
    QVERIFY(TestUtil::createNodes(*m_servers.b, {{u"/into"_s, {}}}));
    ConnectionCopyDialog dialog(m_servers.a.get(), u"staging"_s, u"/mv"_s, true);
    dialog.show();
    dialog.setTargets({{u"production"_s, m_servers.b.get()}});
    QTRY_VERIFY_WITH_TIMEOUT(dialog.runButton()->isEnabled(), 60000);
    dialog.setDestination(m_servers.b.get(), u"/into"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.runButton()->isEnabled(), 60000);
    dialog.runButton()->click();
    QMessageBox *confirm = dialog.lastBox();
    QVERIFY(confirm);
    press(confirm, QMessageBox::AcceptRole);
    QTRY_VERIFY2_WITH_TIMEOUT(shows(dialog, u"connectionCopyDeleteConfirm"_s),
                              state(dialog).constData(), 60000);
    QMessageBox *ask = dialog.lastBox();
    QVERIFY(ask->text().contains(u"2 nodes"_s));
    QVERIFY(exists(*m_servers.b, u"/into/mv/a"_s));
    QVERIFY(exists(*m_servers.a, u"/mv"_s)); // not before the user says so
    press(ask, QMessageBox::AcceptRole);
    QTRY_VERIFY2_WITH_TIMEOUT(shows(dialog, u"connectionCopyReport"_s), state(dialog).constData(),
                              60000);
    QVERIFY2(dialog.lastBox()->text().startsWith(u"Moved"_s), qPrintable(dialog.lastBox()->text()));
    QVERIFY(!exists(*m_servers.a, u"/mv"_s));
}

void TestUiConnectionCopy::readOnlyTargetIsRefused()
{
    SessionOptions ro;
    ro.readOnly = true;
    auto session = TestUtil::connect(m_servers.second->connectString(), 30000, ro);
    QVERIFY(session);
    ConnectionCopyDialog dialog(m_servers.a.get(), u"staging"_s, u"/app"_s, false);
    dialog.show();
    dialog.setTargets({{u"locked"_s, session.get()}});
    QVERIFY(dialog.targetBox()->currentText().contains(u"read-only"_s));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.summary()->text().contains(u"Nothing was written"_s), 60000);
    QVERIFY(!dialog.runButton()->isEnabled());
}

QTEST_MAIN(TestUiConnectionCopy)
#include "tst_ui_connectioncopy.moc"
