#pragma once

#include "zk/connectionstring.h"
#include "zk/zktlssettings.h"

#include <QAbstractSocket>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>

class QSslConfiguration;
class QSslSocket;

/// What the pre-flight handshake saw at one server.
struct ZkTlsPeer
{
    HostPort server;
    bool ok = false;
    QString error; ///< in words ("certificate verify failed: unknown issuer"), empty when ok
    bool pinMatched = false; ///< accepted because its fingerprint is the pinned one
    // The server's certificate (empty when none was received).
    QString subject;
    QString issuer;
    QStringList subjectAltNames; ///< "DNS:zk1.example.com", "IP:10.0.0.1"
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256; ///< "AB:CD:..." upper-case hex with colons
    int elapsedMs = 0;

    /// A certificate came back: the server was reached and speaks TLS.
    bool certificateReceived() const { return !sha256.isEmpty(); }
    /// Days until notAfter (negative once expired).
    qint64 daysLeft() const;
    /// Fewer than 30 days left: the UI warns.
    bool expiresSoon() const { return !sha256.isEmpty() && daysLeft() < 30; }
};

/// zkdesk's own TLS handshake with every server of a connection before the C client gets it:
/// the C client verifies the chain but not the host name, and says only "error in ssl connect"
/// when something is wrong. Qt Network (QSslSocket) verifies chain and host name and tells why.
///
/// Trusts the settings' CA file plus the system's CAs (as the C client does), presents the client
/// certificate when one is set, and honours a pinned fingerprint. Asynchronous (never blocks);
/// one handshake per server in parallel; finished() once all have answered or timed out.
class ZkTlsProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZkTlsProbe)

public:
    explicit ZkTlsProbe(QObject *parent = nullptr);
    ~ZkTlsProbe() override;

    /// Starts the handshakes. A problem with the settings themselves (unreadable CA file, a key
    /// that does not open) is reported for every server at once, still through finished().
    void start(const QList<HostPort> &servers, const ZkTlsSettings &settings, int timeoutMs = 5000);
    /// Aborts the handshakes under way: finished() does not follow for them.
    void stop();
    /// True while handshakes are under way.
    bool isRunning() const { return m_pending > 0; }

    /// The first failure's text, prefixed with its server when there are several, or empty.
    static QString summary(const QList<ZkTlsPeer> &peers);

signals:
    void finished(const QList<ZkTlsPeer> &peers);

private:
    void probeOne(int index, const QSslConfiguration &config, int timeoutMs);
    void onEncrypted(int index, QSslSocket *socket);
    void onSocketError(int index, QSslSocket *socket, QAbstractSocket::SocketError error);
    /// The peer certificate's SHA-256, "AB:CD:..." (empty without a certificate).
    static QString fingerprint(QSslSocket *socket);
    void settle(int index, QSslSocket *socket, const QString &error);
    void finishLater();

    QList<ZkTlsPeer> m_peers;
    QList<bool> m_settled; // per peer: its outcome is recorded (the first one wins)
    QElapsedTimer m_clock;
    QString m_pin;
    int m_pending = 0;
    quint64 m_run = 0;
};
