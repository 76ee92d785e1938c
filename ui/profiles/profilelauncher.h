#pragma once

#include "profiles/connectionprofile.h"
#include "profiles/profilecredentials.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "util/statusmessage.h"

#include <QObject>
#include <QPointer>

class QWidget;

/// Turns a saved profile into a connection: finds it by name or id, reads its secrets from the
/// keychain, asks for the ones that are not there (no keychain, an imported profile) for this
/// session only, and hands the ready session options to the window. Owns the profile list and
/// the secret store of the running app.
class ProfileLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileLauncher)

public:
    /// `dialogParent` parents the manager and the password prompts.
    explicit ProfileLauncher(QWidget *dialogParent,
                             QString profilePath = ProfileStore::defaultPath());

    ProfileStore &profiles() { return m_profiles; }
    SecretStore &secrets() { return m_secrets; }

    /// Reads the profile file; problems come back as one status message.
    void load();
    /// File > Connections…: the manager; Connect there launches the chosen profile.
    void openManager();
    /// Connects to the profile named (or with the id) `nameOrId`. False, with a status message,
    /// when there is no such profile.
    bool launch(const QString &nameOrId);

signals:
    /// Everything is ready: open a session with `options` (credentials included).
    void connectRequested(const ConnectionProfile &profile, const SessionOptions &options);
    void statusMessage(const StatusMessage &message);
    /// The list was read or edited (the manager closed): lists of profiles show it again.
    void profilesChanged();

private:
    void askForMissing(const ConnectionProfile &profile, ProfileCredentials credentials);
    /// Asks for a secret the keychain does not have, for this session; false when cancelled.
    bool askPassword(const ConnectionProfile &profile, const QString &who, QByteArray *out);

    QPointer<QWidget> m_dialogParent;
    ProfileStore m_profiles;
    SecretStore m_secrets;
};
