#include "latencyprobe.h"

#include <algorithm>

LatencyProbe::LatencyProbe(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LatencyProbe::tick);
}

void LatencyProbe::start()
{
    m_lateNs.clear();
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void LatencyProbe::stop()
{
    m_timer.stop();
    tick(); // the last stretch counts too (a block right before stop())
}

void LatencyProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_lateNs.push_back(std::max<qint64>(0, now - m_lastNs - kIntervalMs * 1000000LL));
    m_lastNs = now;
}

double LatencyProbe::peakMs() const
{
    if (m_lateNs.empty()) return 0;
    return *std::max_element(m_lateNs.begin(), m_lateNs.end()) / 1e6;
}

double LatencyProbe::p99Ms() const
{
    if (m_lateNs.empty()) return 0;
    std::vector<qint64> sorted = m_lateNs;
    const size_t at = std::min(sorted.size() - 1, size_t(sorted.size() * 0.99));
    std::nth_element(sorted.begin(), sorted.begin() + at, sorted.end());
    return sorted[at] / 1e6;
}
