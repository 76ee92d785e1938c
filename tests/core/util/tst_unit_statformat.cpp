#include "util/statformat.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestStatFormat final : public QObject
{
    Q_OBJECT

private slots:
    void formatBytes_data();
    void formatBytes();
    void formatZxid_data();
    void formatZxid();
    void formatSessionId_data();
    void formatSessionId();
    void formatTimestamp_data();
    void formatTimestamp();
    void formatCount_data();
    void formatCount();
    void fieldsOrderAndValues();
    void fieldsPersistentAndZeroTimes();
    void fieldsFollowTimeZone();
};

void TestStatFormat::formatBytes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << u"0 bytes"_s;
    QTest::newRow("one") << qint64(1) << u"1 byte"_s;
    QTest::newRow("two") << qint64(2) << u"2 bytes"_s;
    QTest::newRow("1023") << qint64(1023) << u"1,023 bytes"_s;
    QTest::newRow("1024") << qint64(1024) << u"1,024 bytes (1.0 KiB)"_s;
    QTest::newRow("1234") << qint64(1234) << u"1,234 bytes (1.2 KiB)"_s;
    QTest::newRow("1535") << qint64(1535) << u"1,535 bytes (1.4 KiB)"_s;
    QTest::newRow("1536") << qint64(1536) << u"1,536 bytes (1.5 KiB)"_s;
    QTest::newRow("jute max rounds down") << qint64(1048575) << u"1,048,575 bytes (1023.9 KiB)"_s;
    QTest::newRow("1 MiB") << qint64(1048576) << u"1,048,576 bytes (1.0 MiB)"_s;
    QTest::newRow("5 MiB") << qint64(5 * 1048576) << u"5,242,880 bytes (5.0 MiB)"_s;
    QTest::newRow("just under GiB") << qint64(1073741823) << u"1,073,741,823 bytes (1023.9 MiB)"_s;
    QTest::newRow("1.5 GiB") << qint64(1610612736) << u"1,610,612,736 bytes (1.5 GiB)"_s;
    QTest::newRow("qint32 max") << qint64(2147483647) << u"2,147,483,647 bytes (1.9 GiB)"_s;
    QTest::newRow("1 TiB") << (qint64(1) << 40) << u"1,099,511,627,776 bytes (1.0 TiB)"_s;
    QTest::newRow("qint64 max") << std::numeric_limits<qint64>::max()
                                << u"9,223,372,036,854,775,807 bytes (7.9 EiB)"_s;
    QTest::newRow("negative") << qint64(-1) << u"-1 bytes"_s;
}

void TestStatFormat::formatBytes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);
    QCOMPARE(StatFormat::formatBytes(bytes), expected);
}

void TestStatFormat::formatZxid_data()
{
    QTest::addColumn<qint64>("zxid");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << u"0x0"_s;
    QTest::newRow("small") << qint64(0x1a2b) << u"0x1a2b"_s;
    QTest::newRow("epoch 1") << qint64(0x100000001) << u"0x100000001"_s;
    QTest::newRow("max") << std::numeric_limits<qint64>::max() << u"0x7fffffffffffffff"_s;
    QTest::newRow("minus one") << qint64(-1) << u"0xffffffffffffffff"_s;
}

void TestStatFormat::formatZxid()
{
    QFETCH(qint64, zxid);
    QFETCH(QString, expected);
    QCOMPARE(StatFormat::formatZxid(zxid), expected);
}

void TestStatFormat::formatSessionId_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("expected");
    QTest::newRow("typical") << qint64(0x100000a2b3c0000) << u"0x100000a2b3c0000"_s;
    QTest::newRow("zero") << qint64(0) << u"0x0"_s;
    // Server ids >= 128 make the session id negative as a signed 64-bit value.
    QTest::newRow("high server id") << qint64(0x8100000000000001ULL) << u"0x8100000000000001"_s;
}

void TestStatFormat::formatSessionId()
{
    QFETCH(qint64, id);
    QFETCH(QString, expected);
    QCOMPARE(StatFormat::formatSessionId(id), expected);
}

void TestStatFormat::formatTimestamp_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("zoneId");
    QTest::addColumn<QString>("expected");
    QTest::newRow("epoch utc") << qint64(0) << u"UTC"_s << u"1970-01-01 00:00:00.000"_s;
    QTest::newRow("ms utc") << qint64(1714564800123) << u"UTC"_s << u"2024-05-01 12:00:00.123"_s;
    QTest::newRow("berlin summer")
        << qint64(1714564800123) << u"Europe/Berlin"_s << u"2024-05-01 14:00:00.123"_s;
    QTest::newRow("new york winter")
        << qint64(1704067200000) << u"America/New_York"_s << u"2023-12-31 19:00:00.000"_s;
    QTest::newRow("kolkata half hour")
        << qint64(1704067200000) << u"Asia/Kolkata"_s << u"2024-01-01 05:30:00.000"_s;
    QTest::newRow("before epoch") << qint64(-1) << u"UTC"_s << u"1969-12-31 23:59:59.999"_s;
}

