#include "sandbox/sandboxconfig.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QMutex>
#include <QSaveFile>
#include <QSet>
#include <QTcpServer>

QString SandboxConfig::toText() const
{
    QStringList lines;
    lines << QStringLiteral("# Written by zkdesk for a throwaway sandbox server.")
          << QStringLiteral("tickTime=%1").arg(tickTimeMs)
          << QStringLiteral("dataDir=%1").arg(QDir::toNativeSeparators(dataDir))
          << QStringLiteral("clientPort=%1").arg(clientPort)
          << QStringLiteral("clientPortAddress=%1").arg(clientAddress)
          << QStringLiteral("minSessionTimeout=%1").arg(minSessionTimeoutMs)
          << QStringLiteral("maxSessionTimeout=%1").arg(maxSessionTimeoutMs)
          << QStringLiteral("maxClientCnxns=%1").arg(maxClientCnxns)
          << QStringLiteral("preAllocSize=%1").arg(preAllocSizeKb)
          << QStringLiteral("forceSync=%1")
                 .arg(forceSync ? QStringLiteral("yes") : QStringLiteral("no"))
          // All four-letter words by default: they help when debugging.
          << QStringLiteral("4lw.commands.whitelist=%1").arg(fourLetterWhitelist);
    if (adminServerPort == 0) {
        lines << QStringLiteral("admin.enableServer=false");
    } else {
        lines << QStringLiteral("admin.enableServer=true")
              << QStringLiteral("admin.serverAddress=%1").arg(clientAddress)
              << QStringLiteral("admin.serverPort=%1").arg(adminServerPort);
    }
    if (serverId > 0) {
        lines << QStringLiteral("initLimit=%1").arg(initLimit)
              << QStringLiteral("syncLimit=%1").arg(syncLimit)
              << QStringLiteral("standaloneEnabled=false")
              << QStringLiteral("reconfigEnabled=true");
        for (const Peer &peer : peers) {
            lines << QStringLiteral("server.%1=%2:%3:%4;%5:%6")
                         .arg(peer.id)
                         .arg(peer.host)
                         .arg(peer.quorumPort)
                         .arg(peer.electionPort)
                         .arg(peer.host)
                         .arg(peer.clientPort);
        }
    }
    lines << extraLines;
    return lines.join(u'\n') + u'\n';
}

static bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()
        || !file.commit()) {
        if (error) *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool SandboxConfig::write(QString *error) const
{
    if (!QDir().mkpath(dataDir)) {
        if (error) *error = QStringLiteral("cannot create the data directory %1").arg(dataDir);
        return false;
    }
    if (serverId > 0
        && !writeFile(QDir(dataDir).filePath(QStringLiteral("myid")),
                      QByteArray::number(serverId) + '\n', error)) {
        return false;
    }
    if (!jaasText.isEmpty() && !writeFile(jaasPath, jaasText.toUtf8(), error)) return false;
    return writeFile(configPath, toText().toUtf8(), error);
}

quint16 sandboxFreeLoopbackPort()
{
    // The kernel may hand a port that was just probed and closed out again: an ensemble's nine
    // ports, or a member's admin port, would then collide. A port is given out once per process.
    static QMutex mutex;
    static QSet<quint16> given;
    const QMutexLocker lock(&mutex);
    for (int attempt = 0; attempt < 64; ++attempt) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) return 0;
        const quint16 port = probe.serverPort();
        probe.close();
        if (!given.contains(port)) {
            given.insert(port);
            return port;
        }
    }
    return 0;
}
