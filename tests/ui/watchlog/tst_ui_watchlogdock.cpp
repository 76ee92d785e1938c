// The watch log dock on the offscreen platform: filter, pause/resume, clear, the old/new dialog;
// and the burst: 5,000 data changes per second for ~2 s on 100 nodes watched by the dock's
// subtree watcher, while a 5 ms probe timer measures how late the GUI event loop runs.
//
// What "complete" means for the burst (watches are one-shot: changes between a watch firing
// and its re-arm coalesce into one event, by ZooKeeper's design):
//  - every watch event the session delivered is in the log, in order (nothing dropped by the
//    ring buffer or the batching);
//  - each logged data change carries the value read when its watch was re-armed, and the values
//    form an unbroken chain per node (an entry's old value is the previous entry's new value,
//    versions strictly increase): no change is lost between two entries, only merged;
//  - the last logged value of every node is the value the writer set last (convergence).
// Latency is printed (max, p99), never asserted.

#include "node/valuediffdialog.h"
#include "sandbox/sandboxserver.h"
#include "watchlog/subtreewatcher.h"
#include "watchlog/watchlogdock.h"
#include "watchlog/watchlogfilter.h"
#include "watchlog/watchlogmodel.h"
#include "zk/zksession.h"
#include "zktestutil.h"

#include <QAction>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>

#include <algorithm>
#include <atomic>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

WatchLogEntry entry(WatchLogType type, const QString &path)
{
    WatchLogEntry e;
    e.type = type;
    e.path = path;
    return e;
}

/// RFC 4180 records: what a spreadsheet reads as the cells of each row.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows{{}};
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            rows.last() << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            rows.last() << cell;
            cell.clear();
            rows.append(QStringList());
            ++i;
        } else {
            cell += c;
        }
    }
    if (!rows.last().isEmpty() || !cell.isEmpty())
        rows.last() << cell;
    else
        rows.removeLast();
    return rows;
}

/// Sets data on `paths` round-robin at `rate` per second for `durationMs`, pipelined (at most
/// 900 in flight), from its own thread and session so the GUI thread only sees the watches.
class BurstWriter final : public QObject
{
    Q_OBJECT

public:
    BurstWriter(QString connect, QStringList paths, int rate, int durationMs)
        : m_connect(std::move(connect))
        , m_paths(std::move(paths))
        , m_rate(rate)
        , m_durationMs(durationMs)
    { }
    QHash<QString, QByteArray> finalValues; // read after the thread finished
    qint64 sent = 0, acked = 0, errors = 0, elapsedMs = 0;

    void run()
    {
        m_session = TestUtil::connect(m_connect);
        if (!m_session) {
            errors = -1;
            emit finished();
            return;
        }
        m_clock.start();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, this, &BurstWriter::pump);
        m_timer.start();
    }

signals:
    void finished();

private:
    void pump()
    {
        const qint64 elapsed = m_clock.elapsed();
        const qint64 due = qMin<qint64>(elapsed, m_durationMs) * m_rate / 1000;
        while (sent < due && sent - acked < 900) {
            const QString path = m_paths[sent % m_paths.size()];
            const QByteArray value = "v" + QByteArray::number(sent);
            finalValues[path] = value; // one session: sets to a node apply in order
            ++sent;
            m_session->setData(path, value, -1, this, [this](const StatReply &r) {
                ++acked;
                if (r.error) ++errors;
                if (acked == sent && m_clock.elapsed() >= m_durationMs) finish();
            });
        }
        if (elapsed >= m_durationMs && acked == sent) finish();
    }
    void finish()
    {
        if (!m_timer.isActive()) return;
        m_timer.stop();
        elapsedMs = m_clock.elapsed();
        emit finished();
    }

    QString m_connect;
    QStringList m_paths;
    int m_rate, m_durationMs;
    std::unique_ptr<ZkSession> m_session;
    QElapsedTimer m_clock;
    QTimer m_timer{this}; // a child: moves to the writer thread with it
};

} // namespace

class TestWatchLogDock final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filterPauseClear();
    void valuesDialog();
    void csvExportFromTheDockHasNoFormulas();
    void burst();

