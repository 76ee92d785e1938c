#pragma once

// Private to core: the checks ZkSession runs before it hands a secured connection to the C client.

#include "zk/connectionstring.h"
#include "zk/zkerror.h"
#include "zk/zktlsprobe.h"

#include <QObject>

struct SessionOptions;

/// What the C client cannot say about a secured connection, found out first and in words:
/// - TLS: zkdesk's own handshake with every server (ZkTlsProbe). The C client checks the chain
///   but not the host name, and reports a wrong CA only as "error in ssl connect" while it
///   retries forever. A server that presents a certificate zkdesk refuses (unknown issuer,
///   expired, another host, not the pinned one) stops the connect; servers that cannot be
///   reached do not, as long as one can (an ensemble with a server down is normal).
/// - Kerberos (GSSAPI): the ticket cache and a service ticket from the KDC (KerberosTicket). The
///   C client says only "SASL authentication failed" for a missing ticket, an unreachable KDC
///   or an unknown service principal.
/// DIGEST-MD5 needs none: the server answers a wrong password at once with AUTH_FAILED.
class ZkPreflight final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZkPreflight)

public:
    explicit ZkPreflight(QObject *parent = nullptr);

    static bool isNeeded(const SessionOptions &options);
    /// Starts the checks; passed() or failed() follows, always asynchronously.
    void start(const SessionOptions &options, const ConnectionString &connection);
    /// Drops a running check: neither signal follows.
    void stop();
    bool isRunning() const { return m_running; }

    /// The principal of the ticket cache after a GSSAPI check (empty otherwise).
    QString kerberosPrincipal() const { return m_principal; }
    /// What each server presented in the last TLS check.
    QList<ZkTlsPeer> tlsPeers() const { return m_peers; }

signals:
    void passed();
    void failed(const ZkError &error);

private:
    void onTlsFinished(const QList<ZkTlsPeer> &peers);
    void finish(const ZkError &error);

    ZkTlsProbe *m_tls;
    QList<ZkTlsPeer> m_peers;
    QString m_principal;
    quint64 m_generation = 0; // a Kerberos answer for an older start() is dropped
    bool m_running = false;
};
