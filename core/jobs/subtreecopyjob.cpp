#include "jobs/subtreecopyjob.h"

#include "jobs/aclstaging.h"
#include "zk/zkpath.h"
#include "zk/zksession.h"
#include <QCoreApplication>

namespace {

constexpr int kMaxAclFixesInFlight = 200;

void appendBounded(QStringList &list, const QString &path)
{
    if (list.size() < JobReport::kMaxReportedPaths) list.append(path);
}

using namespace AclStaging;

} // namespace

SubtreeCopyJob::SubtreeCopyJob(ZkSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_crawler(session, this)
    , m_runner(session, this)
    , m_deleter(session, this)
{
    connect(&m_crawler, &SubtreeCrawler::nodesFound, this,
            [this](const QList<CrawledNode> &nodes) { m_nodes.append(nodes); });
    connect(&m_crawler, &SubtreeCrawler::finished, this, &SubtreeCopyJob::onCrawled);
    connect(&m_runner, &LeveledBatchRunner::opFailed, this,
            [this](const ZkOp &op, const ZkError &e) {
                m_failedDest.insert(op.path);
                noteFailure(op.path, e);
            });
    connect(&m_runner, &LeveledBatchRunner::opSkipped, this, [this](const ZkOp &op) {
        m_failedDest.insert(op.path);
        noteFailure(op.path,
                    ZkError::make(ZkCode::NoNode,
                                  QCoreApplication::translate(
                                      "SubtreeCopyJob", "not created: its parent was not created"),
                                  op.path));
    });
    connect(&m_runner, &LeveledBatchRunner::progress, this, [this](qint64 done, qint64 total) {
        emit progress(done, m_report.move ? 2 * total : total);
    });
    connect(&m_runner, &LeveledBatchRunner::finished, this, &SubtreeCopyJob::onCreatesFinished);
    connect(&m_deleter, &RecursiveDeleteJob::progress, this, [this](qint64 done, qint64 total) {
        emit progress(m_copyOps + done, m_copyOps + total);
    });
    connect(&m_deleter, &RecursiveDeleteJob::finished, this, &SubtreeCopyJob::onSourceDeleted);
}

void SubtreeCopyJob::copy(const QString &source, const QString &destination)
{
    begin(source, destination, false);
}

void SubtreeCopyJob::move(const QString &source, const QString &destination)
{
    begin(source, destination, true);
}

void SubtreeCopyJob::cancel()
{
    if (m_phase == Phase::Idle) return;
    m_cancelRequested = true;
    switch (m_phase) {
    case Phase::Checking:
        ++m_run; // the pending exists() replies are ignored
        QMetaObject::invokeMethod(
            this, [this] { finish(); }, Qt::QueuedConnection);
        break;
    case Phase::Crawling:
        m_crawler.cancel();
        break;
    case Phase::Creating:
        m_runner.cancel();
        break;
    case Phase::FixingAcls:
        break; // short, and it must not leave temporary ACLs behind
    case Phase::DeletingSource:
        m_deleter.cancel();
        break;
    case Phase::Idle:
        break;
    }
}

void SubtreeCopyJob::begin(const QString &source, const QString &destination, bool move)
{
    ++m_run;
    m_source = source;
    m_destination = destination;
    m_cancelRequested = false;
    m_nodes.clear();
    m_kept.clear();
    m_finalAcl.clear();
    m_failedDest.clear();
    m_aclQueue.clear();
    m_aclInFlight = 0;
    m_copyOps = 0;
    m_report = {};
    m_report.source = source;
    m_report.destination = destination;
    m_report.move = move;
    m_clock.start();
    setPhase(Phase::Checking);
    if (ZkError e = checkPaths()) {
        QMetaObject::invokeMethod(
            this, [this, e] { finish(e); }, Qt::QueuedConnection);
        return;
    }
    checkDestination();
}

ZkError SubtreeCopyJob::checkPaths() const
{
    const QString verb = m_report.move ? QStringLiteral("move") : QStringLiteral("copy");
    for (const QString &p : {m_source, m_destination}) {
        if (const QString why = ZkPath::validate(p); !why.isEmpty())
            return ZkError::make(
                ZkCode::BadArguments,
                QCoreApplication::translate("SubtreeCopyJob", "invalid path \"%1\": %2")
                    .arg(p, why),
                p);
    }
    if (!m_session)
        return ZkError::make(ZkCode::Closing,
                             QCoreApplication::translate("SubtreeCopyJob", "no session"));
    if (m_source == u"/")
        return ZkError::make(
            ZkCode::BadArguments,
            QCoreApplication::translate("SubtreeCopyJob", "cannot %1 the root node \"/\"")
                .arg(verb),
            m_source);
    if (m_destination == m_source)
        return ZkError::make(
            ZkCode::BadArguments,
            QCoreApplication::translate("SubtreeCopyJob", "cannot %1 %2 onto itself")
                .arg(verb, m_source),
            m_destination);
    if (ZkPath::isAncestor(m_source, m_destination))
        return ZkError::make(
            ZkCode::BadArguments,
            QCoreApplication::translate("SubtreeCopyJob", "cannot %1 %2 into its own descendant %3")
                .arg(verb, m_source, m_destination),
            m_destination);
    return {};
}

void SubtreeCopyJob::checkDestination()
{
    const quint64 run = m_run;
    m_session->exists(m_destination, false, this, [this, run](const StatReply &r) {
        if (run != m_run) return;
        if (r.error.isOk()) {
            finish(ZkError::make(
                ZkCode::NodeExists,
                QCoreApplication::translate("SubtreeCopyJob", "the destination %1 already exists")
                    .arg(m_destination),
                m_destination));
            return;
        }
        if (r.error.code != ZkCode::NoNode) {
            finish(r.error);
            return;
        }
        const QString parent = ZkPath::parent(m_destination);
        m_session->exists(parent, false, this, [this, run, parent](const StatReply &p) {
            if (run != m_run) return;
            if (p.error.code == ZkCode::NoNode) {
                finish(ZkError::make(
                    ZkCode::NoNode,
                    QCoreApplication::translate("SubtreeCopyJob",
                                                "the destination's parent %1 does not exist")
                        .arg(parent),
                    parent));
            } else if (p.error) {
                finish(p.error);
            } else if (p.stat.isEphemeral()) {
                finish(ZkError::make(
                    ZkCode::NoChildrenForEphemerals,
                    QCoreApplication::translate("SubtreeCopyJob",
                                                "the destination's parent %1 is ephemeral: "
                                                "it cannot have children")
                        .arg(parent),
                    parent));
            } else {
                setPhase(Phase::Crawling);
                m_crawler.start(m_source, {.fetchData = true, .fetchAcl = true});
            }
        });
    });
}

void SubtreeCopyJob::setPhase(Phase phase)
{
    if (m_phase == phase) return;
    m_phase = phase;
    emit phaseChanged(phase);
}

QString SubtreeCopyJob::destinationOf(const QString &sourcePath) const
{
    return m_destination + sourcePath.mid(m_source.size());
}

void SubtreeCopyJob::onCrawled(const CrawlSummary &summary)
{
    if (m_phase != Phase::Crawling) return;
    m_report.crawlMs = summary.elapsedMs;
    m_report.total = qint64(m_nodes.size());
    m_report.unreadable = summary.refused;
    m_report.unreadablePaths = summary.refusedPaths;
    m_kept = summary.refusedPaths;
    if (summary.error || summary.cancelled) {
        m_report.notAttempted = m_report.total;
        m_report.cancelled = summary.cancelled;
        ZkError e = summary.error;
        if (e.code == ZkCode::NoNode && e.path == m_source)
            e.message =
                QCoreApplication::translate("SubtreeCopyJob", "the source %1 does not exist")
                    .arg(m_source);
        finish(e);
        return;
    }
    runCreates();
}

void SubtreeCopyJob::runCreates()
{
    // Inner nodes: a temporary ACL is needed when the final one would refuse their children.
    QSet<QString> hasChildren;
    for (const CrawledNode &n : std::as_const(m_nodes))
        if (n.depth > 0 && !n.stat.isEphemeral()) hasChildren.insert(ZkPath::parent(n.path));
    QList<QList<ZkOp>> levels;
    QStringList notCopied; // destination paths: their descendants are not created either
    for (const CrawledNode &n : std::as_const(m_nodes)) {
        if (n.stat.isEphemeral()) {
            ++m_report.skippedEphemeral;
            appendBounded(m_report.ephemeralPaths, n.path);
            m_kept.append(n.path);
            continue;
        }
        const QString dest = destinationOf(n.path);
        if (isRedacted(n.acl)) {
            // Copying "user:x" would lock everyone out for good: refuse this node instead.
            ++m_report.failed;
            m_failedDest.insert(dest);
            notCopied.append(dest);
            noteFailure(
                dest,
                ZkError::make(ZkCode::NoAuth,
                              QCoreApplication::translate("SubtreeCopyJob",
                                                          "not copied: the server hides the "
                                                          "digest passwords of %1's ACL from "
                                                          "this session (no ADMIN permission)")
                                  .arg(n.path),
                              dest));
            continue;
        }
        ZkAcl acl = n.acl;
        if (hasChildren.contains(n.path) && !worldMayCreateAndAdmin(acl)) {
            m_finalAcl.insert(dest, acl);
            acl = temporaryAcl(acl);
        }
        while (levels.size() <= n.depth) levels.append(QList<ZkOp>());
        levels[n.depth].append(ZkOp::create(dest, n.data, CreateMode::Persistent, acl));
        ++m_copyOps;
    }
    setPhase(Phase::Creating);
    LeveledBatchRunner::Options o;
    o.batchOps = m_options.batchOps;
    o.batchBytes = m_options.batchBytes;
    o.maxBatchesInFlight = m_options.maxBatchesInFlight;
    o.order = LeveledBatchRunner::Order::TopDown;
    m_runner.run(levels, o, notCopied);
}

void SubtreeCopyJob::noteFailure(const QString &path, const ZkError &error)
{
    m_report.addFailure(path, error);
}

void SubtreeCopyJob::onCreatesFinished(const BatchRunStats &stats)
{
    if (m_phase != Phase::Creating) return;
    m_report.created = stats.applied;
    m_report.failed += stats.failed + stats.skipped;
    m_report.notAttempted = stats.notApplied;
    m_report.unknown = stats.unknown;
    m_report.cancelled = stats.cancelled;
    m_report.error = stats.error;
    if (stats.error && stats.unknown > 0 && stats.error.code != ZkCode::NotReadOnly) {
        m_report.error.message =
            QCoreApplication::translate("SubtreeCopyJob",
                                        "%1: the outcome of %2 in-flight creates is unknown")
                .arg(m_report.error.message, QString::number(stats.unknown));
    }
    for (auto it = m_finalAcl.cbegin(); it != m_finalAcl.cend(); ++it)
        if (!m_failedDest.contains(it.key())) m_aclQueue.emplace_back(it.key(), it.value());
    if (stats.applied == 0 && stats.unknown == 0) m_aclQueue.clear();
    setPhase(Phase::FixingAcls);
    pumpAclFixes();
}

void SubtreeCopyJob::pumpAclFixes()
{
    const quint64 run = m_run;
    while (m_session && !m_aclQueue.empty() && m_aclInFlight < kMaxAclFixesInFlight) {
        auto [path, acl] = std::move(m_aclQueue.front());
        m_aclQueue.pop_front();
        ++m_aclInFlight;
        // Version 0: the ACL we created it with. A change by someone else meanwhile is reported.
        m_session->setAcl(path, acl, 0, this, [this, run, path](const DoneReply &r) {
            if (run != m_run) return;
            --m_aclInFlight;
            // NoNode: never created (cancelled or lost in flight), nothing to fix.
            if (r.error && r.error.code != ZkCode::NoNode) {
                ++m_report.aclFailed;
                ZkError e = r.error;
                e.message = QCoreApplication::translate(
                                "SubtreeCopyJob",
                                "created with a temporary ACL (world: create, admin); "
                                "setting its real ACL failed: %1")
                                .arg(r.error.message);
                noteFailure(path, e);
            }
            pumpAclFixes();
        });
    }
    if (m_aclInFlight == 0 && (m_aclQueue.empty() || !m_session)) afterCopy();
}

void SubtreeCopyJob::afterCopy()
{
    if (m_phase != Phase::FixingAcls) return;
    const bool complete = m_report.copyComplete() && !m_cancelRequested;
    m_report.partialCopyLeft = !complete && (m_report.created > 0 || m_report.unknown > 0);
    if (m_cancelRequested) m_report.cancelled = true;
    if (!m_report.move || !complete) {
        finish(m_report.error);
        return;
    }
    setPhase(Phase::DeletingSource);
    RecursiveDeleteJob::Options o;
    o.batchOps = m_options.batchOps;
    o.maxBatchesInFlight = m_options.maxBatchesInFlight;
    o.versions = RecursiveDeleteJob::VersionCheck::All;
    m_deleter.setOptions(o);
    m_deleter.deleteNodes(m_source, m_nodes, m_kept);
}

void SubtreeCopyJob::onSourceDeleted(const DeleteReport &report)
{
    if (m_phase != Phase::DeletingSource) return;
    m_report.sourceDeleteRan = true;
    m_report.sourceDelete = report;
    m_report.sourceDeleted = report.isComplete() && m_kept.isEmpty();
    m_report.cancelled = report.cancelled;
    finish(report.error);
}

void SubtreeCopyJob::finish(const ZkError &error)
{
    if (m_phase == Phase::Idle) return;
    ++m_run;
    if (error) m_report.error = error;
    if (m_cancelRequested) m_report.cancelled = true;
    m_report.elapsedMs = m_clock.elapsed();
    setPhase(Phase::Idle);
    emit finished(m_report);
}
