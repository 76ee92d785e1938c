#pragma once

#include "zk/zksession.h"

#include <QLabel>
#include <QPointer>

/// The status bar's "authenticated as digest:alice" (ZkSession::identities()), or, after
/// AUTH_FAILED, "authentication failed: the server rejected the credentials for scheme X" in
/// red, never a generic "disconnected".
class AuthStatus final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthStatus)

public:
    explicit AuthStatus(ZkSession *session, QWidget *parent = nullptr);

private:
    void refresh(SessionState state);

    QPointer<ZkSession> m_session;
    QString m_failure; // the last authFailed() of this session, until the next connect
};
