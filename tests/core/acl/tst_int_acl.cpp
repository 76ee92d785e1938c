// ACLs and authentication against a real server: digest round trip with the NoAuth explanation,
// a wrong password reported at the first refusal, the ip scheme over loopback, ACL version
// conflicts, the lock-out guard's verdict and the recursive apply with refusals.
// (Auth replayed after a server restart is covered by tst_int_faults.)

#include "acl/aclevaluator.h"
#include "acl/aclvalidation.h"
#include "acl/noauthexplainer.h"
#include "acl/zkdigest.h"
#include "awaitreply.h"
#include "jobs/recursiveacljob.h"
#include "sandbox/sandboxserver.h"
#include "zk/zksession.h"
#include "zktestutil.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
ZkAuthEntry alice(const QByteArray &password = "secret")
{
    return {u"digest"_s, "alice:" + password};
}
ZkAcl aliceOnly(quint32 perms = ZkPerm::All)
{
    return {{u"digest"_s, ZkDigest::digestId(u"alice"_s, u"secret"_s), perms}};
}
SessionOptions withAuth(const QList<ZkAuthEntry> &auth)
{
    SessionOptions options;
    options.auth = auth;
    return options;
}
} // namespace

class TestIntAcl final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void digestRoundTrip();
    void wrongPasswordShowsUpAtFirstRefusal();
    void ipSchemeAllowsLoopback();
    void invalidEntriesAreRefusedByTheServerToo();
    void aclVersionConflict();
    void lockOutGuardMatchesTheServer();
    void recursiveApplyReportsRefusals();
    void readOnlyConnectionRefusesAclWrites();
    void cleanupTestCase();

private:
    QString explain(ZkSession &session, ZkOperation op, const QString &path);
    std::unique_ptr<ZkSession> m_admin; // alice, creates and cleans up
    QString m_cs;
};

void TestIntAcl::initTestCase()
{
    SandboxServer *server = TestUtil::sharedServer();
    QVERIFY(server);
    m_cs = server->connectString();
    m_admin = TestUtil::connect(m_cs, 30000, withAuth({alice()}));
    QVERIFY(m_admin);
    QTRY_COMPARE(m_admin->identities(), QStringList{u"digest:alice"_s});
    QVERIFY(TestUtil::deleteTree(*m_admin, u"/acl-test"_s));
    QVERIFY(TestUtil::createNodes(*m_admin, {{u"/acl-test"_s, {}}}));
}

void TestIntAcl::readOnlyConnectionRefusesAclWrites()
{
    const QString root = u"/acl-test/ro"_s;
    QVERIFY(TestUtil::createNodes(*m_admin, {{root, "x"}, {root + u"/a"_s, "y"}}));
    SessionOptions options = withAuth({alice()});
    options.readOnly = true;
    auto ro = TestUtil::connect(m_cs, 30000, options);
    QVERIFY(ro);
    const ZkAcl target = {{u"world"_s, u"anyone"_s, ZkPerm::Read}};
    QTRY_COMPARE(ro->inFlight(), 0); // the addauth sent after connecting

    // setAcl and multi: refused by the session, nothing sent.
    auto done =
        TestUtil::await<DoneReply>([&](auto cb) { ro->setAcl(root, target, -1, this, cb); });
    QCOMPARE(done.error.code, ZkCode::NotReadOnly);
    QCOMPARE(ro->inFlight(), 0);
    const auto multi = TestUtil::await<MultiReply>([&](auto cb) {
        ro->multi({ZkOp::setData(root, "changed"),
                   ZkOp::create(root + u"/b"_s, "z", CreateMode::Persistent, ZkAclPresets::open())},
                  this, cb);
    });
    QCOMPARE(multi.error.code, ZkCode::NotReadOnly);
    QCOMPARE(ro->inFlight(), 0);

    // The recursive job previews (reads are fine) but applies nothing, and says why.
    RecursiveAclJob job(ro.get());
    QSignalSpy previewed(&job, &RecursiveAclJob::previewed);
    QSignalSpy finished(&job, &RecursiveAclJob::finished);
    job.preview(root, target);
    QVERIFY(previewed.wait(30000));
    QCOMPARE(previewed.first().first().value<AclApplyPlan>().toChange, 2);
    job.start();
    QVERIFY(finished.size() == 1 || finished.wait(30000));
    const auto report = finished.first().first().value<AclApplyReport>();
    QCOMPARE(report.error.code, ZkCode::NotReadOnly);
    QCOMPARE(report.changed, 0);
    QCOMPARE(report.unknown, 0);
    QCOMPARE(report.notAttempted, 2);
    QVERIFY(!report.isComplete());
    QCOMPARE(ro->inFlight(), 0);

    // The server still has what it had.
    for (const QString &path : {root, root + u"/a"_s}) {
        const auto acl =
            TestUtil::await<AclReply>([&](auto cb) { m_admin->getAcl(path, this, cb); });
        QVERIFY(acl.error.isOk());
        QVERIFY(acl.acl == ZkAclPresets::open());
    }
    QCOMPARE(TestUtil::getData(*m_admin, root), QByteArray("x"));
    QVERIFY(TestUtil::listTree(*m_admin, root) == QStringList{root + u"/a"_s});
}

