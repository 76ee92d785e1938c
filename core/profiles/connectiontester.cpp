#include "profiles/connectiontester.h"

#include <QMetaObject>

#include <algorithm>

namespace {

ConnectionTestResult failure(QString error)
{
    ConnectionTestResult result;
    result.error = std::move(error);
    return result;
}

} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{ }

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::start(SessionOptions options)
{
    cancel();
    m_result = {};
    m_done = 0;
    m_totalMs = 0;
    // A test is one attempt: no retry loop, no new session after an expiry.
    options.retryAfterConnectTimeout = false;
    options.renewExpiredSession = false;
    m_session = std::make_unique<ZkSession>();
    connect(m_session.get(), &ZkSession::stateChanged, this, &ConnectionTester::onStateChanged);
    connect(m_session.get(), &ZkSession::connectFailed, this,
            [this](const ZkError &error) { finish(failure(error.toString())); });
    connect(m_session.get(), &ZkSession::authFailed, this,
            [this](const ZkAuthEntry &entry, const ZkError &error) {
                finish(failure(tr("Connected, but the server refused the %1 credentials: %2")
                                   .arg(entry.scheme, error.toString())));
            });
    m_clock.start();
    const ZkError error = m_session->open(options);
    if (error) {
        // Report through the signal, never inside start(), like every other outcome.
        QMetaObject::invokeMethod(
            this, [this, error] { finish(failure(error.toString())); }, Qt::QueuedConnection);
    }
}

void ConnectionTester::cancel()
{
    if (m_session) {
        m_session->disconnect(this);
        // Often called from inside one of the session's own callbacks (the last reply, a
        // failed connect): deleting it there would free the drain that is running the
        // callback. Later, from the event loop; its destructor closes the handle off-thread.
        m_session.release()->deleteLater();
    }
}

void ConnectionTester::onStateChanged(SessionState state)
{
    if (state == SessionState::AuthFailed) {
        finish(failure(tr("The server refused the credentials (auth failed).")));
        return;
    }
    if (!m_session->isConnected() || m_result.connectMs >= 0) return;
    m_result.connectMs = m_clock.elapsed();
    m_result.server = m_session->connectedServer();
    m_result.readOnlyServer = state == SessionState::ConnectedReadOnly;
    nextRoundTrip();
}

void ConnectionTester::nextRoundTrip()
{
    QElapsedTimer trip;
    trip.start();
    m_session->exists(QStringLiteral("/"), false, this, [this, trip](const StatReply &reply) {
        if (reply.error) {
            finish(failure(reply.error.toString()));
            return;
        }
        const double ms = double(trip.nsecsElapsed()) / 1e6;
        m_result.latencyMinMs = m_done == 0 ? ms : std::min(m_result.latencyMinMs, ms);
        m_totalMs += ms;
        if (++m_done < kRoundTrips) {
            nextRoundTrip();
            return;
        }
        ConnectionTestResult result = m_result;
        result.ok = true;
        result.latencyAvgMs = m_totalMs / kRoundTrips;
        finish(result);
    });
}

void ConnectionTester::finish(ConnectionTestResult result)
{
    if (!m_session) return; // already reported
    if (!result.ok && result.server.isEmpty()) result.server = m_result.server;
    cancel();
    emit finished(result);
}
