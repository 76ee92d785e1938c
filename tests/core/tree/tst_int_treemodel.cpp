// ZNodeTreeModel against a real sandbox server: lazy loading, natural order, on-demand stats,
// path lookup, loadPath, refresh/watch diff-apply, vanished and unreadable nodes, and a
// 100,000-child parent, also under QAbstractItemModelTester (~12 s; timed, with the per-node
// memory printed; the figures that count come from zkdesk-bench).
//
// Every test runs in its own chroot (/tm_<test>), so the model's "/" holds only that test's
// nodes. Note that QAbstractItemModelTester walks the whole model on every signal and calls
// fetchMore() on everything it can (up to 10 levels): with the tester attached the model crawls
// the tree by itself, and every crawled node gets its stat with its listing. The tests that
// check "nothing is fetched until asked" therefore use a model without the tester.

#include "sandbox/sandboxserver.h"
#include "tree/znodedragpayload.h"
#include "tree/znodetreemodel.h"
#include "zk/zkacl.h"
#include "zk/zksession.h"
#include "zktestutil.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMimeData>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <malloc.h>
#include <unistd.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Tester = QAbstractItemModelTester;

qint64 rssBytes()
{
    QFile f(u"/proc/self/statm"_s);
    if (!f.open(QIODevice::ReadOnly)) return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int r = 0; r < model.rowCount(parent); ++r)
        names << model.index(r, 0, parent).data().toString();
    return names;
}

} // namespace

class TestTreeModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsLazilyInNaturalOrder();
    void statsAreFetchedOnDemand();
    void displayColumns();
    void indexForPathRoundTrip_data();
    void indexForPathRoundTrip();
    void loadPathLoadsEachLevel();
    void loadPathErrors();
    void refreshAppliesDifferences();
    void childWatchUpdatesRows();
    void vanishedNodeIsRemoved();
    void unreadableNodeIsMarked();
    void repliesAfterReloadAreDropped();
    void bigParent();

private:
    // Creates `nodes` below the chroot /tm_<name> and returns a session rooted there.
    std::unique_ptr<ZkSession> chrootSession(const QString &name, const QStringList &nodes,
                                             const QByteArray &data = "x"_ba);
    QModelIndex top(const ZNodeTreeModel &model) const { return model.index(0, 0); }
    bool waitLoaded(ZNodeTreeModel &model, const QString &path, int timeoutMs = 20000);

    QString m_connect;
    std::unique_ptr<ZkSession> m_admin; // no chroot: sets up the test trees, changes them
};

void TestTreeModel::initTestCase()
{
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY2(server, "sandbox ZooKeeper server did not start");
    m_connect = server->connectString();
    m_admin = TestUtil::connect(m_connect);
    QVERIFY(m_admin);
}

std::unique_ptr<ZkSession>
TestTreeModel::chrootSession(const QString &name, const QStringList &nodes, const QByteArray &data)
{
    const QString base = u"/tm_"_s + name;
    QList<std::pair<QString, QByteArray>> list{{base, QByteArray()}};
    for (const QString &n : nodes) list.append({base + n, data});
    if (!TestUtil::createNodes(*m_admin, list)) return nullptr;
    return TestUtil::connect(m_connect + base);
}

bool TestTreeModel::waitLoaded(ZNodeTreeModel &model, const QString &path, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            const QModelIndex i = model.indexForPath(path);
            return i.isValid()
                && i.data(ZNodeTreeModel::LoadStateRole).toInt()
                == int(ZNodeTreeModel::LoadState::Loaded);
        },
        timeoutMs);
}

