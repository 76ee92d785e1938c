// ACL helpers without a server: the digest id, ip/CIDR parsing, per-scheme validation and the
// evaluator behind the lock-out guard and the NoAuth explanation.

#include "acl/aclevaluator.h"
#include "acl/aclvalidation.h"
#include "acl/noauthexplainer.h"
#include "acl/zkdigest.h"
#include "zk/zksession.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ZkAcl)

namespace {
const QString kAliceId = u"alice:aYXlLOpEooaV1cRAvUL1fp9Qt7E="_s;
ZkAuthEntry aliceAuth() { return {u"digest"_s, "alice:secret"}; }
} // namespace

class TestAcl final : public QObject
{
    Q_OBJECT

private slots:
    void digestId_data();
    void digestId();
    void parseIp_data();
    void parseIp();
    void ipMatches_data();
    void ipMatches();
    void validateEntry_data();
    void validateEntry();
    void validateAcl();
    void evaluate_data();
    void evaluate();
    void identitiesFromSession();
    void fixupReplacesAuth();
    void lockOutWarning();
    void explainNamesEverything();
};

void TestAcl::digestId_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("expected");
    // Expected values produced ONCE with the server's own provider (ZooKeeper 3.8.0, Debian):
    //   java -cp "/usr/share/java/zookeeper.jar:/usr/share/java/slf4j-api.jar:(cont.)
    //            /usr/share/java/slf4j-simple.jar" (one argument, no line break)
    //        org.apache.zookeeper.server.auth.DigestAuthenticationProvider alice:secret
    // which prints "alice:secret->alice:aYXlLOpEooaV1cRAvUL1fp9Qt7E=" (and likewise below).
    QTest::newRow("alice") << u"alice"_s << u"secret"_s << u"alice:aYXlLOpEooaV1cRAvUL1fp9Qt7E="_s;
    QTest::newRow("bob") << u"bob"_s << u"pa55word"_s << u"bob:OFO5E/9Nw6SDqDkz1p4eceu3/W8="_s;
    QTest::newRow("empty password")
        << u"carol"_s << QString() << u"carol:+nAZAj6d/1CXWETZCsZFhM9+Ibg="_s;
    QTest::newRow("super") << u"super"_s << u"admin"_s << u"super:xQJmxLMiHGwaqBvst5y6rkB6HQs="_s;
    QTest::newRow("utf8 and ':' in password")
        << u"dave"_s << u"päss:w0rd"_s << u"dave:XW+uWgYEW5IYq+LymmQKodyqnVw="_s;
    QTest::newRow("zk") << u"zk"_s << u"zk"_s << u"zk:wv1gAVH8RiWIJUyaveCTg5AdOP0="_s;
}

void TestAcl::digestId()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, expected);
    QCOMPARE(ZkDigest::digestId(user, password), expected);
    QCOMPARE(ZkDigest::digestIdFromCredentials((user + u':' + password).toUtf8()), expected);
    QVERIFY(AclValidation::validateEntry({u"digest"_s, expected, ZkPerm::All}).isEmpty());
}

void TestAcl::parseIp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("prefix");
    QTest::newRow("v4") << u"127.0.0.1"_s << true << 4 << 32;
    QTest::newRow("v4 cidr") << u"10.0.0.0/8"_s << true << 4 << 8;
    QTest::newRow("v4 /0") << u"0.0.0.0/0"_s << true << 4 << 0;
    QTest::newRow("v4 /32") << u"192.168.1.7/32"_s << true << 4 << 32;
    QTest::newRow("leading zero (server accepts)") << u"01.2.3.4"_s << true << 4 << 32;
    QTest::newRow("v4 /33") << u"10.0.0.0/33"_s << false << 0 << 0;
    QTest::newRow("v4 /-1") << u"10.0.0.0/-1"_s << false << 0 << 0;
    QTest::newRow("empty prefix") << u"127.0.0.1/"_s << false << 0 << 0;
    QTest::newRow("three parts") << u"1.2.3"_s << false << 0 << 0;
    QTest::newRow("octet 256") << u"256.1.1.1"_s << false << 0 << 0;
    QTest::newRow("letters") << u"localhost"_s << false << 0 << 0;
    QTest::newRow("empty") << QString() << false << 0 << 0;
    QTest::newRow("v6 loopback") << u"::1"_s << true << 16 << 128;
    QTest::newRow("v6 cidr") << u"fe80::/64"_s << true << 16 << 64;
    QTest::newRow("v6 /129") << u"fe80::/129"_s << false << 0 << 0;
    QTest::newRow("v6 garbage") << u"fe80:::1"_s << false << 0 << 0;
}

