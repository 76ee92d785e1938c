#include "sandbox/sandboxflavour.h"

#include "sandbox/sandboxtls.h"

#include <QRandomGenerator>

namespace SandboxFlavour {

bool prepare(Kind kind, const QString &directory, SandboxSecurity *server, SessionOptions *client,
             QString *error)
{
    if (kind == Kind::Tls) {
        SandboxTls tls;
        if (!SandboxTls::create(directory, &tls, error)) return false;
        *server = SandboxSecurity::tls(tls.serverKeyStore, tls.caFile);
        client->tls.enabled = true;
        client->tls.caFile = tls.caFile;
        client->tls.certFile = tls.clientCert;
        client->tls.keyFile = tls.clientKey;
        return true;
    }
    if (kind == Kind::Sasl) {
        // Random per start: nobody else knows it, and it is never written anywhere but the
        // server's JAAS file in its private sandbox folder.
        QByteArray password(16, '\0');
        QRandomGenerator::system()->generate(password.begin(), password.end());
        password = password.toHex();
        *server = SandboxSecurity::saslDigest(
            {{QStringLiteral("zkdesk"), QString::fromLatin1(password)}});
        client->sasl.mechanism = ZkSaslSettings::Mechanism::DigestMd5;
        client->sasl.user = QStringLiteral("zkdesk");
        client->sasl.password = password;
        return true;
    }
    *server = {};
    return true;
}

} // namespace SandboxFlavour