void TestTreeModel::loadsLazilyInNaturalOrder()
{
    auto session = chrootSession(u"order"_s,
                                 {u"/p"_s, u"/p/node10"_s, u"/p/node2"_s, u"/p/node1"_s,
                                  u"/p/Node3"_s, u"/p/a"_s, u"/p/node2/deep"_s});
    QVERIFY(session);
    ZNodeTreeModel model(session.get());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ZNodeTreeModel::childrenLoaded);

    model.reload();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(top(model).data().toString(), u"/"_s);
    QCOMPARE(model.pathForIndex(top(model)), u"/"_s);
    QVERIFY(model.hasChildren(top(model))); // unknown yet: offer the arrow
    // The tester already called fetchMore() on "/": the request is out, no row is there yet.
    QCOMPARE(model.rowCount(top(model)), 0);
    QCOMPARE(top(model).data(ZNodeTreeModel::LoadStateRole).toInt(),
             int(ZNodeTreeModel::LoadState::Loading));
    QVERIFY(!model.canFetchMore(top(model)));

    QVERIFY(waitLoaded(model, u"/p"_s));
    const QModelIndex p = model.indexForPath(u"/p"_s);
    QCOMPARE(childNames(model, p),
             QStringList({u"a"_s, u"node1"_s, u"node2"_s, u"Node3"_s, u"node10"_s}));
    QVERIFY(!model.canFetchMore(p));
    QVERIFY(loaded.size() >= 2);
    // Leaves become arrow-less once listed empty; node2 keeps its arrow.
    QVERIFY(waitLoaded(model, u"/p/node1"_s));
    QVERIFY(!model.hasChildren(model.indexForPath(u"/p/node1"_s)));
    QVERIFY(waitLoaded(model, u"/p/node2"_s));
    QVERIFY(model.hasChildren(model.indexForPath(u"/p/node2"_s)));
    // The parent's Stat came with its listing.
    QCOMPARE(model.statFor(p)->numChildren, 5);
    QCOMPARE(p.siblingAtColumn(ZNodeTreeModel::ChildrenColumn).data().toString(), u"5"_s);
}

void TestTreeModel::statsAreFetchedOnDemand()
{
    QStringList nodes{u"/s"_s};
    for (int i = 0; i < 200; ++i) nodes << u"/s/c%1"_s.arg(i);
    nodes << u"/s/c7/x"_s << u"/s/c7/y"_s;
    auto session = chrootSession(u"ondemand"_s, nodes, "hello"_ba);
    QVERIFY(session);
    ZNodeTreeModel model(session.get()); // no tester: it would crawl and fetch every stat
    model.reload();
    QTRY_VERIFY(model.statFor(top(model)).has_value()); // reload() asks for the root's stat
    model.fetchMore(top(model));
    QVERIFY(waitLoaded(model, u"/"_s));
    const QModelIndex s = model.indexForPath(u"/s"_s);
    QVERIFY(model.hasChildren(s)); // stat unknown: arrow offered
    model.fetchMore(s);
    QVERIFY(waitLoaded(model, u"/s"_s));
    QCOMPARE(model.rowCount(s), 200);
    QCOMPARE(model.statFor(s)->numChildren, 200); // with the listing

    // Loading the children fetched no child stat.
    QCoreApplication::processEvents();
    for (int r = 0; r < 200; ++r)
        QVERIFY(!model.index(r, 0, s).data(ZNodeTreeModel::HasStatRole).toBool());

    // Asking for a stat column of three rows fetches exactly those three.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex c7 = model.indexForPath(u"/s/c7"_s);
    const QModelIndex c8 = model.indexForPath(u"/s/c8"_s);
    const QModelIndex c9 = model.indexForPath(u"/s/c9"_s);
    for (const QModelIndex &i : {c7, c8, c9})
        QVERIFY(!i.siblingAtColumn(ZNodeTreeModel::DataSizeColumn).data().isValid());
    QTRY_VERIFY(model.statFor(c7) && model.statFor(c8) && model.statFor(c9));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.statFor(c7)->numChildren, 2);
    QCOMPARE(model.statFor(c8)->dataLength, 5);
    QCOMPARE(c8.siblingAtColumn(ZNodeTreeModel::DataSizeColumn).data().toString(), u"5"_s);
    int withStat = 0;
    for (int r = 0; r < 200; ++r)
        withStat += model.index(r, 0, s).data(ZNodeTreeModel::HasStatRole).toBool();
    QCOMPARE(withStat, 3);
    // The stat decides the arrow before any listing: c8 has none, c7 keeps it.
    QVERIFY(model.canFetchMore(c8));
    QVERIFY(!model.hasChildren(c8));
    QVERIFY(model.hasChildren(c7));
}

