#include "zk/private/zkconnectprobe.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace {

QString failureText(const HostPort &host, const QTcpSocket &socket)
{
    switch (socket.error()) {
    case QAbstractSocket::ConnectionRefusedError:
        return QCoreApplication::translate("ZkConnectProbe", "connection refused by %1")
            .arg(host.toString());
    case QAbstractSocket::HostNotFoundError:
        return QCoreApplication::translate("ZkConnectProbe", "host %1: name not found")
            .arg(host.host);
    default:
        return QStringLiteral("%1: %2").arg(host.toString(), socket.errorString());
    }
}

} // namespace

ZkConnectProbe::ZkConnectProbe(QObject *parent)
    : QObject(parent)
{ }

ZkConnectProbe::~ZkConnectProbe() { stop(); }

void ZkConnectProbe::start(const QList<HostPort> &hosts)
{
    stop();
    m_attempts.resize(hosts.size());
    m_open = int(hosts.size());
    for (int i = 0; i < hosts.size(); ++i) {
        Attempt &attempt = m_attempts[i];
        attempt.host = hosts[i];
        attempt.socket = new QTcpSocket(this);
        connect(attempt.socket, &QTcpSocket::connected, this, [this, i] { onConnected(i); });
        connect(attempt.socket, &QTcpSocket::errorOccurred, this, [this, i] { onError(i); });
        attempt.socket->connectToHost(attempt.host.host, attempt.host.port);
    }
}

void ZkConnectProbe::stop()
{
    for (Attempt &attempt : m_attempts) close(attempt);
    m_attempts.clear();
    m_open = 0;
}

QStringList ZkConnectProbe::failures() const
{
    QStringList out;
    for (const Attempt &attempt : m_attempts)
        if (!attempt.failure.isEmpty()) out.append(attempt.failure);
    return out;
}

void ZkConnectProbe::onConnected(int index)
{
    Attempt &attempt = m_attempts[index];
    if (!attempt.socket) return;
    close(attempt);
    if (--m_open == 0) emit settled();
}

void ZkConnectProbe::onError(int index)
{
    Attempt &attempt = m_attempts[index];
    if (!attempt.socket) return;
    attempt.failure = failureText(attempt.host, *attempt.socket);
    close(attempt);
    if (--m_open == 0) emit settled();
}

void ZkConnectProbe::close(Attempt &attempt)
{
    if (!attempt.socket) return;
    attempt.socket->disconnect(this);
    attempt.socket->abort();
    attempt.socket->deleteLater();
    attempt.socket = nullptr;
}
