#pragma once

#include <QLoggingCategory>
#include <QObject>

/// The C client's own log lines ("zkdesk.zkclient"; warnings and errors on by default, enable
/// info with QT_LOGGING_RULES="zkdesk.zkclient.info=true").
Q_DECLARE_LOGGING_CATEGORY(lcZkClient)

/// Receives the C client's log lines (zookeeper_init2's log callback) and re-emits them as a
/// signal, so a log panel can show them. The callback runs on any C client thread; the line is
/// copied at once (it lives in a thread-local buffer) and the signal is queued to receivers.
class ZkClientLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZkClientLog)

public:
    /// Create it on the GUI thread before the first session (ZkSession's constructor does).
    static ZkClientLog *instance();
    /// Called from any thread with one formatted line of the C client.
    static void log(const char *line);
    ~ZkClientLog() override;

signals:
    void lineLogged(QtMsgType level, const QString &line);

private:
    ZkClientLog() = default;
};
