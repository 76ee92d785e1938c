#pragma once

#include "zk/zksession.h"

#include <QStatusBar>

class QLabel;

/// The main window's status bar: the last message (errors in red), and permanent fields for
/// the server, the session id, the authentication and the session state.
class MainStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainStatusBar)

public:
    explicit MainStatusBar(ZkSession *session, QWidget *parent = nullptr);

    void showMessageLine(const QString &text, bool error);
    QString messageLine() const;
    void showSessionState(SessionState state);

private:
    ZkSession *m_session = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_sessionLabel = nullptr;
};
