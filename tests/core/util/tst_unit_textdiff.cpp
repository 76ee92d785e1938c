// TextDiff: the line diff behind the save-conflict dialog.

#include "util/textdiff.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using TextDiff::Op;

namespace {

// Compact form of a diff: one character per line (' ', '-', '+') followed by the text.
QStringList render(const QList<TextDiff::Line> &diff)
{
    QStringList out;
    for (const TextDiff::Line &l : diff)
        out << QString(l.op == Op::Equal ? u' ' : l.op == Op::Delete ? u'-' : u'+') + l.text;
    return out;
}

// Applying the diff must give back both inputs, whatever the script looks like.
void checkReconstructs(const QList<TextDiff::Line> &diff, const QStringList &a,
                       const QStringList &b)
{
    QStringList oldSide, newSide;
    int expectOld = 1, expectNew = 1;
    for (const TextDiff::Line &l : diff) {
        if (l.op != Op::Insert) {
            oldSide << l.text;
            QCOMPARE(l.oldLine, expectOld++);
        } else {
            QCOMPARE(l.oldLine, 0);
        }
        if (l.op != Op::Delete) {
            newSide << l.text;
            QCOMPARE(l.newLine, expectNew++);
        } else {
            QCOMPARE(l.newLine, 0);
        }
    }
    QCOMPARE(oldSide, a);
    QCOMPARE(newSide, b);
}

} // namespace

class TestTextDiff final : public QObject
{
    Q_OBJECT

private slots:
    void splitLines_data();
    void splitLines();
    void diff_data();
    void diff();
    void unified_data();
    void unified();
    void randomEditsReconstruct();
    void largeInputIsBounded();
};

void TestTextDiff::splitLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("one line, no newline") << u"a"_s << QStringList{u"a"_s};
    QTest::newRow("final newline is not a line") << u"a\n"_s << QStringList{u"a"_s};
    QTest::newRow("blank line kept") << u"a\n\nb"_s << QStringList{u"a"_s, QString(), u"b"_s};
    QTest::newRow("only a newline") << u"\n"_s << QStringList{QString()};
    QTest::newRow("crlf keeps cr") << u"a\r\nb"_s << QStringList{u"a\r"_s, u"b"_s};
}

void TestTextDiff::splitLines()
{
    QFETCH(QString, text);
    QFETCH(QStringList, lines);
    QCOMPARE(TextDiff::splitLines(text), lines);
}

void TestTextDiff::diff_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("both empty") << QString() << QString() << QStringList();
    QTest::newRow("identical") << u"a\nb"_s << u"a\nb"_s << QStringList{u" a"_s, u" b"_s};
    QTest::newRow("all new") << QString() << u"x\ny"_s << QStringList{u"+x"_s, u"+y"_s};
    QTest::newRow("all gone") << u"x\ny"_s << QString() << QStringList{u"-x"_s, u"-y"_s};
    QTest::newRow("one changed line")
            << u"a\nb\nc"_s << u"a\nB\nc"_s << QStringList{u" a"_s, u"-b"_s, u"+B"_s, u" c"_s};
    QTest::newRow("insert in middle")
            << u"a\nc"_s << u"a\nb\nc"_s << QStringList{u" a"_s, u"+b"_s, u" c"_s};
    QTest::newRow("delete at start")
            << u"x\na\nb"_s << u"a\nb"_s << QStringList{u"-x"_s, u" a"_s, u" b"_s};
    QTest::newRow("append at end")
            << u"a"_s << u"a\nz"_s << QStringList{u" a"_s, u"+z"_s};
    QTest::newRow("json port change")
            << u"{\n  \"host\": \"a\",\n  \"port\": 1\n}"_s
            << u"{\n  \"host\": \"a\",\n  \"port\": 2\n}"_s
            << QStringList{u" {"_s, u"   \"host\": \"a\","_s, u"-  \"port\": 1"_s,
                           u"+  \"port\": 2"_s, u" }"_s};
    // The classic Myers example: ABCABBA -> CBABAC has edit distance 5.
    QTest::newRow("myers paper")
            << u"A\nB\nC\nA\nB\nB\nA"_s << u"C\nB\nA\nB\nA\nC"_s
            << QStringList{u"-A"_s, u"-B"_s, u" C"_s, u"+B"_s, u" A"_s, u" B"_s, u"-B"_s,
                           u" A"_s, u"+C"_s};
    QTest::newRow("repeated lines")
            << u"x\nx\nx"_s << u"x\nx"_s << QStringList{u"-x"_s, u" x"_s, u" x"_s};
}