void TestTreeModel::displayColumns()
{
    auto session = chrootSession(u"display"_s, {});
    QVERIFY(session);
    QList<std::pair<QString, QByteArray>> nodes{{u"/tm_display/null"_s, QByteArray()},
                                                {u"/tm_display/empty"_s, ""_ba},
                                                {u"/tm_display/kb"_s, QByteArray(1234, 'k')}};
    QVERIFY(TestUtil::createNodes(*m_admin, nodes));
    ZNodeTreeModel model(session.get());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.reload();
    QVERIFY(waitLoaded(model, u"/kb"_s));
    QVERIFY(waitLoaded(model, u"/null"_s));
    QVERIFY(waitLoaded(model, u"/empty"_s));

    auto cell = [&](const QString &path, int column, int role = Qt::DisplayRole) {
        return model.indexForPath(path).siblingAtColumn(column).data(role);
    };
    QCOMPARE(cell(u"/null"_s, ZNodeTreeModel::DataSizeColumn).toString(), u"0"_s);
    QCOMPARE(cell(u"/empty"_s, ZNodeTreeModel::DataSizeColumn).toString(), u"0"_s);
    QCOMPARE(cell(u"/kb"_s, ZNodeTreeModel::DataSizeColumn).toString(), u"1,234"_s);
    QCOMPARE(cell(u"/kb"_s, ZNodeTreeModel::DataSizeColumn, ZNodeTreeModel::SortRole).toLongLong(),
             1234);
    QCOMPARE(cell(u"/kb"_s, ZNodeTreeModel::VersionColumn).toString(), u"0"_s);
    QCOMPARE(cell(u"/kb"_s, ZNodeTreeModel::ChildrenColumn).toString(), u"0"_s);
    QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"_s)
                .match(cell(u"/kb"_s, ZNodeTreeModel::ModifiedColumn).toString())
                .hasMatch());
    QCOMPARE(cell(u"/kb"_s, ZNodeTreeModel::DataSizeColumn, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    const QString tip = cell(u"/kb"_s, ZNodeTreeModel::NameColumn, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"/kb"_s) && tip.contains(u"persistent"_s), qPrintable(tip));
    QCOMPARE(cell(u"/kb"_s, 0, ZNodeTreeModel::NodeKindRole).toInt(),
             int(ZNodeTreeModel::Persistent));
    QCOMPARE(model.headerData(ZNodeTreeModel::DataSizeColumn, Qt::Horizontal).toString(),
             u"Data size"_s);
    QCOMPARE(model.flags(model.indexForPath(u"/kb"_s)),
             Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled);
    // A dragged row carries its path (within the chroot) and this session, for this process.
    const std::unique_ptr<QMimeData> drag(
        model.mimeData({model.indexForPath(u"/kb"_s).siblingAtColumn(2)}));
    QVERIFY(drag);
    const std::optional<ZNodeDragPayload> payload = ZNodeDragPayload::read(drag.get());
    QVERIFY(payload);
    QCOMPARE(payload->path, u"/kb"_s);
    QVERIFY(payload->sessionIs(session.get()));
    QVERIFY(!payload->sessionIs(m_admin.get()));
    QVERIFY(!model.mimeData({}));

    // An ephemeral, sequential-looking node.
    QString created;
    QObject owner;
    m_admin->create(u"/tm_display/lock-"_s, {}, CreateMode::EphemeralSequential,
                    ZkAclPresets::open(), &owner,
                    [&](const CreateReply &r) { created = r.createdPath; });
    QTRY_VERIFY(!created.isEmpty());
    const QString lockPath = created.mid(int(qstrlen("/tm_display")));
    model.refresh(top(model));
    QTRY_VERIFY(model.indexForPath(lockPath).isValid());
    const QModelIndex lock = model.indexForPath(lockPath);
    QTRY_COMPARE(lock.data(ZNodeTreeModel::NodeKindRole).toInt(),
                 ZNodeTreeModel::Ephemeral | ZNodeTreeModel::SequentialLooking);
}

