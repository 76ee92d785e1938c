#pragma once

#include "transfer/streamedimport.h"
#include "transfer/syncapplyjob.h"
#include "transfer/syncplan.h"
#include "transfer/treecomparison.h"

#include <QObject>
#include <QPointer>

class ZkSession;

/// Imports an export file (zkdesk, ZooNavigator, zk_shell; gzipped or not), or a live subtree
/// of another session (copy between connections), below any path of a session: prepare() reads and
/// checks the whole file and the target subtree, and plans the writes (the dry run: counts and a
/// listing, nothing written); apply() then carries the plan out (SyncApplyJob: batched,
/// version-checked against what prepare() read). A bad file is refused by prepare() with its error,
/// so nothing is ever written from it. A zkdesk file is streamed: prepare() keeps its paths, ACLs
/// and data digests only, and apply() reads it again part by part (StreamedImport).
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    explicit ImportJob(ZkSession *session, QObject *parent = nullptr);

    void prepare(const QString &file, const QString &targetRoot, const SyncOptions &options);
    /// The same with a live subtree of `source` (any session) instead of a file. Only small
    /// values are held while planning; apply() reads the others again from `source`, checked
    /// against what was planned (a node changed meanwhile is reported, not written).
    void prepare(ZkSession *source, const QString &sourceRoot, const QString &targetRoot,
                 const SyncOptions &options);
    /// Writes the plan of the last successful prepare().
    void apply();
    void cancel();
    bool isRunning() const
    {
        return m_comparison.isRunning() || m_apply.isRunning() || m_streamed.isRunning();
    }

    const SyncPlan &plan() const { return m_plan; }
    /// The file's (or the source subtree's) records.
    const TransferSnapshot &fileSnapshot() { return m_comparison.left(); }
    const TransferSnapshot &targetSnapshot() { return m_comparison.right(); }
    QString targetRoot() const { return m_targetRoot; }
    SyncApplyJob &applyJob() { return m_apply; }

signals:
    void progress(qint64 done, qint64 total);
    /// The dry run is ready (plan()), or the file / the target could not be read (`error`).
    void prepared(const ZkError &error);
    void finished(const SyncReport &report);

private:
    void onCompared(const ZkError &error);
    void start(const TreeComparison::Side &source, const QString &targetRoot,
               const SyncOptions &options);

    QPointer<ZkSession> m_session;
    QPointer<ZkSession> m_source; // a live source: values not held are read again from it
    TreeComparison m_comparison;
    SyncApplyJob m_apply;
    StreamedImport m_streamed;
    QString m_file; // the file of the last prepare(), empty for a live source
    SyncOptions m_options;
    SyncPlan m_plan;
    QString m_targetRoot;
    bool m_ready = false;
};