private:
    QString m_connect;
    std::unique_ptr<ZkSession> m_session;
};

void TestWatchLogDock::initTestCase()
{
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY2(server, "sandbox ZooKeeper server did not start");
    m_connect = server->connectString();
    m_session = TestUtil::connect(m_connect);
    QVERIFY(m_session);
}

void TestWatchLogDock::filterPauseClear()
{
    WatchLogDock dock(m_session.get());
    dock.resize(900, 300);
    dock.show();
    WatchLogModel *log = dock.logModel();
    QTableView *table = dock.table();
    for (const QString &p : {u"/app/a"_s, u"/app/b"_s, u"/other"_s})
        log->append(entry(WatchLogType::DataChanged, p));
    log->append(entry(WatchLogType::Deleted, u"/app/c"_s));
    QTRY_COMPARE(table->model()->rowCount(), 4);

    dock.filterEdit()->setText(u"/app"_s);
    QCOMPARE(table->model()->rowCount(), 3);
    dock.typeAction(WatchLogType::DataChanged)->setChecked(false);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, WatchLogModel::PathColumn).data().toString(), u"/app/c"_s);
    dock.typeAction(WatchLogType::DataChanged)->setChecked(true);
    dock.regexBox()->setChecked(true);
    dock.filterEdit()->setText(u"^/(other|app/b)$"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY2(dock.statusText().contains(u"2 shown"_s), qPrintable(dock.statusText()));
    dock.filterEdit()->setText(u"(["_s); // invalid: everything, marked red
    QCOMPARE(table->model()->rowCount(), 4);
    QVERIFY(!dock.filterEdit()->toolTip().isEmpty());
    dock.filterEdit()->clear();

    dock.pauseAction()->trigger();
    QVERIFY(log->isPaused());
    QCOMPARE(dock.pauseAction()->text(), u"Resume"_s);
    log->append(entry(WatchLogType::Created, u"/while/paused"_s));
    log->flush();
    QCOMPARE(table->model()->rowCount(), 4);
    QTRY_VERIFY2(dock.statusText().contains(u"paused, 1 waiting"_s), qPrintable(dock.statusText()));
    dock.pauseAction()->trigger();
    QCOMPARE(table->model()->rowCount(), 5);
    QCOMPARE(dock.pauseAction()->text(), u"Pause"_s);

    dock.clearAction()->trigger();
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY2(dock.statusText().startsWith(u"0 events"_s), qPrintable(dock.statusText()));

    QTemporaryDir dir;
    log->append(entry(WatchLogType::Deleted, u"/x"_s));
    QVERIFY(dock.exportTo(dir.filePath(u"e.json"_s), WatchLogDock::Format::Json));
    QFile f(dir.filePath(u"e.json"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("\"/x\""));
}

void TestWatchLogDock::csvExportFromTheDockHasNoFormulas()
{
    WatchLogDock dock(m_session.get());
    dock.show();
    WatchLogEntry data = entry(WatchLogType::DataChanged, u"/sheet/cell"_s);
    data.hasOldValue = data.hasNewValue = true;
    data.oldValue = "@SUM(A1:A9)";
    data.newValue = "=HYPERLINK(\"http://evil.example\",\"click\")";
    WatchLogEntry children = entry(WatchLogType::ChildrenChanged, u"/sheet"_s);
    children.detail = u"+=cmd|' /C calc'!A0 -2+3"_s;
    WatchLogEntry note = entry(WatchLogType::Note, u"/sheet"_s);
    note.detail = u"\t=1+1"_s;
    for (const WatchLogEntry &e : {data, children, note}) dock.logModel()->append(e);
    dock.logModel()->flush();
    QTRY_COMPARE(dock.table()->model()->rowCount(), 3);

    // Export > CSV… and the file dialog, as a person does it.
    auto *button = dock.findChild<QToolButton *>(u"watchLogExport"_s);
    QVERIFY(button && button->menu());
    button->menu()->actions().first()->trigger();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = dock.findChild<QFileDialog *>()) && dialog->isVisible());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"log.csv"_s);
    dialog->selectFile(file);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept: checks, fileSelected()
    QTRY_VERIFY(QFile::exists(file));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(in.readAll()));
    QCOMPARE(rows.size(), 4); // the header and three events
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), 9);
        for (const QString &cell : row)
            QVERIFY2(cell.isEmpty() || !u"=+-@\t\r"_s.contains(cell.front()), qPrintable(cell));
    }
    // The cells say what the log holds, behind the apostrophe that keeps them text.
    QCOMPARE(rows[1][7], u"'@SUM(A1:A9)"_s);
    QCOMPARE(rows[1][8], u"'=HYPERLINK(\"http://evil.example\",\"click\")"_s);
    QCOMPARE(rows[2][6], u"'+=cmd|' /C calc'!A0 -2+3"_s);
    QCOMPARE(rows[3][6], u"'\t=1+1"_s);
}

