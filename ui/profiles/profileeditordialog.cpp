#include "profiles/profileeditordialog.h"

#include "security/certificatedialog.h"
#include "zk/zkclientinfo.h"

#include "security/securitysettingsbox.h"
#include "theme/themecolors.h"
#include "zk/connectionstring.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum AuthColumn { SchemeColumn, IdentityColumn, SecretColumn };

constexpr ProfileEnvironment kEnvironments[] = {
    ProfileEnvironment::None, ProfileEnvironment::Development, ProfileEnvironment::Testing,
    ProfileEnvironment::Staging, ProfileEnvironment::Production};

QSpinBox *secondsBox(int ms)
{
    auto *box = new QSpinBox;
    box->setRange(1, 600);
    box->setSuffix(QObject::tr(" s"));
    box->setValue(ms / 1000);
    return box;
}

void wipe(QByteArray &bytes) { bytes.fill('\0'); }

} // namespace

ProfileEditorDialog::ProfileEditorDialog(const ConnectionProfile &profile,
                                         const QStringList &takenNames, QWidget *parent)
    : QDialog(parent)
    , m_original(profile)
    , m_takenNames(takenNames)
{
    setWindowTitle(tr("Connection"));
    auto *layout = new QVBoxLayout(this);
    // Tabs keep the dialog a laptop screen high with the TLS and SASL fields in it.
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildConnectionForm(), tr("Connection"));
    m_tabs->addTab(buildAuthBox(), tr("Authentication"));
    m_tabs->addTab(buildSecurityBox(), tr("TLS and SASL"));
    layout->addWidget(m_tabs);
    m_problems = new QLabel(this);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    ThemeColors::markAsError(m_problems);
    layout->addWidget(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileEditorDialog::reject);
    layout->addWidget(buttons);
    load(profile);
    connect(m_name, &QLineEdit::textChanged, this, &ProfileEditorDialog::validateLive);
    connect(m_connect, &QLineEdit::textChanged, this, &ProfileEditorDialog::validateLive);
    connect(m_connect, &QLineEdit::textChanged, this, &ProfileEditorDialog::updateDefaultHost);
    resize(620, sizeHint().height());
}

ProfileEditorDialog::~ProfileEditorDialog()
{
    for (QByteArray &secret : m_secrets) wipe(secret);
}

QWidget *ProfileEditorDialog::buildConnectionForm()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(box);
    m_connect = new QLineEdit(box);
    m_connect->setPlaceholderText(QStringLiteral("zk1:2181,zk2:2181,zk3:2181/chroot"));
    m_sessionTimeout = secondsBox(30000);
    m_connectTimeout = secondsBox(10000);
    m_readOnly = new QCheckBox(tr("Refuse every write on this connection"), box);
    m_adminPort = new QSpinBox(box);
    m_adminPort->setRange(0, 65535);
    m_adminPort->setSpecialValueText(tr("off (four-letter words only)"));
    m_adminPort->setToolTip(tr("The HTTP port of the servers' AdminServer (admin.serverPort, "
                               "8080 by default), read by the dashboard. 0 turns it off."));
    m_environment = new QComboBox(box);
    for (ProfileEnvironment environment : kEnvironments)
        m_environment->addItem(environmentLabel(environment), int(environment));
    m_environment->setToolTip(tr("A production connection opens read-only until you unlock "
                                 "writes for the session."));
    m_colorButton = new QPushButton(box);
    connect(m_colorButton, &QPushButton::clicked, this, [this] {
        const QColor chosen = QColorDialog::getColor(QColor(m_color), this, tr("Band colour"));
        if (chosen.isValid()) m_color = chosen.name();
        updateColorButton();
    });
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        m_color.clear(); // back to the environment's own colour
        updateColorButton();
    });
    auto *envRow = new QHBoxLayout;
    envRow->addWidget(m_environment, 1);
    envRow->addWidget(m_colorButton);
    m_startPath = new QLineEdit(box);
    m_startPath->setPlaceholderText(QStringLiteral("/"));
    m_notes = new QPlainTextEdit(box);
    m_notes->setMaximumHeight(70);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Servers:"), m_connect);
    form->addRow(tr("Session timeout:"), m_sessionTimeout);
    form->addRow(tr("Connect timeout:"), m_connectTimeout);
    form->addRow(tr("Read-only:"), m_readOnly);
    form->addRow(tr("AdminServer port:"), m_adminPort);
    form->addRow(tr("Environment:"), envRow);
    form->addRow(tr("Start path:"), m_startPath);
    form->addRow(tr("Notes:"), m_notes);
    return box;
}

