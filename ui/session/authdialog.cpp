#include "session/authdialog.h"

#include "theme/themecolors.h"

#include "util/displaytext.h"
#include "util/secret.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AuthDialog::AuthDialog(const QString &connection, const QList<ZkAuthEntry> &entries,
                       QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
{
    setWindowTitle(
        tr("Authentication for %1")
            .arg(connection.isEmpty() ? tr("this connection") : DisplayText::shown(connection)));
    auto *intro = new QLabel(tr("Sent with addauth after every connect and on every new session. "
                                "A wrong digest password is not reported at login: it shows up "
                                "as \"not authorised\" on the first protected node. Credentials "
                                "are kept in memory only, until zkdesk quits."),
                             this);
    intro->setWordWrap(true);
    // zkdesk connects without TLS: say so where the password is typed.
    auto *plaintext = new QLabel(tr("This connection is not encrypted (no TLS): the credentials "
                                    "travel in clear text, readable by anyone on the network "
                                    "path. Use them only on a network you trust."),
                                 this);
    plaintext->setObjectName(u"authPlaintextWarning"_s);
    plaintext->setWordWrap(true);
    ThemeColors::markAsError(plaintext);
    createInputs();

    auto *form = new QFormLayout;
    form->addRow(tr("Scheme:"), m_scheme);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_secretLabel, m_secret);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_remove);
    row->addWidget(m_add);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(plaintext);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addLayout(row);
    layout->addWidget(box);

    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scheme, &QComboBox::currentTextChanged, this, &AuthDialog::updateInputs);
    connect(m_user, &QLineEdit::textChanged, this, &AuthDialog::updateInputs);
    connect(m_secret, &QLineEdit::textChanged, this, &AuthDialog::updateInputs);
    connect(m_list, &QListWidget::currentRowChanged, this, &AuthDialog::updateInputs);
    connect(m_add, &QPushButton::clicked, this, &AuthDialog::addEntry);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_entries.size()) {
            Secret::wipe(m_entries[row].credentials);
            m_entries.removeAt(row);
        }
        refresh();
    });
    refresh();
}

void AuthDialog::createInputs()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(u"authList"_s);
    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(u"authScheme"_s);
    m_scheme->setEditable(true);
    m_scheme->addItems({u"digest"_s, u"sasl"_s, u"x509"_s});
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"authUser"_s);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"authSecret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(u"authAdd"_s);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"authRemove"_s);
    m_userLabel = new QLabel(this);
    m_secretLabel = new QLabel(this);
}

void AuthDialog::addEntry()
{
    const QString scheme = m_scheme->currentText().trimmed();
    QString typed =
        scheme == u"digest" ? m_user->text() + u':' + m_secret->text() : m_secret->text();
    m_entries.append({scheme, typed.toUtf8()});
    Secret::wipe(typed);
    m_user->clear();
    m_secret->clear(); // never shown again
    refresh();
}

void AuthDialog::refresh()
{
    m_list->clear();
    for (const ZkAuthEntry &e : std::as_const(m_entries)) m_list->addItem(e.displayName());
    updateInputs();
}

void AuthDialog::updateInputs()
{
    const bool digest = m_scheme->currentText().trimmed() == u"digest";
    m_userLabel->setText(digest ? tr("User:") : tr("(unused)"));
    m_user->setVisible(digest);
    m_userLabel->setVisible(digest);
    m_secretLabel->setText(digest ? tr("Password:") : tr("Credentials:"));
    const QString scheme = m_scheme->currentText().trimmed();
    const bool ok = !scheme.isEmpty() && !scheme.contains(u' ')
        && (digest ? !m_user->text().isEmpty() && !m_user->text().contains(u':')
                   : !m_secret->text().isEmpty());
    m_add->setEnabled(ok);
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

AuthDialog::~AuthDialog()
{
    // Whoever needs the entries took a copy (shared, so not wiped here); the rest goes.
    for (ZkAuthEntry &e : m_entries) Secret::wipe(e.credentials);
}

void AuthDialog::done(int result)
{
    m_secret->clear();
    QDialog::done(result);
}