void TestAcl::parseIp()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, bytes);
    QFETCH(int, prefix);
    QString error;
    const auto range = AclValidation::parseIp(text, &error);
    QCOMPARE(range.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (valid) {
        QCOMPARE(int(range->address.size()), bytes);
        QCOMPARE(range->prefixBits, prefix);
    }
}

void TestAcl::ipMatches_data()
{
    QTest::addColumn<QString>("acl");
    QTest::addColumn<QString>("client");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << u"127.0.0.1"_s << u"127.0.0.1"_s << true;
    QTest::newRow("other host") << u"127.0.0.2"_s << u"127.0.0.1"_s << false;
    QTest::newRow("/8") << u"127.0.0.0/8"_s << u"127.9.8.7"_s << true;
    QTest::newRow("/8 miss") << u"10.0.0.0/8"_s << u"127.0.0.1"_s << false;
    QTest::newRow("/12 boundary in") << u"172.16.0.0/12"_s << u"172.31.255.255"_s << true;
    QTest::newRow("/12 boundary out") << u"172.16.0.0/12"_s << u"172.32.0.0"_s << false;
    QTest::newRow("/0 everything") << u"0.0.0.0/0"_s << u"8.8.8.8"_s << true;
    QTest::newRow("v4 acl, v6 client") << u"0.0.0.0/0"_s << u"::1"_s << false;
    QTest::newRow("v6") << u"fe80::/10"_s << u"fe80::1"_s << true;
}

void TestAcl::ipMatches()
{
    QFETCH(QString, acl);
    QFETCH(QString, client);
    QFETCH(bool, matches);
    QCOMPARE(AclValidation::ipMatches(acl, client), matches);
}

