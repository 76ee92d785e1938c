// NodeDataView, HexView and StatView on their own (no server): mode choice, null vs empty,
// charsets, and that 900 KB shows quickly and the hex view paints only what is visible.

#include "node/hexview.h"
#include "node/nodedataview.h"
#include "node/statview.h"
#include "node/texteditorpane.h"
#include "zktestutil.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>
#include <QTreeWidget>

#include <ctime>

using namespace Qt::StringLiterals;

class TestNodeDataView final : public QObject
{
    Q_OBJECT

private slots:
    void autoMode_data();
    void autoMode();
    void nullAndEmptyDiffer();
    void jsonIsPrettyPrinted();
    void invalidJsonInJsonModeFallsBackToText();
    void userModeSticks();
    void latin1Decoding();
    void largeTextIsFast_data();
    void largeTextIsFast();
    void longLineOpensInHexUntilAskedForText();
    void hexPaintsOnlyVisibleRows();
    void statViewShowsAllFields();
};

void TestNodeDataView::autoMode_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<NodeDataView::Mode>("expected");
    QTest::newRow("plain text") << "hello world"_ba << NodeDataView::Mode::Text;
    QTest::newRow("utf-8 text") << u"grüße €"_s.toUtf8() << NodeDataView::Mode::Text;
    QTest::newRow("json object") << R"({"a":1,"b":[1,2]})"_ba << NodeDataView::Mode::Json;
    QTest::newRow("json array") << "[1, 2, 3]"_ba << NodeDataView::Mode::Json;
    QTest::newRow("broken json") << R"({"a":)"_ba << NodeDataView::Mode::Text;
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe", 4) << NodeDataView::Mode::Hex;
    QTest::newRow("latin-1 bytes") << "gr\xfc\xdf"_ba << NodeDataView::Mode::Hex;
    QTest::newRow("truncated utf-8") << "abc\xe2\x82"_ba << NodeDataView::Mode::Hex;
}

void TestNodeDataView::autoMode()
{
    QFETCH(QByteArray, data);
    QFETCH(NodeDataView::Mode, expected);
    QCOMPARE(NodeDataView::autoMode(data), expected);
}

void TestNodeDataView::nullAndEmptyDiffer()
{
    NodeDataView view;
    view.setData(QByteArray());
    QCOMPARE(view.shown(), NodeDataView::Shown::Null);
    const QString nullStatus = view.statusText();
    QVERIFY2(nullStatus.contains(u"null"_s) && nullStatus.contains(u"-1"_s),
             qPrintable(nullStatus));

    view.setData(QByteArray(""));
    QCOMPARE(view.shown(), NodeDataView::Shown::Empty);
    const QString emptyStatus = view.statusText();
    QVERIFY2(emptyStatus.contains(u"empty"_s) && emptyStatus.contains(u"0 bytes"_s),
             qPrintable(emptyStatus));
    QVERIFY(nullStatus != emptyStatus);
}

void TestNodeDataView::jsonIsPrettyPrinted()
{
    NodeDataView view;
    view.setData(R"({"name":"orders","partitions":3})"_ba);
    QCOMPARE(view.shown(), NodeDataView::Shown::Json);
    QCOMPARE(view.text(), u"{\n    \"name\": \"orders\",\n    \"partitions\": 3\n}\n"_s);
}

void TestNodeDataView::invalidJsonInJsonModeFallsBackToText()
{
    NodeDataView view;
    view.setMode(NodeDataView::Mode::Json);
    view.setData("not json"_ba);
    QCOMPARE(view.shown(), NodeDataView::Shown::Text);
    QCOMPARE(view.text(), u"not json"_s);
    QVERIFY2(view.noteText().contains(u"not valid JSON"_s), qPrintable(view.noteText()));
}

