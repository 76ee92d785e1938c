#include "jobs/createnodetask.h"

#include "zk/zkpath.h"

using namespace Qt::StringLiterals;

QString CreateNodeRequest::path() const
{
    return ZkPath::join(parent, name);
}

CreateNodeTask::CreateNodeTask(ZkSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void CreateNodeTask::start(const CreateNodeRequest &request)
{
    ++m_run;
    m_running = true;
    m_request = request;
    m_created.clear();
    m_ancestors.clear();
    if (request.createParents) {
        for (QString p = request.parent; !p.isEmpty() && p != u"/"_s; p = ZkPath::parent(p))
            m_ancestors.prepend(p);
    }
    nextAncestor();
}

void CreateNodeTask::nextAncestor()
{
    if (!m_session) {
        CreateReply reply;
        reply.path = m_request.path();
        reply.error = ZkError::make(ZkCode::Closing, tr("no session"), reply.path);
        // finished() is promised to be asynchronous, like every session callback.
        QMetaObject::invokeMethod(this, [this, reply] { finish(reply); }, Qt::QueuedConnection);
        return;
    }
    if (m_ancestors.isEmpty()) {
        createTarget();
        return;
    }
    const QString path = m_ancestors.takeFirst();
    const quint64 run = m_run;
    // exists() first rather than create-and-accept-NodeExists: an existing ancestor under a
    // parent we may not CREATE in would answer NoAuth to the create, though nothing is missing.
    m_session->exists(path, false, this, [this, run, path](const StatReply &found) {
        if (run != m_run)
            return;
        if (found.error.isOk()) {
            nextAncestor();
            return;
        }
        if (found.error.code != ZkCode::NoNode) {
            finish({found.error, m_request.path(), {}, {}});
            return;
        }
        m_session->create(path, QByteArray(), CreateMode::Persistent, ZkAclPresets::open(), this,
                          [this, run, path](const CreateReply &made) {
                              if (run != m_run)
                                  return;
                              if (made.error && made.error.code != ZkCode::NodeExists) {
                                  CreateReply reply = made;
                                  reply.path = m_request.path();
                                  reply.error.message = tr("could not create the parent %1: %2")
                                                                .arg(path, made.error.message);
                                  finish(reply);
                                  return;
                              }
                              if (!made.error)
                                  m_created << path;
                              nextAncestor();
                          });
    });
}

void CreateNodeTask::createTarget()
{
    const quint64 run = m_run;
    const bool ttl = m_request.mode == CreateMode::PersistentWithTtl
            || m_request.mode == CreateMode::PersistentSequentialWithTtl;
    m_session->create(m_request.path(), m_request.data, m_request.mode, m_request.acl, this,
                      [this, run](const CreateReply &reply) {
                          if (run == m_run)
                              finish(reply);
                      },
                      ttl ? m_request.ttlMs : 0);
}

void CreateNodeTask::finish(const CreateReply &reply)
{
    m_running = false;
    emit finished(reply, m_created);
}
