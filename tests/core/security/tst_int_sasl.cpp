// SASL against real ZooKeeper servers: DIGEST-MD5 (a JAAS DigestLoginModule server) with the
// password handed over from memory, a wrong password in words and fast, a `sasl` ACL, and the
// session renewed after expiry still authenticated; Kerberos GSSAPI against a real MIT KDC on
// loopback (KdcSandbox) with a Krb5LoginModule server: the ticket's principal as identity, and
// "run kinit" without a ticket before anything is sent.

#include "kdcsandbox.h"
#include "sandbox/sandboxserver.h"
#include "sessionkiller.h"
#include "zk/zkclientinfo.h"
#include "zktestutil.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSasl final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void digestConnects();
    void digestWrongPasswordIsNamedFast();
    void saslAclGrantsTheUser();
    void renewedSessionAfterExpiryIsStillAuthenticated();
    void gssapiConnectsWithTheTicket();
    void gssapiWithoutTicketSaysRunKinit();
    void gssapiWithTheKdcDownNamesIt(); // last: stops the KDC

private:
    SessionOptions digest(const QByteArray &password) const;
    SessionOptions gssapi() const;
    bool createSaslOnly(ZkSession &session, const QString &path, const QString &id);

    std::unique_ptr<SandboxServer> m_digestServer;
    KdcSandbox m_kdc;
    std::unique_ptr<SandboxServer> m_kerberosServer;
    QString m_aliceCache;
};

void TestSasl::initTestCase()
{
    QVERIFY2(ZkClientInfo::hasSasl(), "this build's ZooKeeper client has no SASL");
    m_digestServer = TestUtil::startServer(
        SandboxSecurity::saslDigest({{u"alice"_s, u"wonder land"_s}, {u"bob"_s, u"b0b"_s}}));
    QVERIFY(m_digestServer);

    QString error;
    QVERIFY2(m_kdc.start(&error), qPrintable(error));
    QVERIFY2(m_kdc.addPrincipal(u"zookeeper/localhost"_s, &error), qPrintable(error));
    QVERIFY2(m_kdc.addPrincipal(u"alice"_s, &error), qPrintable(error));
    m_aliceCache = m_kdc.dir() + u"/alice.cc"_s;
    QVERIFY2(m_kdc.kinit(u"alice"_s, m_aliceCache, &error), qPrintable(error));
    m_kerberosServer = TestUtil::startServer(SandboxSecurity::kerberos(
        m_kdc.keytab(u"zookeeper/localhost"_s),
        u"zookeeper/localhost@"_s + QString::fromLatin1(KdcSandbox::kRealm), m_kdc.krb5Conf()));
    QVERIFY(m_kerberosServer);
}

SessionOptions TestSasl::digest(const QByteArray &password) const
{
    SessionOptions options;
    options.sasl.mechanism = ZkSaslSettings::Mechanism::DigestMd5;
    options.sasl.user = u"alice"_s;
    options.sasl.password = password;
    return options;
}

SessionOptions TestSasl::gssapi() const
{
    SessionOptions options;
    options.sasl.mechanism = ZkSaslSettings::Mechanism::Gssapi;
    options.sasl.host = u"localhost"_s;
    return options;
}

bool TestSasl::createSaslOnly(ZkSession &session, const QString &path, const QString &id)
{
    TestUtil::deleteTree(session, path);
    bool done = false;
    ZkError error;
    session.create(path, "for " + id.toUtf8(), CreateMode::Persistent,
                   {ZkAclEntry{u"sasl"_s, id, ZkPerm::All}}, &session, [&](const CreateReply &r) {
                       error = r.error;
                       done = true;
                   });
    if (!QTest::qWaitFor([&] { return done; }, 10000) || error) {
        qWarning("create %s: %s", qPrintable(path), qPrintable(error.toString()));
        return false;
    }
    return true;
}

void TestSasl::digestConnects()
{
    auto session = TestUtil::connect(m_digestServer->connectString(), 30000, digest("wonder land"));
    QVERIFY(session);
    QVERIFY(TestUtil::createNodes(*session, {{u"/sasl-hello"_s, "hi"}}));
    QVERIFY2(session->identities().contains(u"sasl:alice"_s),
             qPrintable(session->identities().join(u", ")));
}

void TestSasl::digestWrongPasswordIsNamedFast()
{
    qint64 ms = 0;
    const QString why =
        TestUtil::connectFailure(m_digestServer->connectString(), digest("wrong"), &ms);
    QVERIFY2(why.contains(u"SASL DIGEST-MD5 authentication failed for user alice"_s),
             qPrintable(why));
    qInfo("%s: reported in %lld ms", QTest::currentTestFunction(), ms);
    QVERIFY2(ms < TestUtil::kNamedFastMs, qPrintable(QString::number(ms)));
}