void TestIntAcl::cleanupTestCase()
{
    if (m_admin) TestUtil::deleteTree(*m_admin, u"/acl-test"_s);
}

QString TestIntAcl::explain(ZkSession &session, ZkOperation op, const QString &path)
{
    QString message;
    NoAuthExplainer::explainAsync(&session, op, path, this, [&](const QString &m) { message = m; });
    if (!QTest::qWaitFor([&] { return !message.isEmpty(); }, 30000))
        return u"(no explanation in time)"_s;
    return message;
}

void TestIntAcl::digestRoundTrip()
{
    const QString path = u"/acl-test/secret"_s;
    // Only alice may do anything, reading its ACL included (getAcl needs READ or ADMIN).
    auto created = TestUtil::await<CreateReply>([&](auto cb) {
        m_admin->create(path, "s3cr3t", CreateMode::Persistent, aliceOnly(), this, cb);
    });
    QVERIFY2(created.error.isOk(), qPrintable(created.error.toString()));

    auto stranger = TestUtil::connect(m_cs);
    QVERIFY(stranger);
    ZkError error;
    TestUtil::getData(*stranger, path, nullptr, &error);
    QCOMPARE(error.code, ZkCode::NoAuth);
    const QString message = explain(*stranger, ZkOperation::ReadData, path);
    QVERIFY2(message.contains(u"refused to read the data of /acl-test/secret"_s),
             qPrintable(message));
    QVERIFY(message.contains(u"READ permission on the node"_s));
    // The ACL itself is not readable without READ or ADMIN: said so.
    QVERIFY2(message.contains(u"cannot be read by this session either"_s), qPrintable(message));
    QVERIFY(message.contains(u"This session holds: ip:127.0.0.1."_s));

    // Alice reads it, and sees her own hash in the ACL (she holds ADMIN).
    auto friendSession = TestUtil::connect(m_cs, 30000, withAuth({alice()}));
    QVERIFY(friendSession);
    QCOMPARE(TestUtil::getData(*friendSession, path, nullptr, &error), QByteArray("s3cr3t"));
    QVERIFY(error.isOk());
    auto acl = TestUtil::await<AclReply>([&](auto cb) { friendSession->getAcl(path, this, cb); });
    QVERIFY(acl.error.isOk());
    QCOMPARE(acl.acl, aliceOnly());

    // Readable by the world but writable by alice only: the ACL is readable, digest hashes are
    // hidden (no ADMIN), and the explanation names the ACL that refused.
    const QString open = u"/acl-test/shown"_s;
    created = TestUtil::await<CreateReply>([&](auto cb) {
        m_admin->create(open, "v", CreateMode::Persistent,
                        ZkAcl{{u"world"_s, u"anyone"_s, ZkPerm::Read}, aliceOnly().first()}, this,
                        cb);
    });
    QVERIFY(created.error.isOk());
    auto set =
        TestUtil::await<StatReply>([&](auto cb) { stranger->setData(open, "w", -1, this, cb); });
    QCOMPARE(set.error.code, ZkCode::NoAuth);
    const QString write = explain(*stranger, ZkOperation::WriteData, open);
    QVERIFY2(write.contains(u"refused to write the data of /acl-test/shown"_s), qPrintable(write));
    QVERIFY2(write.contains(u"ACL of /acl-test/shown (ACL version 0): world:anyone r----, "
                            "digest:alice:x rwcda"_s),
             qPrintable(write));
    QVERIFY(write.contains(u"hides digest hashes"_s));
}

