#include "profiles/connectionprofile.h"

#include "zk/connectionstring.h"
#include "zk/zkpath.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <array>

namespace {

struct EnvironmentInfo
{
    ProfileEnvironment environment;
    const char *key;
    const char *label;
    const char *color;
};

constexpr std::array kEnvironments{
    EnvironmentInfo{ProfileEnvironment::None, "none",
                    QT_TRANSLATE_NOOP("ConnectionProfile", "None"), ""},
    EnvironmentInfo{ProfileEnvironment::Development, "development",
                    QT_TRANSLATE_NOOP("ConnectionProfile", "Development"), "#2e7d32"},
    EnvironmentInfo{ProfileEnvironment::Testing, "testing",
                    QT_TRANSLATE_NOOP("ConnectionProfile", "Testing"), "#1565c0"},
    EnvironmentInfo{ProfileEnvironment::Staging, "staging",
                    QT_TRANSLATE_NOOP("ConnectionProfile", "Staging"), "#ef8f00"},
    EnvironmentInfo{ProfileEnvironment::Production, "production",
                    QT_TRANSLATE_NOOP("ConnectionProfile", "Production"), "#c62828"},
};

const EnvironmentInfo &infoOf(ProfileEnvironment environment)
{
    for (const auto &info : kEnvironments)
        if (info.environment == environment) return info;
    return kEnvironments.front();
}

// Timeouts the C client and the server accept: the server clamps the session timeout to
// [2, 20] ticks (4 s - 40 s by default) but a custom tickTime allows more, so only nonsense is
// refused here.
constexpr int kMinTimeoutMs = 1000;
constexpr int kMaxTimeoutMs = 10 * 60 * 1000;

void checkTimeout(QStringList &problems, const QString &what, int ms)
{
    if (ms < kMinTimeoutMs || ms > kMaxTimeoutMs)
        problems << QCoreApplication::translate("ConnectionProfile",
                                                "The %1 (%2 ms) must be between 1 s and 10 min.")
                        .arg(what, QString::number(ms));
}

void checkReadableFile(QStringList &problems, const QString &what, const QString &path)
{
    if (path.isEmpty()) return;
    if (path.contains(u','))
        problems << QCoreApplication::translate(
                        "ConnectionProfile",
                        "The %1 path \"%2\" contains a comma, which the ZooKeeper client uses to "
                        "separate its TLS settings: rename or link the file.")
                        .arg(what, path);
    else if (!QFileInfo(path).isReadable())
        problems << QCoreApplication::translate("ConnectionProfile",
                                                "The %1 \"%2\" does not exist or is not readable.")
                        .arg(what, path);
}

// The TLS files and pin; each path is also checked for a comma (see checkReadableFile).
void checkTls(QStringList &problems, const ProfileTls &tls)
{
    if (!tls.enabled) return;
    if (tls.caFile.isEmpty())
        problems << QCoreApplication::translate(
            "ConnectionProfile", "TLS needs a CA bundle (PEM) to check the servers' certificates.");
    if (tls.certFile.isEmpty() != tls.keyFile.isEmpty())
        problems << QCoreApplication::translate(
            "ConnectionProfile",
            "A TLS client certificate needs its key, and a key its certificate.");
    checkReadableFile(problems, QCoreApplication::translate("ConnectionProfile", "CA bundle"),
                      tls.caFile);
    checkReadableFile(problems,
                      QCoreApplication::translate("ConnectionProfile", "client certificate"),
                      tls.certFile);
    checkReadableFile(problems, QCoreApplication::translate("ConnectionProfile", "client key"),
                      tls.keyFile);
    static const QRegularExpression sha256(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!tls.pinnedSha256.isEmpty() && !sha256.match(tls.pinnedSha256).hasMatch())
        problems << QCoreApplication::translate(
            "ConnectionProfile",
            "The pinned fingerprint must be a SHA-256 in hex (64 digits, colons left out).");
}

void checkSasl(QStringList &problems, const ProfileSasl &sasl)
{
    if (sasl.mechanism.isEmpty()) return;
    if (sasl.mechanism == QLatin1String("DIGEST-MD5")) {
        if (sasl.user.trimmed().isEmpty())
            problems << QCoreApplication::translate("ConnectionProfile",
                                                    "SASL DIGEST-MD5 needs a user name.");
    } else if (sasl.mechanism == QLatin1String("GSSAPI")) {
        if (sasl.service.trimmed().isEmpty())
            problems << QCoreApplication::translate(
                "ConnectionProfile",
                "Kerberos needs the service name the servers run as (usually zookeeper).");
    } else {
        problems << QCoreApplication::translate(
                        "ConnectionProfile",
                        "Unknown SASL mechanism \"%1\": use DIGEST-MD5 or GSSAPI (Kerberos).")
                        .arg(sasl.mechanism);
    }
}

} // namespace