QWidget *ProfileEditorDialog::buildAuthBox()
{
    auto *box = new QGroupBox(tr("Authentication (addauth after every connect)"), this);
    auto *layout = new QVBoxLayout(box);
    m_auth = new QTableWidget(0, 3, box);
    m_auth->setHorizontalHeaderLabels({tr("Scheme"), tr("User"), tr("Password / credential")});
    m_auth->horizontalHeader()->setStretchLastSection(true);
    m_auth->verticalHeader()->hide();
    m_auth->setMaximumHeight(110);
    layout->addWidget(m_auth);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"), box);
    auto *remove = new QPushButton(tr("Remove"), box);
    connect(add, &QPushButton::clicked, this, [this] {
        addAuthRow({QStringLiteral("digest"), {}, {}});
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_auth->currentRow() >= 0) m_auth->removeRow(m_auth->currentRow());
    });
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *note = new QLabel(tr("Passwords go to the system keychain, never to a file."), box);
    note->setTextFormat(Qt::PlainText);
    buttons->addWidget(note);
    layout->addLayout(buttons);
    return box;
}

SecuritySettingsBox *ProfileEditorDialog::buildSecurityBox()
{
    m_security = new SecuritySettingsBox(this);
    // With Debian's C client (-DZKDESK_SYSTEM_ZKCLIENT=ON) the settings cannot be used: shown as
    // unavailable with the reason rather than silently ignored.
    m_security->setAvailability(ZkClientInfo::hasTls(), ZkClientInfo::hasSasl(),
                                ZkClientInfo::unavailableReason());
    connect(m_security, &SecuritySettingsBox::changed, this, &ProfileEditorDialog::validateLive);
    connect(m_security, &SecuritySettingsBox::checkCertificateRequested, this,
            &ProfileEditorDialog::checkCertificate);
    return m_security;
}

CertificateDialog *ProfileEditorDialog::certificateDialog() const { return m_certificateDialog; }

void ProfileEditorDialog::checkCertificate()
{
    QString why;
    const ConnectionString parsed = ConnectionString::parse(m_connect->text().trimmed(), &why);
    if (!parsed.isValid()) {
        QMessageBox::warning(this, tr("Server Certificate"),
                             tr("The connection string is not valid: %1").arg(why));
        return;
    }
    const ProfileTls t = m_security->tls();
    ZkTlsSettings settings;
    settings.enabled = true;
    settings.caFile = t.caFile;
    settings.certFile = t.certFile;
    settings.keyFile = t.keyFile;
    settings.keyPassword = m_security->typedKeyPassword();
    settings.pinnedSha256 = t.pinnedSha256;
    auto *dialog = new CertificateDialog(parsed.hosts, settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CertificateDialog::pinRequested, m_security, &SecuritySettingsBox::setPin);
    m_certificateDialog = dialog;
    dialog->open();
}

void ProfileEditorDialog::load(const ConnectionProfile &p)
{
    m_name->setText(p.name);
    m_connect->setText(p.connectString);
    m_sessionTimeout->setValue(p.sessionTimeoutMs / 1000);
    m_connectTimeout->setValue(p.connectTimeoutMs / 1000);
    m_readOnly->setChecked(p.readOnly);
    m_adminPort->setValue(p.adminPort);
    m_environment->setCurrentIndex(m_environment->findData(int(p.environment)));
    m_color = p.color;
    updateColorButton();
    m_startPath->setText(p.startPath);
    m_notes->setPlainText(p.notes);
    for (const ProfileAuth &entry : p.auth) addAuthRow(entry);
    QStringList stored;
    if (!p.tls.keyPasswordKey.isEmpty()) stored << p.tls.keyPasswordKey;
    if (!p.sasl.passwordKey.isEmpty()) stored << p.sasl.passwordKey;
    m_security->load(p.tls, p.sasl, stored);
    updateDefaultHost();
}

void ProfileEditorDialog::updateDefaultHost()
{
    const ConnectionString parsed = ConnectionString::parse(m_connect->text().trimmed());
    m_security->setDefaultHost(parsed.isValid() ? parsed.hosts.first().host : QString());
}

void ProfileEditorDialog::addAuthRow(const ProfileAuth &entry)
{
    const int row = m_auth->rowCount();
    m_auth->insertRow(row);
    auto *scheme = new QComboBox(m_auth);
    scheme->setEditable(true);
    scheme->addItems({QStringLiteral("digest"), QStringLiteral("x509"), QStringLiteral("sasl")});
    scheme->setCurrentText(entry.scheme);
    m_auth->setCellWidget(row, SchemeColumn, scheme);
    m_auth->setItem(row, IdentityColumn, new QTableWidgetItem(entry.identity));
    auto *secret = new QLineEdit(m_auth);
    secret->setEchoMode(QLineEdit::Password);
    // Each row keeps its keychain key for life, so removing or adding rows never mixes up
    // whose password is whose; "stored" says a secret exists already for that key.
    const bool stored = !entry.secretKey.isEmpty();
    secret->setProperty("secretKey", stored ? entry.secretKey : unusedSecretKey());
    secret->setProperty("stored", stored);
    secret->setPlaceholderText(stored ? tr("unchanged (in the keychain)") : tr("required"));
    m_auth->setCellWidget(row, SecretColumn, secret);
}

