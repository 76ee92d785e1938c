#pragma once

#include "util/statusmessage.h"

#include "sandbox/sandboxflavour.h"
#include "zk/zkerror.h"
#include "zk/zksession.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>

class DemoData;
class SaveHistory;
class SandboxServer;
class ZNodeTreeModel;

/// Owns what a window shows but must not own itself: the session, the tree model and, for
/// `--sandbox`, the local server and its demo data. ConnectionView stays a view over it; tests can
/// drive the same object the window uses.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    explicit AppController(QObject *parent = nullptr);
    /// Closes the session before the sandbox goes away, so the C client does not spend its
    /// last seconds reconnecting to a stopped server.
    ~AppController() override;

    ZkSession *session() const { return m_session; }
    ZNodeTreeModel *model() const { return m_model; }
    /// Undo/redo of the data saves of the current session (cleared on a new connection).
    SaveHistory *saveHistory() const { return m_history; }
    /// The normalised form of the string the session was opened with ("" when never opened).
    QString connectionDisplayString() const { return m_display; }
    bool isSandbox() const;

    /// Validates `text` (ConnectionString) and opens a new session; an open one is closed first.
    /// A malformed string returns the validation error and sends nothing.
    ZkError connectTo(const QString &text, bool readOnly);
    /// The same with every session option given (a saved profile: timeouts, auth, read-only).
    ZkError connectWith(const SessionOptions &options);
    void disconnectFromServer();
    /// A production profile's session, unlocked by the user: writes are allowed until the next
    /// connection (which opens read-only again).
    void setWritesUnlocked();
    /// Auth entries for the next connectTo() (sent after connecting, replayed on new sessions).
    void setAuth(const QList<ZkAuthEntry> &auth) { m_auth = auth; }
    /// A view saved earlier (a profile's last one): the next new session's tree expands these
    /// paths and selects `selected` where they still exist, instead of showing only the root.
    void setViewToRestore(const QStringList &expanded, const QString &selected);

    /// Starts a local ZooKeeper server, connects to it and fills it with the demo tree. Emits
    /// sandboxConnectString() once the server is up and treeReady() once the data is in. With
    /// TLS or SASL (`zkdesk --sandbox --tls`/`--sasl`) the server and the session use them.
    void startSandbox(SandboxFlavour::Kind kind = SandboxFlavour::Kind::Plain);
    /// "authentication failed: the server rejected the credentials for scheme X".
    static QString authFailureText(const QList<ZkAuthEntry> &auth);

signals:
    void sessionStateChanged(SessionState state);
    /// The model was reset for a new session: the root row exists now.
    void treeReady();
    /// A line for the status bar; `error` ones are shown in red.
    void statusMessage(const StatusMessage &message);
    void sandboxConnectString(const QString &connectString);
    void sandboxFailed(const QString &reason);

private:
    void onStateChanged(SessionState state);
    void populateDemoData();
    void launchSandbox(const SandboxSecurity &security);

    ZkSession *m_session = nullptr;    // Owned (QObject child).
    ZNodeTreeModel *m_model = nullptr; // Owned (QObject child).
    SaveHistory *m_history = nullptr;  // Owned (QObject child).
    QPointer<SandboxServer> m_sandbox; // Owned (QObject child), only with startSandbox().
    QPointer<DemoData> m_demo;         // Owned (QObject child), while populating.
    std::unique_ptr<QTemporaryDir> m_sandboxCerts; // --sandbox --tls: the throwaway CA
    SessionOptions m_sandboxClient;                // its TLS/SASL settings for the session
    QString m_display;
    QList<ZkAuthEntry> m_auth;
    QStringList m_restoreExpanded;
    QString m_restoreSelected;
    bool m_reloadOnConnect = false; // a new session: reset the tree when it first connects
    bool m_populateOnConnect = false;
};
