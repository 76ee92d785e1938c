#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

/// TLS or SASL for a sandbox server: the zoo.cfg lines, the JAAS file and the JVM options that
/// turn them on. Made by the factories below; SandboxServer applies it at launch.
///
/// - TLS: the Netty connection factory serves `secureClientPort` with a PEM keystore (key and
///   certificate in one file) and the CA as PEM truststore; `ssl.clientAuth=want` accepts a
///   client with or without a certificate, and the x509 provider turns a client certificate into
///   an `x509:<subject>` identity. The plain clientPort stays on 127.0.0.1 for the start probe.
/// - SASL DIGEST-MD5: a JAAS `Server` section with DigestLoginModule users and the SASL
///   authentication provider (a `sasl:<user>` identity).
/// - Kerberos: a JAAS `Server` section with Krb5LoginModule on the service keytab, and the KDC's
///   krb5.conf for the JVM.
struct SandboxSecurity
{
    enum class Kind { None, Tls, SaslDigest, Kerberos };

    Kind kind = Kind::None;
    // TLS
    QString keyStore;                            ///< PEM: the server's key and certificate
    QString trustStore;                          ///< PEM: the CA that signs client certificates
    QString clientAuth = QStringLiteral("want"); ///< need | want | none
    // SASL DIGEST-MD5: user name and password pairs
    QList<std::pair<QString, QString>> users;
    // Kerberos
    QString keytab;
    QString principal; ///< "zookeeper/localhost@REALM"
    QString krb5Conf;

    static SandboxSecurity tls(const QString &keyStore, const QString &trustStore);
    static SandboxSecurity saslDigest(const QList<std::pair<QString, QString>> &users);
    static SandboxSecurity kerberos(const QString &keytab, const QString &principal,
                                    const QString &krb5Conf);

    bool isTls() const { return kind == Kind::Tls; }
    bool needsJaas() const { return kind == Kind::SaslDigest || kind == Kind::Kerberos; }
    /// Lines for zoo.cfg (`securePort` only matters for TLS).
    QStringList configLines(quint16 securePort) const;
    /// The JAAS configuration file's text (empty without SASL).
    QString jaasText() const;
    /// -D options for the JVM; `jaasPath` is where jaasText() was written.
    QStringList jvmArguments(const QString &jaasPath) const;
};