void ProfileEditorDialog::updateColorButton()
{
    const ProfileEnvironment environment = ProfileEnvironment(m_environment->currentData().toInt());
    const QString color = m_color.isEmpty() ? environmentDefaultColor(environment) : m_color;
    QPixmap swatch(16, 16);
    swatch.fill(color.isEmpty() ? QColor(Qt::transparent) : QColor(color));
    m_colorButton->setIcon(QIcon(swatch));
    m_colorButton->setText(color.isEmpty() ? tr("No colour") : tr("Colour…"));
}

ConnectionProfile ProfileEditorDialog::profile() const
{
    ConnectionProfile p = m_original;
    p.name = m_name->text().trimmed();
    p.connectString = m_connect->text().trimmed();
    p.sessionTimeoutMs = m_sessionTimeout->value() * 1000;
    p.connectTimeoutMs = m_connectTimeout->value() * 1000;
    p.readOnly = m_readOnly->isChecked();
    p.adminPort = m_adminPort->value();
    p.environment = ProfileEnvironment(m_environment->currentData().toInt());
    p.color = m_color;
    p.startPath = m_startPath->text().trimmed();
    p.notes = m_notes->toPlainText();
    p.tls = m_security->tls();
    p.sasl = m_security->sasl();
    p.auth.clear();
    for (int row = 0; row < m_auth->rowCount(); ++row) {
        const auto *scheme = qobject_cast<QComboBox *>(m_auth->cellWidget(row, SchemeColumn));
        const QTableWidgetItem *identity = m_auth->item(row, IdentityColumn);
        const QWidget *secret = m_auth->cellWidget(row, SecretColumn);
        p.auth.append({scheme->currentText().trimmed(),
                       identity ? identity->text().trimmed() : QString(),
                       secret->property("secretKey").toString()});
    }
    return p;
}

void ProfileEditorDialog::validateLive()
{
    QStringList problems = profile().validate();
    if (m_takenNames.contains(m_name->text().trimmed(), Qt::CaseInsensitive))
        problems << tr("Another connection is called \"%1\": pick another name.")
                        .arg(m_name->text().trimmed());
    m_problems->setText(problems.join(u'\n'));
}

QString ProfileEditorDialog::unusedSecretKey() const
{
    QStringList used;
    for (int row = 0; row < m_auth->rowCount(); ++row)
        if (const QWidget *secret = m_auth->cellWidget(row, SecretColumn))
            used << secret->property("secretKey").toString();
    for (const ProfileAuth &entry : m_original.auth) used << entry.secretKey;
    for (int n = 0;; ++n)
        if (!used.contains(QStringLiteral("auth/%1").arg(n)))
            return QStringLiteral("auth/%1").arg(n);
}

void ProfileEditorDialog::collectSecrets()
{
    m_secrets.clear();
    for (int row = 0; row < m_auth->rowCount(); ++row) {
        auto *edit = qobject_cast<QLineEdit *>(m_auth->cellWidget(row, SecretColumn));
        if (edit->text().isEmpty()) continue;
        const auto *scheme = qobject_cast<QComboBox *>(m_auth->cellWidget(row, SchemeColumn));
        const QTableWidgetItem *user = m_auth->item(row, IdentityColumn);
        const QByteArray typed = edit->text().toUtf8();
        // Digest credentials are "user:password", as zoo_add_auth takes them.
        m_secrets.insert(edit->property("secretKey").toString(),
                         scheme->currentText().trimmed() == QLatin1String("digest")
                             ? (user ? user->text().trimmed() : QString()).toUtf8() + ':' + typed
                             : typed);
        edit->clear(); // the line edit's copy goes now; ours is wiped with the dialog
    }
    m_secrets.insert(m_security->takeSecrets());
}

void ProfileEditorDialog::accept()
{
    validateLive();
    QStringList missing;
    for (int row = 0; row < m_auth->rowCount(); ++row) {
        auto *edit = qobject_cast<QLineEdit *>(m_auth->cellWidget(row, SecretColumn));
        if (edit->text().isEmpty() && !edit->property("stored").toBool())
            missing << tr("Auth entry %1 needs its password or credential.").arg(row + 1);
    }
    if (const QString secret = m_security->missingSecret(); !secret.isEmpty()) missing << secret;
    if (!missing.isEmpty())
        m_problems->setText((QStringList{m_problems->text()} + missing).join(u'\n').trimmed());
    if (!m_problems->text().isEmpty()) return;
    collectSecrets();
    QDialog::accept();
}
