// The search dock and the tree's quick filter against a real sandbox server: searches by name
// and by data, results in the table, a result selected in the tree with its parents expanded,
// bad patterns refused before anything is sent, cancel; the quick filter keeps only matching
// loaded nodes and never loads anything.

#include "appcontroller.h"
#include "connectionview.h"
#include "sandbox/sandboxserver.h"
#include "search/searchpanel.h"
#include "search/searchquery.h"
#include "search/searchresultsmodel.h"
#include "search/subtreesearch.h"
#include "tree/treefilter.h"
#include "tree/treefilterbar.h"
#include "tree/znodetreemodel.h"
#include "zktestutil.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 30000;
constexpr int kManyChildren = 3000;

QStringList resultPaths(const SearchPanel &panel)
{
    QStringList paths;
    const SearchResultsModel *model = panel.resultsModel();
    for (int row = 0; row < model->rowCount(); ++row) paths << model->hit(row).path;
    paths.sort();
    return paths;
}

/// The cells of the results table as the user sees them, sorted by path.
QList<QStringList> tableRows(const SearchPanel &panel)
{
    QList<QStringList> rows;
    const QAbstractItemModel *model = panel.resultsView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        rows << cells;
    }
    std::sort(rows.begin(), rows.end(),
              [](const QStringList &a, const QStringList &b) { return a.first() < b.first(); });
    return rows;
}

/// Picks the combo item whose data is `value` (not a bare index that a reordering would break).
bool selectData(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index);
    return index >= 0;
}

/// With ZKDESK_SCREENSHOT_DIR set, saves `widget` there as `name`.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ZKDESK_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    widget->activateWindow();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(widget->grab().save(dir + u'/' + name));
}

QModelIndex viewIndex(QTreeView *tree, const QString &path)
{
    QAbstractItemModel *model = tree->model();
    if (model->rowCount() == 0) return {};
    return model
        ->match(model->index(0, 0), ZNodeTreeModel::PathRole, path, 1,
                Qt::MatchExactly | Qt::MatchRecursive)
        .value(0);
}
} // namespace

class TestSearchUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void searchFindsNodes_data();
    void searchFindsNodes();
    void invalidPatternIsRefusedBeforeSending_data();
    void invalidPatternIsRefusedBeforeSending();
    void cancelStopsTheSearch();
    void resultsArriveInBatches();
    void activatingResultSelectsItInTheTree();
    void quickFilterKeepsLoadedMatchesOnly();

private:
    bool openWindow(AppController &controller, ConnectionView &window);
    std::unique_ptr<ZkSession> m_session;
    QString m_connectString;
};

void TestSearchUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"zkdesk-tests"_s);
    QCoreApplication::setApplicationName(u"tst_ui_search"_s);
    QSettings().clear();

    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY2(server, "the sandbox ZooKeeper server did not start");
    m_connectString = server->connectString();
    m_session = TestUtil::connect(m_connectString);
    QVERIFY(m_session);
    QVERIFY(TestUtil::deleteTree(*m_session, u"/searchui"_s));
    QVERIFY(TestUtil::createNodes(
        *m_session,
        {
            {u"/searchui"_s, {}},
            {u"/searchui/brokers"_s, {}},
            {u"/searchui/brokers/ids"_s, {}},
            {u"/searchui/brokers/ids/1"_s, R"({"host":"kafka-1","port":9092})"},
            {u"/searchui/brokers/ids/2"_s, R"({"host":"kafka-2","port":9092})"},
            {u"/searchui/config"_s, {}},
            {u"/searchui/config/app"_s, "the needle is here"},
            {u"/searchui/config/db"_s, "NEEDLE in capitals"},
            {u"/searchui/deep"_s, {}},
            {u"/searchui/deep/a"_s, {}},
            {u"/searchui/deep/a/b"_s, {}},
            {u"/searchui/deep/a/b/target-leaf"_s, "x"},
            {u"/searchui/bin"_s, QByteArray("\x00\xde\xad\xbe\xef\x01", 6)},
            {u"/searchui/latin"_s, QByteArray("caf\xe9 cr\xe8me", 10)},
        }));
    // Topic configs with an owner: the data search of the screenshot.
    QList<std::pair<QString, QByteArray>> topics{{u"/searchui/cluster"_s, {}},
                                                 {u"/searchui/cluster/topics"_s, {}}};
    const QStringList teams{u"payments"_s, u"search"_s, u"ledger"_s};
    const QStringList kinds{u"orders"_s, u"refunds"_s, u"invoices"_s, u"events"_s, u"audit"_s};
    for (int i = 0; i < 60; ++i) {
        const QString topic = u"%1.%2.v%3"_s.arg(teams.at(i % 3), kinds.at(i % 5)).arg(i / 15 + 1);
        const QString json =
            uR"({"version":2,"owner":"team-%1","partitions":{"0":[1,2],"1":[2,3]}})"_s.arg(
                teams.at(i % 3));
        topics.append({u"/searchui/cluster/topics/"_s + topic, json.toUtf8()});
    }
    QVERIFY(TestUtil::createNodes(*m_session, topics));
    QVERIFY(TestUtil::createChildren(*m_session, u"/searchui/many"_s, kManyChildren, u"item-"_s,
                                     "payload"));
}

