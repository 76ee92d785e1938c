#include "dashboard/dashboarddock.h"

#include "util/actionicons.h"

#include "theme/themecolors.h"

#include "dashboard/metricchart.h"
#include "dashboard/servertablemodel.h"
#include "monitor/ensemblemonitor.h"
#include "monitor/fourletterparser.h"
#include "settings/appsettings.h"
#include "util/displaytext.h"
#include "util/servertext.h"
#include "zk/zksession.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int defaultAdminPort = 8080;
/// The dashboard's words, in the order the zoo.cfg line lists them.
const QStringList wordOrder{QStringLiteral("srvr"), QStringLiteral("mntr"), QStringLiteral("wchs"),
                            QStringLiteral("conf"), QStringLiteral("cons")};
} // namespace

DashboardDock::DashboardDock(ZkSession *session, QWidget *parent)
    : QDockWidget(tr("Ensemble"), parent)
    , m_session(session)
    , m_monitor(new EnsembleMonitor(this))
    , m_model(new ServerTableModel(m_monitor, session, this))
{
    setObjectName(QStringLiteral("dashboardDock"));
    m_monitor->setIntervalMs(AppSettings::instance().dashboardIntervalMs());
    connect(&AppSettings::instance(), &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key != AppSettings::Key::DashboardInterval) return;
        m_monitor->setIntervalMs(AppSettings::instance().dashboardIntervalMs());
        updateStatus();
    });
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildBar(body));
    m_notice = new QLabel(body);
    ServerText::makePlain(m_notice);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ThemeColors::follow(m_notice, [this] {
        m_notice->setStyleSheet(
            ThemeColors::bannerStyle(ThemeColors::Accent::Warning, QApplication::palette()));
    });
    m_notice->hide();
    layout->addWidget(m_notice);

    m_table = new QTableView(body);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    auto *splitter = new QSplitter(Qt::Vertical, body);
    splitter->addWidget(m_table);
    splitter->addWidget(buildCharts(body));
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    setWidget(body);

    connect(m_monitor, &EnsembleMonitor::snapshotAdded, this, &DashboardDock::onSnapshot);
    connect(m_monitor, &EnsembleMonitor::serversChanged, this, &DashboardDock::onSnapshot);
    connect(this, &QDockWidget::visibilityChanged, this, &DashboardDock::updateRunning);
    followSession();
    updateStatus();
}

QWidget *DashboardDock::buildBar(QWidget *body)
{
    auto *bar = new QWidget(body);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_pause = new QAction(ActionIcons::icon(u"media-playback-pause"_s), tr("Pause"), this);
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop polling the servers; the charts keep what they have."));
    connect(m_pause, &QAction::toggled, this, &DashboardDock::updateRunning);
    m_export = new QAction(ActionIcons::icon(u"document-export"_s), tr("Export CSV…"), this);
    m_export->setToolTip(tr("Save every server's figures of the last hour as CSV."));
    connect(m_export, &QAction::triggered, this, &DashboardDock::exportWithDialog);
    for (QAction *action : {m_pause, m_export}) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        row->addWidget(button);
    }
    auto *portLabel = new QLabel(tr("AdminServer port:"), bar);
    m_adminPort = new QSpinBox(bar);
    m_adminPort->setRange(0, 65535);
    m_adminPort->setSpecialValueText(tr("off"));
    m_adminPort->setValue(defaultAdminPort);
    m_adminPort->setToolTip(tr("The HTTP port of the servers' AdminServer (admin.serverPort). "
                               "Off: four-letter words only."));
    portLabel->setBuddy(m_adminPort);
    connect(m_adminPort, &QSpinBox::valueChanged, this,
            [this](int port) { m_monitor->setAdminPort(quint16(port)); });
    row->addWidget(portLabel);
    row->addWidget(m_adminPort);
    m_status = new QLabel(bar);
    row->addWidget(m_status, 1);
    return bar;
}

QWidget *DashboardDock::buildCharts(QWidget *body)
{
    auto *charts = new QWidget(body);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(2);
    for (int i = 0; i < int(MonitorMetric::Count); ++i) {
        auto *chart = new MetricChart(MonitorMetric(i), charts);
        grid->addWidget(chart, i / 3, i % 3);
        m_charts << chart;
    }
    return charts;
}