void TestIntAcl::wrongPasswordShowsUpAtFirstRefusal()
{
    const QString path = u"/acl-test/alice-rw"_s;
    auto created = TestUtil::await<CreateReply>([&](auto cb) {
        m_admin->create(path, "v", CreateMode::Persistent,
                        ZkAcl{{u"world"_s, u"anyone"_s, ZkPerm::Read}, aliceOnly().first()}, this,
                        cb);
    });
    QVERIFY(created.error.isOk());
    // The server accepts the wrong password without a word...
    auto wrong = TestUtil::connect(m_cs, 30000, withAuth({alice("wrong")}));
    QVERIFY(wrong);
    QSignalSpy authFailed(wrong.get(), &ZkSession::authFailed);
    QTRY_COMPARE(wrong->identities(), QStringList{u"digest:alice"_s});
    QCOMPARE(wrong->state(), SessionState::Connected);
    ZkError error;
    QCOMPARE(TestUtil::getData(*wrong, path, nullptr, &error), QByteArray("v"));
    QVERIFY(authFailed.isEmpty());
    // ...and the first refused operation is where it shows.
    auto set =
        TestUtil::await<StatReply>([&](auto cb) { wrong->setData(path, "w", -1, this, cb); });
    QCOMPARE(set.error.code, ZkCode::NoAuth);
    const QString message = explain(*wrong, ZkOperation::WriteData, path);
    QVERIFY2(message.contains(u"digest:alice:x rwcda"_s), qPrintable(message));
    QVERIFY(message.contains(u"This session holds: digest:alice, ip:127.0.0.1."_s));
    QVERIFY(message.contains(u"wrong password is accepted silently and shows up only now"_s));
    QVERIFY(message.contains(u"ACL names this user"_s));
}

void TestIntAcl::ipSchemeAllowsLoopback()
{
    const QString path = u"/acl-test/loopback"_s;
    const ZkAcl loopback = {{u"ip"_s, u"127.0.0.1"_s, ZkPerm::All}};
    QVERIFY(AclValidation::validateAcl(loopback).isEmpty());
    auto created = TestUtil::await<CreateReply>(
        [&](auto cb) { m_admin->create(path, "lo", CreateMode::Persistent, loopback, this, cb); });
    QVERIFY2(created.error.isOk(), qPrintable(created.error.toString()));
    auto anonymous = TestUtil::connect(m_cs);
    QVERIFY(anonymous);
    ZkError error;
    QCOMPARE(TestUtil::getData(*anonymous, path, nullptr, &error), QByteArray("lo"));
    QVERIFY(error.isOk());
    // A CIDR that covers loopback, and one that does not.
    auto set = TestUtil::await<DoneReply>([&](auto cb) {
        anonymous->setAcl(path, {{u"ip"_s, u"127.0.0.0/8"_s, ZkPerm::All}}, -1, this, cb);
    });
    QVERIFY2(set.error.isOk(), qPrintable(set.error.toString()));
    QVERIFY(TestUtil::getData(*anonymous, path, nullptr, &error) == "lo" && error.isOk());
    set = TestUtil::await<DoneReply>([&](auto cb) {
        anonymous->setAcl(path, {{u"ip"_s, u"10.0.0.0/8"_s, ZkPerm::All}}, -1, this, cb);
    });
    QVERIFY(set.error.isOk());
    TestUtil::getData(*anonymous, path, nullptr, &error);
    QCOMPARE(error.code, ZkCode::NoAuth);
    // The evaluator agrees with the server about this client.
    const SessionIdentities who = SessionIdentities::fromSession(*anonymous);
    QVERIFY(who.addressKnown);
    QVERIFY(AclEvaluator::evaluate(loopback, who).allows(ZkPerm::All));
    QVERIFY(!AclEvaluator::evaluate({{u"ip"_s, u"10.0.0.0/8"_s, ZkPerm::All}}, who)
                 .mayAllow(ZkPerm::Read));
    // Nobody can read it now; the parent's ACL still lets it be deleted.
    auto removed =
        TestUtil::await<DoneReply>([&](auto cb) { m_admin->remove(path, -1, this, cb); });
    QVERIFY(removed.error.isOk());
}