void TestSearchUi::cleanupTestCase()
{
    if (m_session) TestUtil::deleteTree(*m_session, u"/searchui"_s);
    m_session.reset();
}

bool TestSearchUi::openWindow(AppController &controller, ConnectionView &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) return false;
    window.connectTo(m_connectString, false);
    return QTest::qWaitFor([&] { return window.currentPath() == u"/"_s; }, kTimeoutMs)
        && controller.session()->isConnected();
}

void TestSearchUi::searchFindsNodes_data()
{
    using Mode = SearchQuery::TextMode;
    QTest::addColumn<int>("nameMode"); // SearchQuery::TextMode, the combo's item data
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("fullPath");
    QTest::addColumn<int>("dataMode");
    QTest::addColumn<QString>("data");
    QTest::addColumn<int>("encoding"); // QStringConverter::Encoding
    QTest::addColumn<bool>("matchCase");
    // Every row the table must show, sorted by path: path, "Matched" cell, "Preview" cell.
    QTest::addColumn<QList<QStringList>>("rows");

    const int utf8 = QStringConverter::Utf8;
    const int latin1 = QStringConverter::Latin1;
    const QString ids1 = u"/searchui/brokers/ids/1"_s, ids2 = u"/searchui/brokers/ids/2"_s;
    const QString broker1 = uR"({"host":"kafka-1","port":9092})"_s;
    const QString broker2 = uR"({"host":"kafka-2","port":9092})"_s;
    const QString app = u"/searchui/config/app"_s, db = u"/searchui/config/db"_s;
    QTest::newRow("name contains")
        << int(Mode::Substring) << u"TARGET"_s << false << int(Mode::None) << QString() << utf8
        << false
        << QList<QStringList>{{u"/searchui/deep/a/b/target-leaf"_s, u"name"_s, u"target-leaf"_s}};
    QTest::newRow("name contains, case")
        << int(Mode::Substring) << u"TARGET"_s << false << int(Mode::None) << QString() << utf8
        << true << QList<QStringList>{};
    QTest::newRow("name wildcard")
        << int(Mode::Glob) << u"[12]"_s << false << int(Mode::None) << QString() << utf8 << false
        << QList<QStringList>{{ids1, u"name"_s, u"1"_s}, {ids2, u"name"_s, u"2"_s}};
    QTest::newRow("name regex") << int(Mode::Regex) << u"^(app|db)$"_s << false << int(Mode::None)
                                << QString() << utf8 << false
                                << QList<QStringList>{{app, u"name"_s, u"app"_s},
                                                      {db, u"name"_s, u"db"_s}};
    QTest::newRow("full path") << int(Mode::Substring) << u"config/a"_s << true << int(Mode::None)
                               << QString() << utf8 << false
                               << QList<QStringList>{{app, u"path"_s, app}};
    QTest::newRow("data contains") << int(Mode::None) << QString() << false << int(Mode::Substring)
                                   << u"needle"_s << utf8 << false
                                   << QList<QStringList>{{app, u"data"_s, u"the needle is here"_s},
                                                         {db, u"data"_s, u"NEEDLE in capitals"_s}};
    QTest::newRow("data contains, case")
        << int(Mode::None) << QString() << false << int(Mode::Substring) << u"needle"_s << utf8
        << true << QList<QStringList>{{app, u"data"_s, u"the needle is here"_s}};
    QTest::newRow("data regex") << int(Mode::None) << QString() << false << int(Mode::Regex)
                                << u"kafka-\\d"_s << utf8 << false
                                << QList<QStringList>{{ids1, u"data"_s, broker1},
                                                      {ids2, u"data"_s, broker2}};
    QTest::newRow("data hex") << int(Mode::None) << QString() << false << int(Mode::Bytes)
                              << u"de ad be ef"_s << utf8 << false
                              << QList<QStringList>{
                                     {u"/searchui/bin"_s, u"data"_s, u"00 de ad be ef 01"_s}};
    QTest::newRow("data latin-1") << int(Mode::None) << QString() << false << int(Mode::Substring)
                                  << u"café"_s << latin1 << false
                                  << QList<QStringList>{
                                         {u"/searchui/latin"_s, u"data"_s, u"café crème"_s}};
    QTest::newRow("data latin-1 read as utf-8")
        << int(Mode::None) << QString() << false << int(Mode::Substring) << u"café"_s << utf8
        << false << QList<QStringList>{};
    QTest::newRow("name and data")
        << int(Mode::Substring) << u"1"_s << false << int(Mode::Substring) << u"kafka"_s << utf8
        << false << QList<QStringList>{{ids1, u"name + data"_s, broker1}};
}

