#include "quota/quotamarker.h"

#include "quota/quotascan.h"
#include "zk/zkpath.h"
#include "zk/zksession.h"

QuotaMarker::QuotaMarker(ZkSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_scan(new QuotaScan(session, this))
{
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &QuotaMarker::refresh);
    connect(m_scan, &QuotaScan::finished, this, [this](const ZkError &error) {
        if (error) return; // keep the last known quotas (connection lost, ...)
        m_quotas = m_scan->quotas();
        m_scanned = true;
        emit changed();
    });
    connect(session, &ZkSession::sessionStarted, this, &QuotaMarker::refresh);
    connect(session, &ZkSession::stateChanged, this, [this](SessionState state) {
        const bool up =
            state == SessionState::Connected || state == SessionState::ConnectedReadOnly;
        if (up && !m_timer.isActive()) m_timer.start();
        if (!up) m_timer.stop();
        if (state == SessionState::Closed && !m_quotas.isEmpty()) {
            m_quotas.clear();
            emit changed();
        }
    });
    if (session->isConnected()) {
        m_timer.start();
        refresh();
    }
}

void QuotaMarker::refresh()
{
    if (m_session->isConnected()) m_scan->start();
}

QString QuotaMarker::warningFor(const QString &path) const
{
    const auto it = m_quotas.constFind(path);
    if (it == m_quotas.constEnd() || !(it->overSoftLimit() || it->overHardLimit())) return {};
    return tr("Over its quota: %1").arg(it->exceeded().join(QStringLiteral("; ")));
}

NodeQuota QuotaMarker::governing(const QString &path) const
{
    for (QString p = path; !p.isEmpty(); p = ZkPath::parent(p))
        if (const auto it = m_quotas.constFind(p); it != m_quotas.constEnd()) return *it;
    return {};
}
