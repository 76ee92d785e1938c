// Connection profiles: validation, the INI store (round trip of every field, damaged files,
// newer schemas, no secrets on disk) and the importers of other tools' connection lists.
#include "profiles/connectionprofile.h"
#include "profiles/profileimport.h"
#include "profiles/profilestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {

ConnectionProfile fullProfile()
{
    ConnectionProfile p = ConnectionProfile::create(QStringLiteral("prod-eu"),
                                                    QStringLiteral("zk1:2181,[::1]:2182/kafka"));
    p.sessionTimeoutMs = 15000;
    p.connectTimeoutMs = 4000;
    p.readOnly = true;
    p.environment = ProfileEnvironment::Production;
    p.color = QStringLiteral("#aa0000");
    p.auth = {{QStringLiteral("digest"), QStringLiteral("alice"), QStringLiteral("auth/0")},
              {QStringLiteral("custom"), QString(), QStringLiteral("auth/1")}};
    p.startPath = QStringLiteral("/brokers/topics");
    p.notes = QStringLiteral("on-call: #kafka-ops\nsecond line, = and ; and \"quotes\"");
    p.tls = {.enabled = true,
             .caFile = QStringLiteral("/etc/ssl/ca.pem"),
             .certFile = QStringLiteral("/etc/ssl/me.pem"),
             .keyFile = QStringLiteral("/etc/ssl/me.key"),
             .keyPasswordKey = QStringLiteral("tls/keyPassword"),
             .pinnedSha256 = {}};
    p.sasl = {.mechanism = QStringLiteral("GSSAPI"),
              .user = QStringLiteral("zkadmin"),
              .service = QStringLiteral("zookeeper"),
              .host = QStringLiteral("zk1.example.com"),
              .realm = {},
              .passwordKey = {}};
    return p;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private slots:
    void validationNamesEveryProblem()
    {
        ConnectionProfile p = ConnectionProfile::create(QString(), QStringLiteral("zk1:99999"));
        p.sessionTimeoutMs = 10;
        p.color = QStringLiteral("red");
        p.startPath = QStringLiteral("/a//b");
        p.tls.enabled = true;
        p.tls.certFile = QStringLiteral("/tmp/a,b.pem");
        const QStringList problems = p.validate();
        const QString all = problems.join(u'\n');
        QVERIFY2(all.contains(QLatin1String("name")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("99999")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("session timeout")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("#rrggbb")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("Start path")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("CA bundle")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("comma")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("needs its key")), qPrintable(all));
        QVERIFY(ConnectionProfile::create(QStringLiteral("ok"), QStringLiteral("zk:2181"))
                    .validate()
                    .isEmpty());
    }

    void productionOpensReadOnly()
    {
        ConnectionProfile p = ConnectionProfile::create(QStringLiteral("p"), QStringLiteral("zk"));
        QVERIFY(!p.toSessionOptions({}).readOnly);
        p.environment = ProfileEnvironment::Production;
        QVERIFY(p.opensReadOnly());
        QVERIFY(p.toSessionOptions({}).readOnly);
        QCOMPARE(p.effectiveColor(), QStringLiteral("#c62828"));
        p.color = QStringLiteral("#123456");
        QCOMPARE(p.effectiveColor(), QStringLiteral("#123456"));
    }

    void storeRoundTripsEveryField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/profiles.ini"));
        ProfileStore store(path);
        const ConnectionProfile p = fullProfile();
        ConnectionProfile other =
            ConnectionProfile::create(QStringLiteral("dev"), QStringLiteral("127.0.0.1:2181"));
        QVERIFY(store.upsert(p));
        QVERIFY(store.upsert(other));
        QString error;
        QVERIFY2(store.save(&error), qPrintable(error));

        ProfileStore again(path);
        const ProfileLoadReport report = again.load();
        QVERIFY(report.skipped.isEmpty());
        QVERIFY(report.fatalError.isEmpty());
        QCOMPARE(again.profiles().size(), 2);
        QCOMPARE(*again.find(p.id), p);
        QCOMPARE(*again.find(other.id), other);
        QVERIFY(readAll(path).contains("schemaVersion=1"));
    }

    void namesStayUnique()
    {
        ProfileStore store(QStringLiteral("/nonexistent/profiles.ini"));
        const ConnectionProfile a =
            ConnectionProfile::create(QStringLiteral("prod"), QStringLiteral("zk"));
        QVERIFY(store.upsert(a));
        QString error;
        QVERIFY(!store.upsert(
            ConnectionProfile::create(QStringLiteral("PROD"), QStringLiteral("zk")), &error));
        QVERIFY(error.contains(QLatin1String("exists already")));
        const ConnectionProfile copy = store.duplicate(a.id);
        QCOMPARE(copy.name, QStringLiteral("prod (copy)"));
        QVERIFY(copy.id != a.id);
        QCOMPARE(copy.connectString, a.connectString);
        QVERIFY(store.upsert(copy));
        QCOMPARE(store.duplicate(a.id).name, QStringLiteral("prod (copy) (2)"));
        QVERIFY(store.remove(a.id));
        QVERIFY(!store.find(a.id));
    }

    void damagedEntriesAreReportedAndBackedUp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.ini"));
        writeFile(path,
                  "schemaVersion=1\n"
                  "[profiles]\n"
                  "good\\name=staging\ngood\\connectString=zk:2181,zk2:2181/app\n"
                  "good\\sessionTimeoutMs=lots\ngood\\environment=moon\n"
                  "nameless\\connectString=zk2:2181\n");
        ProfileStore store(path);
        const ProfileLoadReport report = store.load();
        QCOMPARE(store.profiles().size(), 1);
        const ConnectionProfile &p = store.profiles().first();
        QCOMPARE(p.name, QStringLiteral("staging"));
        // Hand-edited: an unquoted value with commas, which QSettings reads as a list.
        QCOMPARE(p.connectString, QStringLiteral("zk:2181,zk2:2181/app"));
        QCOMPARE(p.sessionTimeoutMs, 30000);
        QCOMPARE(p.environment, ProfileEnvironment::None);
        QCOMPARE(report.skipped.size(), 3);
        QVERIFY(report.skipped.join(u' ').contains(QLatin1String("nameless")));
        QVERIFY(!report.backupPath.isEmpty());
        QVERIFY(readAll(report.backupPath).contains("nameless"));
    }

    void newerSchemaIsLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.ini"));
        const QByteArray original =
            "schemaVersion=7\n[profiles]\nx\\name=future\nx\\connectString=zk\n";
        writeFile(path, original);
        ProfileStore store(path);
        const ProfileLoadReport report = store.load();
        QVERIFY(report.readOnly);
        QVERIFY(report.fatalError.contains(QLatin1String("newer")));
        QCOMPARE(store.profiles().size(), 1);
        QString error;
        QVERIFY(!store.save(&error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(readAll(path), original);
    }

    void prettyZooImport()
    {
        const QByteArray cfg = R"({"servers":[
            {"id":"1","host":"127.0.0.1","port":2181,"alias":"local","aclList":["digest:bob:pw1","ip:10.0.0.1"],
             "connectionConfig":{"sessionTimeout":6000,"connectionTimeout":3000},"sshTunnelEnabled":true},
            {"host":"zk-a:2181,zk-b:2182","port":2181,"alias":"ensemble","aclList":[]},
            {"host":"bad host!","port":2181,"alias":"broken"}]})";
        const ProfileImport result = ProfileImporter::fromPrettyZoo(cfg);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.profiles.size(), 2);
        const ConnectionProfile &local = result.profiles[0];
        QCOMPARE(local.name, QStringLiteral("local"));
        QCOMPARE(local.connectString, QStringLiteral("127.0.0.1:2181"));
        QCOMPARE(local.sessionTimeoutMs, 6000);
        QCOMPARE(local.connectTimeoutMs, 3000);
        QCOMPARE(local.auth.size(), 2);
        QCOMPARE(local.auth[0].scheme, QStringLiteral("digest"));
        QCOMPARE(local.auth[0].identity, QStringLiteral("bob"));
        QCOMPARE(result.secrets.size(), 2);
        QCOMPARE(result.secrets[0].secret, QByteArray("bob:pw1"));
        QCOMPARE(result.secrets[1].secret, QByteArray("10.0.0.1"));
        QCOMPARE(result.profiles[1].connectString, QStringLiteral("zk-a:2181,zk-b:2182"));
        const QString skipped = result.skipped.join(u'\n');
        QVERIFY2(skipped.contains(QLatin1String("broken")), qPrintable(skipped));
        QVERIFY2(skipped.contains(QLatin1String("SSH tunnel")), qPrintable(skipped));
        QVERIFY(!ProfileImporter::fromPrettyZoo("{\"nothing\":1}").ok());
        QVERIFY(!ProfileImporter::fromPrettyZoo("{not json").ok());
    }

    void zooInspectorImport()
    {
        const QByteArray props = "#Default connection for ZooInspector\n"
                                 "hosts=zk1\\:2181,zk2\\:2181/app\n"
                                 "timeout = 7000\n"
                                 "encryptionManager=org.apache.zookeeper.inspector.encryption."
                                 "BasicDataEncryptionManager\n"
                                 "authScheme=digest\n"
                                 "authData=carol\\:p\\u00e4ss\n";
        const ProfileImport result = ProfileImporter::fromZooInspector(props);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.profiles.size(), 1);
        QCOMPARE(result.profiles[0].connectString, QStringLiteral("zk1:2181,zk2:2181/app"));
        QCOMPARE(result.profiles[0].sessionTimeoutMs, 7000);
        QCOMPARE(result.profiles[0].auth.value(0).identity, QStringLiteral("carol"));
        QCOMPARE(result.secrets.value(0).secret, QStringLiteral("carol:päss").toUtf8());
        QVERIFY(!ProfileImporter::fromZooInspector("timeout=1\n").ok());
    }

    void zkdeskExportCarriesNoSecrets()
    {
        const ConnectionProfile p = fullProfile();
        const QByteArray json = ProfileImporter::toZkdeskJson({p});
        QVERIFY(json.contains("\"alice\""));
        const ProfileImport back = ProfileImporter::fromZkdeskJson(json);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.profiles.size(), 1);
        ConnectionProfile imported = back.profiles[0];
        QVERIFY(imported.id != p.id);
        imported.id = p.id;
        // Keychain keys are local to the machine that made them and are not exported.
        ConnectionProfile expected = p;
        expected.tls.keyPasswordKey.clear();
        QCOMPARE(imported, expected);
        QVERIFY(back.secrets.isEmpty());
    }

    void fileFormatIsRecognisedByContent()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("download (1)"));
        writeFile(a, ProfileImporter::toZkdeskJson({fullProfile()}));
        QCOMPARE(ProfileImporter::fromFile(a).format, QStringLiteral("zkdesk"));
        writeFile(a, R"({"servers":[{"host":"h","port":1}]})");
        QCOMPARE(ProfileImporter::fromFile(a).format, QStringLiteral("PrettyZoo"));
        writeFile(a, "hosts=h:2181\n");
        QCOMPARE(ProfileImporter::fromFile(a).format, QStringLiteral("ZooInspector"));
        writeFile(a, "zk1:2181\n\nzk2:2182\n");
        const ProfileImport history = ProfileImporter::fromFile(a);
        QCOMPARE(history.profiles.size(), 2);
        QVERIFY(!ProfileImporter::fromFile(dir.filePath(QStringLiteral("missing"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_unit_profiles.moc"