void TestSearchUi::searchFindsNodes()
{
    using Mode = SearchQuery::TextMode;
    QFETCH(int, nameMode);
    QFETCH(QString, name);
    QFETCH(bool, fullPath);
    QFETCH(int, dataMode);
    QFETCH(QString, data);
    QFETCH(int, encoding);
    QFETCH(bool, matchCase);
    QFETCH(QList<QStringList>, rows);

    SearchPanel panel(m_session.get());
    panel.rootEdit()->setText(u"/searchui"_s);
    if (nameMode != int(Mode::None)) QVERIFY(selectData(panel.nameModeCombo(), nameMode));
    panel.nameEdit()->setText(name);
    panel.fullPathCheck()->setChecked(fullPath);
    if (dataMode != int(Mode::None)) QVERIFY(selectData(panel.dataModeCombo(), dataMode));
    panel.dataEdit()->setText(data);
    QVERIFY(selectData(panel.encodingCombo(), encoding));
    panel.caseCheck()->setChecked(matchCase);
    QVERIFY2(panel.errorText().isEmpty(), qPrintable(panel.errorText()));
    QVERIFY(panel.searchButton()->isEnabled());

    QTest::mouseClick(panel.searchButton(), Qt::LeftButton);
    QVERIFY(panel.isRunning());
    QVERIFY(panel.cancelButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), kTimeoutMs);
    const QString status = panel.statusText();
    const QString count = rows.size() == 1 ? u"1 result"_s : u"%1 results"_s.arg(rows.size());
    QVERIFY2(status.startsWith(count), qPrintable(status));
    QVERIFY2(status.contains(u"nodes scanned"_s), qPrintable(status));
    QVERIFY(!panel.cancelButton()->isEnabled());
    // The table shows each result's path, what matched and the matching text in context.
    QCOMPARE(tableRows(panel), rows);
}

void TestSearchUi::invalidPatternIsRefusedBeforeSending_data()
{
    QTest::addColumn<int>("nameMode");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("dataMode");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("root");
    using Mode = SearchQuery::TextMode;
    const int substring = int(Mode::Substring), regex = int(Mode::Regex);
    QTest::newRow("name regex") << regex << u"(unclosed"_s << substring << QString() << u"/"_s;
    QTest::newRow("data regex") << substring << QString() << regex << u"[a-"_s << u"/"_s;
    QTest::newRow("hex") << substring << QString() << int(Mode::Bytes) << u"de ad zz"_s << u"/"_s;
    QTest::newRow("relative root")
        << substring << u"x"_s << substring << QString() << u"searchui"_s;
}

