#pragma once

#include <QByteArray>
#include <QString>

/// SASL for one connection (the C client's zookeeper_init_sasl, Cyrus SASL). The password lives
/// in memory only: a profile keeps it in the keychain, and the C client gets it through a
/// SASL_CB_PASS callback, never through a password file.
struct ZkSaslSettings
{
    enum class Mechanism { None, DigestMd5, Gssapi };

    Mechanism mechanism = Mechanism::None;
    QString user;        ///< DIGEST-MD5: the user of the server's JAAS DigestLoginModule
    QByteArray password; ///< DIGEST-MD5 only
    /// GSSAPI: the service part of the server's principal ("zookeeper/host@REALM").
    QString service = QStringLiteral("zookeeper");
    /// GSSAPI: the host part of the server's principal; empty: the first host of the connection
    /// string.
    QString host;
    QString realm; ///< GSSAPI: the service's realm; empty: the ticket's own realm

    bool enabled() const { return mechanism != Mechanism::None; }
    /// "DIGEST-MD5", "GSSAPI" or empty: the SASL mechanism name.
    QString mechanismName() const;
    /// Parses a mechanism name as stored in a profile ("DIGEST-MD5", "GSSAPI", empty).
    static Mechanism mechanismFromName(const QString &name);
    /// Empty when usable, else a sentence saying what is missing.
    QString validate() const;
    /// The identity the server's SASLAuthenticationProvider gives this session, as it appears in
    /// a `sasl` ACL id: the DIGEST-MD5 user, or the Kerberos principal `principal` (from the
    /// ticket cache; empty when unknown).
    QString aclId(const QString &principal = {}) const;

    friend bool operator==(const ZkSaslSettings &, const ZkSaslSettings &) = default;
};