QString environmentKey(ProfileEnvironment environment)
{
    return QString::fromLatin1(infoOf(environment).key);
}

ProfileEnvironment environmentFromKey(const QString &key, bool *ok)
{
    for (const auto &info : kEnvironments) {
        if (key == QLatin1String(info.key)) {
            if (ok) *ok = true;
            return info.environment;
        }
    }
    if (ok) *ok = false;
    return ProfileEnvironment::None;
}

QString environmentLabel(ProfileEnvironment environment)
{
    return QCoreApplication::translate("ConnectionProfile", infoOf(environment).label);
}

QString environmentDefaultColor(ProfileEnvironment environment)
{
    return QString::fromLatin1(infoOf(environment).color);
}

ConnectionProfile ConnectionProfile::create(const QString &name, const QString &connectString)
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name;
    profile.connectString = connectString;
    return profile;
}

QString ConnectionProfile::effectiveColor() const
{
    return color.isEmpty() ? environmentDefaultColor(environment) : color;
}

QStringList ConnectionProfile::secretKeys() const
{
    QStringList keys;
    for (const ProfileAuth &entry : auth) keys << entry.secretKey;
    if (!tls.keyPasswordKey.isEmpty()) keys << tls.keyPasswordKey;
    if (!sasl.passwordKey.isEmpty()) keys << sasl.passwordKey;
    return keys;
}

QStringList ConnectionProfile::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << QCoreApplication::translate("ConnectionProfile", "Give the connection a name.");
    QString connectError;
    if (!ConnectionString::parse(connectString, &connectError).isValid())
        problems << QCoreApplication::translate("ConnectionProfile", "Connection string: %1")
                        .arg(connectError);
    checkTimeout(problems, QCoreApplication::translate("ConnectionProfile", "session timeout"),
                 sessionTimeoutMs);
    checkTimeout(problems, QCoreApplication::translate("ConnectionProfile", "connect timeout"),
                 connectTimeoutMs);
    static const QRegularExpression hexColor(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!color.isEmpty() && !hexColor.match(color).hasMatch())
        problems << QCoreApplication::translate("ConnectionProfile",
                                                "The colour \"%1\" is not of the form #rrggbb.")
                        .arg(color);
    if (!startPath.isEmpty()) {
        const QString pathError = ZkPath::validate(startPath);
        if (!pathError.isEmpty())
            problems << QCoreApplication::translate("ConnectionProfile", "Start path: %1")
                            .arg(pathError);
    }
    for (const ProfileAuth &entry : auth) {
        if (entry.scheme.trimmed().isEmpty())
            problems << QCoreApplication::translate("ConnectionProfile",
                                                    "An auth entry has no scheme (e.g. digest).");
        if (entry.scheme == QLatin1String("digest") && entry.identity.isEmpty())
            problems << QCoreApplication::translate("ConnectionProfile",
                                                    "A digest auth entry needs a user name.");
    }
    checkTls(problems, tls);
    checkSasl(problems, sasl);
    if (tls.enabled && !sasl.mechanism.isEmpty())
        problems << QCoreApplication::translate(
            "ConnectionProfile",
            "TLS and SASL cannot be used together: the ZooKeeper 3.8 C client does not support "
            "SASL over TLS (ZOOKEEPER-3482). Use one of them.");
    return problems;
}

SessionOptions ConnectionProfile::toSessionOptions(const QList<ZkAuthEntry> &credentials,
                                                   const QByteArray &tlsKeyPassword,
                                                   const QByteArray &saslPassword) const
{
    SessionOptions options;
    options.connectString = connectString;
    options.sessionTimeoutMs = sessionTimeoutMs;
    options.connectTimeoutMs = connectTimeoutMs;
    options.readOnly = opensReadOnly();
    options.auth = credentials;
    options.retryAfterConnectTimeout = true;
    options.tls.enabled = tls.enabled;
    options.tls.caFile = tls.caFile;
    options.tls.certFile = tls.certFile;
    options.tls.keyFile = tls.keyFile;
    options.tls.keyPassword = tlsKeyPassword;
    options.tls.pinnedSha256 = tls.pinnedSha256;
    options.sasl.mechanism = ZkSaslSettings::mechanismFromName(sasl.mechanism);
    options.sasl.user = sasl.user;
    options.sasl.password = saslPassword;
    options.sasl.service = sasl.service.isEmpty() ? QStringLiteral("zookeeper") : sasl.service;
    options.sasl.host = sasl.host;
    options.sasl.realm = sasl.realm;
    return options;
}
