// Credentials of every scheme (digest, ip, sasl, x509, a custom one) appear in no widget text,
// tooltip, window title, log line, watch-log entry or settings file, during a connect with
// credentials, an authentication failure and a NoAuth refusal: everything a person or a log
// file could see is scanned for the secret strings.

#include "acl/zkdigest.h"
#include "appcontroller.h"
#include "connectionview.h"
#include "sandbox/sandboxserver.h"
#include "session/authdialog.h"
#include "session/connectionbar.h"
#include "watchlog/watchlogdock.h"
#include "zktestutil.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMutex>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 30000;

const QStringList kSecrets = {u"Pw-digest-5ecret"_s, u"IP-5ecret-creds"_s, u"SASL-5ecret-token"_s,
                              u"X509-5ecret-key"_s, u"Custom-5ecret-token"_s};

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    if (g_previous) g_previous(type, context, message);
}

/// Every string a person can see in the application's windows, or read in its model views.
QStringList visibleTexts()
{
    QStringList texts;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets << top;
        for (QWidget *w : widgets) {
            texts << w->windowTitle() << w->toolTip() << w->statusTip() << w->whatsThis();
            if (auto *label = qobject_cast<QLabel *>(w)) texts << label->text();
            if (auto *button = qobject_cast<QAbstractButton *>(w)) texts << button->text();
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                texts << edit->text() << edit->placeholderText();
            if (auto *combo = qobject_cast<QComboBox *>(w))
                for (int i = 0; i < combo->count(); ++i) texts << combo->itemText(i);
            if (auto *edit = qobject_cast<QPlainTextEdit *>(w)) texts << edit->toPlainText();
            if (auto *edit = qobject_cast<QTextEdit *>(w)) texts << edit->toPlainText();
            for (QAction *action : w->actions())
                texts << action->text() << action->toolTip() << action->statusTip();
            if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
                QList<QModelIndex> pending{QModelIndex()};
                while (!pending.isEmpty()) {
                    const QModelIndex parent = pending.takeLast();
                    const QAbstractItemModel *model = view->model();
                    for (int r = 0; r < model->rowCount(parent); ++r) {
                        for (int c = 0; c < model->columnCount(parent); ++c) {
                            const QModelIndex i = model->index(r, c, parent);
                            texts << i.data().toString() << i.data(Qt::ToolTipRole).toString();
                        }
                        pending << model->index(r, 0, parent);
                    }
                }
            }
        }
    }
    for (QAction *action : qApp->findChildren<QAction *>())
        texts << action->text() << action->toolTip();
    return texts;
}

/// The secrets found in `texts` (with where), empty when none.
QStringList leaks(const QStringList &texts, const QString &where)
{
    QStringList found;
    for (const QString &text : texts)
        for (const QString &secret : kSecrets)
            if (text.contains(secret))
                found << u"%1: %2 in \"%3\""_s.arg(where, secret, text.left(200));
    return found;
}

QStringList everywhere()
{
    QStringList found = leaks(visibleTexts(), u"widget"_s);
    {
        QMutexLocker lock(&g_logMutex);
        found << leaks(g_log, u"log"_s);
    }
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly))
        found << leaks({QString::fromUtf8(file.readAll())}, u"settings file"_s);
    return found;
}
} // namespace

class TestCredentials final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void acceptedCredentialsAndNoAuth();
    void rejectedCredentials();

private:
    bool connectWith(ConnectionView &window, const QList<ZkAuthEntry> &auth);

    std::unique_ptr<ZkSession> m_session;
    QString m_connectString;
};

void TestCredentials::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"zkdesk-tests"_s);
    QCoreApplication::setApplicationName(u"tst_ui_credentials"_s);
    QSettings().clear();
    QLoggingCategory::setFilterRules(u"zkdesk.*.debug=true"_s); // every line zkdesk logs
    g_previous = qInstallMessageHandler(captureLog);
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY2(server, "the sandbox ZooKeeper server did not start");
    m_connectString = server->connectString();
    // The helper is alice with the other password: it may read (and clean up) /creds/locked.
    SessionOptions helper;
    helper.auth = {{u"digest"_s, "alice:other"}};
    m_session = TestUtil::connect(m_connectString, kTimeoutMs, helper);
    QVERIFY(m_session);
    QVERIFY(TestUtil::deleteTree(*m_session, u"/creds"_s));
    QVERIFY(TestUtil::createNodes(*m_session, {{u"/creds"_s, {}}}));
    // Readable by alice with another password only: this session's digest gets ZNOAUTH.
    bool created = false;
    m_session->create(u"/creds/locked"_s, "x", CreateMode::Persistent,
                      {{u"digest"_s, ZkDigest::digestId(u"alice"_s, u"other"_s), ZkPerm::All}},
                      this, [&](const CreateReply &reply) {
                          QVERIFY(reply.error.isOk());
                          created = true;
                      });
    QTRY_VERIFY_WITH_TIMEOUT(created, kTimeoutMs);
}

