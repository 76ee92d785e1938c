#include "transfer/connectioncopyjob.h"

#include "zk/zkpath.h"
#include "zk/zksession.h"

#include <QCoreApplication>

ConnectionCopyJob::ConnectionCopyJob(ZkSession *source, ZkSession *target, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_target(target)
    , m_import(target, this)
    , m_deleter(source, this)
{
    connect(&m_import, &ImportJob::progress, this, &ConnectionCopyJob::progress);
    connect(&m_import, &ImportJob::prepared, this, &ConnectionCopyJob::onPrepared);
    connect(&m_import, &ImportJob::finished, this, [this](const SyncReport &report) {
        if (m_phase != Phase::Copying) return;
        m_copyReport = report;
        setPhase(Phase::Copied);
        emit copied(report);
    });
    connect(&m_deleter, &RecursiveDeleteJob::progress, this, &ConnectionCopyJob::progress);
    connect(&m_deleter, &RecursiveDeleteJob::finished, this, [this](const DeleteReport &report) {
        if (m_phase != Phase::DeletingSource) return;
        setPhase(Phase::Idle);
        emit sourceDeleted(report);
    });
}

void ConnectionCopyJob::setPhase(Phase phase)
{
    if (m_phase == phase) return;
    m_phase = phase;
    emit phaseChanged(phase);
}

void ConnectionCopyJob::prepare(const QString &sourcePath, const QString &destination,
                                const SyncOptions &options, bool move)
{
    ++m_run;
    m_sourcePath = sourcePath;
    m_destination = destination;
    m_options = options;
    m_move = move;
    m_copyReport = {};
    setPhase(Phase::Checking);
    if (ZkError e = checkPaths()) {
        refuse(e);
        return;
    }
    checkDestination();
}

// Always later, never inside prepare(): the caller may connect after calling.
void ConnectionCopyJob::refuse(const ZkError &error)
{
    const quint64 run = m_run;
    QMetaObject::invokeMethod(
        this,
        [this, run, error] {
            if (run != m_run) return;
            setPhase(Phase::Idle);
            emit prepared(error);
        },
        Qt::QueuedConnection);
}

ZkError ConnectionCopyJob::checkPaths() const
{
    for (const QString &p : {m_sourcePath, m_destination}) {
        if (const QString why = ZkPath::validate(p); !why.isEmpty())
            return ZkError::make(
                ZkCode::BadArguments,
                QCoreApplication::translate("ConnectionCopyJob", "invalid path \"%1\": %2")
                    .arg(p, why),
                p);
    }
    if (!m_source || !m_target)
        return ZkError::make(ZkCode::Closing,
                             QCoreApplication::translate("ConnectionCopyJob", "no session"));
    if (m_sourcePath == u"/")
        return ZkError::make(
            ZkCode::BadArguments,
            QCoreApplication::translate("ConnectionCopyJob",
                                        "cannot copy the root node \"/\": choose a node below it"),
            m_sourcePath);
    if (m_destination == u"/")
        return ZkError::make(
            ZkCode::BadArguments,
            QCoreApplication::translate("ConnectionCopyJob",
                                        "the destination cannot be the root node \"/\""),
            m_destination);
    if (m_target->options().readOnly)
        return ZkError::make(
            ZkCode::NotReadOnly,
            QCoreApplication::translate("ConnectionCopyJob",
                                        "the target connection is read-only: nothing was written"));
    if (m_move && m_source->options().readOnly)
        return ZkError::make(ZkCode::NotReadOnly,
                             QCoreApplication::translate(
                                 "ConnectionCopyJob",
                                 "the source connection is read-only: a move could not delete "
                                 "the original; copy instead"));
    return {};
}

void ConnectionCopyJob::checkDestination()
{
    const quint64 run = m_run;
    m_target->exists(m_destination, false, this, [this, run](const StatReply &dest) {
        if (run != m_run) return;
        if (dest.error && dest.error.code != ZkCode::NoNode) {
            refuse(dest.error);
            return;
        }
        const bool exists = dest.error.isOk();
        m_target->exists(ZkPath::parent(m_destination), false, this,
                         [this, run, exists](const StatReply &parent) {
                             if (run == m_run) onDestinationChecked(parent, exists);
                         });
    });
}

void ConnectionCopyJob::onDestinationChecked(const StatReply &parent, bool destinationExists)
{
    const QString parentPath = ZkPath::parent(m_destination);
    if (parent.error.code == ZkCode::NoNode) {
        refuse(ZkError::make(
            ZkCode::NoNode,
            QCoreApplication::translate("ConnectionCopyJob",
                                        "the destination's parent %1 does not exist on the target")
                .arg(parentPath),
            parentPath));
    } else if (parent.error) {
        refuse(parent.error);
    } else if (parent.stat.isEphemeral()) {
        refuse(
            ZkError::make(ZkCode::NoChildrenForEphemerals,
                          QCoreApplication::translate(
                              "ConnectionCopyJob",
                              "the destination's parent %1 is ephemeral: it cannot have children")
                              .arg(parentPath),
                          parentPath));
    } else if (m_move && destinationExists) {
        // Deleting the source is safe only when every node at the destination is one we made.
        refuse(ZkError::make(ZkCode::NodeExists,
                             QCoreApplication::translate(
                                 "ConnectionCopyJob",
                                 "the destination %1 already exists: a move needs a new path "
                                 "(copy merges into an existing node)")
                                 .arg(m_destination),
                             m_destination));
    } else {
        setPhase(Phase::Reading);
        m_import.prepare(m_source, m_sourcePath, m_destination, m_options);
    }
}

void ConnectionCopyJob::onPrepared(const ZkError &error)
{
    if (m_phase != Phase::Reading) return;
    ZkError e = error;
    m_sourceUnreadable = m_import.fileSnapshot().unreadable;
    if (e.code == ZkCode::Ok && m_import.fileSnapshot().missing)
        e = ZkError::make(
            ZkCode::NoNode,
            QCoreApplication::translate("ConnectionCopyJob", "the source %1 does not exist")
                .arg(m_sourcePath),
            m_sourcePath);
    setPhase(e ? Phase::Idle : Phase::Ready);
    emit prepared(e);
}

void ConnectionCopyJob::copy()
{
    if (m_phase != Phase::Ready) return;
    setPhase(Phase::Copying);
    m_import.apply();
}

bool ConnectionCopyJob::copyComplete() const
{
    const SyncPlan &p = m_import.plan();
    return m_phase == Phase::Copied && m_copyReport.isComplete() && m_copyReport.aclFailed == 0
        && p.skipped == 0 && p.kindConflicts == 0 && m_sourceUnreadable == 0;
}

void ConnectionCopyJob::deleteSource()
{
    if (!m_move || !copyComplete()) return;
    const TransferSnapshot &s = m_import.fileSnapshot();
    QList<CrawledNode> nodes;
    nodes.reserve(s.nodes.size());
    for (const TransferNode &n : s.nodes) {
        CrawledNode c;
        c.path = TransferSnapshot::absolute(m_sourcePath, n.relPath);
        c.depth = n.depth();
        c.stat.version = n.version; // checked: a node changed since the copy read it is kept
        nodes.append(std::move(c));
    }
    QStringList kept = s.unreadablePaths;
    for (const QString &rel : s.ephemeralPaths)
        kept.append(TransferSnapshot::absolute(m_sourcePath, rel));
    RecursiveDeleteJob::Options o;
    o.versions = RecursiveDeleteJob::VersionCheck::All;
    m_deleter.setOptions(o);
    setPhase(Phase::DeletingSource);
    m_deleter.deleteNodes(m_sourcePath, nodes, kept);
}

void ConnectionCopyJob::cancel()
{
    switch (m_phase) {
    case Phase::Checking:
        ++m_run;
        refuse(ZkError::make(
            ZkCode::Nothing,
            QCoreApplication::translate("ConnectionCopyJob", "cancelled: nothing was written")));
        return;
    case Phase::Reading:
    case Phase::Copying:
        m_import.cancel(); // reports through prepared() / finished()
        return;
    case Phase::DeletingSource:
        m_deleter.cancel();
        return;
    default:
        return;
    }
}
