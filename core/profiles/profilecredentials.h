#pragma once

#include "profiles/connectionprofile.h"

#include <QList>
#include <QObject>

#include <functional>

class SecretStore;

/// The auth entries of a profile with their secrets read from the keychain, ready for
/// SessionOptions::auth. `missing` lists the entries whose secret is not there (no keychain, a
/// profile imported without passwords): the caller asks the user for those, for this session.
struct ProfileCredentials
{
    QList<ZkAuthEntry> found;
    QList<ProfileAuth> missing;
    QStringList errors;        ///< the keychain refused to answer (locked, denied)
    QByteArray tlsKeyPassword; ///< the client key's password (empty when none or missing)
    QByteArray saslPassword;   ///< the SASL DIGEST-MD5 password (empty when none or missing)
    /// The profile names a key password / SASL password the keychain does not have.
    bool tlsKeyPasswordMissing = false;
    bool saslPasswordMissing = false;
};

/// Reads every secret of `profile` (asynchronously, all at once) and calls `done` once, on
/// `context`'s thread, unless `context` was destroyed first. The order of `found` follows the
/// profile's auth list.
void readProfileCredentials(SecretStore &store, const ConnectionProfile &profile, QObject *context,
                            std::function<void(const ProfileCredentials &)> done);