void TestCredentials::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
    if (m_session) TestUtil::deleteTree(*m_session, u"/creds"_s);
}

bool TestCredentials::connectWith(ConnectionView &window, const QList<ZkAuthEntry> &auth)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) return false;
    window.connectionBar()->setText(m_connectString);
    window.connectionBar()->setAuthEntries(m_connectString, auth);
    window.connectTo(m_connectString, false);
    return true;
}

void TestCredentials::acceptedCredentialsAndNoAuth()
{
    {
        AppController controller;
        ConnectionView window(&controller);
        QVERIFY(connectWith(
            window,
            {{u"digest"_s, "alice:" + kSecrets[0].toUtf8()}, {u"ip"_s, kSecrets[1].toUtf8()}}));
        QTRY_VERIFY_WITH_TIMEOUT(window.currentPath() == u"/"_s, kTimeoutMs);
        auto *authStatus = window.findChild<QLabel *>(u"statusAuth"_s);
        QVERIFY(authStatus);
        QTRY_VERIFY_WITH_TIMEOUT(authStatus->text().contains(u"digest:alice"_s), kTimeoutMs);
        QVERIFY2(authStatus->text().contains(u"ip (credentials hidden)"_s),
                 qPrintable(authStatus->text()));
        QVERIFY2(window.connectionBar()->authAction()->text().contains(u"digest:alice"_s),
                 qPrintable(window.connectionBar()->authAction()->text()));

        // ZNOAUTH: the data of /creds/locked is refused and explained.
        window.selectPath(u"/creds/locked"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window.currentPath() == u"/creds/locked"_s, kTimeoutMs);
        auto *message = window.findChild<QLabel *>(u"statusMessage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            message->text().contains(u"ZNOAUTH"_s)
                || message->text().contains(u"not authori"_s, Qt::CaseInsensitive),
            kTimeoutMs);

        // The Auth… dialog lists the entries without their secrets, and says they travel
        // unencrypted.
        window.connectionBar()->authAction()->trigger();
        AuthDialog *dialog = window.connectionBar()->findChild<AuthDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->list()->count(), 2);
        QCOMPARE(dialog->list()->item(0)->text(), u"digest:alice"_s);
        QCOMPARE(dialog->list()->item(1)->text(), u"ip (credentials hidden)"_s);
        auto *warning = dialog->findChild<QLabel *>(u"authPlaintextWarning"_s);
        QVERIFY(warning && warning->isVisible());
        QVERIFY(warning->text().contains(u"not encrypted"_s));
        const QStringList found = everywhere();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        dialog->reject();
    }
    // The watch log of that window is gone with it; the log and settings are not.
    const QStringList found = everywhere();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestCredentials::rejectedCredentials()
{
    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(connectWith(window,
                        {{u"sasl"_s, kSecrets[2].toUtf8()},
                         {u"x509"_s, kSecrets[3].toUtf8()},
                         {u"custom"_s, kSecrets[4].toUtf8()}}));
    QTRY_COMPARE_WITH_TIMEOUT(controller.session()->state(), SessionState::AuthFailed, kTimeoutMs);
    // The failure is shown (banner, status): by scheme, never by credential.
    auto *message = window.findChild<QLabel *>(u"statusMessage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"Authentication failed"_s), kTimeoutMs);
    QVERIFY2(
        window.connectionBar()->authAction()->text().contains(u"custom (credentials hidden)"_s),
        qPrintable(window.connectionBar()->authAction()->text()));
    // The watch log recorded the session's states.
    QTRY_VERIFY_WITH_TIMEOUT(window.watchLogDock()->table()->model()->rowCount() > 0, kTimeoutMs);
    const QStringList found = everywhere();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

QTEST_MAIN(TestCredentials)
#include "tst_ui_credentials.moc"
