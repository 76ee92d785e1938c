#pragma once

#include <QDockWidget>
#include <QList>

class EnsembleMonitor;
class MetricChart;
class QAction;
class QLabel;
class QSpinBox;
class QTableView;
class ServerTableModel;
class ZkSession;

/// The ensemble dashboard of one connection: every server of the connection string and of the
/// dynamic config in a table (ServerTableModel), five figures charted over time (MetricChart),
/// polled every 2 s while the dock is visible and not paused, an hour of history exported as
/// CSV. When servers refuse four-letter words it says which, what is missing because of it, and
/// the zoo.cfg line that allows them.
class DashboardDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardDock)

public:
    explicit DashboardDock(ZkSession *session, QWidget *parent = nullptr);

    EnsembleMonitor *monitor() const { return m_monitor; }
    ServerTableModel *serverModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    const QList<MetricChart *> &charts() const { return m_charts; }
    QAction *pauseAction() const { return m_pause; }
    QAction *exportAction() const { return m_export; }
    /// The whitelist explanation; empty while no server refuses a word.
    QString noticeText() const;
    QString statusText() const;

    /// The AdminServer port of every server of this connection (a profile's adminPort; 0: off).
    void setAdminPort(int port);
    int adminPort() const;
    /// Writes the history as CSV; false and `error` on failure.
    bool exportCsv(const QString &fileName, QString *error = nullptr) const;

private:
    QWidget *buildBar(QWidget *body);
    QWidget *buildCharts(QWidget *body);
    void followSession();
    void resetServers();
    void updateRunning();
    void onSnapshot();
    void updateNotice();
    void updateStatus();
    void exportWithDialog();

    ZkSession *m_session;
    EnsembleMonitor *m_monitor;
    ServerTableModel *m_model;
    QTableView *m_table = nullptr;
    QList<MetricChart *> m_charts;
    QAction *m_pause = nullptr;
    QAction *m_export = nullptr;
    QSpinBox *m_adminPort = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_status = nullptr;
    QString m_connectString; // the connection string the servers were taken from
    bool m_redrawQueued = false;
};
