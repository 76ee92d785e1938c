#include "zk/zkpath.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestZkPath final : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void validateName_data();
    void validateName();
    void join_data();
    void join();
    void parent_data();
    void parent();
    void name_data();
    void name();
    void isAncestor_data();
    void isAncestor();
    void depth_data();
    void depth();
    void sequentialSuffix_data();
    void sequentialSuffix();
    void roundTrip_data();
    void roundTrip();
};

void TestZkPath::validate_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("errorContains"); // empty = valid

    QTest::newRow("root") << u"/"_s << QString();
    QTest::newRow("simple") << u"/a"_s << QString();
    QTest::newRow("nested") << u"/a/b/c"_s << QString();
    QTest::newRow("zookeeper") << u"/zookeeper/quota"_s << QString();
    QTest::newRow("dot-prefix name") << u"/.hidden"_s << QString();
    QTest::newRow("triple dot") << u"/a/..."_s << QString();
    QTest::newRow("dots inside") << u"/a..b/c.d"_s << QString();
    QTest::newRow("space") << u"/my node/x y"_s << QString();
    QTest::newRow("unicode bmp") << u"/caf\u00e9/\u4e2d\u6587"_s << QString();
    QTest::newRow("U+00A0 ok") << u"/a\u00a0b"_s << QString();
    QTest::newRow("U+F900 ok") << u"/\uf900"_s << QString();
    QTest::newRow("U+FFEF ok") << u"/\uffef"_s << QString();
    QTest::newRow("sequential") << u"/locks/lock-0000000001"_s << QString();
    QTest::newRow("symbols") << u"/a-b_c:d@e=f,g+h%i#j"_s << QString();

    QTest::newRow("empty") << QString() << u"path is empty"_s;
    QTest::newRow("relative") << u"a/b"_s << u"path must start with \"/\""_s;
    QTest::newRow("leading space") << u" /a"_s << u"path must start with \"/\""_s;
    QTest::newRow("trailing slash") << u"/a/"_s << u"must not end with \"/\""_s;
    QTest::newRow("double slash root") << u"//"_s << u"must not end with \"/\""_s;
    QTest::newRow("double slash") << u"/a//b"_s
                                  << u"path contains an empty component (\"//\") at position 4"_s;
    QTest::newRow("double slash start") << u"//a"_s << u"empty component (\"//\") at position 2"_s;
    QTest::newRow("dot") << u"/a/./b"_s << u"relative component (\".\") at position 4"_s;
    QTest::newRow("dotdot") << u"/a/../b"_s << u"relative component (\"..\") at position 4"_s;
    QTest::newRow("dot last") << u"/a/."_s << u"relative component (\".\")"_s;
    QTest::newRow("dotdot last") << u"/.."_s << u"relative component (\"..\") at position 2"_s;
    QTest::newRow("nul") << u"/a\0b"_s << u"null character at position 3"_s;
    QTest::newRow("bell") << u"/ab\u0007"_s
                          << u"character U+0007 at position 4 is not allowed in a ZooKeeper path"_s;
    QTest::newRow("tab") << u"/a\tb"_s << u"character U+0009 at position 3"_s;
    QTest::newRow("newline") << u"/a\n"_s << u"character U+000A at position 3"_s;
    QTest::newRow("U+001F") << u"/\u001f"_s << u"U+001F"_s;
    QTest::newRow("DEL") << u"/a\u007f"_s << u"character U+007F at position 3"_s;
    QTest::newRow("U+0085") << u"/\u0085"_s << u"U+0085"_s;
    QTest::newRow("U+009F") << u"/\u009f"_s << u"U+009F"_s;
    QTest::newRow("private use") << u"/\ue000"_s << u"U+E000"_s;
    QTest::newRow("U+F8FF") << u"/\uf8ff"_s << u"U+F8FF"_s;
    QTest::newRow("U+FFF0") << u"/\ufff0"_s << u"U+FFF0"_s;
    QTest::newRow("U+FFFF") << u"/x\uffff"_s << u"U+FFFF at position 3"_s;
    QTest::newRow("emoji") << u"/a/\U0001F600"_s << u"character U+1F600 at position 4"_s;
    QTest::newRow("lone high surrogate") << u"/a"_s + QChar(0xD800) << u"U+D800 at position 3"_s;
    QTest::newRow("lone low surrogate") << u"/"_s + QChar(0xDC00) << u"U+DC00 at position 2"_s;
    QTest::newRow("error in deep component") << u"/aa/bb/c\u0001"_s << u"position 9"_s;
}

void TestZkPath::validate()
{
    QFETCH(QString, path);
    QFETCH(QString, errorContains);
    const QString error = ZkPath::validate(path);
    if (errorContains.isEmpty()) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(ZkPath::isValid(path));
    } else {
        QVERIFY2(error.contains(errorContains), qPrintable(error));
        QVERIFY(!ZkPath::isValid(path));
    }
}

void TestZkPath::validateName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("simple") << u"config"_s << QString();
    QTest::newRow("dot prefix") << u".x"_s << QString();
    QTest::newRow("dots") << u"..."_s << QString();
    QTest::newRow("digits") << u"0000000001"_s << QString();
    QTest::newRow("space") << u"a b"_s << QString();
    QTest::newRow("leading space") << u" a"_s << QString();
    QTest::newRow("empty") << QString() << u"name is empty"_s;
    QTest::newRow("slash") << u"a/b"_s << u"contains \"/\" at position 2"_s;
    QTest::newRow("leading slash") << u"/a"_s << u"contains \"/\" at position 1"_s;
    QTest::newRow("dot") << u"."_s << u"\".\" is not allowed"_s;
    QTest::newRow("dotdot") << u".."_s << u"\"..\" is not allowed"_s;
    QTest::newRow("control")
        << u"a\u0001"_s << u"character U+0001 at position 2 is not allowed in a ZooKeeper name"_s;
    QTest::newRow("nul") << u"\0"_s << u"null character at position 1"_s;
    QTest::newRow("emoji") << u"\U0001F680x"_s << u"U+1F680 at position 1"_s;
}