void TestTreeModel::indexForPathRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("present");
    QTest::newRow("root") << u"/"_s << true;
    QTest::newRow("level1") << u"/a"_s << true;
    QTest::newRow("level3") << u"/a/b/c"_s << true;
    QTest::newRow("natural-name") << u"/a/item10"_s << true;
    QTest::newRow("missing") << u"/a/nope"_s << false;
    QTest::newRow("missing-deep") << u"/a/b/c/d/e"_s << false;
    QTest::newRow("trailing-slash") << u"/a/"_s << false;
    QTest::newRow("double-slash") << u"/a//b"_s << false;
    QTest::newRow("relative") << u"a"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTreeModel::indexForPathRoundTrip()
{
    QFETCH(QString, path);
    QFETCH(bool, present);
    auto session = chrootSession(u"roundtrip"_s,
                                 {u"/a"_s, u"/a/b"_s, u"/a/b/c"_s, u"/a/item10"_s, u"/a/item9"_s});
    QVERIFY(session);
    ZNodeTreeModel model(session.get());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.reload();
    QVERIFY(waitLoaded(model, u"/a/b/c"_s));
    QVERIFY(waitLoaded(model, u"/a/item10"_s));
    const QModelIndex index = model.indexForPath(path);
    QCOMPARE(index.isValid(), present);
    if (present) {
        QCOMPARE(model.pathForIndex(index), path);
        QCOMPARE(index.data(ZNodeTreeModel::PathRole).toString(), path);
        QCOMPARE(model.indexForPath(model.pathForIndex(index)), index);
    }
}

void TestTreeModel::loadPathLoadsEachLevel()
{
    auto session = chrootSession(
        u"loadpath"_s,
        {u"/a"_s, u"/a/b"_s, u"/a/b/c"_s, u"/a/b/c/d"_s, u"/a/b/c/d/e"_s, u"/a/side"_s, u"/z"_s});
    QVERIFY(session);
    ZNodeTreeModel model(session.get()); // no tester: it would load every level by itself
    model.reload();
    QModelIndex result;
    ZkError error = ZkError::make(ZkCode::SystemError, u"not called"_s);
    bool called = false;
    model.loadPath(u"/a/b/c/d/e"_s, this, [&](const QModelIndex &i, const ZkError &e) {
        result = i;
        error = e;
        called = true;
    });
    QVERIFY(!called); // always asynchronous
    QTRY_VERIFY(called);
    QVERIFY2(error.isOk(), qPrintable(error.toString()));
    QVERIFY(result.isValid());
    QCOMPARE(model.pathForIndex(result), u"/a/b/c/d/e"_s);
    for (const QString &p : {u"/"_s, u"/a"_s, u"/a/b"_s, u"/a/b/c"_s, u"/a/b/c/d"_s})
        QCOMPARE(model.indexForPath(p).data(ZNodeTreeModel::LoadStateRole).toInt(),
                 int(ZNodeTreeModel::LoadState::Loaded));
    // Only the ancestors were listed.
    QCOMPARE(model.indexForPath(u"/a/side"_s).data(ZNodeTreeModel::LoadStateRole).toInt(),
             int(ZNodeTreeModel::LoadState::NotLoaded));
    QCOMPARE(model.indexForPath(u"/z"_s).data(ZNodeTreeModel::LoadStateRole).toInt(),
             int(ZNodeTreeModel::LoadState::NotLoaded));

    // A node created after its parent was listed is still found (the level is listed again).
    QVERIFY(TestUtil::createNodes(*m_admin, {{u"/tm_loadpath/a/side/late"_s, {}}}));
    called = false;
    model.loadPath(u"/a/side/late"_s, this, [&](const QModelIndex &i, const ZkError &e) {
        result = i;
        error = e;
        called = true;
    });
    QTRY_VERIFY(called);
    QVERIFY2(error.isOk(), qPrintable(error.toString()));
    QCOMPARE(model.pathForIndex(result), u"/a/side/late"_s);
}

void TestTreeModel::loadPathErrors()
{
    auto session = chrootSession(u"loadpatherr"_s, {u"/a"_s, u"/a/b"_s});
    QVERIFY(session);
    ZNodeTreeModel model(session.get());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.reload();
    struct Outcome
    {
        bool called = false;
        QModelIndex index;
        ZkError error;
    };
    Outcome missing, invalid, dropped;
    auto into = [](Outcome &o) {
        return [&o](const QModelIndex &i, const ZkError &e) { o = {true, i, e}; };
    };
    model.loadPath(u"/a/b/nope/deeper"_s, this, into(missing));
    model.loadPath(u"/a//b"_s, this, into(invalid));
    {
        QObject context;
        model.loadPath(u"/a/b"_s, &context, into(dropped));
    } // context gone before the reply: never called
    QTRY_VERIFY(missing.called && invalid.called);
    QCOMPARE(missing.error.code, ZkCode::NoNode);
    QVERIFY(!missing.index.isValid());
    QCOMPARE(invalid.error.code, ZkCode::BadArguments);
    QVERIFY(waitLoaded(model, u"/a/b"_s));
    QVERIFY(!dropped.called);
}

