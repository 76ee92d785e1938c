// TLS against real ZooKeeper servers (Netty, secureClientPort, PEM keystores made with openssl
// by SandboxTls): connect with a client certificate (x509 identity, an x509 ACL), with the CA
// only, and the failures the C client cannot explain, in words and fast: a wrong CA, a server
// certificate for another host, an expired one, a plain port, a comma in a path. A pinned
// fingerprint lets a certificate for another host through.

#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxtls.h"
#include "zk/zkclientinfo.h"
#include "zk/zktlsprobe.h"
#include "zktestutil.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTls final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectsWithClientCertificate();
    void x509AclGrantsTheCertificateSubject();
    void connectsWithCaOnly();
    void wrongCaIsNamedFast();
    void hostNameMismatchIsNamedFast();
    void pinnedFingerprintAcceptsAnotherHostName();
    void expiredCertificateIsNamedFast();
    void plainPortIsNamedFast();
    void serverThatNeedsAClientCertificate();
    void badSettingsAreRefusedBeforeConnecting();
    void probeShowsTheCertificate();

private:
    SessionOptions tlsOptions(bool clientCert = true) const;

    QTemporaryDir m_dir;
    SandboxTls m_tls;     // the server's CA and certificates
    SandboxTls m_otherCa; // a CA that signed nothing the server has
    SandboxTls m_expired; // a CA whose server certificate expired
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxServer> m_expiredServer;
    std::unique_ptr<SandboxServer> m_needServer; // ssl.clientAuth=need
};

void TestTls::initTestCase()
{
    QVERIFY2(ZkClientInfo::hasTls(), "this build's ZooKeeper client has no TLS");
    QVERIFY(m_dir.isValid());
    QString error;
    for (const auto &[name, out] : {std::pair{u"tls"_s, &m_tls}, {u"other"_s, &m_otherCa}}) {
        QVERIFY(QDir(m_dir.path()).mkpath(name));
        QVERIFY2(SandboxTls::create(m_dir.filePath(name), out, &error), qPrintable(error));
    }
    SandboxTls::Options expired;
    expired.expiredServer = true;
    QVERIFY(QDir(m_dir.path()).mkpath(u"expired"_s));
    QVERIFY2(SandboxTls::create(m_dir.filePath(u"expired"_s), expired, &m_expired, &error),
             qPrintable(error));
    m_server = TestUtil::startServer(SandboxSecurity::tls(m_tls.serverKeyStore, m_tls.caFile));
    QVERIFY(m_server);
    m_expiredServer =
        TestUtil::startServer(SandboxSecurity::tls(m_expired.serverKeyStore, m_expired.caFile));
    QVERIFY(m_expiredServer);
    SandboxSecurity need = SandboxSecurity::tls(m_tls.serverKeyStore, m_tls.caFile);
    need.clientAuth = u"need"_s;
    m_needServer = TestUtil::startServer(need);
    QVERIFY(m_needServer);
}

SessionOptions TestTls::tlsOptions(bool clientCert) const
{
    SessionOptions options;
    options.tls.enabled = true;
    options.tls.caFile = m_tls.caFile;
    if (clientCert) {
        options.tls.certFile = m_tls.clientCert;
        options.tls.keyFile = m_tls.clientKey;
    }
    options.connectTimeoutMs = 20000;
    return options;
}

void TestTls::connectsWithClientCertificate()
{
    auto session = TestUtil::connect(m_server->connectString(), 30000, tlsOptions());
    QVERIFY(session);
    QVERIFY(TestUtil::createNodes(*session, {{u"/tls-hello"_s, "over TLS"}}));
    QCOMPARE(TestUtil::getData(*session, u"/tls-hello"_s), QByteArray("over TLS"));
    QVERIFY2(session->identities().contains(u"x509:"_s + m_tls.clientSubject),
             qPrintable(session->identities().join(u", ")));
    // The pre-flight saw the server's certificate.
    const QList<ZkTlsPeer> peers = session->tlsPeers();
    QCOMPARE(peers.size(), 1);
    QVERIFY(peers.first().ok);
    QCOMPARE(peers.first().subject, u"zkdesk sandbox server"_s);
}

