// The node panel while values are huge or change fast, against a real sandbox server:
// - a 900 KB single-line value opens without blocking the event loop (the longest stall is
//   printed; the 50 ms goal is for zkdesk-bench, the test asserts a generous 1 s) and stays
//   editable byte for byte;
// - after a storm of writes from another session to the shown node, the editor's bytes and the
//   Stat view equal the server's.

#include "node/hexview.h"
#include "node/nodedataview.h"
#include "node/nodelivefollower.h"
#include "node/nodepanel.h"
#include "node/statview.h"
#include "windowfixture.h"
#include "zktestutil.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 20000;
const QString kRoot = u"/panellive"_s;

QByteArray singleLine(qsizetype size)
{
    QByteArray line(size, 'a');
    for (qsizetype i = 0; i < size; i += 7) line[i] = ' ';
    return line;
}

// The longest time the event loop went without running a 5 ms timer, minus the 5 ms.
class StallMeter final
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_clock.start();
        m_timer.start();
    }
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_worstNs = std::max(m_worstNs, now - m_lastNs - 5'000'000);
        m_lastNs = now;
        ++m_ticks;
    }
    double worstMs() const { return m_worstNs / 1e6; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_worstNs = 0;
    int m_ticks = 0;
};

} // namespace

class TestNodePanelLive final
    : public QObject
    , private WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void hugeSingleLineOpensWithoutStall();
    void panelConvergesAfterWriteStorm();

private:
    bool openNode(const QString &path);
    ZkStat serverStat(const QString &path, QByteArray *data);
    bool panelEqualsServer(const QString &path);
};

void TestNodePanelLive::initTestCase()
{
    setUpFixture(u"tst_ui_nodepanellive"_s, kRoot,
                 {{kRoot + u"/small"_s, "small"},
                  {kRoot + u"/large"_s, singleLine(921'600)},
                  {kRoot + u"/storm"_s, "start"}});
}

void TestNodePanelLive::init() { openWindow(); }

void TestNodePanelLive::cleanup() { closeWindow(); }

void TestNodePanelLive::cleanupTestCase() { tearDownFixture(); }

bool TestNodePanelLive::openNode(const QString &path)
{
    m_window->selectPath(path);
    NodePanel *panel = m_window->nodePanel();
    return QTest::qWaitFor([&] { return panel->path() == path && panel->dataView()->hasData(); },
                           kTimeoutMs);
}

ZkStat TestNodePanelLive::serverStat(const QString &path, QByteArray *data)
{
    ZkStat stat;
    ZkError error;
    *data = TestUtil::getData(*m_session, path, &stat, &error);
    if (error) qWarning() << "reading" << path << "failed:" << error.toString();
    return stat;
}

bool TestNodePanelLive::panelEqualsServer(const QString &path)
{
    QByteArray data;
    const ZkStat stat = serverStat(path, &data);
    NodePanel *panel = m_window->nodePanel();
    const std::optional<ZkStat> shown = panel->statView()->stat();
    if (panel->dataView()->originalData() != data || !shown || !(*shown == stat)) return false;
    // What a person reads: every row of the Stat view, against a view of the server's Stat.
    StatView expected;
    expected.setStat(stat);
    QTreeWidget *table = panel->statView()->table();
    for (int row = 0; row < table->topLevelItemCount(); ++row) {
        const QString field = table->topLevelItem(row)->text(0);
        if (panel->statView()->value(field) != expected.value(field)) return false;
    }
    return panel->dataView()->text().toUtf8() == data && panel->loadedVersion() == stat.version;
}

void TestNodePanelLive::hugeSingleLineOpensWithoutStall()
{
    const QString small = kRoot + u"/small"_s;
    const QString large = kRoot + u"/large"_s;
    QVERIFY(openNode(small));

    StallMeter meter;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(openNode(large));
    const qint64 openMs = clock.elapsed();
    // A few more ticks: the paint after the data arrived counts too.
    const int ticks = meter.ticks();
    QVERIFY(QTest::qWaitFor([&] { return meter.ticks() >= ticks + 4; }, kTimeoutMs));
    qInfo("900 KB single-line node: shown after %lld ms, longest event-loop stall %.1f ms", openMs,
          meter.worstMs());
    QVERIFY2(meter.worstMs() < 1000, qPrintable(QString::number(meter.worstMs())));

    // Shown byte for byte, in the view that can hold it, and saying why.
    NodeDataView *data = m_window->nodePanel()->dataView();
    const QByteArray bytes = singleLine(921'600);
    QCOMPARE(data->shown(), NodeDataView::Shown::Hex);
    QVERIFY(data->isLongLineInHex());
    QVERIFY2(data->noteText().contains(u"921,600 characters"_s), qPrintable(data->noteText()));
    QVERIFY(data->hexView()->data() == bytes);

    // Editable: overwrite the first byte in the ASCII column and save; the server gets exactly
    // the loaded bytes with that one byte changed.
    HexView *hex = data->hexView();
    hex->setFocus();
    hex->setCursorPosition(0, true);
    QTest::keyClick(hex, 'Z');
    QVERIFY(m_window->nodePanel()->isDirty());
    bool saved = false;
    bool finished = false;
    m_window->nodePanel()->save([&](bool ok) {
        saved = ok;
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, kTimeoutMs);
    QVERIFY(saved);
    QByteArray expected = bytes;
    expected[0] = 'Z';
    QByteArray onServer;
    serverStat(large, &onServer);
    QVERIFY(onServer == expected);
}

void TestNodePanelLive::panelConvergesAfterWriteStorm()
{
    const QString path = kRoot + u"/storm"_s;
    QVERIFY(openNode(path));
    NodePanel *panel = m_window->nodePanel();
    for (int round = 0; round < 3; ++round) {
        // 2,000 writes at about 1,000/s: 10 every 10 ms, each value a different length so that
        // dataLength moves too.
        constexpr int kWrites = 2000;
        int sent = 0;
        int acked = 0;
        int failed = 0;
        QTimer pace;
        pace.setInterval(10);
        connect(&pace, &QTimer::timeout, this, [&] {
            for (int i = 0; i < 10 && sent < kWrites; ++i, ++sent) {
                const QByteArray value = "round " + QByteArray::number(round) + " write "
                    + QByteArray(sent % 17, '+') + QByteArray::number(sent);
                m_session->setData(path, value, -1, this, [&](const StatReply &reply) {
                    ++acked;
                    failed += reply.error ? 1 : 0;
                });
            }
            if (sent == kWrites) pace.stop();
        });
        pace.start();
        QTRY_COMPARE_WITH_TIMEOUT(acked, kWrites, 60000);
        QCOMPARE(failed, 0);
        QElapsedTimer sinceLastWrite;
        sinceLastWrite.start();
        QTRY_VERIFY_WITH_TIMEOUT(panelEqualsServer(path), 5000);
        qInfo("round %d: panel equal to the server %lld ms after the last write (%d re-reads "
              "for %d writes)",
              round, sinceLastWrite.elapsed(), panel->liveFollower()->rereads(), kWrites);
        QVERIFY(!panel->isDirty());
    }
}

QTEST_MAIN(TestNodePanelLive)
#include "tst_ui_nodepanellive.moc"