void TestTextDiff::diff()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QStringList, expected);
    const QList<TextDiff::Line> d = TextDiff::diffText(oldText, newText);
    checkReconstructs(d, TextDiff::splitLines(oldText), TextDiff::splitLines(newText));
    const QStringList got = render(d);
    // The script must be minimal; ties may be broken differently, so compare counts when the
    // exact rendering differs.
    if (got != expected) {
        int expectedEdits = 0;
        for (const QString &l : expected)
            expectedEdits += l.startsWith(u' ') ? 0 : 1;
        QCOMPARE(TextDiff::countOp(d, Op::Delete) + TextDiff::countOp(d, Op::Insert),
                 expectedEdits);
    }
}

void TestTextDiff::unified_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<int>("context");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no change") << u"a\nb"_s << u"a\nb"_s << 3 << QString();
    QTest::newRow("one change, context 1")
            << u"1\n2\n3\n4\n5"_s << u"1\n2\nX\n4\n5"_s << 1
            << u"@@ -2,3 +2,3 @@\n 2\n-3\n+X\n 4\n"_s;
    QTest::newRow("two hunks")
            << u"1\n2\n3\n4\n5\n6\n7\n8\n9"_s << u"X\n2\n3\n4\n5\n6\n7\n8\nY"_s << 1
            << u"@@ -1,2 +1,2 @@\n-1\n+X\n 2\n@@ -8,2 +8,2 @@\n 8\n-9\n+Y\n"_s;
    QTest::newRow("insert into empty")
            << QString() << u"a"_s << 3 << u"@@ -0,0 +1,1 @@\n+a\n"_s;
}

void TestTextDiff::unified()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(int, context);
    QFETCH(QString, expected);
    QCOMPARE(TextDiff::unified(TextDiff::diffText(oldText, newText), context), expected);
}

void TestTextDiff::randomEditsReconstruct()
{
    QRandomGenerator rng(42);
    for (int round = 0; round < 200; ++round) {
        QStringList a;
        const int n = int(rng.bounded(30));
        for (int i = 0; i < n; ++i)
            a << QString::number(rng.bounded(5));
        QStringList b = a;
        const int edits = int(rng.bounded(8));
        for (int e = 0; e < edits; ++e) {
            const int pos = b.isEmpty() ? 0 : int(rng.bounded(b.size()));
            if (rng.bounded(2) && !b.isEmpty())
                b.removeAt(pos);
            else
                b.insert(pos, QString::number(rng.bounded(5)));
        }
        const QList<TextDiff::Line> d = TextDiff::diffLines(a, b);
        checkReconstructs(d, a, b);
        if (QTest::currentTestFailed())
            return;
        // Never worse than the edits that produced b.
        QVERIFY(TextDiff::countOp(d, Op::Delete) + TextDiff::countOp(d, Op::Insert)
                <= 2 * edits);
    }
}

void TestTextDiff::largeInputIsBounded()
{
    // 20,000 lines, every one different: far beyond maxEdits, so the fallback kicks in.
    QStringList a, b;
    for (int i = 0; i < 20000; ++i) {
        a << u"old %1"_s.arg(i);
        b << u"new %1"_s.arg(i);
    }
    QElapsedTimer clock;
    clock.start();
    const QList<TextDiff::Line> d = TextDiff::diffLines(a, b, 500);
    qInfo("20,000 x 20,000 all-different lines: %lld ms", clock.elapsed());
    checkReconstructs(d, a, b);
    QCOMPARE(TextDiff::countOp(d, Op::Delete), 20000);
    QCOMPARE(TextDiff::countOp(d, Op::Insert), 20000);

    // A single changed line in a large text stays minimal and fast.
    b = a;
    b[10000] = u"changed"_s;
    clock.restart();
    const QList<TextDiff::Line> one = TextDiff::diffLines(a, b);
    qInfo("20,000 lines, one change: %lld ms", clock.elapsed());
    QCOMPARE(TextDiff::countOp(one, Op::Delete), 1);
    QCOMPARE(TextDiff::countOp(one, Op::Insert), 1);
}

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_unit_textdiff.moc"