void TestTls::x509AclGrantsTheCertificateSubject()
{
    auto owner = TestUtil::connect(m_server->connectString(), 30000, tlsOptions());
    QVERIFY(owner);
    const QString path = u"/tls-x509-only"_s;
    TestUtil::deleteTree(*owner, path);
    bool done = false;
    ZkError error;
    owner->create(path, "secret", CreateMode::Persistent,
                  {ZkAclEntry{u"x509"_s, m_tls.clientSubject, ZkPerm::All}}, owner.get(),
                  [&](const CreateReply &r) {
                      error = r.error;
                      done = true;
                  });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QVERIFY2(!error, qPrintable(error.toString()));
    QCOMPARE(TestUtil::getData(*owner, path), QByteArray("secret"));
    // The same server without the certificate: refused.
    auto anonymous = TestUtil::connect(m_server->connectString(), 30000, tlsOptions(false));
    QVERIFY(anonymous);
    ZkError refused;
    TestUtil::getData(*anonymous, path, nullptr, &refused);
    QCOMPARE(refused.code, ZkCode::NoAuth);
}

void TestTls::connectsWithCaOnly()
{
    // The 3.8.0 client needs the zkdesk patch for this (it always loaded a client certificate).
    auto session = TestUtil::connect(m_server->connectString(), 30000, tlsOptions(false));
    QVERIFY(session);
    QVERIFY(TestUtil::createNodes(*session, {{u"/tls-ca-only"_s, "x"}}));
    QVERIFY(!session->identities().join(u' ').contains(u"x509:"_s));
}

void TestTls::wrongCaIsNamedFast()
{
    SessionOptions options = tlsOptions(false);
    options.tls.caFile = m_otherCa.caFile;
    qint64 ms = 0;
    const QString why = TestUtil::connectFailure(m_server->connectString(), options, &ms);
    QVERIFY2(why.contains(u"certificate verify failed: unknown issuer"_s), qPrintable(why));
    qInfo("%s: reported in %lld ms", QTest::currentTestFunction(), ms);
    QVERIFY2(ms < TestUtil::kNamedFastMs, qPrintable(QString::number(ms)));
}

void TestTls::hostNameMismatchIsNamedFast()
{
    // The server's certificate names IP:127.0.0.1 only; "localhost" is another name.
    qint64 ms = 0;
    const QString port = m_server->connectString().section(u':', 1);
    const QString why = TestUtil::connectFailure(u"localhost:"_s + port, tlsOptions(), &ms);
    QVERIFY2(why.contains(u"host name mismatch"_s), qPrintable(why));
    qInfo("%s: reported in %lld ms", QTest::currentTestFunction(), ms);
    QVERIFY2(ms < TestUtil::kNamedFastMs, qPrintable(QString::number(ms)));
}

void TestTls::pinnedFingerprintAcceptsAnotherHostName()
{
    ZkTlsProbe probe;
    QSignalSpy finished(&probe, &ZkTlsProbe::finished);
    const QString secure = m_server->connectString();
    const quint16 port = secure.section(u':', 1).toUShort();
    probe.start({HostPort{u"127.0.0.1"_s, port}}, tlsOptions().tls);
    QVERIFY(finished.wait(10000));
    const QString sha = finished.first().first().value<QList<ZkTlsPeer>>().first().sha256;
    QVERIFY(!sha.isEmpty());

    SessionOptions options = tlsOptions();
    options.tls.pinnedSha256 = sha;
    auto session = TestUtil::connect(u"localhost:%1"_s.arg(port), 30000, options);
    QVERIFY(session);
    QVERIFY(session->tlsPeers().first().pinMatched);
    // A pin of another certificate refuses even a certificate that verifies.
    options.tls.pinnedSha256 = QString(64, u'A');
    qint64 ms = 0;
    const QString why = TestUtil::connectFailure(secure, options, &ms);
    QVERIFY2(why.contains(u"not the pinned one"_s), qPrintable(why));
}

