#include "zk/connectionstring.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectionString final : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void hostsAndPorts();
    void errorIsClearedOnSuccess();
    void nullErrorPointer();
    void displayRoundTrips_data();
    void displayRoundTrips();
};

void TestConnectionString::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("client");  // toClientString()
    QTest::addColumn<QString>("display"); // displayString()

    QTest::newRow("ipv4") << u"127.0.0.1:2181"_s << u"127.0.0.1:2181"_s << u"127.0.0.1:2181"_s;
    QTest::newRow("default port") << u"127.0.0.1"_s << u"127.0.0.1:2181"_s << u"127.0.0.1:2181"_s;
    QTest::newRow("hostname") << u"localhost:2182"_s << u"localhost:2182"_s << u"localhost:2182"_s;
    QTest::newRow("fqdn") << u"zk-1.prod.example.com:2181"_s << u"zk-1.prod.example.com:2181"_s
                          << u"zk-1.prod.example.com:2181"_s;
    QTest::newRow("three hosts") << u"zk1:2181,zk2:2182,zk3"_s << u"zk1:2181,zk2:2182,zk3:2181"_s
                                 << u"zk1:2181,zk2:2182,zk3:2181"_s;
    QTest::newRow("whitespace") << u"  zk1 : 2181 ,\tzk2:2182  "_s << u"zk1:2181,zk2:2182"_s
                                << u"zk1:2181,zk2:2182"_s;
    QTest::newRow("spaces around entries")
        << u" zk1:2181 , zk2 "_s << u"zk1:2181,zk2:2181"_s << u"zk1:2181,zk2:2181"_s;
    QTest::newRow("chroot") << u"zk1:2181/app"_s << u"zk1:2181/app"_s << u"zk1:2181/app"_s;
    QTest::newRow("chroot deep") << u"zk1,zk2:2000/app/env/x"_s << u"zk1:2181,zk2:2000/app/env/x"_s
                                 << u"zk1:2181,zk2:2000/app/env/x"_s;
    QTest::newRow("chroot root is none") << u"zk1:2181/"_s << u"zk1:2181"_s << u"zk1:2181"_s;
    QTest::newRow("chroot with default port")
        << u"zk1/app"_s << u"zk1:2181/app"_s << u"zk1:2181/app"_s;
    // The 3.8.0 C client splits at the last colon and passes "[::1]" to getaddrinfo unchanged,
    // which fails; "::1:2181" works. So the client string is unbracketed.
    QTest::newRow("ipv6 bracketed") << u"[::1]:2181"_s << u"::1:2181"_s << u"[::1]:2181"_s;
    QTest::newRow("ipv6 default port") << u"[::1]"_s << u"::1:2181"_s << u"[::1]:2181"_s;
    QTest::newRow("ipv6 full") << u"[2001:db8::ff00:42:8329]:3000"_s
                               << u"2001:db8::ff00:42:8329:3000"_s
                               << u"[2001:db8::ff00:42:8329]:3000"_s;
    QTest::newRow("ipv6 mixed list")
        << u"[::1]:2181,127.0.0.1:2182/c"_s << u"::1:2181,127.0.0.1:2182/c"_s
        << u"[::1]:2181,127.0.0.1:2182/c"_s;
    QTest::newRow("port 1") << u"h:1"_s << u"h:1"_s << u"h:1"_s;
    QTest::newRow("port 65535") << u"h:65535"_s << u"h:65535"_s << u"h:65535"_s;
    QTest::newRow("single label") << u"zookeeper"_s << u"zookeeper:2181"_s << u"zookeeper:2181"_s;
    QTest::newRow("digit label") << u"1zk.example:2181"_s << u"1zk.example:2181"_s
                                 << u"1zk.example:2181"_s;
    QTest::newRow("ipv4 zeros") << u"0.0.0.0:2181"_s << u"0.0.0.0:2181"_s << u"0.0.0.0:2181"_s;
    QTest::newRow("chroot unicode")
        << u"h/caf\u00e9"_s << u"h:2181/caf\u00e9"_s << u"h:2181/caf\u00e9"_s;
    QTest::newRow("duplicate kept") << u"h,h"_s << u"h:2181,h:2181"_s << u"h:2181,h:2181"_s;
}

