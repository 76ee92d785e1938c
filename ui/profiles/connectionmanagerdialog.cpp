#include "profiles/connectionmanagerdialog.h"

#include "profiles/connectiontester.h"
#include "profiles/profilecredentials.h"
#include "profiles/profileeditordialog.h"
#include "profiles/profileimport.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "tree/naturalsort.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QIcon swatch(const QString &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color.isEmpty() ? QColor(Qt::transparent) : QColor(color));
    return QIcon(pixmap);
}

} // namespace

ConnectionManagerDialog::ConnectionManagerDialog(ProfileStore &profiles, SecretStore &secrets,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_tester(new ConnectionTester(this))
{
    setWindowTitle(tr("Connections"));
    auto *layout = new QGridLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::PlainText); // names, hosts and notes are the user's text
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumWidth(280);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_filter, 0, 0);
    layout->addWidget(m_list, 1, 0);
    layout->addWidget(m_details, 0, 1, 2, 1);
    layout->addWidget(buildButtons(), 2, 0, 1, 2);
    layout->addWidget(m_status, 3, 0, 1, 2);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { refresh(currentId()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionManagerDialog::showDetails);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        m_chosen = currentId();
        accept();
    });
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionManagerDialog::showTestResult);
    if (!m_secrets.keychainAvailable()) setStatus(m_secrets.unavailableReason());
    connect(&m_secrets, &SecretStore::keychainUnavailable, this,
            [this](const QString &reason) { setStatus(reason, true); });
    refresh();
    resize(720, 420);
}

ConnectionManagerDialog::~ConnectionManagerDialog() = default;

QWidget *ConnectionManagerDialog::buildButtons()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto button = [&](const QString &text, auto slot) {
        auto *b = new QPushButton(text, row);
        connect(b, &QPushButton::clicked, this, slot);
        layout->addWidget(b);
        return b;
    };
    button(tr("New…"), [this] { addProfile(); });
    button(tr("Edit…"), [this] { editProfile(currentId()); });
    button(tr("Duplicate"), [this] { duplicateProfile(currentId()); });
    button(tr("Delete…"), [this] { deleteProfile(currentId()); });
    m_test = button(tr("Test"), [this] { testProfile(currentId()); });
    button(tr("Import…"), [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import connections"), {},
            tr("Connection lists (*.cfg *.json *.history *.properties);;All files (*)"));
        if (!path.isEmpty()) importFile(path);
    });
    button(tr("Export…"), [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export connections"),
                                                          QStringLiteral("zkdesk-connections.json"),
                                                          tr("zkdesk connections (*.json)"));
        if (!path.isEmpty()) exportFile(path);
    });
    layout->addStretch();
    auto *connectButton = button(tr("Connect"), [this] {
        m_chosen = currentId();
        if (!m_chosen.isEmpty()) accept();
    });
    connectButton->setDefault(true);
    button(tr("Close"), [this] { reject(); });
    return row;
}

void ConnectionManagerDialog::refresh(const QString &select)
{
    QList<ConnectionProfile> shown;
    for (const ConnectionProfile &p : m_profiles.profiles())
        if (p.name.contains(m_filter->text(), Qt::CaseInsensitive)) shown.append(p);
    // The tree's natural order ("prod-9" before "prod-10"), whatever the locale's collator does.
    std::sort(shown.begin(), shown.end(),
              [](const ConnectionProfile &a, const ConnectionProfile &b) {
                  return naturalLess(a.name, b.name);
              });
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ConnectionProfile &p : shown) {
        auto *item = new QListWidgetItem(swatch(p.effectiveColor()), p.name, m_list);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.connectString);
        if (p.id == select) m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0) m_list->setCurrentRow(0);
    showDetails();
}

QString ConnectionManagerDialog::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ConnectionManagerDialog::showDetails()
{
    const ConnectionProfile *p = m_profiles.find(currentId());
    if (!p) {
        m_details->setText(m_profiles.profiles().isEmpty()
                               ? tr("No saved connections yet: New… or Import… adds one.")
                               : QString());
        return;
    }
    QStringList identities;
    for (const ProfileAuth &auth : p->auth)
        identities << (auth.identity.isEmpty() ? auth.scheme : auth.scheme + u':' + auth.identity);
    QStringList lines{p->name, p->connectString,
                      tr("Environment: %1").arg(environmentLabel(p->environment))};
    if (p->opensReadOnly()) lines << tr("Opens read-only");
    if (!identities.isEmpty()) lines << tr("Auth: %1").arg(identities.join(QStringLiteral(", ")));
    if (!p->startPath.isEmpty()) lines << tr("Start path: %1").arg(p->startPath);
    if (!p->notes.isEmpty()) lines << QString() << p->notes;
    m_details->setText(lines.join(u'\n'));
}

void ConnectionManagerDialog::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828") : QString());
    m_status->setText(text);
}

void ConnectionManagerDialog::persist()
{
    QString error;
    if (!m_profiles.save(&error)) setStatus(error, true);
}

void ConnectionManagerDialog::saveProfile(const ConnectionProfile &profile,
                                          const QHash<QString, QByteArray> &secrets)
{
    QString error;
    if (!m_profiles.upsert(profile, &error)) {
        setStatus(error, true);
        return;
    }
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        m_secrets.write(SecretStore::keyFor(profile.id, it.key()), it.value(),
                        [this](const QString &writeError) {
                            if (!writeError.isEmpty()) setStatus(writeError, true);
                        });
    }
    persist();
    refresh(profile.id);
}