void TestTls::expiredCertificateIsNamedFast()
{
    SessionOptions options = tlsOptions(false);
    options.tls.caFile = m_expired.caFile;
    qint64 ms = 0;
    const QString why = TestUtil::connectFailure(m_expiredServer->connectString(), options, &ms);
    QVERIFY2(why.contains(u"certificate has expired"_s), qPrintable(why));
    qInfo("%s: reported in %lld ms", QTest::currentTestFunction(), ms);
    QVERIFY2(ms < TestUtil::kNamedFastMs, qPrintable(QString::number(ms)));
}

void TestTls::plainPortIsNamedFast()
{
    qint64 ms = 0;
    const QString why = TestUtil::connectFailure(m_server->plainConnectString(), tlsOptions(), &ms);
    QVERIFY2(why.contains(u"TLS handshake failed"_s) && why.contains(u"secureClientPort"_s),
             qPrintable(why));
    qInfo("%s: reported in %lld ms", QTest::currentTestFunction(), ms);
    QVERIFY2(ms < TestUtil::kNamedFastMs, qPrintable(QString::number(ms)));
}

void TestTls::serverThatNeedsAClientCertificate()
{
    // With a certificate it signed: connected, with the certificate's identity.
    auto session = TestUtil::connect(m_needServer->connectString(), 30000, tlsOptions());
    QVERIFY(session);
    QVERIFY(session->identities().contains(u"x509:"_s + m_tls.clientSubject));
    // Without one the server's refusal (an alert during a TLS 1.2 handshake, right after a TLS 1.3
    // one) is named, not a connect timeout.
    qint64 ms = 0;
    const QString why =
        TestUtil::connectFailure(m_needServer->connectString(), tlsOptions(false), &ms);
    QVERIFY2(why.contains(u"needs a client certificate it trusts"_s), qPrintable(why));
    qInfo("%s: reported in %lld ms", QTest::currentTestFunction(), ms);
    QVERIFY2(ms < TestUtil::kNamedFastMs, qPrintable(QString::number(ms)));
}

void TestTls::badSettingsAreRefusedBeforeConnecting()
{
    const QString comma = m_dir.filePath(u"a,b.pem"_s);
    QVERIFY(QFile::copy(m_tls.caFile, comma));
    SessionOptions options = tlsOptions();
    options.tls.caFile = comma;
    options.connectString = m_server->connectString();
    ZkSession session;
    ZkError error = session.open(options);
    QCOMPARE(error.code, ZkCode::BadArguments);
    QVERIFY2(error.message.contains(u"comma"_s), qPrintable(error.message));
    QCOMPARE(session.state(), SessionState::Closed);

    options = tlsOptions();
    options.tls.keyFile.clear();
    options.connectString = m_server->connectString();
    error = session.open(options);
    QVERIFY2(error.message.contains(u"needs its private key"_s), qPrintable(error.message));

    options = tlsOptions();
    options.sasl.mechanism = ZkSaslSettings::Mechanism::DigestMd5;
    options.sasl.user = u"alice"_s;
    options.sasl.password = "x";
    options.connectString = m_server->connectString();
    error = session.open(options);
    QVERIFY2(error.message.contains(u"ZOOKEEPER-3482"_s), qPrintable(error.message));
}

void TestTls::probeShowsTheCertificate()
{
    ZkTlsProbe probe;
    QSignalSpy finished(&probe, &ZkTlsProbe::finished);
    const quint16 port = m_server->connectString().section(u':', 1).toUShort();
    probe.start({HostPort{u"127.0.0.1"_s, port}}, tlsOptions().tls);
    QVERIFY(finished.wait(10000));
    const ZkTlsPeer peer = finished.first().first().value<QList<ZkTlsPeer>>().first();
    QVERIFY2(peer.ok, qPrintable(peer.error));
    QCOMPARE(peer.subject, u"zkdesk sandbox server"_s);
    QCOMPARE(peer.issuer, u"zkdesk sandbox CA"_s);
    QVERIFY2(peer.subjectAltNames.contains(u"IP:127.0.0.1"_s),
             qPrintable(peer.subjectAltNames.join(u", ")));
    QCOMPARE(peer.sha256.count(u':'), 31);
    QVERIFY(peer.daysLeft() >= 1 && peer.daysLeft() <= 2);
    QVERIFY(peer.expiresSoon()); // a 2-day sandbox certificate: the UI warns
}

QTEST_MAIN(TestTls)
#include "tst_int_tls.moc"