void TestIntAcl::invalidEntriesAreRefusedByTheServerToo()
{
    // What validateEntry refuses before sending, the server refuses as ZINVALIDACL: the checks
    // are not stricter than needed where it matters (ip syntax, IPv6 in 3.8, empty ACL).
    const QList<ZkAcl> bad = {
        {{u"ip"_s, u"10.0.0.0/33"_s, ZkPerm::All}},
        {{u"ip"_s, u"::1"_s, ZkPerm::All}},
        {{u"ip"_s, u"zk1.example.com"_s, ZkPerm::All}},
    };
    for (const ZkAcl &acl : bad) {
        QVERIFY(!AclValidation::validateAcl(acl).isEmpty());
        auto created = TestUtil::await<CreateReply>([&](auto cb) {
            m_admin->create(u"/acl-test/invalid"_s, {}, CreateMode::Persistent, acl, this, cb);
        });
        QVERIFY2(created.error.code == ZkCode::InvalidAcl,
                 qPrintable(AclValidation::entryText(acl.first()) + u" -> "_s
                            + created.error.toString()));
    }
    // `auth` without an authenticated identity: refused by both.
    auto anonymous = TestUtil::connect(m_cs);
    QVERIFY(anonymous);
    QVERIFY(
        !AclValidation::validateAcl(ZkAclPresets::creatorAll(),
                                    SessionIdentities::fromSession(*anonymous).hasAuthenticated())
             .isEmpty());
    auto created = TestUtil::await<CreateReply>([&](auto cb) {
        anonymous->create(u"/acl-test/invalid"_s, {}, CreateMode::Persistent,
                          ZkAclPresets::creatorAll(), this, cb);
    });
    QCOMPARE(created.error.code, ZkCode::InvalidAcl);
}

void TestIntAcl::aclVersionConflict()
{
    const QString path = u"/acl-test/versioned"_s;
    QVERIFY(TestUtil::createNodes(*m_admin, {{path, {}}}));
    auto read = TestUtil::await<AclReply>([&](auto cb) { m_admin->getAcl(path, this, cb); });
    QVERIFY(read.error.isOk());
    const int seen = read.stat.aversion;
    // Someone else changes it first.
    auto other = TestUtil::connect(m_cs);
    QVERIFY(other);
    auto first = TestUtil::await<DoneReply>([&](auto cb) {
        other->setAcl(path, ZkAclPresets::readOnlyWorld() + aliceOnly(), seen, this, cb);
    });
    QVERIFY2(first.error.isOk(), qPrintable(first.error.toString()));
    auto stale = TestUtil::await<DoneReply>(
        [&](auto cb) { m_admin->setAcl(path, aliceOnly(), seen, this, cb); });
    QCOMPARE(stale.error.code, ZkCode::BadVersion);
    read = TestUtil::await<AclReply>([&](auto cb) { m_admin->getAcl(path, this, cb); });
    QCOMPARE(read.stat.aversion, seen + 1);
    auto fresh = TestUtil::await<DoneReply>(
        [&](auto cb) { m_admin->setAcl(path, aliceOnly(), read.stat.aversion, this, cb); });
    QVERIFY(fresh.error.isOk());
}

