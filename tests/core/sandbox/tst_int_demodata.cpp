// DemoData on a real sandbox server: the tree exists, the tricky payloads arrive byte-exact,
// and populating twice is harmless.

#include "sandbox/demodata.h"
#include "tree/naturalsort.h"
#include "sandbox/sandboxserver.h"
#include "zktestutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestDemoData final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void populates();
    void nodeData_data();
    void nodeData();
    void nullVersusEmpty();
    void binaryIsExact();
    void sequentialNodes();
    void bigParentHas120Children();
    void populatingTwiceIsHarmless();

private:
    std::unique_ptr<ZkSession> m_session;
};

void TestDemoData::initTestCase()
{
    SandboxServer *server = TestUtil::sharedServer();
    if (!server)
        QFAIL("the sandbox ZooKeeper server did not start (see the warning above)");
    m_session = TestUtil::connect(server->connectString());
    QVERIFY(m_session);
}

void TestDemoData::populates()
{
    DemoData demo;
    QSignalSpy finished(&demo, &DemoData::finished);
    QSignalSpy failed(&demo, &DemoData::failed);
    demo.populate(m_session.get());
    QVERIFY(demo.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().value<ZkError>().toString()));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!demo.isRunning());

    bool ok = false;
    const QStringList all = TestUtil::listTree(*m_session, u"/"_s, 60000, &ok);
    QVERIFY(ok);
    for (const QString &path : {u"/brokers/ids/0"_s, u"/brokers/ids/2"_s,
                                u"/brokers/topics/orders/partitions/2/state"_s,
                                u"/brokers/topics/payments/partitions/5/state"_s,
                                u"/brokers/topics/audit-log/partitions/0/state"_s,
                                u"/controller"_s, u"/config/topics/orders"_s,
                                u"/config/app/application.properties"_s,
                                u"/config/app/settings.yaml"_s, u"/config/app/log4j.xml"_s,
                                u"/binary/snapshot.bin"_s, u"/empty"_s, u"/nulldata"_s,
                                u"/latin1"_s, u"/big/node-120"_s, u"/large/blob"_s,
                                u"/services/payments/leader"_s}) {
        QVERIFY2(all.contains(path), qPrintable(path));
    }
}

void TestDemoData::nodeData_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("jsonKey"); // empty: not JSON, check `contains` instead
    QTest::addColumn<QString>("expected");

    QTest::newRow("broker") << u"/brokers/ids/1"_s << u"host"_s
                            << u"kafka-1.kafka.svc.cluster.local"_s;
    QTest::newRow("controller") << u"/controller"_s << u"brokerid"_s << u"0"_s;
    QTest::newRow("partition state") << u"/brokers/topics/orders/partitions/1/state"_s
                                     << u"leader"_s << u"1"_s;
    QTest::newRow("properties") << u"/config/app/application.properties"_s << QString()
                                << u"server.port=8080"_s;
    QTest::newRow("yaml") << u"/config/app/settings.yaml"_s << QString() << u"replicas: 3"_s;
    QTest::newRow("xml") << u"/config/app/log4j.xml"_s << QString() << u"<Configuration"_s;
}

void TestDemoData::nodeData()
{
    QFETCH(QString, path);
    QFETCH(QString, jsonKey);
    QFETCH(QString, expected);
    ZkError error;
    const QByteArray data = TestUtil::getData(*m_session, path, nullptr, &error);
    QVERIFY2(!error, qPrintable(error.toString()));
    if (jsonKey.isEmpty()) {
        QVERIFY2(QString::fromUtf8(data).contains(expected), data.constData());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(jsonKey).toVariant().toString(), expected);
}

