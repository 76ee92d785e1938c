#include "profiles/profilelauncher.h"

#include "profiles/connectionmanagerdialog.h"
#include "profiles/profilecredentials.h"

#include <QInputDialog>
#include <QLineEdit>

ProfileLauncher::ProfileLauncher(QWidget *dialogParent, QString profilePath)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_profiles(std::move(profilePath))
{
    connect(&m_secrets, &SecretStore::keychainUnavailable, this,
            [this](const QString &reason) { emit statusMessage(StatusMessage::error(reason)); });
}

void ProfileLauncher::load()
{
    const ProfileLoadReport report = m_profiles.load();
    QStringList problems;
    if (!report.fatalError.isEmpty()) problems << report.fatalError;
    problems << report.skipped;
    if (!report.backupPath.isEmpty())
        problems << tr("The original file was kept as %1.").arg(report.backupPath);
    if (!problems.isEmpty())
        emit statusMessage(
            StatusMessage::error(tr("Saved connections: %1").arg(problems.join(u' '))));
}

void ProfileLauncher::openManager()
{
    ConnectionManagerDialog dialog(m_profiles, m_secrets, m_dialogParent);
    const bool chosen = dialog.exec() == QDialog::Accepted && !dialog.chosenProfileId().isEmpty();
    emit profilesChanged();
    if (chosen) launch(dialog.chosenProfileId());
}

bool ProfileLauncher::launch(const QString &nameOrId)
{
    const ConnectionProfile *found = m_profiles.find(nameOrId);
    if (!found) found = m_profiles.findByName(nameOrId);
    if (!found) {
        emit statusMessage(StatusMessage::error(
            tr("No saved connection is called \"%1\" (File > Connections… lists them).")
                .arg(nameOrId)));
        return false;
    }
    const ConnectionProfile profile = *found;
    readProfileCredentials(m_secrets, profile, this,
                           [this, profile](const ProfileCredentials &credentials) {
                               for (const QString &error : credentials.errors)
                                   emit statusMessage(StatusMessage::error(error));
                               askForMissing(profile, credentials);
                           });
    return true;
}

void ProfileLauncher::askForMissing(const ConnectionProfile &profile,
                                    ProfileCredentials credentials)
{
    QList<ZkAuthEntry> found = credentials.found;
    for (const ProfileAuth &entry : credentials.missing) {
        const QString who =
            entry.identity.isEmpty() ? entry.scheme : entry.scheme + u':' + entry.identity;
        QByteArray credential;
        if (!askPassword(profile, who, &credential)) return;
        if (entry.scheme == QLatin1String("digest"))
            credential.prepend(entry.identity.toUtf8() + ':');
        found.append({entry.scheme, credential});
    }
    if (credentials.saslPasswordMissing
        && !askPassword(profile, tr("SASL user %1").arg(profile.sasl.user),
                        &credentials.saslPassword))
        return;
    if (credentials.tlsKeyPasswordMissing
        && !askPassword(profile, tr("the TLS client key %1").arg(profile.tls.keyFile),
                        &credentials.tlsKeyPassword))
        return;
    emit connectRequested(
        profile,
        profile.toSessionOptions(found, credentials.tlsKeyPassword, credentials.saslPassword));
}

bool ProfileLauncher::askPassword(const ConnectionProfile &profile, const QString &who,
                                  QByteArray *out)
{
    bool ok = false;
    QString typed = QInputDialog::getText(
        m_dialogParent, tr("Password for %1").arg(profile.name),
        tr("The keychain has no password for %1. It is used for this session only.").arg(who),
        QLineEdit::Password, {}, &ok);
    if (!ok) {
        emit statusMessage(
            StatusMessage::info(tr("Connecting to %1 cancelled.").arg(profile.name)));
        return false;
    }
    *out = typed.toUtf8();
    typed.fill(u'\0');
    return true;
}
