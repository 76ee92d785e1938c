#include "monitor/dynamicconfig.h"

#include <QRegularExpression>

#include <algorithm>

namespace DynamicConfig {

ServerEndpoint clientEndpoint(const QString &clientAddress, const QString &quorumHost)
{
    ServerEndpoint endpoint;
    const QString address = clientAddress.trimmed();
    const qsizetype colon = address.lastIndexOf(u':');
    QString host = colon < 0 ? QString() : address.left(colon);
    bool ok = false;
    const uint port = (colon < 0 ? address : address.mid(colon + 1)).toUInt(&ok);
    if (!ok || port == 0 || port > 65535) return endpoint;
    if (host.startsWith(u'[') && host.endsWith(u']')) host = host.mid(1, host.size() - 2);
    if (host.isEmpty() || host == u"0.0.0.0" || host == u"::" || host == u"0:0:0:0:0:0:0:0")
        host = quorumHost;
    endpoint.host = host;
    endpoint.clientPort = quint16(port);
    return endpoint;
}

QList<ServerEndpoint> parseMembers(const QByteArray &config)
{
    // server.<id>=<quorum host>:<port>:<port>[:role][;<client address>]
    static const QRegularExpression line(QStringLiteral("^server\\.(\\d+)=([^;]*);(.+)$"));
    QList<ServerEndpoint> members;
    for (const QByteArray &raw : config.split('\n')) {
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(raw.trimmed()));
        if (!match.hasMatch()) continue;
        const QString quorumHost = match.captured(2).section(u':', 0, 0);
        ServerEndpoint endpoint = clientEndpoint(match.captured(3), quorumHost);
        if (endpoint.clientPort == 0) continue;
        endpoint.serverId = match.captured(1).toInt();
        members << endpoint;
    }
    std::sort(members.begin(), members.end(), [](const ServerEndpoint &a, const ServerEndpoint &b) {
        return a.serverId < b.serverId;
    });
    return members;
}

} // namespace DynamicConfig
