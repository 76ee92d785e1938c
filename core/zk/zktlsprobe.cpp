#include "zk/zktlsprobe.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// How long after the handshake a TLS 1.3 server's refusal of the client certificate may take to
// arrive (one round trip at most; generous for a remote cluster).
constexpr int kClientCertVerdictMs = 400;

QString colonHex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

// The OpenSSL verify wording people search for, with Qt's sentence after it.
QString describe(const QSslError &error)
{
    QString what;
    switch (error.error()) {
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::SelfSignedCertificate:
    case QSslError::CertificateUntrusted:
        what =
            QCoreApplication::translate("ZkTlsProbe", "certificate verify failed: unknown issuer");
        break;
    case QSslError::CertificateExpired:
        what = QCoreApplication::translate("ZkTlsProbe",
                                           "certificate verify failed: certificate has expired");
        break;
    case QSslError::CertificateNotYetValid:
        what = QCoreApplication::translate(
            "ZkTlsProbe", "certificate verify failed: certificate is not yet valid");
        break;
    case QSslError::HostNameMismatch:
        what = QCoreApplication::translate(
            "ZkTlsProbe", "host name mismatch: the certificate is not for this host");
        break;
    default:
        return error.errorString();
    }
    return u"%1 (%2)"_s.arg(what, error.errorString());
}

// The TLS alerts a server sends when it does not accept the client's certificate (TLS 1.2
// during the handshake, TLS 1.3 right after it), as OpenSSL words them.
bool refusesClientCertificate(const QString &error)
{
    for (const char *alert : {"alert bad certificate", "alert certificate required",
                              "alert unknown ca", "alert certificate unknown"})
        if (error.contains(QLatin1String(alert))) return true;
    return false;
}

QSslKey readKey(const ZkTlsSettings &settings, QString *error)
{
    QFile file(settings.keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("ZkTlsProbe", "The client key cannot be read: %1")
                     .arg(settings.keyFile);
        return {};
    }
    const QByteArray pem = file.readAll();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, settings.keyPassword);
        if (!key.isNull()) return key;
    }
    *error = settings.keyPassword.isEmpty()
        ? QCoreApplication::translate(
            "ZkTlsProbe",
            "The client key does not open: it is not a PEM private key, or it needs "
            "a password.")
        : QCoreApplication::translate(
            "ZkTlsProbe",
            "The client key does not open: wrong password, or not a PEM private key.");
    return {};
}

// The configuration every handshake uses, or an error sentence about the settings.
QSslConfiguration configurationFor(const ZkTlsSettings &settings, QString *error)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> cas = QSslCertificate::fromPath(settings.caFile, QSsl::Pem);
    if (cas.isEmpty()) {
        *error = QCoreApplication::translate("ZkTlsProbe",
                                             "No PEM certificate could be read from the CA file %1")
                     .arg(settings.caFile);
        return config;
    }
    config.addCaCertificates(cas); // the system's CAs stay trusted, as in the C client
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (settings.hasClientCertificate()) {
        const QList<QSslCertificate> chain =
            QSslCertificate::fromPath(settings.certFile, QSsl::Pem);
        if (chain.isEmpty()) {
            *error = QCoreApplication::translate(
                         "ZkTlsProbe",
                         "No PEM certificate could be read from the client certificate file %1")
                         .arg(settings.certFile);
            return config;
        }
        const QSslKey key = readKey(settings, error);
        if (key.isNull()) return config;
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key);
    }
    return config;
}

void fillCertificate(ZkTlsPeer &peer, const QSslCertificate &cert)
{
    if (cert.isNull()) return;
    peer.subject = cert.subjectDisplayName();
    peer.issuer = cert.issuerDisplayName();
    const auto sans = cert.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it) {
        const QString kind = it.key() == QSsl::DnsEntry ? u"DNS"_s
            : it.key() == QSsl::IpAddressEntry          ? u"IP"_s
                                                        : u"email"_s;
        peer.subjectAltNames << kind + u':' + it.value();
    }
    peer.notBefore = cert.effectiveDate();
    peer.notAfter = cert.expiryDate();
    peer.sha256 = colonHex(cert.digest(QCryptographicHash::Sha256));
}

} // namespace

qint64 ZkTlsPeer::daysLeft() const { return QDateTime::currentDateTimeUtc().daysTo(notAfter); }

ZkTlsProbe::ZkTlsProbe(QObject *parent)
    : QObject(parent)
{ }

ZkTlsProbe::~ZkTlsProbe() = default;

void ZkTlsProbe::stop()
{
    for (QSslSocket *socket : findChildren<QSslSocket *>(Qt::FindDirectChildrenOnly)) {
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
        socket->setParent(nullptr); // not found again by the next stop()
    }
    m_pending = 0;
    ++m_run; // a finished() already queued for the stopped run is dropped
}

