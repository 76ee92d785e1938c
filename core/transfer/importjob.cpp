#include "transfer/importjob.h"

#include "zk/zkpath.h"
#include "zk/zksession.h"

ImportJob::ImportJob(ZkSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_comparison(this)
    , m_apply(session, this)
{
    connect(&m_comparison, &TreeComparison::progress, this, &ImportJob::progress);
    connect(&m_comparison, &TreeComparison::finished, this, &ImportJob::onCompared);
    connect(&m_apply, &SyncApplyJob::progress, this, &ImportJob::progress);
    connect(&m_apply, &SyncApplyJob::finished, this, &ImportJob::finished);
}

void ImportJob::prepare(const QString &file, const QString &targetRoot, const SyncOptions &options)
{
    m_source = nullptr;
    start({nullptr, {}, file}, targetRoot, options);
}

void ImportJob::prepare(ZkSession *source, const QString &sourceRoot, const QString &targetRoot,
                        const SyncOptions &options)
{
    m_source = source;
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
    m_apply.start(m_plan, m_comparison.left(), m_comparison.right(), m_targetRoot, m_source);
}

void ImportJob::cancel()
{
    m_comparison.cancel();
    m_apply.cancel();
}