void TestWatchLogDock::valuesDialog()
{
    WatchLogDock dock(m_session.get());
    WatchLogEntry text = entry(WatchLogType::DataChanged, u"/t"_s);
    text.hasOldValue = text.hasNewValue = true;
    text.oldValue = "before";
    text.newValue = "after";
    WatchLogEntry binary = entry(WatchLogType::DataChanged, u"/b"_s);
    binary.hasNewValue = true;
    binary.newValue = QByteArray("\x01\x02\xff", 3);
    dock.logModel()->append(text);
    dock.logModel()->append(binary);
    dock.logModel()->append(entry(WatchLogType::Deleted, u"/d"_s));
    dock.logModel()->flush();
    QTableView *table = dock.table();

    auto *d1 = qobject_cast<ValueDiffDialog *>(dock.showValues(table->model()->index(0, 0)));
    QVERIFY(d1);
    QCOMPARE(d1->oldView()->toPlainText(), u"before"_s);
    QCOMPARE(d1->newView()->toPlainText(), u"after"_s);
    auto *d2 = qobject_cast<ValueDiffDialog *>(dock.showValues(table->model()->index(1, 0)));
    QVERIFY(d2);
    QVERIFY(d2->oldView()->toPlainText().isEmpty()); // not known: placeholder
    QVERIFY2(d2->newView()->toPlainText().startsWith(u"00000000  01 02 ff"_s),
             qPrintable(d2->newView()->toPlainText()));
    QVERIFY(!dock.showValues(table->model()->index(2, 0))); // a delete has no values
    d1->close();
    d2->close();
}