void TestAcl::validateEntry_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("id");
    QTest::addColumn<uint>("perms");
    QTest::addColumn<QString>("error"); // a fragment of the message; empty: valid
    const uint all = ZkPerm::All;
    QTest::newRow("world ok") << u"world"_s << u"anyone"_s << all << QString();
    QTest::newRow("world other id")
        << u"world"_s << u"everyone"_s << all << u"only id is \"anyone\""_s;
    QTest::newRow("auth ok") << u"auth"_s << QString() << all << QString();
    QTest::newRow("auth with id") << u"auth"_s << u"alice"_s << all << u"leave the id empty"_s;
    QTest::newRow("digest ok") << u"digest"_s << kAliceId << all << QString();
    QTest::newRow("digest password instead of hash")
        << u"digest"_s << u"alice:secret"_s << all << u"not a base64 SHA-1 hash"_s;
    QTest::newRow("digest no user")
        << u"digest"_s << u":aYXlLOpEooaV1cRAvUL1fp9Qt7E="_s << all << u"user:hash"_s;
    QTest::newRow("digest no colon") << u"digest"_s << u"alice"_s << all << u"user:hash"_s;
    QTest::newRow("digest hidden hash") << u"digest"_s << u"alice:x"_s << all << u"hidden"_s;
    QTest::newRow("digest 27 chars")
        << u"digest"_s << u"alice:aYXlLOpEooaV1cRAvUL1fp9Qt7="_s << all << u"not a base64"_s;
    QTest::newRow("digest bad char")
        << u"digest"_s << u"alice:aYXlLOpEooaV1cRAvUL1fp9Qt7*="_s << all << u"not a base64"_s;
    QTest::newRow("ip ok") << u"ip"_s << u"127.0.0.1"_s << all << QString();
    QTest::newRow("ip cidr ok") << u"ip"_s << u"10.1.0.0/16"_s << all << QString();
    QTest::newRow("ip bad prefix") << u"ip"_s << u"10.1.0.0/40"_s << all << u"between 0 and 32"_s;
    QTest::newRow("ip hostname") << u"ip"_s << u"zk1.example.com"_s << all
                                 << u"not an IPv4 or IPv6"_s;
    QTest::newRow("ip v6 unsupported") << u"ip"_s << u"::1"_s << all << u"IPv6"_s;
    QTest::newRow("x509 ok") << u"x509"_s << u"CN=alice,O=example"_s << all << QString();
    QTest::newRow("x509 empty") << u"x509"_s << QString() << all << u"enter the id"_s;
    QTest::newRow("sasl ok") << u"sasl"_s << u"alice@EXAMPLE.COM"_s << all << QString();
    QTest::newRow("custom ok") << u"ldap"_s << u"cn=ops"_s << all << QString();
    QTest::newRow("custom empty id") << u"ldap"_s << QString() << all << u"ldap: enter the id"_s;
    QTest::newRow("no scheme") << QString() << u"x"_s << all << u"choose a scheme"_s;
    QTest::newRow("scheme with space") << u"my scheme"_s << u"x"_s << all << u"spaces"_s;
    QTest::newRow("no perms") << u"world"_s << u"anyone"_s << 0u << u"at least one permission"_s;
    QTest::newRow("bad perms") << u"world"_s << u"anyone"_s << 64u << u"unknown permission"_s;
}

void TestAcl::validateEntry()
{
    QFETCH(QString, scheme);
    QFETCH(QString, id);
    QFETCH(uint, perms);
    QFETCH(QString, error);
    const QString why = AclValidation::validateEntry({scheme, id, perms});
    if (error.isEmpty())
        QVERIFY2(why.isEmpty(), qPrintable(why));
    else
        QVERIFY2(why.contains(error), qPrintable(why));
}

void TestAcl::validateAcl()
{
    QVERIFY(AclValidation::validateAcl({}).contains(u"at least one entry"_s));
    const ZkAcl acl = {{u"world"_s, u"anyone"_s, ZkPerm::Read}, {u"ip"_s, u"1.2.3"_s, ZkPerm::All}};
    QVERIFY(AclValidation::validateAcl(acl).startsWith(u"row 2: ip:"_s));
    const ZkAcl auth = ZkAclPresets::creatorAll();
    QVERIFY(AclValidation::validateAcl(auth, true).isEmpty());
    QVERIFY(AclValidation::validateAcl(auth, false).contains(u"has none"_s));
    QCOMPARE(AclValidation::permsText(ZkPerm::Read | ZkPerm::Admin), u"r---a"_s);
    QCOMPARE(AclValidation::permNames(ZkPerm::Write | ZkPerm::Delete), u"WRITE, DELETE"_s);
}

