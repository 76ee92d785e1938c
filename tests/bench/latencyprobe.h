#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

/// Measures how responsive the event loop of the thread it lives on is: a precise 5 ms timer
/// records how late each tick comes. A step that blocks the loop for 120 ms shows up as one
/// tick ~115 ms late.
class LatencyProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatencyProbe)

public:
    explicit LatencyProbe(QObject *parent = nullptr);

    void start();
    void stop();
    /// Worst lateness seen, in ms.
    double peakMs() const;
    /// 99th percentile of the lateness of the ticks, in ms.
    double p99Ms() const;
    qsizetype samples() const { return qsizetype(m_lateNs.size()); }

private:
    void tick();

    static constexpr int kIntervalMs = 5;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    std::vector<qint64> m_lateNs;
};