void TestWatchLogDock::burst()
{
    constexpr int kNodes = 100, kRate = 5000, kDurationMs = 2000;
    const QString root = u"/ui_burst"_s;
    QVERIFY(TestUtil::deleteTree(*m_session, root));
    QVERIFY(TestUtil::createChildren(*m_session, root, kNodes, u"n"_s, "init"_ba));
    auto session = TestUtil::connect(m_connect);
    QVERIFY(session);

    WatchLogDock dock(session.get());
    dock.resize(1000, 400);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    WatchLogModel *log = dock.logModel();
    log->setCapacity(100000); // the assertion below needs every event; the ring is tested elsewhere
    QSignalSpy ready(dock.subtreeWatcher(), &SubtreeWatcher::subtreeReady);
    dock.watchSubtree(root);
    QVERIFY(ready.wait(30000));
    QCOMPARE(dock.subtreeWatcher()->watchedCount(), kNodes + 1);
    // Every node's first read must be in before the burst, not only the last one issued: the
    // reads are pipelined, but a re-arm can still be in flight for another node.
    const auto allKept = [&] {
        for (int i = 0; i < kNodes; ++i)
            if (dock.subtreeWatcher()->keptData(root + u"/n"_s + QString::number(i)) != "init")
                return false;
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allKept(), 30000);
    QSignalSpy events(session.get(), &ZkSession::nodeEvent);

    // The probe: how late a 5 ms timer on the GUI thread fires during the burst.
    std::vector<double> lateMs;
    QElapsedTimer probeClock;
    qint64 lastNs = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    connect(&probe, &QTimer::timeout, this, [&] {
        const qint64 now = probeClock.nsecsElapsed();
        lateMs.push_back(qMax<qint64>(0, now - lastNs - 5'000'000) / 1e6);
        lastNs = now;
    });

    QStringList paths;
    for (int i = 0; i < kNodes; ++i) paths << root + u"/n"_s + QString::number(i);
    QThread thread;
    auto *writer = new BurstWriter(m_connect, paths, kRate, kDurationMs);
    writer->moveToThread(&thread);
    std::atomic<bool> written{false};
    connect(&thread, &QThread::started, writer, &BurstWriter::run);
    connect(writer, &BurstWriter::finished, writer, [&written] { written = true; });
    probeClock.start();
    probe.start();
    thread.start();
    const bool writerDone = QTest::qWaitFor([&] { return written.load(); }, 60000);
    thread.quit();
    QVERIFY(thread.wait(30000));
    QVERIFY(writerDone);
    QCOMPARE(writer->errors, 0);
    const QHash<QString, QByteArray> finalValues = writer->finalValues;
    qInfo("writer: %lld sets in %lld ms (%.0f/s)", writer->sent, writer->elapsedMs,
          writer->sent * 1000.0 / qMax<qint64>(1, writer->elapsedMs));
    const qint64 sets = writer->sent;
    delete writer;

    // Converged: the last logged value of every node is the writer's last one.
    const auto lastValues = [&] {
        QHash<QString, QByteArray> last;
        for (const WatchLogEntry &e : log->entries())
            if (e.type == WatchLogType::DataChanged && e.hasNewValue) last[e.path] = e.newValue;
        return last;
    };
    const bool converged = QTest::qWaitFor(
        [&] {
            log->flush();
            return lastValues() == finalValues;
        },
        60000);
    probe.stop();
    QVERIFY2(converged, "the log did not converge to the final values");

    // Complete: every delivered watch event is logged, in order.
    log->flush();
    QCOMPARE(log->evictedCount(), 0);
    QStringList delivered, logged;
    for (const auto &args : events) {
        const NodeEvent e = args.at(0).value<NodeEvent>();
        if (e.type == NodeEventType::DataChanged) delivered << e.path;
    }
    QHash<QString, QList<WatchLogEntry>> perNode;
    for (const WatchLogEntry &e : log->entries()) {
        if (e.type != WatchLogType::DataChanged) continue;
        logged << e.path;
        perNode[e.path] << e;
    }
    QCOMPARE(logged, delivered);
    // Unbroken chains of values per node.
    for (const QString &path : paths) {
        const QList<WatchLogEntry> &chain = perNode[path];
        QVERIFY2(!chain.isEmpty(), qPrintable(path));
        QCOMPARE(chain.first().oldValue, "init"_ba);
        for (qsizetype k = 0; k < chain.size(); ++k) {
            QVERIFY2(chain[k].hasNewValue && chain[k].hasOldValue, qPrintable(path));
            if (k == 0) continue;
            QCOMPARE(chain[k].oldValue, chain[k - 1].newValue);
            QVERIFY(chain[k].newVersion > chain[k - 1].newVersion);
        }
    }
    QCOMPARE(TestUtil::getData(*m_session, paths.last()), finalValues.value(paths.last()));

    std::vector<double> sorted = lateMs;
    std::sort(sorted.begin(), sorted.end());
    const double maxMs = sorted.empty() ? 0 : sorted.back();
    const double p99 = sorted.empty() ? 0 : sorted[size_t(0.99 * double(sorted.size() - 1))];
    qInfo("burst: %lld sets on %d watched nodes -> %lld watch events logged (%.1f sets per event)",
          sets, kNodes, qsizetype(logged.size()), double(sets) / qMax<qsizetype>(1, logged.size()));
    qInfo("GUI event-loop lateness during the burst (5 ms probe, %zu samples): max %.1f ms, "
          "p99 %.1f ms",
          sorted.size(), maxMs, p99);
}

QTEST_MAIN(TestWatchLogDock)
#include "tst_ui_watchlogdock.moc"
