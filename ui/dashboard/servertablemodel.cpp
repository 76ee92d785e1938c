#include "dashboard/servertablemodel.h"

#include "theme/themecolors.h"

#include "monitor/ensemblemonitor.h"
#include "util/displaytext.h"
#include "zk/zksession.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>

namespace {
const QString unknown = QStringLiteral("–");

QString count(qint64 value) { return value < 0 ? unknown : QLocale().toString(value); }
QString ms(double value) { return value < 0 ? unknown : QLocale().toString(value, 'g', 4); }

QString bytes(qint64 value)
{
    return value < 0 ? unknown
                     : QLocale().formattedDataSize(value, 1, QLocale::DataSizeTraditionalFormat);
}

bool isAlarming(const ServerSnapshot &s) { return s.timeMs > 0 && !s.isServing(); }
} // namespace

ServerTableModel::ServerTableModel(EnsembleMonitor *monitor, ZkSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_monitor(monitor)
    , m_session(session)
{
    connect(monitor, &EnsembleMonitor::serversChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(monitor, &EnsembleMonitor::snapshotAdded, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(session, &ZkSession::stateChanged, this, [this] {
        if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

int ServerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_monitor->serverCount();
}

int ServerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ServerTableModel::connectedRow() const
{
    const QString server = m_session->connectedServer();
    return server.isEmpty() ? -1 : m_monitor->indexOf(server);
}

QString ServerTableModel::stateText(const ServerSnapshot &s) const
{
    if (s.timeMs == 0) return tr("waiting…");
    if (!s.reachable) return tr("down");
    return serverModeLabel(s.mode);
}

QString ServerTableModel::cellText(const ServerSnapshot &s, int row, int column) const
{
    switch (Column(column)) {
    case Server: {
        const ServerEndpoint endpoint = m_monitor->servers().at(row);
        QString text = DisplayText::shown(endpoint.label());
        if (endpoint.serverId >= 0) text += QStringLiteral(" (#%1)").arg(endpoint.serverId);
        return row == connectedRow() ? QStringLiteral("● ") + text : text;
    }
    case State:
        return stateText(s);
    case Version:
        // "3.8.0-${mvngit.commit.id}, built on ...": the release is what an operator compares.
        return s.version.isEmpty()
            ? unknown
            : DisplayText::shown(s.version.section(u',', 0, 0).section(u'-', 0, 0));
    case Zxid:
        return s.zxid < 0 ? unknown : s.zxidHex();
    case Epoch:
        return count(s.zxidEpoch());
    case Counter:
        return count(s.zxidCounter());
    case Latency:
        return s.latencyAvg < 0 ? unknown
                                : QStringLiteral("%1 / %2 / %3")
                                      .arg(ms(s.latencyMin), ms(s.latencyAvg), ms(s.latencyMax));
    case Outstanding:
        return count(s.outstanding);
    case Connections:
        return count(s.connections);
    case Znodes:
        return count(s.znodes);
    case Watches:
        return count(s.watches);
    case Ephemerals:
        return count(s.ephemerals);
    case DataSize:
        return bytes(s.dataSize);
    case FileDescriptors:
        return s.openFds < 0 ? unknown
            : s.maxFds < 0   ? count(s.openFds)
                             : QStringLiteral("%1 / %2").arg(count(s.openFds), count(s.maxFds));
    case SyncedFollowers:
        return s.mode == ServerMode::Leader ? count(s.syncedFollowers) : QString();
    case PendingSyncs:
        return s.mode == ServerMode::Leader ? count(s.pendingSyncs) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QString ServerTableModel::toolTip(const ServerSnapshot &s, int row, int column) const
{
    QStringList lines;
    if (column == Server && row == connectedRow())
        lines << tr("This session is connected to this server.");
    if (column == Server && m_monitor->servers().at(row).fromConfig)
        lines << tr("Not in the connection string: a member of the dynamic configuration "
                    "(/zookeeper/config).");
    if (!s.reachable && !s.error.isEmpty())
        lines << tr("Unreachable: %1").arg(DisplayText::visible(s.error));
    if (s.reachable && s.mode == ServerMode::NotServing)
        lines << tr("The server is up but not serving requests (no quorum, or still starting).");
    if (column == Version && !s.version.isEmpty()) lines << DisplayText::visible(s.version);
    if (s.source == ServerSnapshot::Source::AdminServer)
        lines << tr("Figures from the AdminServer (port %1).")
                     .arg(m_monitor->servers().at(row).adminPort);
    else if (s.source == ServerSnapshot::Source::FourLetterWords)
        lines << tr("Figures from the four-letter words.");
    return lines.isEmpty() ? QString() : DisplayText::toolTip(lines.join(u'\n'));
}

QVariant ServerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const ServerSnapshot &s = m_monitor->latest(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(s, index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTip(s, index.row(), index.column());
    case Qt::ForegroundRole:
        return isAlarming(s)
            ? QBrush(ThemeColors::text(ThemeColors::Accent::Error, QGuiApplication::palette()))
            : QVariant();
    case Qt::BackgroundRole:
        return isAlarming(s) ? QBrush(
                   ThemeColors::background(ThemeColors::Accent::Error, QGuiApplication::palette()))
                             : QVariant();
    case Qt::FontRole:
        if (index.row() == connectedRow()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() <= Version ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case ConnectedRole:
        return index.row() == connectedRow();
    }
    return {};
}

QVariant ServerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Server:
        return tr("Server");
    case State:
        return tr("State");
    case Version:
        return tr("Version");
    case Zxid:
        return tr("Zxid");
    case Epoch:
        return tr("Epoch");
    case Counter:
        return tr("Counter");
    case Latency:
        return tr("Latency min/avg/max (ms)");
    case Outstanding:
        return tr("Outstanding");
    case Connections:
        return tr("Connections");
    case Znodes:
        return tr("Znodes");
    case Watches:
        return tr("Watches");
    case Ephemerals:
        return tr("Ephemerals");
    case DataSize:
        return tr("Data size");
    case FileDescriptors:
        return tr("Open FDs");
    case SyncedFollowers:
        return tr("Synced followers");
    case PendingSyncs:
        return tr("Pending syncs");
    case ColumnCount:
        break;
    }
    return {};
}
