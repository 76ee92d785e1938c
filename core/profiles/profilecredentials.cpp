#include "profiles/profilecredentials.h"

#include "profiles/secretstore.h"

#include <QMetaObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace {

/// Collects the answers of one profile's reads; the last one to arrive reports.
struct Pending
{
    QList<std::optional<QByteArray>> secrets; // the auth entries', then key and SASL password
    QStringList errors;
    int outstanding = 0;
};

/// The keychain keys to read: every auth entry's, then the TLS key password's and the SASL
/// password's (empty strings when the profile has none: not read).
QStringList secretKeysToRead(const ConnectionProfile &profile)
{
    QStringList keys;
    for (const ProfileAuth &entry : profile.auth) keys << entry.secretKey;
    keys << profile.tls.keyPasswordKey << profile.sasl.passwordKey;
    return keys;
}

ProfileCredentials collect(const ConnectionProfile &profile, const Pending &pending)
{
    ProfileCredentials result;
    result.errors = pending.errors;
    const qsizetype n = profile.auth.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (pending.secrets[i] && !pending.secrets[i]->isEmpty())
            result.found.append({profile.auth[i].scheme, *pending.secrets[i]});
        else
            result.missing.append(profile.auth[i]);
    }
    const auto secret = [&](qsizetype i, QByteArray *out, bool *missing, bool wanted) {
        if (!wanted) return;
        if (pending.secrets[i] && !pending.secrets[i]->isEmpty())
            *out = *pending.secrets[i];
        else
            *missing = true;
    };
    secret(n, &result.tlsKeyPassword, &result.tlsKeyPasswordMissing,
           profile.tls.enabled && !profile.tls.keyPasswordKey.isEmpty());
    secret(n + 1, &result.saslPassword, &result.saslPasswordMissing,
           profile.sasl.mechanism == QLatin1String("DIGEST-MD5"));
    return result;
}

} // namespace

void readProfileCredentials(SecretStore &store, const ConnectionProfile &profile, QObject *context,
                            std::function<void(const ProfileCredentials &)> done)
{
    const QStringList keys = secretKeysToRead(profile);
    auto pending = std::make_shared<Pending>();
    pending->secrets.resize(keys.size());
    for (const QString &key : keys)
        if (!key.isEmpty()) ++pending->outstanding;
    QPointer<QObject> guard(context);
    const auto report = [pending, profile, guard, done] {
        if (guard) done(collect(profile, *pending));
    };
    if (pending->outstanding == 0) {
        QMetaObject::invokeMethod(context, report, Qt::QueuedConnection);
        return;
    }
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys[i].isEmpty()) continue;
        store.read(SecretStore::keyFor(profile.id, keys[i]),
                   [pending, i, report](std::optional<QByteArray> secret, QString error) {
                       pending->secrets[i] = std::move(secret);
                       if (!error.isEmpty()) pending->errors << error;
                       if (--pending->outstanding == 0) report();
                   });
    }
}
