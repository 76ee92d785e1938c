#include "sandbox/sandboxserver.h"

#include "sandbox/sandboxlaunch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace {
constexpr int probeIntervalMs = 200;
const QString ownerFileName = QStringLiteral("owner.pid");

/// Removes sandbox directories left behind by processes that died without cleaning up (a crashed
/// or killed test): their owner.pid names a process that no longer exists.
void removeStaleDirectories()
{
#ifdef Q_OS_LINUX
    const QDir temp(QDir::tempPath());
    const QStringList names = temp.entryList({QStringLiteral("zkdesk-sandbox-*")}, QDir::Dirs);
    for (const QString &name : names) {
        QFile owner(temp.filePath(name + u'/' + ownerFileName));
        if (!owner.open(QIODevice::ReadOnly)) continue; // not ours to judge
        bool ok = false;
        const qint64 pid = owner.readAll().trimmed().toLongLong(&ok);
        owner.close();
        if (ok && pid > 0 && !QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)))
            QDir(temp.filePath(name)).removeRecursively();
    }
#endif
}
constexpr int killGraceMs = 5000;
constexpr int maxBindRetries = 3;
} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
{
    m_probeTimer.setInterval(probeIntervalMs);
    connect(&m_probeTimer, &QTimer::timeout, this, &SandboxServer::probe);
    m_killTimer.setSingleShot(true);
    m_killTimer.setInterval(killGraceMs);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process) m_process->kill();
    });
}

SandboxServer::~SandboxServer()
{
    m_probeTimer.stop();
    m_killTimer.stop();
    if (m_process) {
        // No slot may run on a half-destroyed object.
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(killGraceMs)) {
                m_process->kill();
                m_process->waitForFinished(2000);
            }
        }
        m_process.reset();
    }
    m_dir.reset(); // QTemporaryDir removes the directory.
}

void SandboxServer::setEnsembleMember(const SandboxConfig::Peer &self,
                                      const QList<SandboxConfig::Peer> &peers)
{
    m_serverId = self.id;
    m_peers = peers;
    m_port = self.clientPort;
    m_memberPort = self.clientPort;
}

qint64 SandboxServer::processId() const
{
    return m_process && m_process->state() == QProcess::Running ? m_process->processId() : 0;
}

QString SandboxServer::connectString() const
{
    if (m_security.isTls())
        return m_securePort ? QStringLiteral("127.0.0.1:%1").arg(m_securePort) : QString();
    return plainConnectString();
}

QString SandboxServer::plainConnectString() const
{
    return m_port ? QStringLiteral("127.0.0.1:%1").arg(m_port) : QString();
}

QString SandboxServer::dataDir() const { return m_dir ? m_dir->path() : QString(); }

QString SandboxServer::logFile() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("server.log")) : QString();
}

QString SandboxServer::logTail(int lines) const
{
    if (qEnvironmentVariableIsSet("ZKDESK_SANDBOX_VERBOSE"))
        return QStringLiteral("(the server log went to the terminal: ZKDESK_SANDBOX_VERBOSE)");
    QFile file(logFile());
    if (!file.open(QIODevice::ReadOnly)) return QStringLiteral("(no server log)");
    constexpr qint64 window = 16 * 1024;
    if (file.size() > window) file.seek(file.size() - window);
    QStringList all = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    if (all.size() > lines) all = all.mid(all.size() - lines);
    return all.isEmpty() ? QStringLiteral("(the server log is empty)") : all.join(u'\n');
}

bool SandboxServer::logSinceLaunchContains(QLatin1StringView needle) const
{
    QFile file(logFile());
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_logStart)) return false;
    return QString::fromUtf8(file.readAll()).contains(needle);
}

void SandboxServer::start()
{
    if (m_state != State::Idle) return;
    m_portFixed = false;
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>(
            QDir(QDir::tempPath()).filePath(QStringLiteral("zkdesk-sandbox-XXXXXX")));
        if (!m_dir->isValid()) {
            const QString reason =
                QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
            m_dir.reset();
            // Asynchronous like every other outcome: the caller may connect after start().
            QMetaObject::invokeMethod(
                this, [this, reason] { emit failed(reason); }, Qt::QueuedConnection);
            return;
        }
        if (m_serverId == 0) m_port = 0; // an ensemble member keeps the port its peers know
        m_portFixed = false;
        QFile owner(m_dir->filePath(ownerFileName));
        if (owner.open(QIODevice::WriteOnly))
            owner.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n');
        removeStaleDirectories();
    }
    if (m_serverId > 0) {
        m_port = m_memberPort;
        m_portFixed = true; // the peers know this port: never move to another one
    }
    if (m_port == 0) m_port = sandboxFreeLoopbackPort();
    if (m_security.isTls() && m_securePort == 0) m_securePort = sandboxFreeLoopbackPort();
    m_bindRetries = 0;
    launch();
}