void TestTreeModel::refreshAppliesDifferences()
{
    auto session = chrootSession(
        u"refresh"_s,
        {u"/r"_s, u"/r/a"_s, u"/r/b"_s, u"/r/c"_s, u"/r/b/kid"_s, u"/u"_s, u"/u/x"_s, u"/u/y"_s});
    QVERIFY(session);
    ZNodeTreeModel model(session.get());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.reload();
    QVERIFY(waitLoaded(model, u"/r/b"_s));
    QVERIFY(waitLoaded(model, u"/u/x"_s));
    const QPersistentModelIndex ux = model.indexForPath(u"/u/x"_s);
    const QPersistentModelIndex rb = model.indexForPath(u"/r/b"_s);
    const QPersistentModelIndex rbKid = model.indexForPath(u"/r/b/kid"_s);
    const QPersistentModelIndex ra = model.indexForPath(u"/r/a"_s);
    const QPersistentModelIndex rc = model.indexForPath(u"/r/c"_s);
    QCOMPARE(model.statFor(rc)->dataLength, 1);

    // Another session changes /r: a removed, d and 0 added, c's data changed (no data watch).
    bool done = false;
    QObject owner;
    m_admin->remove(u"/tm_refresh/r/a"_s, -1, &owner, [](const DoneReply &) {});
    m_admin->setData(u"/tm_refresh/r/c"_s, "longer"_ba, -1, &owner, [](const StatReply &) {});
    QVERIFY(
        TestUtil::createNodes(*m_admin, {{u"/tm_refresh/r/d"_s, {}}, {u"/tm_refresh/r/0"_s, {}}}));
    m_admin->exists(u"/tm_refresh/r"_s, false, &owner, [&](const StatReply &) { done = true; });
    QTRY_VERIFY(done);

    model.refresh(model.indexForPath(u"/r"_s));
    const QModelIndex r = model.indexForPath(u"/r"_s);
    QTRY_COMPARE(childNames(model, r), QStringList({u"0"_s, u"b"_s, u"c"_s, u"d"_s}));
    QTRY_COMPARE(model.statFor(rc)->dataLength, 6); // stale stat re-fetched when shown
    QVERIFY(!ra.isValid());
    QVERIFY(rb.isValid() && rbKid.isValid() && rc.isValid());
    QCOMPARE(rb.data().toString(), u"b"_s);
    QCOMPARE(rb.row(), 1);
    QCOMPARE(rbKid.data(ZNodeTreeModel::PathRole).toString(), u"/r/b/kid"_s);
    QVERIFY(ux.isValid());
    QCOMPARE(ux.data(ZNodeTreeModel::PathRole).toString(), u"/u/x"_s);
    QCOMPARE(model.statFor(r)->numChildren, 4);
}

void TestTreeModel::childWatchUpdatesRows()
{
    auto session = chrootSession(u"watch"_s, {u"/w"_s, u"/w/old"_s, u"/w/keep"_s});
    QVERIFY(session);
    ZNodeTreeModel model(session.get());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.reload();
    QVERIFY(waitLoaded(model, u"/w"_s));
    const QPersistentModelIndex keep = model.indexForPath(u"/w/keep"_s);
    // Child watches are armed only on nodes the view shows expanded (tst_int_livetree).
    model.setExpanded(top(model), true);
    model.setExpanded(model.indexForPath(u"/w"_s), true);
    QTRY_VERIFY(model.watchedPaths().contains(u"/w"_s));
    QVERIFY(TestUtil::createNodes(*m_admin, {{u"/tm_watch/w/new"_s, {}}}));
    // No refresh(): the children watch set by the listing brings the row.
    QTRY_VERIFY(model.indexForPath(u"/w/new"_s).isValid());
    QObject owner;
    m_admin->remove(u"/tm_watch/w/old"_s, -1, &owner, [](const DoneReply &) {});
    QTRY_VERIFY(!model.indexForPath(u"/w/old"_s).isValid());
    QCOMPARE(childNames(model, model.indexForPath(u"/w"_s)), QStringList({u"keep"_s, u"new"_s}));
    QVERIFY(keep.isValid());
    QCOMPARE(keep.row(), 0);
    // The watch is re-armed by each listing: a second change arrives too.
    QVERIFY(TestUtil::createNodes(*m_admin, {{u"/tm_watch/w/newer"_s, {}}}));
    QTRY_VERIFY(model.indexForPath(u"/w/newer"_s).isValid());
}

