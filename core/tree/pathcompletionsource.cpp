#include "tree/pathcompletionsource.h"

#include "zk/zkpath.h"
#include "zk/zksession.h"

#include <algorithm>

using namespace Qt::StringLiterals;

PathCompletionSource::PathCompletionSource(ZkSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

QString PathCompletionSource::parentOf(const QString &typed)
{
    if (!typed.startsWith(u'/')) return {};
    const qsizetype slash = typed.lastIndexOf(u'/');
    return slash == 0 ? u"/"_s : typed.left(slash);
}

void PathCompletionSource::request(const QString &typed)
{
    const QString parent = parentOf(typed);
    if (parent.isEmpty() || !ZkPath::isValid(parent)) return;
    if (const auto it = m_cache.constFind(parent); it != m_cache.cend()) {
        emit completionsReady(parent, *it);
        return;
    }
    if (!m_inFlight.isEmpty()) {
        if (parent != m_inFlight) m_next = parent;
        return;
    }
    send(parent);
}

void PathCompletionSource::send(const QString &parent)
{
    if (!m_session) return;
    m_inFlight = parent;
    m_session->getChildren(parent, false, this, [this](const ChildrenReply &reply) {
        const QString parent = std::exchange(m_inFlight, {});
        if (reply.error) {
            emit listingFailed(parent, reply.error);
        } else {
            QStringList paths;
            paths.reserve(reply.children.size());
            for (const QString &child : reply.children) paths << ZkPath::join(parent, child);
            std::sort(paths.begin(), paths.end());
            m_cache.insert(parent, paths);
            emit completionsReady(parent, paths);
        }
        const QString next = std::exchange(m_next, {});
        if (!next.isEmpty() && next != parent) request(next + u"/"_s);
    });
}
