#include "appcontroller.h"

#include "node/savehistory.h"
#include "sandbox/demodata.h"
#include "sandbox/sandboxserver.h"
#include "tree/znodetreemodel.h"
#include "zk/zkworkerpool.h"

#include <utility>

using namespace Qt::StringLiterals;

AppController::AppController(QObject *parent)
    : QObject(parent)
    , m_session(new ZkSession(this))
    , m_model(new ZNodeTreeModel(m_session, this))
    , m_history(new SaveHistory(m_session, this))
{
    connect(m_history, &SaveHistory::statusMessage, this, &AppController::statusMessage);
    connect(m_session, &ZkSession::stateChanged, this, &AppController::onStateChanged);
    connect(m_session, &ZkSession::connectFailed, this, [this](const ZkError &error) {
        emit statusMessage(StatusMessage::error(tr("Could not connect: %1").arg(error.toString())));
    });
    connect(m_model, &ZNodeTreeModel::loadFailed, this,
            [this](const QString &path, const ZkError &error) {
                emit statusMessage(
                    StatusMessage::error(tr("Could not load %1: %2").arg(path, error.message)));
            });
}

AppController::~AppController()
{
    // Order matters: the model holds the session, and the session must be closed before the
    // sandbox server goes away (SandboxServer's destructor stops it with a bounded wait).
    delete m_demo.data();
    delete m_model;
    m_session->close();
    delete m_session;
    delete m_sandbox.data();
}

bool AppController::isSandbox() const { return !m_sandbox.isNull(); }

ZkError AppController::connectTo(const QString &text, bool readOnly)
{
    // Connect again to a TLS or SASL sandbox from the connection bar: with its settings.
    const bool sandbox = m_sandbox && text.trimmed() == m_sandbox->connectString();
    SessionOptions options = sandbox ? m_sandboxClient : SessionOptions();
    options.connectString = text;
    options.readOnly = readOnly;
    options.auth = m_auth;
    options.retryAfterConnectTimeout = true; // SessionNotices shows the countdown
    return connectWith(options);
}

ZkError AppController::connectWith(const SessionOptions &options)
{
    // The session parses the text (ConnectionString); a malformed one is refused before the
    // open session is touched.
    if (const ZkError error = m_session->open(options)) return error;
    m_display = m_session->connection().displayString();
    m_reloadOnConnect = true;
    // Another server (or the same one later): old undo steps would write stale values.
    m_history->clear();
    m_history->setWritable(!options.readOnly);
    emit statusMessage(StatusMessage::info(tr("Connecting to %1…").arg(m_display)));
    return {};
}

void AppController::setWritesUnlocked()
{
    m_session->setReadOnly(false);
    m_history->setWritable(true);
}

void AppController::setViewToRestore(const QStringList &expanded, const QString &selected)
{
    m_restoreExpanded = expanded;
    m_restoreSelected = selected;
}

void AppController::disconnectFromServer()
{
    m_reloadOnConnect = false;
    m_populateOnConnect = false;
    m_session->close();
    emit statusMessage(StatusMessage::info(tr("Disconnected")));
}

void AppController::startSandbox(SandboxFlavour::Kind kind)
{
    if (m_sandbox) return;
    m_sandbox = new SandboxServer(this);
    m_sandboxClient = {};
    emit statusMessage(StatusMessage::info(tr("Starting the sandbox ZooKeeper server…")));
    if (kind != SandboxFlavour::Kind::Tls) {
        SandboxSecurity security;
        QString error;
        SandboxFlavour::prepare(kind, {}, &security, &m_sandboxClient, &error);
        launchSandbox(security);
        return;
    }
    // The certificates come from the openssl command: made on a worker, not on the GUI thread.
    m_sandboxCerts = std::make_unique<QTemporaryDir>();
    const QString dir = m_sandboxCerts->path();
    QPointer<AppController> self(this);
    ZkWorkerPool::run([self, dir] {
        auto security = std::make_shared<SandboxSecurity>();
        auto client = std::make_shared<SessionOptions>();
        auto error = std::make_shared<QString>();
        const bool ok = SandboxFlavour::prepare(SandboxFlavour::Kind::Tls, dir, security.get(),
                                                client.get(), error.get());
        QMetaObject::invokeMethod(
            self.data(),
            [self, ok, security, client, error] {
                if (!self) return;
                if (!ok) {
                    emit self->sandboxFailed(*error);
                    emit self->statusMessage(
                        StatusMessage::error(tr("Sandbox server failed: %1").arg(*error)));
                    return;
                }
                self->m_sandboxClient = *client;
                self->launchSandbox(*security);
            },
            Qt::QueuedConnection);
    });
}

