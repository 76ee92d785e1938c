#pragma once

#include "monitor/monitorhistory.h"

#include <QChartView>
#include <QList>

#include <vector>

class EnsembleMonitor;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

/// One figure of every server over time (a line per server). A server that is down or did not
/// report the figure leaves a gap in its line, and its down samples show as red marks on the
/// time axis, so an outage never looks like a flat, frozen value.
class MetricChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricChart)

public:
    MetricChart(MonitorMetric metric, QWidget *parent = nullptr);

    MonitorMetric metric() const { return m_metric; }
    /// Redraws from the monitor's history.
    void refresh(const EnsembleMonitor &monitor);
    /// Points drawn for server `index` (all its segments), and its number of segments: for tests.
    int pointCount(int index) const;
    int segmentCount(int index) const;
    int downMarkCount() const;

private:
    struct ServerLines
    {
        QString label;
        std::vector<QLineSeries *> segments;
    };
    void setSegments(int server, const QList<QList<QPointF>> &segments);
    QLineSeries *addSegment(int server);

    MonitorMetric m_metric;
    QDateTimeAxis *m_time;
    QValueAxis *m_values;
    QScatterSeries *m_down;
    std::vector<ServerLines> m_lines;
};
