#pragma once

#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxsecurity.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include <memory>

class QTcpSocket;
struct SandboxLaunch;
class QTemporaryDir;

/// A throwaway standalone ZooKeeper server for `--sandbox` and the integration tests: a java
/// child process on a free 127.0.0.1 port with a temporary data directory.
///
/// Everything is asynchronous: start() returns at once and started() or failed() follows.
/// Readiness: `ruok` answers `imok`, then `srvr` reports a serving server. The server log goes to
/// `<baseDir>/server.log` (to the terminal when ZKDESK_SANDBOX_VERBOSE is set).
///
/// Lifetime: stop() ends the sandbox and removes its directory; restart() keeps the port and the
/// data (for reconnect tests); the destructor stops the process with a bounded wait.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    enum class State { Idle, Starting, Running, Stopping };
    Q_ENUM(State)

    explicit SandboxServer(QObject *parent = nullptr);
    /// Stops the server (terminate, then kill; at most ~7 s) and removes the directory.
    ~SandboxServer() override;

    /// Starts the server; started() or failed() follows. Does nothing unless Idle.
    void start();
    /// Stops the server and removes its directory; stopped() follows. The next start() uses a
    /// new port and an empty directory.
    void stop();
    /// Stops and starts again on the same port with the same data: stopped(), then started()
    /// (or failed()). Starts when Idle.
    void restart();

    /// How long start() waits for `imok` before failing. Default 60 s.
    void setStartTimeoutMs(int ms) { m_startTimeoutMs = ms; }
    /// The tickTime for the next start (default 500 ms; min session timeout is 2 ticks).
    void setTickTimeMs(int ms) { m_tickTimeMs = ms; }
    /// Makes this server member `self.id` of an ensemble of `peers` (itself included), on
    /// self.clientPort. Call before start(). See SandboxEnsemble.
    void setEnsembleMember(const SandboxConfig::Peer &self,
                           const QList<SandboxConfig::Peer> &peers);
    /// `4lw.commands.whitelist` for the next start ("*" by default; "srvr" is ZooKeeper's own
    /// default). Readiness is probed with srvr alone when ruok is not allowed.
    void setFourLetterWhitelist(const QString &whitelist) { m_whitelist = whitelist; }
    /// Turns the AdminServer on at 127.0.0.1:`port` for the next start (0: off, the default).
    void setAdminServerPort(quint16 port) { m_adminPort = port; }
    quint16 adminServerPort() const { return m_adminPort; }
    /// TLS or SASL for the next start (SandboxSecurity's factories). With TLS, clients connect
    /// to a secure port (connectString() names it); the plain port serves the start probe only.
    void setSecurity(const SandboxSecurity &security) { m_security = security; }
    const SandboxSecurity &security() const { return m_security; }
    /// The java process id while it runs (tests freeze it with SIGSTOP), else 0.
    qint64 processId() const;

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    quint16 port() const { return m_port; }
    /// "127.0.0.1:PORT" of the port clients use (the secure one with TLS), empty before the
    /// first start.
    QString connectString() const;
    /// The plain client port's "127.0.0.1:PORT" (with TLS: four-letter words only).
    QString plainConnectString() const;
    /// The sandbox's directory (zoo.cfg, server.log, data/); empty when none.
    QString dataDir() const;
    QString logFile() const;
    /// The last lines of the server log, for error messages.
    QString logTail(int lines = 15) const;

signals:
    void started();
    /// A human reason: java missing, jar missing, the process exited (with the log tail), or no
    /// answer in time. Also emitted when a running server dies unexpectedly.
    void failed(const QString &reason);
    void stopped();

private:
    void launch();
    SandboxConfig configForLaunch() const;
    void startProcess(const SandboxLaunch &runtime, const QStringList &arguments);
    void probe();
    void onProbeReadyRead();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString &reason);
    bool logSinceLaunchContains(QLatin1StringView needle) const;
    void beginStop(bool graceful = true);
    void cleanupProcess();
    void removeDirectory();

    State m_state = State::Idle;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QTcpSocket *m_probeSocket = nullptr; // one probe at a time
    QByteArray m_probeWord;              // "ruok", then "srvr" once it answers imok
    QByteArray m_probeReply;
    QTimer m_probeTimer;
    QTimer m_killTimer;
    QElapsedTimer m_startClock;
    QElapsedTimer m_probeAge; // since the current probe connection was opened
    quint16 m_port = 0;
    bool m_portFixed = false; // restart(): keep the port even if binding fails
    bool m_restartPending = false;
    qint64 m_logStart = 0;    // Size of server.log when this process started.
    QString m_pendingFailure; // Start timeout: reported once the killed process has exited.
    int m_bindRetries = 0;
    int m_startTimeoutMs = 60000;
    int m_tickTimeMs = 500;
    int m_serverId = 0; // > 0: ensemble member
    quint16 m_memberPort = 0;
    QList<SandboxConfig::Peer> m_peers;
    QString m_whitelist = QStringLiteral("*");
    quint16 m_adminPort = 0;
    SandboxSecurity m_security;
    quint16 m_securePort = 0; // TLS only
};
