#include "transfer/syncapplyjob.h"

#include "jobs/aclstaging.h"
#include "zk/zkpath.h"
#include "zk/zksession.h"

namespace {

constexpr int kMaxAclWritesInFlight = 200;

CreateMode createModeOf(NodeKind kind)
{
    // TTL creates are refused inside a multi by the C client: TTL nodes become persistent.
    return kind == NodeKind::Container ? CreateMode::Container : CreateMode::Persistent;
}

} // namespace

SyncApplyJob::SyncApplyJob(ZkSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_runner(session, this)
{
    connect(&m_runner, &LeveledBatchRunner::opFailed, this, &SyncApplyJob::onOpFailed);
    connect(&m_runner, &LeveledBatchRunner::opSkipped, this, [this](const ZkOp &op) {
        m_notCreated.insert(op.path);
        m_report.addFailure(
            op.path,
            ZkError::make(ZkCode::NoNode, tr("not written: its parent was not created"), op.path));
    });
    connect(&m_runner, &LeveledBatchRunner::progress, this,
            [this](qint64 done, qint64) { emit progress(m_done + done, m_report.total); });
    connect(&m_runner, &LeveledBatchRunner::finished, this, &SyncApplyJob::onBatchesDone);
    connect(&m_fetcher, &SourceDataFetcher::finished, this, &SyncApplyJob::onSourceFetched);
}

QString SyncApplyJob::targetPath(const QString &relPath) const
{
    return TransferSnapshot::absolute(m_targetRoot, relPath);
}

void SyncApplyJob::start(const SyncPlan &plan, const TransferSnapshot &source,
                         const TransferSnapshot &target, const QString &targetRoot,
                         ZkSession *sourceSession)
{
    ++m_run;
    m_plan = plan;
    m_source = source;
    m_target = target;
    m_targetRoot = targetRoot;
    m_stop = false;
    m_aclQueue.clear();
    m_stagedAcl = m_parts ? m_parts->stagedAcls : QHash<QString, ZkAcl>();
    m_stagedHeld = false;
    m_notCreated.clear();
    m_aclInFlight = 0;
    m_done = 0;
    m_report = {};
    m_report.targetRoot = targetRoot;
    m_report.total = plan.writes();
    m_clock.start();
    ZkError refusal;
    if (!m_session)
        refusal = ZkError::make(ZkCode::Closing, tr("no session"));
    else if (m_session->options().readOnly)
        refusal = ZkError::make(ZkCode::NotReadOnly,
                                tr("this connection is read-only: nothing was written"));
    else if (plan.firstConflict >= 0)
        refusal = ZkError::make(
            ZkCode::BadArguments,
            tr("%1 differs on both sides and the mode is \"stop at the first conflict\": nothing "
               "was written")
                .arg(targetPath(plan.actions[plan.firstConflict].relPath)),
            targetPath(plan.actions[plan.firstConflict].relPath));
    m_phase = Phase::Creating;
    if (refusal) {
        m_report.notAttempted = m_report.total;
        QMetaObject::invokeMethod(
            this, [this, refusal] { finish(refusal); }, Qt::QueuedConnection);
        return;
    }
    emit phaseChanged(m_phase);
    // Values the compare kept only as digests are read again (and checked) first.
    QList<int> written;
    for (const SyncPlan::Action &a : plan.actions)
        if (a.type == SyncPlan::Action::Create || a.type == SyncPlan::Action::SetData)
            written.append(a.source);
    if (!SourceDataFetcher::missing(m_source, written).isEmpty()) {
        m_fetcher.start(sourceSession, &m_source, written);
        return;
    }
    // Always asynchronous: finished() never comes back inside start().
    const quint64 run = m_run;
    QMetaObject::invokeMethod(
        this,
        [this, run] {
            if (run == m_run) runCreates();
        },
        Qt::QueuedConnection);
}

// The values a write needs are here, except those changed or gone on the source since the
// compare: their writes are dropped and reported.
void SyncApplyJob::onSourceFetched(const QList<PathError> &failures, const QList<int> &failed,
                                   bool cancelled)
{
    if (cancelled || m_stop) {
        m_report.notAttempted = m_report.total;
        finish();
        return;
    }
    const QSet<int> bad(failed.begin(), failed.end());
    m_plan.actions.removeIf([&bad](const SyncPlan::Action &a) {
        return (a.type == SyncPlan::Action::Create || a.type == SyncPlan::Action::SetData)
            && bad.contains(a.source);
    });
    for (const PathError &f : failures) {
        ++m_report.failed;
        m_report.addFailure(f.path, f.error);
    }
    runCreates();
}

void SyncApplyJob::cancel()
{
    if (m_phase == Phase::Idle) return;
    m_stop = true;
    m_report.cancelled = true;
    if (m_fetcher.isRunning()) m_fetcher.cancel(); // finishes through onSourceFetched
    if (m_runner.isRunning()) m_runner.cancel();
    // SettingAcls finishes its short queue: staged ACLs must not be left behind.
}

void SyncApplyJob::setPhase(Phase phase)
{
    m_phase = phase;
    emit phaseChanged(phase);
}

LeveledBatchRunner::Options SyncApplyJob::runnerOptions(LeveledBatchRunner::Order order) const
{
    LeveledBatchRunner::Options o;
    o.batchOps = m_options.batchOps;
    o.batchBytes = m_options.batchBytes;
    o.maxBatchesInFlight = m_options.maxBatchesInFlight;
    o.order = order;
    return o;
}

QSet<QString> SyncApplyJob::createdParents(const QList<SyncPlan::Action> &actions)
{
    QSet<QString> parents;
    for (const SyncPlan::Action &a : actions)
        if (a.type == SyncPlan::Action::Create && !a.relPath.isEmpty())
            parents.insert(a.relPath.left(a.relPath.lastIndexOf(u'/')));
    return parents;
}

QHash<QString, ZkAcl> SyncApplyJob::heldStagedAcls() const
{
    QHash<QString, ZkAcl> held;
    if (!m_stagedHeld) return held;
    for (auto it = m_stagedAcl.cbegin(); it != m_stagedAcl.cend(); ++it)
        if (!m_notCreated.contains(it.key())) held.insert(it.key(), it.value());
    return held;
}

void SyncApplyJob::runCreates()
{
    const QSet<QString> innerCreated =
        m_parts ? m_parts->createdParents : createdParents(m_plan.actions);
    QList<QList<ZkOp>> levels;
    QStringList refused; // not created: their descendants are not sent either
    for (const SyncPlan::Action &a : std::as_const(m_plan.actions)) {
        if (a.type != SyncPlan::Action::Create) continue;
        const TransferNode &n = m_source.nodes[a.source];
        const QString path = targetPath(a.relPath);
        if (refuseRedacted(path, n.acl)) {
            m_notCreated.insert(path);
            refused.append(path);
            continue;
        }
        ZkAcl acl = n.acl;
        if (innerCreated.contains(a.relPath) && !AclStaging::worldMayCreateAndAdmin(acl)) {
            m_stagedAcl.insert(path, acl);
            acl = AclStaging::temporaryAcl(acl);
        }
        if (n.kind == NodeKind::Ttl) ++m_report.ttlAsPersistent;
        const int depth = n.depth();
        while (levels.size() <= depth) levels.append(QList<ZkOp>());
        levels[depth].append(ZkOp::create(path, n.data, createModeOf(n.kind), acl));
    }
    if (levels.isEmpty()) {
        nextPhase();
        return;
    }
    m_runner.run(levels, runnerOptions(LeveledBatchRunner::Order::TopDown), refused);
}

// A live source shows "user:x" instead of a digest hash to a session without ADMIN on the node:
// writing that would lock everyone out for good, so the node is refused (as in SubtreeCopyJob).
bool SyncApplyJob::refuseRedacted(const QString &path, const ZkAcl &acl)
{
    if (!AclStaging::isRedacted(acl)) return false;
    ++m_report.failed;
    m_report.addFailure(path,
                        ZkError::make(ZkCode::NoAuth,
                                      tr("not written: the server hides the digest "
                                         "passwords of the source's ACL from this session "
                                         "(no ADMIN permission)"),
                                      path));
    return true;
}

void SyncApplyJob::runDataUpdates()
{
    QList<ZkOp> ops;
    for (const SyncPlan::Action &a : std::as_const(m_plan.actions)) {
        if (a.type != SyncPlan::Action::SetData) continue;
        ops.append(ZkOp::setData(targetPath(a.relPath), m_source.nodes[a.source].data,
                                 m_target.nodes[a.target].version));
    }
    if (ops.isEmpty()) {
        nextPhase();
        return;
    }
    m_runner.run({ops}, runnerOptions(LeveledBatchRunner::Order::TopDown));
}

void SyncApplyJob::runAclUpdates()
{
    for (const SyncPlan::Action &a : std::as_const(m_plan.actions))
        if (a.type == SyncPlan::Action::SetAcl
            && !refuseRedacted(targetPath(a.relPath), m_source.nodes[a.source].acl))
            m_aclQueue.push_back({targetPath(a.relPath), m_source.nodes[a.source].acl,
                                  m_target.nodes[a.target].aversion, false});
    // A later part creates more children below them: it sets these (a stopped job sets them now).
    m_stagedHeld = m_parts && m_parts->holdStagedAcls && !m_stop;
    if (!m_stagedHeld)
        for (auto it = m_stagedAcl.cbegin(); it != m_stagedAcl.cend(); ++it)
            if (!m_notCreated.contains(it.key()))
                m_aclQueue.push_back({it.key(), it.value(), 0, true});
    pumpAcls();
}

void SyncApplyJob::pumpAcls()
{
    const quint64 run = m_run;
    while (m_session && !m_aclQueue.empty() && m_aclInFlight < kMaxAclWritesInFlight) {
        AclWrite w = std::move(m_aclQueue.front());
        m_aclQueue.pop_front();
        if (m_stop && !w.staged) {
            ++m_report.notAttempted;
            continue;
        }
        ++m_aclInFlight;
        m_session->setAcl(w.path, w.acl, w.aversion, this, [this, run, w](const DoneReply &r) {
            if (run != m_run) return;
            --m_aclInFlight;
            if (!w.staged) {
                ++m_done;
                emit progress(m_done, m_report.total);
            }
            if (r.error.isOk()) {
                if (!w.staged) ++m_report.aclUpdated;
            } else if (w.staged && r.error.code != ZkCode::NoNode) {
                ++m_report.aclFailed;
                ZkError e = r.error;
                e.message = tr("created with a temporary ACL (world: create, admin); setting its "
                               "real ACL failed: %1")
                                .arg(r.error.message);
                m_report.addFailure(w.path, e);
            } else if (!w.staged) {
                ++m_report.failed;
                m_report.addFailure(w.path, r.error);
                if (m_options.stopAtFirstFailure) m_stop = m_report.stoppedAtConflict = true;
            }
            pumpAcls();
        });
    }
    if (m_aclInFlight == 0 && m_aclQueue.empty()) nextPhase();
}

void SyncApplyJob::runDeletes()
{
    QList<QList<ZkOp>> levels;
    for (const SyncPlan::Action &a : std::as_const(m_plan.actions)) {
        if (a.type != SyncPlan::Action::Delete) continue;
        const TransferNode &n = m_target.nodes[a.target];
        const int depth = n.depth();
        while (levels.size() <= depth) levels.append(QList<ZkOp>());
        levels[depth].append(ZkOp::remove(targetPath(a.relPath), n.version));
    }
    if (levels.isEmpty()) {
        nextPhase();
        return;
    }
    std::reverse(levels.begin(), levels.end());
    LeveledBatchRunner::Options o = runnerOptions(LeveledBatchRunner::Order::BottomUp);
    o.benignCode = ZkCode::NoNode;
    m_runner.run(levels, o);
}

void SyncApplyJob::onOpFailed(const ZkOp &op, const ZkError &error)
{
    if (op.kind == ZkOp::Kind::Create) m_notCreated.insert(op.path);
    if (op.kind == ZkOp::Kind::Delete && error.code == ZkCode::NoNode) return; // already gone
    m_report.addFailure(op.path, error);
    if (m_options.stopAtFirstFailure && !m_stop) {
        m_stop = m_report.stoppedAtConflict = true;
        m_runner.cancel();
    }
}

void SyncApplyJob::onBatchesDone(const BatchRunStats &stats)
{
    if (m_phase == Phase::Idle) return;
    switch (m_phase) {
    case Phase::Creating:
        m_report.created = stats.applied;
        break;
    case Phase::UpdatingData:
        m_report.dataUpdated = stats.applied;
        break;
    case Phase::Deleting:
        m_report.deleted = stats.applied + stats.benign;
        break;
    default:
        break;
    }
    m_report.failed += stats.failed + stats.skipped;
    m_report.notAttempted += stats.notApplied;
    m_report.unknown += stats.unknown;
    m_done += stats.total;
    if (stats.error) {
        m_report.error = stats.error;
        m_stop = true;
    }
    nextPhase();
}

void SyncApplyJob::nextPhase()
{
    // Not attempted: every write of the phases that will not run.
    const auto skipRest = [this](std::initializer_list<SyncPlan::Action::Type> types) {
        for (const SyncPlan::Action &a : std::as_const(m_plan.actions))
            for (auto t : types)
                if (a.type == t) ++m_report.notAttempted;
    };
    switch (m_phase) {
    case Phase::Creating:
        if (m_stop) skipRest({SyncPlan::Action::SetData});
        setPhase(Phase::UpdatingData);
        if (m_stop)
            nextPhase();
        else
            runDataUpdates();
        return;
    case Phase::UpdatingData:
        setPhase(Phase::SettingAcls);
        runAclUpdates(); // also after a stop: staged ACLs are always set
        return;
    case Phase::SettingAcls:
        if (m_stop) skipRest({SyncPlan::Action::Delete});
        setPhase(Phase::Deleting);
        if (m_stop)
            finish();
        else
            runDeletes();
        return;
    case Phase::Deleting:
        finish();
        return;
    case Phase::Idle:
        return;
    }
}

void SyncApplyJob::finish(const ZkError &error)
{
    if (m_phase == Phase::Idle) return;
    ++m_run;
    if (error) m_report.error = error;
    m_report.elapsedMs = m_clock.elapsed();
    m_phase = Phase::Idle;
    emit phaseChanged(m_phase);
    emit finished(m_report);
}