void TestIntAcl::lockOutGuardMatchesTheServer()
{
    // The guard's verdict, then the real thing: the session that was warned is locked out.
    const QString path = u"/acl-test/lockout"_s;
    auto anonymous = TestUtil::connect(m_cs);
    QVERIFY(anonymous);
    auto created = TestUtil::await<CreateReply>([&](auto cb) {
        anonymous->create(path, "x", CreateMode::Persistent, ZkAclPresets::open(), this, cb);
    });
    QVERIFY(created.error.isOk());
    const SessionIdentities who = SessionIdentities::fromSession(*anonymous);
    QVERIFY(AclEvaluator::lockOutWarning(path, ZkAclPresets::open(), who).isEmpty());
    const QString warning = AclEvaluator::lockOutWarning(path, aliceOnly(), who);
    QVERIFY2(warning.contains(u"could no longer read or administer /acl-test/lockout"_s),
             qPrintable(warning));
    const QString keepsRead =
        AclEvaluator::lockOutWarning(path, ZkAclPresets::readOnlyWorld(), who);
    QVERIFY(keepsRead.contains(u"could no longer change the ACL of"_s));

    auto set = TestUtil::await<DoneReply>(
        [&](auto cb) { anonymous->setAcl(path, aliceOnly(), -1, this, cb); });
    QVERIFY(set.error.isOk());
    ZkError error;
    TestUtil::getData(*anonymous, path, nullptr, &error);
    QCOMPARE(error.code, ZkCode::NoAuth);
    set = TestUtil::await<DoneReply>(
        [&](auto cb) { anonymous->setAcl(path, ZkAclPresets::open(), -1, this, cb); });
    QCOMPARE(set.error.code, ZkCode::NoAuth); // could not undo it
}