void TestAcl::evaluate_data()
{
    QTest::addColumn<ZkAcl>("acl");
    QTest::addColumn<bool>("alice");     // the session authenticated as alice:secret
    QTest::addColumn<QString>("server"); // where it is connected
    QTest::addColumn<uint>("granted");
    QTest::addColumn<uint>("uncertain");
    const QString local = u"127.0.0.1:2181"_s;
    const QString remote = u"10.9.8.7:2181"_s;
    const uint all = ZkPerm::All;
    QTest::newRow("empty acl grants all") << ZkAcl{} << false << local << all << 0u;
    QTest::newRow("world") << ZkAclPresets::readOnlyWorld() << false << local << uint(ZkPerm::Read)
                           << 0u;
    QTest::newRow("digest alice, as alice")
        << ZkAcl{{u"digest"_s, kAliceId, all}} << true << local << all << 0u;
    QTest::newRow("digest alice, anonymous")
        << ZkAcl{{u"digest"_s, kAliceId, all}} << false << local << 0u << 0u;
    QTest::newRow("digest alice, wrong password hash")
        << ZkAcl{{u"digest"_s, u"alice:OFO5E/9Nw6SDqDkz1p4eceu3/W8="_s, all}} << true << local << 0u
        << 0u;
    QTest::newRow("hidden hash is uncertain")
        << ZkAcl{{u"digest"_s, u"alice:x"_s, all}} << true << local << 0u << all;
    QTest::newRow("perms add up") << ZkAcl{{u"world"_s, u"anyone"_s, ZkPerm::Read},
                                           {u"digest"_s, kAliceId, ZkPerm::Admin}}
                                  << true << local << uint(ZkPerm::Read | ZkPerm::Admin) << 0u;
    QTest::newRow("ip loopback") << ZkAcl{{u"ip"_s, u"127.0.0.1"_s, all}} << false << local << all
                                 << 0u;
    QTest::newRow("ip loopback /8")
        << ZkAcl{{u"ip"_s, u"127.0.0.0/8"_s, all}} << false << local << all << 0u;
    QTest::newRow("ip other") << ZkAcl{{u"ip"_s, u"10.0.0.1"_s, all}} << false << local << 0u << 0u;
    QTest::newRow("ip, remote server: unknown")
        << ZkAcl{{u"ip"_s, u"10.0.0.0/8"_s, all}} << false << remote << 0u << all;
    QTest::newRow("ip, v6 loopback never matches")
        << ZkAcl{{u"ip"_s, u"127.0.0.1"_s, all}} << false << u"[::1]:2181"_s << 0u << 0u;
    QTest::newRow("auth as alice") << ZkAclPresets::creatorAll() << true << local << all << 0u;
    QTest::newRow("auth anonymous") << ZkAclPresets::creatorAll() << false << local << 0u << 0u;
    QTest::newRow("sasl never ours")
        << ZkAcl{{u"sasl"_s, u"alice"_s, all}} << true << local << 0u << 0u;
}

void TestAcl::evaluate()
{
    QFETCH(ZkAcl, acl);
    QFETCH(bool, alice);
    QFETCH(QString, server);
    QFETCH(uint, granted);
    QFETCH(uint, uncertain);
    const SessionIdentities who = SessionIdentities::from(
        alice ? QList<ZkAuthEntry>{aliceAuth()} : QList<ZkAuthEntry>{}, server);
    const AclDecision d = AclEvaluator::evaluate(acl, who);
    QCOMPARE(uint(d.granted), granted);
    QCOMPARE(uint(d.uncertain), uncertain);
}

void TestAcl::identitiesFromSession()
{
    const SessionIdentities who =
        SessionIdentities::from({aliceAuth(), {u"custom"_s, "token-1"}}, u"127.0.0.1:2181"_s);
    QCOMPARE(who.displayNames(),
             (QStringList{u"digest:alice"_s, u"custom (credentials hidden)"_s, u"ip:127.0.0.1"_s}));
    QCOMPARE(who.ids.first().id, kAliceId);
    QVERIFY(who.hasAuthenticated());
    const SessionIdentities remote = SessionIdentities::from({}, u"10.0.0.1:2181"_s);
    QVERIFY(!remote.addressKnown);
    QVERIFY(!remote.hasAuthenticated());
    // A custom scheme's id is the server's business: equal credentials count, others are unknown.
    const AclDecision d = AclEvaluator::evaluate({{u"custom"_s, u"other"_s, ZkPerm::Read}}, who);
    QCOMPARE(uint(d.uncertain), uint(ZkPerm::Read));
}

