// The watch log: ring-buffer bound, batching, filter, CSV/JSON export, old/new values of a
// watched node, and the explicit subtree watch (collapsed subtree, cap reported).

#include "sandbox/sandboxserver.h"
#include "watchlog/subtreewatcher.h"
#include "watchlog/watchlogexport.h"
#include "watchlog/watchlogfilter.h"
#include "watchlog/watchlogmodel.h"
#include "zk/zksession.h"
#include "zk/zkwatchregistry.h"
#include "zktestutil.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <malloc.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

qint64 rssBytes()
{
    QFile f(u"/proc/self/statm"_s);
    if (!f.open(QIODevice::ReadOnly)) return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

WatchLogEntry entry(WatchLogType type, const QString &path, const QString &detail = {})
{
    WatchLogEntry e;
    e.type = type;
    e.path = path;
    e.detail = detail;
    e.timeMs = 1700000000123;
    e.sessionId = 0x1234abcd;
    return e;
}

QList<WatchLogEntry> dataEntries(const WatchLogModel &log, const QString &path)
{
    QList<WatchLogEntry> out;
    for (const WatchLogEntry &e : log.entries())
        if (e.type == WatchLogType::DataChanged && e.path == path) out << e;
    return out;
}

} // namespace

class TestWatchLog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ringBufferIsBounded();
    void batchesAreOneInsertEach();
    void filter_data();
    void filter();
    void exportCsvAndJson();
    void oldAndNewValuesOfAWatchedNode();
    void subtreeWatchRecordsCollapsedChangesAndReportsTheCap();
    void unwatchRemovesTheWatches();

private:
    QString m_connect;
    std::unique_ptr<ZkSession> m_admin;
};

void TestWatchLog::initTestCase()
{
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY2(server, "sandbox ZooKeeper server did not start");
    m_connect = server->connectString();
    m_admin = TestUtil::connect(m_connect);
    QVERIFY(m_admin);
}

void TestWatchLog::ringBufferIsBounded()
{
    WatchLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(log.capacity(), 10000);
    const auto fill = [&log](int from, int to) {
        for (int i = from; i < to; ++i) {
            WatchLogEntry e = entry(WatchLogType::DataChanged, u"/n/"_s + QString::number(i % 100),
                                    u"event %1"_s.arg(i));
            e.hasNewValue = true;
            e.newValue = QByteArray(200, 'v');
            log.append(std::move(e));
            if (i % 500 == 499) log.flush(); // batches, as the timer would cut them
        }
        log.flush();
    };
    fill(0, 10000);
    QCOMPARE(log.rowCount(), 10000);
    malloc_trim(0);
    const qint64 rssFull = rssBytes();
    fill(10000, 25000);
    malloc_trim(0);
    const qint64 rssAfter = rssBytes();
    QCOMPARE(log.rowCount(), 10000);
    QCOMPARE(log.entry(0).detail, u"event 15000"_s); // the oldest went first
    QCOMPARE(log.entry(9999).detail, u"event 24999"_s);
    QCOMPARE(log.entry(0).seq + 9999, log.entry(9999).seq);
    QCOMPARE(log.evictedCount(), 15000);
    QCOMPARE(log.totalValueBytes(), 10000 * 200);
    qInfo("RSS with 10,000 rows: %.1f MB; after 15,000 more: %.1f MB", rssFull / 1048576.0,
          rssAfter / 1048576.0);
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer keeps freed blocks in its quarantine (up to 256 MB), so RSS measures the
    // sanitizer here, not the ring; the row and byte counts above still prove the bound.
    Q_UNUSED(rssAfter);
#else
    QVERIFY2(rssAfter - rssFull < 4 * 1024 * 1024, "the ring buffer must not grow");
#endif

    // One batch larger than the whole buffer: only the newest fit.
    for (int i = 0; i < 12000; ++i)
        log.append(entry(WatchLogType::Created, u"/big"_s, QString::number(i)));
    log.flush();
    QCOMPARE(log.rowCount(), 10000);
    QCOMPARE(log.entry(0).detail, u"2000"_s);

    log.setCapacity(50);
    QCOMPARE(log.rowCount(), 50);
    QCOMPARE(log.entry(49).detail, u"11999"_s);
    log.clear();
    QCOMPARE(log.rowCount(), 0);
}

