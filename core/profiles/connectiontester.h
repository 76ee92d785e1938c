#pragma once

#include "zk/zkerror.h"
#include "zk/zksession.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <memory>

/// What "Test connection" found: the server that answered, how long the handshake took and the
/// round-trip time of a few reads, or why it failed.
struct ConnectionTestResult
{
    bool ok = false;
    QString server;        ///< "host:port" of the server that answered
    qint64 connectMs = -1; ///< open() to connected
    double latencyMinMs = -1;
    double latencyAvgMs = -1;
    bool readOnlyServer = false;
    QString error; ///< why it failed, as a sentence
};
Q_DECLARE_METATYPE(ConnectionTestResult)

/// Opens a throwaway session with a profile's options, measures the connect and a few
/// round trips (exists("/") pipelined one after the other), closes it and reports once through
/// finished(). Asynchronous like every session call; cancel() or destroying it closes the
/// session at once.
class ConnectionTester final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRoundTrips = 5;

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    /// Starts a test; a malformed connection string fails at once (still through finished()).
    void start(SessionOptions options);
    void cancel();
    bool isRunning() const { return m_session != nullptr; }

signals:
    void finished(const ConnectionTestResult &result);

private:
    void onStateChanged(SessionState state);
    void nextRoundTrip();
    void finish(ConnectionTestResult result);

    std::unique_ptr<ZkSession> m_session;
    QElapsedTimer m_clock;
    ConnectionTestResult m_result;
    int m_done = 0;
    double m_totalMs = 0;
};