void TestNodeDataView::userModeSticks()
{
    NodeDataView view;
    view.setMode(NodeDataView::Mode::Hex);
    view.setData("plain text"_ba);
    QCOMPARE(view.shown(), NodeDataView::Shown::Hex);
    QCOMPARE(view.hexView()->data(), "plain text"_ba);
    view.setData(R"({"a":1})"_ba); // another node: still Hex, the user chose it
    QCOMPARE(view.shown(), NodeDataView::Shown::Hex);
    view.setMode(NodeDataView::Mode::Auto);
    QCOMPARE(view.shown(), NodeDataView::Shown::Json);
}

void TestNodeDataView::latin1Decoding()
{
    NodeDataView view;
    view.setMode(NodeDataView::Mode::Text);
    view.setEncoding(QStringConverter::Latin1);
    view.setData("gr\xfc\xdf"_ba);
    QCOMPARE(view.text(), u"grüß"_s);
    view.setEncoding(QStringConverter::Utf8);
    // Each invalid sequence is one replacement character, nothing dropped or guessed.
    QCOMPARE(view.text(), u"gr\ufffd\ufffd"_s);
    // Latin-1 bytes are not UTF-8: shown, but read-only so that a save cannot mangle them.
    QVERIFY2(view.noteText().contains(u"not valid UTF-8"_s), qPrintable(view.noteText()));
    QVERIFY(view.textPane()->isReadOnly());
    QVERIFY(!view.isDirty());
}

void TestNodeDataView::largeTextIsFast_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<NodeDataView::Shown>("expected");
    const qsizetype size = 900 * 1024;

    QByteArray lines;
    for (int i = 0; lines.size() < size; ++i)
        lines += "line " + QByteArray::number(i) + " of a large configuration node, key=value\n";
    QTest::newRow("900 KB text, many lines") << lines.left(size) << NodeDataView::Shown::Text;

    QByteArray json = "[";
    for (int i = 0; json.size() < size - 100; ++i)
        json += R"({"id":)" + QByteArray::number(i) + R"(,"host":"broker-)" + QByteArray::number(i)
            + R"(.example.com","port":9092},)";
    json.chop(1);
    json += "]";
    QTest::newRow("900 KB JSON") << json << NodeDataView::Shown::Json;

    QByteArray oneLine(size, 'a');
    for (qsizetype i = 0; i < size; i += 7) oneLine[i] = ' ';
    // One line is too long for the editor's layout: Hex, which paints only what is visible.
    QTest::newRow("900 KB on a single line") << oneLine << NodeDataView::Shown::Hex;

    QByteArray binary(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i) binary[i] = char((i * 131) & 0xff);
    QTest::newRow("900 KB binary") << binary << NodeDataView::Shown::Hex;
}

namespace {

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

} // namespace

// What a 900 KB value costs the GUI thread: setData and the first paint together, asserted
// against a generous bound (the 50 ms goal is zkdesk-bench's), and what it shows: the exact
// bytes, unmodified, in a view that can hold them. The bound is on the thread's CPU time, not the
// wall clock: under ctest -j2 another test and its JVMs share the two cores, and a view that
// lays the whole value out costs seconds of CPU wherever it runs.
void TestNodeDataView::largeTextIsFast()
{
    QFETCH(QByteArray, data);
    QFETCH(NodeDataView::Shown, expected);
    NodeDataView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QElapsedTimer clock;
    clock.start();
    const double cpuStartMs = threadCpuMs();
    view.setData(data);
    const qint64 setMs = clock.elapsed();
    view.repaint(); // the first paint lays out what is visible
    const qint64 totalMs = clock.elapsed();
    const double cpuMs = threadCpuMs() - cpuStartMs;
    qInfo("%s: setData %lld ms, setData+paint %lld ms (GUI thread CPU %.0f ms)",
          QTest::currentDataTag(), setMs, totalMs, cpuMs);
    constexpr double kBoundMs = TestUtil::kSanitizerBuild ? 2500 : 1000;
    QVERIFY2(cpuMs < kBoundMs, qPrintable(QString::number(cpuMs)));

    QCOMPARE(view.shown(), expected);
    QVERIFY(!view.isDirty());
    QVERIFY(view.currentData() == data);
    if (expected == NodeDataView::Shown::Hex) {
        QVERIFY(view.hexView()->isVisible());
        QVERIFY(view.hexView()->data() == data);
        QVERIFY(view.hexView()->lastPaintedRows() > 0);
        QVERIFY(view.text().isEmpty());
    } else {
        QVERIFY(view.textPane()->isVisible());
        // Text as stored; JSON pretty-printed, and the same document.
        if (expected == NodeDataView::Shown::Text)
            QVERIFY(view.text().toUtf8() == data);
        else
            QCOMPARE(QJsonDocument::fromJson(view.text().toUtf8()), QJsonDocument::fromJson(data));
    }
}

