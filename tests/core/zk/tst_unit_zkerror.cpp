#include "zk/zkerror.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestZkError final : public QObject
{
    Q_OBJECT

private slots:
    void codes_data();
    void codes();
    void everyKnownCodeHasNameAndMessage();
    void unknownCode_data();
    void unknownCode();
    void toString_data();
    void toString();
    void okIsNotAnError();
    void make();
    void metaType();
};

void TestZkError::codes_data()
{
    QTest::addColumn<int>("rc");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");

    // The raw numbers are the C client's: a wrong mapping here would show the wrong text for
    // what the server said (zkerror.cpp also static_asserts them against the C header).
    QTest::newRow("ok") << 0 << u"ZOK"_s << u"ok"_s;
    QTest::newRow("nonode") << -101 << u"ZNONODE"_s << u"node does not exist"_s;
    QTest::newRow("noauth") << -102 << u"ZNOAUTH"_s
                            << u"not authorised: the node's ACL does not grant this session the "
                               "permission"_s;
    QTest::newRow("badversion")
        << -103 << u"ZBADVERSION"_s
        << u"version conflict: the node was changed by someone else since it was read"_s;
    QTest::newRow("ephemeral children")
        << -108 << u"ZNOCHILDRENFOREPHEMERALS"_s << u"ephemeral nodes cannot have children"_s;
    QTest::newRow("nodeexists") << -110 << u"ZNODEEXISTS"_s << u"node already exists"_s;
    QTest::newRow("notempty") << -111 << u"ZNOTEMPTY"_s << u"node has children"_s;
    QTest::newRow("expired") << -112 << u"ZSESSIONEXPIRED"_s << u"session expired"_s;
    QTest::newRow("connectionloss")
        << -4 << u"ZCONNECTIONLOSS"_s << u"connection to the server lost"_s;
    QTest::newRow("closing") << -116 << u"ZCLOSING"_s << u"connection closed"_s;
    QTest::newRow("unimplemented")
        << -6 << u"ZUNIMPLEMENTED"_s
        << u"not supported by this server (TTL nodes need extendedTypesEnabled=true)"_s;
    QTest::newRow("notreadonly") << -119 << u"ZNOTREADONLY"_s << u"the server is read-only"_s;
    QTest::newRow("invalidacl") << -114 << u"ZINVALIDACL"_s << QString();
    QTest::newRow("authfailed") << -115 << u"ZAUTHFAILED"_s << u"authentication failed"_s;
    QTest::newRow("marshalling") << -5 << u"ZMARSHALLINGERROR"_s << QString();
    QTest::newRow("timeout") << -7 << u"ZOPERATIONTIMEOUT"_s << u"operation timed out"_s;
    QTest::newRow("badarguments") << -8 << u"ZBADARGUMENTS"_s << u"invalid arguments"_s;
    QTest::newRow("invalidstate") << -9 << u"ZINVALIDSTATE"_s << QString();
    QTest::newRow("systemerror") << -1 << u"ZSYSTEMERROR"_s << QString();
    QTest::newRow("newconfignoquorum") << -13 << u"ZNEWCONFIGNOQUORUM"_s << QString();
    QTest::newRow("reconfiginprogress") << -14 << u"ZRECONFIGINPROGRESS"_s << QString();
    QTest::newRow("ssl") << -15 << u"ZSSLCONNECTIONERROR"_s << QString();
    QTest::newRow("sessionmoved") << -118 << u"ZSESSIONMOVED"_s << QString();
    QTest::newRow("quota") << -125 << u"ZQUOTAEXCEEDED"_s << u"quota exceeded"_s;
    QTest::newRow("throttled") << -127 << u"ZTHROTTLEDOP"_s << QString();
    QTest::newRow("sasl") << -124 << u"ZSESSIONCLOSEDREQUIRESASLAUTH"_s << QString();
}

void TestZkError::codes()
{
    QFETCH(int, rc);
    QFETCH(QString, name);
    QFETCH(QString, message);
    const ZkError e = ZkError::fromCode(rc, u"/a/b"_s);
    QCOMPARE(static_cast<int>(e.code), rc);
    QCOMPARE(zkCodeName(e.code), name);
    QVERIFY(zkIsKnownCode(rc));
    if (!message.isEmpty()) QCOMPARE(zkCodeMessage(e.code), message);
    if (rc != 0) {
        QCOMPARE(e.message, zkCodeMessage(e.code));
        QCOMPARE(e.path, u"/a/b"_s);
        QVERIFY(bool(e));
    }
}