void TestSearchUi::invalidPatternIsRefusedBeforeSending()
{
    QFETCH(int, nameMode);
    QFETCH(QString, name);
    QFETCH(int, dataMode);
    QFETCH(QString, data);
    QFETCH(QString, root);

    // A session of its own, so "nothing was sent" can be checked on its counters.
    auto session = TestUtil::connect(m_connectString);
    QVERIFY(session);
    SearchPanel panel(session.get());
    panel.show();
    panel.rootEdit()->setText(root);
    QVERIFY(selectData(panel.nameModeCombo(), nameMode));
    panel.nameEdit()->setText(name);
    QVERIFY(selectData(panel.dataModeCombo(), dataMode));
    panel.dataEdit()->setText(data);

    // Reported while typing, and Search is disabled.
    QVERIFY(!panel.errorText().isEmpty());
    QVERIFY(!panel.searchButton()->isEnabled());
    // Return in a field (or a forced start) refuses too, with nothing sent.
    QTest::keyClick(panel.nameEdit(), Qt::Key_Return);
    QVERIFY(!panel.startSearch());
    QVERIFY(!panel.isRunning());
    QCOMPARE(session->inFlight(), 0);
    QCOMPARE(session->queued(), 0);
    QCOMPARE(panel.resultsModel()->rowCount(), 0);
    QVERIFY(!panel.errorText().isEmpty());
}

void TestSearchUi::cancelStopsTheSearch()
{
    SearchPanel panel(m_session.get());
    panel.rootEdit()->setText(u"/searchui/many"_s);
    panel.dataEdit()->setText(u"payload"_s);
    // Cancel as the first results come in. The crawler hands nodes over in batches of at most
    // 2,000, so with 3,000 matches the first batch always comes while the rest are being fetched
    // (waiting for the table's first rows instead raced the end of a fast search).
    auto *search = panel.findChild<SubtreeSearch *>();
    QVERIFY(search);
    bool clicked = false;
    bool runningAtFirstResults = false;
    connect(search, &SubtreeSearch::resultsFound, &panel, [&] {
        if (std::exchange(clicked, true)) return;
        runningAtFirstResults = panel.isRunning();
        QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    });
    QVERIFY(panel.startSearch());
    QVERIFY(panel.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(clicked, kTimeoutMs);
    QVERIFY(runningAtFirstResults);
    QVERIFY(!panel.isRunning());
    QVERIFY2(panel.statusText().contains(u"cancelled"_s), qPrintable(panel.statusText()));
    QVERIFY(panel.searchButton()->isEnabled());
    const int atCancel = int(panel.resultsModel()->totalCount());
    QVERIFY(atCancel > 0);
    QVERIFY2(atCancel < kManyChildren, qPrintable(QString::number(atCancel)));
    // The replies still in flight when Cancel was clicked add nothing to the table.
    QTRY_COMPARE_WITH_TIMEOUT(m_session->inFlight(), 0, kTimeoutMs);
    QTRY_COMPARE(panel.resultsModel()->rowCount(), atCancel);
    QCOMPARE(int(panel.resultsModel()->totalCount()), atCancel);

    // A new search afterwards shows its own results only, none left over from the cancelled one.
    panel.rootEdit()->setText(u"/searchui/config"_s);
    panel.dataEdit()->setText(u"needle"_s);
    QVERIFY(panel.startSearch());
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), kTimeoutMs);
    QCOMPARE(resultPaths(panel),
             (QStringList{u"/searchui/config/app"_s, u"/searchui/config/db"_s}));

    // The big one again, to the end: every child is found (all have the payload).
    panel.rootEdit()->setText(u"/searchui/many"_s);
    panel.dataEdit()->setText(u"payload"_s);
    QVERIFY(panel.startSearch());
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), kTimeoutMs);
    QCOMPARE(panel.resultsModel()->rowCount(), kManyChildren);
}

