// SubtreeSearch against a real sandbox server: name/path queries (substring, glob, regex, case),
// data queries (substring, regex, encodings, raw bytes), previews, refused queries and cancel.

#include "sandbox/sandboxserver.h"
#include "search/subtreesearch.h"
#include "zk/zksession.h"
#include "zktestutil.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Mode = SearchQuery::TextMode;

struct Outcome
{
    QStringList paths; // sorted
    QList<SearchHit> hits;
    SearchSummary summary;
    bool finished = false;
};

} // namespace

class TestSearch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void byNameOrPath_data();
    void byNameOrPath();
    void byData_data();
    void byData();
    void previewShowsTheMatchInContext_data();
    void previewShowsTheMatchInContext();
    void refusesBadQueriesBeforeSending_data();
    void refusesBadQueriesBeforeSending();
    void fetchesDataOnlyForDataQueries();
    void cancelStopsPromptly();

private:
    Outcome run(const SearchQuery &query);

    std::unique_ptr<ZkSession> m_session;
};

void TestSearch::initTestCase()
{
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY2(server, "sandbox ZooKeeper server did not start");
    m_session = TestUtil::connect(server->connectString());
    QVERIFY(m_session);
    const QByteArray latin1 = u"Viele Grüße aus Köln"_s.toLatin1();
    QVERIFY(!QString::fromUtf8(latin1).contains(u"Grüße"_s)); // really not UTF-8
    QList<std::pair<QString, QByteArray>> nodes{
        {u"/search"_s, {}},
        {u"/search/app"_s, {}},
        {u"/search/app/config.json"_s, R"({"name":"alpha","port":9092})"_ba},
        {u"/search/app/Config.yaml"_s, "name: beta\nport: 9093\n"_ba},
        {u"/search/app/logs"_s, {}},
        {u"/search/app/logs/2024-01-01.log"_s, "INFO start\nERROR disk full on /var\n"_ba},
        {u"/search/latin"_s, latin1},
        {u"/search/bin"_s, QByteArray("\x00\x01\xde\xad\xbe\xef\x02", 7)},
        {u"/search/empty"_s, QByteArray()},
        {u"/search/other"_s, {}},
        {u"/search/other/nested"_s, {}},
        {u"/search/other/nested/deep"_s, "a needle in the deep"_ba},
    };
    nodes.append({u"/search/bulk"_s, {}});
    for (int i = 0; i < 50; ++i) {
        const QString dir = u"/search/bulk/d%1"_s.arg(i);
        nodes.append({dir, {}});
        for (int j = 0; j < 100; ++j) nodes.append({dir + u"/n%1"_s.arg(j), "hay needle hay"_ba});
    }
    QVERIFY(TestUtil::createNodes(*m_session, nodes));
}

Outcome TestSearch::run(const SearchQuery &query)
{
    Outcome out;
    SubtreeSearch search(m_session.get());
    connect(&search, &SubtreeSearch::resultsFound, this,
            [&](const QList<SearchHit> &hits) { out.hits << hits; });
    connect(&search, &SubtreeSearch::finished, this, [&](const SearchSummary &s) {
        out.summary = s;
        out.finished = true;
    });
    const QString error = search.start(query);
    if (!error.isEmpty()) {
        qWarning("search refused: %s", qPrintable(error));
        return out;
    }
    if (!QTest::qWaitFor([&] { return out.finished; }, 60000)) qWarning("search timed out");
    for (const SearchHit &h : std::as_const(out.hits)) out.paths << h.path;
    out.paths.sort();
    return out;
}

