#include "zk/private/zkpreflight.h"

#include "security/kerberosticket.h"
#include "zk/zksession.h"

#include <QCoreApplication>

ZkPreflight::ZkPreflight(QObject *parent)
    : QObject(parent)
    , m_tls(new ZkTlsProbe(this))
{
    connect(m_tls, &ZkTlsProbe::finished, this, &ZkPreflight::onTlsFinished);
}

bool ZkPreflight::isNeeded(const SessionOptions &options)
{
    return options.tls.enabled || options.sasl.mechanism == ZkSaslSettings::Mechanism::Gssapi;
}

void ZkPreflight::start(const SessionOptions &options, const ConnectionString &connection)
{
    stop();
    m_running = true;
    m_peers.clear();
    m_principal.clear();
    const quint64 generation = ++m_generation;
    if (options.tls.enabled) {
        m_tls->start(connection.hosts, options.tls, options.connectTimeoutMs);
        return;
    }
    const ZkSaslSettings &sasl = options.sasl;
    const QString host = sasl.host.isEmpty() ? connection.hosts.first().host : sasl.host;
    KerberosTicket::checkAsync(
        this, sasl.service, host, sasl.realm, [this, generation](const KerberosStatus &status) {
            if (generation != m_generation || !m_running) return;
            m_principal = status.principal;
            if (status.usable()) {
                finish({});
                return;
            }
            finish(ZkError::make(
                ZkCode::AuthFailed,
                QCoreApplication::translate("ZkSession", "SASL GSSAPI: %1").arg(status.problem)));
        });
}

void ZkPreflight::stop()
{
    ++m_generation;
    m_running = false;
    m_tls->stop();
}

void ZkPreflight::onTlsFinished(const QList<ZkTlsPeer> &peers)
{
    if (!m_running) return;
    m_peers = peers;
    const bool several = peers.size() > 1;
    const auto named = [several](const ZkTlsPeer &peer) {
        return several ? QStringLiteral("%1: %2").arg(peer.server.toString(), peer.error)
                       : peer.error;
    };
    bool anyOk = false;
    QStringList unreachable;
    for (const ZkTlsPeer &peer : peers) {
        if (peer.ok) {
            anyOk = true;
        } else if (peer.certificateReceived()) {
            // A certificate zkdesk refuses: never hand this connection to the C client.
            finish(ZkError::make(
                ZkCode::ConnectionLoss,
                QCoreApplication::translate("ZkSession", "TLS: %1").arg(named(peer))));
            return;
        } else {
            unreachable << named(peer);
        }
    }
    if (anyOk) {
        finish({});
        return;
    }
    finish(ZkError::make(
        ZkCode::ConnectionLoss,
        QCoreApplication::translate("ZkSession", "TLS: %1").arg(unreachable.join(u"; "))));
}

void ZkPreflight::finish(const ZkError &error)
{
    m_running = false;
    if (error)
        emit failed(error);
    else
        emit passed();
}
