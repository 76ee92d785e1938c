#include "tree/znodepathloader.h"

#include "tree/znodechildloader.h"
#include "tree/znodeitem.h"
#include "tree/znodetreemodel.h"
#include "zk/zkpath.h"

namespace {
using LoadState = ZNodeTreeModel::LoadState;
constexpr quint8 state(LoadState s) { return quint8(s); }
} // namespace

ZNodePathLoader::ZNodePathLoader(ZNodeTreeModel &model)
    : m_model(model)
{ }

void ZNodePathLoader::load(const QString &path, QObject *context, Done done)
{
    Job job;
    job.target = path;
    job.context = context;
    job.guarded = context != nullptr;
    job.done = std::move(done);
    m_jobs.push_back(std::move(job));
    // Always asynchronous, even when the path is loaded already: callers need not care.
    advanceLater();
}

void ZNodePathLoader::advanceLater()
{
    QMetaObject::invokeMethod(
        &m_model, [this] { advance({}, {}); }, Qt::QueuedConnection);
}

void ZNodePathLoader::restart()
{
    for (Job &job : m_jobs) {
        job.waitingFor.clear();
        job.refetched.clear();
    }
    if (!m_jobs.empty()) advanceLater();
}

void ZNodePathLoader::advance(const QString &repliedPath, const ZkError &error)
{
    if (m_jobs.empty()) return;
    std::list<Job> finished;
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        Job &job = *it;
        if (!job.waitingFor.isEmpty()) {
            if (job.waitingFor != repliedPath) {
                ++it;
                continue;
            }
            job.waitingFor.clear();
            if (error && error.code != ZkCode::NoNode) {
                job.error = error;
                finished.splice(finished.end(), m_jobs, it++);
                continue;
            }
        }
        auto next = std::next(it);
        if (step(job)) finished.splice(finished.end(), m_jobs, it);
        it = next;
    }
    // Callbacks run last: they may call back into the model (loadPath, refresh, ...).
    for (Job &job : finished)
        if (!job.guarded || job.context) job.done(job.result, job.error);
}

bool ZNodePathLoader::step(Job &job)
{
    if (const QString problem = ZkPath::validate(job.target); !problem.isEmpty()) {
        job.error = ZkError::make(ZkCode::BadArguments, problem, job.target);
        return true;
    }
    if (!m_model.top()) {
        job.error = ZkError::make(ZkCode::InvalidState,
                                  ZNodeTreeModel::tr("the tree is not loaded"), job.target);
        return true;
    }
    ZNodeItem *item = m_model.top();
    for (const QString &name : job.target.split(u'/', Qt::SkipEmptyParts)) {
        const int row = item->findChild(name);
        if (row >= 0) {
            item = item->children[row].get();
            continue;
        }
        const QString path = item->path();
        if (item->loadState == state(LoadState::Loaded)) {
            // Listed, but maybe before the node was created: list once more, then give up.
            if (job.refetched == path) {
                job.error = ZkError::fromCode(ZkCode::NoNode, ZkPath::join(path, name));
                return true;
            }
            job.refetched = path;
            m_model.m_loader->list(item);
        } else if (item->loadState != state(LoadState::Loading)) {
            m_model.m_loader->list(item);
        }
        job.waitingFor = path;
        return false;
    }
    job.result = m_model.indexOf(item);
    return true;
}
