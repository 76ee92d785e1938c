#pragma once

#include "monitor/serversnapshot.h"

#include <QHash>
#include <QString>

#include <deque>

/// The figures the dashboard charts over time.
enum class MonitorMetric { Latency, Outstanding, Connections, Znodes, Watches, Count };

/// "Average latency (ms)", ...: translated chart titles.
QString monitorMetricLabel(MonitorMetric metric);
/// The metric's value in `snapshot`; -1 when the server was down or did not report it (a gap).
double monitorMetricValue(const ServerSnapshot &snapshot, MonitorMetric metric);

/// Every server's snapshots over a bounded window (default one hour): older samples are dropped
/// as new ones arrive, so memory stays flat however long the dashboard runs.
class MonitorHistory final
{
public:
    using Samples = std::deque<ServerSnapshot>;

    explicit MonitorHistory(qint64 windowMs = 3600 * 1000)
        : m_windowMs(windowMs)
    { }

    void add(const QString &server, const ServerSnapshot &snapshot);
    const Samples &samples(const QString &server) const;
    QStringList servers() const;
    qint64 windowMs() const { return m_windowMs; }
    void clear() { m_samples.clear(); }

    /// Every sample of every server as CSV (RFC 4180, formula-safe cells), oldest first:
    /// time (UTC, ISO 8601), server, state and every figure; unknown figures are empty.
    QString toCsv() const;

private:
    qint64 m_windowMs;
    QHash<QString, Samples> m_samples;
};