void SandboxServer::launch()
{
    const SandboxLaunch runtime = SandboxLaunch::detect();
    QString error = runtime.error;
    if (error.isEmpty() && m_port == 0) error = QStringLiteral("no free TCP port on 127.0.0.1");
    const SandboxConfig config = configForLaunch();
    if (error.isEmpty()) config.write(&error);
    if (!error.isEmpty()) {
        m_state = State::Idle; // also when relaunching after a bind failure or for restart()
        QMetaObject::invokeMethod(
            this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
        return;
    }
    startProcess(runtime,
                 runtime.arguments(config.configPath, m_security.jvmArguments(config.jaasPath)));
}

SandboxConfig SandboxServer::configForLaunch() const
{
    SandboxConfig config;
    config.configPath = m_dir->filePath(QStringLiteral("zoo.cfg"));
    config.dataDir = m_dir->filePath(QStringLiteral("data"));
    config.clientPort = m_port;
    config.tickTimeMs = m_tickTimeMs;
    config.minSessionTimeoutMs = 2 * m_tickTimeMs;
    config.serverId = m_serverId;
    config.peers = m_peers;
    config.fourLetterWhitelist = m_whitelist;
    config.adminServerPort = m_adminPort;
    config.extraLines = m_security.configLines(m_securePort);
    config.jaasPath = m_dir->filePath(QStringLiteral("jaas.conf"));
    config.jaasText = m_security.jaasText();
    return config;
}

void SandboxServer::startProcess(const SandboxLaunch &runtime, const QStringList &arguments)
{
    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(m_dir->path());
    m_process->setProgram(runtime.java);
    m_process->setArguments(arguments);
    if (qEnvironmentVariableIsSet("ZKDESK_SANDBOX_VERBOSE")) {
        m_process->setProcessChannelMode(QProcess::ForwardedChannels);
    } else {
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setStandardOutputFile(logFile(), QIODevice::Append);
    }
    m_process->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // If zkdesk or a test crashes, the JVM must not live on holding the port forever.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    connect(m_process.get(), &QProcess::finished, this, &SandboxServer::onProcessFinished);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) // finished() does not follow in this case
            fail(QStringLiteral("cannot run %1: %2")
                     .arg(m_process->program(), m_process->errorString()));
    });

    m_logStart = QFileInfo(logFile()).size();
    m_state = State::Starting;
    const bool ruokAllowed = m_whitelist == u"*" || m_whitelist.split(u',').contains(u"ruok");
    m_probeWord = ruokAllowed ? "ruok" : "srvr";
    m_pendingFailure.clear();
    m_startClock.start();
    m_process->start();
    m_probeTimer.start();
}

void SandboxServer::probe()
{
    if (m_state != State::Starting) return;
    if (m_startClock.elapsed() > m_startTimeoutMs) {
        m_pendingFailure = QStringLiteral("the ZooKeeper server did not answer \"ruok\" on %1 "
                                          "within %2 s; server log:\n%3")
                               .arg(connectString())
                               .arg(m_startTimeoutMs / 1000)
                               .arg(logTail());
        beginStop(false);
        return;
    }
    if (m_probeSocket) {
        // The previous probe is still waiting for its answer. A connection made while the JVM
        // was still starting can stay open without an answer: give each probe 2 s, then retry.
        if (m_probeAge.elapsed() < 2000) return;
        QTcpSocket *stale = m_probeSocket;
        m_probeSocket = nullptr;
        stale->disconnect(this);
        stale->abort();
        stale->deleteLater();
    }
    m_probeAge.start();

    m_probeReply.clear();
    m_probeSocket = new QTcpSocket(this);
    QTcpSocket *socket = m_probeSocket;
    const QByteArray word = m_probeWord;
    connect(socket, &QTcpSocket::connected, socket, [socket, word] { socket->write(word); });
    connect(socket, &QTcpSocket::readyRead, this, &SandboxServer::onProbeReadyRead);
    // Refused (not listening yet) or closed after the answer: the next tick probes again.
    const auto finish = [this, socket] {
        if (m_probeSocket != socket) return;
        onProbeReadyRead();
        if (m_probeSocket != socket) return; // the answer completed the probe
        m_probeSocket = nullptr;
        socket->deleteLater();
    };
    connect(socket, &QTcpSocket::disconnected, this, finish);
    connect(socket, &QTcpSocket::errorOccurred, this, finish);
    socket->connectToHost(QHostAddress::LocalHost, m_port);
}

