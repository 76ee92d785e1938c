// NodePanel: the live part. The shown node's data is read with a watch; a fired watch re-reads
// it (which re-arms the watch, so nothing between the event and the re-arm is missed), reports
// old and new value to the watch log (ZkWatchRegistry) and updates the view, unless the user has
// unsaved edits: those are kept, and the save goes through the version check (conflict dialog).
#include "node/nodepanel.h"

#include "node/databanner.h"
#include "node/nodedataview.h"
#include "node/statview.h"
#include "zk/zksession.h"
#include "zk/zkwatchregistry.h"

#include <QDateTime>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

void NodePanel::setupLiveWatch()
{
    m_serverBanner = new DataBanner(u"serverChangeBanner"_s, this);
    m_serverBanner->setMessage({}, DataBanner::Kind::Info);
    if (auto *box = qobject_cast<QVBoxLayout *>(layout())) box->insertWidget(1, m_serverBanner);
    connect(m_session, &ZkSession::nodeEvent, this, &NodePanel::onNodeEvent);
}

void NodePanel::armDataWatch()
{
    if (m_watchedPath == m_path) return;
    auto *registry = ZkWatchRegistry::forSession(m_session);
    // The previous node's data watch goes (unless the watch log's subtree watch wants it).
    if (!m_watchedPath.isEmpty())
        registry->setInterest(this, m_watchedPath, ZkWatchRegistry::Kind::Data, false);
    m_watchedPath = m_path;
    if (!m_path.isEmpty()) registry->setInterest(this, m_path, ZkWatchRegistry::Kind::Data, true);
    m_serverBanner->setMessage({}, DataBanner::Kind::Info);
}

QString NodePanel::serverNotice() const
{
    return m_serverBanner->isHidden() ? QString() : m_serverBanner->text();
}

void NodePanel::onNodeEvent(const NodeEvent &event)
{
    if (event.path != m_path || m_path.isEmpty()) return;
    switch (event.type) {
    case NodeEventType::DataChanged:
    case NodeEventType::Created: {
        const quint64 serial = m_serial; // a newer showNode()/fetch() makes this reply stale
        m_session->getData(m_path, true, this, [this, serial](const DataReply &reply) {
            if (serial != m_serial || reply.path != m_path) return;
            if (reply.error.code == ZkCode::NoNode)
                nodeDeletedOnServer(reply.path);
            else if (!reply.error)
                nodeChangedOnServer(reply);
        });
        break;
    }
    case NodeEventType::Deleted: nodeDeletedOnServer(event.path); break;
    case NodeEventType::ChildrenChanged:
    case NodeEventType::WatchRemoved: break;
    }
}

void NodePanel::nodeChangedOnServer(const DataReply &reply)
{
    if (reply.path != m_path) return;
    const QString when = QDateTime::currentDateTime().toString(u"HH:mm:ss"_s);
    ZkWatchRegistry::forSession(m_session)->reportData(reply.path, m_loaded, m_data->originalData(),
                                                       m_liveStat, reply.data, reply.stat);
    if (isDirty()) {
        // Keep the edit and the loaded version: Save then meets ZBADVERSION and the conflict path.
        m_serverBanner->setMessage(
            tr("The node changed on the server at %1 (now version %2); your edit is kept, and "
               "saving will go through the conflict check.").arg(when).arg(reply.stat.version),
            DataBanner::Kind::Warning);
        m_stat->setStat(reply.stat);
        return;
    }
    showLoaded(reply.data, reply.stat);
    m_serverBanner->setMessage(tr("Updated from the server at %1 (version %2).")
                                   .arg(when).arg(reply.stat.version),
                               DataBanner::Kind::Info);
}

void NodePanel::nodeDeletedOnServer(const QString &path)
{
    if (path != m_path) return;
    const QString when = QDateTime::currentDateTime().toString(u"HH:mm:ss"_s);
    m_serverBanner->setMessage(isDirty() ? tr("Deleted on the server at %1; your unsaved edit is "
                                              "kept (saving it would fail).").arg(when)
                                         : tr("Deleted on the server at %1.").arg(when),
                               DataBanner::Kind::Error);
    m_stat->showMessage(tr("Deleted on the server at %1").arg(when));
    // An exists watch tells when it comes back (a Created event re-reads it).
    m_session->exists(path, true, this, [](const StatReply &) {});
}