void TestConnectionString::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, client);
    QFETCH(QString, display);
    QString error = u"stale"_s;
    const ConnectionString cs = ConnectionString::parse(input, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(cs.isValid());
    if (!client.isEmpty()) QCOMPARE(cs.toClientString(), client);
    if (!display.isEmpty()) QCOMPARE(cs.displayString(), display);
    // What the C client gets never has spaces (a trailing one breaks its port parsing).
    QVERIFY(!cs.toClientString().contains(u' '));
    QVERIFY(!cs.toClientString().contains(u'['));
}

void TestConnectionString::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("empty") << QString() << u"enter a connection string such as 127.0.0.1:2181"_s;
    QTest::newRow("blank") << u"   "_s << u"enter a connection string such as 127.0.0.1:2181"_s;
    QTest::newRow("port too big")
        << u"host:99999"_s << u"port \"99999\" in \"host:99999\" is out of range: use 1-65535"_s;
    QTest::newRow("port 65536") << u"host:65536"_s << u"out of range: use 1-65535"_s;
    QTest::newRow("port 0") << u"host:0"_s << u"port \"0\" in \"host:0\" is out of range"_s;
    QTest::newRow("port huge") << u"h:123456789012345678901"_s << u"out of range"_s;
    QTest::newRow("port letters") << u"host:abc"_s
                                  << u"port \"abc\" in \"host:abc\" is not a number: use 1-65535"_s;
    QTest::newRow("port negative") << u"host:-1"_s << u"is not a number"_s;
    QTest::newRow("port hex") << u"host:0x885"_s << u"is not a number"_s;
    QTest::newRow("port missing") << u"host:"_s << u"port missing after \":\" in \"host:\""_s;
    QTest::newRow("host missing") << u":2181"_s << u"host missing in \":2181\""_s;
    QTest::newRow("second entry bad") << u"zk1:2181,zk2:x"_s << u"\"zk2:x\""_s;
    QTest::newRow("bare ipv6")
        << u"::1"_s << u"\"::1\" looks like an IPv6 address: put the address in brackets"_s;
    QTest::newRow("bare ipv6 with port") << u"fe80::1:2181"_s << u"e.g. [::1]:2181"_s;
    QTest::newRow("unclosed bracket") << u"[::1:2181"_s << u"no closing \"]\""_s;
    QTest::newRow("stray close bracket") << u"::1]:2181"_s << u"brackets"_s;
    QTest::newRow("close bracket only") << u"a]:2181"_s << u"\"]\" without \"[\""_s;
    QTest::newRow("junk after bracket") << u"[::1]x"_s << u"unexpected \"x\" after \"]\""_s;
    QTest::newRow("bad ipv6") << u"[::g]:2181"_s
                              << u"\"::g\" in \"[::g]:2181\" is not a valid IPv6"_s;
    QTest::newRow("empty brackets") << u"[]:2181"_s << u"not a valid IPv6"_s;
    QTest::newRow("bracketed ipv4") << u"[127.0.0.1]:2181"_s << u"remove the brackets"_s;
    QTest::newRow("ipv6 bad port") << u"[::1]:70000"_s << u"out of range"_s;
    QTest::newRow("double comma") << u"zk1,,zk2"_s << u"server 2 of 3 is empty"_s;
    QTest::newRow("trailing comma") << u"zk1,"_s << u"remove the extra \",\""_s;
    QTest::newRow("leading comma") << u",zk1"_s << u"server 1 of 2 is empty"_s;
    QTest::newRow("underscore") << u"zk_1:2181"_s << u"contains \"_\", which is not allowed"_s;
    QTest::newRow("space inside") << u"zk1 zk2:2181"_s
                                  << u"contains a space: separate servers with \",\""_s;
    QTest::newRow("empty label") << u"zk..example:2181"_s << u"empty part"_s;
    QTest::newRow("trailing dot") << u"zk.example.:2181"_s << u"empty part"_s;
    QTest::newRow("leading dot") << u".zk:2181"_s << u"empty part"_s;
    QTest::newRow("hyphen start") << u"-zk:2181"_s << u"starts or ends with \"-\""_s;
    QTest::newRow("hyphen end") << u"zk-.a:2181"_s << u"starts or ends with \"-\""_s;
    QTest::newRow("long label") << QString(64, u'a') + u":2181"_s << u"longer than 63"_s;
    QTest::newRow("long name") << (QString(60, u'a') + u'.').repeated(5) + u"b"_s
                               << u"longer than 253"_s;
    QTest::newRow("non-ascii host") << u"z\u00fcrich:2181"_s << u"punycode"_s;
    QTest::newRow("ipv4 octet") << u"256.1.1.1:2181"_s << u"\"256.1.1.1\" is not a valid IPv4"_s;
    QTest::newRow("ipv4 three parts") << u"127.1.1:2181"_s << u"four numbers"_s;
    QTest::newRow("ipv4 five parts") << u"1.2.3.4.5"_s << u"four numbers"_s;
    QTest::newRow("ipv4 leading zero") << u"010.0.0.1"_s << u"leading zero in \"010\""_s;
    QTest::newRow("chroot only") << u"/app"_s << u"no server before the chroot \"/app\""_s;
    QTest::newRow("chroot trailing slash")
        << u"zk1/app/"_s << u"chroot \"/app/\" is invalid: path must not end"_s;
    QTest::newRow("chroot double slash") << u"zk1//app"_s << u"chroot \"//app\" is invalid"_s;
    QTest::newRow("chroot dotdot") << u"zk1/app/.."_s << u"relative component"_s;
    QTest::newRow("chroot control") << u"zk1/a\u0001"_s << u"U+0001"_s;
    QTest::newRow("url scheme") << u"zk://zk1:2181"_s << u"remove the \"zk://\" prefix"_s;
    QTest::newRow("semicolon") << u"zk1;zk2"_s << u"contains \";\""_s;
}