void TestIntAcl::recursiveApplyReportsRefusals()
{
    // 500 nodes: /acl-test/tree, 9 children with 54 children each (1 + 9 + 486 = 496) + 4.
    const QString root = u"/acl-test/tree"_s;
    auto worker = TestUtil::connect(m_cs);
    QVERIFY(worker);
    QList<std::pair<QString, QByteArray>> nodes{{root, {}}};
    for (int i = 0; i < 9; ++i) {
        const QString mid = root + u"/m"_s + QString::number(i);
        nodes.append({mid, {}});
        for (int j = 0; j < 54; ++j) nodes.append({mid + u"/n"_s + QString::number(j), {}});
    }
    for (int k = 0; k < 4; ++k) nodes.append({root + u"/x"_s + QString::number(k), {}});
    QCOMPARE(nodes.size(), 500);
    QVERIFY(TestUtil::createNodes(*worker, nodes));
    // One node readable but not administrable by us, one not even readable (alice's own).
    const QString readOnly = root + u"/m3/n7"_s;
    const QString secret = root + u"/m5/n1"_s;
    auto r = TestUtil::await<DoneReply>([&](auto cb) {
        worker->setAcl(readOnly, ZkAclPresets::readOnlyWorld() + aliceOnly(), -1, this, cb);
    });
    QVERIFY(r.error.isOk());
    r = TestUtil::await<DoneReply>(
        [&](auto cb) { worker->setAcl(secret, aliceOnly(), -1, this, cb); });
    QVERIFY(r.error.isOk());
    // One node already has the target ACL: not counted, not rewritten.
    const ZkAcl target = {{u"world"_s, u"anyone"_s, ZkPerm::All & ~ZkPerm::Delete}};
    const QString already = root + u"/x2"_s;
    r = TestUtil::await<DoneReply>([&](auto cb) { worker->setAcl(already, target, -1, this, cb); });
    QVERIFY(r.error.isOk());

    RecursiveAclJob job(worker.get());
    QSignalSpy previewed(&job, &RecursiveAclJob::previewed);
    QSignalSpy finished(&job, &RecursiveAclJob::finished);
    QSignalSpy progress(&job, &RecursiveAclJob::progress);
    job.preview(root, target);
    QVERIFY(previewed.wait(60000));
    const auto plan = previewed.first().first().value<AclApplyPlan>();
    QVERIFY2(plan.error.isOk(), qPrintable(plan.error.toString()));
    QCOMPARE(plan.nodes, 499); // all but the secret one
    QCOMPARE(plan.unreadable, 1);
    QCOMPARE(plan.unreadablePaths, QStringList{secret});
    QCOMPARE(plan.toChange, 498); // all readable ones but x2

    progress.clear();
    job.start();
    QVERIFY(finished.size() == 1 || finished.wait(60000));
    const auto report = finished.first().first().value<AclApplyReport>();
    QVERIFY2(report.error.isOk(), qPrintable(report.error.toString()));
    QCOMPARE(report.total, 498);
    QCOMPARE(report.changed, 497);
    QCOMPARE(report.refused, 1);
    QCOMPARE(report.conflicts, 0);
    QCOMPARE(report.failures.size(), 1);
    QCOMPARE(report.failures.first().path, readOnly);
    QCOMPARE(report.failures.first().error.code, ZkCode::NoAuth);
    QCOMPARE(report.unreadablePaths, QStringList{secret});
    QVERIFY(!report.isComplete());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), 498);

    // The server agrees: everything readable now carries the target ACL, the rest is untouched.
    for (const QString &p : {root, root + u"/m0/n0"_s, root + u"/m8/n53"_s, already}) {
        auto acl = TestUtil::await<AclReply>([&](auto cb) { worker->getAcl(p, this, cb); });
        QCOMPARE(acl.acl, target);
    }
    auto acl = TestUtil::await<AclReply>([&](auto cb) { worker->getAcl(already, this, cb); });
    QCOMPARE(acl.stat.aversion, 1); // set once by the test, not again by the job
    acl = TestUtil::await<AclReply>([&](auto cb) { worker->getAcl(readOnly, this, cb); });
    QCOMPARE(acl.acl.size(), 2);

    // A conflict: the ACL changes between preview and apply.
    job.preview(root, ZkAclPresets::open());
    QVERIFY(previewed.wait(60000));
    r = TestUtil::await<DoneReply>([&](auto cb) {
        worker->setAcl(root + u"/m1"_s, ZkAclPresets::readOnlyWorld() + ZkAclPresets::open(), -1,
                       this, cb);
    });
    QVERIFY(r.error.isOk());
    finished.clear();
    job.start();
    QVERIFY(finished.size() == 1 || finished.wait(60000));
    const auto second = finished.first().first().value<AclApplyReport>();
    QCOMPARE(second.conflicts, 1);
    QCOMPARE(second.refused, 1);
    QCOMPARE(second.changed, second.total - 2);
    bool conflictListed = false;
    for (const PathError &p : second.failures)
        conflictListed =
            conflictListed || (p.path == root + u"/m1"_s && p.error.code == ZkCode::BadVersion);
    QVERIFY(conflictListed);

    // Cancel right after starting: nothing more is sent, counts still add up.
    job.preview(root, target);
    QVERIFY(previewed.wait(60000));
    finished.clear();
    job.setMaxInFlight(10);
    job.start();
    job.cancel();
    QVERIFY(finished.size() == 1 || finished.wait(60000));
    const auto cancelled = finished.first().first().value<AclApplyReport>();
    QVERIFY(cancelled.cancelled);
    QVERIFY(cancelled.notAttempted > 0);
    QCOMPARE(cancelled.changed + cancelled.refused + cancelled.conflicts + cancelled.vanished
                 + cancelled.failed + cancelled.notAttempted + cancelled.unknown,
             cancelled.total);

    // Alice may administer every node (her own included): open it all again, fully.
    RecursiveAclJob reopen(m_admin.get());
    QSignalSpy reopened(&reopen, &RecursiveAclJob::previewed);
    QSignalSpy done(&reopen, &RecursiveAclJob::finished);
    reopen.preview(root, ZkAclPresets::open());
    QVERIFY(reopened.wait(60000));
    QCOMPARE(reopened.first().first().value<AclApplyPlan>().unreadable, 0);
    reopen.start();
    QVERIFY(done.size() == 1 || done.wait(60000));
    QVERIFY(done.first().first().value<AclApplyReport>().isComplete());
}

QTEST_GUILESS_MAIN(TestIntAcl)
#include "tst_int_acl.moc"