void TestWatchLog::batchesAreOneInsertEach()
{
    WatchLogModel log;
    QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 300; ++i) log.append(entry(WatchLogType::DataChanged, u"/b"_s));
    QCOMPARE(log.rowCount(), 0); // nothing until the batch timer
    QTRY_COMPARE(log.rowCount(), 300);
    QCOMPARE(inserted.size(), 1);

    log.setPaused(true);
    for (int i = 0; i < 10; ++i) log.append(entry(WatchLogType::Deleted, u"/p"_s));
    log.flush(); // what the batch timer would do: nothing while paused
    QCOMPARE(log.rowCount(), 300);
    QCOMPARE(log.pendingCount(), 10);
    log.setPaused(false);
    QCOMPARE(log.rowCount(), 310);
    QCOMPARE(inserted.size(), 2);
}

void TestWatchLog::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<int>("mask");
    QTest::addColumn<QStringList>("paths");
    const int all = WatchLogFilter::kAllTypes;
    QTest::newRow("everything") << QString() << false << all
                                << QStringList{u"/app/a"_s, u"/app/b"_s, u"/apple"_s, u"/other"_s,
                                               u""_s};
    QTest::newRow("prefix") << u"/app"_s << false << all
                            << QStringList{u"/app/a"_s, u"/app/b"_s, u"/apple"_s};
    QTest::newRow("prefix subtree")
        << u"/app/"_s << false << all << QStringList{u"/app/a"_s, u"/app/b"_s};
    QTest::newRow("regex") << u"^/app/[ab]$|other"_s << true << all
                           << QStringList{u"/app/a"_s, u"/app/b"_s, u"/other"_s};
    QTest::newRow("type") << QString() << false << (1 << int(WatchLogType::Deleted))
                          << QStringList{u"/app/b"_s};
    QTest::newRow("type and prefix")
        << u"/app"_s << false
        << ((1 << int(WatchLogType::DataChanged)) | (1 << int(WatchLogType::SessionState)))
        << QStringList{u"/app/a"_s};
    QTest::newRow("invalid regex: no filter")
        << u"(["_s << true << all
        << QStringList{u"/app/a"_s, u"/app/b"_s, u"/apple"_s, u"/other"_s, u""_s};
}

void TestWatchLog::filter()
{
    QFETCH(QString, text);
    QFETCH(bool, regex);
    QFETCH(int, mask);
    QFETCH(QStringList, paths);
    WatchLogModel log;
    log.append(entry(WatchLogType::DataChanged, u"/app/a"_s));
    log.append(entry(WatchLogType::Deleted, u"/app/b"_s));
    log.append(entry(WatchLogType::ChildrenChanged, u"/apple"_s));
    log.append(entry(WatchLogType::Created, u"/other"_s));
    log.append(entry(WatchLogType::SessionState, QString(), u"Reconnecting"_s));
    log.flush();
    WatchLogFilter filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&log);
    QCOMPARE(filter.setPathFilter(text, regex), text != u"(["_s);
    filter.setTypeMask(mask);
    QStringList shown;
    for (const WatchLogEntry &e : filter.visibleEntries()) shown << e.path;
    QCOMPARE(shown, paths);
    // New rows are filtered as they come.
    log.append(entry(WatchLogType::Deleted, u"/app/late"_s));
    log.flush();
    const bool lateShown = (mask & (1 << int(WatchLogType::Deleted)))
        && (text == u"(["_s
            || (regex ? QRegularExpression(text).match(u"/app/late"_s).hasMatch()
                      : u"/app/late"_s.startsWith(text)));
    QCOMPARE(filter.rowCount(), int(paths.size()) + (lateShown ? 1 : 0));
}

