#pragma once

#include "zk/zksession.h"

#include <QList>
#include <QString>

/// Which kind of cluster a profile points at. Production is the one that changes behaviour: a
/// production profile opens read-only until the user unlocks writes for that session.
enum class ProfileEnvironment { None, Development, Testing, Staging, Production };

/// "production", ...: the stable key stored in the profile file.
QString environmentKey(ProfileEnvironment environment);
/// Parses environmentKey(); unknown text gives `ok = false` and None.
ProfileEnvironment environmentFromKey(const QString &key, bool *ok = nullptr);
/// "Production", ...: what a person reads (translated).
QString environmentLabel(ProfileEnvironment environment);
/// The default band colour of each environment as "#rrggbb" (production red, staging amber),
/// empty for None. Colours are strings here: core has no QtGui.
QString environmentDefaultColor(ProfileEnvironment environment);

/// One auth entry of a profile. The credential itself never lives here: it is in the system
/// keychain (or, without one, in memory for the session), found by the profile's id and
/// `secretKey`. `identity` is what may be shown: "alice" for digest, empty for opaque schemes.
struct ProfileAuth
{
    QString scheme;    ///< "digest", "x509", or any custom scheme
    QString identity;  ///< shown to the user; never the secret
    QString secretKey; ///< the keychain entry's key under this profile ("auth/0", ...)
    friend bool operator==(const ProfileAuth &, const ProfileAuth &) = default;
};

/// TLS settings of a profile (used when the C client is built with OpenSSL). Paths only; the
/// key password is a keychain secret under `keyPasswordKey`.
struct ProfileTls
{
    bool enabled = false;
    QString caFile;
    QString certFile;
    QString keyFile;
    QString keyPasswordKey; ///< keychain key of the key password; empty when the key has none
    /// SHA-256 of the server certificate the user pinned (hex, no separators), for a
    /// self-signed cluster: the pre-flight accepts exactly that certificate. Empty: none.
    QString pinnedSha256;
    friend bool operator==(const ProfileTls &, const ProfileTls &) = default;
};

/// SASL settings of a profile (used when the C client is built with Cyrus SASL).
struct ProfileSasl
{
    QString mechanism; ///< empty (no SASL), "DIGEST-MD5" or "GSSAPI"
    QString user;
    QString service = QStringLiteral("zookeeper");
    QString host;        ///< the server's host name for GSSAPI (defaults to the first host)
    QString realm;       ///< GSSAPI: the service's realm; empty for the ticket's own realm
    QString passwordKey; ///< keychain key of the SASL password (DIGEST-MD5)
    friend bool operator==(const ProfileSasl &, const ProfileSasl &) = default;
};

/// A saved connection: everything needed to open a session except the secrets.
struct ConnectionProfile
{
    QString id;            ///< stable across renames (a UUID); keys the keychain entries
    QString name;          ///< unique, what the user picks from the list
    QString connectString; ///< host:port[,host:port...][/chroot]
    int sessionTimeoutMs = 30000;
    int connectTimeoutMs = 10000;
    /// The AdminServer's HTTP port on every server, for the dashboard (0: four-letter words only).
    int adminPort = 8080;
    bool readOnly = false;
    ProfileEnvironment environment = ProfileEnvironment::None;
    QString color; ///< "#rrggbb" band colour; empty means the environment's default
    QList<ProfileAuth> auth;
    QString startPath; ///< the znode to select after connecting; empty for the root
    QString notes;
    ProfileTls tls;
    ProfileSasl sasl;

    /// A new profile with a fresh id.
    static ConnectionProfile create(const QString &name, const QString &connectString);

    /// The colour to paint: `color` when set, else the environment's default.
    QString effectiveColor() const;
    /// A production profile opens read-only until the user unlocks writes.
    bool opensReadOnly() const { return readOnly || environment == ProfileEnvironment::Production; }

    /// The keychain keys of every secret this profile has: auth entries, the TLS key password,
    /// the SASL password.
    QStringList secretKeys() const;

    /// Every problem that would stop a connect or a save, as sentences that say how to fix it.
    /// Empty when the profile is usable.
    QStringList validate() const;

    /// Session options for this profile, with the credentials the caller looked up (in
    /// `auth` order; entries whose secret is missing are skipped by the caller), and the TLS
    /// key's and the SASL password (from the keychain or typed for this session).
    SessionOptions toSessionOptions(const QList<ZkAuthEntry> &credentials,
                                    const QByteArray &tlsKeyPassword = {},
                                    const QByteArray &saslPassword = {}) const;

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};
