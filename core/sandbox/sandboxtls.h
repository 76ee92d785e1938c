#pragma once

#include <QString>
#include <QStringList>

/// A throwaway certificate authority with a server and a client certificate for a TLS sandbox,
/// made with the `openssl` command (EC P-256 keys, unencrypted, PEM). The server's key and
/// certificate share one file, which ZooKeeper reads as a PEM keystore.
struct SandboxTls
{
    /// What to make. The defaults are what `--sandbox --tls` uses.
    struct Options
    {
        /// The server certificate's subjectAltName entries ("IP:127.0.0.1", "DNS:localhost").
        QStringList serverAltNames = {QStringLiteral("IP:127.0.0.1")};
        int days = 2;               ///< validity of every certificate
        bool expiredServer = false; ///< server certificate valid until yesterday (tests)
        /// The client certificate's CN, i.e. the x509 ACL id is "CN=<this>".
        QString clientCommonName = QStringLiteral("zkdesk-sandbox-client");
    };

    QString directory;
    QString caFile;         ///< ca.pem: the CA certificate clients trust
    QString serverKeyStore; ///< server.pem: server key + certificate (ZooKeeper PEM keystore)
    QString clientCert;     ///< client.pem
    QString clientKey;      ///< client.key
    QString clientSubject;  ///< "CN=zkdesk-sandbox-client": the x509 ACL id of the client

    /// Makes everything in `directory` (which must exist). Blocking: runs openssl a few times
    /// (~0.2 s); call it off the GUI thread. On failure returns false and a sentence in *error.
    static bool create(const QString &directory, const Options &options, SandboxTls *out,
                       QString *error);
    /// Same, with the default options.
    static bool create(const QString &directory, SandboxTls *out, QString *error)
    {
        return create(directory, Options{}, out, error);
    }
};