void AppController::launchSandbox(const SandboxSecurity &security)
{
    m_sandbox->setSecurity(security);
    connect(m_sandbox, &SandboxServer::started, this, [this] {
        const QString cs = m_sandbox->connectString();
        emit sandboxConnectString(cs);
        m_populateOnConnect = true;
        const ZkError error = connectTo(cs, false); // with m_sandboxClient's TLS or SASL
        if (error) emit sandboxFailed(error.toString());
    });
    connect(m_sandbox, &SandboxServer::failed, this, [this](const QString &reason) {
        emit statusMessage(StatusMessage::error(tr("Sandbox server failed: %1").arg(reason)));
        emit sandboxFailed(reason);
    });
    m_sandbox->start();
}

void AppController::onStateChanged(SessionState state)
{
    emit sessionStateChanged(state);
    if (!m_session->isConnected()) {
        if (state == SessionState::Expired)
            emit statusMessage(StatusMessage::error(
                m_session->options().renewExpiredSession
                    ? tr("The session expired: opening a new one…")
                    : tr("The session expired: connect again to get a new one")));
        else if (state == SessionState::AuthFailed && !m_session->options().sasl.enabled())
            emit statusMessage(StatusMessage::error(authFailureText(m_session->options().auth)));
        return;
    }
    if (m_populateOnConnect) {
        m_populateOnConnect = false;
        populateDemoData();
        return;
    }
    if (m_reloadOnConnect) {
        // Only for a new session: a reconnect within the same session keeps the tree.
        m_reloadOnConnect = false;
        if (m_restoreExpanded.isEmpty() && m_restoreSelected.isEmpty())
            m_model->reload();
        else
            m_model->reloadRestoring(std::exchange(m_restoreExpanded, {}),
                                     std::exchange(m_restoreSelected, {}));
        emit statusMessage(
            StatusMessage::info(tr("Connected to %1").arg(m_session->connectedServer())));
        emit treeReady();
    }
}

QString AppController::authFailureText(const QList<ZkAuthEntry> &auth)
{
    // Digest never fails at login (a wrong password shows up later as ZNOAUTH), so the
    // rejected credentials are those of the other schemes.
    QStringList schemes;
    for (const ZkAuthEntry &e : auth)
        if (e.scheme != u"digest" && !schemes.contains(e.scheme)) schemes << e.scheme;
    if (schemes.isEmpty())
        return tr("Authentication failed: the server closed the session (AUTH_FAILED)");
    return tr("Authentication failed: the server rejected the credentials for scheme %1")
        .arg(schemes.join(u", "));
}

void AppController::populateDemoData()
{
    emit statusMessage(StatusMessage::info(tr("Filling the sandbox with demo data…")));
    m_demo = new DemoData(this);
    connect(m_demo, &DemoData::finished, this, [this] {
        m_demo->deleteLater();
        m_reloadOnConnect = false;
        m_model->reload();
        emit statusMessage(StatusMessage::info(tr("Sandbox ready at %1").arg(m_display)));
        emit treeReady();
    });
    connect(m_demo, &DemoData::failed, this, [this](const ZkError &error) {
        m_demo->deleteLater();
        emit statusMessage(StatusMessage::error(tr("Demo data failed: %1").arg(error.toString())));
        // Show whatever got created anyway.
        m_model->reload();
        emit treeReady();
    });
    m_demo->populate(m_session);
}
