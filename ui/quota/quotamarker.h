#pragma once

#include "quota/quotavalues.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class QuotaScan;
class ZkSession;

/// Keeps the ensemble's quotas (a QuotaScan of /zookeeper/quota) fresh for the tree's
/// over-limit marker and the quota view: on each new session, after an edit, and every
/// kRefreshMs while connected (the server updates usage without notice; the quota tree is a
/// couple of small nodes per quota, so the rescan is cheap).
class QuotaMarker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaMarker)

public:
    static constexpr int kRefreshMs = 30000;

    explicit QuotaMarker(ZkSession *session, QObject *parent = nullptr);

    void refresh();
    const QHash<QString, NodeQuota> &quotas() const { return m_quotas; }
    /// "Over its quota: 12 nodes, over the soft limit of 10" for a node over a limit, else "".
    QString warningFor(const QString &path) const;
    /// The quota that governs `path`: its own, or an ancestor's (quotas do not nest).
    NodeQuota governing(const QString &path) const;
    bool hasScanned() const { return m_scanned; }

signals:
    void changed();

private:
    ZkSession *m_session;
    QuotaScan *m_scan;
    QTimer m_timer;
    QHash<QString, NodeQuota> m_quotas;
    bool m_scanned = false;
};
