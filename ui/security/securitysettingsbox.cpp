#include "security/securitysettingsbox.h"

#include "theme/themecolors.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum MechanismPage { NonePage, DigestPage, KerberosPage };

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // paths and principals are the user's text
    label->setWordWrap(true);
    return label;
}

QLineEdit *passwordEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

QString SecuritySettingsBox::keyPasswordSecretKey() { return u"tls/keyPassword"_s; }
QString SecuritySettingsBox::saslPasswordSecretKey() { return u"sasl/password"_s; }

SecuritySettingsBox::SecuritySettingsBox(QWidget *parent)
    : QGroupBox(tr("TLS and SASL"), parent)
{
    auto *layout = new QVBoxLayout(this);
    m_unavailable = wrappedLabel({}, this);
    m_unavailable->hide();
    layout->addWidget(m_unavailable);
    layout->addWidget(buildTlsBox());
    layout->addWidget(buildSaslFields());
    layout->addWidget(wrappedLabel(tr("Use TLS or SASL, not both: the ZooKeeper 3.8 C client "
                                      "cannot run SASL over TLS (ZOOKEEPER-3482)."),
                                   this));
}

QLineEdit *SecuritySettingsBox::addFileRow(QFormLayout *form, const QString &label,
                                           const QString &filter)
{
    auto *edit = new QLineEdit(this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this, edit, label, filter] {
        const QString file = QFileDialog::getOpenFileName(this, label, edit->text(), filter);
        if (!file.isEmpty()) edit->setText(file);
    });
    connect(edit, &QLineEdit::textChanged, this, &SecuritySettingsBox::changed);
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    form->addRow(label, row);
    return edit;
}

QWidget *SecuritySettingsBox::buildTlsBox()
{
    m_tlsBox = new QGroupBox(tr("Encrypt with TLS"), this);
    m_tlsBox->setCheckable(true);
    m_tlsBox->setChecked(false);
    connect(m_tlsBox, &QGroupBox::toggled, this, &SecuritySettingsBox::changed);
    auto *form = new QFormLayout(m_tlsBox);
    const QString pem = tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)");
    m_caFile = addFileRow(form, tr("CA bundle:"), pem);
    m_certFile = addFileRow(form, tr("Client certificate:"), pem);
    m_keyFile = addFileRow(form, tr("Client key:"), pem);
    m_keyPassword = passwordEdit(m_tlsBox);
    form->addRow(tr("Key password:"), m_keyPassword);
    m_pin = new QLineEdit(m_tlsBox);
    m_pin->setPlaceholderText(tr("SHA-256 of a self-signed server certificate (optional)"));
    connect(m_pin, &QLineEdit::textChanged, this, &SecuritySettingsBox::changed);
    form->addRow(tr("Pinned certificate:"), m_pin);
    m_checkCertificate = new QPushButton(tr("Check server certificate…"), m_tlsBox);
    connect(m_checkCertificate, &QPushButton::clicked, this,
            &SecuritySettingsBox::checkCertificateRequested);
    form->addRow(QString(), m_checkCertificate);
    return m_tlsBox;
}

QWidget *SecuritySettingsBox::buildSaslFields()
{
    auto *holder = new QWidget(this);
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    m_mechanism = new QComboBox(holder);
    m_mechanism->addItem(tr("No SASL"), QString());
    m_mechanism->addItem(tr("DIGEST-MD5 (user and password)"), u"DIGEST-MD5"_s);
    m_mechanism->addItem(tr("Kerberos (GSSAPI, your kinit ticket)"), u"GSSAPI"_s);
    auto *row = new QFormLayout;
    row->addRow(tr("SASL:"), m_mechanism);
    layout->addLayout(row);
    m_mechanismPages = new QStackedWidget(holder);
    m_mechanismPages->addWidget(new QWidget(m_mechanismPages));
    m_mechanismPages->addWidget(buildDigestPage());
    m_mechanismPages->addWidget(buildKerberosPage());
    layout->addWidget(m_mechanismPages);
    connect(m_mechanism, &QComboBox::currentIndexChanged, this, [this] {
        updateMechanism();
        emit changed();
    });
    return holder;
}

QWidget *SecuritySettingsBox::buildDigestPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_user = new QLineEdit(page);
    connect(m_user, &QLineEdit::textChanged, this, &SecuritySettingsBox::changed);
    m_password = passwordEdit(page);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);
    return page;
}

QWidget *SecuritySettingsBox::buildKerberosPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_service = new QLineEdit(u"zookeeper"_s, page);
    m_host = new QLineEdit(page);
    m_realm = new QLineEdit(page);
    m_realm->setPlaceholderText(tr("the ticket's own realm"));
    for (QLineEdit *edit : {m_service, m_host, m_realm})
        connect(edit, &QLineEdit::textChanged, this, &SecuritySettingsBox::changed);
    form->addRow(tr("Service name:"), m_service);
    form->addRow(tr("Server host name:"), m_host);
    form->addRow(tr("Realm:"), m_realm);
    m_kerberos = wrappedLabel({}, page);
    m_kerberos->setObjectName(u"kerberosStatus"_s);
    // The status takes two lines (principal and expiry, then the service ticket); a wrapped
    // label in a form row does not ask for its height by itself.
    m_kerberos->setMinimumHeight(3 * m_kerberos->fontMetrics().lineSpacing());
    auto *check = new QPushButton(tr("Check ticket"), page);
    connect(check, &QPushButton::clicked, this, &SecuritySettingsBox::checkKerberos);
    auto *status = new QHBoxLayout;
    status->addWidget(m_kerberos, 1);
    status->addWidget(check);
    form->addRow(tr("Ticket:"), status);
    return page;
}