void TestTreeModel::vanishedNodeIsRemoved()
{
    auto session = chrootSession(u"vanish"_s, {u"/v"_s, u"/v/gone"_s, u"/v/stay"_s});
    QVERIFY(session);
    ZNodeTreeModel model(session.get()); // no tester: /v/gone must stay unlisted
    QSignalSpy failed(&model, &ZNodeTreeModel::loadFailed);
    model.reload();
    model.fetchMore(top(model));
    QVERIFY(waitLoaded(model, u"/"_s));
    model.fetchMore(model.indexForPath(u"/v"_s));
    QVERIFY(waitLoaded(model, u"/v"_s));
    QVERIFY(model.indexForPath(u"/v/gone"_s).isValid());

    bool removed = false;
    QObject owner;
    m_admin->remove(u"/tm_vanish/v/gone"_s, -1, &owner,
                    [&](const DoneReply &r) { removed = r.error.isOk(); });
    QTRY_VERIFY(removed);
    // Expanding (or asking the stat of) a node that vanished removes its row, silently.
    const QModelIndex gone = model.indexForPath(u"/v/gone"_s);
    if (gone.isValid()) model.fetchMore(gone); // else the parent's watch was faster
    QTRY_VERIFY(!model.indexForPath(u"/v/gone"_s).isValid());
    QCOMPARE(childNames(model, model.indexForPath(u"/v"_s)), QStringList{u"stay"_s});
    QCOMPARE(failed.size(), 0);
}

void TestTreeModel::unreadableNodeIsMarked()
{
    auto session = chrootSession(u"noauth"_s, {});
    QVERIFY(session);
    // Only digest user "someone" may read it; the model's session is not authenticated.
    const ZkAcl acl{{u"digest"_s, u"someone:2jmj7l5rSw0yVb/vlWAYkK/YBwk="_s, ZkPerm::All}};
    bool created = false;
    QObject owner;
    m_admin->create(u"/tm_noauth/locked"_s, {}, CreateMode::Persistent, acl, &owner,
                    [&](const CreateReply &r) { created = r.error.isOk(); });
    QTRY_VERIFY(created);
    ZNodeTreeModel model(session.get());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &ZNodeTreeModel::loadFailed);
    model.reload();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), u"/locked"_s);
    QCOMPARE(failed.first().at(1).value<ZkError>().code, ZkCode::NoAuth);
    const QModelIndex locked = model.indexForPath(u"/locked"_s);
    QCOMPARE(locked.data(ZNodeTreeModel::LoadStateRole).toInt(),
             int(ZNodeTreeModel::LoadState::Error));
    QVERIFY2(locked.data(ZNodeTreeModel::ErrorRole).toString().contains(u"not authorised"_s),
             qPrintable(locked.data(ZNodeTreeModel::ErrorRole).toString()));
    QVERIFY(locked.data(Qt::ToolTipRole).toString().contains(u"not authorised"_s));
    QVERIFY(!model.canFetchMore(locked)); // no retry loop; refresh() retries
}

void TestTreeModel::repliesAfterReloadAreDropped()
{
    auto session = chrootSession(u"reload"_s, {u"/a"_s, u"/a/b"_s});
    QVERIFY(session);
    ZNodeTreeModel model(session.get());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(top(model)), 0); // the listing of "/" is in flight
    model.reload();                          // ... and now belongs to an older generation
    model.reload();
    QVERIFY(waitLoaded(model, u"/a/b"_s));
    QCOMPARE(childNames(model, top(model)), QStringList{u"a"_s});
    QCOMPARE(childNames(model, model.indexForPath(u"/a"_s)), QStringList{u"b"_s});
}