void TestConnectionString::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, errorContains);
    QString error;
    const ConnectionString cs = ConnectionString::parse(input, &error);
    QVERIFY(!cs.isValid());
    QVERIFY(cs.hosts.isEmpty());
    QVERIFY(cs.chroot.isEmpty());
    QVERIFY2(error.contains(errorContains), qPrintable(error));
}

void TestConnectionString::hostsAndPorts()
{
    QString error;
    const ConnectionString cs =
        ConnectionString::parse(u" zk1 , [fe80::1]:2888 ,10.0.0.3:3000/a/b"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<HostPort> expected{{u"zk1"_s, 2181}, {u"fe80::1"_s, 2888}, {u"10.0.0.3"_s, 3000}};
    QCOMPARE(cs.hosts, expected);
    QCOMPARE(cs.chroot, u"/a/b"_s);
    QVERIFY(!cs.hosts[0].isIpv6());
    QVERIFY(cs.hosts[1].isIpv6());
    QCOMPARE(cs.hosts[1].toString(), u"[fe80::1]:2888"_s);
    QCOMPARE(cs.hosts[2].toString(), u"10.0.0.3:3000"_s);
}

void TestConnectionString::errorIsClearedOnSuccess()
{
    QString error = u"previous error"_s;
    QVERIFY(ConnectionString::parse(u"h"_s, &error).isValid());
    QVERIFY(error.isEmpty());
}

void TestConnectionString::nullErrorPointer()
{
    QVERIFY(!ConnectionString::parse(u"h:0"_s).isValid());
    QVERIFY(ConnectionString::parse(u"h:1"_s).isValid());
}

// displayString() is itself a valid input that parses back to the same value.
void TestConnectionString::displayRoundTrips_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("plain") << u"zk1"_s;
    QTest::newRow("ipv6 list chroot") << u"[::1], zk2:1/x/y"_s;
    QTest::newRow("scoped ipv6") << u"[fe80::1%lo]:2181"_s;
}

void TestConnectionString::displayRoundTrips()
{
    QFETCH(QString, input);
    QString error;
    const ConnectionString first = ConnectionString::parse(input, &error);
    QVERIFY2(first.isValid(), qPrintable(error));
    const ConnectionString second = ConnectionString::parse(first.displayString(), &error);
    QVERIFY2(second.isValid(), qPrintable(error));
    QCOMPARE(second, first);
}

QTEST_GUILESS_MAIN(TestConnectionString)
#include "tst_unit_connectionstring.moc"
