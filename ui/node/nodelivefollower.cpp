#include "node/nodelivefollower.h"

#include "zk/zksession.h"
#include "zk/zkwatchregistry.h"

NodeLiveFollower::NodeLiveFollower(ZkSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(m_session, &ZkSession::nodeEvent, this, &NodeLiveFollower::onNodeEvent);
}

void NodeLiveFollower::follow(const QString &path)
{
    if (path == m_path) return;
    ++m_generation;
    m_reading = false;
    m_dirty = false;
    m_rereads = 0;
    auto *registry = ZkWatchRegistry::forSession(m_session);
    // The previous node's data watch goes (unless the watch log's subtree watch wants it).
    if (!m_path.isEmpty()) registry->setInterest(this, m_path, ZkWatchRegistry::Kind::Data, false);
    m_path = path;
    if (!m_path.isEmpty()) registry->setInterest(this, m_path, ZkWatchRegistry::Kind::Data, true);
}

void NodeLiveFollower::onNodeEvent(const NodeEvent &event)
{
    if (m_path.isEmpty() || event.path != m_path) return;
    switch (event.type) {
    case NodeEventType::DataChanged:
    case NodeEventType::Created:
        reread();
        break;
    case NodeEventType::Deleted:
        onDeleted();
        break;
    case NodeEventType::ChildrenChanged:
    case NodeEventType::WatchRemoved:
        break;
    }
}

void NodeLiveFollower::reread()
{
    if (m_reading) {
        m_dirty = true;
        return;
    }
    m_reading = true;
    m_dirty = false;
    ++m_rereads;
    const quint64 generation = m_generation;
    m_session->getData(m_path, true, this,
                       [this, generation](const DataReply &reply) { onReply(generation, reply); });
}

void NodeLiveFollower::onReply(quint64 generation, const DataReply &reply)
{
    if (generation != m_generation || reply.path != m_path) return;
    m_reading = false;
    if (reply.error.code == ZkCode::NoNode)
        onDeleted();
    else if (!reply.error)
        emit changed(reply); // newer than what is shown, even if a newer change is known
    if (m_dirty) reread();
}

void NodeLiveFollower::onDeleted()
{
    emit deleted(m_path);
    // An exists watch tells when it comes back (a Created event re-reads it).
    m_session->exists(m_path, true, this, [](const StatReply &) {});
}