void TestTreeModel::bigParent()
{
    // ZKDESK_TREEMODEL_BIG=N for another size (the issue asks for 100,000 under the tester).
    const int kCount = qEnvironmentVariableIntValue("ZKDESK_TREEMODEL_BIG") > 0
        ? qEnvironmentVariableIntValue("ZKDESK_TREEMODEL_BIG")
        : 100000;
    QLoggingCategory::setFilterRules(u"zkdesk.treemodel.info=true"_s); // sort/insert timings
    auto session = chrootSession(u"big"_s, {});
    QVERIFY(session);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(TestUtil::createChildren(*m_admin, u"/tm_big/big"_s, kCount, u"member-"_s));
    qInfo("created %d children in %lld ms", kCount, timer.elapsed());

    QStringList expected;
    for (int i = 0; i < kCount; ++i) expected << u"member-%1"_s.arg(i); // numeric = natural order

    { // Without the tester: the model's own cost, time and memory.
        ZNodeTreeModel model(session.get());
        model.reload();
        model.fetchMore(top(model));
        QVERIFY(waitLoaded(model, u"/"_s));
        const QModelIndex big = model.indexForPath(u"/big"_s);
        QSignalSpy loaded(&model, &ZNodeTreeModel::childrenLoaded);
        malloc_trim(0);
        const qint64 rssBefore = rssBytes();
        const size_t heapBefore = mallinfo2().uordblks;
        timer.restart();
        model.fetchMore(big);
        QVERIFY(loaded.wait(60000));
        const qint64 ms = timer.elapsed();
        QCOMPARE(model.rowCount(big), kCount);
        QCoreApplication::processEvents();
        const size_t heapAfter = mallinfo2().uordblks;
        const qint64 rssAfter = rssBytes();
        qInfo("expand %d children: %lld ms (fetchMore to last row inserted, no tester)", kCount,
              ms);
        qInfo("memory: RSS +%lld bytes/node, heap (main arena: items, row vector, names) "
              "+%lld bytes/node",
              (rssAfter - rssBefore) / kCount, qint64(heapAfter - heapBefore) / kCount);
        QCOMPARE(childNames(model, big), expected);
        for (int r = 0; r < kCount; r += 997)
            QVERIFY(!model.index(r, 0, big).data(ZNodeTreeModel::HasStatRole).toBool());

        // A view scrolling through every row asks for every stat: the model keeps at most
        // kMaxStatRequests outstanding, serves the newest requests first and drops the oldest
        // beyond its queue (those rows ask again if they are shown again).
        for (int r = 0; r < kCount; ++r) model.index(r, ZNodeTreeModel::DataSizeColumn, big).data();
        QTRY_VERIFY(session->inFlight() > 0);
        QVERIFY2(session->inFlight() + session->queued() <= ZNodeTreeModel::kMaxStatRequests,
                 qPrintable(u"%1 + %2"_s.arg(session->inFlight()).arg(session->queued())));
        const QModelIndex newest = model.index(kCount - 1, 0, big);
        const QModelIndex oldest = model.index(0, 0, big);
        QTRY_VERIFY(model.statFor(newest).has_value());
        QVERIFY(!model.statFor(oldest).has_value());
        QTRY_VERIFY_WITH_TIMEOUT(session->inFlight() == 0 && session->queued() == 0, 60000);
        int withStat = 0;
        for (int r = 0; r < kCount; ++r) withStat += model.statFor(model.index(r, 0, big)) ? 1 : 0;
        qInfo("rows with a stat after asking for all %d: %d (the newest ones)", kCount, withStat);
        QVERIFY(withStat >= ZNodeTreeModel::kMaxStatRequests && withStat < kCount / 2);
        QVERIFY(model.statFor(model.index(kCount - withStat, 0, big)).has_value());
        QVERIFY(!model.statFor(model.index(kCount - withStat - 1, 0, big)).has_value());
    }

    { // With the tester attached from the start.
        ZNodeTreeModel model(session.get());
        auto tester = std::make_unique<Tester>(&model, Tester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &ZNodeTreeModel::childrenLoaded);
        model.reload();
        QVERIFY(waitLoaded(model, u"/"_s));
        const QModelIndex big = model.indexForPath(u"/big"_s);
        if (model.canFetchMore(big)) model.fetchMore(big); // the tester usually did already
        timer.restart();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(big), kCount, 60000);
        qInfo("expand %d children with QAbstractItemModelTester attached: %lld ms after the root "
              "was listed",
              kCount, timer.elapsed());
        QCOMPARE(childNames(model, big), expected);
        // The tester asked to list all the children; stop before their replies come in (each
        // would make the tester walk every cell again).
        tester.reset();
    }
}

QTEST_GUILESS_MAIN(TestTreeModel)
#include "tst_int_treemodel.moc"