void TestWatchLog::exportCsvAndJson()
{
    WatchLogEntry plain = entry(WatchLogType::DataChanged, u"/a,b"_s, u"version 1 → 2"_s);
    plain.hasOldValue = plain.hasNewValue = true;
    plain.oldSize = 3;
    plain.newSize = 9;
    plain.oldValue = "old";
    plain.newValue = "say \"hi\"";
    WatchLogEntry binary = entry(WatchLogType::DataChanged, u"/bin"_s);
    binary.hasNewValue = true;
    binary.newValue = QByteArray("\x00\xff\x01", 3);
    binary.newSize = 3;
    const WatchLogEntry state = entry(WatchLogType::SessionState, QString(), u"Connected"_s);
    const QList<WatchLogEntry> entries{plain, binary, state};

    const QString time = QDateTime::fromMSecsSinceEpoch(plain.timeMs).toString(Qt::ISODateWithMs);
    const QStringList lines = QString::fromUtf8(WatchLogExport::toCsv(entries)).split(u"\r\n"_s);
    QCOMPARE(lines.size(), 5); // header, 3 rows, the empty rest after the last CRLF
    QCOMPARE(lines[0], u"time,session,type,path,old_size,new_size,detail,old_value,new_value"_s);
    QCOMPARE(lines[1],
             time
                 + u",0x1234abcd,data changed,\"/a,b\",3,9,version 1 → 2,old,\"say \"\"hi\"\"\""_s);
    QCOMPARE(lines[2], time + u",0x1234abcd,data changed,/bin,,3,,,base64:AP8B"_s);
    QCOMPARE(lines[3], time + u",0x1234abcd,session state,,,,Connected,,"_s);

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(WatchLogExport::toJson(entries), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray events = doc.object().value(u"events"_s).toArray();
    QCOMPARE(events.size(), 3);
    const QJsonObject first = events[0].toObject();
    QCOMPARE(first.value(u"type"_s).toString(), u"data changed"_s);
    QCOMPARE(first.value(u"path"_s).toString(), u"/a,b"_s);
    QCOMPARE(first.value(u"oldValue"_s).toString(), u"old"_s);
    QCOMPARE(first.value(u"newValue"_s).toString(), u"say \"hi\""_s);
    QCOMPARE(first.value(u"valueEncoding"_s).toString(), u"utf-8"_s);
    QCOMPARE(first.value(u"timeMs"_s).toInteger(), plain.timeMs);
    QCOMPARE(first.value(u"session"_s).toString(), u"0x1234abcd"_s);
    const QJsonObject second = events[1].toObject();
    QCOMPARE(second.value(u"valueEncoding"_s).toString(), u"base64"_s);
    QCOMPARE(QByteArray::fromBase64(second.value(u"newValue"_s).toString().toLatin1()),
             binary.newValue);
    QVERIFY(!second.contains(u"oldValue"_s));
    QVERIFY(!events[2].toObject().contains(u"newValue"_s));

    QTemporaryDir dir;
    const QString file = dir.filePath(u"log.csv"_s);
    QVERIFY(WatchLogExport::writeFile(file, WatchLogExport::toCsv(entries)));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), WatchLogExport::toCsv(entries));
    QString why;
    QVERIFY(!WatchLogExport::writeFile(dir.filePath(u"no/such/dir/x.csv"_s), "x", &why));
    QVERIFY(!why.isEmpty());
}

void TestWatchLog::oldAndNewValuesOfAWatchedNode()
{
    const QString path = u"/wl_values"_s;
    QVERIFY(TestUtil::deleteTree(*m_admin, path));
    QVERIFY(TestUtil::createNodes(*m_admin, {{path, "v0"_ba}}));
    auto session = TestUtil::connect(m_connect);
    QVERIFY(session);
    WatchLogModel log;
    log.setSession(session.get());
    SubtreeWatcher watcher(session.get());
    QSignalSpy ready(&watcher, &SubtreeWatcher::subtreeReady);
    watcher.watchSubtree(path);
    QVERIFY(ready.wait(20000));
    QTRY_COMPARE(watcher.keptData(path), "v0"_ba);

    QObject owner;
    for (const QByteArray &value : {"v1"_ba, "v2"_ba, "three"_ba}) {
        const qsizetype before = dataEntries(log, path).size();
        m_admin->setData(path, value, -1, &owner, [](const StatReply &) {});
        QTRY_VERIFY(dataEntries(log, path).size() == before + 1
                    && dataEntries(log, path).last().hasNewValue);
    }
    const QList<WatchLogEntry> changes = dataEntries(log, path);
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes[0].oldValue, "v0"_ba);
    QCOMPARE(changes[0].newValue, "v1"_ba);
    QCOMPARE(changes[1].oldValue, "v1"_ba);
    QCOMPARE(changes[2].oldValue, "v2"_ba);
    QCOMPARE(changes[2].newValue, "three"_ba);
    QCOMPARE(changes[2].oldSize, 2);
    QCOMPARE(changes[2].newSize, 5);
    QVERIFY(changes[2].hasOldValue);
    QCOMPARE(changes[2].sessionId, session->sessionId());
    QCOMPARE(WatchLogModel::sizeText(changes[2]), u"2 bytes → 5 bytes"_s);
}

