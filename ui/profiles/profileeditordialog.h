#pragma once

#include "profiles/connectionprofile.h"

#include <QByteArray>
#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class CertificateDialog;
class SecuritySettingsBox;

/// Edits one connection profile: name, connection string, timeouts, read-only, environment and
/// colour, auth entries, start path, notes, TLS and SASL. Secrets typed here are handed back by
/// secrets() for the keychain and never kept in the profile; an existing secret is never shown
/// again (an empty password field means "keep the stored one"). OK is refused, with every
/// problem listed, while the profile would not work.
class ProfileEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditorDialog)

public:
    /// `takenNames`: the other profiles' names (a name must be unique).
    ProfileEditorDialog(const ConnectionProfile &profile, const QStringList &takenNames,
                        QWidget *parent = nullptr);
    ~ProfileEditorDialog() override;

    /// The edited profile (valid once accepted).
    ConnectionProfile profile() const;
    /// Secrets typed in this dialog, by the auth entry's secret key; wiped with the dialog.
    /// Entries of the original profile missing from profile().auth had their secrets removed.
    QHash<QString, QByteArray> secrets() const { return m_secrets; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *connectEdit() const { return m_connect; }
    QComboBox *environmentCombo() const { return m_environment; }
    QSpinBox *adminPortBox() const { return m_adminPort; }
    QTableWidget *authTable() const { return m_auth; }
    QLabel *problemsLabel() const { return m_problems; }
    SecuritySettingsBox *securityBox() const { return m_security; }
    /// The certificate dialog "Check server certificate…" opened last (null when closed).
    CertificateDialog *certificateDialog() const;
    QTabWidget *tabs() const { return m_tabs; }

    void accept() override;

private:
    QWidget *buildConnectionForm();
    QWidget *buildAuthBox();
    SecuritySettingsBox *buildSecurityBox();
    void checkCertificate();
    void updateDefaultHost();
    void load(const ConnectionProfile &profile);
    void addAuthRow(const ProfileAuth &entry);
    void updateColorButton();
    void validateLive();
    QString unusedSecretKey() const;
    void collectSecrets();

    ConnectionProfile m_original;
    QStringList m_takenNames;
    QHash<QString, QByteArray> m_secrets;
    QString m_color;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_connect = nullptr;
    QSpinBox *m_sessionTimeout = nullptr;
    QSpinBox *m_connectTimeout = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QSpinBox *m_adminPort = nullptr;
    QComboBox *m_environment = nullptr;
    class QPushButton *m_colorButton = nullptr;
    QLineEdit *m_startPath = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTableWidget *m_auth = nullptr;
    QLabel *m_problems = nullptr;
    SecuritySettingsBox *m_security = nullptr;
    QPointer<CertificateDialog> m_certificateDialog;
    QTabWidget *m_tabs = nullptr;
};
