// DisplayText (what server text looks like on screen) and csvField (what it looks like in an
// exported spreadsheet): the one place each rule lives, checked case by case.
#include "util/csvfield.h"
#include "util/displaytext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDisplayText : public QObject
{
    Q_OBJECT

private slots:
    void visible_data();
    void visible();
    void shownElidesInTheMiddle();
    void toolTipIsEscapedRichText();
    void csvField_data();
    void csvField();
};

void TestDisplayText::visible_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"/app/config"_s << u"/app/config"_s;
    QTest::newRow("markup stays text") << u"/x/<b>BOLD</b>"_s << u"/x/<b>BOLD</b>"_s;
    QTest::newRow("percent stays text") << u"/%1%2"_s << u"/%1%2"_s;
    QTest::newRow("accents") << u"/café/日本"_s << u"/café/日本"_s;
    QTest::newRow("emoji (surrogate pair)") << u"/a😀b"_s << u"/a😀b"_s;
    QTest::newRow("right-to-left override") << u"/evil\u202Etxt.exe"_s << u"/evil⟨U+202E⟩txt.exe"_s;
    QTest::newRow("bidi isolate") << u"/a\u2066b\u2069"_s << u"/a⟨U+2066⟩b⟨U+2069⟩"_s;
    QTest::newRow("zero-width space") << u"/app\u200B/config"_s << u"/app⟨U+200B⟩/config"_s;
    QTest::newRow("zero-width joiner") << u"/a\u200Db"_s << u"/a⟨U+200D⟩b"_s;
    QTest::newRow("byte order mark") << u"/\uFEFFa"_s << u"/⟨U+FEFF⟩a"_s;
    QTest::newRow("soft hyphen") << u"/a\u00ADb"_s << u"/a⟨U+00AD⟩b"_s;
    QTest::newRow("no-break space") << u"/a\u00A0b"_s << u"/a⟨U+00A0⟩b"_s;
    QTest::newRow("newline") << u"/a\nb"_s << u"/a⟨U+000A⟩b"_s;
    QTest::newRow("escape") << u"/a\x1b[31m"_s << u"/a⟨U+001B⟩[31m"_s;
    QTest::newRow("delete and C1") << u"/a\x7f\u0085"_s << u"/a⟨U+007F⟩⟨U+0085⟩"_s;
    QTest::newRow("hangul filler") << u"/a\u3164"_s << u"/a⟨U+3164⟩"_s;
    QTest::newRow("lone surrogate") << u"/a"_s + QChar(0xD800) << u"/a⟨U+D800⟩"_s;
    QTest::newRow("ascii space kept") << u"/a b"_s << u"/a b"_s;
}

void TestDisplayText::visible()
{
    QFETCH(QString, raw);
    QFETCH(QString, shown);
    QCOMPARE(DisplayText::visible(raw), shown);
    QCOMPARE(DisplayText::shown(raw), shown);
    QVERIFY(!DisplayText::isElided(raw));
}

void TestDisplayText::shownElidesInTheMiddle()
{
    const QString name = u"/head-"_s + QString(1000, u'x') + u"-tail"_s;
    QVERIFY(DisplayText::isElided(name));
    const QString shown = DisplayText::shown(name);
    QCOMPARE(shown.size(), 160);
    QVERIFY(shown.startsWith(u"/head-xxx"_s));
    QVERIFY(shown.endsWith(u"xxx-tail"_s));
    QCOMPARE(shown.count(u'…'), 1);
    QCOMPARE(DisplayText::shown(name, 21), u"/head-xxxx…xxxxx-tail"_s);
    // A surrogate pair at the cut is kept whole or dropped, never split.
    const QString emoji = u"/"_s + u"😀"_s.repeated(100);
    const QString cut = DisplayText::shown(emoji, 20);
    for (qsizetype i = 0; i < cut.size(); ++i) {
        if (cut.at(i).isHighSurrogate())
            QVERIFY(i + 1 < cut.size() && cut.at(i + 1).isLowSurrogate());
        if (cut.at(i).isLowSurrogate()) QVERIFY(i > 0 && cut.at(i - 1).isHighSurrogate());
    }
}

void TestDisplayText::toolTipIsEscapedRichText()
{
    const QString tip = DisplayText::toolTip(u"/x/<a href=\"http://evil\">click</a>\nline 2"_s);
    QVERIFY(tip.startsWith(u"<p "_s)); // Qt does not guess: it is rich text on purpose
    QVERIFY(!tip.contains(u"<a href"_s));
    QVERIFY(tip.contains(u"&lt;a href=&quot;http://evil&quot;&gt;click&lt;/a&gt;"_s));
    QVERIFY(tip.contains(u"pre-wrap"_s));
}

void TestDisplayText::csvField_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << u"/app/config"_s << u"/app/config"_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("formula") << u"=HYPERLINK(\"http://evil\",\"x\")"_s
                             << u"\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""_s;
    QTest::newRow("plus") << u"+child"_s << u"\"'+child\""_s;
    QTest::newRow("minus") << u"-2+3"_s << u"\"'-2+3\""_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"\"'@SUM(A1)\""_s;
    QTest::newRow("tab") << u"\t=1"_s << u"\"'\t=1\""_s;
    QTest::newRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
    QTest::newRow("inside is fine") << u"a=b+c"_s << u"a=b+c"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestDisplayText::csvField()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(::csvField(cell), written);
}

QTEST_APPLESS_MAIN(TestDisplayText)
#include "tst_unit_displaytext.moc"