void TestSearch::byNameOrPath_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("fullPath");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QStringList>("expected");

    const QString json = u"/search/app/config.json"_s, yaml = u"/search/app/Config.yaml"_s;
    const QString log = u"/search/app/logs/2024-01-01.log"_s, logs = u"/search/app/logs"_s;
    QTest::newRow("substring, any case") << int(Mode::Substring) << u"config"_s << false << false
                                         << QStringList{yaml, json};
    QTest::newRow("substring, case-sensitive") << int(Mode::Substring) << u"Config"_s << false
                                               << true << QStringList{yaml};
    QTest::newRow("substring on names does not see the path")
        << int(Mode::Substring) << u"app/"_s << false << false << QStringList{};
    QTest::newRow("glob") << int(Mode::Glob) << u"*.json"_s << false << false << QStringList{json};
    QTest::newRow("glob is anchored") << int(Mode::Glob) << u"config"_s << false << false
                                      << QStringList{};
    QTest::newRow("glob ?") << int(Mode::Glob) << u"2024-?" "?-0?.log"_s << false << false
                            << QStringList{log};
    QTest::newRow("regex") << int(Mode::Regex) << u"^[Cc]onfig\\.(json|yaml)$"_s << false << true
                           << QStringList{yaml, json};
    QTest::newRow("regex, any case") << int(Mode::Regex) << u"^CONFIG\\."_s << false << false
                                     << QStringList{yaml, json};
    QTest::newRow("path substring") << int(Mode::Substring) << u"/app/logs"_s << true << false
                                    << QStringList{logs, log};
    QTest::newRow("path regex") << int(Mode::Regex) << u"^/search/other/.*/deep$"_s << true
                                << true << QStringList{u"/search/other/nested/deep"_s};
    QTest::newRow("path glob") << int(Mode::Glob) << u"/search/app/*.yaml"_s << true << false
                               << QStringList{yaml};
}

void TestSearch::byNameOrPath()
{
    QFETCH(int, mode);
    QFETCH(QString, pattern);
    QFETCH(bool, fullPath);
    QFETCH(bool, caseSensitive);
    QFETCH(QStringList, expected);
    SearchQuery q;
    q.root = u"/search"_s;
    q.nameMode = Mode(mode);
    q.namePattern = pattern;
    q.matchFullPath = fullPath;
    q.caseSensitivity = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const Outcome out = run(q);
    QVERIFY(out.finished);
    QVERIFY2(out.summary.error.isEmpty(), qPrintable(out.summary.error));
    QCOMPARE(out.paths, expected);
    QCOMPARE(out.summary.hits, qint64(expected.size()));
    QCOMPARE(out.summary.scanned, qint64(12 + 1 + 50 * 101));
    for (const SearchHit &h : out.hits) {
        QCOMPARE(h.matched, fullPath ? int(SearchHit::PathMatch) : int(SearchHit::NameMatch));
        QVERIFY(h.stat.czxid != 0);
    }
}

void TestSearch::byData_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QStringList>("expected");

    const QString json = u"/search/app/config.json"_s, yaml = u"/search/app/Config.yaml"_s;
    const int utf8 = int(QStringConverter::Utf8), latin1 = int(QStringConverter::Latin1);
    QTest::newRow("substring") << int(Mode::Substring) << u"port"_s << utf8 << true
                               << QStringList{yaml, json};
    QTest::newRow("substring, case-sensitive") << int(Mode::Substring) << u"ERROR"_s << utf8
                                               << true
                                               << QStringList{u"/search/app/logs/2024-01-01.log"_s};
    QTest::newRow("substring, wrong case") << int(Mode::Substring) << u"Error"_s << utf8 << true
                                           << QStringList{};
    QTest::newRow("substring, any case") << int(Mode::Substring) << u"Error Disk"_s << utf8
                                         << false
                                         << QStringList{u"/search/app/logs/2024-01-01.log"_s};
    QTest::newRow("regex") << int(Mode::Regex) << u"port\"?:\\s*909[23]"_s << utf8 << true
                           << QStringList{yaml, json};
    QTest::newRow("regex across lines") << int(Mode::Regex) << u"beta\\nport"_s << utf8 << true
                                        << QStringList{yaml};
    QTest::newRow("Latin-1 data, Latin-1 search") << int(Mode::Substring) << u"Grüße"_s << latin1
                                                  << true << QStringList{u"/search/latin"_s};
    QTest::newRow("Latin-1 data, any case") << int(Mode::Substring) << u"GRÜßE"_s << latin1
                                            << false << QStringList{u"/search/latin"_s};
    QTest::newRow("Latin-1 data, regex") << int(Mode::Regex) << u"K.ln$"_s << latin1 << true
                                         << QStringList{u"/search/latin"_s};
    QTest::newRow("Latin-1 data, UTF-8 search finds nothing")
        << int(Mode::Substring) << u"Grüße"_s << utf8 << true << QStringList{};
    QTest::newRow("bytes, spaced") << int(Mode::Bytes) << u"de ad be ef"_s << utf8 << true
                                   << QStringList{u"/search/bin"_s};
    QTest::newRow("bytes, packed upper case") << int(Mode::Bytes) << u"01DEADBEEF"_s << utf8
                                              << true << QStringList{u"/search/bin"_s};
    QTest::newRow("bytes, 0x prefixes") << int(Mode::Bytes) << u"0x01 0xde"_s << utf8 << true
                                        << QStringList{u"/search/bin"_s};
    QTest::newRow("bytes of Latin-1 text") << int(Mode::Bytes) << u"47 72 fc df 65"_s << utf8
                                           << true << QStringList{u"/search/latin"_s};
}

