// What the user sees of connection faults, against real servers: a restarted server shows
// "reconnecting for N s" with the tree kept, then connected again; a session expired the
// standard way shows a banner with both session ids; an unreachable address shows the retry
// countdown with Retry now and Cancel.

#include "appcontroller.h"
#include "connectionview.h"
#include "sandbox/sandboxserver.h"
#include "session/sessionnotices.h"
#include "sessionkiller.h"
#include "tree/znodetreemodel.h"
#include "util/statformat.h"
#include "zktestutil.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 30000;

/// With ZKDESK_SCREENSHOT_DIR set, saves `widget` there as `name`.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ZKDESK_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    widget->activateWindow();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(widget->grab().save(dir + u'/' + name));
}
} // namespace

class TestSessionNotices final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void restartShowsReconnectingThenConnected();
    void expiryShowsBothSessionIds();
    void unreachableServerShowsCountdown();

private:
    bool openWindow(ConnectionView &window, AppController &controller,
                    const QString &connectString);
};

void TestSessionNotices::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"zkdesk-tests"_s);
    QCoreApplication::setApplicationName(u"tst_ui_sessionnotices"_s);
    QSettings().clear();
}

bool TestSessionNotices::openWindow(ConnectionView &window, AppController &controller,
                                    const QString &connectString)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) return false;
    window.connectTo(connectString, false);
    return QTest::qWaitFor([&] { return window.currentPath() == u"/"_s; }, kTimeoutMs)
        && controller.session()->isConnected();
}

void TestSessionNotices::restartShowsReconnectingThenConnected()
{
    SandboxServer server;
    QSignalSpy started(&server, &SandboxServer::started);
    server.start();
    QVERIFY2(started.wait(90000), "the private sandbox server did not start");

    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(openWindow(window, controller, server.connectString()));
    ZkSession *session = controller.session();
    const qint64 id = session->sessionId();
    QTreeView *tree = window.treeView();
    tree->expand(tree->model()->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount(tree->model()->index(0, 0)) > 0, kTimeoutMs);
    const int rows = tree->model()->rowCount(tree->model()->index(0, 0));
    auto *notices = window.findChild<SessionNotices *>();
    QVERIFY(notices);
    QVERIFY(notices->statusText().isEmpty());

    server.restart();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), SessionState::Reconnecting, kTimeoutMs);
    QVERIFY2(notices->statusText().startsWith(u"reconnecting for "_s),
             qPrintable(notices->statusText()));
    QVERIFY(notices->statusText().contains(u"the tree shows the last known state"_s));
    QVERIFY(notices->statusLabel()->isVisibleTo(&window));
    // The tree stays readable meanwhile.
    QCOMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), rows);
    // The line counts the seconds since the connection was lost (refreshed every second): at
    // every look until the server is back, it says no more than the time that has passed and
    // lags it by at most its refresh, however long the restart takes.
    QElapsedTimer sinceLost;
    sinceLost.start(); // a little after the notices' own start: they may be ahead by a poll
    const QRegularExpression seconds(u"^reconnecting for (\\d+) s "_s);
    QStringList wrong;
    const bool back = QTest::qWaitFor(
        [&] {
            const QString text = notices->statusText();
            const qint64 elapsed = sinceLost.elapsed() / 1000;
            const QRegularExpressionMatch m = seconds.match(text);
            if (session->isConnected()) return true;
            if (!m.hasMatch())
                wrong << text;
            else if (const int shown = m.captured(1).toInt();
                     shown > elapsed + 1 || shown < elapsed - 2)
                wrong << u"%1 after %2 s"_s.arg(text).arg(elapsed);
            return false;
        },
        60000);
    QVERIFY(back);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    QCOMPARE(session->sessionId(), id);
    QVERIFY2(notices->statusText().isEmpty(), qPrintable(notices->statusText()));
    QCOMPARE(notices->notice(), SessionNotices::Notice::None);
    QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), rows);
}