void TestAcl::fixupReplacesAuth()
{
    const SessionIdentities who = SessionIdentities::from({aliceAuth()}, u"127.0.0.1:2181"_s);
    const ZkAcl fixed = AclEvaluator::fixup(
        {{u"auth"_s, {}, ZkPerm::All}, {u"digest"_s, kAliceId, ZkPerm::All}}, who);
    QCOMPARE(fixed, (ZkAcl{{u"digest"_s, kAliceId, ZkPerm::All}})); // duplicate dropped
    QVERIFY(AclEvaluator::sameAcl({{u"world"_s, u"anyone"_s, 1}, {u"ip"_s, u"1.2.3.4"_s, 1}},
                                  {{u"ip"_s, u"1.2.3.4"_s, 1}, {u"world"_s, u"anyone"_s, 1}}));
    QVERIFY(!AclEvaluator::sameAcl({{u"world"_s, u"anyone"_s, 1}}, {{u"world"_s, u"anyone"_s, 3}}));
}

void TestAcl::lockOutWarning()
{
    const SessionIdentities alice = SessionIdentities::from({aliceAuth()}, u"127.0.0.1:2181"_s);
    const SessionIdentities nobody = SessionIdentities::from({}, u"127.0.0.1:2181"_s);
    const ZkAcl aliceAll = {{u"digest"_s, kAliceId, ZkPerm::All}};
    QVERIFY(AclEvaluator::lockOutWarning(u"/a"_s, aliceAll, alice).isEmpty());
    const QString both = AclEvaluator::lockOutWarning(u"/a"_s, aliceAll, nobody);
    QVERIFY2(both.contains(u"could no longer read or administer /a"_s), qPrintable(both));
    QVERIFY(both.contains(u"cannot undo"_s));
    const QString admin =
        AclEvaluator::lockOutWarning(u"/a"_s, ZkAclPresets::readOnlyWorld(), alice);
    QVERIFY2(admin.contains(u"could no longer change the ACL of /a"_s), qPrintable(admin));
    QVERIFY(AclEvaluator::lockOutWarning(u"/a"_s, {{u"ip"_s, u"127.0.0.1"_s, ZkPerm::All}}, nobody)
                .isEmpty());
}

void TestAcl::explainNamesEverything()
{
    const SessionIdentities alice = SessionIdentities::from({aliceAuth()}, u"127.0.0.1:2181"_s);
    const ZkAcl acl = {{u"digest"_s, u"alice:x"_s, ZkPerm::All},
                       {u"world"_s, u"anyone"_s, ZkPerm::Read}};
    const QString text =
        NoAuthExplainer::explain(ZkOperation::Delete, u"/app/x"_s, acl, 4, {}, alice);
    QVERIFY2(text.contains(u"refused to delete /app/x"_s), qPrintable(text));
    QVERIFY(text.contains(u"DELETE permission on its parent /app"_s));
    QVERIFY(text.contains(u"ACL of /app (ACL version 4)"_s));
    QVERIFY(text.contains(u"digest:alice:x rwcda, world:anyone r----"_s));
    QVERIFY(text.contains(u"This session holds: digest:alice, ip:127.0.0.1."_s));
    QVERIFY(text.contains(u"wrong password is accepted silently"_s));
    QVERIFY(text.contains(u"ACL names this user"_s));
    const QString unreadable = NoAuthExplainer::explain(
        ZkOperation::ReadData, u"/s"_s, std::nullopt, -1, ZkError::fromCode(ZkCode::NoAuth),
        SessionIdentities::from({}, u"127.0.0.1:2181"_s));
    QVERIFY2(unreadable.contains(u"cannot be read by this session either"_s),
             qPrintable(unreadable));
    QVERIFY(unreadable.contains(u"sends no credentials"_s));
}

QTEST_GUILESS_MAIN(TestAcl)
#include "tst_unit_acl.moc"