void TestSearchUi::resultsArriveInBatches()
{
    // 50,000 results in 500 bursts become a handful of row insertions, not 500 (or 50,000).
    SearchResultsModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int burst = 0; burst < 500; ++burst) {
        QList<SearchHit> hits(100);
        for (int i = 0; i < 100; ++i) hits[i].path = u"/n%1"_s.arg(burst * 100 + i);
        model.append(hits);
    }
    QCOMPARE(model.totalCount(), 50000);
    QTRY_COMPARE(model.rowCount(), 50000);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.index(49999, SearchResultsModel::PathColumn).data().toString(), u"/n49999"_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSearchUi::activatingResultSelectsItInTheTree()
{
    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(openWindow(controller, window));
    auto *panel = window.findChild<SearchPanel *>();
    QVERIFY(panel);
    QVERIFY(!panel->isVisible());

    // Ctrl+Shift+F opens the dock with the selected node ("/") as root.
    QAction *open = panel->openAction();
    QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    open->trigger();
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->rootEdit()->text(), u"/"_s);
    QTest::keyClicks(panel->nameEdit(), u"target-leaf"_s);
    QTest::keyClick(panel->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), kTimeoutMs);
    QCOMPARE(resultPaths(*panel), QStringList{u"/searchui/deep/a/b/target-leaf"_s});

    // Nothing below /searchui was loaded before: activation loads and expands the parents.
    QTreeView *tree = window.treeView();
    QVERIFY(!viewIndex(tree, u"/searchui/deep"_s).isValid());
    QTableView *view = panel->resultsView();
    view->setFocus();
    view->setCurrentIndex(panel->resultsModel()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPath(), u"/searchui/deep/a/b/target-leaf"_s,
                              kTimeoutMs);
    for (const QString &parent : {u"/"_s, u"/searchui"_s, u"/searchui/deep"_s,
                                  u"/searchui/deep/a"_s, u"/searchui/deep/a/b"_s}) {
        const QModelIndex index = viewIndex(tree, parent);
        QVERIFY2(index.isValid() && tree->isExpanded(index), qPrintable(parent));
    }

    // A data search with many results, one of them opened in the tree (the screenshot).
    window.resize(1400, 880);
    panel->rootEdit()->setText(u"/searchui/cluster"_s);
    panel->nameEdit()->clear();
    panel->dataModeCombo()->setCurrentIndex(0);
    panel->dataEdit()->setText(u"team-payments"_s);
    QVERIFY(panel->startSearch());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), kTimeoutMs);
    QCOMPARE(panel->resultsModel()->rowCount(), 20);
    const QModelIndex third = panel->resultsModel()->index(2, SearchResultsModel::PreviewColumn);
    QVERIFY2(third.data().toString().contains(u"team-payments"_s),
             qPrintable(third.data().toString()));
    view->setCurrentIndex(third);
    QTest::keyClick(view, Qt::Key_Return);
    const QString path = panel->resultsModel()->hit(2).path;
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPath(), path, kTimeoutMs);
    view->setFocus();
    screenshot(&window, u"search.png"_s);
}