void TestSearch::byData()
{
    QFETCH(int, mode);
    QFETCH(QString, pattern);
    QFETCH(int, encoding);
    QFETCH(bool, caseSensitive);
    QFETCH(QStringList, expected);
    SearchQuery q;
    q.root = u"/search"_s;
    q.dataMode = Mode(mode);
    q.dataPattern = pattern;
    q.encoding = QStringConverter::Encoding(encoding);
    q.caseSensitivity = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const Outcome out = run(q);
    QVERIFY(out.finished);
    QVERIFY2(out.summary.error.isEmpty(), qPrintable(out.summary.error));
    QCOMPARE(out.paths, expected);
    for (const SearchHit &h : out.hits) QCOMPARE(h.matched, int(SearchHit::DataMatch));
}

void TestSearch::previewShowsTheMatchInContext_data()
{
    QTest::addColumn<int>("dataMode");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("preview");
    QTest::addColumn<QString>("highlighted");

    QTest::newRow("Latin-1 text") << int(Mode::Substring) << u"grüße"_s
                                  << int(QStringConverter::Latin1) << u"Viele Grüße aus Köln"_s
                                  << u"Grüße"_s;
    QTest::newRow("newlines flattened") << int(Mode::Substring) << u"disk"_s
                                        << int(QStringConverter::Utf8)
                                        << u"INFO start ERROR disk full on /var "_s << u"disk"_s;
    QTest::newRow("bytes as hex") << int(Mode::Bytes) << u"dead"_s << int(QStringConverter::Utf8)
                                  << u"00 01 de ad be ef 02"_s << u"de ad"_s;
}

void TestSearch::previewShowsTheMatchInContext()
{
    QFETCH(int, dataMode);
    QFETCH(QString, pattern);
    QFETCH(int, encoding);
    QFETCH(QString, preview);
    QFETCH(QString, highlighted);
    SearchQuery q;
    q.root = u"/search"_s;
    q.dataMode = Mode(dataMode);
    q.dataPattern = pattern;
    q.encoding = QStringConverter::Encoding(encoding);
    const Outcome out = run(q);
    QCOMPARE(out.hits.size(), 1);
    const SearchHit &h = out.hits.first();
    QCOMPARE(h.preview, preview);
    QCOMPARE(h.preview.mid(h.previewMatchStart, h.previewMatchLength), highlighted);
}

void TestSearch::refusesBadQueriesBeforeSending_data()
{
    QTest::addColumn<int>("nameMode");
    QTest::addColumn<QString>("namePattern");
    QTest::addColumn<int>("dataMode");
    QTest::addColumn<QString>("dataPattern");
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("why");

    const int none = int(Mode::None);
    QTest::newRow("bad name regex") << int(Mode::Regex) << u"node(["_s << none << QString()
                                    << u"/search"_s << u"invalid name regular expression"_s;
    QTest::newRow("bad data regex") << none << QString() << int(Mode::Regex) << u"a{2,1}"_s
                                    << u"/search"_s << u"invalid data regular expression"_s;
    QTest::newRow("odd hex") << none << QString() << int(Mode::Bytes) << u"abc"_s << u"/search"_s
                             << u"invalid byte pattern"_s;
    QTest::newRow("not hex") << none << QString() << int(Mode::Bytes) << u"zz"_s << u"/search"_s
                             << u"invalid byte pattern"_s;
    QTest::newRow("nothing to search") << none << QString() << none << QString() << u"/search"_s
                                       << u"nothing to search for"_s;
    QTest::newRow("empty pattern") << int(Mode::Substring) << QString() << none << QString()
                                   << u"/search"_s << u"pattern is empty"_s;
    QTest::newRow("glob on data") << none << QString() << int(Mode::Glob) << u"*"_s
                                  << u"/search"_s << u"wildcards search names"_s;
    QTest::newRow("bad root") << int(Mode::Substring) << u"x"_s << none << QString()
                              << u"search/"_s << u"invalid search root"_s;
}

