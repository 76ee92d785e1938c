#include "dashboard/metricchart.h"

#include "monitor/ensemblemonitor.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace {
QColor serverColor(int index)
{
    static const QColor palette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                     QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                     QColor(0x8c, 0x56, 0x4b), QColor(0x17, 0xbe, 0xcf)};
    return palette[index % int(std::size(palette))];
}
} // namespace

MetricChart::MetricChart(MonitorMetric metric, QWidget *parent)
    : QChartView(parent)
    , m_metric(metric)
    , m_time(new QDateTimeAxis)
    , m_values(new QValueAxis)
    , m_down(new QScatterSeries)
{
    // The view's own chart: QChartView makes one, and setChart() would only release it (Qt
    // docs: the previous chart must be deleted by the caller), which leaked one per chart.
    QChart *chart = this->chart();
    chart->setTitle(monitorMetricLabel(metric));
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    m_time->setFormat(QStringLiteral("HH:mm:ss"));
    m_time->setTickCount(4);
    m_values->setLabelFormat(metric == MonitorMetric::Latency ? QStringLiteral("%.1f")
                                                              : QStringLiteral("%.0f"));
    m_values->setMin(0);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_down->setName(tr("down"));
    m_down->setColor(QColor(0xd0, 0x00, 0x20));
    m_down->setBorderColor(QColor(0xd0, 0x00, 0x20));
    m_down->setMarkerSize(6);
    chart->addSeries(m_down);
    m_down->attachAxis(m_time);
    m_down->attachAxis(m_values);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(220, 160);
}

QLineSeries *MetricChart::addSegment(int server)
{
    auto *series = new QLineSeries;
    series->setColor(serverColor(server));
    series->setName(m_lines[size_t(server)].label);
    chart()->addSeries(series);
    series->attachAxis(m_time);
    series->attachAxis(m_values);
    // One legend entry per server: later segments of the same line are not listed again.
    if (!m_lines[size_t(server)].segments.empty())
        for (QLegendMarker *marker : chart()->legend()->markers(series)) marker->setVisible(false);
    m_lines[size_t(server)].segments.push_back(series);
    return series;
}

void MetricChart::setSegments(int server, const QList<QList<QPointF>> &segments)
{
    std::vector<QLineSeries *> &lines = m_lines[size_t(server)].segments;
    while (lines.size() > size_t(std::max<qsizetype>(segments.size(), 1))) {
        chart()->removeSeries(lines.back());
        delete lines.back();
        lines.pop_back();
    }
    while (lines.size() < size_t(std::max<qsizetype>(segments.size(), 1))) addSegment(server);
    for (size_t i = 0; i < lines.size(); ++i)
        lines[i]->replace(i < size_t(segments.size()) ? segments[qsizetype(i)] : QList<QPointF>());
}

void MetricChart::refresh(const EnsembleMonitor &monitor)
{
    const QList<ServerEndpoint> servers = monitor.servers();
    for (size_t i = 0; i < m_lines.size(); ++i) {
        if (i >= size_t(servers.size()) || m_lines[i].label != servers[qsizetype(i)].label()) {
            for (QLineSeries *series : m_lines[i].segments) {
                chart()->removeSeries(series);
                delete series;
            }
            m_lines.resize(i);
            break;
        }
    }
    qint64 first = QDateTime::currentMSecsSinceEpoch();
    qint64 last = first - 60000;
    double top = 1;
    QList<QPointF> down;
    for (int s = 0; s < servers.size(); ++s) {
        if (size_t(s) >= m_lines.size()) m_lines.push_back({servers[s].label(), {}});
        QList<QList<QPointF>> segments;
        bool inGap = true;
        for (const ServerSnapshot &sample : monitor.history().samples(servers[s].label())) {
            first = std::min(first, sample.timeMs);
            last = std::max(last, sample.timeMs);
            const double value = monitorMetricValue(sample, m_metric);
            if (!sample.reachable) down << QPointF(double(sample.timeMs), 0);
            if (value < 0) {
                inGap = true;
                continue;
            }
            if (inGap) segments.append(QList<QPointF>());
            inGap = false;
            segments.last() << QPointF(double(sample.timeMs), value);
            top = std::max(top, value);
        }
        setSegments(s, segments);
    }
    m_down->replace(down);
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    if (m_metric != MonitorMetric::Latency && top < 4) {
        // Small counts: one tick per whole number, not "0, 1, 1, 2".
        m_values->setRange(0, 4);
        m_values->setTickCount(5);
    } else {
        m_values->setRange(0, top * 1.15);
        m_values->applyNiceNumbers();
    }
}

int MetricChart::pointCount(int index) const
{
    int points = 0;
    for (const QLineSeries *series : m_lines.at(size_t(index)).segments)
        points += int(series->count());
    return points;
}

int MetricChart::segmentCount(int index) const
{
    int segments = 0;
    for (const QLineSeries *series : m_lines.at(size_t(index)).segments)
        segments += series->count() > 0 ? 1 : 0;
    return segments;
}

int MetricChart::downMarkCount() const { return int(m_down->count()); }
