#pragma once

#include <QByteArray>
#include <QString>

/// TLS for one connection (the C client's zookeeper_init_ssl). The key password lives in
/// memory only: a profile keeps it in the keychain.
struct ZkTlsSettings
{
    bool enabled = false;
    QString caFile;         ///< PEM bundle of the CAs that sign the servers' certificates
    QString certFile;       ///< PEM client certificate (chain); empty: no client certificate
    QString keyFile;        ///< PEM private key of certFile
    QByteArray keyPassword; ///< the key's password, empty for an unencrypted key
    /// SHA-256 fingerprint of the server certificate the user accepted ("AB:CD:..." or hex),
    /// empty for none. With a pin, the pre-flight accepts the certificate it names even when it
    /// is self-signed or names another host, and refuses any other.
    QString pinnedSha256;

    bool hasClientCertificate() const { return !certFile.isEmpty(); }
    /// Empty when the settings can be handed to the C client, else a sentence that says what is
    /// wrong: a missing file, a certificate without its key, or a comma in a path or the
    /// password (the C client splits its one string on commas).
    QString validate() const;
    /// "ca" or "ca,cert,key,password": the string zookeeper_init_ssl takes. Wipe it after use.
    QByteArray clientString() const;
    /// The client certificate's subject as ZooKeeper's x509 ACL id reads it (Java's RFC 2253
    /// form, most specific first: "CN=client,O=Example,C=DE"); empty without a readable one.
    QString clientSubject() const;
    /// The pin in canonical form (upper-case hex without separators), empty when none.
    QString normalizedPin() const;

    friend bool operator==(const ZkTlsSettings &, const ZkTlsSettings &) = default;
};
