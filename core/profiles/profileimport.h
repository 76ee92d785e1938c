#pragma once

#include "profiles/connectionprofile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// A secret found in an imported file: it goes straight to the keychain under
/// SecretStore::keyFor(profiles[profileIndex].id, secretKey), never into the profile file.
struct ImportedSecret
{
    int profileIndex = -1;
    QString secretKey;
    QByteArray secret;
};

/// The result of reading another tool's (or zkdesk's own) connection list.
struct ProfileImport
{
    QString format;                    ///< "PrettyZoo", "ZooInspector", "zkdesk"
    QList<ConnectionProfile> profiles; ///< new ids; names as in the file (made unique on merge)
    QList<ImportedSecret> secrets;
    QStringList skipped; ///< one sentence per entry not imported, and why
    QString error;       ///< the file as a whole could not be read

    bool ok() const { return error.isEmpty(); }
};

namespace ProfileImporter {

/// PrettyZoo's ~/.prettyZoo/prettyZoo.cfg (JSON, `servers[]`; `aclList` entries such as
/// "digest:user:pass" are auth entries with the password in plain text: they become secrets).
ProfileImport fromPrettyZoo(const QByteArray &json);
/// PrettyZoo's older ~/.prettyZoo/server-input.history: one "host:port" per line.
ProfileImport fromPrettyZooHistory(const QByteArray &text);
/// ZooInspector's defaultConnectionSettings.cfg (Java properties: hosts, timeout, authScheme,
/// authData).
ProfileImport fromZooInspector(const QByteArray &properties);
/// zkdesk's own profile export (see toZkdeskJson()).
ProfileImport fromZkdeskJson(const QByteArray &json);
/// Recognises the format by content (file names get mangled by downloads and mail).
ProfileImport fromFile(const QString &path);

/// zkdesk's export of profiles to share with a team: every field but the secrets (the auth
/// entries keep their scheme and identity, so the receiver is asked only for passwords).
QByteArray toZkdeskJson(const QList<ConnectionProfile> &profiles);

} // namespace ProfileImporter
