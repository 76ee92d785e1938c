// zkdesk's own look at the Kerberos credentials, against a real MIT KDC on loopback (KdcSandbox):
// the ticket cache's principal and expiry, "no Kerberos ticket: run kinit", an expired ticket,
// the service ticket a GSSAPI connection will need, an unknown service principal, and a KDC
// that is down, each in words and each in well under the 2 s the issue allows.

#include "kdcsandbox.h"
#include "security/kerberosticket.h"
#include "zktestutil.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kService = u"zookeeper"_s;
const QString kHost = u"localhost"_s;

} // namespace

class TestKerberos final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noTicket();
    void ticketAndServiceTicket();
    void checkAsyncReportsOnTheCallingThread();
    void unknownServicePrincipal();
    void expiredTicket();
    void kdcDown(); // last: stops the KDC

private:
    void useCache(const QString &name) { qputenv("KRB5CCNAME", (u"FILE:"_s + name).toLocal8Bit()); }
    QString cachePath(const QString &name) const { return m_kdc.dir() + u'/' + name; }

    KdcSandbox m_kdc;
    QString m_alice = u"alice@"_s + QString::fromLatin1(KdcSandbox::kRealm);
};

void TestKerberos::initTestCase()
{
    QString error;
    QVERIFY2(m_kdc.start(&error), qPrintable(error));
    QVERIFY2(m_kdc.addPrincipal(kService + u'/' + kHost, &error), qPrintable(error));
    QVERIFY2(m_kdc.addPrincipal(u"alice"_s, &error), qPrintable(error));
    QVERIFY2(m_kdc.kinit(u"alice"_s, cachePath(u"alice.cc"_s), &error), qPrintable(error));
}

void TestKerberos::noTicket()
{
    useCache(cachePath(u"nobody.cc"_s)); // never written
    const KerberosStatus status = KerberosTicket::inspectCache();
    QVERIFY(!status.usable());
    QVERIFY(status.principal.isEmpty());
    QCOMPARE(status.cacheName, u"FILE:"_s + cachePath(u"nobody.cc"_s));
    QVERIFY2(status.problem.contains(u"No Kerberos ticket"_s)
                 && status.problem.contains(u"run kinit"_s),
             qPrintable(status.problem));
    // The full check stops at the same place: nothing is asked of the KDC without a ticket.
    QCOMPARE(KerberosTicket::check(kService, kHost, {}).problem, status.problem);
}

void TestKerberos::ticketAndServiceTicket()
{
    useCache(cachePath(u"alice.cc"_s));
    const KerberosStatus cache = KerberosTicket::inspectCache();
    QVERIFY2(cache.usable(), qPrintable(cache.problem));
    QCOMPARE(cache.principal, m_alice);
    QVERIFY(cache.expires > QDateTime::currentDateTime().addSecs(30 * 60)); // ticket_lifetime 1h
    QElapsedTimer timer;
    timer.start();
    const KerberosStatus service = KerberosTicket::check(kService, kHost, {});
    qInfo("service ticket from the KDC in %lld ms", timer.elapsed());
    QVERIFY2(service.usable(), qPrintable(service.problem));
    QCOMPARE(service.servicePrincipal,
             u"zookeeper/localhost@"_s + QString::fromLatin1(KdcSandbox::kRealm));
    QCOMPARE(service.principal, m_alice);
}

void TestKerberos::checkAsyncReportsOnTheCallingThread()
{
    useCache(cachePath(u"alice.cc"_s));
    QObject context;
    std::optional<KerberosStatus> result;
    QThread *thread = nullptr;
    KerberosTicket::checkAsync(&context, kService, kHost, {}, [&](const KerberosStatus &s) {
        result = s;
        thread = QThread::currentThread();
    });
    QVERIFY(!result); // not inline: the KDC is asked on a worker thread
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY2(result->usable(), qPrintable(result->problem));
    QCOMPARE(thread, QThread::currentThread());
}

void TestKerberos::unknownServicePrincipal()
{
    useCache(cachePath(u"alice.cc"_s));
    QElapsedTimer timer;
    timer.start();
    const KerberosStatus status = KerberosTicket::check(kService, u"zk9.example"_s, {});
    QVERIFY2(timer.elapsed() < TestUtil::kNamedFastMs,
             qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!status.usable());
    QVERIFY2(status.problem.contains(u"does not know the service principal "
                                     "zookeeper/zk9.example@ZKDESK.TEST"_s),
             qPrintable(status.problem));
}

void TestKerberos::expiredTicket()
{
    QString error;
    // 8 s: still valid when checked right after kinit on a loaded machine, expired soon after.
    QVERIFY2(m_kdc.kinit(u"alice"_s, cachePath(u"short.cc"_s), &error, u"8s"_s), qPrintable(error));
    useCache(cachePath(u"short.cc"_s));
    QVERIFY2(KerberosTicket::inspectCache().usable(), "a fresh 8 s ticket is usable");
    // Waits for the ticket's own end time (a condition, not a fixed sleep).
    QTRY_VERIFY_WITH_TIMEOUT(!KerberosTicket::inspectCache().usable(), 30000);
    const KerberosStatus status = KerberosTicket::inspectCache();
    QCOMPARE(status.principal, m_alice);
    QVERIFY2(status.problem.contains(u"expired"_s) && status.problem.contains(u"run kinit"_s),
             qPrintable(status.problem));
}

void TestKerberos::kdcDown()
{
    // A fresh cache holds only the TGT, so the service ticket must come from the KDC.
    QString error;
    QVERIFY2(m_kdc.kinit(u"alice"_s, cachePath(u"down.cc"_s), &error), qPrintable(error));
    useCache(cachePath(u"down.cc"_s));
    m_kdc.stopKdc();
    QElapsedTimer timer;
    timer.start();
    const KerberosStatus status = KerberosTicket::check(kService, kHost, {});
    qInfo("KDC down reported in %lld ms", timer.elapsed());
    QVERIFY2(timer.elapsed() < TestUtil::kNamedFastMs,
             qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!status.usable());
    QVERIFY2(status.problem.contains(u"Cannot reach a Kerberos KDC for realm ZKDESK.TEST"_s),
             qPrintable(status.problem));
}

QTEST_GUILESS_MAIN(TestKerberos)
#include "tst_int_kerberos.moc"