void TestSasl::saslAclGrantsTheUser()
{
    auto alice = TestUtil::connect(m_digestServer->connectString(), 30000, digest("wonder land"));
    QVERIFY(alice);
    QVERIFY(createSaslOnly(*alice, u"/sasl-alice"_s, u"alice"_s));
    QCOMPARE(TestUtil::getData(*alice, u"/sasl-alice"_s), QByteArray("for alice"));
    SessionOptions asBob = digest("b0b");
    asBob.sasl.user = u"bob"_s;
    auto bob = TestUtil::connect(m_digestServer->connectString(), 30000, asBob);
    QVERIFY(bob);
    ZkError refused;
    TestUtil::getData(*bob, u"/sasl-alice"_s, nullptr, &refused);
    QCOMPARE(refused.code, ZkCode::NoAuth);
}

void TestSasl::renewedSessionAfterExpiryIsStillAuthenticated()
{
    SessionOptions options = digest("wonder land");
    // Long enough that a loaded machine does not drop the connection on its own: the expiry is
    // the takeover's, and the client hears of it as soon as the server closes the old socket.
    options.sessionTimeoutMs = 10000;
    auto session = TestUtil::connect(m_digestServer->connectString(), 30000, options);
    QVERIFY(session);
    QVERIFY(createSaslOnly(*session, u"/sasl-renewed"_s, u"alice"_s));
    const qint64 first = session->sessionId();
    QSignalSpy expired(session.get(), &ZkSession::sessionExpired);
    QSignalSpy started(session.get(), &ZkSession::sessionStarted);
    // The takeover races the client's own reconnect (which can take the session back before
    // the takeover closes it): repeat until the server really expired it, as tst_int_faults.
    const QByteArray password = session->sessionPassword();
    for (int attempt = 0; attempt < 5 && expired.isEmpty(); ++attempt) {
        QVERIFY(TestUtil::expireSession(m_digestServer->connectString(), first, password));
        (void)QTest::qWaitFor([&] { return !expired.isEmpty(); }, 15000);
    }
    QCOMPARE(expired.size(), 1);
    QVERIFY(QTest::qWaitFor([&] { return !started.isEmpty() && session->isConnected(); }, 30000));
    QVERIFY(session->sessionId() != first);
    ZkError error;
    QCOMPARE(TestUtil::getData(*session, u"/sasl-renewed"_s, nullptr, &error),
             QByteArray("for alice"));
    QVERIFY2(!error, qPrintable(error.toString()));
}

void TestSasl::gssapiConnectsWithTheTicket()
{
    qputenv("KRB5CCNAME", (u"FILE:"_s + m_aliceCache).toLocal8Bit());
    auto session = TestUtil::connect(m_kerberosServer->connectString(), 30000, gssapi());
    QVERIFY(session);
    const QString principal = u"alice@"_s + QString::fromLatin1(KdcSandbox::kRealm);
    QVERIFY2(session->identities().contains(u"sasl:"_s + principal),
             qPrintable(session->identities().join(u", ")));
    QVERIFY(createSaslOnly(*session, u"/krb-alice"_s, principal));
    QCOMPARE(TestUtil::getData(*session, u"/krb-alice"_s), "for " + principal.toUtf8());
}

void TestSasl::gssapiWithoutTicketSaysRunKinit()
{
    qputenv("KRB5CCNAME", (u"FILE:"_s + m_kdc.dir() + u"/nobody.cc"_s).toLocal8Bit());
    qint64 ms = 0;
    const QString why = TestUtil::connectFailure(m_kerberosServer->connectString(), gssapi(), &ms);
    QVERIFY2(why.contains(u"run kinit"_s), qPrintable(why));
    qInfo("%s: reported in %lld ms", QTest::currentTestFunction(), ms);
    QVERIFY2(ms < TestUtil::kNamedFastMs, qPrintable(QString::number(ms)));
}

void TestSasl::gssapiWithTheKdcDownNamesIt()
{
    // A fresh ticket-granting ticket, but no service ticket yet: GSSAPI would need the KDC.
    const QString cache = m_kdc.dir() + u"/fresh.cc"_s;
    QString error;
    QVERIFY2(m_kdc.kinit(u"alice"_s, cache, &error), qPrintable(error));
    qputenv("KRB5CCNAME", (u"FILE:"_s + cache).toLocal8Bit());
    m_kdc.stopKdc();
    qint64 ms = 0;
    const QString why = TestUtil::connectFailure(m_kerberosServer->connectString(), gssapi(), &ms);
    QVERIFY2(why.contains(u"Cannot reach a Kerberos KDC for realm ZKDESK.TEST"_s), qPrintable(why));
    qInfo("%s: reported in %lld ms", QTest::currentTestFunction(), ms);
    QVERIFY2(ms < TestUtil::kNamedFastMs, qPrintable(QString::number(ms)));
}

QTEST_MAIN(TestSasl)
#include "tst_int_sasl.moc"