void ConnectionManagerDialog::addProfile()
{
    QStringList names;
    for (const ConnectionProfile &p : m_profiles.profiles()) names << p.name;
    ProfileEditorDialog editor(
        ConnectionProfile::create(m_profiles.uniqueName(tr("New connection")),
                                  QStringLiteral("127.0.0.1:2181")),
        names, this);
    if (editor.exec() == QDialog::Accepted) saveProfile(editor.profile(), editor.secrets());
}

void ConnectionManagerDialog::editProfile(const QString &id)
{
    const ConnectionProfile *original = m_profiles.find(id);
    if (!original) return;
    QStringList names;
    for (const ConnectionProfile &p : m_profiles.profiles())
        if (p.id != id) names << p.name;
    ProfileEditorDialog editor(*original, names, this);
    if (editor.exec() != QDialog::Accepted) return;
    const ConnectionProfile edited = editor.profile();
    // Auth entries, a key password or a SASL password the user removed take their secrets.
    const QStringList keptKeys = edited.secretKeys();
    for (const QString &old : original->secretKeys())
        if (!keptKeys.contains(old)) m_secrets.remove(SecretStore::keyFor(id, old));
    saveProfile(edited, editor.secrets());
}

void ConnectionManagerDialog::duplicateProfile(const QString &id)
{
    const ConnectionProfile copy = m_profiles.duplicate(id);
    if (copy.id.isEmpty()) return;
    // The copy has its own keychain entries (same secret keys under its own id).
    for (const QString &secretKey : copy.secretKeys()) {
        const QString target = SecretStore::keyFor(copy.id, secretKey);
        m_secrets.read(SecretStore::keyFor(id, secretKey),
                       [this, target](std::optional<QByteArray> secret, const QString &) {
                           if (secret) m_secrets.write(target, *secret);
                       });
    }
    saveProfile(copy, {});
}

void ConnectionManagerDialog::deleteProfile(const QString &id, bool confirm)
{
    const ConnectionProfile *p = m_profiles.find(id);
    if (!p) return;
    if (confirm) {
        QMessageBox box(QMessageBox::Question, tr("Delete connection"),
                        tr("Delete the saved connection \"%1\" (%2) and its passwords in the "
                           "keychain? The cluster itself is not touched.")
                            .arg(p->name, p->connectString),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes) return;
    }
    for (const QString &secretKey : p->secretKeys())
        m_secrets.remove(SecretStore::keyFor(id, secretKey));
    m_profiles.remove(id);
    persist();
    refresh();
}

void ConnectionManagerDialog::testProfile(const QString &id)
{
    const ConnectionProfile *p = m_profiles.find(id);
    if (!p) return;
    setStatus(tr("Testing %1…").arg(p->connectString));
    m_test->setEnabled(false);
    const ConnectionProfile profile = *p;
    readProfileCredentials(
        m_secrets, profile, this, [this, profile](const ProfileCredentials &credentials) {
            m_tester->start(profile.toSessionOptions(credentials.found, credentials.tlsKeyPassword,
                                                     credentials.saslPassword));
        });
}

void ConnectionManagerDialog::showTestResult(const ConnectionTestResult &result)
{
    m_test->setEnabled(true);
    if (result.ok) {
        setStatus(tr("Connected to %1%2 in %3 ms; round trip %4 ms (best %5 ms). Disconnected.")
                      .arg(result.server,
                           result.readOnlyServer ? tr(" (read-only server)") : QString(),
                           QString::number(result.connectMs),
                           QString::number(result.latencyAvgMs, 'f', 2),
                           QString::number(result.latencyMinMs, 'f', 2)));
    } else {
        setStatus(tr("Test failed: %1").arg(result.error), true);
    }
    emit testFinished(result);
}

void ConnectionManagerDialog::mergeImport(const ProfileImport &imported)
{
    if (!imported.ok()) {
        setStatus(imported.error, true);
        return;
    }
    QString last;
    for (qsizetype i = 0; i < imported.profiles.size(); ++i) {
        ConnectionProfile p = imported.profiles[i];
        p.name = m_profiles.uniqueName(p.name);
        m_profiles.upsert(p);
        for (const ImportedSecret &secret : imported.secrets)
            if (secret.profileIndex == i)
                m_secrets.write(SecretStore::keyFor(p.id, secret.secretKey), secret.secret);
        last = p.id;
    }
    persist();
    refresh(last);
    QString report =
        tr("Imported %n connection(s) from %1.", nullptr, int(imported.profiles.size()))
            .arg(imported.format);
    if (!imported.skipped.isEmpty())
        report += u'\n' + tr("Not imported:") + u'\n' + imported.skipped.join(u'\n');
    setStatus(report, !imported.skipped.isEmpty());
}

void ConnectionManagerDialog::importFile(const QString &path)
{
    mergeImport(ProfileImporter::fromFile(path));
}

bool ConnectionManagerDialog::exportFile(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(ProfileImporter::toZkdeskJson(m_profiles.profiles())) < 0 || !file.commit()) {
        setStatus(tr("Could not write %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    setStatus(tr("Exported %n connection(s) to %1 (without passwords).", nullptr,
                 int(m_profiles.profiles().size()))
                  .arg(path));
    return true;
}