void SandboxServer::onProbeReadyRead()
{
    if (!m_probeSocket || m_state != State::Starting) return;
    m_probeReply += m_probeSocket->readAll();
    // `ruok` answers "imok" as soon as the port listens, before the server serves requests;
    // `srvr` then says "not currently serving" until it really does (and "Node count:" last).
    const bool answered = m_probeWord == "ruok" ? m_probeReply.contains("imok")
                                                : m_probeReply.contains("Node count:");
    if (!answered) return;
    m_probeSocket->disconnect(this);
    m_probeSocket->abort();
    m_probeSocket->deleteLater();
    m_probeSocket = nullptr;
    if (m_probeWord == "ruok") {
        m_probeWord = "srvr";
        probe(); // at once, not on the next tick
        return;
    }
    m_probeTimer.stop();
    m_state = State::Running;
    emit started();
}

void SandboxServer::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    const State previous = m_state;
    cleanupProcess();
    const QString how = status == QProcess::CrashExit
        ? QStringLiteral("was killed")
        : QStringLiteral("exited with code %1").arg(exitCode);
    switch (previous) {
    case State::Starting:
        if (!m_portFixed && m_bindRetries < maxBindRetries
            && logSinceLaunchContains(QLatin1StringView("Address already in use"))) {
            // Someone took the port between our probe bind and the server's bind.
            ++m_bindRetries;
            m_port = sandboxFreeLoopbackPort();
            if (m_security.isTls()) m_securePort = sandboxFreeLoopbackPort();
            launch();
            return;
        }
        fail(QStringLiteral("the ZooKeeper server %1 before it answered; server log:\n%2")
                 .arg(how, logTail()));
        return;
    case State::Running:
        fail(QStringLiteral("the ZooKeeper server on %1 %2 unexpectedly; server log:\n%3")
                 .arg(connectString(), how, logTail()));
        return;
    case State::Stopping:
        break;
    case State::Idle:
        return;
    }

    m_state = State::Idle;
    if (!m_pendingFailure.isEmpty()) {
        const QString reason = std::exchange(m_pendingFailure, QString());
        m_restartPending = false;
        emit failed(reason);
        return;
    }
    if (m_restartPending) {
        m_restartPending = false;
        emit stopped();
        if (m_state == State::Idle && m_dir) { // a slot may have called stop() or start()
            m_portFixed = true;
            m_bindRetries = 0;
            launch();
        }
        return;
    }
    removeDirectory();
    emit stopped();
}

void SandboxServer::fail(const QString &reason)
{
    cleanupProcess();
    m_state = State::Idle;
    m_restartPending = false;
    emit failed(reason);
}

void SandboxServer::stop()
{
    switch (m_state) {
    case State::Idle:
        removeDirectory();
        QMetaObject::invokeMethod(this, &SandboxServer::stopped, Qt::QueuedConnection);
        return;
    case State::Starting:
    case State::Running:
        m_restartPending = false;
        beginStop();
        return;
    case State::Stopping:
        m_restartPending = false; // stop() wins over an earlier restart()
        return;
    }
}

void SandboxServer::restart()
{
    switch (m_state) {
    case State::Idle: {
        const bool keepPort = m_dir != nullptr;
        start();
        m_portFixed = keepPort; // checked only once the process has run
        return;
    }
    case State::Starting:
    case State::Running:
        m_restartPending = true;
        beginStop();
        return;
    case State::Stopping:
        m_restartPending = true;
        return;
    }
}

void SandboxServer::beginStop(bool graceful)
{
    m_probeTimer.stop();
    if (m_probeSocket) {
        m_probeSocket->disconnect(this);
        m_probeSocket->abort();
        m_probeSocket->deleteLater();
        m_probeSocket = nullptr;
    }
    m_state = State::Stopping;
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        // Nothing to wait for; keep the outcome asynchronous.
        QMetaObject::invokeMethod(
            this, [this] { onProcessFinished(0, QProcess::NormalExit); }, Qt::QueuedConnection);
        return;
    }
    if (graceful) {
        m_process->terminate(); // SIGTERM: the JVM runs its shutdown hooks
        m_killTimer.start();
    } else {
        m_process->kill();
    }
}

void SandboxServer::cleanupProcess()
{
    m_probeTimer.stop();
    m_killTimer.stop();
    if (m_probeSocket) {
        m_probeSocket->disconnect(this);
        m_probeSocket->abort();
        m_probeSocket->deleteLater();
        m_probeSocket = nullptr;
    }
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning)
            m_process->kill(); // only reached on failures; finished() is not awaited
        // We may be inside one of its signals: delete later.
        m_process.release()->deleteLater();
    }
}

void SandboxServer::removeDirectory()
{
    m_dir.reset();
    m_port = 0;
    m_securePort = 0;
    m_portFixed = false;
}