void ZkTlsProbe::start(const QList<HostPort> &servers, const ZkTlsSettings &settings, int timeoutMs)
{
    stop();
    m_peers.clear();
    m_pin = settings.normalizedPin();
    for (const HostPort &server : servers) {
        ZkTlsPeer peer;
        peer.server = server;
        m_peers.append(peer);
    }
    m_pending = int(m_peers.size());
    m_settled = QList<bool>(m_peers.size(), false);
    m_clock.start();
    QString error = settings.validate();
    if (error.isEmpty() && !QSslSocket::supportsSsl())
        error = QCoreApplication::translate(
            "ZkTlsProbe", "Qt has no TLS backend (OpenSSL) here, so the server cannot be checked.");
    QSslConfiguration config; // read once (CA, certificate, key), shared by every handshake
    if (error.isEmpty()) config = configurationFor(settings, &error);
    if (!error.isEmpty()) {
        for (ZkTlsPeer &peer : m_peers) peer.error = error;
        m_pending = 0;
        finishLater();
        return;
    }
    for (int i = 0; i < m_peers.size(); ++i) probeOne(i, config, timeoutMs);
}

void ZkTlsProbe::probeOne(int index, const QSslConfiguration &config, int timeoutMs)
{
    auto *socket = new QSslSocket(this);
    socket->setSslConfiguration(config);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, socket, [this, index, socket, timeoutMs] {
        settle(index, socket,
               QCoreApplication::translate("ZkTlsProbe", "no TLS handshake within %1 s")
                   .arg(timeoutMs / 1000.0));
    });
    connect(socket, &QSslSocket::sslErrors, socket,
            [this, index, socket](const QList<QSslError> &errors) {
                if (!m_pin.isEmpty() && fingerprint(socket).remove(u':') == m_pin) {
                    m_peers[index].pinMatched = true;
                    socket->ignoreSslErrors();
                    return;
                }
                if (!errors.isEmpty()) m_peers[index].error = describe(errors.first());
            });
    connect(socket, &QSslSocket::encrypted, socket,
            [this, index, socket] { onEncrypted(index, socket); });
    connect(socket, &QAbstractSocket::errorOccurred, socket,
            [this, index, socket](QAbstractSocket::SocketError error) {
                onSocketError(index, socket, error);
            });
    timer->start(timeoutMs);
    const HostPort &server = m_peers[index].server;
    socket->connectToHostEncrypted(server.host, server.port);
}

QString ZkTlsProbe::fingerprint(QSslSocket *socket)
{
    return colonHex(socket->peerCertificate().digest(QCryptographicHash::Sha256));
}

void ZkTlsProbe::onEncrypted(int index, QSslSocket *socket)
{
    const QString sha256 = fingerprint(socket);
    if (!m_pin.isEmpty() && QString(sha256).remove(u':') != m_pin) {
        settle(index, socket,
               QCoreApplication::translate(
                   "ZkTlsProbe", "the server's certificate (SHA-256 %1) is not the pinned one")
                   .arg(sha256));
        return;
    }
    // With TLS 1.3 the server judges the client's certificate (none, or one it does not trust)
    // after the client's side of the handshake is done: its refusal arrives as an alert right
    // after. Wait a moment for it before calling the server good.
    socket->setProperty("encryptedAt", m_clock.elapsed());
    QTimer::singleShot(kClientCertVerdictMs, socket,
                       [this, index, socket] { settle(index, socket, {}); });
}

void ZkTlsProbe::onSocketError(int index, QSslSocket *socket, QAbstractSocket::SocketError error)
{
    if (socket->property("encryptedAt").isValid()
        || refusesClientCertificate(socket->errorString())) {
        settle(index, socket,
               QCoreApplication::translate(
                   "ZkTlsProbe",
                   "the server refused the connection: it needs a client certificate it trusts "
                   "(ssl.clientAuth=need), and this profile has none or one it does not trust: %1")
                   .arg(socket->errorString()));
        return;
    }
    QString why = m_peers[index].error; // an sslErrors() reason says more
    // No certificate and the connection dropped: most often a plain client port.
    const bool noTls = error == QAbstractSocket::SslHandshakeFailedError
        || (error == QAbstractSocket::RemoteHostClosedError && socket->peerCertificate().isNull());
    if (why.isEmpty() && noTls)
        why = QCoreApplication::translate("ZkTlsProbe",
                                          "TLS handshake failed: %1 (is %2 the server's "
                                          "secureClientPort, and does it take this client?)")
                  .arg(socket->errorString(), m_peers[index].server.toString());
    settle(index, socket, why.isEmpty() ? socket->errorString() : why);
}

void ZkTlsProbe::settle(int index, QSslSocket *socket, const QString &error)
{
    if (m_settled.value(index)) return;
    m_settled[index] = true;
    ZkTlsPeer &peer = m_peers[index];
    peer.error = error;
    peer.ok = error.isEmpty();
    fillCertificate(peer, socket->peerCertificate());
    peer.elapsedMs = int(m_clock.elapsed());
    socket->disconnect(); // no more signals from a socket that is going
    socket->abort();
    socket->deleteLater();
    if (--m_pending == 0) finishLater();
}

void ZkTlsProbe::finishLater()
{
    // Always asynchronous, also for a settings error found inside start().
    QMetaObject::invokeMethod(
        this,
        [this, run = m_run] {
            if (run == m_run) emit finished(m_peers);
        },
        Qt::QueuedConnection);
}

QString ZkTlsProbe::summary(const QList<ZkTlsPeer> &peers)
{
    for (const ZkTlsPeer &peer : peers) {
        if (peer.ok) continue;
        return peers.size() > 1 ? u"%1: %2"_s.arg(peer.server.toString(), peer.error) : peer.error;
    }
    return {};
}