void TestZkPath::validateName()
{
    QFETCH(QString, name);
    QFETCH(QString, errorContains);
    const QString error = ZkPath::validateName(name);
    if (errorContains.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(errorContains), qPrintable(error));
}

void TestZkPath::join_data()
{
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("root") << u"/"_s << u"a"_s << u"/a"_s;
    QTest::newRow("child") << u"/a"_s << u"b"_s << u"/a/b"_s;
    QTest::newRow("deep") << u"/a/b/c"_s << u"d"_s << u"/a/b/c/d"_s;
    QTest::newRow("empty parent") << QString() << u"a"_s << u"/a"_s;
}

void TestZkPath::join()
{
    QFETCH(QString, parent);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(ZkPath::join(parent, name), expected);
}

void TestZkPath::parent_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("deep") << u"/a/b/c"_s << u"/a/b"_s;
    QTest::newRow("two") << u"/a/b"_s << u"/a"_s;
    QTest::newRow("one") << u"/a"_s << u"/"_s;
    QTest::newRow("root") << u"/"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestZkPath::parent()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(ZkPath::parent(path), expected);
}

void TestZkPath::name_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("deep") << u"/a/b/c"_s << u"c"_s;
    QTest::newRow("one") << u"/a"_s << u"a"_s;
    QTest::newRow("root") << u"/"_s << u"/"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("sequential") << u"/l/lock-0000000007"_s << u"lock-0000000007"_s;
}

void TestZkPath::name()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(ZkPath::name(path), expected);
}

void TestZkPath::isAncestor_data()
{
    QTest::addColumn<QString>("ancestor");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("expected");
    QTest::newRow("root of child") << u"/"_s << u"/a"_s << true;
    QTest::newRow("root of deep") << u"/"_s << u"/a/b/c"_s << true;
    QTest::newRow("root of root") << u"/"_s << u"/"_s << false;
    QTest::newRow("parent") << u"/a"_s << u"/a/b"_s << true;
    QTest::newRow("grandparent") << u"/a"_s << u"/a/b/c"_s << true;
    QTest::newRow("self") << u"/a"_s << u"/a"_s << false;
    QTest::newRow("prefix not ancestor") << u"/a"_s << u"/ab"_s << false;
    QTest::newRow("prefix not ancestor deep") << u"/a/b"_s << u"/a/bc/d"_s << false;
    QTest::newRow("child of") << u"/a/b"_s << u"/a"_s << false;
    QTest::newRow("sibling") << u"/a"_s << u"/b/a"_s << false;
    QTest::newRow("empty ancestor") << QString() << u"/a"_s << false;
    QTest::newRow("empty path") << u"/"_s << QString() << false;
}

void TestZkPath::isAncestor()
{
    QFETCH(QString, ancestor);
    QFETCH(QString, path);
    QFETCH(bool, expected);
    QCOMPARE(ZkPath::isAncestor(ancestor, path), expected);
}

void TestZkPath::depth_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("expected");
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("root") << u"/"_s << 0;
    QTest::newRow("one") << u"/a"_s << 1;
    QTest::newRow("two") << u"/a/b"_s << 2;
    QTest::newRow("five") << u"/a/b/c/d/e"_s << 5;
}

void TestZkPath::depth()
{
    QFETCH(QString, path);
    QFETCH(int, expected);
    QCOMPARE(ZkPath::depth(path), expected);
}

void TestZkPath::sequentialSuffix_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lock") << u"lock-0000000042"_s << u"0000000042"_s;
    QTest::newRow("no prefix") << u"0000000000"_s << u"0000000000"_s;
    QTest::newRow("max int") << u"n2147483647"_s << u"2147483647"_s;
    QTest::newRow("9 digits") << u"lock-000000042"_s << QString();
    QTest::newRow("11 digits") << u"lock-00000000042"_s << QString();
    QTest::newRow("ms timestamp") << u"backup-1700000000000"_s << QString();
    QTest::newRow("digits not at end") << u"0000000001-x"_s << QString();
    QTest::newRow("plain") << u"config"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("arabic-indic digits")
        << u"x\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0661"_s << QString();
    QTest::newRow("negative counter") << u"lock--000000001"_s << QString();
}

void TestZkPath::sequentialSuffix()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(ZkPath::sequentialSuffix(name), expected);
}

// join/parent/name agree with each other for every valid non-root path.
void TestZkPath::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("one") << u"/a"_s;
    QTest::newRow("two") << u"/a/b"_s;
    QTest::newRow("deep") << u"/x/y/z/w"_s;
    QTest::newRow("unicode") << u"/caf\u00e9/n\u00e6me"_s;
}

void TestZkPath::roundTrip()
{
    QFETCH(QString, path);
    QVERIFY(ZkPath::isValid(path));
    QCOMPARE(ZkPath::join(ZkPath::parent(path), ZkPath::name(path)), path);
    QVERIFY(ZkPath::isAncestor(ZkPath::parent(path), path));
    QCOMPARE(ZkPath::depth(ZkPath::parent(path)), ZkPath::depth(path) - 1);
    QVERIFY(ZkPath::validateName(ZkPath::name(path)).isEmpty());
}

QTEST_GUILESS_MAIN(TestZkPath)
#include "tst_unit_zkpath.moc"