// A line too long for the editor opens in Hex with a note; the explicit switch to the editor
// shows the same bytes as text, and an edit made in Hex before the switch is kept.
void TestNodeDataView::longLineOpensInHexUntilAskedForText()
{
    NodeDataView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QByteArray data = "x" + QByteArray(NodeDataView::kMaxEditorLineChars, 'y') + "\nshort\n";
    view.setData(data);
    QCOMPARE(view.shown(), NodeDataView::Shown::Hex);
    QVERIFY(view.isLongLineInHex());
    QVERIFY2(view.noteText().contains(u"too long for the text editor"_s),
             qPrintable(view.noteText()));

    view.hexView()->setFocus();
    view.hexView()->setCursorPosition(0, true);
    QTest::keyClick(view.hexView(), 'Q');
    QVERIFY(view.isDirty());
    QByteArray edited = data;
    edited[0] = 'Q';

    view.editLongLineAsText();
    QCOMPARE(view.shown(), NodeDataView::Shown::Text);
    QVERIFY(!view.isLongLineInHex());
    QVERIFY(view.text().toUtf8() == edited);
    QVERIFY(view.isDirty());
    QVERIFY(view.currentData() == edited);

    // The next value gets the same protection: the choice was for that value only.
    view.setData(data);
    QCOMPARE(view.shown(), NodeDataView::Shown::Hex);
    // A line exactly at the limit still goes to the editor.
    view.setData(QByteArray(NodeDataView::kMaxEditorLineChars, 'z'));
    QCOMPARE(view.shown(), NodeDataView::Shown::Text);
}

void TestNodeDataView::hexPaintsOnlyVisibleRows()
{
    HexView hex;
    hex.resize(700, 500);
    QByteArray data(900 * 1024, 'x');
    hex.setData(data);
    hex.show();
    QVERIFY(QTest::qWaitForWindowExposed(&hex));
    QCOMPARE(hex.rowCount(), 900 * 1024 / 16);

    QElapsedTimer clock;
    clock.start();
    for (int step = 0; step < 50; ++step) {
        hex.verticalScrollBar()->setValue(step * 1000);
        hex.viewport()->repaint();
    }
    const qint64 ms = clock.elapsed();
    qInfo("HexView: 50 scroll+repaint steps over 900 KB in %lld ms, %d rows per paint", ms,
          hex.lastPaintedRows());
    QVERIFY(hex.lastPaintedRows() > 0);
    QVERIFY2(hex.lastPaintedRows() <= 500 / hex.fontMetrics().height() + 1,
             qPrintable(QString::number(hex.lastPaintedRows())));
    QCOMPARE(hex.firstVisibleRow(), 49000);
}

void TestNodeDataView::statViewShowsAllFields()
{
    StatView view;
    ZkStat stat;
    stat.czxid = 0x1a;
    stat.version = 7;
    stat.ephemeralOwner = 0x100000a2b3c0000;
    stat.dataLength = 1234;
    stat.mtime = 1714564800000;
    view.setStat(stat);
    QCOMPARE(view.table()->topLevelItemCount(), 11);
    QCOMPARE(view.value(u"dataVersion"_s), u"7"_s);
    QCOMPARE(view.value(u"cZxid"_s), u"0x1a"_s);
    QCOMPARE(view.value(u"ephemeralOwner"_s), u"0x100000a2b3c0000"_s);
}

QTEST_MAIN(TestNodeDataView)
#include "tst_ui_nodedataview.moc"