void TestZkError::everyKnownCodeHasNameAndMessage()
{
    QSet<QString> names;
    QSet<QString> messages;
    int known = 0;
    for (int rc = -200; rc <= 10; ++rc) {
        if (!zkIsKnownCode(rc)) continue;
        ++known;
        const auto code = static_cast<ZkCode>(rc);
        const QString name = zkCodeName(code);
        const QString message = zkCodeMessage(code);
        QVERIFY2(name.startsWith(u'Z') && name == name.toUpper(), qPrintable(name));
        QVERIFY2(!message.isEmpty(), qPrintable(name));
        // Lower-case so it reads well after "cannot delete /a: ", except for acronyms.
        QVERIFY2(!message.front().isUpper() || message.startsWith(u"TLS")
                     || message.startsWith(u"ZooKeeper"),
                 qPrintable(message));
        QVERIFY2(!message.endsWith(u'.'), qPrintable(message));
        QVERIFY2(!names.contains(name), qPrintable(name));
        QVERIFY2(!messages.contains(message), qPrintable(message));
        names.insert(name);
        messages.insert(message);
    }
    QCOMPARE(known, 34); // every ZkCode enumerator
}

void TestZkError::unknownCode_data()
{
    QTest::addColumn<int>("rc");
    QTest::newRow("-10") << -10;
    QTest::newRow("-126") << -126;
    QTest::newRow("-999") << -999;
    QTest::newRow("positive") << 42;
}

void TestZkError::unknownCode()
{
    QFETCH(int, rc);
    QVERIFY(!zkIsKnownCode(rc));
    const ZkError e = ZkError::fromCode(rc, u"/x"_s);
    QCOMPARE(static_cast<int>(e.code), rc);
    QCOMPARE(e.message, u"unknown ZooKeeper error %1"_s.arg(rc));
    QCOMPARE(zkCodeName(e.code), u"ZUNKNOWN(%1)"_s.arg(rc));
    QCOMPARE(e.toString(), u"unknown ZooKeeper error %1: /x"_s.arg(rc));
    QVERIFY(bool(e));
}

void TestZkError::toString_data()
{
    QTest::addColumn<int>("rc");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("with path") << -101 << u"/a/b"_s << u"node does not exist: /a/b"_s;
    QTest::newRow("without path") << -4 << QString() << u"connection to the server lost"_s;
    QTest::newRow("root path") << -111 << u"/"_s << u"node has children: /"_s;
}

void TestZkError::toString()
{
    QFETCH(int, rc);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(ZkError::fromCode(rc, path).toString(), expected);
    QCOMPARE(ZkError::fromCode(static_cast<ZkCode>(rc), path).toString(), expected);
}

void TestZkError::okIsNotAnError()
{
    const ZkError def;
    QVERIFY(def.isOk());
    QVERIFY(!def);
    const ZkError ok = ZkError::fromCode(0);
    QVERIFY(ok.isOk());
    QVERIFY(!ok);
    QVERIFY(ok.message.isEmpty());
    QVERIFY(!ZkError::fromCode(-101).isOk());
}

void TestZkError::make()
{
    const ZkError e = ZkError::make(ZkCode::BadArguments, u"path must start with \"/\""_s, u"a"_s);
    QCOMPARE(e.code, ZkCode::BadArguments);
    QCOMPARE(e.toString(), u"path must start with \"/\": a"_s);
    // An empty custom message falls back to the standard one rather than printing ": a".
    QCOMPARE(ZkError::make(ZkCode::NoNode, QString(), u"/a"_s).toString(),
             u"node does not exist: /a"_s);
}

void TestZkError::metaType()
{
    // Errors travel through queued signals: the type must be registered and copyable in a QVariant.
    const ZkError e = ZkError::fromCode(-103, u"/v"_s);
    const QVariant v = QVariant::fromValue(e);
    QVERIFY(v.isValid());
    QCOMPARE(v.value<ZkError>().toString(), e.toString());
}

QTEST_GUILESS_MAIN(TestZkError)
#include "tst_unit_zkerror.moc"
