#pragma once

#include "profiles/connectionprofile.h"

#include <QList>
#include <QString>
#include <QStringList>

/// What happened when the profile file was read: nothing here is ever dropped silently.
struct ProfileLoadReport
{
    QStringList skipped;   ///< one sentence per entry that could not be read, and why
    QString backupPath;    ///< where the file was copied before anything was rewritten, if it was
    QString fatalError;    ///< the file could not be read at all (damaged, newer schema)
    bool readOnly = false; ///< a newer schema: the file is left as it is, saves are refused
};

/// The saved connection profiles: an INI file (QSettings) in the standard config location,
/// `~/.config/zkdesk/profiles.ini` on Linux, with a schema version.
///
/// No secrets are ever written here: auth credentials and TLS/SASL passwords are in the system
/// keychain (SecretStore), keyed by the profile's id. The file is written atomically (QSettings
/// writes a temporary file and renames it), and a damaged or partly unreadable file is copied to
/// `profiles.ini.damaged-<time>` before the first save so nothing the user had is lost.
class ProfileStore
{
public:
    static constexpr int kSchemaVersion = 1;

    /// The default file: <GenericConfigLocation>/zkdesk/profiles.ini.
    static QString defaultPath();

    explicit ProfileStore(QString path = defaultPath());

    const QString &path() const { return m_path; }

    /// Reads the file (a missing file is an empty list, not an error).
    ProfileLoadReport load();
    /// Writes every profile. False with `error` set when the file cannot be written, or when it
    /// holds a newer schema this version does not understand (it is then left untouched).
    bool save(QString *error = nullptr);

    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    /// The profile with this id, or nullptr.
    const ConnectionProfile *find(const QString &id) const;
    const ConnectionProfile *findByName(const QString &name) const;

    /// Adds or replaces (by id) a profile. Refuses a name another profile already has.
    bool upsert(const ConnectionProfile &profile, QString *error = nullptr);
    bool remove(const QString &id);
    /// A copy with a new id and a name not yet taken ("prod (copy)", "prod (copy 2)", ...).
    ConnectionProfile duplicate(const QString &id) const;
    /// `base`, or `base (2)`, `base (3)`... whichever no profile has yet.
    QString uniqueName(const QString &base) const;

private:
    QString backUp(const QString &reason);

    QString m_path;
    QList<ConnectionProfile> m_profiles;
    bool m_readOnly = false;
};