void TestSearch::refusesBadQueriesBeforeSending()
{
    QFETCH(int, nameMode);
    QFETCH(QString, namePattern);
    QFETCH(int, dataMode);
    QFETCH(QString, dataPattern);
    QFETCH(QString, root);
    QFETCH(QString, why);
    SearchQuery q;
    q.root = root;
    q.nameMode = Mode(nameMode);
    q.namePattern = namePattern;
    q.dataMode = Mode(dataMode);
    q.dataPattern = dataPattern;
    SubtreeSearch search(m_session.get());
    QSignalSpy results(&search, &SubtreeSearch::resultsFound);
    QSignalSpy finished(&search, &SubtreeSearch::finished);
    QSignalSpy progress(&search, &SubtreeSearch::progress);
    const QString error = search.start(q);
    QVERIFY2(error.contains(why), qPrintable(error));
    QVERIFY(!search.isRunning());
    QCOMPARE(m_session->inFlight() + m_session->queued(), 0); // nothing was sent
    QCoreApplication::processEvents();
    QCOMPARE(results.size() + finished.size() + progress.size(), 0);
}

void TestSearch::fetchesDataOnlyForDataQueries()
{
    // A name query issues getChildren only: one request per node. Counting requests in flight
    // right after start() shows what the crawler asked for on its first step (the root).
    SubtreeSearch search(m_session.get());
    SearchQuery q;
    q.root = u"/search/app/config.json"_s;
    q.nameMode = Mode::Substring;
    q.namePattern = u"config"_s;
    QVERIFY(search.start(q).isEmpty());
    QCOMPARE(m_session->inFlight() + m_session->queued(), 1);
    QSignalSpy finished(&search, &SubtreeSearch::finished);
    QVERIFY(finished.wait(20000));
    q.nameMode = Mode::None;
    q.dataMode = Mode::Substring;
    q.dataPattern = u"alpha"_s;
    QVERIFY(search.start(q).isEmpty());
    // getData alone: getChildren follows only when the data's Stat says there are children.
    QCOMPARE(m_session->inFlight() + m_session->queued(), 1);
    QVERIFY(finished.wait(20000));
    QCOMPARE(search.hitCount(), 1);
}

void TestSearch::cancelStopsPromptly()
{
    SubtreeSearch search(m_session.get());
    QSignalSpy results(&search, &SubtreeSearch::resultsFound);
    QSignalSpy finished(&search, &SubtreeSearch::finished);
    SearchQuery q;
    q.root = u"/search/bulk"_s;
    q.dataMode = Mode::Substring;
    q.dataPattern = u"needle"_s;
    QVERIFY(search.start(q).isEmpty());
    QVERIFY(results.wait(20000)); // results stream while the crawl goes on
    search.cancel();
    QCOMPARE(finished.size(), 1); // at once, not after the outstanding replies
    const auto summary = finished.first().first().value<SearchSummary>();
    QVERIFY(summary.cancelled);
    QVERIFY(!search.isRunning());
    QVERIFY2(summary.hits < 5000, "the crawl was over before cancel: not a test of cancel");
    const qsizetype batches = results.size();
    // Barrier: a full search issued after the cancel finishes after every late reply of the
    // cancelled one came back (one session answers in order); none may reach us.
    const Outcome after = run([] {
        SearchQuery b;
        b.root = u"/search/bulk"_s;
        b.nameMode = Mode::Glob;
        b.namePattern = u"n99"_s;
        return b;
    }());
    QCOMPARE(after.paths.size(), 50);
    QCOMPARE(results.size(), batches);
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_int_search.moc"
