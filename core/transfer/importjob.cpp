#include "transfer/importjob.h"

#include "zk/zkpath.h"
#include "zk/zksession.h"

ImportJob::ImportJob(ZkSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_comparison(this)
    , m_apply(session, this)
    , m_streamed(m_apply, this)
{
    connect(&m_comparison, &TreeComparison::progress, this, &ImportJob::progress);
    connect(&m_comparison, &TreeComparison::finished, this, &ImportJob::onCompared);
    // A streamed import runs the apply job once per part and reports the sum.
    connect(&m_apply, &SyncApplyJob::progress, this, [this](qint64 done, qint64 total) {
        if (m_streamed.isRunning())
            m_streamed.partProgress(done);
        else
            emit progress(done, total);
    });
    connect(&m_apply, &SyncApplyJob::finished, this, [this](const SyncReport &report) {
        if (m_streamed.isRunning())
            m_streamed.partFinished(report);
        else
            emit finished(report);
    });
    connect(&m_streamed, &StreamedImport::progress, this, &ImportJob::progress);
    connect(&m_streamed, &StreamedImport::finished, this, &ImportJob::finished);
}

void ImportJob::prepare(const QString &file, const QString &targetRoot, const SyncOptions &options)
{
    m_source = nullptr;
    m_file = file;
    start({nullptr, {}, file, false, true}, targetRoot, options);
}

void ImportJob::prepare(ZkSession *source, const QString &sourceRoot, const QString &targetRoot,
                        const SyncOptions &options)
{
    m_source = source;
    m_file.clear();
    start({source, sourceRoot, {}}, targetRoot, options);
}

void ImportJob::start(const TreeComparison::Side &source, const QString &targetRoot,
                      const SyncOptions &options)
{
    m_ready = false;
    m_plan = {};
    m_options = options;
    m_targetRoot = targetRoot;
    if (const QString why = ZkPath::validate(targetRoot); !why.isEmpty()) {
        const ZkError e =
            ZkError::make(ZkCode::BadArguments,
                          tr("invalid target path \"%1\": %2").arg(targetRoot, why), targetRoot);
        QMetaObject::invokeMethod(
            this, [this, e] { emit prepared(e); }, Qt::QueuedConnection);
        return;
    }
    m_comparison.start(source, {m_session, targetRoot, {}});
}

void ImportJob::onCompared(const ZkError &error)
{
    if (error) {
        ZkError e = error;
        if (e.message.startsWith(tr("left side: ")))
            e.message = e.message.mid(tr("left side: ").size());
        emit prepared(e);
        return;
    }
    m_plan = SyncPlan::build(m_comparison.diff().entries, true, m_options);
    m_ready = true;
    emit prepared({});
}

void ImportJob::apply()
{
    SyncApplyJob::Options o = m_apply.options();
    o.stopAtFirstFailure = m_options.conflicts == SyncOptions::Conflicts::Stop;
    m_apply.setOptions(o);
    if (!m_ready) {
        SyncReport refused;
        refused.targetRoot = m_targetRoot;
        refused.error = ZkError::make(ZkCode::BadArguments,
                                      tr("nothing to import: the file or the target was not read"));
        QMetaObject::invokeMethod(
            this, [this, refused] { emit finished(refused); }, Qt::QueuedConnection);
        return;
    }
    // A refusal (read-only, stop at a conflict) is the whole plan's, before anything is read.
    const bool refused = !m_session || m_session->options().readOnly || m_plan.firstConflict >= 0;
    // Only zkdesk's line layout is read again part by part; a document was held whole.
    if (!m_file.isEmpty() && !refused && m_comparison.leftFileLineLayout()) {
        m_streamed.start(m_file, m_plan, m_comparison.left(), m_comparison.right(), m_targetRoot);
        return;
    }
    m_apply.start(m_plan, m_comparison.left(), m_comparison.right(), m_targetRoot, m_source);
}

void ImportJob::cancel()
{
    m_comparison.cancel();
    if (m_streamed.isRunning())
        m_streamed.cancel();
    else
        m_apply.cancel();
}
