#include "monitor/monitorhistory.h"

#include "util/csvfield.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace {
QString number(qint64 value) { return value < 0 ? QString() : QString::number(value); }
QString number(double value) { return value < 0 ? QString() : QString::number(value); }
} // namespace

QString monitorMetricLabel(MonitorMetric metric)
{
    switch (metric) {
    case MonitorMetric::Latency:
        return QCoreApplication::translate("MonitorHistory", "Average latency (ms)");
    case MonitorMetric::Outstanding:
        return QCoreApplication::translate("MonitorHistory", "Outstanding requests");
    case MonitorMetric::Connections:
        return QCoreApplication::translate("MonitorHistory", "Connections");
    case MonitorMetric::Znodes:
        return QCoreApplication::translate("MonitorHistory", "Znodes");
    case MonitorMetric::Watches:
        return QCoreApplication::translate("MonitorHistory", "Watches");
    case MonitorMetric::Count:
        break;
    }
    return {};
}

double monitorMetricValue(const ServerSnapshot &s, MonitorMetric metric)
{
    if (!s.isServing()) return -1;
    switch (metric) {
    case MonitorMetric::Latency:
        return s.latencyAvg;
    case MonitorMetric::Outstanding:
        return double(s.outstanding);
    case MonitorMetric::Connections:
        return double(s.connections);
    case MonitorMetric::Znodes:
        return double(s.znodes);
    case MonitorMetric::Watches:
        return double(s.watches);
    case MonitorMetric::Count:
        break;
    }
    return -1;
}

void MonitorHistory::add(const QString &server, const ServerSnapshot &snapshot)
{
    Samples &samples = m_samples[server];
    samples.push_back(snapshot);
    const qint64 oldest = snapshot.timeMs - m_windowMs;
    while (!samples.empty() && samples.front().timeMs < oldest) samples.pop_front();
}

const MonitorHistory::Samples &MonitorHistory::samples(const QString &server) const
{
    static const Samples none;
    const auto it = m_samples.constFind(server);
    return it == m_samples.cend() ? none : *it;
}

QStringList MonitorHistory::servers() const
{
    QStringList names = m_samples.keys();
    std::sort(names.begin(), names.end());
    return names;
}

QString MonitorHistory::toCsv() const
{
    struct Row
    {
        QString server;
        const ServerSnapshot *snapshot;
    };
    std::vector<Row> rows;
    for (auto it = m_samples.cbegin(); it != m_samples.cend(); ++it)
        for (const ServerSnapshot &s : *it) rows.push_back({it.key(), &s});
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.snapshot->timeMs != b.snapshot->timeMs ? a.snapshot->timeMs < b.snapshot->timeMs
                                                        : a.server < b.server;
    });
    QStringList lines{QStringLiteral(
        "time,server,state,mode,zxid,latency_min_ms,latency_avg_ms,latency_max_ms,outstanding,"
        "connections,znodes,watches,ephemerals,approximate_data_size,open_fds,synced_followers,"
        "pending_syncs,error")};
    for (const Row &row : rows) {
        const ServerSnapshot &s = *row.snapshot;
        const QStringList cells{
            QDateTime::fromMSecsSinceEpoch(s.timeMs, QTimeZone::utc()).toString(Qt::ISODateWithMs),
            row.server,
            s.reachable ? QStringLiteral("up") : QStringLiteral("down"),
            s.reachable ? serverModeKey(s.mode) : QString(),
            s.zxidHex(),
            number(s.latencyMin),
            number(s.latencyAvg),
            number(s.latencyMax),
            number(s.outstanding),
            number(s.connections),
            number(s.znodes),
            number(s.watches),
            number(s.ephemerals),
            number(s.dataSize),
            number(s.openFds),
            number(s.syncedFollowers),
            number(s.pendingSyncs),
            s.error,
        };
        QStringList escaped;
        for (const QString &cell : cells) escaped << csvField(cell);
        lines << escaped.join(u',');
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}
