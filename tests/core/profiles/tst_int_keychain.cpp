// SecretStore against a REAL Secret Service: gnome-keyring-daemon on a private D-Bus session,
// started by tests/support/with-keyring.sh (CTest runs this executable through it twice: with a
// keyring, and with ZKDESK_NO_KEYRING=1 on a bus where no Secret Service exists).
#include "profiles/connectionprofile.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

namespace {

const QString kService = QStringLiteral("zkdesk-test");

bool noKeyringMode() { return qEnvironmentVariable("ZKDESK_NO_KEYRING") == QLatin1String("1"); }

struct ReadResult
{
    bool done = false;
    std::optional<QByteArray> secret;
    QString error;
};

ReadResult readSecret(SecretStore &store, const QString &key)
{
    ReadResult result;
    store.read(key, [&](std::optional<QByteArray> secret, QString error) {
        result = {true, std::move(secret), std::move(error)};
    });
    if (!QTest::qWaitFor([&] { return result.done; }, 20000)) qWarning("keychain read timed out");
    return result;
}

QString writeSecret(SecretStore &store, const QString &key, const QByteArray &secret)
{
    bool done = false;
    QString error;
    store.write(key, secret, [&](QString e) {
        done = true;
        error = std::move(e);
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000)) return QStringLiteral("write timed out");
    return error;
}

/// Every file under `root` that contains `needle`.
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) hits << f.fileName();
    }
    return hits;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void secretsLiveInTheKeyring()
    {
        if (noKeyringMode()) QSKIP("the keyring registration of this test covers it");
        SecretStore store(kService);
        const QByteArray secret = "alice:s3cr3t-\xc3\xa4-\x01";
        const QString key = SecretStore::keyFor(QStringLiteral("p-1"), QStringLiteral("auth/0"));
        QCOMPARE(writeSecret(store, key, secret), QString());
        QVERIFY(store.keychainAvailable());

        // Read back through a new store (nothing cached in memory) ...
        SecretStore fresh(kService);
        const ReadResult read = readSecret(fresh, key);
        QVERIFY(read.done);
        QCOMPARE(read.error, QString());
        QCOMPARE(read.secret.value_or(QByteArray()), secret);
        // ... and straight from the Secret Service with libsecret's own tool.
        QProcess lookup;
        lookup.start(
            QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), key});
        QVERIFY(lookup.waitForFinished(20000));
        const QByteArray found = lookup.readAllStandardOutput() + lookup.readAllStandardError();
        QVERIFY2(found.contains(key.toUtf8()), found.constData());
        QVERIFY2(found.contains(kService.toUtf8()), found.constData());

        QCOMPARE(readSecret(fresh, QStringLiteral("p-1/none")).secret, std::nullopt);
        bool removed = false;
        fresh.remove(key, [&](const QString &error) { removed = error.isEmpty(); });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
        QCOMPARE(readSecret(fresh, key).secret, std::nullopt);
    }

    void savedProfileKeepsItsPasswordOutOfTheFile()
    {
        if (noKeyringMode()) QSKIP("the keyring registration of this test covers it");
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(QStringLiteral("profiles.ini")));
        ConnectionProfile p =
            ConnectionProfile::create(QStringLiteral("prod"), QStringLiteral("zk:2181"));
        p.auth = {{QStringLiteral("digest"), QStringLiteral("bob"), QStringLiteral("auth/0")}};
        QVERIFY(profiles.upsert(p));
        QVERIFY(profiles.save());
        SecretStore store(kService);
        const QByteArray password = "bob:pa55-unique-7f3e";
        QCOMPARE(writeSecret(store, SecretStore::keyFor(p.id, QStringLiteral("auth/0")), password),
                 QString());
        QCOMPARE(filesContaining(dir.path(), "pa55-unique-7f3e"), QStringList());
        QCOMPARE(readSecret(store, SecretStore::keyFor(p.id, QStringLiteral("auth/0")))
                     .secret.value_or(""),
                 password);
    }

    void withoutKeyringSecretsStayInMemory()
    {
        if (!noKeyringMode()) QSKIP("runs in the ZKDESK_NO_KEYRING=1 registration of this test");
        SecretStore store(kService);
        QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
        const QString key = SecretStore::keyFor(QStringLiteral("p-2"), QStringLiteral("auth/0"));
        const QByteArray secret = "carol:memory-only-91ab";
        QCOMPARE(writeSecret(store, key, secret), QString());
        QCOMPARE(unavailable.size(), 1);
        QVERIFY(!store.keychainAvailable());
        QVERIFY(unavailable.first().first().toString().contains(QLatin1String("memory")));
        QCOMPARE(readSecret(store, key).secret.value_or(""), secret);
        // Said once, not per call.
        QCOMPARE(writeSecret(store, QStringLiteral("p-2/auth/1"), "x"), QString());
        QCOMPARE(unavailable.size(), 1);
        // Another run of the app (a new store) has nothing: it asks at connect time.
        SecretStore nextRun(kService);
        QCOMPARE(readSecret(nextRun, key).secret, std::nullopt);
        QVERIFY(!nextRun.keychainAvailable());
        // Nothing reached the disk (the wrapper's HOME holds every file this run wrote).
        QCOMPARE(filesContaining(qEnvironmentVariable("HOME"), "memory-only-91ab"), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_int_keychain.moc"
