#pragma once

#include <QAbstractTableModel>

class EnsembleMonitor;
class ZkSession;
struct ServerSnapshot;

/// One row per watched server with its latest figures (EnsembleMonitor::latest). A server that
/// is down or not serving is painted red; the one this session is connected to is bold and
/// marked "●". Unknown figures are shown as "–", never as a made-up 0.
class ServerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerTableModel)

public:
    enum Column {
        Server,
        State,
        Version,
        Zxid,
        Epoch,
        Counter,
        Latency,
        Outstanding,
        Connections,
        Znodes,
        Watches,
        Ephemerals,
        DataSize,
        FileDescriptors,
        SyncedFollowers,
        PendingSyncs,
        ColumnCount
    };
    /// Qt::UserRole + 1: true on the row of the server this session uses.
    static constexpr int ConnectedRole = Qt::UserRole + 1;

    ServerTableModel(EnsembleMonitor *monitor, ZkSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The row of the server the session is connected to, or -1.
    int connectedRow() const;

private:
    QString cellText(const ServerSnapshot &s, int row, int column) const;
    QString stateText(const ServerSnapshot &s) const;
    QString toolTip(const ServerSnapshot &s, int row, int column) const;

    EnsembleMonitor *m_monitor;
    ZkSession *m_session;
};
