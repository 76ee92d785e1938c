// The connection manager and profile editor against a real sandbox server and a real Secret
// Service (CTest runs this through tests/support/with-keyring.sh).
#include "appcontroller.h"
#include "connectionview.h"
#include "dashboard/dashboarddock.h"
#include "mainwindow.h"
#include "profiles/connectionmanagerdialog.h"
#include "profiles/connectiontester.h"
#include "profiles/environmentband.h"
#include "profiles/profileeditordialog.h"
#include "profiles/profileimport.h"
#include "profiles/profilelauncher.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "sandbox/sandboxserver.h"
#include "session/connectionbar.h"
#include "zktestutil.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

namespace {

const QString kService = QStringLiteral("zkdesk-ui-test");

std::optional<QByteArray> keychainRead(const QString &key)
{
    SecretStore store(kService);
    bool done = false;
    std::optional<QByteArray> result;
    store.read(key, [&](std::optional<QByteArray> secret, const QString &) {
        result = std::move(secret);
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000)) qWarning("keychain read timed out");
    return result;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestUiProfiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ConnectionManagerDialog> m_dialog;

    QString iniPath() const { return m_dir.filePath(QStringLiteral("profiles.ini")); }

private slots:
    void init()
    {
        QFile::remove(iniPath());
        m_store = std::make_unique<ProfileStore>(iniPath());
        m_secrets = std::make_unique<SecretStore>(kService);
        m_dialog = std::make_unique<ConnectionManagerDialog>(*m_store, *m_secrets);
    }
    void cleanup()
    {
        m_dialog.reset();
        m_secrets.reset();
        m_store.reset();
    }

    void savedPasswordGoesToTheKeyringOnly()
    {
        ConnectionProfile p =
            ConnectionProfile::create(QStringLiteral("prod"), QStringLiteral("zk:2181"));
        p.auth = {{QStringLiteral("digest"), QStringLiteral("alice"), QStringLiteral("auth/0")}};
        m_dialog->saveProfile(p, {{QStringLiteral("auth/0"), "alice:Pw-5150-unique"}});
        QCOMPARE(m_dialog->list()->count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(keychainRead(SecretStore::keyFor(p.id, QStringLiteral("auth/0"))),
                                  std::optional<QByteArray>("alice:Pw-5150-unique"), 20000);
        const QByteArray ini = fileBytes(iniPath());
        QVERIFY(ini.contains("alice"));
        QVERIFY(!ini.contains("Pw-5150-unique"));
        QVERIFY(!m_dialog->detailsLabel()->text().contains(QLatin1String("Pw-5150")));

        // Delete takes the keychain entry with it.
        m_dialog->deleteProfile(p.id, false);
        QCOMPARE(m_dialog->list()->count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(keychainRead(SecretStore::keyFor(p.id, QStringLiteral("auth/0"))),
                                  std::nullopt, 20000);
        QVERIFY(!fileBytes(iniPath()).contains("prod"));
    }

    void testConnectionReportsServerAndLatency()
    {
        SandboxServer *server = TestUtil::sharedServer();
        QVERIFY(server);
        const ConnectionProfile p =
            ConnectionProfile::create(QStringLiteral("sandbox"), server->connectString());
        m_dialog->saveProfile(p, {});
        QSignalSpy finished(m_dialog.get(), &ConnectionManagerDialog::testFinished);
        m_dialog->testProfile(p.id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const auto result = finished.first().first().value<ConnectionTestResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(server->connectString().contains(result.server.section(u':', -1)));
        QVERIFY(result.connectMs >= 0);
        QVERIFY(result.latencyMinMs > 0 && result.latencyAvgMs >= result.latencyMinMs);
        const QString status = m_dialog->statusLabel()->text();
        QVERIFY2(status.contains(result.server) && status.contains(QLatin1String("Disconnected")),
                 qPrintable(status));
    }

    void testConnectionReportsARefusedPort()
    {
        const ConnectionProfile p =
            ConnectionProfile::create(QStringLiteral("nothing"), QStringLiteral("127.0.0.1:1"));
        ConnectionProfile quick = p;
        quick.connectTimeoutMs = 3000;
        m_dialog->saveProfile(quick, {});
        QSignalSpy finished(m_dialog.get(), &ConnectionManagerDialog::testFinished);
        m_dialog->testProfile(p.id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const auto result = finished.first().first().value<ConnectionTestResult>();
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(m_dialog->statusLabel()->text().startsWith(QLatin1String("Test failed")));
    }

    void duplicateCopiesTheSecret()
    {
        ConnectionProfile p =
            ConnectionProfile::create(QStringLiteral("stage"), QStringLiteral("zk:2181"));
        p.auth = {{QStringLiteral("digest"), QStringLiteral("bob"), QStringLiteral("auth/0")}};
        m_dialog->saveProfile(p, {{QStringLiteral("auth/0"), "bob:dup-secret"}});
        QTRY_VERIFY_WITH_TIMEOUT(
            keychainRead(SecretStore::keyFor(p.id, QStringLiteral("auth/0"))).has_value(), 20000);
        m_dialog->duplicateProfile(p.id);
        QCOMPARE(m_store->profiles().size(), 2);
        const ConnectionProfile *copy = m_store->findByName(QStringLiteral("stage (copy)"));
        QVERIFY(copy);
        QTRY_COMPARE_WITH_TIMEOUT(
            keychainRead(SecretStore::keyFor(copy->id, QStringLiteral("auth/0"))),
            std::optional<QByteArray>("bob:dup-secret"), 20000);
    }

    void importAndExport()
    {
        const QString cfg = m_dir.filePath(QStringLiteral("prettyZoo.cfg"));
        QFile f(cfg);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"servers":[{"host":"10.1.2.3","port":2181,"alias":"kafka-prod","aclList":["digest:ops:imp0rted"]},
                               {"host":"bad host","port":2181,"alias":"broken"}]})");
        f.close();
        m_dialog->importFile(cfg);
        const QString status = m_dialog->statusLabel()->text();
        QVERIFY2(status.contains(QLatin1String("Imported 1 connection")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("broken")), qPrintable(status));
        const ConnectionProfile *p = m_store->findByName(QStringLiteral("kafka-prod"));
        QVERIFY(p);
        QTRY_COMPARE_WITH_TIMEOUT(
            keychainRead(SecretStore::keyFor(p->id, p->auth.value(0).secretKey)),
            std::optional<QByteArray>("ops:imp0rted"), 20000);
        QVERIFY(!fileBytes(iniPath()).contains("imp0rted"));

        const QString out = m_dir.filePath(QStringLiteral("export.json"));
        QVERIFY(m_dialog->exportFile(out));
        const QByteArray exported = fileBytes(out);
        QVERIFY(exported.contains("kafka-prod"));
        QVERIFY(!exported.contains("imp0rted"));
        QCOMPARE(ProfileImporter::fromZkdeskJson(exported).profiles.size(), 1);
    }

    void filterAndNaturalOrder()
    {
        for (const char *name : {"prod-10", "prod-9", "dev"})
            m_dialog->saveProfile(
                ConnectionProfile::create(QString::fromLatin1(name), QStringLiteral("zk")), {});
        QCOMPARE(m_dialog->list()->item(0)->text(), QStringLiteral("dev"));
        QCOMPARE(m_dialog->list()->item(1)->text(), QStringLiteral("prod-9"));
        QCOMPARE(m_dialog->list()->item(2)->text(), QStringLiteral("prod-10"));
        m_dialog->filterEdit()->setText(QStringLiteral("PROD"));
        QCOMPARE(m_dialog->list()->count(), 2);
    }

    // A production profile through the window: --profile's path. Opens read-only with the
    // band, its keychain password is sent, writes are refused until unlocked, then allowed.
    void productionProfileOpensReadOnlyUntilUnlocked()
    {
        SandboxServer *server = TestUtil::sharedServer();
        QVERIFY(server);
        MainWindow window;
        QVERIFY(window.menuBar()->actions().first()->text().contains(QLatin1String("File")));
        ProfileLauncher *launcher = window.profileLauncher();
        ConnectionProfile p =
            ConnectionProfile::create(QStringLiteral("prod-eu"), server->connectString());
        p.environment = ProfileEnvironment::Production;
        p.auth = {{QStringLiteral("digest"), QStringLiteral("alice"), QStringLiteral("auth/0")}};
        p.startPath = QStringLiteral("/zookeeper");
        p.adminPort = 8123;
        QVERIFY(launcher->profiles().upsert(p));
        QVERIFY(launcher->profiles().save());
        bool written = false;
        launcher->secrets().write(SecretStore::keyFor(p.id, QStringLiteral("auth/0")),
                                  "alice:band-pw",
                                  [&](const QString &e) { written = e.isEmpty(); });
        QTRY_VERIFY_WITH_TIMEOUT(written, 20000);

        QVERIFY(!window.launchProfile(QStringLiteral("no-such-profile")));
        QVERIFY(window.launchProfile(QStringLiteral("PROD-EU")));
        QTRY_VERIFY_WITH_TIMEOUT(window.currentView(), 20000);
        ConnectionView *view = window.currentView();
        ZkSession *session = view->controller()->session();
        QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 30000);
        QVERIFY(session->options().readOnly);
        // The auth entry's completion arrives after the handshake.
        QTRY_VERIFY_WITH_TIMEOUT(session->identities().contains(QStringLiteral("digest:alice")),
                                 20000);
        // The profile's AdminServer port is the one the dashboard polls.
        QCOMPARE(view->findChild<DashboardDock *>()->adminPort(), 8123);
        EnvironmentBand *band = view->environmentBand();
        QVERIFY(band->isVisibleTo(&window));
        QVERIFY2(band->label()->text().contains(QLatin1String("PRODUCTION: prod-eu (read-only)")),
                 qPrintable(band->label()->text()));
        QVERIFY(band->unlockButton()->isVisibleTo(&window));
        QVERIFY(window.windowTitle().contains(QLatin1String("prod-eu")));
        QVERIFY(view->connectionBar()->readOnly());

        const auto tryCreate = [&](const QString &path) {
            std::optional<ZkError> outcome;
            session->create(path, "x", CreateMode::Ephemeral, ZkAclPresets::open(), this,
                            [&](const CreateReply &reply) { outcome = reply.error; });
            if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
                return ZkError::make(ZkCode::OperationTimeout, QStringLiteral("no reply in 20 s"));
            return *outcome;
        };
        QCOMPARE(tryCreate(QStringLiteral("/profile-band-1")).code, ZkCode::NotReadOnly);

        emit band->writesUnlockRequested(); // what the confirmed "Unlock writes…" sends
        QVERIFY(!session->options().readOnly);
        QVERIFY(band->label()->text().contains(QLatin1String("writes allowed")));
        QVERIFY(!band->unlockButton()->isVisibleTo(&window));
        const ZkError created = tryCreate(QStringLiteral("/profile-band-2"));
        QVERIFY2(created.isOk(), qPrintable(created.toString()));

        // An ad-hoc connection in the same tab has no profile: the band goes.
        view->connectTo(server->connectString(), false);
        QVERIFY(!band->isVisibleTo(&window));
    }

    void editorRefusesABrokenProfile()
    {
        ProfileEditorDialog editor(
            ConnectionProfile::create(QStringLiteral("x"), QStringLiteral("zk:2181")),
            {QStringLiteral("taken")});
        editor.connectEdit()->setText(QStringLiteral("zk:99999"));
        editor.nameEdit()->setText(QStringLiteral("Taken"));
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        const QString problems = editor.problemsLabel()->text();
        QVERIFY2(problems.contains(QLatin1String("99999")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("Another connection")), qPrintable(problems));
        QCOMPARE(editor.problemsLabel()->textFormat(), Qt::PlainText);
    }

    void editorKeepsTheAdminServerPort()
    {
        ConnectionProfile original =
            ConnectionProfile::create(QStringLiteral("ops"), QStringLiteral("zk:2181"));
        original.adminPort = 9090;
        ProfileEditorDialog editor(original, {});
        QCOMPARE(editor.adminPortBox()->value(), 9090);
        editor.adminPortBox()->setValue(0); // off: the dashboard uses the four-letter words only
        QCOMPARE(editor.profile().adminPort, 0);
        editor.adminPortBox()->setValue(18080);
        const ConnectionProfile edited = editor.profile();
        QCOMPARE(edited.adminPort, 18080);

        ProfileStore store(m_dir.filePath(QStringLiteral("admin-port.ini")));
        QVERIFY(store.upsert(edited));
        QVERIFY(store.save());
        ProfileStore reread(m_dir.filePath(QStringLiteral("admin-port.ini")));
        reread.load();
        const ConnectionProfile *stored = reread.find(edited.id);
        QVERIFY(stored);
        QCOMPARE(stored->adminPort, 18080);
    }
};

QTEST_MAIN(TestUiProfiles)
#include "tst_ui_profiles.moc"