void SecuritySettingsBox::setAvailability(bool tls, bool sasl, const QString &whyNot)
{
    m_unavailable->setText(whyNot);
    m_unavailable->setVisible(!whyNot.isEmpty());
    m_tlsBox->setEnabled(tls);
    m_mechanism->setEnabled(sasl);
    m_mechanismPages->setEnabled(sasl);
}

void SecuritySettingsBox::load(const ProfileTls &tls, const ProfileSasl &sasl,
                               const QStringList &storedSecrets)
{
    m_loadedTls = tls;
    m_loadedSasl = sasl;
    m_storedSecrets = storedSecrets;
    m_tlsBox->setChecked(tls.enabled);
    m_caFile->setText(tls.caFile);
    m_certFile->setText(tls.certFile);
    m_keyFile->setText(tls.keyFile);
    m_pin->setText(tls.pinnedSha256);
    const QString unchanged = tr("unchanged (in the keychain)");
    m_keyPassword->setPlaceholderText(storedSecrets.contains(keyPasswordSecretKey()) ? unchanged
                                                                                     : tr("none"));
    m_password->setPlaceholderText(
        storedSecrets.contains(saslPasswordSecretKey()) ? unchanged : tr("required"));
    m_mechanism->setCurrentIndex(qMax(0, m_mechanism->findData(sasl.mechanism)));
    m_user->setText(sasl.user);
    m_service->setText(sasl.service.isEmpty() ? u"zookeeper"_s : sasl.service);
    m_host->setText(sasl.host);
    m_realm->setText(sasl.realm);
    updateMechanism();
}

void SecuritySettingsBox::setDefaultHost(const QString &host)
{
    m_defaultHost = host;
    m_host->setPlaceholderText(host.isEmpty() ? tr("the first server's name") : host);
}

ProfileTls SecuritySettingsBox::tls() const
{
    ProfileTls t = m_loadedTls;
    t.enabled = m_tlsBox->isChecked();
    t.caFile = m_caFile->text().trimmed();
    t.certFile = m_certFile->text().trimmed();
    t.keyFile = m_keyFile->text().trimmed();
    t.pinnedSha256 = m_pin->text().remove(u':').remove(u' ').trimmed().toUpper();
    const bool hasPassword =
        !m_keyPassword->text().isEmpty() || m_storedSecrets.contains(keyPasswordSecretKey());
    t.keyPasswordKey = hasPassword && !t.keyFile.isEmpty() ? keyPasswordSecretKey() : QString();
    return t;
}

ProfileSasl SecuritySettingsBox::sasl() const
{
    ProfileSasl s = m_loadedSasl;
    s.mechanism = m_mechanism->currentData().toString();
    s.user = m_user->text().trimmed();
    s.service = m_service->text().trimmed();
    s.host = m_host->text().trimmed();
    s.realm = m_realm->text().trimmed();
    s.passwordKey = s.mechanism == u"DIGEST-MD5"_s ? saslPasswordSecretKey() : QString();
    return s;
}

QHash<QString, QByteArray> SecuritySettingsBox::takeSecrets()
{
    QHash<QString, QByteArray> secrets;
    if (!m_keyPassword->text().isEmpty())
        secrets.insert(keyPasswordSecretKey(), m_keyPassword->text().toUtf8());
    if (!m_password->text().isEmpty())
        secrets.insert(saslPasswordSecretKey(), m_password->text().toUtf8());
    m_keyPassword->clear(); // the fields' copies go now; the caller wipes its own
    m_password->clear();
    return secrets;
}

QString SecuritySettingsBox::missingSecret() const
{
    if (m_mechanism->currentData().toString() == u"DIGEST-MD5"_s && m_password->text().isEmpty()
        && !m_storedSecrets.contains(saslPasswordSecretKey()))
        return tr("SASL DIGEST-MD5 needs the password of %1.").arg(m_user->text().trimmed());
    return {};
}

void SecuritySettingsBox::updateMechanism()
{
    const QString mechanism = m_mechanism->currentData().toString();
    m_mechanismPages->setCurrentIndex(mechanism == u"DIGEST-MD5"_s   ? DigestPage
                                          : mechanism == u"GSSAPI"_s ? KerberosPage
                                                                     : NonePage);
    if (mechanism == u"GSSAPI"_s && m_kerberos->text().isEmpty()) checkKerberos();
}

void SecuritySettingsBox::checkKerberos()
{
    const int generation = ++m_kerberosGeneration; // a newer check wins
    m_kerberos->setStyleSheet({});
    m_kerberos->setText(tr("Looking at the ticket cache…"));
    const QString host = m_host->text().trimmed().isEmpty() ? m_defaultHost : m_host->text();
    KerberosTicket::checkAsync(this, m_service->text().trimmed(), host.trimmed(),
                               m_realm->text().trimmed(),
                               [this, generation](const KerberosStatus &status) {
                                   if (generation == m_kerberosGeneration)
                                       showKerberosStatus(status);
                               });
}

void SecuritySettingsBox::showKerberosStatus(const KerberosStatus &status)
{
    if (status.usable()) {
        m_kerberos->setStyleSheet({});
        m_kerberos->setText(tr("%1, valid until %2; the KDC issued %3.")
                                .arg(status.principal,
                                     QLocale().toString(status.expires, QLocale::ShortFormat),
                                     status.servicePrincipal));
        return;
    }
    m_kerberos->setStyleSheet(ThemeColors::errorTextStyle(palette()));
    m_kerberos->setText(status.principal.isEmpty()
                            ? status.problem
                            : tr("%1: %2").arg(status.principal, status.problem));
}

QByteArray SecuritySettingsBox::typedKeyPassword() const { return m_keyPassword->text().toUtf8(); }

void SecuritySettingsBox::setPin(const QString &sha256)
{
    m_pin->setText(sha256);
    emit changed();
}