void DashboardDock::followSession()
{
    connect(m_session, &ZkSession::stateChanged, this, [this](SessionState state) {
        if (m_session->options().connectString != m_connectString) resetServers();
        if (state == SessionState::Connected || state == SessionState::ConnectedReadOnly)
            m_monitor->discoverMembers(m_session);
        updateRunning();
    });
    resetServers();
    if (m_session->isConnected()) m_monitor->discoverMembers(m_session);
}

void DashboardDock::resetServers()
{
    m_connectString = m_session->options().connectString;
    m_monitor->setServers(EnsembleMonitor::endpointsOf(m_session, quint16(adminPort())));
}

void DashboardDock::setAdminPort(int port) { m_adminPort->setValue(port); }

int DashboardDock::adminPort() const { return m_adminPort->value(); }

void DashboardDock::updateRunning()
{
    // Hidden behind another tab or closed: no traffic to the servers.
    m_monitor->setRunning(isVisible() && !m_pause->isChecked() && m_monitor->serverCount() > 0);
    updateStatus();
}

void DashboardDock::onSnapshot()
{
    updateNotice();
    updateStatus();
    if (m_redrawQueued) return;
    // One redraw for the burst of snapshots a poll of every server brings.
    m_redrawQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_redrawQueued = false;
        for (MetricChart *chart : std::as_const(m_charts)) chart->refresh(*m_monitor);
    });
}

void DashboardDock::updateNotice()
{
    QStringList refused;
    QStringList servers;
    for (int i = 0; i < m_monitor->serverCount(); ++i) {
        const ServerSnapshot &s = m_monitor->latest(i);
        if (s.refusedWords.isEmpty()) continue;
        servers << DisplayText::shown(m_monitor->servers().at(i).label());
        for (const QString &word : s.refusedWords)
            if (!refused.contains(word)) refused << word;
    }
    if (refused.isEmpty()) {
        m_notice->clear();
        m_notice->hide();
        return;
    }
    QStringList allowed{QStringLiteral("srvr")};
    for (const QString &word : wordOrder)
        if (refused.contains(word) && !allowed.contains(word)) allowed << word;
    for (const QString &word : std::as_const(refused))
        if (!allowed.contains(word)) allowed << word;
    const QString setting = FourLetterParser::whitelistSetting(allowed);
    m_notice->setText(
        tr("%1 refused %2: not in the server's 4lw.commands.whitelist (ZooKeeper allows only srvr "
           "by default). Watches, ephemerals, data size, open file descriptors and the leader's "
           "synced followers and pending syncs stay unknown; the other figures come from srvr.\n"
           "To allow them, add this line to zoo.cfg on each server and restart it:\n%3\n"
           "or turn the AdminServer on (admin.enableServer=true) and enter its port above.")
            .arg(servers.join(QStringLiteral(", ")), refused.join(QStringLiteral(", ")), setting));
    m_notice->show();
}

void DashboardDock::updateStatus()
{
    QString text;
    if (m_monitor->serverCount() == 0)
        text = tr("Not connected.");
    else if (m_pause->isChecked())
        text = tr("Paused.");
    else if (!m_monitor->isRunning())
        text = tr("Not polling while hidden.");
    else
        text = tr("Polling %n server(s) every %1 s.", nullptr, m_monitor->serverCount())
                   .arg(m_monitor->intervalMs() / 1000.0);
    m_status->setText(text);
}

QString DashboardDock::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

QString DashboardDock::statusText() const { return m_status->text(); }

bool DashboardDock::exportCsv(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    const QByteArray csv = m_monitor->history().toCsv().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        if (error) *error = file.errorString();
        return false;
    }
    return true;
}

void DashboardDock::exportWithDialog()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export the dashboard"),
                                                          QStringLiteral("zookeeper-dashboard.csv"),
                                                          tr("CSV files (*.csv)"));
    if (fileName.isEmpty()) return;
    QString error;
    if (!exportCsv(fileName, &error)) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Export failed"),
            tr("The dashboard could not be saved to %1: %2").arg(ServerText::path(fileName), error),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        ServerText::makePlain(box);
        box->open(); // not exec(): snapshots keep arriving
    }
}
