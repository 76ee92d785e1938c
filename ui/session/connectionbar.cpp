#include "session/connectionbar.h"

#include "util/actionicons.h"

#include "theme/themecolors.h"

#include "session/authdialog.h"
#include "util/secret.h"
#include "util/servertext.h"
#include "zk/connectionstring.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
const QString kRecentKey = u"connection/recent"_s;
const QString kLastKey = u"connection/last"_s;
const QString kReadOnlyKey = u"connection/readOnly"_s;
} // namespace

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent)
{
    createFields();
    createActions();
    const auto button = [this](QAction *action, bool withText) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(action);
        if (withText) b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return b;
    };
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(new QLabel(tr("Server:"), this));
    layout->addWidget(m_combo, 2);
    layout->addWidget(button(m_connectAction, true));
    layout->addWidget(button(m_disconnectAction, true));
    layout->addWidget(m_readOnly);
    // With text: it names the identities in use ("Auth (digest:alice)…").
    layout->addWidget(button(m_authAction, true));
    layout->addWidget(m_hint, 3);

    connect(m_combo, &QComboBox::editTextChanged, this, &ConnectionBar::validate);
    connect(m_combo->lineEdit(), &QLineEdit::returnPressed, m_connectAction, &QAction::trigger);
    loadRecent();
    validate();
}

void ConnectionBar::createFields()
{
    m_combo = new QComboBox(this);
    setFocusProxy(m_combo); // "New Connection" focuses the bar: typing goes to the field
    m_combo->setObjectName(u"connectionCombo"_s);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert); // the list is ours: remember() fills it
    m_combo->setMinimumContentsLength(32);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->lineEdit()->setPlaceholderText(tr("host:port[,host:port…][/chroot]"));
    m_combo->setToolTip(tr("ZooKeeper connection string, e.g. zk1:2181,zk2:2181,zk3:2181/app"));

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"connectionHint"_s);
    ThemeColors::markAsError(m_hint);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ServerText::makePlain(m_hint);
    // A long message must not push the toolbar wider than the window; the tooltip has it all.
    m_hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_readOnly = new QCheckBox(tr("Read-only connection"), this);
    m_readOnly->setObjectName(u"readOnlyCheck"_s);
    m_readOnly->setToolTip(tr("zkdesk refuses every write on this connection"));
}

void ConnectionBar::createActions()
{
    m_connectAction =
        new QAction(ActionIcons::icon(u"media-playback-start"_s), tr("&Connect"), this);
    m_connectAction->setObjectName(u"connectAction"_s);
    m_disconnectAction =
        new QAction(ActionIcons::icon(u"media-playback-stop"_s), tr("&Disconnect"), this);
    m_disconnectAction->setObjectName(u"disconnectAction"_s);
    m_disconnectAction->setEnabled(false);

    m_authAction = new QAction(ActionIcons::icon(u"dialog-password"_s), tr("Auth…"), this);
    m_authAction->setObjectName(u"authAction"_s);
    m_authAction->setToolTip(tr("Credentials sent after connecting (digest user and password, "
                                "or another scheme)"));
    connect(m_authAction, &QAction::triggered, this, [this] {
        auto *dialog = new AuthDialog(text(), authEntries(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, connection = text()] {
            setAuthEntries(connection, dialog->entries());
        });
        dialog->open();
    });
    connect(m_connectAction, &QAction::triggered, this, [this] {
        if (m_error.isEmpty()) emit connectRequested(text(), readOnly());
    });
    connect(m_disconnectAction, &QAction::triggered, this, &ConnectionBar::disconnectRequested);
}

QString ConnectionBar::text() const { return m_combo->currentText().trimmed(); }

void ConnectionBar::setText(const QString &text)
{
    m_combo->setEditText(text);
    validate();
}

bool ConnectionBar::readOnly() const { return m_readOnly->isChecked(); }

void ConnectionBar::setReadOnly(bool readOnly) { m_readOnly->setChecked(readOnly); }

void ConnectionBar::remember(const QString &text)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(text);
    recent.prepend(text);
    while (recent.size() > kMaxRecent) recent.removeLast();
    settings.setValue(kRecentKey, recent);
    settings.setValue(kLastKey, text);
    settings.setValue(kReadOnlyKey, readOnly());

    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItems(recent);
    m_combo->setEditText(text);
}

void ConnectionBar::setAuthEntries(const QString &connection, const QList<ZkAuthEntry> &entries)
{
    // The replaced entries are wiped unless a session still shares them.
    for (ZkAuthEntry &old : m_auth[connection.trimmed()]) Secret::wipe(old.credentials);
    m_auth.insert(connection.trimmed(), entries);
    QStringList names;
    for (const ZkAuthEntry &e : entries) names << e.displayName();
    m_authAction->setText(entries.isEmpty()
                              ? tr("Auth…")
                              : tr("Auth (%1)…").arg(DisplayText::visible(names.join(u", "))));
}

void ConnectionBar::loadRecent()
{
    const QSettings settings;
    const QSignalBlocker blocker(m_combo);
    m_combo->addItems(settings.value(kRecentKey).toStringList());
    m_combo->setEditText(settings.value(kLastKey).toString());
    m_readOnly->setChecked(settings.value(kReadOnlyKey, false).toBool());
}

void ConnectionBar::setSessionState(SessionState state)
{
    m_state = state;
    m_disconnectAction->setEnabled(state != SessionState::Closed);
    validate();
}

void ConnectionBar::validate()
{
    const QString current = text();
    if (current.isEmpty()) {
        // Nothing typed yet is not an error worth shouting about.
        m_error = tr("enter a connection string");
        m_hint->clear();
    } else {
        ConnectionString::parse(current, &m_error);
        m_hint->setText(m_error);
    }
    m_hint->setToolTip(m_error);
    m_connectAction->setEnabled(m_error.isEmpty());
}
