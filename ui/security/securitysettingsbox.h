#pragma once

#include "profiles/connectionprofile.h"
#include "security/kerberosticket.h"

#include <QByteArray>
#include <QGroupBox>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

/// The TLS and SASL part of the profile editor. TLS: CA bundle, optional client certificate,
/// key and key password, a pinned certificate fingerprint. SASL: DIGEST-MD5 (user, password) or
/// GSSAPI (service, server host, realm, and the Kerberos ticket found, or "run kinit"). TLS and
/// SASL together are refused with the reason (the 3.8 C client cannot). Passwords typed here go
/// to secrets() for the keychain, never into the profile; an empty field keeps a stored one.
class SecuritySettingsBox final : public QGroupBox
{
    Q_OBJECT

public:
    /// Keychain keys of the two secrets, under the profile's id.
    static QString keyPasswordSecretKey();
    static QString saslPasswordSecretKey();

    explicit SecuritySettingsBox(QWidget *parent = nullptr);

    /// Whether this build's C client has TLS and SASL; when not, the box is disabled and
    /// `whyNot` says so (settings already in the profile are kept).
    void setAvailability(bool tls, bool sasl, const QString &whyNot);
    /// `storedSecrets`: the secret keys that already have a keychain entry.
    void load(const ProfileTls &tls, const ProfileSasl &sasl, const QStringList &storedSecrets);
    /// The host GSSAPI uses when the profile leaves it empty (the first server's name).
    void setDefaultHost(const QString &host);

    ProfileTls tls() const;
    ProfileSasl sasl() const;
    /// Passwords typed now, by keychain key; taking them clears the fields.
    QHash<QString, QByteArray> takeSecrets();
    /// The key password as typed now (empty when not typed: it may be in the keychain).
    QByteArray typedKeyPassword() const;
    /// Sets the pinned fingerprint (from the certificate dialog).
    void setPin(const QString &sha256);
    /// A DIGEST-MD5 profile without a stored or typed password.
    QString missingSecret() const;

    QLineEdit *caFileEdit() const { return m_caFile; }
    QComboBox *mechanismCombo() const { return m_mechanism; }
    QLabel *kerberosLabel() const { return m_kerberos; }
    QPushButton *checkCertificateButton() const { return m_checkCertificate; }
    QLineEdit *pinEdit() const { return m_pin; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *saslPasswordEdit() const { return m_password; }

public slots:
    /// Looks at the Kerberos ticket cache and asks the KDC for the service ticket (off the GUI
    /// thread); the result shows under the GSSAPI fields.
    void checkKerberos();

signals:
    void changed();
    /// "Check server certificate…": the dialog runs the TLS pre-flight with tls().
    void checkCertificateRequested();

private:
    QWidget *buildTlsBox();
    QWidget *buildSaslFields();
    QWidget *buildDigestPage();
    QWidget *buildKerberosPage();
    QLineEdit *addFileRow(class QFormLayout *form, const QString &label, const QString &filter);
    void showKerberosStatus(const KerberosStatus &status);
    void updateMechanism();

    QLabel *m_unavailable = nullptr;
    QGroupBox *m_tlsBox = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_certFile = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QLineEdit *m_keyPassword = nullptr;
    QLineEdit *m_pin = nullptr;
    QPushButton *m_checkCertificate = nullptr;
    QComboBox *m_mechanism = nullptr;
    QStackedWidget *m_mechanismPages = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_service = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_realm = nullptr;
    QLabel *m_kerberos = nullptr;
    QString m_defaultHost;
    ProfileTls m_loadedTls;
    ProfileSasl m_loadedSasl;
    QStringList m_storedSecrets;
    int m_kerberosGeneration = 0;
};