void TestSearchUi::quickFilterKeepsLoadedMatchesOnly()
{
    AppController controller;
    ConnectionView window(&controller);
    QVERIFY(openWindow(controller, window));
    QTreeView *tree = window.treeView();
    auto *bar = window.findChild<TreeFilterBar *>();
    QVERIFY(bar);
    auto *filter = qobject_cast<TreeFilter *>(tree->model());
    QVERIFY(filter);
    ZNodeTreeModel *model = controller.model();

    // Load /, /searchui, /searchui/config and /searchui/brokers (not /searchui/brokers/ids).
    tree->expand(viewIndex(tree, u"/"_s));
    QTRY_VERIFY_WITH_TIMEOUT(viewIndex(tree, u"/searchui"_s).isValid(), kTimeoutMs);
    tree->expand(viewIndex(tree, u"/searchui"_s));
    QTRY_VERIFY_WITH_TIMEOUT(viewIndex(tree, u"/searchui/config"_s).isValid(), kTimeoutMs);
    tree->expand(viewIndex(tree, u"/searchui/config"_s));
    tree->expand(viewIndex(tree, u"/searchui/brokers"_s));
    QTRY_VERIFY_WITH_TIMEOUT(viewIndex(tree, u"/searchui/config/db"_s).isValid()
                                 && viewIndex(tree, u"/searchui/brokers/ids"_s).isValid(),
                             kTimeoutMs);
    tree->collapse(viewIndex(tree, u"/searchui/config"_s));
    const auto loadState = [&](const QString &path) {
        return ZNodeTreeModel::LoadState(
            model->indexForPath(path).data(ZNodeTreeModel::LoadStateRole).toInt());
    };
    QCOMPARE(loadState(u"/searchui/brokers/ids"_s), ZNodeTreeModel::LoadState::NotLoaded);
    QCOMPARE(loadState(u"/searchui/deep"_s), ZNodeTreeModel::LoadState::NotLoaded);

    // "app": only the loaded match and its ancestors remain, opened so it is visible.
    QTest::keyClicks(bar->lineEdit(), u"APP"_s);
    bar->applyNow();
    QVERIFY(filter->isFiltering());
    QCOMPARE(bar->matchCount(), 1);
    QVERIFY2(bar->hintText().contains(u"1 match"_s), qPrintable(bar->hintText()));
    const QModelIndex app = viewIndex(tree, u"/searchui/config/app"_s);
    QVERIFY(app.isValid());
    QVERIFY(tree->isExpanded(viewIndex(tree, u"/searchui/config"_s)));
    QVERIFY(!viewIndex(tree, u"/searchui/config/db"_s).isValid());
    QVERIFY(!viewIndex(tree, u"/searchui/brokers"_s).isValid());
    QVERIFY(!viewIndex(tree, u"/searchui/many"_s).isValid());
    QCOMPARE(filter->rowCount(viewIndex(tree, u"/searchui"_s)), 1);

    // "ids": the node is kept, but its unloaded children are neither offered nor loaded, not
    // by the user's gestures to open it and not by the view (canFetchMore/fetchMore are not
    // forwarded while filtering).
    bar->lineEdit()->setText(u"ids"_s);
    bar->applyNow();
    const QModelIndex ids = viewIndex(tree, u"/searchui/brokers/ids"_s);
    QVERIFY(ids.isValid());
    QVERIFY(model->canFetchMore(model->indexForPath(u"/searchui/brokers/ids"_s)));
    QVERIFY(!filter->hasChildren(ids));
    QVERIFY(!filter->canFetchMore(ids));
    tree->setFocus();
    tree->setCurrentIndex(ids);
    QTest::keyClick(tree, Qt::Key_Right);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(ids).center());
    QVERIFY(!tree->isExpanded(ids));
    filter->fetchMore(ids);
    QCOMPARE(loadState(u"/searchui/brokers/ids"_s), ZNodeTreeModel::LoadState::NotLoaded);

    // A name that only unloaded nodes have: nothing, and the hint says where to look instead.
    bar->lineEdit()->setText(u"target-leaf"_s);
    bar->applyNow();
    QCOMPARE(bar->matchCount(), 0);
    QCOMPARE(filter->rowCount(), 0);
    QVERIFY2(bar->hintText().contains(u"Search"_s), qPrintable(bar->hintText()));
    QCOMPARE(loadState(u"/searchui/deep"_s), ZNodeTreeModel::LoadState::NotLoaded);

    // Esc clears: the whole loaded tree is back, what the filter opened is closed again.
    bar->lineEdit()->setText(u"app"_s);
    bar->applyNow();
    bar->lineEdit()->setFocus();
    QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
    QVERIFY(bar->lineEdit()->text().isEmpty());
    QVERIFY(!filter->isFiltering());
    QVERIFY(viewIndex(tree, u"/searchui/config/db"_s).isValid());
    QVERIFY(viewIndex(tree, u"/searchui/many"_s).isValid());
    QVERIFY(!tree->isExpanded(viewIndex(tree, u"/searchui/config"_s)));
    QVERIFY(tree->isExpanded(viewIndex(tree, u"/searchui/brokers"_s)));
    // Not filtering: fetching works again.
    QVERIFY(filter->canFetchMore(viewIndex(tree, u"/searchui/brokers/ids"_s)));
}

QTEST_MAIN(TestSearchUi)
#include "tst_ui_search.moc"