void TestStatFormat::formatTimestamp()
{
    QFETCH(qint64, ms);
    QFETCH(QString, zoneId);
    QFETCH(QString, expected);
    const QTimeZone zone = zoneId == u"UTC" ? QTimeZone::utc() : QTimeZone(zoneId.toLatin1());
    if (!zone.isValid()) QSKIP("time zone database lacks this zone");
    QCOMPARE(StatFormat::formatTimestamp(ms, zone), expected);
}

void TestStatFormat::formatCount_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << u"0"_s;
    QTest::newRow("999") << qint64(999) << u"999"_s;
    QTest::newRow("1000") << qint64(1000) << u"1,000"_s;
    QTest::newRow("200k") << qint64(200000) << u"200,000"_s;
    QTest::newRow("negative") << qint64(-1234) << u"-1,234"_s;
}

void TestStatFormat::formatCount()
{
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    QCOMPARE(StatFormat::formatCount(value), expected);
}

void TestStatFormat::fieldsOrderAndValues()
{
    ZkStat s;
    s.czxid = 0x1a2b;
    s.mzxid = 0x100000003;
    s.pzxid = 0x2a;
    s.ctime = 1714564800123;
    s.mtime = 1714564801000;
    s.version = 7;
    s.cversion = 12;
    s.aversion = 1;
    s.ephemeralOwner = 0x100000a2b3c0000;
    s.dataLength = 1234;
    s.numChildren = 150000;

    const QList<StatField> f = StatFormat::fields(s, QTimeZone::utc());
    QStringList names;
    for (const StatField &field : f) names.append(field.name);
    const QStringList zkCliOrder{u"cZxid"_s,       u"ctime"_s,      u"mZxid"_s,
                                 u"mtime"_s,       u"pZxid"_s,      u"cversion"_s,
                                 u"dataVersion"_s, u"aclVersion"_s, u"ephemeralOwner"_s,
                                 u"dataLength"_s,  u"numChildren"_s};
    QCOMPARE(names, zkCliOrder);

    QCOMPARE(f[0].displayValue, u"0x1a2b"_s);
    QVERIFY2(f[0].toolTip.contains(u"6699"_s), qPrintable(f[0].toolTip)); // 0x1a2b in decimal
    QCOMPARE(f[1].displayValue, u"2024-05-01 12:00:00.123"_s);
    QVERIFY2(f[1].toolTip.contains(u"1714564800123"_s), qPrintable(f[1].toolTip));
    QVERIFY2(f[1].toolTip.contains(u"2024-05-01T12:00:00.123Z"_s), qPrintable(f[1].toolTip));
    QCOMPARE(f[2].displayValue, u"0x100000003"_s);
    QVERIFY2(f[2].toolTip.contains(u"epoch 1, counter 3"_s), qPrintable(f[2].toolTip));
    QCOMPARE(f[3].displayValue, u"2024-05-01 12:00:01.000"_s);
    QCOMPARE(f[4].displayValue, u"0x2a"_s);
    QCOMPARE(f[5].displayValue, u"12"_s);
    QCOMPARE(f[6].displayValue, u"7"_s);
    QCOMPARE(f[7].displayValue, u"1"_s);
    QCOMPARE(f[8].displayValue, u"0x100000a2b3c0000"_s);
    QVERIFY2(f[8].toolTip.contains(u"deleted when this session ends"_s), qPrintable(f[8].toolTip));
    QCOMPARE(f[9].displayValue, u"1,234 bytes (1.2 KiB)"_s);
    QCOMPARE(f[10].displayValue, u"150,000"_s);
    for (const StatField &field : f)
        QVERIFY2(field.toolTip.startsWith(field.name), qPrintable(field.name));
}

void TestStatFormat::fieldsPersistentAndZeroTimes()
{
    const QList<StatField> f = StatFormat::fields(ZkStat{}, QTimeZone::utc());
    QCOMPARE(f.size(), 11);
    QCOMPARE(f[0].displayValue, u"0x0"_s);
    QCOMPARE(f[1].displayValue, u"not set (0)"_s);
    QCOMPARE(f[3].displayValue, u"not set (0)"_s);
    QCOMPARE(f[8].displayValue, u"none (persistent)"_s);
    QCOMPARE(f[9].displayValue, u"0 bytes"_s);
    QCOMPARE(f[10].displayValue, u"0"_s);
}

void TestStatFormat::fieldsFollowTimeZone()
{
    const QTimeZone tokyo("Asia/Tokyo");
    if (!tokyo.isValid()) QSKIP("time zone database lacks Asia/Tokyo");
    ZkStat s;
    s.ctime = 1714564800123;
    const QList<StatField> f = StatFormat::fields(s, tokyo);
    QCOMPARE(f[1].displayValue, u"2024-05-01 21:00:00.123"_s);
    // The tooltip's ISO form is UTC whatever the display zone.
    QVERIFY2(f[1].toolTip.contains(u"2024-05-01T12:00:00.123Z"_s), qPrintable(f[1].toolTip));
}

QTEST_GUILESS_MAIN(TestStatFormat)
#include "tst_unit_statformat.moc"
