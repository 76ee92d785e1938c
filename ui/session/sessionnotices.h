#pragma once

#include "util/statusmessage.h"

#include "zk/zksession.h"

#include <QFrame>
#include <QTime>
#include <QTimer>

class AppController;
class QLabel;
class QPushButton;
class QToolButton;

/// What the user sees of connection faults, without a modal dialog:
/// - a status-bar line, updated every second: "reconnecting for 12 s (the tree shows the last
///   known state)", or the retry countdown after a connect timeout;
/// - a banner (this widget, placed above the tree) for what needs attention: the retry
///   countdown with "Retry now" and "Cancel", an expired session replaced by a new one (with
///   both ids and what was lost), authentication failures. The expiry notice stays until
///   dismissed; the others go away when the state they describe ends.
class SessionNotices final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionNotices)

public:
    enum class Notice { None, RetryCountdown, Expired, AuthFailed };

    /// `controller` must outlive this widget.
    explicit SessionNotices(AppController *controller, QWidget *parent = nullptr);

    /// The status-bar part; the window adds it to its status bar.
    QLabel *statusLabel() const { return m_status; }
    QString statusText() const;
    Notice notice() const { return m_notice; }
    /// The banner's text (empty when no banner is shown).
    QString text() const;
    QPushButton *retryNowButton() const { return m_retryNow; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    /// A line for the window's status message (e.g. the new session is up after an expiry).
    void statusMessage(const StatusMessage &message);

private:
    void onStateChanged(SessionState state);
    void onRetryScheduled(int delayMs);
    void onSessionExpired(qint64 oldSessionId);
    /// " Lost: /a, /b." for the loaded ephemeral nodes `sessionId` owned; empty when none.
    QString lostEphemerals(qint64 sessionId) const;
    void onSessionStarted(qint64 sessionId);
    void onAuthFailed(const ZkAuthEntry &entry, const ZkError &error);
    void tick();
    void showNotice(Notice notice, const QString &text);
    void dismiss();
    void retryNow();

    AppController *m_controller; // Not owned.
    ZkSession *m_session;        // Not owned.
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_status = nullptr; // Owned by the status bar once added; parented here until then.
    QPushButton *m_retryNow = nullptr;
    QPushButton *m_cancel = nullptr;
    QToolButton *m_close = nullptr;
    QTimer m_ticker; // every second while reconnecting or counting down
    Notice m_notice = Notice::None;
    QString m_connectFailure;       // why the last connect attempt failed
    bool m_serversAnswered = false; // it failed at once (refused, unknown name), not by timeout
    qint64 m_expiredId = 0;         // the expired session while its replacement is being opened
    QString m_lost;                 // which of its ephemeral nodes the tree showed
    QTime m_expiredAt;
};
