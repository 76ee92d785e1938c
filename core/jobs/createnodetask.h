#pragma once

#include "zk/zkacl.h"
#include "zk/zksession.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringList>

/// What the create dialog asks for.
struct CreateNodeRequest
{
    QString parent;
    QString name;
    QByteArray data; ///< isNull() for null data (length -1), empty-but-not-null for ""
    CreateMode mode = CreateMode::Persistent;
    qint64 ttlMs = 0; ///< only for the TTL modes
    ZkAcl acl = ZkAclPresets::open();
    bool createParents = false; ///< create missing ancestors of `parent` first

    QString path() const;
};

/// Runs one create: with createParents, the missing ancestors of the parent first (persistent,
/// open ACL, top-down, one after the other so each exists before its child is sent), then the
/// node itself. Never blocks; finished() comes exactly once per start().
class CreateNodeTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateNodeTask)

public:
    explicit CreateNodeTask(ZkSession *session, QObject *parent = nullptr);

    void start(const CreateNodeRequest &request);
    bool isRunning() const { return m_running; }

signals:
    /// `reply.createdPath` is the real path (sequential suffix included) on success;
    /// `createdParents` lists the ancestors this task created.
    void finished(const CreateReply &reply, const QStringList &createdParents);

private:
    void nextAncestor();
    void createTarget();
    void finish(const CreateReply &reply);

    QPointer<ZkSession> m_session;
    CreateNodeRequest m_request;
    QStringList m_ancestors; // Still to check/create, top-down.
    QStringList m_created;
    bool m_running = false;
    quint64 m_run = 0; // Bumped per start(): callbacks of an older run are ignored.
};