void TestWatchLog::subtreeWatchRecordsCollapsedChangesAndReportsTheCap()
{
    const QString root = u"/wl_subtree"_s;
    QVERIFY(TestUtil::deleteTree(*m_admin, root));
    QVERIFY(TestUtil::createChildren(*m_admin, root, 30, u"n"_s, "x"_ba));
    auto session = TestUtil::connect(m_connect);
    QVERIFY(session);
    WatchLogModel log;
    log.setSession(session.get());
    SubtreeWatcher watcher(session.get());
    watcher.setCap(20); // the root and 19 children
    QSignalSpy ready(&watcher, &SubtreeWatcher::subtreeReady);
    watcher.watchSubtree(root);
    QVERIFY(ready.wait(20000));
    QCOMPARE(ready.at(0).at(1).toInt(), 20);
    QVERIFY(ready.at(0).at(2).toBool());
    QCOMPARE(watcher.watchedCount(), 20);
    QTRY_VERIFY(!log.entries().isEmpty());
    const WatchLogEntry note = log.entries().constFirst();
    QCOMPARE(note.type, WatchLogType::Note);
    QVERIFY2(note.detail.contains(u"cap of 20"_s), qPrintable(note.detail));

    // No tree, nothing expanded: the subtree watch alone records changes.
    QString watched;
    for (int i = 0; i < 30 && watched.isEmpty(); ++i)
        if (watcher.isWatched(root + u"/n"_s + QString::number(i)))
            watched = root + u"/n"_s + QString::number(i);
    QVERIFY(!watched.isEmpty());
    QObject owner;
    m_admin->setData(watched, "changed", -1, &owner, [](const StatReply &) {});
    QVERIFY(TestUtil::createNodes(*m_admin, {{root + u"/added"_s, {}}}));
    QTRY_VERIFY(!dataEntries(log, watched).isEmpty()
                && dataEntries(log, watched).last().hasNewValue);
    QCOMPARE(dataEntries(log, watched).last().newValue, "changed"_ba);
    QTRY_VERIFY([&] {
        for (const WatchLogEntry &e : log.entries())
            if (e.type == WatchLogType::ChildrenChanged && e.path == root
                && e.detail.contains(u"+added"_s))
                return true;
        return false;
    }());
    // The new child is beyond the cap: not watched, and said so (once per subtree).
    QCOMPARE(watcher.watchedCount(), 20);
    QVERIFY(!watcher.isWatched(root + u"/added"_s));
}

void TestWatchLog::unwatchRemovesTheWatches()
{
    const QString root = u"/wl_unwatch"_s;
    QVERIFY(TestUtil::deleteTree(*m_admin, root));
    QVERIFY(TestUtil::createChildren(*m_admin, root, 3, u"n"_s, "x"_ba));
    auto session = TestUtil::connect(m_connect);
    QVERIFY(session);
    SubtreeWatcher watcher(session.get());
    QSignalSpy ready(&watcher, &SubtreeWatcher::subtreeReady);
    watcher.watchSubtree(root);
    QVERIFY(ready.wait(20000));
    auto *registry = ZkWatchRegistry::forSession(session.get());
    QCOMPARE(registry->wantedCount(), 8); // 4 nodes x (data, children)
    watcher.unwatchSubtree(root);
    QCOMPARE(registry->wantedCount(), 0);
    QTRY_COMPARE(registry->pendingRemovals(), 0);
    QSignalSpy events(session.get(), &ZkSession::nodeEvent);
    QObject owner;
    m_admin->setData(root + u"/n1"_s, "after", -1, &owner, [](const StatReply &) {});
    // Proof of absence: a watch set afterwards on another node fires, the removed one did not.
    QVERIFY(TestUtil::createNodes(*m_admin, {{u"/wl_unwatch_probe"_s, {}}}));
    bool armed = false;
    session->exists(u"/wl_unwatch_probe"_s, true, &owner, [&](const StatReply &) { armed = true; });
    QTRY_VERIFY(armed);
    m_admin->setData(u"/wl_unwatch_probe"_s, "x", -1, &owner, [](const StatReply &) {});
    QTRY_VERIFY(!events.isEmpty());
    for (const auto &args : events) {
        const NodeEvent e = args.at(0).value<NodeEvent>();
        if (e.type != NodeEventType::WatchRemoved) QCOMPARE(e.path, u"/wl_unwatch_probe"_s);
    }
}

QTEST_GUILESS_MAIN(TestWatchLog)
#include "tst_int_watchlog.moc"
