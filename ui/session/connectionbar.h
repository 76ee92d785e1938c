#pragma once

#include "zk/zksession.h"

#include <QHash>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;

/// The connection row: an editable combo with the recent connection strings (QSettings), a live
/// validation hint, a "read-only connection" box and the Connect/Disconnect actions.
///
/// Connect stays disabled while the text does not parse, and the reason is shown next to the
/// combo as the user types, so a typo never reaches the C client (which would just retry a
/// wrong host forever).
class ConnectionBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBar)

public:
    static constexpr int kMaxRecent = 10;

    explicit ConnectionBar(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    bool readOnly() const;
    void setReadOnly(bool readOnly);
    /// Empty when the current text is a valid connection string.
    QString validationError() const { return m_error; }

    QAction *connectAction() const { return m_connectAction; }
    QAction *disconnectAction() const { return m_disconnectAction; }
    QComboBox *combo() const { return m_combo; }
    QLabel *hintLabel() const { return m_hint; }
    QAction *authAction() const { return m_authAction; }

    /// The auth entries for the connection string in the box (AuthDialog). In memory only:
    /// credentials are never written to QSettings.
    QList<ZkAuthEntry> authEntries() const { return m_auth.value(text()); }
    void setAuthEntries(const QString &connection, const QList<ZkAuthEntry> &entries);

    /// Puts `text` first in the recent list and stores it (also as the last used string).
    void remember(const QString &text);
    void setSessionState(SessionState state);

signals:
    void connectRequested(const QString &text, bool readOnly);
    void disconnectRequested();

private:
    void createFields();
    void createActions();
    void validate();
    void loadRecent();

    QComboBox *m_combo = nullptr;
    QLabel *m_hint = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_authAction = nullptr;
    QHash<QString, QList<ZkAuthEntry>> m_auth; // by connection string, this run only
    QString m_error;
    SessionState m_state = SessionState::Closed;
};