void TestDemoData::nullVersusEmpty()
{
    ZkStat stat;
    ZkError error;
    const QByteArray empty = TestUtil::getData(*m_session, u"/empty"_s, &stat, &error);
    QVERIFY(!error);
    QVERIFY(!empty.isNull());
    QCOMPARE(empty.size(), 0);
    QCOMPARE(stat.dataLength, 0);

    const QByteArray null = TestUtil::getData(*m_session, u"/nulldata"_s, &stat, &error);
    QVERIFY(!error);
    QVERIFY(null.isNull());
    QCOMPARE(stat.dataLength, 0);

    // Latin-1 arrives as the bytes that were sent: invalid UTF-8, not re-encoded.
    const QByteArray latin1 = TestUtil::getData(*m_session, u"/latin1"_s, nullptr, &error);
    QCOMPARE(latin1, QByteArray("Gr\xFC\xDF" "e aus K\xF6ln"));
}

void TestDemoData::binaryIsExact()
{
    ZkStat stat;
    ZkError error;
    const QByteArray data = TestUtil::getData(*m_session, u"/binary/snapshot.bin"_s, &stat, &error);
    QVERIFY(!error);
    QCOMPARE(data.size(), 256 + 7);
    QCOMPARE(stat.dataLength, data.size());
    for (int i = 0; i < 256; ++i)
        QCOMPARE(quint8(data.at(i)), quint8(i));
    QCOMPARE(data.mid(256), QByteArray("\x80\xC3\x28\xE2\x82\xC0\xAF", 7));

    const QByteArray blob = TestUtil::getData(*m_session, u"/large/blob"_s, &stat, &error);
    QVERIFY(!error);
    QVERIFY2(blob.size() > 150 * 1024 && blob.size() < 400 * 1024,
             qPrintable(QString::number(blob.size())));
    QVERIFY(!QJsonDocument::fromJson(blob).isNull());
}

void TestDemoData::sequentialNodes()
{
    const QStringList paths = TestUtil::listTree(*m_session, u"/services/payments/instances"_s);
    QStringList members;
    for (const QString &path : paths) {
        if (path.contains(u"/member-"))
            members << path.section(u'/', -1);
    }
    members.sort();
    QCOMPARE(members.size(), DemoData::sequentialCount);
    // The server appends the parent's cversion as %010d: 3 plain instances came first.
    for (int i = 0; i < members.size(); ++i) {
        bool numeric = false;
        const int sequence = members[i].mid(7).toInt(&numeric);
        QVERIFY2(members[i].size() == 7 + 10 && numeric && sequence == 3 + i,
                 qPrintable(members[i]));
    }
    QCOMPARE(paths.size(), 3 + DemoData::sequentialCount);
}

void TestDemoData::bigParentHas120Children()
{
    QStringList children = TestUtil::listTree(*m_session, u"/big"_s);
    QCOMPARE(children.size(), DemoData::bigChildCount);
    for (QString &child : children)
        child = child.section(u'/', -1);
    std::sort(children.begin(), children.end(), naturalLess);
    QCOMPARE(children.first(), u"node-1"_s);
    QCOMPARE(children.at(1), u"node-2"_s);
    QCOMPARE(children.at(9), u"node-10"_s);
    QCOMPARE(children.last(), u"node-120"_s);
}

void TestDemoData::populatingTwiceIsHarmless()
{
    bool ok = false;
    const QStringList before = TestUtil::listTree(*m_session, u"/"_s, 60000, &ok);
    QVERIFY(ok);
    DemoData demo;
    QSignalSpy finished(&demo, &DemoData::finished);
    QSignalSpy failed(&demo, &DemoData::failed);
    demo.populate(m_session.get());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY(failed.isEmpty());
    // No new sequential members: they are only added along with a new parent.
    QCOMPARE(TestUtil::listTree(*m_session, u"/"_s), before);

    // And the helpers clean it all up again.
    QVERIFY(TestUtil::deleteTree(*m_session, u"/brokers"_s));
    QVERIFY(!TestUtil::listTree(*m_session, u"/"_s).contains(u"/brokers/ids/0"_s));
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_int_demodata.moc"