void TestSessionNotices::expiryShowsBothSessionIds()
{
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY(server);
    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(openWindow(window, controller, server->connectString()));
    ZkSession *session = controller.session();
    auto *notices = window.findChild<SessionNotices *>();
    QVERIFY(notices);
    QVERIFY(!notices->isVisible());

    const qint64 oldId = session->sessionId();
    const QByteArray password = session->sessionPassword();

    // Two ephemeral nodes of this session, shown in the tree: the notice names them once lost
    // (a name with "%2" in it included: it must not swallow the session id that follows).
    QVERIFY(TestUtil::deleteTree(*session, u"/notices-eph"_s));
    QVERIFY(TestUtil::createNodes(*session, {{u"/notices-eph"_s, {}}}));
    const QStringList ephemerals{u"/notices-eph/lock-1"_s, u"/notices-eph/worker-%2"_s};
    for (const QString &path : ephemerals) {
        bool created = false;
        session->create(path, "e", CreateMode::Ephemeral, ZkAclPresets::open(), this,
                        [&](const CreateReply &reply) { created = reply.error.isOk(); });
        QTRY_VERIFY_WITH_TIMEOUT(created, kTimeoutMs);
    }
    window.selectPath(ephemerals.first());
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPath(), ephemerals.first(), kTimeoutMs);
    ZNodeTreeModel *model = controller.model();
    const auto ownerOf = [model](const QString &path) {
        const QModelIndex index = model
                                      ->match(model->index(0, 0), ZNodeTreeModel::PathRole, path, 1,
                                              Qt::MatchExactly | Qt::MatchRecursive)
                                      .value(0);
        const QVariant stat = index.data(ZNodeTreeModel::StatRole);
        return stat.canConvert<ZkStat>() ? stat.value<ZkStat>().ephemeralOwner : qint64(-1);
    };
    for (const QString &path : ephemerals)
        QTRY_COMPARE_WITH_TIMEOUT(ownerOf(path), oldId, kTimeoutMs);
    QSignalSpy expired(session, &ZkSession::sessionExpired);
    // The takeover races the client's own reconnect: repeat until the server expired it. A
    // later takeover that cannot attach means the session is already gone (the client may be
    // waiting out its reconnect delay before it hears so).
    for (int attempt = 0; attempt < 5 && expired.isEmpty(); ++attempt) {
        const bool tookOver = TestUtil::expireSession(server->connectString(), oldId, password);
        QVERIFY2(tookOver || attempt > 0, "the takeover client did not connect");
        expired.wait(10000);
    }
    QCOMPARE(expired.size(), 1);
    QCOMPARE(notices->notice(), SessionNotices::Notice::Expired);
    QVERIFY(notices->isVisible());
    const QString oldText = StatFormat::formatSessionId(oldId);
    QVERIFY2(notices->text().contains(oldText), qPrintable(notices->text()));

    QTRY_VERIFY_WITH_TIMEOUT(session->isConnected() && session->sessionId() != oldId, kTimeoutMs);
    const QString newText = StatFormat::formatSessionId(session->sessionId());
    QTRY_VERIFY_WITH_TIMEOUT(notices->text().contains(newText), kTimeoutMs);
    const QString text = notices->text();
    QVERIFY2(text.contains(u"The session %1 expired at "_s.arg(oldText)), qPrintable(text));
    QVERIFY2(text.contains(u"a new session %1 was opened"_s.arg(newText)), qPrintable(text));
    QVERIFY2(text.contains(u"Ephemeral nodes created by the old session are gone. Lost: "
                           "/notices-eph/lock-1, /notices-eph/worker-%2."_s),
             qPrintable(text));
    QCOMPARE(window.findChild<QLabel *>(u"sessionNoticeText"_s)->textFormat(), Qt::PlainText);
    QVERIFY(notices->isVisible()); // stays until dismissed, unlike a status-bar line
    // The tree is shown again for the new session.
    QTRY_COMPARE_WITH_TIMEOUT(window.treeView()->model()->rowCount(), 1, kTimeoutMs);
    window.resize(1280, 800);
    QTreeView *tree = window.treeView();
    tree->expand(tree->model()->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount(tree->model()->index(0, 0)) > 0, kTimeoutMs);
    screenshot(&window, u"session-expired.png"_s);
}

void TestSessionNotices::unreachableServerShowsCountdown()
{
    AppController controller;
    ConnectionView window(&controller);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *notices = window.findChild<SessionNotices *>();
    QVERIFY(notices);

    // The app asks the session to keep retrying after a connect timeout.
    QVERIFY(controller.connectTo(u"127.0.0.1:1"_s, false).isOk());
    QVERIFY(controller.session()->options().retryAfterConnectTimeout);
    controller.disconnectFromServer();

    // The same through the session with a short connect timeout, to keep the test short.
    ZkSession *session = controller.session();
    SessionOptions options = session->options();
    options.connectTimeoutMs = 800;
    QSignalSpy retries(session, &ZkSession::retryScheduled);
    QVERIFY(session->open(options).isOk());
    QVERIFY(retries.wait(15000));
    QCOMPARE(notices->notice(), SessionNotices::Notice::RetryCountdown);
    QVERIFY(notices->isVisible());
    QVERIFY2(notices->statusText().startsWith(u"no server answered; retrying in "_s),
             qPrintable(notices->statusText()));
    QVERIFY2(notices->text().contains(u"127.0.0.1:1"_s), qPrintable(notices->text()));
    QVERIFY(notices->retryNowButton()->isVisible());
    QVERIFY(notices->cancelButton()->isVisible());
    // It counts down.
    const QString first = notices->statusText();
    QTRY_VERIFY_WITH_TIMEOUT(notices->statusText() != first, 5000);
    QVERIFY2(notices->statusText().startsWith(u"no server answered; retrying in "_s),
             qPrintable(notices->statusText()));

    // Retry now: a new attempt at once, which times out and schedules the next retry.
    QTest::mouseClick(notices->retryNowButton(), Qt::LeftButton);
    QCOMPARE(session->state(), SessionState::Connecting);
    QVERIFY2(notices->statusText().contains(u"trying again"_s), qPrintable(notices->statusText()));
    QVERIFY(retries.wait(15000));
    QCOMPARE(notices->notice(), SessionNotices::Notice::RetryCountdown);

    // Cancel: no more retries, the banner goes.
    QTest::mouseClick(notices->cancelButton(), Qt::LeftButton);
    QCOMPARE(session->state(), SessionState::Closed);
    QCOMPARE(session->retryRemainingMs(), -1);
    QCOMPARE(notices->notice(), SessionNotices::Notice::None);
    QVERIFY(!notices->isVisible());
    QVERIFY(notices->statusText().isEmpty());
}

QTEST_MAIN(TestSessionNotices)
#include "tst_ui_sessionnotices.moc"
